#include "sprintoperations.h"

#include "domain/orderkey.h"
#include "readiness.h"
#include "sprintplanning.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Ordo::SprintOperations {
namespace {

QString tr(const char *text, int n = -1) { return QCoreApplication::translate("Ordo::SprintOperations", text, nullptr, n); }

const Sprint *findSprint(const QList<Sprint> &sprints, SprintId id)
{
    for (const Sprint &sprint : sprints) {
        if (sprint.id == id)
            return &sprint;
    }
    return nullptr;
}

// The sprint an action is about, or why there is none.
Expected<const Sprint *> sprintToChange(const QList<Sprint> &sprints, SprintId id)
{
    if (const Sprint *sprint = findSprint(sprints, id))
        return sprint;
    return Error{tr("The sprint no longer exists.")};
}

// Rows of `ids` in backlog order, or the message for an id that is not in the backlog.
Expected<QList<const BacklogRow *>> rowsOf(const QList<BacklogRow> &rows, const QList<ItemId> &ids)
{
    const QSet<ItemId> wanted(ids.cbegin(), ids.cend());
    QList<const BacklogRow *> found;
    for (const BacklogRow &row : rows) {
        if (wanted.contains(row.id))
            found.append(&row);
    }
    if (found.size() != wanted.size())
        return Error{tr("An item is no longer in the backlog: it was archived or deleted.")};
    return found;
}

Decision scopeDecision(const Sprint &sprint, const QList<const BacklogRow *> &items, bool adding, const QString &reason, const QDateTime &now)
{
    Decision decision;
    if (items.size() == 1)
        decision.itemId = items.front()->id;
    QStringList titles;
    for (const BacklogRow *row : items)
        titles.append(row->title);
    decision.decision = (adding ? QCoreApplication::translate("Ordo::SprintOperations", "Added to %1 after its start: %2")
                                : QCoreApplication::translate("Ordo::SprintOperations", "Removed from %1 after its start: %2"))
                            .arg(sprint.name, titles.join(QStringLiteral("; ")));
    decision.reasoning = reason.trimmed();
    decision.decidedAt = now;
    return decision;
}

// Keys above every row that is not one of `moving`, for `count` items, in order.
QList<QString> topKeys(const QList<BacklogRow> &rows, const QSet<ItemId> &moving, int count)
{
    QString first;
    for (const BacklogRow &row : rows) {
        if (!moving.contains(row.id)) {
            first = row.orderKey;
            break;
        }
    }
    return OrderKey::spread(QString(), first, count);
}

// To Do means "in this sprint's plan": outside a sprint the item is ready again.
ItemStatus statusInBacklog(ItemStatus status)
{
    return status == ItemStatus::ToDo ? ItemStatus::Ready : status;
}

// An item leaving its sprint unaccepted: into `sprint` (0: the backlog), at `key` (empty: where it
// is). Work that is not accepted is not done: Done becomes In Progress.
SprintPlacement carriedOver(const BacklogRow &row, SprintId sprint, const QString &key)
{
    SprintPlacement placement = placementOf(row);
    placement.sprint = sprint;
    placement.servesSprintGoal = false;
    if (placement.status == ItemStatus::Done)
        placement.status = ItemStatus::InProgress;
    if (sprint == 0)
        placement.status = statusInBacklog(placement.status);
    if (!key.isEmpty())
        placement.orderKey = key;
    return placement;
}

// `returning` to the top of the backlog, in their order, above every other item.
void toTopOfBacklog(const QList<BacklogRow> &rows, const QList<const BacklogRow *> &returning, SprintChange &change)
{
    QSet<ItemId> moving;
    for (const BacklogRow *row : returning)
        moving.insert(row->id);
    const QList<QString> keys = topKeys(rows, moving, int(returning.size()));
    for (qsizetype i = 0; i < returning.size(); ++i)
        change.items.append(carriedOver(*returning.at(i), 0, i < keys.size() ? keys.at(i) : QString()));
}

bool isBoardStatus(ItemStatus status)
{
    return status == ItemStatus::ToDo || status == ItemStatus::InProgress || status == ItemStatus::InReview
           || status == ItemStatus::Done;
}

double pointsOfRow(const BacklogRow &row) { return row.isEstimated() ? double(row.estimate) : 0.0; }

} // namespace

