#include "forecastchart.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Ordo {

ForecastChart::ForecastChart(QWidget *parent)
    : ChartPanel(parent)
    , m_bars(new QStackedBarSeries(this))
    , m_x(new QBarCategoryAxis(this))
    , m_y(new QValueAxis(this))
{
    chart()->addSeries(m_bars);
    m_x->setTitleText(tr("Done by the end of"));
    m_y->setTitleText(tr("Trials (of %1)").arg(QLocale().toString(Forecast::defaultTrials)));
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    m_bars->attachAxis(m_x);
    m_bars->attachAxis(m_y);
    styleSeries();
}

void ForecastChart::styleSeries() { colourBars(m_bars, {ink(Ink::Primary), ink(Ink::Context)}); }

ForecastChart::Points ForecastChart::points(const Forecast::Result &result, const Forecast::Calendar &calendar)
{
    Points p;
    if (!result.possible || result.histogram.isEmpty())
        return p;
    const int first = std::max(1, result.histogram.first().first);
    const int last = result.histogram.last().first;
    for (int n = first; n <= last; ++n) {
        p.categories.append(Forecast::sprintAt(calendar, n).name);
        int trials = 0;
        for (const auto &[sprints, count] : result.histogram) {
            if (sprints == n || (n == first && sprints < first))
                trials += count;
        }
        p.likely.append(n <= result.p85 ? trials : 0);
        p.unlikely.append(n <= result.p85 ? 0 : trials);
    }
    return p;
}

void ForecastChart::setData(const Forecast::Result &result, const Forecast::Calendar &calendar, const QString &title)
{
    m_result = result;
    chart()->setTitle(title);
    if (!result.possible) {
        setEmptyMessage(tr("Close a sprint to see a forecast: it draws on the velocity of the last closed sprints."));
        return;
    }
    if (result.points <= 0) {
        setEmptyMessage(tr("Nothing is left to do above and including it."));
        return;
    }
    setEmptyMessage(QString());
    const Points p = points(result, calendar);
    m_names = p.categories;
    m_bars->clear();
    auto *likely = new QBarSet(tr("Within the 85% forecast"));
    likely->append(p.likely);
    auto *unlikely = new QBarSet(tr("Beyond it"));
    unlikely->append(p.unlikely);
    m_bars->append(likely);
    m_bars->append(unlikely);
    styleSeries();
    const auto text = [this](const QList<qreal> &values) {
        return [this, values](int index) {
            if (index < 0 || index >= m_names.size())
                return QString();
            return tr("%1: %2 of %3 trials finish in it")
                .arg(m_names.at(index), QLocale().toString(int(values.value(index))), QLocale().toString(Forecast::defaultTrials));
        };
    };
    QList<qreal> all;
    for (qsizetype i = 0; i < p.likely.size(); ++i)
        all.append(p.likely.at(i) + p.unlikely.at(i));
    addTooltips(likely, text(all));
    addTooltips(unlikely, text(all));
    m_x->clear();
    m_x->append(p.categories);
    m_y->setRange(0, std::max<qreal>(1, *std::max_element(all.cbegin(), all.cend()) * 1.1));
    m_y->applyNiceNumbers();
}

ReleaseBurnupChart::ReleaseBurnupChart(QWidget *parent)
    : ChartPanel(parent)
    , m_done(new QLineSeries(this))
    , m_scope(new QLineSeries(this))
    , m_upper(new QLineSeries(this))
    , m_lower(new QLineSeries(this))
    , m_average(new QLineSeries(this))
    , m_cone(new QAreaSeries(m_upper, m_lower))
    , m_x(new QCategoryAxis(this))
    , m_y(new QValueAxis(this))
{
    m_cone->setParent(this);
    m_done->setPointsVisible(true);
    m_scope->setPointsVisible(true);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(m_cone), static_cast<QAbstractSeries *>(m_scope),
                                    static_cast<QAbstractSeries *>(m_done), static_cast<QAbstractSeries *>(m_average)}) {
        chart()->addSeries(series);
    }
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_x->setTitleText(tr("Sprint"));
    m_y->setTitleText(tr("Points"));
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart()->series()) {
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    const auto text = [this](const QString &what) {
        return [this, what](QPointF p) {
            const int i = int(std::lround(p.x()));
            return tr("%1 after %2: %3 points").arg(what, m_labels.value(i), QLocale().toString(p.y(), 'g', 4));
        };
    };
    addTooltips(m_done, text(tr("Done")));
    addTooltips(m_scope, text(tr("Scope")));
    addTooltips(m_average, text(tr("At the average velocity")));
    styleSeries();
}

