#pragma once

#include "../domain/item.h"
#include "expected.h"
#include "transaction.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <utility>

// No two items hold the same order key (format 14: a unique index on the key within the
// backlog and within the archive). Every writer of keys goes through these:
//
// - freeKey() replaces a key another item holds already (someone else moved into the same gap,
//   or an archived item kept the key) with a fresh one just below the next key;
// - park() moves the items of a write out of the way first where a new key is one another
//   item of the same write holds now (a swap, a rebalance), as the index is checked row by row;
// - retrying() runs a whole write again when the index refused it: on a server, two clients
//   checked the same free key at the same instant, and the one that wrote second is refused.
namespace Ordo::UniqueKeys {

// An item's order key now, and whether it is archived.
struct Held
{
    QString key;
    bool archived = false;
};

// The keys `ids` hold now; an id that names no item has no entry.
Expected<QHash<ItemId, Held>> held(const QSqlDatabase &db, const QList<ItemId> &ids);

// `key` if no item outside `moving` holds it, in the backlog or the archive; otherwise a fresh
// key between it and the next key in the product that is also below every key of `alsoWritten`
// above it (the other keys of the same write), so that the order holds.
Expected<QString> freeKey(const QSqlDatabase &db, const QString &key, const QSet<ItemId> &moving,
                          const QList<QString> &alsoWritten);

// Gives the items of `current` whose key is one of `incoming` a key no order key can be
// ('~' and the id), to be overwritten by the same transaction.
Status park(const QSqlDatabase &db, const QHash<ItemId, Held> &current, const QSet<QString> &incoming);

// The keys a write of `ids` gives them: `wanted`, each made free with freeKey() when `check`
// (every id of the write counts as moving), after which the items of the write whose key `now`
// another one of them gets step aside with park(). `current` holds the keys they have now.
Expected<QList<QString>> claim(const QSqlDatabase &db, const QList<ItemId> &ids, const QList<QString> &wanted,
                               const QHash<ItemId, Held> &current, bool check);

// True for an error the unique index on the order key raised.
bool isTaken(const QString &driverText);

// Repairs keys that several items hold (files written before format 14, a backup of one):
// all but the lowest id of each such key get fresh keys between it and the next key, with a
// history row each. Then the unique indexes are made.
Status makeUnique(const QSqlDatabase &db, const QString &at);

// The statements of makeUnique()'s indexes, and the names they have.
QStringList indexStatements();

// Runs `write` (one whole transaction) up to five times while the unique index refuses it.
// Only an outermost transaction can run again: inside another one the error is returned.
template<typename Write>
auto retrying(const QSqlDatabase &db, Write &&write)
{
    const bool outermost = !Transaction::isOpen(db);
    auto result = write();
    for (int attempt = 1; outermost && attempt < 5 && !result && result.error().positionTaken; ++attempt)
        result = write();
    return result;
}

} // namespace Ordo::UniqueKeys
