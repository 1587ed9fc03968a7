#pragma once

#include "domain/item.h"
#include "interchange/importsource.h"
#include "storage/database.h"
#include "storage/expected.h"

#include <QList>

#include <functional>

// Writes what an import read into a product, all or nothing: one transaction holds every
// item, criterion, label, dependency and history row, so a failure anywhere leaves the
// product as it was.

namespace Ordo::Import {

enum class Placement { Top, Bottom };

struct Options
{
    QString tool;                           // "jira", "azure", "trello" or "pivotal"
    Placement placement = Placement::Bottom; // where new items go in the backlog
    // Items the product already holds from this tool under the same key are updated instead
    // of added again (the Product Owner is asked first).
    bool updateExisting = true;
};

struct Result
{
    QList<ItemId> created; // in backlog order
    QList<ItemId> updated;
    int dependencies = 0;  // added
    QList<Problem> problems; // what the writing had to decide, with the source's lines
};

// How many of the source's keys the product already holds from `tool`.
Expected<int> countExisting(const Database &database, const Source &source, const QString &tool);

// Progress: items written so far; return false to cancel (nothing is kept).
using Progress = std::function<bool(int written, int total)>;

Expected<Result> write(const Database &database, const Source &source, const Mapping &mapping,
                       const Options &options, const Progress &progress = {});

} // namespace Ordo::Import
