#include "itemrepository.h"

#include "dialect.h"

#include "../domain/orderkey.h"
#include "../domain/scoring.h"
#include "database.h"
#include "historyrepository.h"
#include "iteminserter.h"
#include "itemvalues.h"
#include "sql.h"
#include "transaction.h"
#include "uniquekeys.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

#include <cmath>
#include <numeric>

namespace Ordo {
namespace {

using namespace ItemValues;


QDate dateOf(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

template<typename Enum>
QVariant enumValue(const std::optional<Enum> &value)
{
    return value ? QVariant(storageName(*value)) : QVariant();
}

Status writeLabels(const QSqlDatabase &db, ItemId id, const QStringList &labels)
{
    for (const QString &label : labels) {
        const QString name = label.trimmed();
        if (name.isEmpty())
            continue;
        if (auto inserted = Sql::exec(db,
                                      Sql::insertOrIgnore(db, QStringLiteral("label (name) VALUES (?)")),
                                      {name});
            !inserted) {
            return inserted.error();
        }
        if (auto linked = Sql::exec(db,
                                    Sql::insertOrIgnore(db, QStringLiteral("item_label (item_id, "
                                                                           "label_id) SELECT ?, id FROM label WHERE name = ?")),
                                    {id, name});
            !linked) {
            return linked.error();
        }
    }
    return success();
}


// " AND version = ?" when the writer named the version it read.
QString versionCheck(ItemRepository::KnownVersion known)
{
    return known ? QStringLiteral(" AND version = ?") : QString();
}

QVariantList withVersion(QVariantList values, ItemRepository::KnownVersion known)
{
    if (known)
        values.append(*known);
    return values;
}

// A write named a version the row no longer has: what the row holds now (`column`, one of a
// fixed set of names chosen by ItemRepository; empty for none), or that it is gone.
Error conflictOf(const QSqlDatabase &db, ItemId id, const QString &column, const QVariant &mine)
{
    auto now = Sql::exec(db,
                         column.isEmpty() ? QStringLiteral("SELECT version FROM item WHERE id = ?")
                                          : QStringLiteral("SELECT version, %1 FROM item WHERE id = ?").arg(column),
                         {id});
    if (!now)
        return now.error();
    if (!now->next())
        return missingItem();
    auto conflict = std::make_shared<WriteConflict>();
    conflict->itemId = id;
    conflict->column = column;
    conflict->mine = mine;
    conflict->version = now->value(0).toInt();
    if (!column.isEmpty())
        conflict->theirs = now->value(1);
    return Error{QCoreApplication::translate("Ordo::Storage",
                                             "Someone else changed this Product Backlog item since you read it; "
                                             "your change was not written."),
                 std::move(conflict)};
}

} // namespace

ItemRepository::ItemRepository(const Database &database)
    : m_database(database)
{}

Expected<ItemId> ItemRepository::create(const BacklogItem &item)
{
    auto ids = createMany({item});
    if (!ids)
        return ids.error();
    return ids->front();
}

Expected<QList<ItemId>> ItemRepository::createMany(const QList<BacklogItem> &items, BulkIndex *bulk)
{
    return UniqueKeys::retrying(m_database.connection(), [&] { return createOnce(items, bulk); });
}

Expected<QList<ItemId>> ItemRepository::createOnce(const QList<BacklogItem> &items, BulkIndex *bulk)
{
    Transaction transaction(m_database.connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    // Items without a place go to the bottom, in their order.
    std::optional<QString> previousKey;
    QList<QString> keys;
    keys.reserve(items.size());
    for (const BacklogItem &item : items) {
        QString key = item.orderKey;
        if (key.isEmpty()) {
            if (!previousKey) {
                auto last = lastOrderKey();
                if (!last)
                    return last.error();
                previousKey = *last;
            }
            key = OrderKey::between(*previousKey, QString()).value_or(QString());
            previousKey = key;
        }
        keys.append(key);
    }
    auto ids = insertItems(m_database, items, keys, bulk);
    if (!ids)
        return ids.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return ids;
}

Expected<BacklogItem> ItemRepository::load(ItemId id) const
{
    const QSqlDatabase db = m_database.connection();
    auto query = Sql::exec(
        db,
        QStringLiteral(
            "SELECT id, number, type, title, role, want, benefit, description, estimate, status, "
            "parent_id, sprint_id, requester, order_key, archived, metric_name, metric_baseline, "
            "metric_target, metric_actual, impact_hypothesis, moscow, business_value, "
            "time_criticality, risk_reduction, job_size, kano, value, effort, created_at, "
            "updated_at, invest_checks, split_from_id, serves_goal, serves_sprint_goal, metric_measured_on, "
            "feedback_sprint_id, version FROM item WHERE id = ?"),
        {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{QCoreApplication::translate("Ordo::Storage", "The Product Backlog item no longer exists.")};
    const QSqlQuery &q = *query;
    BacklogItem item;
    item.id = q.value(0).toLongLong();
    item.number = q.value(1).toInt();
    item.type = itemTypeFromStorage(q.value(2).toString()).value_or(ItemType::Story);
    item.title = q.value(3).toString();
    item.role = q.value(4).toString();
    item.want = q.value(5).toString();
    item.benefit = q.value(6).toString();
    item.description = q.value(7).toString();
    item.estimate = Sql::optionalOf<double>(q.value(8));
    item.status = itemStatusFromStorage(q.value(9).toString()).value_or(ItemStatus::New);
    item.parentId = Sql::optionalOf<ItemId>(q.value(10));
    item.sprintId = Sql::optionalOf<SprintId>(q.value(11));
    item.requester = q.value(12).toString();
    item.orderKey = q.value(13).toString();
    item.archived = q.value(14).toBool();
    item.metric.name = q.value(15).toString();
    item.metric.baseline = Sql::optionalOf<double>(q.value(16));
    item.metric.target = Sql::optionalOf<double>(q.value(17));
    item.metric.actual = Sql::optionalOf<double>(q.value(18));
    item.impactHypothesis = q.value(19).toString();
    if (!q.value(20).isNull())
        item.scores.moscow = moscowFromStorage(q.value(20).toString());
    item.scores.businessValue = Sql::optionalOf<int>(q.value(21));
    item.scores.timeCriticality = Sql::optionalOf<int>(q.value(22));
    item.scores.riskReduction = Sql::optionalOf<int>(q.value(23));
    item.scores.jobSize = Sql::optionalOf<double>(q.value(24));
    if (!q.value(25).isNull())
        item.scores.kano = kanoFromStorage(q.value(25).toString());
    item.scores.value = Sql::optionalOf<double>(q.value(26));
    item.scores.effort = Sql::optionalOf<double>(q.value(27));
    item.createdAt = Sql::dateTimeOf(q.value(28));
    item.updatedAt = Sql::dateTimeOf(q.value(29));
    item.investChecks = InvestChecks(q.value(30).toUInt() & allInvestChecks);
    item.splitFromId = Sql::optionalOf<ItemId>(q.value(31));
    item.servesGoal = q.value(32).toBool();
    item.servesSprintGoal = q.value(33).toBool();
    item.metric.measuredOn = dateOf(q.value(34));
    item.feedbackSprintId = Sql::optionalOf<SprintId>(q.value(35));
    item.version = q.value(36).toInt();

    auto labels = Sql::exec(db,
                            QStringLiteral("SELECT l.name FROM item_label il JOIN label l ON "
                                           "l.id = il.label_id WHERE il.item_id = ? ORDER BY l.name"),
                            {id});
    if (!labels)
        return labels.error();
    while (labels->next())
        item.labels.append(labels->value(0).toString());

    auto criteria = Sql::exec(db,
                              QStringLiteral("SELECT id, position, text FROM acceptance_criterion "
                                             "WHERE item_id = ? ORDER BY position"),
                              {id});
    if (!criteria)
        return criteria.error();
    while (criteria->next()) {
        item.criteria.append({criteria->value(0).toLongLong(),
                              criteria->value(1).toInt(),
                              criteria->value(2).toString()});
    }
    return item;
}

Status ItemRepository::changeTracked(ItemId id,
                                     const QString &column,
                                     HistoryField field,
                                     const QVariant &value,
                                     const QString &historyValue,
                                     KnownVersion known)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    // `column` is one of a fixed set of names chosen by this class, never user input.
    auto current = Sql::exec(db, QStringLiteral("SELECT %1, version FROM item WHERE id = ?").arg(column), {id});
    if (!current)
        return current.error();
    if (!current->next())
        return missingItem();
    const QVariant old = current->value(0);
    // A stale version is a conflict even when the value would not change: the writer decided
    // on a row that is no longer there (an increment read from it, say).
    if (known && current->value(1).toInt() != *known)
        return conflictOf(db, id, column, value);
    if (old.isNull() == value.isNull() && (old.isNull() || old.toString() == value.toString()))
        return transaction.commit(); // nothing changes, nothing is written

    QString oldText;
    if (!old.isNull()) {
        oldText = field == HistoryField::EstimateChanged ? QString::number(old.toDouble()) : old.toString();
    }
    const QDateTime at = m_database.now();
    // The version check again in the UPDATE: on a server, someone may write between the two.
    auto updated = Sql::execList(db,
                                 QStringLiteral("UPDATE item SET %1 = ?, updated_at = ?, version = version + 1 "
                                                "WHERE id = ?%2")
                                     .arg(column, versionCheck(known)),
                                 withVersion({value, Sql::timestamp(at), id}, known));
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return known ? conflictOf(db, id, column, value) : missingItem();
    if (auto recorded = HistoryRepository::record(db, {0, id, at, field, oldText, historyValue});
        !recorded) {
        return recorded;
    }
    return transaction.commit();
}

Expected<int> ItemRepository::version(ItemId id) const
{
    auto now = Sql::exec(m_database.connection(), QStringLiteral("SELECT version FROM item WHERE id = ?"), {id});
    if (!now)
        return now.error();
    if (!now->next())
        return missingItem();
    return now->value(0).toInt();
}

Status ItemRepository::setStatus(ItemId id, ItemStatus status, KnownVersion known)
{
    return changeTracked(id,
                         QStringLiteral("status"),
                         HistoryField::StatusChanged,
                         storageName(status),
                         storageName(status),
                         known);
}

Status ItemRepository::setEstimate(ItemId id, std::optional<double> estimate, KnownVersion known)
{
    if (estimate && *estimate < 0)
        return Error{QCoreApplication::translate("Ordo::Storage", "An estimate cannot be negative.")};
    return changeTracked(id,
                         QStringLiteral("estimate"),
                         HistoryField::EstimateChanged,
                         Sql::nullable(estimate),
                         estimateText(estimate),
                         known);
}

Status ItemRepository::setSprint(ItemId id, std::optional<SprintId> sprint, KnownVersion known)
{
    return changeTracked(id,
                         QStringLiteral("sprint_id"),
                         HistoryField::SprintChanged,
                         Sql::nullable(sprint),
                         idText(sprint),
                         known);
}

Status ItemRepository::setArchived(ItemId id, bool archived, KnownVersion known)
{
    const QString text = archived ? QStringLiteral("1") : QStringLiteral("0");
    const QSqlDatabase db = m_database.connection();
    return UniqueKeys::retrying(db, [&]() -> Status {
        Transaction transaction(db);
        if (auto begun = transaction.begun(); !begun)
            return begun;
        // An archived item keeps its key, so that it comes back to its place. If an item of
        // the backlog holds that key by now, it comes back just below that one (and the same
        // the other way round).
        KnownVersion expected = known;
        auto held = UniqueKeys::held(db, {id});
        if (!held)
            return held.error();
        if (const auto now = held->constFind(id); now != held->cend() && now->archived != archived) {
            auto free = UniqueKeys::freeKey(db, now->key, {id}, {});
            if (!free)
                return free.error();
            if (*free != now->key) {
                if (auto moved = changeTracked(id, QStringLiteral("order_key"), HistoryField::OrderChanged, *free, *free, expected);
                    !moved) {
                    return moved;
                }
                if (expected)
                    ++*expected;
            }
        }
        if (auto written = changeTracked(id, QStringLiteral("archived"), HistoryField::ArchivedChanged, archived ? 1 : 0, text, expected);
            !written) {
            return written;
        }
        return transaction.commit();
    });
}

Status ItemRepository::setParent(ItemId id, std::optional<ItemId> parent, KnownVersion known)
{
    if (parent && *parent == id)
        return Error{QCoreApplication::translate("Ordo::Storage", "An item cannot be its own epic.")};
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    auto updated = Sql::execList(db,
                                 QStringLiteral("UPDATE item SET parent_id = ?, updated_at = ?, version = version + 1 "
                                                "WHERE id = ?%1")
                                     .arg(versionCheck(known)),
                                 withVersion({Sql::nullable(parent), Sql::timestamp(m_database.now()), id}, known));
    if (!updated)
        return updated.error();
    if (known && updated->numRowsAffected() != 1)
        return conflictOf(db, id, QStringLiteral("parent_id"), Sql::nullable(parent));
    return transaction.commit();
}

Status ItemRepository::addDependency(ItemId id, ItemId dependsOn)
{
    if (id == dependsOn)
        return Error{QCoreApplication::translate("Ordo::Storage", "An item cannot depend on itself.")};
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    // Refuse cycles: does `dependsOn` already (transitively) depend on `id`?
    auto cycle = Sql::scalar(db,
                             QStringLiteral("WITH RECURSIVE reach(n) AS (SELECT CAST(? AS BIGINT) UNION "
                                            "SELECT d.depends_on_id FROM dependency d JOIN reach "
                                            "ON d.item_id = reach.n) "
                                            "SELECT count(*) FROM reach WHERE n = ?"),
                             {dependsOn, id});
    if (!cycle)
        return cycle.error();
    if (cycle->toInt() > 0)
        return Error{QCoreApplication::translate("Ordo::Storage", "This dependency would create a cycle: the other item already depends on "
                        "this one.")};
    if (auto inserted = Sql::exec(db,
                                  Sql::insertOrIgnore(db, QStringLiteral("dependency (item_id, "
                                                                         "depends_on_id) VALUES (?, ?)")),
                                  {id, dependsOn});
        !inserted) {
        return inserted.error();
    }
    return transaction.commit();
}

Expected<QList<Dependency>> ItemRepository::dependencies() const
{
    auto query = Sql::exec(m_database.connection(),
                           QStringLiteral("SELECT item_id, depends_on_id FROM dependency"));
    if (!query)
        return query.error();
    QList<Dependency> result;
    while (query->next())
        result.append({query->value(0).toLongLong(), query->value(1).toLongLong()});
    return result;
}

Status ItemRepository::setTitle(ItemId id, const QString &title, KnownVersion known)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty())
        return Error{QCoreApplication::translate("Ordo::Storage", "A Product Backlog item needs a title.")};
    return setUntracked(id, QStringLiteral("title"), trimmed, known);
}

Status ItemRepository::setScore(ItemId id, ScoreField field, const QVariant &value, KnownVersion known)
{
    const bool none = !value.isValid() || value.isNull();
    QString column;
    QVariant stored;
    switch (field) {
    case ScoreField::MoSCoW:
        column = QStringLiteral("moscow");
        if (!none)
            stored = storageName(MoSCoW(value.toInt()));
        break;
    case ScoreField::Kano:
        column = QStringLiteral("kano");
        if (!none)
            stored = storageName(KanoCategory(value.toInt()));
        break;
    case ScoreField::BusinessValue:
    case ScoreField::TimeCriticality:
    case ScoreField::RiskReduction:
        column = field == ScoreField::BusinessValue     ? QStringLiteral("business_value")
                 : field == ScoreField::TimeCriticality ? QStringLiteral("time_criticality")
                                                        : QStringLiteral("risk_reduction");
        if (!none) {
            if (!Scoring::isOnWsjfScale(value.toInt())) {
                return Error{QCoreApplication::translate("Ordo::Storage",
                                                         "WSJF inputs take 1, 2, 3, 5, 8, 13 or 20.")};
            }
            stored = value.toInt();
        }
        break;
    case ScoreField::JobSize:
    case ScoreField::Value:
    case ScoreField::Effort:
        column = field == ScoreField::JobSize ? QStringLiteral("job_size")
                 : field == ScoreField::Value ? QStringLiteral("value")
                                              : QStringLiteral("effort");
        if (!none) {
            if (value.toDouble() < 0 || !std::isfinite(value.toDouble())) {
                return Error{QCoreApplication::translate("Ordo::Storage",
                                                         "A score cannot be negative.")};
            }
            stored = value.toDouble();
        }
        break;
    }
    return setUntracked(id, column, stored, known);
}

Status ItemRepository::setServesGoal(ItemId id, bool serves, KnownVersion known)
{
    return setUntracked(id, QStringLiteral("serves_goal"), serves ? 1 : 0, known);
}

Status ItemRepository::setServesSprintGoal(ItemId id, bool serves, KnownVersion known)
{
    return setUntracked(id, QStringLiteral("serves_sprint_goal"), serves ? 1 : 0, known);
}

Status ItemRepository::setType(ItemId id, ItemType type, KnownVersion known)
{
    return setUntracked(id, QStringLiteral("type"), storageName(type), known);
}

Status ItemRepository::setUntracked(ItemId id, const QString &column, const QVariant &value, KnownVersion known)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    // `column` is one of a fixed set of names chosen by this class, never user input.
    auto updated = Sql::execList(db,
                                 QStringLiteral("UPDATE item SET %1 = ?, updated_at = ?, version = version + 1 "
                                                "WHERE id = ?%2")
                                     .arg(column, versionCheck(known)),
                                 withVersion({value, Sql::timestamp(m_database.now()), id}, known));
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return known ? conflictOf(db, id, column, value) : missingItem();
    return transaction.commit();
}

Status ItemRepository::touch(ItemId id, KnownVersion known, const QString &column, const QVariant &mine)
{
    const QSqlDatabase db = m_database.connection();
    auto updated = Sql::execList(db,
                                 QStringLiteral("UPDATE item SET updated_at = ?, version = version + 1 WHERE id = ?%1")
                                     .arg(versionCheck(known)),
                                 withVersion({Sql::timestamp(m_database.now()), id}, known));
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 1)
        return success();
    if (!known)
        return missingItem();
    Error refused = conflictOf(db, id, QString(), mine);
    if (!refused.isConflict())
        return refused;
    // What the item's other table holds now, as a list of texts like `mine`.
    auto conflict = std::make_shared<WriteConflict>(*refused.conflict);
    conflict->column = column;
    auto theirs = Sql::exec(db,
                            column == QLatin1String("labels")
                                ? QStringLiteral("SELECT l.name FROM item_label il JOIN label l ON l.id = il.label_id "
                                                 "WHERE il.item_id = ? ORDER BY l.name")
                                : QStringLiteral("SELECT text FROM acceptance_criterion WHERE item_id = ? "
                                                 "ORDER BY position"),
                            {id});
    if (!theirs)
        return theirs.error();
    QStringList texts;
    while (theirs->next())
        texts.append(theirs->value(0).toString());
    conflict->theirs = texts;
    refused.conflict = std::move(conflict);
    return refused;
}