SprintPlacement placementOf(const BacklogRow &row)
{
    return {row.id, row.sprintId, row.status, row.orderKey, row.servesSprintGoal};
}

SprintChange before(const SprintChange &change,
                    const QList<BacklogRow> &rows,
                    const QList<Sprint> &sprints,
                    const QList<qint64> &addedDecisions)
{
    SprintChange undo;
    for (const Sprint &sprint : change.sprints) {
        if (const Sprint *was = findSprint(sprints, sprint.id))
            undo.sprints.append(*was);
    }
    QSet<ItemId> ids;
    for (const SprintPlacement &placement : change.items)
        ids.insert(placement.id);
    for (const BacklogRow &row : rows) {
        if (ids.contains(row.id))
            undo.items.append(placementOf(row));
    }
    // Sprints the change creates are deleted again, after their items have left them.
    for (const Sprint &sprint : change.sprints) {
        if (!findSprint(sprints, sprint.id))
            undo.deletedSprints.append(sprint.id);
    }
    for (SprintId id : change.deletedSprints) {
        if (const Sprint *was = findSprint(sprints, id))
            undo.sprints.append(*was);
    }
    undo.removedDecisions = addedDecisions;
    return undo;
}

QList<const BacklogRow *> itemsOf(const QList<BacklogRow> &rows, SprintId sprint)
{
    QList<const BacklogRow *> items;
    if (sprint == 0)
        return items;
    for (const BacklogRow &row : rows) {
        if (row.sprintId == sprint && !row.archived)
            items.append(&row);
    }
    return items;
}

Expected<SprintChange> pull(const QList<BacklogRow> &rows,
                            const QList<Sprint> &sprints,
                            const QList<ItemId> &ids,
                            SprintId sprintId,
                            const QString &reason,
                            const QDateTime &now)
{
    const auto target = sprintToChange(sprints, sprintId);
    if (!target)
        return target.error();
    const Sprint *sprint = *target;
    if (sprint->isOver())
        return Error{tr("“%1” is over: its items are frozen.").arg(sprint->name)};
    auto found = rowsOf(rows, ids);
    if (!found)
        return found.error();
    const bool active = sprint->state == SprintState::Active;
    SprintChange change;
    QList<const BacklogRow *> added;
    for (const BacklogRow *row : std::as_const(*found)) {
        if (row->archived)
            return Error{tr("“%1” is archived: restore it before planning it.").arg(row->title)};
        if (!Readiness::appliesTo(row->type))
            return Error{tr("“%1” is an epic: pull its stories into the sprint instead.").arg(row->title)};
        if (isFinishedStatus(row->status))
            return Error{tr("“%1” is already finished.").arg(row->title)};
        if (row->sprintId == sprintId)
            continue;
        if (row->sprintId != 0) {
            const Sprint *other = findSprint(sprints, row->sprintId);
            if (other && other->state != SprintState::Planned)
                return Error{tr("“%1” belongs to “%2”, which has started.").arg(row->title, other->name)};
        }
        SprintPlacement placement = placementOf(*row);
        placement.sprint = sprintId;
        placement.servesSprintGoal = false;
        if (active && !isBoardStatus(placement.status))
            placement.status = ItemStatus::ToDo;
        change.items.append(placement);
        added.append(row);
    }
    if (active && !added.isEmpty()) {
        if (reason.trimmed().isEmpty())
            return Error{tr("Adding work to a running sprint is a scope change: say why, for the decision log.")};
        change.decisions.append(scopeDecision(*sprint, added, true, reason, now));
    }
    return change;
}

