#include "measurements.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>

#include <algorithm>

namespace Measurements {
namespace {

double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const double rank = p * (samples.size() - 1);
    const auto low = qsizetype(rank);
    const auto high = qMin(low + 1, samples.size() - 1);
    return samples.at(low) + (samples.at(high) - samples.at(low)) * (rank - double(low));
}

qint64 statusField(const QByteArray &name)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(name))
            return line.mid(name.size()).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

} // namespace

double Figure::median() const { return percentile(samples, 0.5); }

double Figure::p95() const { return percentile(samples, 0.95); }

QJsonObject Figure::toJson() const
{
    QJsonArray all;
    for (double sample : samples)
        all.append(sample);
    return {{QStringLiteral("median"), median()}, {QStringLiteral("p95"), p95()}, {QStringLiteral("samples"), all}};
}

double timeOnce(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

Figure time(int repetitions, const std::function<void()> &work)
{
    Figure figure;
    for (int i = 0; i < repetitions; ++i)
        figure.samples.append(timeOnce(work));
    return figure;
}

qint64 residentBytes() { return statusField("VmRSS:"); }

qint64 peakResidentBytes() { return statusField("VmHWM:"); }

} // namespace Measurements