Status ItemRepository::deletePermanently(ItemId id)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (auto deleted = Sql::exec(db, QStringLiteral("DELETE FROM item WHERE id = ?"), {id}); !deleted)
        return deleted.error();
    return transaction.commit();
}

Status ItemRepository::removeDependency(ItemId id, ItemId dependsOn)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (auto removed = Sql::exec(db,
                                 QStringLiteral("DELETE FROM dependency WHERE item_id = ? AND "
                                                "depends_on_id = ?"),
                                 {id, dependsOn});
        !removed) {
        return removed.error();
    }
    return transaction.commit();
}

namespace {

QString columnOf(ItemRepository::TextField field)
{
    using F = ItemRepository::TextField;
    switch (field) {
    case F::Role: return QStringLiteral("role");
    case F::Want: return QStringLiteral("want");
    case F::Benefit: return QStringLiteral("benefit");
    case F::Description: return QStringLiteral("description");
    case F::Requester: return QStringLiteral("requester");
    case F::ImpactHypothesis: return QStringLiteral("impact_hypothesis");
    case F::MetricName: return QStringLiteral("metric_name");
    }
    Q_UNREACHABLE();
    return QString();
}

QString columnOf(ItemRepository::NumberField field)
{
    using F = ItemRepository::NumberField;
    switch (field) {
    case F::MetricBaseline: return QStringLiteral("metric_baseline");
    case F::MetricTarget: return QStringLiteral("metric_target");
    }
    Q_UNREACHABLE();
    return QString();
}

} // namespace

