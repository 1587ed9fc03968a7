#include "migrations.h"
#include "runstatements.h"

// Version 10: where imported items came from.
// An item imported from another tool (Jira, Azure DevOps, Trello, Pivotal Tracker) keeps that
// tool's key, so that importing the same export again updates the items it made instead of
// adding them twice. One key per tool names one item; the row goes with its item.

namespace Ordo::Migrations {

Status step10Import(const QSqlDatabase &db)
{
    return runStatements(
        db,
        {
            QStringLiteral("CREATE TABLE item_source ("
                           "item_id INTEGER PRIMARY KEY REFERENCES item(id) ON DELETE CASCADE, "
                           "tool TEXT NOT NULL CHECK (tool IN ('jira', 'azure', 'trello', 'pivotal')), "
                           "source_key TEXT NOT NULL CHECK (source_key <> ''))"),
            QStringLiteral("CREATE UNIQUE INDEX item_source_key ON item_source (tool, source_key)"),
        });
}

} // namespace Ordo::Migrations
