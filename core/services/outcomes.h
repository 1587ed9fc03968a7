#pragma once

#include "domain/history.h"
#include "domain/item.h"
#include "domain/sprint.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

// The Product Owner's outcome measures, replayed from the history: whether accepted stories moved
// their success metric to its target, how often the review rejects, how long an item takes from
// Ready to accepted, and the business value delivered per sprint.

namespace Ordo::Outcomes {

// What an accepted item's outcome is judged on, read from the item as it is now (the metric's
// latest measured value is its actual).
struct ItemFacts
{
    qint64 id = 0;
    SuccessMetric metric;            // baseline, target, actual
    std::optional<int> businessValue;
    friend bool operator==(const ItemFacts &, const ItemFacts &) = default;
};

// Whether `metric` reached its target: the actual moved from the baseline toward the target and
// got there (at or above a higher target, at or below a lower one). Without a baseline, higher is
// taken as better. Unset when the metric has no name, no target or no actual yet.
std::optional<bool> reachedTarget(const SuccessMetric &metric);

struct SprintOutcome
{
    qint64 sprintId = 0;
    int accepted = 0;        // items accepted in the sprint (in it when it closed, accepted)
    int withMetric = 0;      // ... of them with a success metric (a name and a target)
    int measured = 0;        // ... of those with an actual value
    int reachedTarget = 0;   // ... of those whose metric reached its target
    int withoutMetric = 0;   // accepted items with no success metric
    int reviewed = 0;        // items judged at the review: accepted or rejected
    int rejected = 0;        // items rejected (status Rejected while in the sprint, up to its close)
    double value = 0;        // business value of the accepted items
    // reachedTarget / withMetric; unset when no accepted item had a metric.
    std::optional<double> outcomeRate;
    // rejected / reviewed; unset when nothing was reviewed.
    std::optional<double> rejectionRate;
    friend bool operator==(const SprintOutcome &, const SprintOutcome &) = default;
};

struct Summary
{
    QList<SprintOutcome> sprints; // closed sprints, oldest first (cancelled ones left out)
    // Over the last `rolling` closed sprints: sum(reachedTarget) / sum(withMetric).
    std::optional<double> rollingOutcomeRate;
    int acceptedWithoutMetric = 0; // over every closed sprint
    // Ready to accepted, in days (fractional), over items accepted in closed sprints: the time from
    // their last move to Ready before acceptance to the acceptance. Items never Ready are left out.
    std::optional<double> cycleTimeMedianDays;
    std::optional<double> cycleTimeP85Days;
    int cycleTimeSamples = 0;
};

// `history` holds the created, status and sprint rows of the items ever in a sprint, oldest
// first; `facts` the accepted items' metrics and business values by id (an item missing there
// counts as without metric and of no value).
// The history is replayed as the velocity does: at each closed sprint's closing moment (rows at
// exactly that moment count; a sprint closed before Ordo kept the moment closes at the end of its
// last day) an item counts as accepted in the sprint it is in if it is accepted. A rejection is a
// status row to Rejected while the item was in the sprint, from its start (startedAt, or the start
// of its first day) up to its close; each item counts once per sprint, and an item rejected and
// then accepted in the same sprint counts as accepted only. An item's cycle time counts once, for
// the first closed sprint it is accepted in.
Summary compute(const QList<Sprint> &sprints,
                const QList<HistoryEntry> &history,
                const QHash<qint64, ItemFacts> &facts,
                int rolling = 3);

// The value at `p` (0..1) of `values` by linear interpolation between closest ranks; unset when
// empty. Shared with the forecast's percentiles. This is the "R-7" definition (Excel's
// PERCENTILE.INC, NumPy's default): the value at rank p * (n - 1) of the sorted values, counted
// from 0, interpolated between its neighbours; p = 0 is the minimum, p = 1 the maximum. `p` is
// clamped to 0..1; unset for a NaN `p`.
std::optional<double> percentile(QList<double> values, double p);

} // namespace Ordo::Outcomes
