#include "forecast.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Ordo::Forecast {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("Ordo::Forecast", text); }

// Points count as delivered within this much, so that sums of fractional velocities do not miss
// by a rounding error.
constexpr double tolerance = 1e-9;
constexpr int beyond = maxSprints + 1;
constexpr int buckets = maxSprints + 2; // 0 .. maxSprints, and beyond

// The velocities a trial draws from: negative ones count as 0.
std::vector<double> drawable(const QList<double> &velocities)
{
    std::vector<double> result;
    result.reserve(size_t(velocities.size()));
    for (const double v : velocities)
        result.push_back(std::max(0.0, v));
    return result;
}

bool anyAboveZero(const std::vector<double> &velocities)
{
    return std::any_of(velocities.begin(), velocities.end(), [](double v) { return v > 0; });
}

bool nothingLeft(double points) { return points <= tolerance; }

// Sprints needed at a constant velocity `v` > 0: ceil(points / v), at most `beyond`.
int sprintsAt(double points, double v)
{
    if (nothingLeft(points))
        return 0;
    const double sprints = std::ceil((points - tolerance) / v);
    return sprints >= beyond ? beyond : int(sprints);
}

// The p-th percentile of `trials` outcomes counted per number of sprints (`buckets` counts): the
// smallest number of sprints within which at least `percent` percent of the trials were done.
int percentile(const int *counts, int trials, int percent)
{
    const qint64 needed = std::max<qint64>(1, (qint64(percent) * trials + 99) / 100);
    qint64 done = 0;
    for (int sprints = 0; sprints < buckets; ++sprints) {
        done += counts[sprints];
        if (done >= needed)
            return sprints;
    }
    return beyond;
}

// The trials done within `sprints` sprints.
qint64 doneWithin(const int *counts, int sprints)
{
    qint64 done = 0;
    for (int s = 0; s <= std::min(sprints, maxSprints); ++s)
        done += counts[s];
    return done;
}

// Draws indices in [0, n) from a seeded generator: exactly what gen.bounded(n) would give, call
// after call, but taking the generator's numbers a block at a time (one call per draw would cost
// most of a simulation's time).
class Sampler
{
public:
    Sampler(quint32 seed, size_t n)
        : m_gen(seed)
        , m_n(quint64(n))
    {
    }

    size_t next()
    {
        if (m_next == block) {
            m_gen.fillRange(m_block);
            m_next = 0;
        }
        return size_t((quint64(m_block[m_next++]) * m_n) >> 32); // QRandomGenerator::bounded(n)
    }

private:
    static constexpr size_t block = 1024;
    QRandomGenerator m_gen;
    quint64 m_n;
    quint32 m_block[block] = {};
    size_t m_next = block;
};

// The outcomes of one simulation for several targets (cumulative points, ascending): for each
// target, how many trials first delivered it in sprint 0, 1, ..., maxSprints, or beyond. Every
// target sees the same draws in a trial.
struct Distribution
{
    int trials = 0;
    std::vector<int> counts; // targets x buckets

    const int *of(size_t target) const { return counts.data() + target * buckets; }
    int percentileOf(size_t target, int percent) const { return percentile(of(target), trials, percent); }
};

Distribution simulate(const std::vector<double> &targets, const std::vector<double> &velocities, quint32 seed, int trials)
{
    Distribution d;
    d.trials = std::max(1, trials);
    d.counts.assign(targets.size() * buckets, 0);
    const size_t count = targets.size();
    size_t open = 0;
    while (open < count && nothingLeft(targets[open])) {
        d.counts[open * buckets] = d.trials;
        ++open;
    }
    if (open == count)
        return d;
    int *counts = d.counts.data();
    if (!anyAboveZero(velocities)) {
        for (size_t t = open; t < count; ++t)
            counts[t * buckets + beyond] = d.trials;
        return d;
    }

    Sampler sampler(seed, velocities.size());
    const double *v = velocities.data();
    for (int trial = 0; trial < d.trials; ++trial) {
        size_t next = open;
        double delivered = 0;
        for (int sprint = 1; sprint <= maxSprints; ++sprint) {
            delivered += v[sampler.next()];
            while (next < count && delivered + tolerance >= targets[next]) {
                ++counts[next * buckets + size_t(sprint)];
                ++next;
            }
            if (next == count)
                break;
        }
        for (; next < count; ++next)
            ++counts[next * buckets + beyond];
    }
    return d;
}

