#include "migrations.h"
#include "runstatements.h"

// Version 4: what prioritization and backlog health add. An item can be
// linked to the Product Goal (epics pass the link on to their items), the
// product says after how many days an unchanged item counts as stale, and
// the decision log can be read per item.

namespace Ordo::Migrations {

Status step4ScoringAndHealth(const QSqlDatabase &db)
{
    return runStatements(
        db,
        {
            QStringLiteral("ALTER TABLE item ADD COLUMN serves_goal INTEGER NOT NULL DEFAULT 0 "
                           "CHECK (serves_goal IN (0, 1))"),
            QStringLiteral("ALTER TABLE product ADD COLUMN stale_after_days INTEGER NOT NULL "
                           "DEFAULT 90 CHECK (stale_after_days > 0)"),
            QStringLiteral("CREATE INDEX decision_item ON decision (item_id)"),
        });
}

} // namespace Ordo::Migrations
