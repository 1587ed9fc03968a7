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
    QList<QString> keys = orderKeys;
    if (check) {
        // Was an item moved by someone else since it was read (the last move wins, and the user
        // is told), and does another item hold its key already (someone moved into the same gap)?
        const QSet<ItemId> moving(ids.cbegin(), ids.cend());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const QString now = current->value(ids.at(i)).key;
            if (!knownKeys.isEmpty() && now != knownKeys.at(i) && now != keys.at(i))
                movedByOthers->append(ids.at(i));
            auto free = UniqueKeys::freeKey(db, keys.at(i), moving, keys);
            if (!free)
                return free.error();
            keys[i] = *free;
        }
    }
    // The items whose key another one of them gets step aside, every key is written, in id order
    // (the table's pages front to back), and then the history, from the keys read above.
    QList<qsizetype> changing;
    QHash<ItemId, UniqueKeys::Held> leaving;
    QSet<QString> incoming;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const UniqueKeys::Held &now = current->value(ids.at(i));
        if (now.key == keys.at(i))
            continue;
        changing.append(i);
        leaving.insert(ids.at(i), now);
        incoming.insert(keys.at(i));
    }
    std::sort(changing.begin(), changing.end(), [&ids](qsizetype a, qsizetype b) { return ids.at(a) < ids.at(b); });
    const QString at = Sql::timestamp(m_database.now());
    if (auto parked = UniqueKeys::park(db, leaving, incoming); !parked)
        return parked;
    QSqlQuery update(db);
    if (!update.prepare(QStringLiteral("UPDATE item SET order_key = ?, updated_at = ?, version = version + 1 WHERE id = ?")))
        return Sql::errorOf(update);
    for (qsizetype i : std::as_const(changing)) {
        update.bindValue(0, keys.at(i));
        update.bindValue(1, at);
        update.bindValue(2, ids.at(i));
        if (!update.exec())
            return Sql::errorOf(update);
    }
    // The history rows last: on a server, numbering them waits for the other writers' commits
    // (format 13), and nothing may wait for a row or a key after that, or two writers could
    // each wait for the other.
    const QString field = storageName(HistoryField::OrderChanged);
    QSqlQuery record(db);
    if (!record.prepare(QStringLiteral("INSERT INTO history (item_id, at, field, old_value, new_value) VALUES (?, ?, ?, ?, ?)")))
        return Sql::errorOf(record);
    for (qsizetype i : std::as_const(changing)) {
        for (const QVariant &value : {QVariant(ids.at(i)), QVariant(at), QVariant(field), QVariant(leaving.value(ids.at(i)).key),
                                      QVariant(keys.at(i))}) {
            record.addBindValue(value);
        }
        if (!record.exec())
            return Sql::errorOf(record);
    }
    if (auto committed = transaction.commit(); !committed)
        return committed;
    *writtenKeys = std::move(keys);
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
        // The order stays the same, but every key change is recorded, so that
        // the order at any past moment can be replayed from the history alone.
        QHash<ItemId, UniqueKeys::Held> leaving;
        QSet<QString> incoming;
        for (qsizetype i = 0; i < orderedIds.size(); ++i) {
            const auto now = current->constFind(orderedIds.at(i));
            if (now == current->cend() || now->key == keys.at(i))
                continue;
            leaving.insert(orderedIds.at(i), *now);
            incoming.insert(keys.at(i));
        }
        if (auto parked = UniqueKeys::park(db, leaving, incoming); !parked)
            return parked;
        QSqlQuery query(db);
        if (!query.prepare(QStringLiteral("UPDATE item SET order_key = ?, version = version + 1 WHERE id = ?")))
            return Sql::errorOf(query);
        for (qsizetype i = 0; i < orderedIds.size(); ++i) {
            query.bindValue(0, keys.at(i));
            query.bindValue(1, orderedIds.at(i));
            if (!query.exec())
                return Sql::errorOf(query);
        }
        // The history last, as setOrderKeys() writes it.
        QSqlQuery record(db);
        if (!record.prepare(QStringLiteral("INSERT INTO history (item_id, at, field, old_value, new_value) VALUES (?, ?, ?, ?, ?)")))
            return Sql::errorOf(record);
        const QString at = Sql::timestamp(m_database.now());
        const QString field = storageName(HistoryField::OrderChanged);
        for (qsizetype i = 0; i < orderedIds.size(); ++i) {
            const auto was = leaving.constFind(orderedIds.at(i));
            if (was == leaving.cend())
                continue;
            for (const QVariant &value : {QVariant(orderedIds.at(i)), QVariant(at), QVariant(field), QVariant(was->key), QVariant(keys.at(i))})
                record.addBindValue(value);
            if (!record.exec())
                return Sql::errorOf(record);
        }
        return transaction.commit();
    });
    if (!rebalanced)
        return rebalanced.error();
    return keys;
}

} // namespace Ordo
