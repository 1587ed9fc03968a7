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
    // The ids the new items get, in order: a redo writes the items its undo removed under the
    // ids the first write gave them (Result::created), so later edits still find them.
    QList<ItemId> ids;
    QList<SprintId> sprintIds; // the same for the sprints it creates (Result::sprints)
};

struct Result
{
    QList<ItemId> created; // in backlog order
    QList<ItemId> updated;
    int dependencies = 0;  // added
    QList<Dependency> links; // the dependencies added, between items that were there before
    QList<SprintId> sprints; // created, in the order they ran
    QList<Problem> problems; // what the writing had to decide, with the source's lines
};

// How many of the source's keys the product already holds from `tool`.
Expected<int> countExisting(const Database &database, const Source &source, const QString &tool);

// Sprints: each sprint name the items were in becomes a sprint of the product, or is the
// product's sprint of the same name (in any case) where it has one. New sprints are created in
// the order they ran (an item's sprints are listed oldest first; otherwise in the order first
// met), with the dates the source gives (Source::sprints); those without dates run back to back,
// the product's sprint length each, the last one ending on the day of the latest update (or
// creation) in the source, today if it has none. They are planned sprints: Ordo's velocity and
// burndown replay a sprint's run from its history, which the other tool's export does not hold,
// so the Product Owner starts and closes them (or keeps them as a record). Each item goes into
// its LAST sprint, with a history row like any sprint change; items whose source names no sprint
// keep the one they have. A sprint Ordo refuses (dates that overlap another sprint of the
// product) is not created: a Problem says so and its items stay outside any sprint, and the
// import goes on.
//
// WSJF inputs (business value, time criticality) are fitted to the modified Fibonacci scale,
// to the nearest value, with a Problem for each value that changes.
//
// Progress: items written so far; return false to cancel (nothing is kept).
using Progress = std::function<bool(int written, int total)>;

// The items write() would update, as they are now: what an undo of the import puts back.
Expected<QList<BacklogItem>> itemsToUpdate(const Database &database, const Source &source, const Options &options);

// Undoes a write, all or nothing: removes the items it created (their criteria, links, history
// and source keys go with them), the links and the sprints it added, and puts the items it
// updated back as `before` says, their sprints, scores and archiving included (each change with
// its history, as any edit).
Status unwrite(const Database &database, const Result &result, const QList<BacklogItem> &before);

Expected<Result> write(const Database &database, const Source &source, const Mapping &mapping,
                       const Options &options, const Progress &progress = {});

} // namespace Ordo::Import
