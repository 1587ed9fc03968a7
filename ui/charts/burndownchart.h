#pragma once

#include "chartpanel.h"
#include "services/burndown.h"

#include <QPointF>

class QCategoryAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace Ordo {

// A sprint's burndown (remaining points against the ideal line) or burnup (done against scope),
// drawn from Burndown::compute(). Scope changes, re-estimates, reopenings and rejections after
// the start are markers whose tooltips name the items.
class BurndownChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit BurndownChart(QWidget *parent = nullptr);

    // The point lists handed to Qt Charts. x counts days: 0 is the start of the sprint's first
    // day (the commitment), i the end of its i-th day.
    struct Points
    {
        QList<QPointF> ideal;
        QList<QPointF> remaining; // burndown
        QList<QPointF> done;      // burnup
        QList<QPointF> scope;     // burnup
        QList<QPointF> markers;   // one per day with events, on the line drawn
        QStringList markerTexts;  // the events of that day, worded with `itemLabel`
    };
    static Points points(const Burndown::Chart &chart, bool burnup, const std::function<QString(qint64)> &itemLabel);

    void setData(const Burndown::Chart &chart, const QString &sprintName, bool burnup,
                 const std::function<QString(qint64)> &itemLabel);

    QLineSeries *idealSeries() const { return m_ideal; }
    QLineSeries *firstSeries() const { return m_first; }
    QLineSeries *scopeSeries() const { return m_scope; }
    QScatterSeries *markerSeries() const { return m_markers; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void styleSeries() override;

private:
    void labelDays();

    QLineSeries *m_ideal;
    QLineSeries *m_first;
    QLineSeries *m_scope;
    QScatterSeries *m_markers;
    QCategoryAxis *m_x;
    QList<QDate> m_days;
    QValueAxis *m_y;
    QStringList m_markerTexts;
    bool m_burnup = false;
};

} // namespace Ordo
