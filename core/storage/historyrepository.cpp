#include "historyrepository.h"

#include "database.h"
#include "dialect.h"
#include "sql.h"

namespace Ordo {
namespace {

Expected<QList<HistoryEntry>> readEntries(Expected<QSqlQuery> query)
{
    if (!query)
        return query.error();
    QList<HistoryEntry> result;
    while (query->next()) {
        HistoryEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.itemId = query->value(1).toLongLong();
        entry.at = Sql::dateTimeOf(query->value(2));
        entry.field = historyFieldFromStorage(query->value(3).toString())
                          .value_or(HistoryField::Created);
        entry.oldValue = query->value(4).toString();
        entry.newValue = query->value(5).toString();
        result.append(entry);
    }
    return result;
}

const QString selectColumns = QStringLiteral(
    "SELECT id, item_id, at, field, old_value, new_value FROM history ");

} // namespace

HistoryRepository::HistoryRepository(const Database &database)
    : m_database(database)
{}

Status HistoryRepository::record(const QSqlDatabase &db, const HistoryEntry &entry)
{
    auto inserted = Sql::exec(db,
                              QStringLiteral("INSERT INTO history (item_id, at, field, old_value, "
                                             "new_value) VALUES (?, ?, ?, ?, ?)"),
                              {entry.itemId,
                               Sql::timestamp(entry.at),
                               storageName(entry.field),
                               entry.oldValue,
                               entry.newValue});
    if (!inserted)
        return inserted.error();
    return success();
}

Expected<QList<HistoryEntry>> HistoryRepository::forItem(qint64 itemId) const
{
    return readEntries(Sql::exec(m_database.connection(),
                                 selectColumns + QStringLiteral("WHERE item_id = ? ORDER BY at, id"),
                                 {itemId}));
}

Expected<QList<HistoryEntry>> HistoryRepository::entries(std::optional<HistoryField> field) const
{
    if (!field) {
        return readEntries(
            Sql::exec(m_database.connection(), selectColumns + QStringLiteral("ORDER BY at, id")));
    }
    return readEntries(Sql::exec(m_database.connection(),
                                 selectColumns + QStringLiteral("WHERE field = ? ORDER BY at, id"),
                                 {storageName(*field)}));
}

Expected<QList<HistoryEntry>> HistoryRepository::sprintWork() const
{
    return sprintWork(m_database.connection());
}

Expected<QList<HistoryEntry>> HistoryRepository::sprintWork(const QSqlDatabase &db)
{
    return readEntries(Sql::exec(
        db,
        selectColumns
            + QStringLiteral("WHERE field IN ('created', 'status', 'estimate', 'sprint') "
                             "AND item_id IN (SELECT item_id FROM history WHERE field = 'sprint' "
                             "AND new_value <> '') ORDER BY at, id")));
}

Expected<QList<HistoryEntry>> HistoryRepository::forSprint(qint64 sprintId) const
{
    // The literal field names match the partial indexes history_sprint_in and history_sprint_out.
    // The outer "+field" keeps SQLite from reading every row of those fields through history_field
    // (its choice without statistics) instead of the sprint's items' rows through history_item.
    const QString sprint = QString::number(sprintId);
    const QSqlDatabase db = m_database.connection();
    return readEntries(Sql::exec(
        db,
        selectColumns
            + QStringLiteral("WHERE item_id IN (SELECT item_id FROM history WHERE field = 'sprint' AND new_value = ? "
                             "UNION SELECT item_id FROM history WHERE field = 'sprint' AND old_value = ?) "
                             "AND %1 IN ('created', 'status', 'estimate', 'sprint', 'committed') ORDER BY at, id")
                  .arg(Sql::withoutIndex(db, QStringLiteral("field"))),
        {sprint, sprint}));
}

Expected<QList<HistoryEntry>> HistoryRepository::ofItems(const QList<qint64> &itemIds, const QList<HistoryField> &fields) const
{
    if (itemIds.isEmpty() || fields.isEmpty())
        return QList<HistoryEntry>();
    // Ids are numbers and field names this class's own: joined into the statement rather than
    // bound one by one (SQLite limits bound parameters, not the length of a list of literals).
    // "+field": through history_item, not every row of the fields through history_field.
    QStringList ids;
    ids.reserve(itemIds.size());
    for (qint64 id : itemIds)
        ids.append(QString::number(id));
    QStringList names;
    for (HistoryField field : fields)
        names.append(u'\'' + storageName(field) + u'\'');
    const QSqlDatabase db = m_database.connection();
    return readEntries(Sql::exec(db,
                                 selectColumns
                                     + QStringLiteral("WHERE item_id IN (%1) AND %3 IN (%2) ORDER BY at, id")
                                           .arg(ids.join(u','), names.join(u','), Sql::withoutIndex(db, QStringLiteral("field")))));
}

Expected<QList<qint64>> HistoryRepository::everRejected() const
{
    const QSqlDatabase db = m_database.connection();
    auto query = Sql::exec(db,
                           // Named: SQLite would rather read every status row through history_field.
                           QStringLiteral("SELECT DISTINCT item_id FROM history%1 "
                                          "WHERE field = 'status' AND new_value = 'rejected'")
                               .arg(Sql::indexedBy(db, QStringLiteral("history_rejected"))));
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

Expected<QList<HistoryEntry>> HistoryRepository::ordering(qint64 afterId) const
{
    return readEntries(Sql::exec(m_database.connection(),
                                 selectColumns + QStringLiteral("WHERE field IN (?, ?, ?) AND id > ? ORDER BY at, id"),
                                 {storageName(HistoryField::Created),
                                  storageName(HistoryField::OrderChanged),
                                  storageName(HistoryField::ArchivedChanged),
                                  afterId}));
}

Expected<int> HistoryRepository::orderingCount() const
{
    auto count = Sql::scalar(m_database.connection(),
                             QStringLiteral("SELECT count(*) FROM history WHERE field IN (?, ?, ?)"),
                             {storageName(HistoryField::Created),
                              storageName(HistoryField::OrderChanged),
                              storageName(HistoryField::ArchivedChanged)});
    if (!count)
        return count.error();
    return count->toInt();
}

} // namespace Ordo