Status ItemRepository::setText(ItemId id, TextField field, const QString &text, KnownVersion known)
{
    return setUntracked(id, columnOf(field), text, known);
}

Status ItemRepository::setNumber(ItemId id, NumberField field, std::optional<double> value, KnownVersion known)
{
    return setUntracked(id, columnOf(field), Sql::nullable(value), known);
}

Status ItemRepository::setMeasurement(ItemId id, std::optional<double> actual, QDate measuredOn, KnownVersion known)
{
    if (actual && !std::isfinite(*actual))
        return Error{QCoreApplication::translate("Ordo::Storage", "A measured value must be a number.")};
    if (!actual && measuredOn.isValid()) {
        return Error{QCoreApplication::translate("Ordo::Storage",
                                                 "A measurement date needs the value measured on it.")};
    }
    // The database clock's day, as the user sees it: tests and the demo replay the past.
    const QDateTime at = m_database.now();
    if (measuredOn.isValid() && measuredOn > at.toLocalTime().date()) {
        //: %1 is the date the user entered for a success metric's measurement
        return Error{QCoreApplication::translate("Ordo::Storage",
                                                 "A measurement cannot be dated in the future (%1).")
                         .arg(QLocale().toString(measuredOn, QLocale::ShortFormat))};
    }
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    auto current = Sql::exec(db,
                             QStringLiteral("SELECT metric_actual, metric_measured_on, version FROM item WHERE id = ?"),
                             {id});
    if (!current)
        return current.error();
    if (!current->next())
        return missingItem();
    if (known && current->value(2).toInt() != *known)
        return conflictOf(db, id, QStringLiteral("metric_actual"), Sql::nullable(actual));
    const std::optional<double> oldActual = Sql::optionalOf<double>(current->value(0));
    const QDate oldDate = dateOf(current->value(1));
    if (oldActual == actual && oldDate == measuredOn)
        return transaction.commit(); // nothing changes, nothing is written

    auto updated = Sql::execList(db,
                                 QStringLiteral("UPDATE item SET metric_actual = ?, metric_measured_on = ?, "
                                                "updated_at = ?, version = version + 1 WHERE id = ?%1")
                                     .arg(versionCheck(known)),
                                 withVersion({Sql::nullable(actual), dateValue(measuredOn), Sql::timestamp(at), id},
                                             known));
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return known ? conflictOf(db, id, QStringLiteral("metric_actual"), Sql::nullable(actual)) : missingItem();
    if (auto recorded = HistoryRepository::record(
            db, {0, id, at, HistoryField::MetricMeasured, measurementText(oldActual), measurementText(actual)});
        !recorded) {
        return recorded;
    }
    return transaction.commit();
}

