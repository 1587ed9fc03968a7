#include "iteminserter.h"

#include "../domain/orderkey.h"
#include "database.h"
#include "dialect.h"
#include "itemvalues.h"
#include "migrations/migrations.h"
#include "sql.h"
#include "statement.h"
#include "uniquekeys.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace Ordo {

namespace {

using namespace ItemValues;
using Sql::Statement;

template<typename Enum>
QVariant enumValue(const std::optional<Enum> &value)
{
    return value ? QVariant(storageName(*value)) : QVariant();
}

// FTS5's own settings for the index's pending terms (hashsize) and its merging of segments
// (automerge): its defaults, and the bulk's.
constexpr int defaultHashBytes = 1024 * 1024;
constexpr int defaultAutomerge = 4;
constexpr int bulkHashBytes = 64 * 1024 * 1024;
// The page cache while a bulk writes: 256 MiB, in PRAGMA cache_size's negative KiB.
constexpr int bulkCacheKiB = -256 * 1024;

Status tuneIndex(const QSqlDatabase &db, int hashBytes, int automerge)
{
    for (auto [option, value] : {std::pair{"hashsize", hashBytes}, std::pair{"automerge", automerge}}) {
        if (auto set = Sql::exec(db, QStringLiteral("INSERT INTO item_text (item_text, rank) VALUES (?, ?)"),
                                 {QLatin1String(option), value});
            !set) {
            return set.error();
        }
    }
    return success();
}

// Below this many items the full-text index is kept by its triggers, item by item.
constexpr qsizetype bulkItems = 64;

// The tables an item's rows go into, whose plain indexes a bulk into an empty product makes
// again at its end.
constexpr const char *itemTables = "'item', 'history', 'acceptance_criterion', 'item_label'";

} // namespace

// Rows are gathered per table and written many to a statement, a few dozen items at a time:
// each item's criteria before the item itself (see insertItems()), then its labels and history.
struct ItemStatements
{
    explicit ItemStatements(const QSqlDatabase &db)
        : itemRows(db, QStringLiteral(
              "item (id, number, type, title, role, want, benefit, description, estimate, "
              "status, parent_id, sprint_id, requester, order_key, archived, metric_name, "
              "metric_baseline, metric_target, metric_actual, metric_measured_on, impact_hypothesis, "
              "moscow, business_value, time_criticality, risk_reduction, job_size, kano, value, effort, "
              "invest_checks, split_from_id, serves_goal, serves_sprint_goal, feedback_sprint_id, created_at, "
              "updated_at)"), 36)
        , criterionRows(db, QStringLiteral("acceptance_criterion (item_id, position, text)"), 3)
        , labelRows(db, QStringLiteral("item_label (item_id, label_id)"), 2, Sql::RowBatch::OnConflict::Ignore)
        , historyRows(db, QStringLiteral("history (item_id, at, field, old_value, new_value)"), 5)
        , insertLabel(db, QStringLiteral("INSERT INTO label (name) VALUES (?)") + Sql::returningId(db))
    {}

    Sql::RowBatch itemRows;
    Sql::RowBatch criterionRows;
    Sql::RowBatch labelRows;
    Sql::RowBatch historyRows;
    Statement insertLabel;
};

BulkIndex::BulkIndex(const Database &database)
    : m_database(database)
{}

BulkIndex::~BulkIndex()
{
    m_statements.reset();
    (void)giveCacheBack(); // after a failure: the caller's transaction is rolled back
}

ItemStatements &BulkIndex::statements()
{
    if (!m_statements)
        m_statements = std::make_unique<ItemStatements>(m_database.connection());
    return *m_statements;
}

Status BulkIndex::giveCacheBack()
{
    if (!m_cacheSize)
        return success();
    const qint64 pages = m_cacheSize->toLongLong();
    m_cacheSize.reset();
    if (auto given = Sql::exec(m_database.connection(), QStringLiteral("PRAGMA cache_size = %1").arg(pages)); !given)
        return given.error();
    return success();
}