Expected<SprintChange> push(const QList<BacklogRow> &rows,
                            const QList<Sprint> &sprints,
                            const QList<ItemId> &ids,
                            const QString &reason,
                            const QDateTime &now)
{
    auto found = rowsOf(rows, ids);
    if (!found)
        return found.error();
    SprintChange change;
    QHash<SprintId, QList<const BacklogRow *>> removedFromActive;
    for (const BacklogRow *row : std::as_const(*found)) {
        if (row->sprintId == 0)
            continue;
        const Sprint *sprint = findSprint(sprints, row->sprintId);
        if (sprint && sprint->isOver())
            return Error{tr("“%1” is over: its items are frozen.").arg(sprint->name)};
        if (row->status == ItemStatus::Accepted)
            return Error{tr("“%1” was accepted in its sprint and stays there.").arg(row->title)};
        SprintPlacement placement = placementOf(*row);
        placement.sprint = 0;
        placement.servesSprintGoal = false;
        placement.status = statusInBacklog(row->status);
        change.items.append(placement);
        if (sprint && sprint->state == SprintState::Active)
            removedFromActive[sprint->id].append(row);
    }
    for (auto it = removedFromActive.cbegin(); it != removedFromActive.cend(); ++it) {
        if (reason.trimmed().isEmpty())
            return Error{tr("Taking work out of a running sprint is a scope change: say why, for the decision log.")};
        change.decisions.append(scopeDecision(*findSprint(sprints, it.key()), it.value(), false, reason, now));
    }
    return change;
}

Expected<SprintChange> start(const QList<BacklogRow> &rows, const QList<Sprint> &sprints, SprintId sprintId, const QDateTime &now)
{
    const auto target = sprintToChange(sprints, sprintId);
    if (!target)
        return target.error();
    const Sprint *sprint = *target;
    if (sprint->state != SprintState::Planned)
        return Error{tr("“%1” is not a planned sprint.").arg(sprint->name)};
    for (const Sprint &other : sprints) {
        if (other.state == SprintState::Active)
            return Error{tr("“%1” is still running: close or cancel it before starting another.").arg(other.name)};
    }
    SprintChange change;
    Sprint started = *sprint;
    started.state = SprintState::Active;
    started.startedAt = now;
    change.sprints.append(started);
    for (const BacklogRow *row : itemsOf(rows, sprintId)) {
        if (isBoardStatus(row->status) || isFinishedStatus(row->status))
            continue;
        SprintPlacement placement = placementOf(*row);
        placement.status = ItemStatus::ToDo;
        change.items.append(placement);
    }
    change.commitSprint = sprintId;
    return change;
}

Expected<SprintChange> cancel(const QList<BacklogRow> &rows,
                              const QList<Sprint> &sprints,
                              SprintId sprintId,
                              const QString &reason,
                              const QDateTime &now)
{
    const auto target = sprintToChange(sprints, sprintId);
    if (!target)
        return target.error();
    const Sprint *sprint = *target;
    if (sprint->isOver())
        return Error{tr("“%1” is already over.").arg(sprint->name)};
    if (reason.trimmed().isEmpty())
        return Error{tr("Cancelling a sprint needs a reason, for the decision log.")};
    SprintChange change;
    Sprint cancelled = *sprint;
    cancelled.state = SprintState::Cancelled;
    cancelled.closedAt = now;
    // The sprint ends the day it is cancelled (or before its first day: it never ran).
    const QDate today = now.toLocalTime().date();
    if (today < cancelled.end)
        cancelled.end = std::max(cancelled.start, today);
    change.sprints.append(cancelled);

    QList<const BacklogRow *> returning;
    for (const BacklogRow *row : itemsOf(rows, sprintId)) {
        if (row->status != ItemStatus::Accepted)
            returning.append(row);
    }
    toTopOfBacklog(rows, returning, change);
    Decision decision;
    decision.decision = tr("Cancelled %1").arg(sprint->name);
    decision.reasoning = reason.trimmed();
    decision.decidedAt = now;
    change.decisions.append(decision);
    return change;
}

