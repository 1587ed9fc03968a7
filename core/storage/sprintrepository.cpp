#include "sprintrepository.h"

#include "database.h"
#include "decisionrepository.h"
#include "domain/orderkey.h"
#include "dialect.h"
#include "sql.h"
#include "transaction.h"
#include "uniquekeys.h"

#include "historyrepository.h"
#include "reviewrepository.h"
#include "services/sprintplanning.h"
#include "services/velocity.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Ordo {
namespace {

QVariant timestampOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(Sql::timestamp(at)) : QVariant();
}

QVariant verdictOrNull(const std::optional<GoalVerdict> &verdict)
{
    return verdict ? QVariant(storageName(*verdict)) : QVariant();
}

} // namespace

SprintRepository::SprintRepository(Database &database)
    : m_database(database)
{}

Expected<qint64> SprintRepository::create(const Sprint &sprint)
{
    Transaction transaction(m_database.connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    // Checked inside the transaction, against the sprints as they are in the file.
    if (auto valid = checkAgainstOthers(sprint); !valid)
        return valid.error();
    auto inserted = Sql::exec(m_database.connection(),
                              QStringLiteral("INSERT INTO sprint (id, name, start_date, end_date, goal, "
                                             "capacity, state, started_at, closed_at, goal_verdict, goal_verdict_note) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") + Sql::returningId(m_database.connection()),
                              {sprint.id > 0 ? QVariant(sprint.id) : QVariant(),
                               sprint.name.trimmed(),
                               sprint.start.toString(Qt::ISODate),
                               sprint.end.toString(Qt::ISODate),
                               sprint.goal,
                               Sql::nullable(sprint.capacity),
                               storageName(sprint.state),
                               timestampOrNull(sprint.startedAt),
                               timestampOrNull(sprint.closedAt),
                               verdictOrNull(sprint.goalVerdict),
                               sprint.goalVerdictNote.trimmed()});
    if (!inserted)
        return inserted.error();
    const qint64 id = Sql::insertedId(*inserted);
    if (auto written = writeDaysOff(id, sprint.daysOff); !written)
        return written.error();
    // A new sprint agrees on the product's Definition of Done unless it brings its own.
    QStringList done;
    if (sprint.definitionOfDone) {
        done = *sprint.definitionOfDone;
    } else {
        auto product = Sql::exec(m_database.connection(),
                                 QStringLiteral("SELECT text FROM checklist_item WHERE checklist = 'done' ORDER BY position"));
        if (!product)
            return product.error();
        while (product->next())
            done.append(product->value(0).toString());
    }
    if (auto written = writeDefinitionOfDone(id, done); !written)
        return written.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status SprintRepository::update(const Sprint &sprint)
{
    Transaction transaction(m_database.connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (auto valid = checkAgainstOthers(sprint); !valid)
        return valid;
    // The Definition of Done is the sprint's agreement: it changes only while the sprint is planned.
    if (sprint.definitionOfDone) {
        auto stored = storedDefinitionOfDone(sprint.id);
        if (!stored)
            return stored.error();
        if (stored->first != *sprint.definitionOfDone) {
            if (stored->second != SprintState::Planned) {
                return Error{QCoreApplication::translate("Ordo::Storage",
                                                         "The Definition of Done of “%1” was agreed when it started and no "
                                                         "longer changes.")
                                 .arg(sprint.name)};
            }
            if (auto written = writeDefinitionOfDone(sprint.id, *sprint.definitionOfDone); !written)
                return written;
        }
    }
    auto updated = Sql::exec(m_database.connection(),
                             QStringLiteral("UPDATE sprint SET name = ?, start_date = ?, end_date = ?, goal = ?, "
                                            "capacity = ?, state = ?, started_at = ?, closed_at = ?, goal_verdict = ?, "
                                            "goal_verdict_note = ? WHERE id = ?"),
                             {sprint.name.trimmed(),
                              sprint.start.toString(Qt::ISODate),
                              sprint.end.toString(Qt::ISODate),
                              sprint.goal,
                              Sql::nullable(sprint.capacity),
                              storageName(sprint.state),
                              timestampOrNull(sprint.startedAt),
                              timestampOrNull(sprint.closedAt),
                              verdictOrNull(sprint.goalVerdict),
                              sprint.goalVerdictNote.trimmed(),
                              sprint.id});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error{QCoreApplication::translate("Ordo::Storage", "The sprint no longer exists.")};
    if (auto written = writeDaysOff(sprint.id, sprint.daysOff); !written)
        return written;
    return transaction.commit();
}

Status SprintRepository::remove(SprintId id)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    auto state = Sql::scalar(db, QStringLiteral("SELECT state FROM sprint WHERE id = ?"), {id});
    if (!state)
        return Error{QCoreApplication::translate("Ordo::Storage", "The sprint no longer exists.")};
    if (state->toString() != storageName(SprintState::Planned)) {
        return Error{QCoreApplication::translate("Ordo::Storage",
                                                 "Only a planned sprint can be deleted; a sprint that has "
                                                 "started is cancelled or closed instead.")};
    }
    auto items = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM item WHERE sprint_id = ?"), {id});
    if (!items)
        return items.error();
    if (items->toInt() > 0) {
        return Error{QCoreApplication::translate("Ordo::Storage",
                                                 "The sprint still holds %n item(s): move them back to the "
                                                 "backlog before deleting it.", nullptr, items->toInt())};
    }
    if (auto removed = Sql::exec(db, QStringLiteral("DELETE FROM sprint WHERE id = ?"), {id}); !removed)
        return removed.error();
    return transaction.commit();
}

Status SprintRepository::writeDaysOff(SprintId id, const QList<std::pair<qint64, double>> &daysOff)
{
    const QSqlDatabase db = m_database.connection();
    if (auto cleared = Sql::exec(db, QStringLiteral("DELETE FROM sprint_absence WHERE sprint_id = ?"), {id}); !cleared)
        return cleared.error();
    for (const auto &[member, days] : daysOff) {
        if (days <= 0)
            continue;
        // Only members still in the team: one who left takes their days off along.
        if (auto written = Sql::exec(db,
                                     QStringLiteral("INSERT INTO sprint_absence (sprint_id, member_id, days) "
                                                    "SELECT ?, id, ? FROM team_member WHERE id = ?"),
                                     {id, days, member});
            !written) {
            return written.error();
        }
    }
    return success();
}

Status SprintRepository::writeDefinitionOfDone(SprintId id, const QStringList &done)
{
    const QSqlDatabase db = m_database.connection();
    if (auto cleared = Sql::exec(db, QStringLiteral("DELETE FROM sprint_done WHERE sprint_id = ?"), {id}); !cleared)
        return cleared.error();
    int position = 0;
    for (const QString &text : done) {
        if (text.trimmed().isEmpty())
            continue;
        if (auto written = Sql::exec(db, QStringLiteral("INSERT INTO sprint_done (sprint_id, position, text) VALUES (?, ?, ?)"),
                                     {id, position++, text.trimmed()});
            !written) {
            return written.error();
        }
    }
    return success();
}

Expected<std::pair<QStringList, SprintState>> SprintRepository::storedDefinitionOfDone(SprintId id) const
{
    const QSqlDatabase db = m_database.connection();
    auto state = Sql::scalar(db, QStringLiteral("SELECT state FROM sprint WHERE id = ?"), {id});
    if (!state)
        return Error{QCoreApplication::translate("Ordo::Storage", "The sprint no longer exists.")};
    auto rows = Sql::exec(db, QStringLiteral("SELECT text FROM sprint_done WHERE sprint_id = ? ORDER BY position"), {id});
    if (!rows)
        return rows.error();
    QStringList done;
    while (rows->next())
        done.append(rows->value(0).toString());
    return std::pair{done, sprintStateFromStorage(state->toString()).value_or(SprintState::Planned)};
}

Status SprintRepository::checkAgainstOthers(const Sprint &sprint) const
{
    auto others = all();
    if (!others)
        return others.error();
    return SprintPlanning::check(sprint, *others);
}

Expected<QList<Sprint>> SprintRepository::all() const
{
    auto query = Sql::exec(m_database.connection(),
                           QStringLiteral("SELECT id, name, start_date, end_date, goal, capacity, "
                                          "state, started_at, closed_at, committed_points, completed_points, "
                                          "goal_verdict, goal_verdict_note FROM sprint ORDER BY start_date, id"));
    if (!query)
        return query.error();
    QList<Sprint> sprints;
    while (query->next()) {
        Sprint sprint;
        sprint.id = query->value(0).toLongLong();
        sprint.name = query->value(1).toString();
        sprint.start = QDate::fromString(query->value(2).toString(), Qt::ISODate);
        sprint.end = QDate::fromString(query->value(3).toString(), Qt::ISODate);
        sprint.goal = query->value(4).toString();
        sprint.capacity = Sql::optionalOf<double>(query->value(5));
        sprint.state = sprintStateFromStorage(query->value(6).toString())
                           .value_or(SprintState::Planned);
        if (!query->value(7).isNull())
            sprint.startedAt = Sql::dateTimeOf(query->value(7));
        if (!query->value(8).isNull())
            sprint.closedAt = Sql::dateTimeOf(query->value(8));
        sprint.committedPoints = Sql::optionalOf<double>(query->value(9));
        sprint.completedPoints = Sql::optionalOf<double>(query->value(10));
        sprint.goalVerdict = goalVerdictFromStorage(query->value(11).toString());
        sprint.goalVerdictNote = query->value(12).toString();
        sprints.append(sprint);
    }
    query->finish();
    auto absences = Sql::exec(m_database.connection(),
                              QStringLiteral("SELECT a.sprint_id, a.member_id, a.days FROM sprint_absence a "
                                             "JOIN team_member m ON m.id = a.member_id ORDER BY m.position, m.id"));
    if (!absences)
        return absences.error();
    while (absences->next()) {
        const SprintId sprint = absences->value(0).toLongLong();
        for (Sprint &s : sprints) {
            if (s.id == sprint)
                s.daysOff.append({absences->value(1).toLongLong(), absences->value(2).toDouble()});
        }
    }
    absences->finish();
    QHash<SprintId, QStringList> done;
    auto doneRows = Sql::exec(m_database.connection(),
                              QStringLiteral("SELECT sprint_id, text FROM sprint_done ORDER BY sprint_id, position"));
    if (!doneRows)
        return doneRows.error();
    while (doneRows->next())
        done[doneRows->value(0).toLongLong()].append(doneRows->value(1).toString());
    for (Sprint &s : sprints)
        s.definitionOfDone = done.value(s.id);
    return sprints;
}

Expected<QList<qint64>> SprintRepository::apply(const SprintChange &change, QHash<ItemId, QString> *writtenKeys)
{
    QHash<ItemId, QString> keys;
    auto applied = UniqueKeys::retrying(m_database.connection(), [&] { return applyOnce(change, keys); });
    if (applied && writtenKeys)
        *writtenKeys = std::move(keys);
    return applied;
}

Expected<QList<qint64>> SprintRepository::applyOnce(const SprintChange &change, QHash<ItemId, QString> &keyOf)
{
    const QSqlDatabase db = m_database.connection();
    const Database::FrozenClock clock(m_database);
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();

    auto existing = all();
    if (!existing)
        return existing.error();
    QList<SprintId> stateChanged;
    for (Sprint sprint : change.sprints) {
        const auto known = std::find_if(existing->cbegin(), existing->cend(),
                                        [&sprint](const Sprint &s) { return s.id == sprint.id; });
        // The moment a sprint starts or ends is this action's. Any other change of a sprint that has
        // started keeps the start the file holds, the moment of its commitment rows: an undo of a
        // close or cancel (back into its run), or a redo of one after a redone start, carries the
        // start the sprint had when the command was first done.
        const SprintState before = known == existing->cend() ? SprintState::Planned : known->state;
        if (before != sprint.state)
            stateChanged.append(sprint.id);
        if (sprint.state == SprintState::Active && before == SprintState::Planned)
            sprint.startedAt = clock.at();
        else if (sprint.state != SprintState::Planned && known != existing->cend() && known->startedAt.isValid())
            sprint.startedAt = known->startedAt;
        if (sprint.isOver() && !isFinishedSprint(before))
            sprint.closedAt = clock.at();
        if (known != existing->cend()) {
            if (auto updated = update(sprint); !updated)
                return updated.error();
        } else if (auto created = create(sprint); !created) {
            return created.error();
        }
    }

    // Each item: one row read, one row written, and a history row per tracked field that changes
    // (sprint first, so that a replay sees the item leave its old sprint before its status moves).
    // The three statements are prepared once for all items.
    QSqlQuery read(db);
    QSqlQuery write(db);
    QSqlQuery history(db);
    if (!read.prepare(QStringLiteral("SELECT sprint_id, status, order_key, serves_sprint_goal FROM item WHERE id = ?"))
        || !write.prepare(QStringLiteral("UPDATE item SET sprint_id = ?, status = ?, order_key = ?, "
                                         "serves_sprint_goal = ?, updated_at = ?, version = version + 1 WHERE id = ?"))
        || !history.prepare(QStringLiteral("INSERT INTO history (item_id, at, field, old_value, new_value) "
                                           "VALUES (?, ?, ?, ?, ?)"))) {
        return Sql::errorOf(read.lastError().isValid() ? read : write.lastError().isValid() ? write : history);
    }
    read.setForwardOnly(!Sql::isPostgres(db)); // whole results on PostgreSQL: see Sql::execList()
    const QString at = Sql::timestamp(clock.at());
    // The history rows are written after every item's row: on a server, numbering them waits for
    // the other writers' commits (format 13), and nothing may wait for an item's row after that,
    // or two writers could each wait for the other.
    QList<QVariantList> historyRows;
    const auto record = [&](ItemId id, HistoryField field, const QString &from, const QString &to) -> Status {
        historyRows.append({QVariant(id), QVariant(at), QVariant(storageName(field)), Sql::bindable(from), Sql::bindable(to)});
        return success();
    };
    // The items that get a place in the backlog (back to its top, say): a key another item holds
    // (someone else moved there meanwhile) is replaced by a fresh one, and the items whose key
    // another one of them gets step aside first (UniqueKeys).
    QList<ItemId> placed;
    QList<QString> placedKeys;
    for (const SprintPlacement &placement : change.items) {
        if (!placement.orderKey.isEmpty()) {
            placed.append(placement.id);
            placedKeys.append(placement.orderKey);
        }
    }
    auto keysNow = UniqueKeys::held(db, placed);
    if (!keysNow)
        return keysNow.error();
    auto claimed = UniqueKeys::claim(db, placed, placedKeys, *keysNow, true);
    if (!claimed)
        return claimed.error();
    keyOf.clear();
    for (qsizetype i = 0; i < placed.size(); ++i)
        keyOf.insert(placed.at(i), claimed->at(i));
    for (const SprintPlacement &placement : change.items) {
        read.addBindValue(placement.id);
        if (!read.exec())
            return Sql::errorOf(read);
        if (!read.next())
            return Error{QCoreApplication::translate("Ordo::Storage", "The Product Backlog item no longer exists.")};
        const QVariant sprintNow = read.value(0);
        const QString statusNow = read.value(1).toString();
        // (The key read above: the item may have stepped aside since.)
        const QString keyNow = keysNow->contains(placement.id) ? keysNow->value(placement.id).key : read.value(2).toString();
        const bool goalNow = read.value(3).toInt() != 0;
        read.finish();
        const QString key = keyOf.value(placement.id, keyNow);
        if (!OrderKey::isValid(key))
            return Error{QCoreApplication::translate("Ordo::Storage", "The backlog position “%1” is not valid.").arg(key)};
        const bool sprintChanges = sprintNow.toLongLong() != placement.sprint;
        const bool statusChanges = statusNow != storageName(placement.status);
        const bool keyChanges = key != keyNow;
        if (!sprintChanges && !statusChanges && !keyChanges && goalNow == placement.servesSprintGoal)
            continue;
        for (const QVariant &value : {placement.sprint ? QVariant(placement.sprint) : QVariant(), QVariant(storageName(placement.status)),
                                      QVariant(key), QVariant(placement.servesSprintGoal ? 1 : 0), QVariant(at), QVariant(placement.id)}) {
            write.addBindValue(value);
        }
        if (!write.exec())
            return Sql::errorOf(write);
        if (sprintChanges) {
            if (auto recorded = record(placement.id, HistoryField::SprintChanged, sprintNow.isNull() ? QString() : sprintNow.toString(),
                                       placement.sprint ? QString::number(placement.sprint) : QString());
                !recorded) {
                return recorded.error();
            }
        }
        if (statusChanges) {
            if (auto recorded = record(placement.id, HistoryField::StatusChanged, statusNow, storageName(placement.status)); !recorded)
                return recorded.error();
        }
        if (keyChanges) {
            if (auto recorded = record(placement.id, HistoryField::OrderChanged, keyNow, key); !recorded)
                return recorded.error();
        }
    }

    if (change.commitSprint != 0) {
        auto committed = Sql::exec(db, QStringLiteral("SELECT id, estimate FROM item WHERE sprint_id = ? AND archived = 0"),
                                   {change.commitSprint});
        if (!committed)
            return committed.error();
        const QString sprintText = QString::number(change.commitSprint);
        while (committed->next()) {
            const QVariant estimate = committed->value(1);
            const QString value = estimate.isNull() ? QString() : QString::number(estimate.toDouble());
            if (auto recorded = record(committed->value(0).toLongLong(), HistoryField::Committed, sprintText, value); !recorded)
                return recorded.error();
        }
    }

    for (const QVariantList &row : std::as_const(historyRows)) {
        for (const QVariant &value : row)
            history.addBindValue(value);
        if (!history.exec())
            return Sql::errorOf(history);
    }

    // The figures frozen with a sprint's state: committed when it starts, accepted when it closes;
    // an undo that takes a sprint back clears what it froze. Other edits leave them as they are.
    if (change.commitSprint != 0) {
        if (auto frozen = Sql::exec(db, QStringLiteral("UPDATE sprint SET completed_points = NULL, committed_points = "
                                                       "(SELECT %1 FROM item WHERE sprint_id = ? AND archived = 0) "
                                                       "WHERE id = ?").arg(Sql::totalSql(db, QStringLiteral("estimate"))),
                                    {change.commitSprint, change.commitSprint});
            !frozen) {
            return frozen.error();
        }
    }
    for (const Sprint &sprint : change.sprints) {
        if (sprint.id == change.commitSprint || !stateChanged.contains(sprint.id))
            continue;
        QString set;
        QVariantList values;
        if (sprint.state == SprintState::Closed) {
            set = QStringLiteral("completed_points = (SELECT %1 FROM item WHERE sprint_id = ? "
                                 "AND archived = 0 AND status = 'accepted')").arg(Sql::totalSql(db, QStringLiteral("estimate")));
            values.append(sprint.id);
        } else if (sprint.state == SprintState::Planned) {
            set = QStringLiteral("committed_points = NULL, completed_points = NULL");
        } else {
            set = QStringLiteral("completed_points = NULL");
        }
        values.append(sprint.id);
        if (auto frozen = Sql::execList(db, QStringLiteral("UPDATE sprint SET %1 WHERE id = ?").arg(set), values); !frozen)
            return frozen.error();
    }

    DecisionRepository decisions(m_database);
    QList<qint64> added;
    for (const Decision &decision : change.decisions) {
        auto id = decisions.add(decision);
        if (!id)
            return id.error();
        added.append(*id);
    }
    for (qint64 id : change.removedDecisions) {
        if (auto removed = decisions.remove(id); !removed)
            return removed.error();
    }
    ReviewRepository reviews(m_database);
    for (const ReviewRecord &review : change.reviews) {
        if (auto written = reviews.write(review); !written)
            return written.error();
    }
    for (SprintId id : change.deletedSprints) {
        if (auto removed = remove(id); !removed)
            return removed.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return added;
}

Status SprintRepository::freezeFromHistory(const QSqlDatabase &db)
{
    if (auto committed = Sql::exec(db, QStringLiteral(R"(UPDATE sprint SET committed_points = (
            SELECT %1 FROM history
            WHERE field = 'committed' AND old_value = CAST(sprint.id AS TEXT) AND at >= sprint.started_at)
            WHERE started_at IS NOT NULL AND committed_points IS NULL)")
                                           .arg(Sql::totalSql(db, Sql::realOfTextSql(db, QStringLiteral("new_value")))));
        !committed) {
        return committed.error();
    }
    auto rows = Sql::exec(db, QStringLiteral("SELECT id, end_date, closed_at, completed_points FROM sprint WHERE state = 'closed'"));
    if (!rows)
        return rows.error();
    QList<Sprint> closed;
    QList<SprintId> unfrozen;
    while (rows->next()) {
        Sprint sprint;
        sprint.id = rows->value(0).toLongLong();
        sprint.end = QDate::fromString(rows->value(1).toString(), Qt::ISODate);
        sprint.closedAt = Sql::dateTimeOf(rows->value(2));
        sprint.state = SprintState::Closed;
        closed.append(sprint);
        if (rows->value(3).isNull())
            unfrozen.append(sprint.id);
    }
    rows->finish();
    if (unfrozen.isEmpty())
        return success();
    auto work = HistoryRepository::sprintWork(db);
    if (!work)
        return work.error();
    for (const Velocity::SprintVelocity &velocity : Velocity::ofClosedSprints(closed, *work)) {
        if (!unfrozen.contains(velocity.sprintId))
            continue;
        if (auto set = Sql::exec(db, QStringLiteral("UPDATE sprint SET completed_points = ? WHERE id = ?"),
                                 {velocity.points, velocity.sprintId});
            !set) {
            return set.error();
        }
    }
    return success();
}

} // namespace Ordo