// The velocities to simulate with, and the trials worth running: a what-if velocity is the only
// one, and one trial tells all.
struct Draws
{
    std::vector<double> velocities;
    int trials = 0;
};

Draws drawsFor(const QList<double> &velocities, const Options &options)
{
    if (options.whatIfVelocity)
        return {{std::max(0.0, *options.whatIfVelocity)}, 1};
    return {drawable(velocities), std::max(1, options.trials)};
}

QString dayOf(QDate date) { return QLocale().toString(date, QStringLiteral("d MMMM")); }

// The sprints to come, known first, then extrapolated one after another as they are asked for.
class Upcoming
{
public:
    explicit Upcoming(const Calendar &calendar)
        : m_calendar(calendar)
        , m_all(calendar.existing)
    {
        for (const Sprint &sprint : calendar.known) {
            const bool listed = std::any_of(m_all.cbegin(), m_all.cend(), [&](const Sprint &other) {
                return sprint.id != 0 ? other.id == sprint.id : other == sprint;
            });
            if (!listed)
                m_all.append(sprint);
        }
    }

    Sprint at(int n)
    {
        if (n < 1)
            return {};
        if (n <= m_calendar.known.size())
            return m_calendar.known.at(n - 1);
        const qsizetype extrapolated = n - m_calendar.known.size();
        while (m_extrapolated.size() < extrapolated) {
            const Sprint next = SprintPlanning::nextSprint(m_all, m_calendar.lengthDays, m_calendar.today,
                                                           m_calendar.working);
            m_all.append(next);
            m_extrapolated.append(next);
        }
        return m_extrapolated.at(extrapolated - 1);
    }

private:
    const Calendar &m_calendar;
    QList<Sprint> m_all;
    QList<Sprint> m_extrapolated;
};

} // namespace

double Work::points() const
{
    double sum = 0;
    for (const std::optional<double> &estimate : estimates)
        sum += estimate.value_or(medianEstimate);
    return sum;
}

int Work::unestimated() const
{
    return int(std::count_if(estimates.cbegin(), estimates.cend(),
                             [](const std::optional<double> &e) { return !e.has_value(); }));
}

double medianOf(const QList<double> &estimates)
{
    if (estimates.isEmpty())
        return 0;
    QList<double> sorted = estimates;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype middle = sorted.size() / 2;
    return sorted.size() % 2 ? sorted.at(middle) : (sorted.at(middle - 1) + sorted.at(middle)) / 2;
}

Result whenDone(const Work &work, const QList<double> &velocities, const Options &options)
{
    Result result;
    result.points = work.points();
    result.unestimated = work.unestimated();
    result.medianEstimate = work.medianEstimate;
    result.sprintsOfHistory = int(velocities.size());

    const std::vector<double> history = drawable(velocities);
    if (!history.empty()) {
        double sum = 0;
        for (const double v : history)
            sum += v;
        const double average = sum / double(history.size());
        const double best = *std::max_element(history.begin(), history.end());
        const double worst = *std::min_element(history.begin(), history.end());
        if (average > 0)
            result.atAverage = sprintsAt(result.points, average);
        if (best > 0)
            result.atBest = sprintsAt(result.points, best);
        if (worst > 0)
            result.atWorst = sprintsAt(result.points, worst);
    }

    const int trials = std::max(1, options.trials);
    if (nothingLeft(result.points)) {
        result.possible = true;
        result.histogram = {{0, trials}};
        return result;
    }
    if (options.whatIfVelocity) {
        if (*options.whatIfVelocity <= 0)
            return result;
        const int sprints = sprintsAt(result.points, *options.whatIfVelocity);
        result.possible = true;
        result.p50 = result.p85 = result.p95 = sprints;
        result.histogram = {{sprints, trials}};
        return result;
    }
    if (!anyAboveZero(history))
        return result;

    const Distribution d = simulate({result.points}, history, options.seed, trials);
    result.possible = true;
    result.p50 = d.percentileOf(0, 50);
    result.p85 = d.percentileOf(0, 85);
    result.p95 = d.percentileOf(0, 95);
    const int *counts = d.of(0);
    for (int sprints = 0; sprints < buckets; ++sprints) {
        if (counts[sprints] > 0)
            result.histogram.append({sprints, counts[sprints]});
    }
    return result;
}

