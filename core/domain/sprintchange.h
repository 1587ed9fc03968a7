#pragma once

#include "decision.h"
#include "item.h"
#include "sprint.h"

#include <QList>

namespace Ordo {

// What a sprint action changes of one item: which sprint it is in, its status, its place in the
// backlog order, and whether it serves the sprint goal.
struct SprintPlacement
{
    ItemId id = 0;
    SprintId sprint = 0; // 0: in the backlog, in no sprint
    ItemStatus status = ItemStatus::New;
    QString orderKey;
    bool servesSprintGoal = false;

    friend bool operator==(const SprintPlacement &, const SprintPlacement &) = default;
};

// One sprint action (plan, start, scope change, cancel, close, a board move) as the state it
// leaves behind. SprintOperations computes it from the state before; SprintRepository::apply()
// writes it in one transaction, with a history row for every item field it changes. Its undo
// is the state before, applied the same way.
struct SprintChange
{
    QList<Sprint> sprints;           // sprint rows as they become; one not in the file is created with its id
    QList<SprintId> deletedSprints;  // sprints removed (only planned, empty ones)
    QList<SprintPlacement> items;    // items as they become
    SprintId commitSprint = 0;       // a sprint starting: each of its items' estimate is its commitment
    QList<Decision> decisions;       // decision log entries added (one with an id keeps it)
    QList<qint64> removedDecisions;  // decision log entries taken back (undo)

    bool isEmpty() const
    {
        return sprints.isEmpty() && deletedSprints.isEmpty() && items.isEmpty() && decisions.isEmpty()
               && removedDecisions.isEmpty();
    }
};

} // namespace Ordo
