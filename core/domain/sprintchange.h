#pragma once

#include "decision.h"
#include "item.h"
#include "sprint.h"

#include <QList>
#include <QStringList>

#include <optional>

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

// What the sprint review recorded of one item in one sprint: the verdict on each acceptance
// criterion (named and matched by the scenario's name and text, never by position, so that it
// stays with its scenario when the criteria are edited), on each item of the sprint's Definition
// of Done (by position: the sprint's copy does not change once it has started), a note, and for a
// rejection what failed and why. Unjudged criteria are not kept.
struct ReviewRecord
{
    struct Criterion
    {
        QString name;
        QString matchText;
        bool met = false;
        friend bool operator==(const Criterion &, const Criterion &) = default;
    };
    SprintId sprint = 0;
    ItemId item = 0;
    QList<Criterion> criteria;
    QList<std::optional<bool>> definitionOfDone; // met, not met, or unjudged, by position
    QString note;
    QString rejectionReason; // empty unless the item was rejected
    QStringList failed;      // the criteria and Definition of Done items not met, for a rejection

    bool isEmpty() const { return criteria.isEmpty() && definitionOfDone.isEmpty() && note.isEmpty() && rejectionReason.isEmpty(); }
    friend bool operator==(const ReviewRecord &, const ReviewRecord &) = default;
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
    QList<ReviewRecord> reviews;     // each replaces what the review recorded of its item and sprint

    bool isEmpty() const
    {
        return sprints.isEmpty() && deletedSprints.isEmpty() && items.isEmpty() && decisions.isEmpty()
               && removedDecisions.isEmpty() && reviews.isEmpty();
    }
};

} // namespace Ordo
