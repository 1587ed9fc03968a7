#pragma once

#include "domain/history.h"
#include "domain/sprint.h"

#include <QList>

#include <optional>

namespace Ordo::Velocity {

struct SprintVelocity
{
    qint64 sprintId = 0;
    double points = 0;
};

// The points each closed sprint finished, oldest first, replayed from the
// history: an item counts for a sprint if, at the end of the sprint's last
// day, it was in that sprint with a finished status (Done or Accepted); its
// estimate is the one it had at that moment. `history` is ordered by time.
QList<SprintVelocity> ofClosedSprints(const QList<Sprint> &sprints, const QList<HistoryEntry> &history);

// The mean of the last `count` closed sprints, or nothing without one.
std::optional<double> average(const QList<SprintVelocity> &velocities, int count = 3);

} // namespace Ordo::Velocity