QList<ItemId> unfinishedItems(const QList<BacklogRow> &rows, SprintId sprint)
{
    QList<ItemId> ids;
    for (const BacklogRow *row : itemsOf(rows, sprint)) {
        if (!isFinishedStatus(row->status))
            ids.append(row->id);
    }
    return ids;
}

QList<ItemId> doneNotAccepted(const QList<BacklogRow> &rows, SprintId sprint)
{
    QList<ItemId> ids;
    for (const BacklogRow *row : itemsOf(rows, sprint)) {
        if (row->status == ItemStatus::Done)
            ids.append(row->id);
    }
    return ids;
}

Expected<SprintChange> close(const QList<BacklogRow> &rows,
                             const QList<Sprint> &sprints,
                             SprintId sprintId,
                             const CloseChoices &choices,
                             const QDateTime &now)
{
    const auto target = sprintToChange(sprints, sprintId);
    if (!target)
        return target.error();
    const Sprint *sprint = *target;
    if (sprint->state != SprintState::Active)
        return Error{tr("Only the active sprint can be closed; “%1” is not running.").arg(sprint->name)};

    SprintChange change;
    Sprint closed = *sprint;
    closed.state = SprintState::Closed;
    closed.closedAt = now;
    change.sprints.append(closed);

    QList<const BacklogRow *> toTop, toNext, toOldPlace;
    for (const BacklogRow *row : itemsOf(rows, sprintId)) {
        if (row->status == ItemStatus::Accepted)
            continue;
        if (row->status == ItemStatus::Done) {
            const auto verdict = choices.doneItems.find(row->id);
            if (verdict == choices.doneItems.cend())
                return Error{tr("“%1” is done but not accepted: accept it, or count it as not done, before closing.").arg(row->title)};
            if (*verdict == DoneVerdict::Accept) {
                SprintPlacement placement = placementOf(*row);
                placement.status = ItemStatus::Accepted;
                change.items.append(placement);
                continue;
            }
        }
        switch (choices.carryOver.value(row->id, CarryOver::TopOfBacklog)) {
        case CarryOver::TopOfBacklog: toTop.append(row); break;
        case CarryOver::NextSprint: toNext.append(row); break;
        case CarryOver::OldPlace: toOldPlace.append(row); break;
        }
    }

    SprintId next = 0;
    if (!toNext.isEmpty()) {
        for (const Sprint &other : sprints) {
            if (other.state == SprintState::Planned && (next == 0 || other.start < findSprint(sprints, next)->start))
                next = other.id;
        }
        if (next == 0) {
            Sprint created = SprintPlanning::nextSprint(sprints, choices.sprintLengthDays,
                                                        now.toLocalTime().date(), choices.workingDays);
            SprintId maxId = 0;
            for (const Sprint &other : sprints)
                maxId = std::max(maxId, other.id);
            created.id = maxId + 1;
            next = created.id;
            change.sprints.append(created);
        }
    }

    toTopOfBacklog(rows, toTop, change);
    for (const BacklogRow *row : std::as_const(toNext))
        change.items.append(carriedOver(*row, next, QString()));
    for (const BacklogRow *row : std::as_const(toOldPlace))
        change.items.append(carriedOver(*row, 0, QString()));
    return change;
}

Expected<SprintChange> moveOnBoard(const QList<BacklogRow> &rows,
                                   const QList<Sprint> &sprints,
                                   const QList<ItemId> &ids,
                                   ItemStatus status)
{
    if (!isBoardStatus(status))
        return Error{tr("“%1” is not a column of the board.").arg(displayName(status))};
    auto found = rowsOf(rows, ids);
    if (!found)
        return found.error();
    SprintChange change;
    for (const BacklogRow *row : std::as_const(*found)) {
        const Sprint *sprint = findSprint(sprints, row->sprintId);
        if (!sprint || sprint->state != SprintState::Active)
            return Error{tr("“%1” is not in the active sprint.").arg(row->title)};
        if (row->status == ItemStatus::Accepted)
            return Error{tr("“%1” is accepted: its work is finished.").arg(row->title)};
        if (row->status == status)
            continue;
        SprintPlacement placement = placementOf(*row);
        placement.status = status;
        change.items.append(placement);
    }
    return change;
}

