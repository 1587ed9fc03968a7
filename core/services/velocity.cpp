#include "velocity.h"

#include <QHash>

#include <algorithm>

namespace Ordo::Velocity {
namespace {

struct ItemState
{
    qint64 sprintId = 0;
    double estimate = 0;
    bool finished = false;
};

void apply(ItemState &state, const HistoryEntry &entry)
{
    switch (entry.field) {
    case HistoryField::Created:
    case HistoryField::StatusChanged:
        state.finished = isFinishedStatus(
            itemStatusFromStorage(entry.newValue).value_or(ItemStatus::New));
        break;
    case HistoryField::EstimateChanged: state.estimate = entry.newValue.toDouble(); break;
    case HistoryField::SprintChanged: state.sprintId = entry.newValue.toLongLong(); break;
    case HistoryField::OrderChanged:
    case HistoryField::AcceptanceChanged:
    case HistoryField::ArchivedChanged: break;
    }
}

} // namespace

QList<SprintVelocity> ofClosedSprints(const QList<Sprint> &sprints, const QList<HistoryEntry> &history)
{
    QList<Sprint> closed;
    for (const Sprint &sprint : sprints) {
        if (sprint.state == SprintState::Closed && sprint.end.isValid())
            closed.append(sprint);
    }
    std::stable_sort(closed.begin(), closed.end(), [](const Sprint &a, const Sprint &b) {
        return a.end < b.end;
    });

    QHash<qint64, ItemState> states;
    QList<SprintVelocity> result;
    qsizetype next = 0;
    for (const Sprint &sprint : std::as_const(closed)) {
        // The end of the sprint's last day, in the Product Owner's time zone.
        const QDateTime cutoff(sprint.end.addDays(1), QTime(0, 0));
        while (next < history.size() && history.at(next).at < cutoff) {
            apply(states[history.at(next).itemId], history.at(next));
            ++next;
        }
        double points = 0;
        for (const ItemState &state : std::as_const(states)) {
            if (state.sprintId == sprint.id && state.finished)
                points += state.estimate;
        }
        result.append({sprint.id, points});
    }
    return result;
}

std::optional<double> average(const QList<SprintVelocity> &velocities, int count)
{
    if (velocities.isEmpty() || count <= 0)
        return std::nullopt;
    const qsizetype n = std::min<qsizetype>(count, velocities.size());
    double sum = 0;
    for (qsizetype i = velocities.size() - n; i < velocities.size(); ++i)
        sum += velocities.at(i).points;
    return sum / double(n);
}

} // namespace Ordo::Velocity
