#pragma once

#include "domain/backlogrow.h"
#include "domain/sprintchange.h"
#include "storage/expected.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

// The sprint actions of planning, the board, cancelling and closing, computed apart from storage
// and screens: each takes the backlog as it is (rows in backlog order) and the product's sprints,
// checks what it is asked, and returns the SprintChange that does it, or an error for the user
// that writes nothing. SprintRepository::apply() writes a change; before() gives its undo.

namespace Ordo::SprintOperations {

// What an item looks like to the sprint actions.
SprintPlacement placementOf(const BacklogRow &row);

// The items `change` touches as they are in `rows` now, the sprints as they are in `sprints`,
// and the decisions it adds taken back (their ids from `addedDecisions`): applying the result
// undoes `change`.
SprintChange before(const SprintChange &change,
                    const QList<BacklogRow> &rows,
                    const QList<Sprint> &sprints,
                    const QList<qint64> &addedDecisions);

// Items of a sprint, in backlog order.
QList<const BacklogRow *> itemsOf(const QList<BacklogRow> &rows, SprintId sprint);

// Pulls `ids` into the planned or active `sprint`. Items keep their backlog order; in an active
// sprint they start in To Do. Archived items, epics, finished items and items of another started
// sprint are refused. Pulling into an active sprint is a scope change: `reason` is recorded
// in the decision log (required there).
Expected<SprintChange> pull(const QList<BacklogRow> &rows,
                            const QList<Sprint> &sprints,
                            const QList<ItemId> &ids,
                            SprintId sprint,
                            const QString &reason = {},
                            const QDateTime &now = {});
// Sends `ids` back from their planned or active sprint to the backlog (To Do becomes Ready);
// from an active sprint a scope change with a `reason`, as for pull().
Expected<SprintChange> push(const QList<BacklogRow> &rows,
                            const QList<Sprint> &sprints,
                            const QList<ItemId> &ids,
                            const QString &reason = {},
                            const QDateTime &now = {});

// Starts a planned sprint: it becomes the active one, its items move to To Do, and their
// estimates are recorded as the commitment.
Expected<SprintChange> start(const QList<BacklogRow> &rows, const QList<Sprint> &sprints, SprintId sprint, const QDateTime &now);

// Cancels the active or a planned sprint (the Product Owner's call when its goal is obsolete):
// its unaccepted items return to the top of the backlog in their order (Done ones, never accepted,
// as In Progress), the sprint ends today,
// and `reason` (required) goes into the decision log.
Expected<SprintChange> cancel(const QList<BacklogRow> &rows,
                              const QList<Sprint> &sprints,
                              SprintId sprint,
                              const QString &reason,
                              const QDateTime &now);

// Where an unfinished item goes when its sprint closes.
enum class CarryOver { TopOfBacklog, NextSprint, OldPlace };
// What closing does with an item that is Done but not accepted.
enum class DoneVerdict { Accept, NotDone };
struct CloseChoices
{
    QHash<ItemId, CarryOver> carryOver;    // unfinished items (default: top of the backlog)
    QHash<ItemId, DoneVerdict> doneItems;  // required for every Done item not yet accepted
    int sprintLengthDays = 14;             // for a next sprint that must be created
    QList<int> workingDays{1, 2, 3, 4, 5};
};
// Items of the sprint that closing must decide on: unfinished ones, and Done ones not accepted.
QList<ItemId> unfinishedItems(const QList<BacklogRow> &rows, SprintId sprint);
QList<ItemId> doneNotAccepted(const QList<BacklogRow> &rows, SprintId sprint);
// Closes the active sprint. Refused while a Done item has no verdict. Items counted as not done
// are carried over like unfinished ones; items for the next sprint go into the next planned
// sprint, created ("Sprint N") when there is none. Accepted items stay in the closed sprint.
Expected<SprintChange> close(const QList<BacklogRow> &rows,
                             const QList<Sprint> &sprints,
                             SprintId sprint,
                             const CloseChoices &choices,
                             const QDateTime &now);

// A card dragged to another column of the active sprint's board: the status changes, nothing
// else. Refused outside the active sprint and for statuses that are not a board column.
Expected<SprintChange> moveOnBoard(const QList<BacklogRow> &rows,
                                   const QList<Sprint> &sprints,
                                   const QList<ItemId> &ids,
                                   ItemStatus status);

// Marks items of a planned or active sprint as serving its goal, or not.
Expected<SprintChange> setServesSprintGoal(const QList<BacklogRow> &rows,
                                           const QList<Sprint> &sprints,
                                           const QList<ItemId> &ids,
                                           bool serves);

// Points of a sprint's items: committed (all of them), done (Done or Accepted) and remaining;
// unestimated items counted apart.
struct Points
{
    double total = 0;
    double done = 0;
    double remaining = 0;
    int items = 0;
    int unestimated = 0;
};
Points pointsOf(const QList<BacklogRow> &rows, SprintId sprint);
// The same for every sprint at once, in one pass over the rows.
QHash<SprintId, Points> pointsBySprint(const QList<BacklogRow> &rows);

// Where a sprint's commitment stands: green up to the lower of capacity and average velocity,
// amber up to the higher, red beyond both. Without either, green.
enum class Load { Green, Amber, Red };
Load loadOf(double committed, std::optional<double> capacity, std::optional<double> velocity);

// The impact of adding `adding` points to an active sprint: the points above capacity after the
// change, and the sprint's items at its bottom (backlog order) that no longer fit under the
// capacity and are now unlikely to finish (unfinished ones only, bottom last).
struct Impact
{
    double committedAfter = 0;
    double aboveCapacity = 0;
    QList<ItemId> unlikely;
};
Impact impactOf(const QList<BacklogRow> &rows, SprintId sprint, double adding, std::optional<double> capacity);

// Fill to Velocity: from the top of the backlog, the Ready items that fit under `limit` points
// beside what the sprint holds, skipping items that are not ready, too large for what is left,
// or blocked by a dependency that is neither finished nor in this or an earlier sprint; and
// honouring the capacity allocation (a type's share of `limit` is kept free for it until the
// items of that type are taken or skipped).
struct Skipped
{
    enum class Why { NotReady, TooLarge, Blocked, Unestimated };
    ItemId id = 0;
    Why why = Why::NotReady;
};
struct Fill
{
    QList<ItemId> take;
    QList<Skipped> skipped;
    double points = 0;
};
struct FillRules
{
    std::function<bool(const BacklogRow &)> isReady;
    // What each item depends on (blocked-by ids).
    QHash<ItemId, QList<ItemId>> dependencies;
    QList<std::pair<ItemType, int>> allocation;
};
Fill fillToVelocity(const QList<BacklogRow> &rows,
                    const QList<Sprint> &sprints,
                    SprintId sprint,
                    double limit,
                    const FillRules &rules);

// Whether `id`'s dependency blocks it from `sprint`: neither finished nor in this sprint or an
// earlier one. The ids of such dependencies.
QList<ItemId> blockingDependencies(const QList<BacklogRow> &rows,
                                   const QList<Sprint> &sprints,
                                   ItemId id,
                                   SprintId sprint,
                                   const QHash<ItemId, QList<ItemId>> &dependencies);

} // namespace Ordo::SprintOperations
