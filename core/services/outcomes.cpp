#include "outcomes.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace Ordo::Outcomes {
namespace {

struct ItemState
{
    qint64 sprintId = 0;
    qint64 sprintBefore = 0;  // the sprint it left at `sprintChangedAt`
    QDateTime sprintChangedAt;
    std::optional<ItemStatus> status;
    QDateTime readyAt;        // its last move into Ready
    QDateTime acceptedAt;     // its last move into Accepted
    QDateTime readyBeforeAcceptance; // `readyAt` at that moment (invalid when never Ready before)
};

// A closed sprint with the moments its review is judged between.
struct ClosedSprint
{
    qint64 id = 0;
    QDateTime from;   // when it started; invalid when unknown (no lower bound)
    QDateTime cutoff; // when it closed
    QSet<qint64> rejected;
};

QDateTime cutoffOf(const Sprint &sprint)
{
    // Before the closing moment was kept: the end of the sprint's last day (as the velocity does).
    return sprint.closedAt.isValid() ? sprint.closedAt : QDateTime(sprint.end.addDays(1), QTime(0, 0));
}

QDateTime startOf(const Sprint &sprint)
{
    if (sprint.startedAt.isValid())
        return sprint.startedAt;
    return sprint.start.isValid() ? QDateTime(sprint.start, QTime(0, 0)) : QDateTime();
}

bool hasMetric(const SuccessMetric &metric)
{
    return !metric.name.trimmed().isEmpty() && metric.target.has_value();
}

// A rejection at `at` while the item was in `sprintId` counts for that sprint when it falls
// within its run, up to and including the closing moment.
void noteRejection(QHash<qint64, ClosedSprint *> &closedById, qint64 sprintId, qint64 itemId, const QDateTime &at)
{
    ClosedSprint *sprint = closedById.value(sprintId);
    if (!sprint)
        return;
    if ((sprint->from.isValid() && at < sprint->from) || at > sprint->cutoff)
        return;
    sprint->rejected.insert(itemId);
}

void apply(ItemState &state, const HistoryEntry &entry, QHash<qint64, ClosedSprint *> &closedById)
{
    switch (entry.field) {
    case HistoryField::Created:
    case HistoryField::StatusChanged: {
        const std::optional<ItemStatus> status = itemStatusFromStorage(entry.newValue);
        if (status == ItemStatus::Ready && state.status != ItemStatus::Ready)
            state.readyAt = entry.at;
        if (status == ItemStatus::Accepted && state.status != ItemStatus::Accepted) {
            state.acceptedAt = entry.at;
            state.readyBeforeAcceptance = state.readyAt;
        }
        if (entry.field == HistoryField::StatusChanged && status == ItemStatus::Rejected) {
            noteRejection(closedById, state.sprintId, entry.itemId, entry.at);
            // Closing writes the sprint row before the status row of the same item, both at the
            // closing moment: the item was still in the sprint it left then.
            if (state.sprintChangedAt == entry.at && state.sprintBefore != state.sprintId)
                noteRejection(closedById, state.sprintBefore, entry.itemId, entry.at);
        }
        state.status = status;
        break;
    }
    case HistoryField::SprintChanged:
        if (state.sprintChangedAt != entry.at)
            state.sprintBefore = state.sprintId;
        state.sprintChangedAt = entry.at;
        state.sprintId = entry.newValue.toLongLong();
        break;
    case HistoryField::EstimateChanged:
    case HistoryField::OrderChanged:
    case HistoryField::AcceptanceChanged:
    case HistoryField::ArchivedChanged:
    case HistoryField::Committed:
    case HistoryField::MetricMeasured: break;
    }
}

std::optional<double> ratio(double part, double whole)
{
    if (whole <= 0)
        return std::nullopt;
    return part / whole;
}

} // namespace

std::optional<bool> reachedTarget(const SuccessMetric &metric)
{
    if (!hasMetric(metric) || !metric.actual)
        return std::nullopt;
    const double target = *metric.target;
    const double actual = *metric.actual;
    // A target below the baseline means lower is better; otherwise (or without a baseline)
    // higher is better.
    if (metric.baseline && target < *metric.baseline)
        return actual <= target;
    return actual >= target;
}

