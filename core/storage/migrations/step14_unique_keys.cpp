#include "migrations.h"
#include "storage/sql.h"
#include "storage/uniquekeys.h"

#include <QDateTime>

// Version 14: no two items share an order key, in the backlog or in the archive. Ordo made
// keys unique per write, but two clients of one server could still check the same free key at
// the same instant, and a file could hold a shared key from before (a rebalance of the backlog
// gave keys that archived items kept). Shared keys are repaired first, as moves with a history
// row each (the lowest id keeps the key, the others follow it by id); then the backlog's index
// on (archived, order_key) becomes a unique one, which refuses the second of two such writes.
// Writers check keys before they write and run again when refused (UniqueKeys).

namespace Ordo::Migrations {

Status step14UniqueKeys(const QSqlDatabase &db)
{
    return UniqueKeys::makeUnique(db, Sql::timestamp(QDateTime::currentDateTimeUtc()));
}

} // namespace Ordo::Migrations
