#include "velocitychart.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Ordo {

VelocityChart::VelocityChart(QWidget *parent)
    : ChartPanel(parent)
    , m_bars(new QBarSeries(this))
    , m_average(new QLineSeries(this))
    , m_upper(new QLineSeries(this))
    , m_lower(new QLineSeries(this))
    , m_band(new QAreaSeries(m_upper, m_lower))
    , m_x(new QBarCategoryAxis(this))
    , m_y(new QValueAxis(this))
{
    m_band->setParent(this);
    chart()->setTitle(tr("Velocity"));
    m_band->setName(tr("Range of the last sprints"));
    chart()->addSeries(m_band);
    chart()->addSeries(m_bars);
    chart()->addSeries(m_average);
    m_x->setTitleText(tr("Sprint"));
    m_y->setTitleText(tr("Points"));
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart()->series()) {
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    addTooltips(m_average, [this](QPointF p) {
        return tr("Average of the last sprints: %1 points").arg(QLocale().toString(p.y(), 'g', 4));
    });
    styleSeries();
}

void VelocityChart::styleSeries()
{
    QColor band = ink(Ink::Contrast);
    band.setAlpha(45);
    m_band->setBrush(band);
    m_band->setPen(Qt::NoPen);
    m_average->setPen(QPen(ink(Ink::Contrast), 3, Qt::DashLine));
    colourBars(m_bars, {ink(Ink::Context), ink(Ink::Primary)});
}

VelocityChart::Points VelocityChart::points(const QList<Bar> &bars, const Velocity::Summary &summary)
{
    Points p;
    for (const Bar &bar : bars) {
        p.categories.append(bar.sprint);
        p.committed.append(bar.committed.value_or(0));
        p.completed.append(bar.completed);
    }
    if (!summary.average || summary.sprintIds.isEmpty())
        return p;
    qsizetype first = -1;
    qsizetype last = -1;
    for (qsizetype i = 0; i < bars.size(); ++i) {
        if (summary.sprintIds.contains(bars.at(i).sprintId)) {
            first = first < 0 ? i : first;
            last = i;
        }
    }
    if (first < 0)
        return p;
    // Across the bars of the sprints the average is over, from edge to edge of their slots.
    const qreal from = qreal(first) - 0.5;
    const qreal to = qreal(last) + 0.5;
    p.average = {{from, *summary.average}, {to, *summary.average}};
    p.bandUpper = {{from, summary.max}, {to, summary.max}};
    p.bandLower = {{from, summary.min}, {to, summary.min}};
    return p;
}

void VelocityChart::setData(const QList<Bar> &bars, const Velocity::Summary &summary)
{
    m_data = bars;
    if (bars.isEmpty()) {
        setEmptyMessage(tr("Close a sprint to see velocity: each closed sprint adds its committed and accepted points here."));
        return;
    }
    setEmptyMessage(QString());
    const Points p = points(bars, summary);
    m_bars->clear(); // deletes the old sets
    auto *committed = new QBarSet(tr("Committed"));
    committed->append(p.committed);
    auto *completed = new QBarSet(tr("Completed (accepted)"));
    completed->append(p.completed);
    m_bars->append(committed);
    m_bars->append(completed);
    styleSeries();
    const auto barText = [this](const QString &what, bool isCommitted) {
        return [this, what, isCommitted](int index) {
            if (index < 0 || index >= m_data.size())
                return QString();
            const Bar &bar = m_data.at(index);
            if (isCommitted && !bar.committed)
                return tr("%1: no commitment was recorded").arg(bar.sprint);
            return tr("%1, %2: %3 points").arg(bar.sprint, what,
                                                QLocale().toString(isCommitted ? *bar.committed : bar.completed, 'g', 4));
        };
    };
    addTooltips(committed, barText(tr("committed"), true));
    addTooltips(completed, barText(tr("completed"), false));
    m_x->clear();
    m_x->append(p.categories);
    m_average->setName(summary.average ? tr("Average of the last %n sprints", nullptr, summary.sprints) : QString());
    m_average->replace(p.average);
    m_upper->replace(p.bandUpper);
    m_lower->replace(p.bandLower);
    m_band->setVisible(!p.bandUpper.isEmpty());
    m_average->setVisible(!p.average.isEmpty());
    qreal top = 1;
    for (const QList<qreal> *values : {&p.committed, &p.completed}) {
        for (qreal v : *values)
            top = std::max(top, v);
    }
    m_y->setRange(0, std::ceil(top * 1.15));
    m_y->applyNiceNumbers();
}

} // namespace Ordo
