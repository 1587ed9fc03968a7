#pragma once

#include "chartpanel.h"
#include "services/velocity.h"

#include <QPointF>

class QAreaSeries;
class QBarCategoryAxis;
class QBarSeries;
class QLineSeries;
class QValueAxis;

namespace Ordo {

// Committed at the start against completed (accepted) per closed sprint, with the average of the
// last N sprints and its min-max band.
class VelocityChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit VelocityChart(QWidget *parent = nullptr);

    struct Bar
    {
        qint64 sprintId = 0;
        QString sprint;
        std::optional<double> committed;
        double completed = 0;
    };
    // What Qt Charts gets: the categories, the two bar sets' values, the average line and the
    // band's upper and lower lines over the sprints the average is over (x: category index).
    struct Points
    {
        QStringList categories;
        QList<qreal> committed;
        QList<qreal> completed;
        QList<QPointF> average;
        QList<QPointF> bandUpper;
        QList<QPointF> bandLower;
    };
    static Points points(const QList<Bar> &bars, const Velocity::Summary &summary);

    void setData(const QList<Bar> &bars, const Velocity::Summary &summary);

    QBarSeries *barSeries() const { return m_bars; }
    QLineSeries *averageSeries() const { return m_average; }

protected:
    void styleSeries() override;

private:
    QBarSeries *m_bars;
    QLineSeries *m_average;
    QLineSeries *m_upper;
    QLineSeries *m_lower;
    QAreaSeries *m_band;
    QBarCategoryAxis *m_x;
    QValueAxis *m_y;
    QList<Bar> m_data;
};

} // namespace Ordo
