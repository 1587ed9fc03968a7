#include "uniquekeys.h"

#include "../domain/enums.h"
#include "../domain/orderkey.h"
#include "sql.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>

namespace Ordo::UniqueKeys {

namespace {

// Parked keys start with '~', above every valid key (whose head is a letter): the next key
// above a given one is looked for below it.
const QString parkedFloor = QStringLiteral("~");

Expected<QString> nextKeyAbove(const QSqlDatabase &db, const QString &key)
{
    // One seek per value of `archived` through the unique index.
    auto next = Sql::scalar(db,
                            QStringLiteral("SELECT coalesce(min(k), '') FROM ("
                                           "SELECT min(order_key) AS k FROM item WHERE archived = 0 AND order_key > ? AND order_key < ? "
                                           "UNION ALL "
                                           "SELECT min(order_key) FROM item WHERE archived = 1 AND order_key > ? AND order_key < ?) AS above"),
                            {key, parkedFloor, key, parkedFloor});
    if (!next)
        return next.error();
    return next->toString();
}

constexpr int freshChoices = 16;

Error noRoom()
{
    return Error{QCoreApplication::translate("Ordo::Storage", "Could not find a place for the item in the backlog order.")};
}

} // namespace

Expected<QHash<ItemId, Held>> held(const QSqlDatabase &db, const QList<ItemId> &ids)
{
    QHash<ItemId, Held> keys;
    keys.reserve(ids.size());
    constexpr qsizetype perQuery = 500;
    for (qsizetype from = 0; from < ids.size(); from += perQuery) {
        const QList<ItemId> part = ids.mid(from, perQuery);
        QStringList marks(part.size(), QStringLiteral("?"));
        QVariantList values;
        values.reserve(part.size());
        for (ItemId id : part)
            values.append(id);
        auto rows = Sql::execList(db,
                                  QStringLiteral("SELECT id, order_key, archived FROM item WHERE id IN (%1)")
                                      .arg(marks.join(QLatin1Char(','))),
                                  values);
        if (!rows)
            return rows.error();
        while (rows->next())
            keys.insert(rows->value(0).toLongLong(), Held{rows->value(1).toString(), rows->value(2).toInt() != 0});
    }
    return keys;
}

Expected<QString> freeKey(const QSqlDatabase &db, const QString &key, const QSet<ItemId> &moving,
                          const QList<QString> &alsoWritten)
{
    QString candidate = key;
    for (int attempt = 0; attempt < 4; ++attempt) {
        auto holders = Sql::exec(db, QStringLiteral("SELECT id FROM item WHERE archived IN (0, 1) AND order_key = ?"), {candidate});
        if (!holders)
            return holders.error();
        bool taken = false;
        while (holders->next())
            taken = taken || !moving.contains(holders->value(0).toLongLong());
        if (!taken)
            return candidate;
        auto next = nextKeyAbove(db, candidate);
        if (!next)
            return next.error();
        QString after = *next;
        for (const QString &other : alsoWritten) {
            if (other > candidate && (after.isEmpty() || other < after))
                after = other;
        }
        // One of several keys in the gap, at random: on a server, the writers refused on the same
        // key look for a fresh one at the same instant, and would otherwise all find the same.
        const QList<QString> fresh = OrderKey::spread(candidate, after, freshChoices);
        if (fresh.isEmpty())
            return noRoom();
        candidate = fresh.at(QRandomGenerator::global()->bounded(int(fresh.size())));
    }
    return noRoom();
}

Status park(const QSqlDatabase &db, const QHash<ItemId, Held> &current, const QSet<QString> &incoming)
{
    QSqlQuery query(db);
    bool prepared = false;
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if (!incoming.contains(it->key))
            continue;
        if (!prepared && !query.prepare(QStringLiteral("UPDATE item SET order_key = '~' || id WHERE id = ?")))
            return Sql::errorOf(query);
        prepared = true;
        query.bindValue(0, it.key());
        if (!query.exec())
            return Sql::errorOf(query);
    }
    return success();
}

Expected<QList<QString>> claim(const QSqlDatabase &db, const QList<ItemId> &ids, const QList<QString> &wanted,
                               const QHash<ItemId, Held> &current, bool check)
{
    QList<QString> keys = wanted;
    if (check) {
        const QSet<ItemId> moving(ids.cbegin(), ids.cend());
        for (QString &key : keys) {
            auto free = freeKey(db, key, moving, keys);
            if (!free)
                return free.error();
            key = *free;
        }
    }
    QHash<ItemId, Held> leaving;
    QSet<QString> incoming;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (const auto now = current.constFind(ids.at(i)); now != current.cend() && now->key != keys.at(i)) {
            leaving.insert(ids.at(i), *now);
            incoming.insert(keys.at(i));
        }
    }
    if (auto parked = park(db, leaving, incoming); !parked)
        return parked.error();
    return keys;
}

bool isTaken(const QString &driverText)
{
    // PostgreSQL names the index, SQLite its columns.
    return driverText.contains(QLatin1String("item_order_key")) || driverText.contains(QLatin1String("item.order_key"));
}

QStringList indexStatements()
{
    return {QStringLiteral("DROP INDEX IF EXISTS item_backlog_order"),
            QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS item_order_key ON item (archived, order_key)")};
}

Status makeUnique(const QSqlDatabase &db, const QString &at)
{
    auto shared = Sql::exec(db, QStringLiteral("SELECT archived, order_key FROM item GROUP BY archived, order_key "
                                               "HAVING count(*) > 1"));
    if (!shared)
        return shared.error();
    QList<Held> keys;
    while (shared->next())
        keys.append(Held{shared->value(1).toString(), shared->value(0).toInt() != 0});
    shared->finish();
    for (const Held &duplicate : std::as_const(keys)) {
        auto holders = Sql::exec(db, QStringLiteral("SELECT id FROM item WHERE archived = ? AND order_key = ? ORDER BY id"),
                                 {duplicate.archived ? 1 : 0, duplicate.key});
        if (!holders)
            return holders.error();
        QList<ItemId> ids;
        while (holders->next())
            ids.append(holders->value(0).toLongLong());
        holders->finish();
        // The lowest id keeps the key; the others follow it in the order of their ids.
        QString key = duplicate.key;
        for (qsizetype i = 1; i < ids.size(); ++i) {
            auto fresh = freeKey(db, key, {}, {});
            if (!fresh)
                return fresh.error();
            if (auto recorded = Sql::exec(db, QStringLiteral("INSERT INTO history (item_id, at, field, old_value, new_value) "
                                                             "VALUES (?, ?, ?, ?, ?)"),
                                          {ids.at(i), at, storageName(HistoryField::OrderChanged), duplicate.key, *fresh});
                !recorded) {
                return recorded.error();
            }
            if (auto written = Sql::exec(db, QStringLiteral("UPDATE item SET order_key = ?, version = version + 1 WHERE id = ?"),
                                         {*fresh, ids.at(i)});
                !written) {
                return written.error();
            }
            key = *fresh;
        }
    }
    for (const QString &statement : indexStatements()) {
        if (auto made = Sql::exec(db, statement); !made)
            return made.error();
    }
    return success();
}

} // namespace Ordo::UniqueKeys