Status ItemRepository::setInvestChecks(ItemId id, InvestChecks checks, KnownVersion known)
{
    return setUntracked(id, QStringLiteral("invest_checks"), int(checks & allInvestChecks), known);
}

Status ItemRepository::setSplitFrom(ItemId id, std::optional<ItemId> original, KnownVersion known)
{
    return setUntracked(id, QStringLiteral("split_from_id"), Sql::nullable(original), known);
}

Status ItemRepository::setLabels(ItemId id, const QStringList &labels, KnownVersion known)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (auto touched = touch(id, known, QStringLiteral("labels"), labels); !touched)
        return touched;
    if (auto cleared = Sql::exec(db, QStringLiteral("DELETE FROM item_label WHERE item_id = ?"), {id});
        !cleared) {
        return cleared.error();
    }
    if (auto written = writeLabels(db, id, labels); !written)
        return written;
    // A label no item uses any more leaves the filter's list.
    if (auto pruned = Sql::exec(db,
                                QStringLiteral("DELETE FROM label WHERE id NOT IN "
                                               "(SELECT label_id FROM item_label)"));
        !pruned) {
        return pruned.error();
    }
    return transaction.commit();
}

Status ItemRepository::setCriteria(ItemId id, const QStringList &texts, KnownVersion known)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (auto touched = touch(id, known, QStringLiteral("criteria"), texts); !touched)
        return touched;
    // Criteria keep their ids by position, so a criterion edited in place
    // stays the same criterion for the sprint review's verdicts.
    auto existing = Sql::exec(db,
                              QStringLiteral("SELECT id FROM acceptance_criterion WHERE item_id = ? "
                                             "ORDER BY position"),
                              {id});
    if (!existing)
        return existing.error();
    QList<qint64> ids;
    while (existing->next())
        ids.append(existing->value(0).toLongLong());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        auto written = i < ids.size()
                           ? Sql::exec(db,
                                       QStringLiteral("UPDATE acceptance_criterion SET position = ?, "
                                                      "text = ? WHERE id = ?"),
                                       {int(i), texts.at(i), ids.at(i)})
                           : Sql::exec(db,
                                       QStringLiteral("INSERT INTO acceptance_criterion (item_id, "
                                                      "position, text) VALUES (?, ?, ?)"),
                                       {id, int(i), texts.at(i)});
        if (!written)
            return written.error();
    }
    for (qsizetype i = texts.size(); i < ids.size(); ++i) {
        if (auto removed = Sql::exec(db,
                                     QStringLiteral("DELETE FROM acceptance_criterion WHERE id = ?"),
                                     {ids.at(i)});
            !removed) {
            return removed.error();
        }
    }
    return transaction.commit();
}

Status ItemRepository::moveCriterion(ItemId id, int from, int to, KnownVersion known)
{
    auto item = load(id);
    if (!item)
        return item.error();
    const auto &criteria = item->criteria;
    if (from < 0 || from >= criteria.size() || to < 0 || to >= criteria.size())
        return Error{QCoreApplication::translate("Ordo::Storage", "There is no such acceptance criterion.")};
    QList<qint64> ids;
    for (const AcceptanceCriterion &c : criteria)
        ids.append(c.id);
    ids.move(from, to);
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (auto moved = Sql::exec(db,
                                   QStringLiteral("UPDATE acceptance_criterion SET position = ? "
                                                  "WHERE id = ?"),
                                   {int(i), ids.at(i)});
            !moved) {
            return moved.error();
        }
    }
    QStringList texts;
    for (qint64 criterion : std::as_const(ids)) {
        for (const AcceptanceCriterion &c : criteria) {
            if (c.id == criterion)
                texts.append(c.text);
        }
    }
    if (auto touched = touch(id, known, QStringLiteral("criteria"), texts); !touched)
        return touched;
    return transaction.commit();
}

} // namespace Ordo
