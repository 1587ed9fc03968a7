#include "releaseburnup.h"

#include <QHash>

#include <cmath>

namespace Ordo::ReleaseBurnup {
namespace {

struct State
{
    bool exists = false;
    bool finished = false;
    double estimate = 0;
};

std::optional<int> sprintsAt(double rest, double velocity)
{
    if (rest <= 0)
        return 0;
    if (velocity <= 0)
        return std::nullopt;
    return int(std::ceil(rest / velocity - 1e-9));
}

} // namespace

Result compute(const QList<Sprint> &sprints,
               const QList<HistoryEntry> &history,
               const QList<ScopeItem> &scope,
               const Velocity::Summary &velocity)
{
    Result result;
    QHash<qint64, State> states;
    states.reserve(scope.size());
    for (const ScopeItem &item : scope)
        states.insert(item.id, {});

    // Closed sprints by their closing moment, as velocity takes them.
    QList<Sprint> closed;
    for (const Sprint &sprint : sprints) {
        if (sprint.state == SprintState::Closed && sprint.end.isValid())
            closed.append(sprint);
    }
    std::stable_sort(closed.begin(), closed.end(), [](const Sprint &a, const Sprint &b) {
        return Velocity::cutoffOf(a) < Velocity::cutoffOf(b);
    });

    qsizetype next = 0;
    for (const Sprint &sprint : std::as_const(closed)) {
        const QDateTime cutoff = Velocity::cutoffOf(sprint);
        for (; next < history.size() && history.at(next).at <= cutoff; ++next) {
            const HistoryEntry &entry = history.at(next);
            const auto found = states.find(entry.itemId);
            if (found == states.end())
                continue;
            switch (entry.field) {
            case HistoryField::Created:
                found->exists = true;
                found->finished = isFinishedStatus(itemStatusFromStorage(entry.newValue).value_or(ItemStatus::New));
                break;
            case HistoryField::StatusChanged:
                found->finished = isFinishedStatus(itemStatusFromStorage(entry.newValue).value_or(ItemStatus::New));
                break;
            case HistoryField::EstimateChanged: found->estimate = entry.newValue.toDouble(); break;
            default: break;
            }
        }
        SprintPoint point{sprint.id, 0, 0};
        for (const State &state : std::as_const(states)) {
            if (!state.exists)
                continue;
            point.scope += state.estimate;
            if (state.finished)
                point.done += state.estimate;
        }
        result.sprints.append(point);
    }

    for (const ScopeItem &item : scope) {
        ++result.items;
        if (!item.estimate) {
            ++result.unestimated;
            continue;
        }
        result.scopeNow += *item.estimate;
        if (item.finished)
            result.doneNow += *item.estimate;
    }
    if (velocity.average) {
        result.average = *velocity.average;
        result.best = velocity.max;
        result.worst = velocity.min;
        const double rest = result.scopeNow - result.doneNow;
        result.atBest = sprintsAt(rest, result.best);
        result.atAverage = sprintsAt(rest, result.average);
        result.atWorst = sprintsAt(rest, result.worst);
    }
    return result;
}

} // namespace Ordo::ReleaseBurnup
