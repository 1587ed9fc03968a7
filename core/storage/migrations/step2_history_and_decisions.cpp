#include "migrations.h"
#include "runstatements.h"

// Version 2: the history table that burndown, velocity and audit are computed
// from, and the decision log. Items that already exist get a "created" row
// dated at their creation, so charts start from a complete history.

namespace Ordo::Migrations {

Status step2HistoryAndDecisions(const QSqlDatabase &db)
{
    return runStatements(
        db,
        {
            QStringLiteral(R"(CREATE TABLE history (
                id INTEGER PRIMARY KEY,
                item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
                at TEXT NOT NULL,
                field TEXT NOT NULL CHECK (field IN
                    ('created', 'status', 'estimate', 'sprint', 'order', 'acceptance', 'archived')),
                old_value TEXT NOT NULL DEFAULT '',
                new_value TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral("CREATE INDEX history_item ON history (item_id, at)"),
            QStringLiteral("CREATE INDEX history_field ON history (field, at)"),
            QStringLiteral(R"(INSERT INTO history (item_id, at, field, old_value, new_value)
                SELECT id, created_at, 'created', '', status FROM item)"),
            QStringLiteral(R"(CREATE TABLE decision (
                id INTEGER PRIMARY KEY,
                item_id INTEGER REFERENCES item (id) ON DELETE SET NULL,
                decision TEXT NOT NULL,
                reasoning TEXT NOT NULL DEFAULT '',
                stakeholder TEXT NOT NULL DEFAULT '',
                decided_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX decision_date ON decision (decided_at)"),
        });
}

} // namespace Ordo::Migrations
