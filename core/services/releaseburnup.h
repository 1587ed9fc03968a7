#pragma once

#include "domain/history.h"
#include "domain/sprint.h"
#include "services/velocity.h"

#include <QList>
#include <QSet>

#include <optional>

// The release burnup of a scope (the Product Goal, an epic or a label): per closed sprint, the
// points done and the total scope at its close, replayed from the history of the scope's items,
// and the cone to completion at the best, average and worst of the recent velocities.

namespace Ordo::ReleaseBurnup {

struct SprintPoint
{
    qint64 sprintId = 0;
    double done = 0;  // points of the scope's items Done or Accepted at the sprint's close
    double scope = 0; // points of the scope's items that existed then
    friend bool operator==(const SprintPoint &, const SprintPoint &) = default;
};

struct Result
{
    QList<SprintPoint> sprints; // closed sprints, oldest first
    double doneNow = 0;
    double scopeNow = 0;
    int items = 0;
    int unestimated = 0; // scope items without an estimate now (they count as 0)
    // Sprints to finish the rest at the best, average and worst velocity (unset without one).
    std::optional<int> atBest, atAverage, atWorst;
    double best = 0, average = 0, worst = 0;
};

// `history`: created, status and estimate rows of the scope's items, oldest first. `scope`: the
// items that make the scope now (estimate, finished) with their current state for the last point.
struct ScopeItem
{
    qint64 id = 0;
    std::optional<double> estimate;
    bool finished = false;
};
Result compute(const QList<Sprint> &sprints,
               const QList<HistoryEntry> &history,
               const QList<ScopeItem> &scope,
               const Velocity::Summary &velocity);

} // namespace Ordo::ReleaseBurnup