Expected<SprintChange> setServesSprintGoal(const QList<BacklogRow> &rows,
                                           const QList<Sprint> &sprints,
                                           const QList<ItemId> &ids,
                                           bool serves)
{
    auto found = rowsOf(rows, ids);
    if (!found)
        return found.error();
    SprintChange change;
    for (const BacklogRow *row : std::as_const(*found)) {
        const Sprint *sprint = findSprint(sprints, row->sprintId);
        if (!sprint)
            return Error{tr("“%1” is in no sprint.").arg(row->title)};
        if (sprint->isOver())
            return Error{tr("“%1” is over: its items are frozen.").arg(sprint->name)};
        if (row->servesSprintGoal == serves)
            continue;
        SprintPlacement placement = placementOf(*row);
        placement.servesSprintGoal = serves;
        change.items.append(placement);
    }
    return change;
}

Points pointsOf(const QList<BacklogRow> &rows, SprintId sprint)
{
    Points points;
    for (const BacklogRow *row : itemsOf(rows, sprint)) {
        ++points.items;
        if (!row->isEstimated())
            ++points.unestimated;
        const double p = pointsOfRow(*row);
        points.total += p;
        if (isFinishedStatus(row->status))
            points.done += p;
        else
            points.remaining += p;
    }
    return points;
}

QHash<SprintId, Points> pointsBySprint(const QList<BacklogRow> &rows)
{
    QHash<SprintId, Points> points;
    for (const BacklogRow &row : rows) {
        if (row.sprintId == 0 || row.archived)
            continue;
        Points &p = points[row.sprintId];
        ++p.items;
        if (!row.isEstimated())
            ++p.unestimated;
        const double estimate = pointsOfRow(row);
        p.total += estimate;
        (isFinishedStatus(row.status) ? p.done : p.remaining) += estimate;
    }
    return points;
}

Load loadOf(double committed, std::optional<double> capacity, std::optional<double> velocity)
{
    std::optional<double> lower, higher;
    for (const auto &limit : {capacity, velocity}) {
        if (!limit)
            continue;
        lower = lower ? std::min(*lower, *limit) : *limit;
        higher = higher ? std::max(*higher, *limit) : *limit;
    }
    if (!lower || committed <= *lower)
        return Load::Green;
    return committed <= *higher ? Load::Amber : Load::Red;
}

Impact impactOf(const QList<BacklogRow> &rows, SprintId sprint, double adding, std::optional<double> capacity)
{
    Impact impact;
    const QList<const BacklogRow *> items = itemsOf(rows, sprint);
    double total = adding;
    for (const BacklogRow *row : items)
        total += pointsOfRow(*row);
    impact.committedAfter = total;
    if (!capacity)
        return impact;
    impact.aboveCapacity = std::max(0.0, total - *capacity);
    // The added work goes first (it is why the scope changes); the sprint's own items fill what is left.
    double used = adding;
    for (const BacklogRow *row : items) {
        if (isFinishedStatus(row->status)) {
            used += pointsOfRow(*row);
            continue;
        }
    }
    for (const BacklogRow *row : items) {
        if (isFinishedStatus(row->status))
            continue;
        used += pointsOfRow(*row);
        if (used > *capacity)
            impact.unlikely.append(row->id);
    }
    return impact;
}

QList<ItemId> blockingDependencies(const QList<BacklogRow> &rows,
                                   const QList<Sprint> &sprints,
                                   ItemId id,
                                   SprintId sprintId,
                                   const QHash<ItemId, QList<ItemId>> &dependencies)
{
    QList<ItemId> blocking;
    const QList<ItemId> blockers = dependencies.value(id);
    if (blockers.isEmpty())
        return blocking;
    const Sprint *sprint = findSprint(sprints, sprintId);
    const QSet<ItemId> wanted(blockers.cbegin(), blockers.cend());
    for (const BacklogRow &row : rows) {
        if (!wanted.contains(row.id) || row.archived || isFinishedStatus(row.status))
            continue;
        const Sprint *theirs = findSprint(sprints, row.sprintId);
        const bool planned = theirs && sprint && (theirs->id == sprint->id || theirs->start < sprint->start);
        if (!planned)
            blocking.append(row.id);
    }
    return blocking;
}