double likelihood(double points, int sprints, const QList<double> &velocities, const Options &options)
{
    if (nothingLeft(points))
        return 1;
    if (sprints <= 0)
        return 0;
    const Draws draws = drawsFor(velocities, options);
    if (!anyAboveZero(draws.velocities))
        return 0;
    const Distribution d = simulate({points}, draws.velocities, options.seed, draws.trials);
    return double(doneWithin(d.of(0), sprints)) / double(d.trials);
}

HowMany howManyBy(const QList<double> &itemPoints, int sprints, const QList<double> &velocities, const Options &options)
{
    const Draws draws = drawsFor(velocities, options);
    const int trials = draws.trials;
    const int length = std::clamp(sprints, 0, maxSprints);

    // The points each trial delivers in `sprints` sprints.
    std::vector<double> delivered(size_t(trials), 0.0);
    if (length > 0 && !draws.velocities.empty()) {
        Sampler sampler(options.seed, draws.velocities.size());
        const double *v = draws.velocities.data();
        for (double &sum : delivered) {
            for (int s = 0; s < length; ++s)
                sum += v[sampler.next()];
        }
    }

    // At least p percent of the trials deliver `points` when points <= the (k+1)-th smallest
    // delivery, with k = floor(trials * (100 - p) / 100): only k trials deliver less.
    const auto deliveredBy = [&](int percent) {
        const auto k = size_t((qint64(trials) * (100 - percent)) / 100);
        std::nth_element(delivered.begin(), delivered.begin() + qsizetype(k), delivered.end());
        return delivered[k];
    };
    const auto prefix = [&](double limit, int &items, double &points) {
        items = 0;
        points = 0;
        for (const double p : itemPoints) {
            const double next = points + std::max(0.0, p);
            if (next > limit + tolerance)
                break;
            points = next;
            ++items;
        }
    };

    HowMany result;
    prefix(deliveredBy(85), result.items85, result.points85);
    prefix(deliveredBy(50), result.items50, result.points50);
    return result;
}

Sprint sprintAt(const Calendar &calendar, int n)
{
    return Upcoming(calendar).at(n);
}

int sprintsBy(const Calendar &calendar, QDate date)
{
    if (!date.isValid())
        return 0;
    Upcoming upcoming(calendar);
    int ended = 0;
    while (ended < beyond) {
        const Sprint sprint = upcoming.at(ended + 1);
        if (!sprint.end.isValid() || sprint.end > date)
            break;
        ++ended;
    }
    return ended;
}

QString sentence(const Result &result, const Calendar &calendar)
{
    if (!result.possible)
        return tr("No forecast yet: close a sprint to have a velocity.");
    if (result.p85 <= 0)
        return tr("Nothing left to forecast: the work is done.");
    const Sprint sprint = sprintAt(calendar, result.p85);
    if (result.unestimated > 0) {
        //: %1 a likelihood in percent, %2 a sprint's name, %3 the day it ends; %n the items counted at
        //: the median estimate
        return QCoreApplication::translate("Ordo::Forecast",
                                           "%1% likely by %2 (%3), counting %n item(s) without an "
                                           "estimate at the median",
                                           nullptr, result.unestimated)
            .arg(QString::number(85), sprint.name, dayOf(sprint.end));
    }
    //: %1 a likelihood in percent, %2 a sprint's name, %3 the day it ends
    return tr("%1% likely by %2 (%3)").arg(QString::number(85), sprint.name, dayOf(sprint.end));
}

QString rangeSentence(const Result &result, const Calendar &calendar)
{
    if (result.possible && nothingLeft(result.points))
        return tr("Nothing left to forecast: the work is done.");
    if (!result.possible || !result.atBest)
        return tr("No forecast yet: close a sprint to have a velocity.");
    const QString best = sprintAt(calendar, *result.atBest).name;
    if (!result.atWorst) {
        //: %1 a sprint's name; a sprint without velocity leaves the latest open
        return tr("At current velocity, by %1 at the earliest.").arg(best);
    }
    if (*result.atWorst == *result.atBest) {
        //: %1 a sprint's name
        return tr("At current velocity, by %1.").arg(best);
    }
    //: %1 and %2 sprints' names, the earliest and the latest
    return tr("At current velocity, between %1 and %2.").arg(best, sprintAt(calendar, *result.atWorst).name);
}