void ReleaseBurnupChart::styleSeries()
{
    QColor cone = ink(Ink::Primary);
    cone.setAlpha(45);
    m_cone->setBrush(cone);
    m_cone->setPen(Qt::NoPen);
    m_average->setPen(QPen(ink(Ink::Primary), 2, Qt::DashLine));
    m_done->setPen(QPen(ink(Ink::Primary), 3));
    m_scope->setPen(QPen(ink(Ink::Contrast), 2));
}

ReleaseBurnupChart::Points ReleaseBurnupChart::points(const ReleaseBurnup::Result &result, const QStringList &closedNames,
                                                      const QStringList &comingNames)
{
    Points p;
    p.labels.append(ReleaseBurnupChart::tr("Start"));
    p.done.append({0, 0});
    p.scope.append({0, result.sprints.isEmpty() ? result.scopeNow : result.sprints.first().scope});
    for (qsizetype i = 0; i < result.sprints.size(); ++i) {
        p.labels.append(closedNames.value(i));
        p.done.append({qreal(i + 1), result.sprints.at(i).done});
        p.scope.append({qreal(i + 1), result.sprints.at(i).scope});
    }
    // Today's state after the last closed sprint's, when the scope or the work moved since.
    const qreal now = qreal(result.sprints.size());
    if (!result.sprints.isEmpty()) {
        p.done.last().setY(result.doneNow);
        p.scope.last().setY(result.scopeNow);
    }
    const double rest = result.scopeNow - result.doneNow;
    if (result.atWorst && rest > 0) {
        const int horizon = std::min(*result.atWorst, 52);
        for (int k = 0; k <= horizon; ++k) {
            const qreal x = now + k;
            p.coneUpper.append({x, std::min(result.scopeNow, result.doneNow + result.best * k)});
            p.coneLower.append({x, std::min(result.scopeNow, result.doneNow + result.worst * k)});
            p.average.append({x, std::min(result.scopeNow, result.doneNow + result.average * k)});
            if (k > 0)
                p.labels.append(comingNames.value(k - 1, QStringLiteral("+%1").arg(k)));
        }
    }
    return p;
}

void ReleaseBurnupChart::setData(const ReleaseBurnup::Result &result, const QStringList &closedNames,
                                 const QStringList &comingNames, const QString &scopeName)
{
    chart()->setTitle(tr("Release burnup: %1").arg(scopeName));
    if (result.items == 0) {
        setEmptyMessage(tr("Nothing is in this scope yet: link items to the Product Goal, to an epic or give them a label."));
        return;
    }
    setEmptyMessage(QString());
    const Points p = points(result, closedNames, comingNames);
    m_labels = p.labels;
    m_done->setName(tr("Done"));
    m_scope->setName(tr("Scope"));
    m_cone->setName(tr("Forecast (best to worst recent velocity)"));
    m_average->setName(tr("At the average velocity"));
    m_done->replace(p.done);
    m_scope->replace(p.scope);
    m_upper->replace(p.coneUpper);
    m_lower->replace(p.coneLower);
    m_average->replace(p.average);
    m_cone->setVisible(!p.coneUpper.isEmpty());
    m_average->setVisible(!p.average.isEmpty());
    for (const QString &label : m_x->categoriesLabels())
        m_x->remove(label);
    // Category labels must be unique: a repeated name gets a thin space.
    QStringList used;
    for (qsizetype i = 0; i < p.labels.size(); ++i) {
        QString label = p.labels.at(i);
        while (used.contains(label))
            label += QChar(0x2009);
        used.append(label);
        m_x->append(label, qreal(i));
    }
    m_x->setRange(0, std::max<qreal>(1, qreal(p.labels.size() - 1)));
    m_x->setStartValue(0);
    qreal top = 1;
    for (const QPointF &point : p.scope)
        top = std::max(top, point.y());
    m_y->setRange(0, std::ceil(top * 1.1));
    m_y->applyNiceNumbers();
}