Fill fillToVelocity(const QList<BacklogRow> &rows,
                    const QList<Sprint> &sprints,
                    SprintId sprintId,
                    double limit,
                    const FillRules &rules)
{
    Fill fill;
    const Points already = pointsOf(rows, sprintId);
    double room = limit - already.total;
    // What each allocated type still has reserved: its share of the limit less what it holds.
    QHash<ItemType, double> reserved;
    for (const auto &[type, percent] : rules.allocation)
        reserved[type] = limit * percent / 100.0;
    for (const BacklogRow *row : itemsOf(rows, sprintId)) {
        if (reserved.contains(row->type))
            reserved[row->type] = std::max(0.0, reserved[row->type] - pointsOfRow(*row));
    }
    // Types with reserved room that the backlog can still fill.
    QHash<ItemType, bool> typeLeft;
    for (const BacklogRow &row : rows) {
        if (reserved.contains(row.type) && Readiness::isPlannable(row) && row.sprintId == 0)
            typeLeft[row.type] = true;
    }
    const auto reservedForOthers = [&](ItemType type) {
        double sum = 0;
        for (auto it = reserved.cbegin(); it != reserved.cend(); ++it) {
            if (it.key() != type && typeLeft.value(it.key()))
                sum += it.value();
        }
        return sum;
    };

    // Two passes: the allocated types first claim their reserved share, then everything in order.
    QSet<ItemId> taken;
    const auto consider = [&](const BacklogRow &row, bool allocatedOnly) {
        if (taken.contains(row.id) || row.sprintId != 0 || !Readiness::isPlannable(row))
            return;
        if (allocatedOnly && (!reserved.contains(row.type) || reserved.value(row.type) <= 0))
            return;
        const auto skip = [&](Skipped::Why why) {
            if (!allocatedOnly)
                fill.skipped.append({row.id, why});
        };
        if (rules.isReady && !rules.isReady(row))
            return skip(Skipped::Why::NotReady);
        if (!row.isEstimated())
            return skip(Skipped::Why::Unestimated);
        const double points = row.estimate;
        if (!blockingDependencies(rows, sprints, row.id, sprintId, rules.dependencies).isEmpty()) {
            // Items taken in this fill count as planned for the ones after them.
            bool stillBlocked = false;
            for (ItemId blocker : blockingDependencies(rows, sprints, row.id, sprintId, rules.dependencies))
                stillBlocked = stillBlocked || !taken.contains(blocker);
            if (stillBlocked)
                return skip(Skipped::Why::Blocked);
        }
        const double free = allocatedOnly ? std::min(room, reserved.value(row.type)) : room - reservedForOthers(row.type);
        if (points > free + 1e-9)
            return allocatedOnly ? void() : skip(Skipped::Why::TooLarge);
        taken.insert(row.id);
        fill.take.append(row.id);
        fill.points += points;
        room -= points;
        if (reserved.contains(row.type))
            reserved[row.type] = std::max(0.0, reserved[row.type] - points);
    };
    if (!reserved.isEmpty()) {
        for (const BacklogRow &row : rows)
            consider(row, true);
        for (auto it = reserved.begin(); it != reserved.end(); ++it)
            it.value() = 0; // claimed or not, the rest is open to everything
    }
    for (const BacklogRow &row : rows)
        consider(row, false);
    // Backlog order, whatever pass took them.
    QList<ItemId> ordered;
    for (const BacklogRow &row : rows) {
        if (taken.contains(row.id))
            ordered.append(row.id);
    }
    fill.take = ordered;
    return fill;
}

} // namespace Ordo::SprintOperations
