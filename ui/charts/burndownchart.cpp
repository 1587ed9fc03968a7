#include "burndownchart.h"

#include <QChart>
#include <QCoreApplication>
#include <QCategoryAxis>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Ordo {
namespace {

QString eventText(const Burndown::Event &event, const std::function<QString(qint64)> &itemLabel)
{
    QStringList names;
    for (qint64 id : event.items)
        names.append(itemLabel(id));
    const QString points = QLocale().toString(event.points, 'g', 4);
    const QString signedPoints = event.points > 0 ? QStringLiteral("+") + points : points;
    QString what;
    switch (event.kind) {
    case Burndown::EventKind::Added: what = BurndownChart::tr("Added (%1 points): %2"); break;
    case Burndown::EventKind::Removed: what = BurndownChart::tr("Removed (%1 points): %2"); break;
    case Burndown::EventKind::Reestimated: what = BurndownChart::tr("Re-estimated (%1 points): %2"); break;
    case Burndown::EventKind::Reopened: what = BurndownChart::tr("Reopened (%1 points): %2"); break;
    case Burndown::EventKind::Rejected: what = BurndownChart::tr("Rejected at the review (%1 points): %2"); break;
    }
    return what.arg(signedPoints, names.join(QStringLiteral(", ")));
}

} // namespace

BurndownChart::BurndownChart(QWidget *parent)
    : ChartPanel(parent)
    , m_ideal(new QLineSeries(this))
    , m_first(new QLineSeries(this))
    , m_scope(new QLineSeries(this))
    , m_markers(new QScatterSeries(this))
    , m_x(new QCategoryAxis(this))
    , m_y(new QValueAxis(this))
{
    m_first->setPointsVisible(true);
    m_markers->setMarkerSize(14);
    m_markers->setName(tr("Scope changes"));
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(m_ideal), static_cast<QAbstractSeries *>(m_first),
                                    static_cast<QAbstractSeries *>(m_scope), static_cast<QAbstractSeries *>(m_markers)}) {
        chart()->addSeries(series);
    }
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_x->setTitleText(tr("End of day"));
    m_y->setTitleText(tr("Points"));
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart()->series()) {
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    const auto pointText = [this](const QString &name) {
        return [this, name](QPointF p) {
            const int day = int(std::lround(p.x()));
            const QString when = day <= 0 || day > m_days.size() ? tr("at the start")
                                                                 : QLocale().toString(m_days.at(day - 1), QLocale::ShortFormat);
            return tr("%1, %2: %3 points").arg(name, when, QLocale().toString(p.y(), 'g', 4));
        };
    };
    addTooltips(m_ideal, pointText(tr("Ideal")));
    addTooltips(m_first, [this, pointText](QPointF p) { return pointText(m_first->name())(p); });
    addTooltips(m_scope, pointText(tr("Scope")));
    addTooltips(m_markers, [this](QPointF p) {
        const QList<QPointF> all = m_markers->points();
        const qsizetype i = all.indexOf(p);
        return i >= 0 && i < m_markerTexts.size() ? m_markerTexts.at(i) : QString();
    });
    styleSeries();
}

void BurndownChart::styleSeries()
{
    m_ideal->setPen(QPen(ink(Ink::Guide), 2, Qt::DashLine));
    m_first->setPen(QPen(ink(Ink::Primary), 3));
    m_scope->setPen(QPen(ink(Ink::Contrast), 2));
    m_markers->setColor(ink(Ink::Contrast));
    m_markers->setBorderColor(palette().color(QPalette::Base));
}

