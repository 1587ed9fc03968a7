#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

// Timing and memory figures for ordo-bench.
namespace Measurements {

struct Figure
{
    QList<double> samples; // milliseconds
    double median() const;
    double p95() const;
    QJsonObject toJson() const;
};

// Runs `work` `repetitions` times and times each run.
Figure time(int repetitions, const std::function<void()> &work);
// Times one run.
double timeOnce(const std::function<void()> &work);

// Resident set size and its peak, in bytes (Linux /proc/self/status).
qint64 residentBytes();
qint64 peakResidentBytes();

} // namespace Measurements
