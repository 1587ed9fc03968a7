#include "outcomeschart.h"

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

OutcomesChart::OutcomesChart(QWidget *parent)
    : ChartPanel(parent)
    , m_value(new QBarSeries(this))
    , m_outcome(new QLineSeries(this))
    , m_rejection(new QLineSeries(this))
    , m_x(new QBarCategoryAxis(this))
    , m_percent(new QValueAxis(this))
    , m_points(new QValueAxis(this))
{
    chart()->setTitle(tr("Outcomes per sprint"));
    chart()->addSeries(m_value);
    chart()->addSeries(m_outcome);
    chart()->addSeries(m_rejection);
    m_outcome->setName(tr("Outcome rate"));
    m_rejection->setName(tr("Rejection rate"));
    for (QLineSeries *line : {m_outcome, m_rejection})
        line->setPointsVisible(true);
    m_x->setTitleText(tr("Sprint"));
    m_percent->setTitleText(tr("Percent"));
    m_percent->setRange(0, 100);
    m_percent->setLabelFormat(QStringLiteral("%.0f%%"));
    m_points->setTitleText(tr("Business value delivered"));
    m_points->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_percent, Qt::AlignLeft);
    chart()->addAxis(m_points, Qt::AlignRight);
    m_value->attachAxis(m_x);
    m_value->attachAxis(m_points);
    for (QLineSeries *line : {m_outcome, m_rejection}) {
        line->attachAxis(m_x);
        line->attachAxis(m_percent);
    }
    const auto text = [this](const QString &what) {
        return [this, what](QPointF p) {
            return tr("%1, %2: %3%").arg(m_names.value(int(std::lround(p.x()))), what, QLocale().toString(p.y(), 'f', 0));
        };
    };
    addTooltips(m_outcome, text(tr("outcome rate")));
    addTooltips(m_rejection, text(tr("rejection rate")));
    styleSeries();
}

void OutcomesChart::styleSeries()
{
    m_outcome->setPen(QPen(ink(Ink::Good), 3));
    m_rejection->setPen(QPen(ink(Ink::Contrast), 3));
    colourBars(m_value, {ink(Ink::Context)});
}

OutcomesChart::Points OutcomesChart::points(const Outcomes::Summary &summary, const QStringList &sprintNames)
{
    Points p;
    for (qsizetype i = 0; i < summary.sprints.size(); ++i) {
        const Outcomes::SprintOutcome &s = summary.sprints.at(i);
        p.categories.append(sprintNames.value(i));
        if (s.outcomeRate)
            p.outcomeRate.append({qreal(i), *s.outcomeRate * 100});
        if (s.rejectionRate)
            p.rejectionRate.append({qreal(i), *s.rejectionRate * 100});
        p.value.append(s.value);
    }
    return p;
}

void OutcomesChart::setData(const Outcomes::Summary &summary, const QStringList &sprintNames)
{
    m_names = sprintNames;
    if (summary.sprints.isEmpty()) {
        setEmptyMessage(tr("Close a sprint to see outcomes: accepted stories with a success metric and a measured value make the outcome rate."));
        return;
    }
    setEmptyMessage(QString());
    const Points p = points(summary, sprintNames);
    m_value->clear();
    auto *value = new QBarSet(tr("Business value delivered"));
    value->append(p.value);
    m_value->append(value);
    styleSeries();
    addTooltips(value, [this, p](int index) {
        return tr("%1: business value %2 delivered").arg(m_names.value(index), QLocale().toString(p.value.value(index), 'g', 4));
    });
    m_outcome->replace(p.outcomeRate);
    m_rejection->replace(p.rejectionRate);
    m_x->clear();
    m_x->append(p.categories);
    const qreal top = p.value.isEmpty() ? 1 : *std::max_element(p.value.cbegin(), p.value.cend());
    // At least 0 to 10, so that a sprint of little or no value gets whole-number ticks.
    m_points->setRange(0, std::max<qreal>(10, std::ceil(top * 1.15)));
    m_points->applyNiceNumbers();
}

} // namespace Ordo