BurndownChart::Points BurndownChart::points(const Burndown::Chart &chart, bool burnup, const std::function<QString(qint64)> &itemLabel)
{
    Points points;
    if (chart.isEmpty() || chart.days.isEmpty())
        return points;
    const double commitment = *chart.commitment;
    points.ideal.append({0, commitment});
    if (burnup) {
        points.done.append({0, 0});
        points.scope.append({0, commitment});
    } else {
        points.remaining.append({0, commitment});
    }
    for (qsizetype i = 0; i < chart.days.size(); ++i) {
        const Burndown::Day &day = chart.days.at(i);
        const qreal x = qreal(i + 1);
        points.ideal.append({x, day.ideal});
        if (burnup) {
            if (day.done && day.scope) {
                points.done.append({x, *day.done});
                points.scope.append({x, *day.scope});
            }
        } else if (day.remaining) {
            points.remaining.append({x, *day.remaining});
        }
    }
    // One marker per day with events, on the line the chart draws for that day.
    QList<QDate> days;
    for (const Burndown::Event &event : chart.events) {
        if (!days.contains(event.day))
            days.append(event.day);
    }
    std::sort(days.begin(), days.end());
    for (QDate dayDate : std::as_const(days)) {
        const auto day = std::find_if(chart.days.cbegin(), chart.days.cend(), [dayDate](const Burndown::Day &d) { return d.date == dayDate; });
        if (day == chart.days.cend())
            continue;
        const std::optional<double> y = burnup ? day->scope : day->remaining;
        if (!y)
            continue;
        QStringList texts;
        for (const Burndown::Event &event : chart.events) {
            if (event.day == dayDate)
                texts.append(eventText(event, itemLabel));
        }
        points.markers.append({qreal(day - chart.days.cbegin() + 1), *y});
        points.markerTexts.append(QLocale().toString(dayDate, QLocale::ShortFormat) + QStringLiteral("\n") + texts.join(u'\n'));
    }
    return points;
}

void BurndownChart::setData(const Burndown::Chart &sprintChart, const QString &sprintName, bool burnup,
                            const std::function<QString(qint64)> &itemLabel)
{
    m_burnup = burnup;
    chart()->setTitle(burnup ? tr("%1: burnup").arg(sprintName) : tr("%1: burndown").arg(sprintName));
    if (sprintChart.isEmpty()) {
        setEmptyMessage(tr("“%1” has not started: start it in Planning to see its burndown.").arg(sprintName));
        return;
    }
    setEmptyMessage(QString());
    const Points p = points(sprintChart, burnup, itemLabel);
    m_ideal->setName(tr("Ideal"));
    m_ideal->setVisible(!burnup);
    m_ideal->replace(burnup ? QList<QPointF>() : p.ideal);
    m_first->setName(burnup ? tr("Done") : tr("Remaining"));
    m_first->replace(burnup ? p.done : p.remaining);
    m_scope->setName(tr("Scope"));
    m_scope->setVisible(burnup);
    m_scope->replace(burnup ? p.scope : QList<QPointF>());
    m_markers->replace(p.markers);
    m_markerTexts = p.markerTexts;
    m_markers->setVisible(!p.markers.isEmpty());

    double top = *sprintChart.commitment;
    for (const QList<QPointF> *line : {&p.ideal, &p.remaining, &p.scope, &p.done}) {
        for (const QPointF &point : *line)
            top = std::max(top, point.y());
    }
    m_y->setRange(0, std::max(1.0, std::ceil(top * 1.1)));
    m_y->applyNiceNumbers();
    m_days.clear();
    for (const Burndown::Day &day : sprintChart.days)
        m_days.append(day.date);
    labelDays();
}

void BurndownChart::resizeEvent(QResizeEvent *event)
{
    ChartPanel::resizeEvent(event);
    labelDays();
}

void BurndownChart::labelDays()
{
    for (const QString &label : m_x->categoriesLabels())
        m_x->remove(label);
    if (m_days.isEmpty())
        return;
    // As many day labels as the width holds, the last day always among them.
    const QString format = QStringLiteral("d MMM");
    const int labelWidth = fontMetrics().horizontalAdvance(QLocale().toString(QDate(2000, 12, 30), format)) + 16;
    const int room = std::max(1, int(chart()->plotArea().width() > 0 ? chart()->plotArea().width() : width() * 0.8) / labelWidth);
    const int step = std::max(1, int(std::ceil(double(m_days.size()) / room)));
    QList<qsizetype> shown;
    for (qsizetype i = m_days.size() - 1; i >= 0; i -= step)
        shown.prepend(i);
    // Categories go in ascending order.
    for (qsizetype i : std::as_const(shown))
        m_x->append(QLocale().toString(m_days.at(i), format), qreal(i + 1));
    m_x->setStartValue(0);
    m_x->setRange(0, qreal(m_days.size()));
}

} // namespace Ordo