Status BulkIndex::begin()
{
    const QSqlDatabase db = m_database.connection();
    // PostgreSQL's triggers keep the trigram index item by item (it has no FTS5 segments to
    // flush); disabling them would lock the tables against the other clients.
    if (Sql::isPostgres(db))
        return success();
    auto triggers = Sql::exec(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                                 "AND name IN ('item_text_insert', 'item_text_criterion_insert')"));
    if (!triggers)
        return triggers.error();
    QStringList names;
    while (triggers->next()) {
        names.append(triggers->value(0).toString());
        m_definitions.append(triggers->value(1).toString());
    }
    for (const QString &name : std::as_const(names)) {
        if (auto dropped = Sql::exec(db, QStringLiteral("DROP TRIGGER \"%1\"").arg(name)); !dropped)
            return dropped.error();
    }
    // An empty product: its plain indexes are made again, from sorted rows, by finish().
    // (Unique indexes stay: they decide what is written. So do the indexes of a product that
    // holds items: making them again would cost more than the bulk saves.)
    auto empty = Sql::scalar(db, QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM item)"));
    if (!empty)
        return empty.error();
    if (empty->toBool()) {
        // An index that leads with a reference to an item stays too: with the criteria written
        // before their items, SQLite looks up the rows that reference each new item through it.
        auto indexes = Sql::exec(db, QStringLiteral("SELECT m.name, m.sql FROM sqlite_master m WHERE m.type = 'index' "
                                                    "AND m.sql IS NOT NULL AND m.sql NOT LIKE 'CREATE UNIQUE%' "
                                                    "AND m.tbl_name IN (%1) AND NOT EXISTS (SELECT 1 FROM "
                                                    "pragma_index_info(m.name) AS i JOIN pragma_foreign_key_list(m.tbl_name) AS f "
                                                    "ON f.\"from\" = i.name WHERE i.seqno = 0 AND f.\"table\" = 'item')")
                                         .arg(QLatin1String(itemTables)));
        if (!indexes)
            return indexes.error();
        QStringList indexNames;
        while (indexes->next()) {
            indexNames.append(indexes->value(0).toString());
            m_indexes.append(indexes->value(1).toString());
        }
        for (const QString &name : std::as_const(indexNames)) {
            if (auto dropped = Sql::exec(db, QStringLiteral("DROP INDEX \"%1\"").arg(name)); !dropped)
                return dropped.error();
        }
    }
    // The bulk goes into the index as a few large segments, without merging the small ones it
    // would otherwise write and merge again as it goes: about a third of the work.
    if (auto tuned = tuneIndex(db, bulkHashBytes, 0); !tuned)
        return tuned;
    auto cacheSize = Sql::scalar(db, QStringLiteral("PRAGMA cache_size"));
    if (!cacheSize)
        return cacheSize.error();
    if (auto grown = Sql::exec(db, QStringLiteral("PRAGMA cache_size = %1").arg(bulkCacheKiB)); !grown)
        return grown.error();
    m_cacheSize = *cacheSize;
    m_active = true;
    return success();
}

Status BulkIndex::finish()
{
    if (!m_active)
        return success();
    const QSqlDatabase db = m_database.connection();
    m_statements.reset();
    // The indexes first: indexing the texts reads each item's criteria through theirs.
    for (const QString &definition : std::as_const(m_indexes)) {
        if (auto created = Sql::exec(db, definition); !created)
            return created.error();
    }
    m_indexes.clear();
    // One statement per run of consecutive ids: an import's new ids are one run.
    std::sort(m_ids.begin(), m_ids.end());
    for (qsizetype from = 0; from < m_ids.size();) {
        qsizetype to = from;
        while (to + 1 < m_ids.size() && m_ids.at(to + 1) == m_ids.at(to) + 1)
            ++to;
        if (auto indexed = Sql::exec(db, Migrations::indexItemTextSql(QStringLiteral("WHERE item.id BETWEEN ? AND ?")),
                                     {m_ids.at(from), m_ids.at(to)});
            !indexed) {
            return indexed.error();
        }
        from = to + 1;
    }
    if (auto tuned = tuneIndex(db, defaultHashBytes, defaultAutomerge); !tuned)
        return tuned;
    if (auto given = giveCacheBack(); !given)
        return given;
    for (const QString &definition : std::as_const(m_definitions)) {
        if (auto created = Sql::exec(db, definition); !created)
            return created.error();
    }
    m_definitions.clear();
    m_ids.clear();
    m_active = false;
    return success();
}

