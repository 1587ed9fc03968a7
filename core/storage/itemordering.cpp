// ItemRepository's writes of the backlog order: the order keys of moved items, the bottom of the
// backlog, and the rebalance that spaces every key out again.
#include "itemrepository.h"

#include "../domain/orderkey.h"
#include "database.h"
#include "dialect.h"
#include "historyrepository.h"
#include "itemvalues.h"
#include "sql.h"
#include "transaction.h"
#include "uniquekeys.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Ordo {

using ItemValues::missingItem;

namespace {

// How a write of keys treats the rows: a move touches the rows whose key changes (version and
// updated_at); a rebalance bumps the version of every row it spreads (a client holding the old
// keys must read them again) and leaves updated_at alone (nothing the user sees changed).
enum class KeyWrite { Move, Rebalance };

// Writes the keys as `how` says, then a history row per changed key from `current`, the keys
// the items had.
Status writeKeys(const Database &database, const QList<ItemId> &ids, const QList<QString> &keys,
                 const QHash<ItemId, UniqueKeys::Held> &current, KeyWrite how)
{
    const QSqlDatabase db = database.connection();
    const bool touch = how == KeyWrite::Move;
    // The rows to write in id order (the table's pages front to back).
    QList<qsizetype> writing;
    QList<qsizetype> changing;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const bool changes = current.value(ids.at(i)).key != keys.at(i);
        if (changes)
            changing.append(i);
        if (changes || !touch)
            writing.append(i);
    }
    std::sort(writing.begin(), writing.end(), [&ids](qsizetype a, qsizetype b) { return ids.at(a) < ids.at(b); });
    const QString at = Sql::timestamp(database.now());
    QSqlQuery update(db);
    if (!update.prepare(touch ? QStringLiteral("UPDATE item SET order_key = ?, version = version + 1, updated_at = ? WHERE id = ?")
                              : QStringLiteral("UPDATE item SET order_key = ?, version = version + 1 WHERE id = ?")))
        return Sql::errorOf(update);
    for (qsizetype i : std::as_const(writing)) {
        update.addBindValue(keys.at(i));
        if (touch)
            update.addBindValue(at);
        update.addBindValue(ids.at(i));
        if (!update.exec())
            return Sql::errorOf(update);
    }
    // The history rows last: on a server, numbering them waits for the other writers' commits
    // (format 13), and nothing may wait for a row or a key after that, or two writers could
    // each wait for the other. Each records the key the item had when the write read it, so
    // that the order at any past moment can be replayed from the history alone.
    const QString field = storageName(HistoryField::OrderChanged);
    QSqlQuery record(db);
    if (!record.prepare(QStringLiteral("INSERT INTO history (item_id, at, field, old_value, new_value) VALUES (?, ?, ?, ?, ?)")))
        return Sql::errorOf(record);
    for (qsizetype i : std::as_const(changing)) {
        for (const QVariant &value : {QVariant(ids.at(i)), QVariant(at), QVariant(field), QVariant(current.value(ids.at(i)).key),
                                      QVariant(keys.at(i))}) {
            record.addBindValue(value);
        }
        if (!record.exec())
            return Sql::errorOf(record);
    }
    return success();
}

} // namespace

Expected<QString> ItemRepository::lastOrderKey() const
{
    // Through the backlog's index, one seek per value of `archived`, not a scan of every item.
    auto key = Sql::scalar(m_database.connection(),
                           QStringLiteral("SELECT coalesce(max(k), '') FROM (SELECT max(order_key) AS k FROM item WHERE archived = 0 "
                                          "UNION ALL SELECT max(order_key) FROM item WHERE archived = 1) AS bottom"));
    if (!key)
        return key.error();
    return key->toString();
}

Status ItemRepository::setOrderKey(ItemId id, const QString &orderKey)
{
    if (!OrderKey::isValid(orderKey))
        return Error{QCoreApplication::translate("Ordo::Storage", "The backlog position “%1” is not valid.").arg(orderKey)};
    return changeTracked(id, QStringLiteral("order_key"), HistoryField::OrderChanged, orderKey, orderKey, std::nullopt);
}

Status ItemRepository::setOrderKeys(const QList<ItemId> &ids,
                                    const QList<QString> &orderKeys,
                                    const QList<QString> &knownKeys,
                                    QList<ItemId> *movedByOthers,
                                    QList<QString> *writtenKeys)
{
    Q_ASSERT(ids.size() == orderKeys.size());
    Q_ASSERT(knownKeys.isEmpty() || knownKeys.size() == ids.size());
    for (const QString &key : orderKeys) {
        if (!OrderKey::isValid(key))
            return Error{QCoreApplication::translate("Ordo::Storage", "The backlog position “%1” is not valid.").arg(key)};
    }
    const QSqlDatabase db = m_database.connection();
    // A move the user makes checks its keys before it writes them. A large one (a re-sort, an
    // undo) leaves that to the unique index, and checks when it runs again after a refusal.
    bool check = !knownKeys.isEmpty();
    QList<ItemId> moved;
    QList<QString> written;
    auto placed = UniqueKeys::retrying(db, [&]() -> Status {
        moved.clear();
        auto once = writeOrderKeys(ids, orderKeys, knownKeys, check, &moved, &written);
        check = true;
        return once;
    });
    if (!placed)
        return placed;
    if (movedByOthers)
        movedByOthers->append(moved);
    if (writtenKeys)
        *writtenKeys = std::move(written);
    return success();
}

Status ItemRepository::writeOrderKeys(const QList<ItemId> &ids, const QList<QString> &orderKeys,
                                      const QList<QString> &knownKeys, bool check, QList<ItemId> *movedByOthers,
                                      QList<QString> *writtenKeys)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    auto current = UniqueKeys::held(db, ids);
    if (!current)
        return current.error();
    if (current->size() != QSet<ItemId>(ids.cbegin(), ids.cend()).size())
        return missingItem();
    // An item moved by someone else since it was read: the last move wins, and the user is told.
    for (qsizetype i = 0; i < knownKeys.size(); ++i) {
        const QString now = current->value(ids.at(i)).key;
        if (now != knownKeys.at(i) && now != orderKeys.at(i))
            movedByOthers->append(ids.at(i));
    }
    auto keys = UniqueKeys::claim(db, ids, orderKeys, *current, check);
    if (!keys)
        return keys.error();
    if (auto written = writeKeys(m_database, ids, *keys, *current, KeyWrite::Move); !written)
        return written;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    *writtenKeys = std::move(*keys);
    return success();
}

Expected<QList<QString>> ItemRepository::rebalance(const QList<ItemId> &orderedIds)
{
    const QList<QString> keys = OrderKey::spread(QString(), QString(), int(orderedIds.size()));
    const QSqlDatabase db = m_database.connection();
    auto rebalanced = UniqueKeys::retrying(db, [&]() -> Status {
        Transaction transaction(db);
        if (auto begun = transaction.begun(); !begun)
            return begun;
        auto current = UniqueKeys::held(db, orderedIds);
        if (!current)
            return current.error();
        // The order stays the same: the keys need no check, only the items whose key another
        // one gets step aside.
        if (auto claimed = UniqueKeys::claim(db, orderedIds, keys, *current, false); !claimed)
            return claimed.error();
        if (auto written = writeKeys(m_database, orderedIds, keys, *current, KeyWrite::Rebalance); !written)
            return written;
        return transaction.commit();
    });
    if (!rebalanced)
        return rebalanced.error();
    return keys;
}

} // namespace Ordo