QList<EpicForecast> roadmap(const Work &work, const QList<EpicInput> &epics, const QList<double> &velocities, const Options &options)
{
    // The cumulative points up to and including each item.
    std::vector<double> cumulative;
    cumulative.reserve(size_t(work.estimates.size()));
    double sum = 0;
    for (const std::optional<double> &estimate : work.estimates) {
        sum += std::max(0.0, estimate.value_or(work.medianEstimate));
        cumulative.push_back(sum);
    }
    const auto valid = [&](const EpicInput &epic) {
        return epic.firstIndex >= 0 && epic.firstIndex <= epic.lastIndex && size_t(epic.lastIndex) < cumulative.size();
    };
    // The work above an epic is started on once more than it is delivered.
    const auto startTarget = [&](const EpicInput &epic) {
        return (epic.firstIndex > 0 ? cumulative[size_t(epic.firstIndex) - 1] : 0.0) + 2 * tolerance;
    };
    const auto endTarget = [&](const EpicInput &epic) { return cumulative[size_t(epic.lastIndex)]; };

    std::vector<double> targets;
    for (const EpicInput &epic : epics) {
        if (valid(epic)) {
            targets.push_back(startTarget(epic));
            targets.push_back(endTarget(epic));
        }
    }
    std::sort(targets.begin(), targets.end());
    targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
    const auto indexOf = [&](double target) {
        return size_t(std::lower_bound(targets.begin(), targets.end(), target) - targets.begin());
    };

    const Draws draws = drawsFor(velocities, options);
    const bool canDeliver = anyAboveZero(draws.velocities);
    const Distribution d = simulate(targets, draws.velocities, options.seed, draws.trials);

    QList<EpicForecast> result;
    result.reserve(epics.size());
    for (const EpicInput &epic : epics) {
        EpicForecast forecast;
        forecast.epicId = epic.epicId;
        if (valid(epic) && (canDeliver || nothingLeft(endTarget(epic)))) {
            const size_t end = indexOf(endTarget(epic));
            forecast.possible = true;
            forecast.p50 = d.percentileOf(end, 50);
            forecast.p85 = d.percentileOf(end, 85);
            const int start = d.percentileOf(indexOf(startTarget(epic)), 50);
            forecast.start = std::max(1, forecast.p50 > 0 ? std::min(start, forecast.p50) : start);
        }
        result.append(forecast);
    }
    return result;
}

Calibration backtest(const QList<double> &velocities, int window, int horizon, const Options &options)
{
    Calibration calibration;
    const std::vector<double> history = drawable(velocities);
    const int size = int(history.size());
    if (window < 1 || horizon < 1)
        return calibration;
    const int trials = std::max(1, options.trials);
    for (int s = window; s < size; ++s) {
        const std::vector<double> past(history.begin() + (s - window), history.begin() + s);
        if (!anyAboveZero(past))
            continue;
        // The targets: what sprints s, s+1, ... delivered, one to `horizon` sprints' worth.
        const int sprints = std::min(horizon, size - s);
        std::vector<double> targets;
        double sum = 0;
        for (int h = 0; h < sprints; ++h) {
            sum += history[size_t(s + h)];
            targets.push_back(sum);
        }
        const Distribution d = simulate(targets, past, options.seed, trials);
        for (size_t t = 0; t < targets.size(); ++t) {
            if (nothingLeft(targets[t]))
                continue;
            // The sprint that actually completed it (earlier than t + 1 when the last ones
            // delivered nothing).
            int actual = 1;
            while (targets[size_t(actual) - 1] + tolerance < targets[t])
                ++actual;
            ++calibration.cases;
            if (actual <= d.percentileOf(t, 50))
                ++calibration.atOrBeforeP50;
            if (actual <= d.percentileOf(t, 85))
                ++calibration.atOrBeforeP85;
            if (actual <= d.percentileOf(t, 95))
                ++calibration.atOrBeforeP95;
        }
    }
    return calibration;
}

} // namespace Ordo::Forecast
