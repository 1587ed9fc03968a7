#pragma once

#include "domain/item.h"
#include "storage/expected.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the CSV exports (Jira, Azure DevOps) write of a product: its backlog in order, archived
// items left out, each item with its labels, criteria and sprint. Internal to the exports.

namespace Ordo {
class Database;
}

namespace Ordo::Export {

struct ExportItem
{
    ItemId id = 0;
    int number = 0;
    ItemType type = ItemType::Story;
    ItemStatus status = ItemStatus::New;
    QString title;
    QString description;
    std::optional<double> estimate;
    std::optional<ItemId> parentId; // only where the parent is exported too
    QString sprint;                 // the sprint's name, empty outside a sprint
    QStringList labels;             // sorted by name
    QStringList criteria;           // in position order
};

struct ExportedBacklog
{
    QString productName;
    QString keyPrefix;
    QList<ExportItem> items; // in backlog order
};

Expected<ExportedBacklog> readBacklog(const Database &database);

// A number of points as the exports write it: "5", "2.5".
QString pointsText(double points);

} // namespace Ordo::Export
