#pragma once

#include "chartpanel.h"
#include "services/outcomes.h"

#include <QPointF>

class QBarCategoryAxis;
class QBarSeries;
class QLineSeries;
class QValueAxis;

namespace Ordo {

// The outcome measures per closed sprint: the outcome rate and the rejection rate (percent, left
// axis) and the business value delivered (bars, right axis).
class OutcomesChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit OutcomesChart(QWidget *parent = nullptr);

    struct Points
    {
        QStringList categories;
        QList<QPointF> outcomeRate;   // percent, only sprints that have one
        QList<QPointF> rejectionRate; // percent
        QList<qreal> value;
    };
    static Points points(const Outcomes::Summary &summary, const QStringList &sprintNames);
    void setData(const Outcomes::Summary &summary, const QStringList &sprintNames);

protected:
    void styleSeries() override;

private:
    QBarSeries *m_value;
    QLineSeries *m_outcome;
    QLineSeries *m_rejection;
    QBarCategoryAxis *m_x;
    QValueAxis *m_percent;
    QValueAxis *m_points;
    QStringList m_names;
};

} // namespace Ordo
