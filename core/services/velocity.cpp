#include "velocity.h"

#include <QHash>

#include <algorithm>

namespace Ordo::Velocity {
namespace {

struct ItemState
{
    qint64 sprintId = 0;
    double estimate = 0;
    bool accepted = false;
    double acceptedEstimate = 0; // the estimate when it was last accepted
};

void apply(ItemState &state, const HistoryEntry &entry)
{
    switch (entry.field) {
    case HistoryField::Created:
    case HistoryField::StatusChanged: {
        const bool accepted = itemStatusFromStorage(entry.newValue) == ItemStatus::Accepted;
        if (accepted && !state.accepted)
            state.acceptedEstimate = state.estimate;
        state.accepted = accepted;
        break;
    }
    case HistoryField::EstimateChanged: state.estimate = entry.newValue.toDouble(); break;
    case HistoryField::SprintChanged: state.sprintId = entry.newValue.toLongLong(); break;
    case HistoryField::OrderChanged:
    case HistoryField::AcceptanceChanged:
    case HistoryField::ArchivedChanged:
    case HistoryField::Committed:
    case HistoryField::MetricMeasured: break;
    }
}

QList<Sprint> closedByCutoff(const QList<Sprint> &sprints)
{
    QList<Sprint> closed;
    for (const Sprint &sprint : sprints) {
        if (sprint.state == SprintState::Closed && sprint.end.isValid())
            closed.append(sprint);
    }
    std::stable_sort(closed.begin(), closed.end(), [](const Sprint &a, const Sprint &b) {
        return cutoffOf(a) < cutoffOf(b);
    });
    return closed;
}

} // namespace

QDateTime cutoffOf(const Sprint &sprint)
{
    return sprint.closedAt.isValid() ? sprint.closedAt : QDateTime(sprint.end.addDays(1), QTime(0, 0));
}

QList<SprintVelocity> ofFrozenSprints(const QList<Sprint> &sprints)
{
    QList<SprintVelocity> result;
    for (const Sprint &sprint : closedByCutoff(sprints))
        result.append({sprint.id, sprint.completedPoints.value_or(0)});
    return result;
}

QList<SprintVelocity> ofClosedSprints(const QList<Sprint> &sprints, const QList<HistoryEntry> &history)
{
    const QList<Sprint> closed = closedByCutoff(sprints);
    QHash<qint64, ItemState> states;
    QList<SprintVelocity> result;
    qsizetype next = 0;
    for (const Sprint &sprint : std::as_const(closed)) {
        const QDateTime cutoff = cutoffOf(sprint);
        // Rows written in the closing transaction itself carry the closing moment: they count.
        while (next < history.size() && history.at(next).at <= cutoff) {
            apply(states[history.at(next).itemId], history.at(next));
            ++next;
        }
        double points = 0;
        for (const ItemState &state : std::as_const(states)) {
            if (state.sprintId == sprint.id && state.accepted)
                points += state.acceptedEstimate;
        }
        result.append({sprint.id, points});
    }
    return result;
}

std::optional<double> average(const QList<SprintVelocity> &velocities, int count)
{
    return summary(velocities, count).average;
}

Summary summary(const QList<SprintVelocity> &velocities, int count)
{
    Summary s;
    if (velocities.isEmpty() || count <= 0)
        return s;
    const qsizetype n = std::min<qsizetype>(count, velocities.size());
    double sum = 0;
    s.min = velocities.at(velocities.size() - n).points;
    s.max = s.min;
    for (qsizetype i = velocities.size() - n; i < velocities.size(); ++i) {
        const double points = velocities.at(i).points;
        sum += points;
        s.min = std::min(s.min, points);
        s.max = std::max(s.max, points);
        s.sprintIds.append(velocities.at(i).sprintId);
    }
    s.sprints = int(n);
    s.average = sum / double(n);
    return s;
}

} // namespace Ordo::Velocity