Summary compute(const QList<Sprint> &sprints,
                const QList<HistoryEntry> &history,
                const QHash<qint64, ItemFacts> &facts,
                int rolling)
{
    QList<Sprint> closedSprints;
    for (const Sprint &sprint : sprints) {
        if (sprint.state == SprintState::Closed && (sprint.closedAt.isValid() || sprint.end.isValid()))
            closedSprints.append(sprint);
    }
    std::stable_sort(closedSprints.begin(), closedSprints.end(), [](const Sprint &a, const Sprint &b) {
        return cutoffOf(a) < cutoffOf(b);
    });

    QList<ClosedSprint> closed;
    closed.reserve(closedSprints.size());
    for (const Sprint &sprint : std::as_const(closedSprints))
        closed.append({sprint.id, startOf(sprint), cutoffOf(sprint), {}});
    QHash<qint64, ClosedSprint *> closedById;
    for (ClosedSprint &sprint : closed)
        closedById.insert(sprint.id, &sprint);

    Summary summary;
    QHash<qint64, ItemState> states;
    QSet<qint64> sampled; // items whose cycle time is counted already
    QList<double> cycleDays;
    qsizetype next = 0;
    for (const ClosedSprint &sprint : std::as_const(closed)) {
        // Rows written in the closing transaction itself carry the closing moment: they count.
        while (next < history.size() && history.at(next).at <= sprint.cutoff) {
            const HistoryEntry &entry = history.at(next);
            apply(states[entry.itemId], entry, closedById);
            ++next;
        }

        SprintOutcome outcome;
        outcome.sprintId = sprint.id;
        QSet<qint64> accepted;
        for (auto it = states.cbegin(); it != states.cend(); ++it) {
            const ItemState &state = it.value();
            if (state.sprintId != sprint.id || state.status != ItemStatus::Accepted)
                continue;
            accepted.insert(it.key());
            const ItemFacts itemFacts = facts.value(it.key());
            ++outcome.accepted;
            outcome.value += itemFacts.businessValue.value_or(0);
            if (hasMetric(itemFacts.metric)) {
                ++outcome.withMetric;
                if (itemFacts.metric.actual)
                    ++outcome.measured;
                if (reachedTarget(itemFacts.metric).value_or(false))
                    ++outcome.reachedTarget;
            } else {
                ++outcome.withoutMetric;
            }
            if (state.readyBeforeAcceptance.isValid() && !sampled.contains(it.key())) {
                sampled.insert(it.key());
                cycleDays.append(double(state.readyBeforeAcceptance.secsTo(state.acceptedAt)) / 86400.0);
            }
        }
        // Rejected and then accepted in the same sprint: accepted only.
        for (const qint64 id : sprint.rejected) {
            if (!accepted.contains(id))
                ++outcome.rejected;
        }
        outcome.reviewed = outcome.accepted + outcome.rejected;
        outcome.outcomeRate = ratio(outcome.reachedTarget, outcome.withMetric);
        outcome.rejectionRate = ratio(outcome.rejected, outcome.reviewed);
        summary.acceptedWithoutMetric += outcome.withoutMetric;
        summary.sprints.append(outcome);
    }

    if (rolling > 0) {
        int reached = 0;
        int withMetric = 0;
        const qsizetype first = std::max<qsizetype>(0, summary.sprints.size() - rolling);
        for (qsizetype i = first; i < summary.sprints.size(); ++i) {
            reached += summary.sprints.at(i).reachedTarget;
            withMetric += summary.sprints.at(i).withMetric;
        }
        summary.rollingOutcomeRate = ratio(reached, withMetric);
    }

    summary.cycleTimeSamples = int(cycleDays.size());
    summary.cycleTimeMedianDays = percentile(cycleDays, 0.5);
    summary.cycleTimeP85Days = percentile(cycleDays, 0.85);
    return summary;
}

std::optional<double> percentile(QList<double> values, double p)
{
    // Linear interpolation between closest ranks (the "R-7" definition, as Excel's
    // PERCENTILE.INC): the value at rank p * (n - 1) of the sorted values, counted from 0.
    if (values.isEmpty() || std::isnan(p))
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const double rank = std::clamp(p, 0.0, 1.0) * double(values.size() - 1);
    const auto low = qsizetype(std::floor(rank));
    const qsizetype high = std::min<qsizetype>(low + 1, values.size() - 1);
    return values.at(low) + (values.at(high) - values.at(low)) * (rank - double(low));
}

} // namespace Ordo::Outcomes