Expected<QList<ItemId>> insertItems(const Database &database, const QList<BacklogItem> &items,
                                    const QList<QString> &orderKeys, BulkIndex *bulk)
{
    // Everything that can be refused is refused before anything is written.
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!OrderKey::isValid(orderKeys.at(i)))
            return Error{QCoreApplication::translate("Ordo::Storage", "The backlog position “%1” is not valid.").arg(orderKeys.at(i))};
        if (items.at(i).title.trimmed().isEmpty())
            return Error{QCoreApplication::translate("Ordo::Storage", "A Product Backlog item needs a title.")};
    }
    const QSqlDatabase db = database.connection();
    if (auto deferred = Sql::exec(db, Sql::choose(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"),
                                                  QStringLiteral("SET CONSTRAINTS ALL DEFERRED")));
        !deferred)
        return deferred.error();

    // Numbers and ids for the batch at once. A recreated item (redo of a creation) keeps its own.
    // On a server, other clients number theirs after this transaction (Sql::idLockSql()).
    if (const QString lock = Sql::idLockSql(db, QStringLiteral("item")); !lock.isEmpty()) {
        if (auto locked = Sql::exec(db, lock); !locked)
            return locked.error();
    }
    // A few items (those the user adds): a key someone else took meanwhile is replaced by a fresh
    // one. Other clients creating items wait for this transaction (the lock above); a move is
    // refused by the unique index instead, and runs again. An import's keys are all new.
    QList<QString> keys = orderKeys;
    if (items.size() < bulkItems) {
        for (qsizetype i = 0; i < keys.size(); ++i) {
            auto free = UniqueKeys::freeKey(db, keys.at(i), {}, keys);
            if (!free)
                return free.error();
            keys[i] = *free;
        }
    }
    int needNumbers = 0;
    ItemId highestGiven = 0;
    for (const BacklogItem &item : items) {
        needNumbers += item.number <= 0 ? 1 : 0;
        highestGiven = qMax(highestGiven, item.id);
    }
    int nextNumber = 0;
    if (needNumbers > 0) {
        auto next = Sql::scalar(db, QStringLiteral("SELECT next_item_number FROM product WHERE id = 1"));
        if (!next)
            return Error{QCoreApplication::translate("Ordo::Storage", "The product file holds no product.")};
        nextNumber = next->toInt();
        if (auto bumped = Sql::exec(db, QStringLiteral("UPDATE product SET next_item_number = ? WHERE id = 1"),
                                    {nextNumber + needNumbers});
            !bumped) {
            return bumped.error();
        }
    }
    auto highestId = Sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM item"));
    if (!highestId)
        return highestId.error();
    ItemId nextId = qMax(highestId->toLongLong(), highestGiven) + 1;
    // A large batch of new items is indexed at once at the end, unless the caller's bulk
    // index (an import's) takes it.
    BulkIndex own(database);
    if (!(bulk && bulk->isActive()) && items.size() >= bulkItems && highestGiven == 0) {
        if (auto begun = own.begin(); !begun)
            return begun.error();
    }

    QHash<QString, qint64> labelIds;
    {
        auto labels = Sql::exec(db, QStringLiteral("SELECT name, id FROM label"));
        if (!labels)
            return labels.error();
        while (labels->next())
            labelIds.insert(labels->value(0).toString(), labels->value(1).toLongLong());
    }

    // The statements are the bulk's, prepared once for all its batches, or this batch's own.
    std::unique_ptr<ItemStatements> ownStatements;
    ItemStatements *statements = nullptr;
    if (bulk && bulk->isActive()) {
        statements = &bulk->statements();
    } else {
        ownStatements = std::make_unique<ItemStatements>(db);
        statements = ownStatements.get();
    }
    Sql::RowBatch &itemRows = statements->itemRows;
    Sql::RowBatch &criterionRows = statements->criterionRows;
    Sql::RowBatch &labelRows = statements->labelRows;
    Sql::RowBatch &historyRows = statements->historyRows;
    Statement &insertLabel = statements->insertLabel;
    // Before the last items, only what fills whole statements of labels and history is written
    // (all the criteria, for the items written with them).
    const auto flush = [&](Sql::RowBatch::Flush which) -> Status {
        for (Sql::RowBatch *rows : {&criterionRows, &itemRows, &labelRows, &historyRows}) {
            const bool all = rows == &criterionRows || rows == &itemRows;
            if (auto written = rows->flush(all ? Sql::RowBatch::Flush::All : which); !written)
                return written;
        }
        return success();
    };
    constexpr qsizetype itemsPerFlush = Sql::RowBatch::rowsPerStatement;

    QList<ItemId> ids;
    ids.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const BacklogItem &item = items.at(i);
        const QString &orderKey = keys.at(i);
        const ItemId id = item.id > 0 ? item.id : nextId++;
        const int number = item.number > 0 ? item.number : nextNumber++;

        for (int c = 0; c < item.criteria.size(); ++c)
            criterionRows.add({id, c, item.criteria.at(c).text});
        for (const QString &label : item.labels) {
            const QString name = label.trimmed();
            if (name.isEmpty())
                continue;
            auto known = labelIds.constFind(name);
            if (known == labelIds.cend()) {
                if (auto added = insertLabel.run({name}); !added)
                    return added.error();
                known = labelIds.insert(name, insertLabel.insertedId());
            }
            labelRows.add({id, *known});
        }

        const QDateTime created = item.createdAt.isValid() ? item.createdAt : database.now();
        const QString createdText = Sql::timestamp(created);
        const Scores &s = item.scores;
        itemRows.add({id,
                                           number,
                                           storageName(item.type),
                                           item.title.trimmed(),
                                           item.role,
                                           item.want,
                                           item.benefit,
                                           item.description,
                                           Sql::nullable(item.estimate),
                                           storageName(item.status),
                                           Sql::nullable(item.parentId),
                                           Sql::nullable(item.sprintId),
                                           item.requester,
                                           orderKey,
                                           item.archived ? 1 : 0,
                                           item.metric.name,
                                           Sql::nullable(item.metric.baseline),
                                           Sql::nullable(item.metric.target),
                                           Sql::nullable(item.metric.actual),
                                           // A date belongs to a measured value: none without one.
                                           item.metric.actual ? dateValue(item.metric.measuredOn) : QVariant(),
                                           item.impactHypothesis,
                                           enumValue(s.moscow),
                                           Sql::nullable(s.businessValue),
                                           Sql::nullable(s.timeCriticality),
                                           Sql::nullable(s.riskReduction),
                                           Sql::nullable(s.jobSize),
                                           enumValue(s.kano),
                                           Sql::nullable(s.value),
                                           Sql::nullable(s.effort),
                                           int(item.investChecks & allInvestChecks),
                                           Sql::nullable(item.splitFromId),
                                           item.servesGoal ? 1 : 0,
                                           item.servesSprintGoal ? 1 : 0,
                                           Sql::nullable(item.feedbackSprintId),
                                           createdText,
                                           createdText});

        // The history starts with the item's creation and its initial tracked values.
        const auto record = [&](HistoryField field, const QString &oldValue, const QString &newValue) {
            historyRows.add({id, createdText, storageName(field), Sql::bindable(oldValue), Sql::bindable(newValue)});
        };
        record(HistoryField::Created, {}, storageName(item.status));
        record(HistoryField::OrderChanged, {}, orderKey);
        if (item.estimate)
            record(HistoryField::EstimateChanged, {}, estimateText(item.estimate));
        if (item.metric.actual)
            record(HistoryField::MetricMeasured, {}, measurementText(item.metric.actual));
        if (item.sprintId)
            record(HistoryField::SprintChanged, {}, idText(item.sprintId));
        if (item.archived)
            record(HistoryField::ArchivedChanged, QStringLiteral("0"), QStringLiteral("1"));
        ids.append(id);
        if (ids.size() % itemsPerFlush == 0) {
            if (auto written = flush(Sql::RowBatch::Flush::FullStatements); !written)
                return written.error();
        }
    }
    if (auto written = flush(Sql::RowBatch::Flush::All); !written)
        return written.error();
    if (bulk && bulk->isActive()) {
        bulk->add(ids);
    } else if (own.isActive()) {
        own.add(ids);
        if (auto indexed = own.finish(); !indexed)
            return indexed.error();
    }
    return ids;
}

} // namespace Ordo
