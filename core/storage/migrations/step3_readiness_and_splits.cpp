#include "migrations.h"
#include "runstatements.h"

// Version 3: what the story editor adds. The INVEST qualities the Product
// Owner has confirmed on an item (a bit per letter), the item a split part
// came from, and the product's Definition of Ready as a set of rules Ordo
// checks (the team's free-text agreements stay in checklist_item).

namespace Ordo::Migrations {

Status step3ReadinessAndSplits(const QSqlDatabase &db)
{
    return runStatements(
        db,
        {
            QStringLiteral("ALTER TABLE item ADD COLUMN invest_checks INTEGER NOT NULL DEFAULT 0 "
                           "CHECK (invest_checks BETWEEN 0 AND 63)"),
            QStringLiteral("ALTER TABLE item ADD COLUMN split_from_id INTEGER "
                           "REFERENCES item (id) ON DELETE SET NULL"),
            QStringLiteral("CREATE INDEX item_split_from ON item (split_from_id)"),
            QStringLiteral("ALTER TABLE product ADD COLUMN ready_rules TEXT NOT NULL "
                           "DEFAULT 'invest,criteria,estimated,dependencies'"),
        });
}

} // namespace Ordo::Migrations