RoadmapChart::RoadmapChart(QWidget *parent)
    : ChartPanel(parent)
    , m_bars(new QHorizontalStackedBarSeries(this))
    , m_y(new QBarCategoryAxis(this))
    , m_x(new QCategoryAxis(this))
{
    chart()->setTitle(tr("Roadmap: when will each epic be ready?"));
    chart()->addSeries(m_bars);
    m_x->setTitleText(tr("Sprints to come"));
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    chart()->addAxis(m_y, Qt::AlignLeft);
    chart()->addAxis(m_x, Qt::AlignBottom);
    m_bars->attachAxis(m_y);
    m_bars->attachAxis(m_x);
    styleSeries();
}

void RoadmapChart::styleSeries()
{
    QColor possible = ink(Ink::Primary);
    possible.setAlpha(90);
    colourBars(m_bars, {Qt::transparent, ink(Ink::Primary), possible});
}

RoadmapChart::Points RoadmapChart::points(const QList<Forecast::EpicForecast> &epics, const QStringList &names)
{
    Points p;
    // Qt draws the first category at the bottom: the list goes in reversed, so the first epic of
    // the backlog is at the top.
    for (qsizetype i = epics.size() - 1; i >= 0; --i) {
        const Forecast::EpicForecast &epic = epics.at(i);
        if (!epic.possible)
            continue;
        p.categories.append(names.value(i));
        const int start = std::max(1, epic.start);
        p.offset.append(start - 1);
        p.likely.append(std::max(1, epic.p50 - start + 1));
        p.possible.append(std::max(0, epic.p85 - std::max(epic.p50, start)));
    }
    return p;
}

void RoadmapChart::setData(const QList<Forecast::EpicForecast> &epics, const QStringList &names, const Forecast::Calendar &calendar)
{
    m_epics = epics;
    m_names = names;
    m_calendar = calendar;
    const Points p = points(epics, names);
    if (p.categories.isEmpty()) {
        setEmptyMessage(epics.isEmpty() ? tr("No epic has unfinished work: add items to an epic to see it on the roadmap.")
                                        : tr("Close a sprint to see the roadmap: it draws on the velocity of the last closed sprints."));
        return;
    }
    setEmptyMessage(QString());
    m_bars->clear();
    auto *offset = new QBarSet(QString());
    offset->append(p.offset);
    auto *likely = new QBarSet(tr("Likely (50%)"));
    likely->append(p.likely);
    auto *possible = new QBarSet(tr("Possible (85%)"));
    possible->append(p.possible);
    m_bars->append(offset);
    m_bars->append(likely);
    m_bars->append(possible);
    styleSeries();
    chart()->legend()->markers(m_bars).first()->setVisible(false);
    // Category i is the i-th possible epic from the bottom, as points() lays them out.
    QList<qsizetype> shown;
    for (qsizetype i = epics.size() - 1; i >= 0; --i) {
        if (epics.at(i).possible)
            shown.append(i);
    }
    const auto text = [this, shown](int index) {
        if (index < 0 || index >= shown.size())
            return QString();
        const Forecast::EpicForecast &f = m_epics.at(shown.at(index));
        const Sprint p50 = Forecast::sprintAt(m_calendar, f.p50);
        const Sprint p85 = Forecast::sprintAt(m_calendar, f.p85);
        return tr("%1: 50% likely by %2 (%3), 85% likely by %4 (%5)")
            .arg(m_names.value(shown.at(index)), p50.name, QLocale().toString(p50.end, QLocale::ShortFormat), p85.name,
                 QLocale().toString(p85.end, QLocale::ShortFormat));
    };
    addTooltips(likely, text);
    addTooltips(possible, text);
    m_y->clear();
    m_y->append(p.categories);
    int last = 1;
    for (qsizetype i = 0; i < p.offset.size(); ++i)
        last = std::max(last, int(p.offset.at(i) + p.likely.at(i) + p.possible.at(i)));
    for (const QString &label : m_x->categoriesLabels())
        m_x->remove(label);
    const int step = std::max(1, last / 8);
    for (int n = 0; n <= last; n += step)
        m_x->append(n == 0 ? tr("Now") : Forecast::sprintAt(calendar, n).name, n);
    // Half a sprint beyond the last bar, so that no bar ends on the frame.
    m_x->setRange(0, last + 0.5);
}

} // namespace Ordo
