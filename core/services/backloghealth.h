#pragma once

#include "domain/backlogrow.h"
#include "domain/history.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

// How healthy a Product Backlog is, computed from its current state and its
// history. Every finding names the items behind it so the UI can show them.

namespace Ordo::Health {

// How much the top of the backlog changed since a moment in the past,
// replayed from the order, status, archive and creation history.
struct TopChange
{
    int size = 0;             // items in today's top (at most `count`)
    int entered = 0;          // of those, how many were not in the top back then
    QList<ItemId> newcomers;  // those items, in today's order
    bool hasHistory = false;  // the product existed back then
};

// The top `count` plannable items at `at`, in the order they had then.
// `history` holds created, status, order and archived rows, oldest first;
// `rows` is today's backlog (for current values and item types).
QList<ItemId> topAt(const QList<BacklogRow> &rows,
                    const QList<HistoryEntry> &history,
                    const QDateTime &at,
                    int count = 20);
TopChange topChange(const QList<BacklogRow> &rows,
                    const QList<HistoryEntry> &history,
                    const QDateTime &since,
                    int count = 20);

// Items below the next `sprints` sprints' worth of work at `velocity`:
// what a clean-up offers to archive. Empty without a velocity.
QList<ItemId> beyondHorizon(const QList<BacklogRow> &rows, std::optional<double> velocity, int sprints = 3);

// An item serves the Product Goal if it or its epic is linked to it.
bool servesGoal(const BacklogRow &row, const QHash<ItemId, bool> &epicServesGoal);

// How much of the top of the backlog (the next `sprints` sprints' worth at
// `velocity`, else the top ten plannable items) serves the Product Goal.
struct GoalShare
{
    int serving = 0;
    int items = 0;
};
GoalShare goalShare(const QList<BacklogRow> &rows, std::optional<double> velocity, int sprints = 2);

struct Settings
{
    QDateTime now;
    std::optional<double> velocity;
    double maxStorySize = 13;
    int staleAfterDays = 90;
    int sprintsAhead = 2;
};

enum class Kind {
    ReadyShare,           // ready items in the next sprints' worth of work
    UnestimatedNearTop,   // near the top and not estimated
    OversizedNearTop,     // near the top and larger than the maximum story size
    Unlinked,             // neither under an epic nor serving the Product Goal
    Stale,                // unchanged for longer than the threshold
    DependencyViolations, // ordered above something they depend on
    Stability,            // how much the top 20 changed in 7 and 30 days
    Runway,               // total size against average velocity
};

enum class Severity { Good, Info, Warning };

struct Finding
{
    Kind kind = Kind::ReadyShare;
    Severity severity = Severity::Good;
    QString headline;    // one translated line, with the figure
    QString explanation; // why it matters or what to do
    QList<ItemId> items; // the items behind it, in backlog order
};

struct Report
{
    int upcomingItems = 0;
    int upcomingReady = 0;
    double totalPoints = 0;
    int unestimatedCount = 0;
    std::optional<double> sprintsOfWork; // total points / velocity
    TopChange week;
    TopChange month;
    QList<Finding> findings; // one per Kind, in Kind order
};

// `rows` is the backlog in order (archived rows are skipped);
// `violations` the items ordered above a dependency (see DependencyOrder);
// `history` as for topChange().
Report assess(const QList<BacklogRow> &rows,
              const std::function<bool(const BacklogRow &)> &isReady,
              const QHash<ItemId, QList<ItemId>> &violations,
              const QList<HistoryEntry> &history,
              const Settings &settings);

} // namespace Ordo::Health
