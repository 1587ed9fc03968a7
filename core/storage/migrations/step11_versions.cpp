#include "migrations.h"
#include "runstatements.h"

// Version 11: row versions.
// Several people edit one product on a server at once. Every write of an item row bumps its
// version in the UPDATE itself (ItemRepository), and an edit names the version it read: a
// write to a row someone else changed in between updates nothing and is reported as a
// conflict instead of silently overwriting the other person's change.

namespace Ordo::Migrations {

Status step11Versions(const QSqlDatabase &db)
{
    return runStatements(db, {QStringLiteral("ALTER TABLE item ADD COLUMN version INTEGER NOT NULL DEFAULT 0")});
}

} // namespace Ordo::Migrations
