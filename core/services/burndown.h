#pragma once

#include "domain/history.h"
#include "domain/sprint.h"
#include "services/sprintplanning.h"

#include <QDate>
#include <QList>

#include <optional>

// A sprint's burndown and burnup, replayed from the history of the items that were ever in it.
// Nothing here reads the current state of an item: what a day shows is what the history says
// the sprint held at the end of that day.

namespace Ordo::Burndown {

// Something that moved the scope or the remaining work after the sprint started, on its day.
enum class EventKind {
    Added,       // an item entered the running sprint (scope and remaining rise)
    Removed,     // an item left the running sprint, other than at the close (both fall)
    Reestimated, // the estimate of an item in the sprint changed (scope rises or falls)
    Reopened,    // a finished item went back to unfinished (remaining rises)
    Rejected     // a finished item was rejected at the review (remaining rises)
};

struct Event
{
    QDate day;
    EventKind kind = EventKind::Added;
    QList<qint64> items; // the items concerned, in the order their rows were written
    double points = 0;   // the change of scope (Added, Removed, Reestimated) or of remaining work
                         // (Reopened, Rejected) on that day, signed
    friend bool operator==(const Event &, const Event &) = default;
};

// One calendar day of the sprint, its value taken at the end of the day.
struct Day
{
    QDate date;
    bool workingDay = true;
    // Unset for days that have not ended yet (after `today`) while the sprint runs.
    std::optional<double> remaining; // points of the sprint's items not yet Done (or Accepted)
    std::optional<double> done;      // points of the sprint's items Done or Accepted
    std::optional<double> scope;     // points of all the sprint's items (done + remaining)
    double ideal = 0;                // the ideal line from the commitment down to zero
    friend bool operator==(const Day &, const Day &) = default;
};

struct Chart
{
    qint64 sprintId = 0;
    // The points recorded as the commitment when the sprint started; unset for a sprint that
    // never started. The ideal line and the first point start from it.
    std::optional<double> commitment;
    // Working days only lose ideal points: a non-working day keeps the ideal line flat.
    QList<Day> days; // from the sprint's first to its last day, in order
    QList<Event> events;
    // Items in the sprint at the latest day drawn that have no estimate (they count as 0).
    int unestimatedItems = 0;
    // A closed or cancelled sprint: the history after its closing moment is not read.
    bool frozen = false;

    bool isEmpty() const { return !commitment.has_value(); }
    friend bool operator==(const Chart &, const Chart &) = default;
};

// Replays `history` (rows of the items that were ever in the sprint, oldest first: created,
// status, estimate, sprint and committed rows; other fields are ignored) into the sprint's chart.
// - The state before the sprint's first day (or before it started, whichever is later) is the
//   starting state; the commitment is the sum of the Committed rows written when it last started.
// - The days run from `sprint.start` to `sprint.end`. While the sprint runs, days after `today`
//   have no value. A closed or cancelled sprint ignores every row after `sprint.closedAt`, and
//   the rows written at its closing moment move no item out: items carried over at the close are
//   not drawn as a scope removal, while a status written then (a rejection) counts. Closed after
//   its last day, the sprint's last day shows it as it was closed, with the events of the close.
// - An item's points are its estimate at that moment (0 when unestimated).
// - A day's value is the state at its end (local time), so an item reopened and finished again
//   on one day counts once, and an item removed from the sprint stops counting from that day only.
Chart compute(const Sprint &sprint,
              const QList<HistoryEntry> &history,
              QDate today,
              const SprintPlanning::WorkingDays &working = SprintPlanning::mondayToFriday);

// Whether the sprint goal is at risk: the items serving the sprint goal that are not done need
// more points than the team's pace so far (points done per elapsed working day) will finish in the
// working days left. Judged only once a working day has ended and while the sprint runs.
struct GoalItem
{
    qint64 id = 0;
    double points = 0;        // its estimate (0 when unestimated)
    bool servesGoal = false;  // marked as serving the sprint goal
    bool finished = false;    // Done or Accepted
    friend bool operator==(const GoalItem &, const GoalItem &) = default;
};
// Not judged (on the first working day, once no working day is left, for a frozen or never
// started sprint): only goalRemaining is set.
struct GoalRisk
{
    bool atRisk = false;
    double goalRemaining = 0;   // points of unfinished items serving the goal
    double projected = 0;       // the points the pace so far finishes in the days left
    double pacePerDay = 0;
    int workingDaysLeft = 0;
    // Unfinished items not serving the goal that could give way, largest first, just enough to
    // cover the shortfall (all of them if they cannot).
    QList<qint64> couldGiveWay;
};
// `items` are the sprint's items now, in backlog order.
GoalRisk goalRisk(const Chart &chart, const QList<GoalItem> &items);

} // namespace Ordo::Burndown
