#pragma once

#include "chartpanel.h"
#include "services/forecast.h"
#include "services/releaseburnup.h"

#include <QPointF>

class QAreaSeries;
class QBarCategoryAxis;
class QCategoryAxis;
class QHorizontalStackedBarSeries;
class QLineSeries;
class QStackedBarSeries;
class QValueAxis;

namespace Ordo {

// The Monte Carlo forecast's histogram: how many trials finished in each sprint to come, the bars
// up to the 85% sprint apart from those after it.
class ForecastChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit ForecastChart(QWidget *parent = nullptr);

    struct Points
    {
        QStringList categories;   // the sprints' names
        QList<qreal> likely;      // trials ending in each sprint up to P85
        QList<qreal> unlikely;    // ... after it
    };
    static Points points(const Forecast::Result &result, const Forecast::Calendar &calendar);
    void setData(const Forecast::Result &result, const Forecast::Calendar &calendar, const QString &title);

protected:
    void styleSeries() override;

private:
    QStackedBarSeries *m_bars;
    QBarCategoryAxis *m_x;
    QValueAxis *m_y;
    QStringList m_names;
    Forecast::Result m_result;
};

// The release burnup: done against total scope at each closed sprint, with the cone to completion
// at the best and worst recent velocity and the line at the average.
class ReleaseBurnupChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit ReleaseBurnupChart(QWidget *parent = nullptr);

    struct Points
    {
        QList<QPointF> done;       // x: 0 = before the first closed sprint, i = after the i-th
        QList<QPointF> scope;
        QList<QPointF> coneUpper;  // at the best velocity, from now to the scope
        QList<QPointF> coneLower;  // at the worst
        QList<QPointF> average;
        QStringList labels;        // x labels: the sprints' names, then the sprints to come
    };
    static Points points(const ReleaseBurnup::Result &result, const QStringList &closedNames, const QStringList &comingNames);
    void setData(const ReleaseBurnup::Result &result, const QStringList &closedNames, const QStringList &comingNames,
                 const QString &scopeName);

protected:
    void styleSeries() override;

private:
    QLineSeries *m_done;
    QLineSeries *m_scope;
    QLineSeries *m_upper;
    QLineSeries *m_lower;
    QLineSeries *m_average;
    QAreaSeries *m_cone;
    QCategoryAxis *m_x;
    QValueAxis *m_y;
    QStringList m_labels;
};

// The roadmap: each epic as a bar over the sprints to come, from where its work starts to its P50,
// and on to its P85.
class RoadmapChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit RoadmapChart(QWidget *parent = nullptr);

    struct Points
    {
        QStringList categories;  // epic names, the first at the top
        QList<qreal> offset;     // sprints before its work starts (drawn transparent)
        QList<qreal> likely;     // its start to its P50
        QList<qreal> possible;   // P50 to P85
    };
    static Points points(const QList<Forecast::EpicForecast> &epics, const QStringList &names);
    void setData(const QList<Forecast::EpicForecast> &epics, const QStringList &names, const Forecast::Calendar &calendar);

protected:
    void styleSeries() override;

private:
    QHorizontalStackedBarSeries *m_bars;
    QBarCategoryAxis *m_y;
    QCategoryAxis *m_x;
    QList<Forecast::EpicForecast> m_epics;
    QStringList m_names;
    Forecast::Calendar m_calendar;
};

} // namespace Ordo
