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

// The points each closed sprint delivered, oldest first, replayed from the history: an item
// counts for a sprint if, when the sprint was closed (the review being part of closing), it was
// in that sprint and accepted; it counts with the estimate it had when it was accepted.
// Cancelled sprints count for nothing. A sprint closed before Ordo kept the closing moment counts
// at the end of its last day. `history` is ordered by time.
QList<SprintVelocity> ofClosedSprints(const QList<Sprint> &sprints, const QList<HistoryEntry> &history);

// The same from the figures each closed sprint froze when it closed (Sprint::completedPoints,
// which the file computes as ofClosedSprints() would), oldest first: what the window shows.
QList<SprintVelocity> ofFrozenSprints(const QList<Sprint> &sprints);

// The moment a closed sprint's figures are taken: its closing, or for a sprint closed before
// Ordo kept that moment, the end of its last day.
QDateTime cutoffOf(const Sprint &sprint);

// The mean of the last `count` closed sprints, or nothing without one.
std::optional<double> average(const QList<SprintVelocity> &velocities, int count = 3);

// The average of the last `count` closed sprints with its min-max range.
struct Summary
{
    std::optional<double> average;
    double min = 0;
    double max = 0;
    int sprints = 0; // how many the average is over
    QList<qint64> sprintIds; // which, oldest first
};
Summary summary(const QList<SprintVelocity> &velocities, int count = 3);

} // namespace Ordo::Velocity
