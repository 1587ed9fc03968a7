#pragma once

#include "domain/sprint.h"
#include "services/sprintplanning.h"

#include <QDate>
#include <QList>

#include <optional>

// "When will it be done?": a seeded Monte Carlo over the velocities of the last closed sprints,
// and the simple range those velocities describe. Pure computation: the caller gives the points
// (in backlog order) and the velocities; the same seed always gives the same answer.

namespace Ordo::Forecast {

constexpr int defaultTrials = 10000;
constexpr quint32 defaultSeed = 20261202;
// A trial stops after this many sprints: one not done by then counts as maxSprints + 1 ("beyond").
constexpr int maxSprints = 1000;

// The work to forecast: the estimates of the unfinished items above and including the target, in
// backlog order. Unestimated items are counted at `medianEstimate`.
struct Work
{
    QList<std::optional<double>> estimates;
    double medianEstimate = 0;

    double points() const;      // with unestimated items at the median
    int unestimated() const;
};

// The median estimate of `estimates` (the estimated ones), 0 without any.
double medianOf(const QList<double> &estimates);

struct Options
{
    quint32 seed = defaultSeed;
    int trials = defaultTrials;
    // A what-if: every sprint delivers exactly this many points (no resampling).
    std::optional<double> whatIfVelocity;
};

// Sprints are counted from the first sprint the work can go into: 1 means "done by the end of the
// first sprint", and so on. A trial draws a velocity for each sprint from `velocities` (with
// replacement) until the points are delivered. The p-th percentile is the smallest number of
// sprints within which at least p percent of the trials were done. No points left (0 or less)
// is possible and done in 0 sprints; a what-if velocity gives ceil(points / v) for every trial.
struct Result
{
    bool possible = false; // false without velocities, or when every velocity is 0
    double points = 0;
    int unestimated = 0;     // items counted at the median
    double medianEstimate = 0;
    int p50 = 0, p85 = 0, p95 = 0;       // sprints needed, at 50, 85 and 95 percent likelihood
    QList<std::pair<int, int>> histogram; // (sprints needed, trials), ascending, no zero counts
    // The simple range: at the average, the maximum and the minimum of the same velocities
    // (ceil(points / v); unset when v is 0).
    std::optional<int> atAverage, atBest, atWorst;
    int sprintsOfHistory = 0;
    friend bool operator==(const Result &, const Result &) = default;
};
Result whenDone(const Work &work, const QList<double> &velocities, const Options &options = {});

// The probability, in [0, 1], that `points` are done within `sprints` sprints.
double likelihood(double points, int sprints, const QList<double> &velocities, const Options &options = {});

// The inverse question: how many of the top items (in order, their points given; an
// unestimated one at the median already) are done within `sprints` sprints with 85% (and 50%)
// likelihood: the largest prefix whose points at least 85% (50%) of the trials deliver.
struct HowMany
{
    int items85 = 0, items50 = 0;
    double points85 = 0, points50 = 0;
    friend bool operator==(const HowMany &, const HowMany &) = default;
};
HowMany howManyBy(const QList<double> &itemPoints, int sprints, const QList<double> &velocities, const Options &options = {});

// The calendar of the sprints to come: the running sprint (if any) and the planned ones, then
// sprints of the product's length extrapolated after the last one (named "Sprint N").
struct Calendar
{
    QList<Sprint> known;     // the active sprint first if any, then the planned ones, by start
    QList<Sprint> existing;  // every sprint of the product (to extrapolate names and dates)
    int lengthDays = 14;
    QDate today;
    SprintPlanning::WorkingDays working = SprintPlanning::mondayToFriday;
};
// The `n`-th sprint to come (1-based, as in Result), known or extrapolated.
Sprint sprintAt(const Calendar &calendar, int n);
// The number of sprints that have ended by `date` (its last day on or before it), at least 0.
int sprintsBy(const Calendar &calendar, QDate date);

// The sentence for a stakeholder: "85% likely by Sprint 14 (3 March)".
QString sentence(const Result &result, const Calendar &calendar);
// "At current velocity, between Sprint 12 and Sprint 14."
QString rangeSentence(const Result &result, const Calendar &calendar);

// The roadmap: each epic laid out by the forecast of its last unfinished item (its P50 and P85),
// starting at the P50 of the work above its first unfinished item.
struct EpicInput
{
    qint64 epicId = 0;
    int firstIndex = -1; // index in the ordered work of its first unfinished item
    int lastIndex = -1;  // ... and of its last
};
struct EpicForecast
{
    qint64 epicId = 0;
    // The sprint its work starts in (1-based): at P50, the first sprint that delivers more than the
    // work above it, so it shares the sprint in which the work above ends unless that work fills
    // the sprint exactly (1 with nothing above; never after its own P50).
    int start = 0;
    int p50 = 0, p85 = 0;
    bool possible = false;
    friend bool operator==(const EpicForecast &, const EpicForecast &) = default;
};
// `work` is every unfinished item of the backlog in order; each epic's indices point into it.
// One simulation for every epic (the same draws in each trial), so an epic lower in the backlog
// never forecasts earlier than one above it. An epic whose indices do not point into `work` is
// not possible.
QList<EpicForecast> roadmap(const Work &work, const QList<EpicInput> &epics, const QList<double> &velocities, const Options &options = {});

// Calibration: over a velocity history, forecast from each window of `window` sprints the sprints
// needed for a backlog of `points` points taken from the sprints that followed, and count how
// often the actual completion came at or before P85.
struct Calibration
{
    int cases = 0;
    int atOrBeforeP50 = 0;
    int atOrBeforeP85 = 0;
    int atOrBeforeP95 = 0;
    double rate85() const { return cases ? double(atOrBeforeP85) / cases : 0; }
    friend bool operator==(const Calibration &, const Calibration &) = default;
};
// For each start s in [window, velocities.size()): forecast with velocities[s-window, s) the
// points that sprints s, s+1, ... actually delivered up to `horizon` sprints (targets of 1 to
// `horizon` sprints' worth); the actual sprint of completion is known from the history. A case
// counts when a forecast can be made: a target above 0 and a window with a velocity above 0.
Calibration backtest(const QList<double> &velocities, int window, int horizon, const Options &options = {});

} // namespace Ordo::Forecast
