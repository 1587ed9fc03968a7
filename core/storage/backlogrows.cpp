#include "itemrepository.h"

#include "database.h"
#include "dialect.h"
#include "migrations/migrations.h"
#include "sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <cmath>

// Reading the backlog: its compact rows, as the backlog table, the archive and the
// services use them, and the search in story text.

namespace Ordo {

namespace {

// A CASE expression turning `column`'s storage names into enum values (`otherwise` for NULL),
// so the backlog query returns small integers instead of strings to compare.
template<typename Enum, std::size_t N>
QString enumValueSql(const QString &column, const Enum (&values)[N], int otherwise)
{
    QString sql = QStringLiteral("(CASE ") + column;
    for (Enum value : values)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(storageName(value)).arg(int(value));
    return sql + QStringLiteral(" ELSE %1 END)").arg(otherwise);
}

// The backlog query packs its small values into three integers: reading a column costs
// more than computing one, and the backlog reads 100,000 rows when a product opens.
enum BacklogColumn {
    IdColumn, NumberColumn, TitleColumn, EstimateColumn, ParentColumn, SprintColumn, OrderKeyColumn,
    UpdatedColumn, JobSizeColumn, ValueColumn, EffortColumn,
    KindsColumn,  // type | status << 4 | (MoSCoW + 1) << 8 | (Kano + 1) << 12
    FlagsColumn,  // archived | story voice << 1 | metric << 2 | serves goal << 3 | INVEST << 4
    PointsColumn, // business value | time criticality << 8 | risk reduction << 16
    VersionColumn,
};

} // namespace

namespace {

QString backlogColumnsSql(Sql::Engine engine)
{
    return
        QStringLiteral("SELECT i.id, i.number, i.title, i.estimate, i.parent_id, i.sprint_id, i.order_key, ")
        + Sql::epochSecondsSql(engine, QStringLiteral("i.updated_at"))
        + QStringLiteral(", i.job_size, i.value, i.effort, ")
        + enumValueSql(QStringLiteral("i.type"), allItemTypes, 0) + QStringLiteral(" + 16 * ")
        + enumValueSql(QStringLiteral("i.status"), allItemStatuses, 0) + QStringLiteral(" + 256 * (1 + ")
        + enumValueSql(QStringLiteral("i.moscow"), allMoSCoW, -1) + QStringLiteral(") + 4096 * (1 + ")
        + enumValueSql(QStringLiteral("i.kano"), allKanoCategories, -1)
        + QStringLiteral("), "
                         "i.archived + (CASE WHEN i.want <> '' AND i.benefit <> '' THEN 2 ELSE 0 END) "
                         "+ (CASE WHEN i.metric_name <> '' THEN 4 ELSE 0 END) + 8 * i.serves_goal "
                         "+ 16 * (i.invest_checks & 63) + 1024 * i.serves_sprint_goal, "
                         "(coalesce(i.business_value, 0) & 255) + 256 * (coalesce(i.time_criticality, 0) & 255) "
                         "+ 65536 * (coalesce(i.risk_reduction, 0) & 255), i.version "
                         "FROM item i WHERE ");
}

} // namespace

QString ItemRepository::backlogRowsSql(const QString &where)
{
    return backlogRowsSql(Sql::Engine::Sqlite, where);
}

QString ItemRepository::backlogRowsSql(Sql::Engine engine, const QString &where)
{
    static const QString sqlite = backlogColumnsSql(Sql::Engine::Sqlite);
    static const QString postgres = backlogColumnsSql(Sql::Engine::Postgres);
    return (engine == Sql::Engine::Postgres ? postgres : sqlite) + where + QStringLiteral(" ORDER BY i.order_key");
}


namespace {

// The backlog columns of items matching `where`, in backlog order.
Expected<QList<BacklogRow>> queryBacklogRows(const QSqlDatabase &db,
                                             const QString &where,
                                             std::initializer_list<QVariant> values,
                                             const ItemRepository::Progress &progress = {})
{
    auto query = Sql::exec(db, ItemRepository::backlogRowsSql(Sql::engineOf(db), where), values);
    if (!query)
        return query.error();
    QList<BacklogRow> rows;
    QSqlQuery &q = *query;
    const auto real = [&q](int column) {
        const QVariant v = q.value(column);
        return v.isNull() ? std::nanf("") : v.toFloat();
    };
    while (q.next()) {
        BacklogRow row;
        row.id = q.value(IdColumn).toLongLong();
        row.number = q.value(NumberColumn).toInt();
        row.title = q.value(TitleColumn).toString();
        row.estimate = real(EstimateColumn);
        row.parentId = q.value(ParentColumn).toLongLong();
        row.sprintId = q.value(SprintColumn).toLongLong();
        row.orderKey = q.value(OrderKeyColumn).toString();
        row.updatedAt = q.value(UpdatedColumn).toLongLong();
        row.jobSize = real(JobSizeColumn);
        row.value = real(ValueColumn);
        row.effort = real(EffortColumn);
        const uint kinds = q.value(KindsColumn).toUInt();
        row.type = ItemType(kinds & 0xF);
        row.status = ItemStatus((kinds >> 4) & 0xF);
        row.moscow = qint8(int((kinds >> 8) & 0xF) - 1);
        row.kano = qint8(int((kinds >> 12) & 0xF) - 1);
        const uint flags = q.value(FlagsColumn).toUInt();
        row.archived = flags & 1;
        row.hasStoryVoice = flags & 2;
        row.hasMetric = flags & 4;
        row.servesGoal = flags & 8;
        row.investChecks = InvestChecks((flags >> 4) & allInvestChecks);
        row.servesSprintGoal = flags & 1024;
        const uint points = q.value(PointsColumn).toUInt();
        row.businessValue = quint8(points & 0xFF);
        row.timeCriticality = quint8((points >> 8) & 0xFF);
        row.riskReduction = quint8((points >> 16) & 0xFF);
        row.version = q.value(VersionColumn).toInt();
        rows.append(std::move(row));
        if (progress && rows.size() % 4096 == 0 && !progress(rows.size()))
            return Error{QCoreApplication::translate("Ordo::Storage", "Reading the Product Backlog was stopped.")};
    }

    // Labels and criteria counts in one pass over each table: a subquery per row would cost two
    // index searches per item. A large result reads the tables whole (what no row claims is
    // skipped); a small one only the rows of its items.
    QHash<ItemId, qsizetype> rowOfItem;
    rowOfItem.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        rowOfItem.insert(rows.at(i).id, i);
    const auto rowFor = [&](const QVariant &id) -> BacklogRow * {
        const auto found = rowOfItem.constFind(id.toLongLong());
        return found == rowOfItem.cend() ? nullptr : &rows[*found];
    };
    const bool wholeTables = rows.size() > 1000;
    const auto ofItems = [&](const QString &table) {
        return wholeTables ? QString()
                           : QStringLiteral(" JOIN item i ON i.id = %1.item_id WHERE ").arg(table) + where;
    };

    QHash<qint64, QString> labelNames;
    auto names = Sql::exec(db, QStringLiteral("SELECT id, name FROM label"));
    if (!names)
        return names.error();
    while (names->next())
        labelNames.insert(names->value(0).toLongLong(), names->value(1).toString());
    auto labels = Sql::exec(db, QStringLiteral("SELECT il.item_id, il.label_id FROM item_label il")
                                    + ofItems(QStringLiteral("il")) + QStringLiteral(" ORDER BY il.item_id"),
                            wholeTables ? std::initializer_list<QVariant>{} : values);
    if (!labels)
        return labels.error();
    QStringList itemLabels;
    BacklogRow *labelled = nullptr;
    const auto flushLabels = [&] {
        if (labelled) {
            itemLabels.sort();
            labelled->labels = itemLabels.join(QLatin1String(", "));
        }
        itemLabels.clear();
    };
    while (labels->next()) {
        BacklogRow *row = rowFor(labels->value(0));
        if (row != labelled) {
            flushLabels();
            labelled = row;
        }
        if (row)
            itemLabels.append(labelNames.value(labels->value(1).toLongLong()));
    }
    flushLabels();

    auto criteria = Sql::exec(db, QStringLiteral("SELECT c.item_id, count(*) FROM acceptance_criterion c")
                                      + ofItems(QStringLiteral("c")) + QStringLiteral(" GROUP BY c.item_id"),
                              wholeTables ? std::initializer_list<QVariant>{} : values);
    if (!criteria)
        return criteria.error();
    while (criteria->next()) {
        if (BacklogRow *row = rowFor(criteria->value(0)))
            row->criteriaCount = quint16(qMin(criteria->value(1).toInt(), 0xFFFF));
    }
    for (BacklogRow &row : rows)
        row.foldSearchText();
    return rows;
}

} // namespace

Expected<QList<BacklogRow>> ItemRepository::backlogRows(bool includeArchived) const
{
    return queryBacklogRows(m_database.connection(),
                            QStringLiteral("i.archived = 0 OR ? <> 0"),
                            {includeArchived ? 1 : 0});
}

Expected<QList<BacklogRow>> ItemRepository::backlogRows(const Progress &progress) const
{
    return queryBacklogRows(m_database.connection(), QStringLiteral("i.archived = 0"), {}, progress);
}

Expected<QList<BacklogRow>> ItemRepository::firstBacklogRows(int count) const
{
    // A subquery, so that the labels and criteria counts are read for these rows only.
    return queryBacklogRows(m_database.connection(),
                            QStringLiteral("i.id IN (SELECT id FROM item WHERE archived = 0 ORDER BY archived, order_key LIMIT ?)"),
                            {count});
}

Expected<qsizetype> ItemRepository::backlogCount() const
{
    auto count = Sql::scalar(m_database.connection(), QStringLiteral("SELECT count(*) FROM item WHERE archived = 0"));
    if (!count)
        return count.error();
    return qsizetype(count->toLongLong());
}

Expected<QList<BacklogRow>> ItemRepository::archivedRows() const
{
    return queryBacklogRows(m_database.connection(), QStringLiteral("i.archived = 1"), {});
}

Expected<BacklogRow> ItemRepository::backlogRow(ItemId id) const
{
    auto rows = queryBacklogRows(m_database.connection(), QStringLiteral("i.id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error{QCoreApplication::translate("Ordo::Storage", "The Product Backlog item no longer exists.")};
    return rows->front();
}

Expected<QList<BacklogRow>> ItemRepository::backlogRowsOf(const QList<ItemId> &ids) const
{
    if (ids.isEmpty())
        return QList<BacklogRow>();
    // Ids are integers Ordo holds: written into the statement, one list for every engine.
    QStringList list;
    list.reserve(ids.size());
    for (const ItemId id : ids)
        list.append(QString::number(id));
    return queryBacklogRows(m_database.connection(),
                            QStringLiteral("i.id IN (%1)").arg(list.join(QLatin1Char(','))), {});
}

Expected<QSet<ItemId>> ItemRepository::idsWithText(const QString &needle) const
{
    // The trigram index finds a substring of three characters or more, in any case; a shorter
    // one has no trigram to look up.
    if (needle.size() < minimumTextSearch)
        return QSet<ItemId>();
    const QSqlDatabase db = m_database.connection();
    Expected<QSqlQuery> query = Error{};
    if (Sql::isPostgres(db)) {
        // pg_trgm's index answers ILIKE with the needle anywhere (see step 9).
        query = Sql::exec(db,
                          QStringLiteral("SELECT item_id FROM item_text WHERE (%1) ILIKE ? ESCAPE '\\'")
                              .arg(Migrations::itemTextDocument()),
                          {Sql::containsPattern(needle)});
    } else {
        QString phrase = needle;
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        const QString match = QLatin1Char('"') + phrase + QLatin1Char('"');
        query = Sql::exec(db, QStringLiteral("SELECT rowid FROM item_text WHERE item_text MATCH ?"), {match});
    }
    if (!query)
        return query.error();
    QSet<ItemId> ids;
    while (query->next())
        ids.insert(query->value(0).toLongLong());
    return ids;
}

} // namespace Ordo
