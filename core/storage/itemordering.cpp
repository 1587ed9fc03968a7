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
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    // The history row first: it reads the key the item has before the update.
    QSqlQuery record(db);
    if (!record.prepare(QStringLiteral("INSERT INTO history (item_id, at, field, old_value, new_value) "
                                       "SELECT id, ?, ?, order_key, ? FROM item WHERE id = ? AND order_key <> ?")))
        return Sql::errorOf(record);
    QSqlQuery update(db);
    if (!update.prepare(QStringLiteral("UPDATE item SET order_key = ?, updated_at = ?, version = version + 1 "
                                       "WHERE id = ? AND order_key <> ?")))
        return Sql::errorOf(update);
    const QString at = Sql::timestamp(m_database.now());
    const QString field = storageName(HistoryField::OrderChanged);
    QList<QString> keys = orderKeys;
    // In id order: the table's pages are visited once each, front to back.
    QList<qsizetype> byId(ids.size());
    std::iota(byId.begin(), byId.end(), 0);
    std::sort(byId.begin(), byId.end(), [&ids](qsizetype a, qsizetype b) { return ids.at(a) < ids.at(b); });
    for (qsizetype i : std::as_const(byId)) {
        if (!knownKeys.isEmpty()) {
            // A move the user made: was the item moved by someone else since it was read, and
            // does another item hold the key already (someone moved into the same gap)?
            auto now = Sql::exec(db, QStringLiteral("SELECT order_key, archived FROM item WHERE id = ?"), {ids.at(i)});
            if (!now)
                return now.error();
            if (!now->next())
                return missingItem();
            if (now->value(0).toString() != knownKeys.at(i) && now->value(0).toString() != keys.at(i)
                && movedByOthers) {
                movedByOthers->append(ids.at(i));
            }
            const int archived = now->value(1).toInt();
            for (int attempt = 0; attempt < 8; ++attempt) {
                auto taken = Sql::scalar(db,
                                         QStringLiteral("SELECT count(*) FROM item WHERE order_key = ? AND archived = ? "
                                                        "AND id <> ?"),
                                         {keys.at(i), archived, ids.at(i)});
                if (!taken)
                    return taken.error();
                if (taken->toInt() == 0)
                    break;
                auto next = Sql::scalar(db,
                                        QStringLiteral("SELECT coalesce(min(order_key), '') FROM item "
                                                       "WHERE order_key > ? AND archived = ?"),
                                        {keys.at(i), archived});
                if (!next)
                    return next.error();
                // Below the next key in the product and in this write, so that the order holds.
                QString after = next->toString();
                for (const QString &other : std::as_const(keys)) {
                    if (other > keys.at(i) && (after.isEmpty() || other < after))
                        after = other;
                }
                const std::optional<QString> fresh = OrderKey::between(keys.at(i), after);
                if (!fresh)
                    break;
                keys[i] = *fresh;
            }
        }
        record.bindValue(0, at);
        record.bindValue(1, field);
        record.bindValue(2, keys.at(i));
        record.bindValue(3, ids.at(i));
        record.bindValue(4, keys.at(i));
        if (!record.exec())
            return Sql::errorOf(record);
        if (record.numRowsAffected() == 0) {
            // Unchanged, or no such item.
            auto exists = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM item WHERE id = ?"), {ids.at(i)});
            if (!exists)
                return exists.error();
            if (exists->toInt() == 0)
                return missingItem();
            continue;
        }
        update.bindValue(0, keys.at(i));
        update.bindValue(1, at);
        update.bindValue(2, ids.at(i));
        update.bindValue(3, keys.at(i));
        if (!update.exec())
            return Sql::errorOf(update);
    }
    if (auto committed = transaction.commit(); !committed)
        return committed;
    if (writtenKeys)
        *writtenKeys = std::move(keys);
    return success();
}

Expected<QList<QString>> ItemRepository::rebalance(const QList<ItemId> &orderedIds)
{
    const QList<QString> keys = OrderKey::spread(QString(), QString(), int(orderedIds.size()));
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    // The order stays the same, but every key change is recorded, so that
    // the order at any past moment can be replayed from the history alone.
    QSqlQuery record(db);
    if (!record.prepare(QStringLiteral("INSERT INTO history (item_id, at, field, old_value, "
                                       "new_value) SELECT id, ?, 'order', order_key, ? FROM item "
                                       "WHERE id = ? AND order_key <> ?")))
        return Sql::errorOf(record);
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("UPDATE item SET order_key = ?, version = version + 1 WHERE id = ?")))
        return Sql::errorOf(query);
    const QString at = Sql::timestamp(m_database.now());
    for (qsizetype i = 0; i < orderedIds.size(); ++i) {
        record.bindValue(0, at);
        record.bindValue(1, keys.at(i));
        record.bindValue(2, orderedIds.at(i));
        record.bindValue(3, keys.at(i));
        if (!record.exec())
            return Sql::errorOf(record);
        query.bindValue(0, keys.at(i));
        query.bindValue(1, orderedIds.at(i));
        if (!query.exec())
            return Sql::errorOf(query);
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return keys;
}

} // namespace Ordo
