#include "charts/burndownchart.h"
#include "charts/forecastchart.h"
#include "charts/outcomeschart.h"
#include "charts/velocitychart.h"

#include <QAreaSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace Ordo;

using Points = QList<QPointF>;
using Histogram = QList<std::pair<int, int>>;

// The chart adapters of ui/charts: the point lists they hand Qt Charts (whole, through replace()
// or a new bar set), what a chart says when there is nothing to draw, and export as PNG and SVG.
class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void burndownPoints_data();
    void burndownPoints();
    void burndownMarkersNameTheItems();
    void burndownSeriesGetThePoints();
    void velocityPoints_data();
    void velocityPoints();
    void velocityBarsAndLines();
    void forecastHistogram_data();
    void forecastHistogram();
    void releaseBurnupCone();
    void roadmapBars_data();
    void roadmapBars();
    void outcomePoints();
    void emptyChartsSayWhatToDo_data();
    void emptyChartsSayWhatToDo();
    void exportReadsBack_data();
    void exportReadsBack();
    void exportToAnUnwritablePlaceFails();
    void followsADarkPalette();
};

namespace {

const QDate monday(2026, 11, 2);

Burndown::Day day(int offset, std::optional<double> remaining, double ideal, std::optional<double> scope = {})
{
    Burndown::Day d;
    d.date = monday.addDays(offset);
    d.workingDay = d.date.dayOfWeek() <= 5;
    d.remaining = remaining;
    d.ideal = ideal;
    d.scope = scope ? scope : remaining ? std::optional<double>(20) : std::nullopt;
    d.done = d.scope && remaining ? std::optional<double>(*d.scope - *remaining) : std::nullopt;
    return d;
}

// Four days from a commitment of 20: 15, 12, then 2 points added on day 3, and a day not over yet.
Burndown::Chart fourDays()
{
    Burndown::Chart chart;
    chart.sprintId = 7;
    chart.commitment = 20;
    chart.days = {day(0, 15, 15), day(1, 12, 10), day(2, 12, 5, 22), day(3, std::nullopt, 0)};
    chart.events = {{monday.addDays(2), Burndown::EventKind::Added, {41, 42}, 2}};
    return chart;
}

QString label(qint64 id) { return QStringLiteral("ORD-%1").arg(id); }

Forecast::Calendar calendar()
{
    Forecast::Calendar calendar;
    calendar.today = monday;
    for (int i = 0; i < 3; ++i) {
        Sprint s;
        s.id = 10 + i;
        s.name = QStringLiteral("Sprint %1").arg(10 + i);
        s.start = monday.addDays(14 * i);
        s.end = s.start.addDays(13);
        calendar.known.append(s);
    }
    calendar.existing = calendar.known;
    return calendar;
}

QList<QPointF> seriesPoints(QXYSeries *series) { return series->points(); }

} // namespace

void TestCharts::burndownPoints_data()
{
    QTest::addColumn<bool>("burnup");
    QTest::addColumn<Points>("ideal");
    QTest::addColumn<Points>("remaining");
    QTest::addColumn<Points>("done");
    QTest::addColumn<Points>("scope");
    QTest::addColumn<Points>("markers");

    // x 0 is the commitment at the start; x i the end of day i. The day not over has no point.
    QTest::newRow("burndown") << false << Points{{0, 20}, {1, 15}, {2, 10}, {3, 5}, {4, 0}}
                              << Points{{0, 20}, {1, 15}, {2, 12}, {3, 12}} << Points{} << Points{}
                              << Points{{3, 12}};
    QTest::newRow("burnup") << true << Points{{0, 20}, {1, 15}, {2, 10}, {3, 5}, {4, 0}} << Points{}
                            << Points{{0, 0}, {1, 5}, {2, 8}, {3, 10}} << Points{{0, 20}, {1, 20}, {2, 20}, {3, 22}}
                            << Points{{3, 22}};
}

void TestCharts::burndownPoints()
{
    QFETCH(bool, burnup);
    const BurndownChart::Points p = BurndownChart::points(fourDays(), burnup, label);
    QTEST(p.ideal, "ideal");
    QTEST(p.remaining, "remaining");
    QTEST(p.done, "done");
    QTEST(p.scope, "scope");
    QTEST(p.markers, "markers");
}

void TestCharts::burndownMarkersNameTheItems()
{
    Burndown::Chart chart = fourDays();
    chart.events.append({monday.addDays(2), Burndown::EventKind::Reopened, {43}, 3});
    chart.events.prepend({monday, Burndown::EventKind::Removed, {44}, -5});
    const BurndownChart::Points p = BurndownChart::points(chart, false, label);
    QCOMPARE(p.markers, (Points{{1, 15}, {3, 12}}));
    QCOMPARE(p.markerTexts.size(), 2);
    QVERIFY2(p.markerTexts.at(0).contains(QStringLiteral("-5")) && p.markerTexts.at(0).contains(QStringLiteral("ORD-44")),
             qPrintable(p.markerTexts.at(0)));
    // Both events of day 3 in one tooltip, each with its items and signed points.
    QVERIFY2(p.markerTexts.at(1).contains(QStringLiteral("+2")) && p.markerTexts.at(1).contains(QStringLiteral("ORD-41, ORD-42")),
             qPrintable(p.markerTexts.at(1)));
    QVERIFY2(p.markerTexts.at(1).contains(QStringLiteral("ORD-43")), qPrintable(p.markerTexts.at(1)));
}

void TestCharts::burndownSeriesGetThePoints()
{
    BurndownChart chart;
    chart.resize(800, 500);
    chart.setData(fourDays(), QStringLiteral("Sprint 7"), false, label);
    const BurndownChart::Points p = BurndownChart::points(fourDays(), false, label);
    QVERIFY(chart.isShowingChart());
    QCOMPARE(chart.chart()->title(), QStringLiteral("Sprint 7: burndown"));
    QCOMPARE(seriesPoints(chart.idealSeries()), p.ideal);
    QCOMPARE(seriesPoints(chart.firstSeries()), p.remaining);
    QVERIFY(!chart.scopeSeries()->isVisible());
    QCOMPARE(seriesPoints(chart.markerSeries()), p.markers);

    // The same chart as a burnup: the first line is Done, the scope line shows, the ideal hides.
    chart.setData(fourDays(), QStringLiteral("Sprint 7"), true, label);
    const BurndownChart::Points up = BurndownChart::points(fourDays(), true, label);
    QCOMPARE(chart.chart()->title(), QStringLiteral("Sprint 7: burnup"));
    QCOMPARE(seriesPoints(chart.firstSeries()), up.done);
    QCOMPARE(seriesPoints(chart.scopeSeries()), up.scope);
    QVERIFY(chart.scopeSeries()->isVisible());
    QVERIFY(!chart.idealSeries()->isVisible());
    // Every series has a name for the legend, and the axes have titles.
    for (QAbstractSeries *series : chart.chart()->series()) {
        if (series->isVisible())
            QVERIFY2(!series->name().isEmpty(), "a visible series without a legend entry");
    }
    for (QAbstractAxis *axis : chart.chart()->axes())
        QVERIFY(!axis->titleText().isEmpty());
}

void TestCharts::velocityPoints_data()
{
    QTest::addColumn<QList<VelocityChart::Bar>>("bars");
    QTest::addColumn<Velocity::Summary>("summary");
    QTest::addColumn<QList<qreal>>("committed");
    QTest::addColumn<QList<qreal>>("completed");
    QTest::addColumn<Points>("average");
    QTest::addColumn<Points>("upper");
    QTest::addColumn<Points>("lower");

    const QList<VelocityChart::Bar> bars{{1, QStringLiteral("S1"), 20.0, 18},
                                         {2, QStringLiteral("S2"), std::nullopt, 12},
                                         {3, QStringLiteral("S3"), 25.0, 24},
                                         {4, QStringLiteral("S4"), 22.0, 21}};
    Velocity::Summary lastThree;
    lastThree.average = 19;
    lastThree.min = 12;
    lastThree.max = 24;
    lastThree.sprints = 3;
    lastThree.sprintIds = {2, 3, 4};
    // The band spans the bars of the sprints the average is over, edge to edge of their slots.
    QTest::newRow("last three") << bars << lastThree << QList<qreal>{20, 0, 25, 22} << QList<qreal>{18, 12, 24, 21}
                                << Points{{0.5, 19}, {3.5, 19}} << Points{{0.5, 24}, {3.5, 24}}
                                << Points{{0.5, 12}, {3.5, 12}};
    QTest::newRow("no average yet") << QList<VelocityChart::Bar>{{1, QStringLiteral("S1"), 20.0, 0}} << Velocity::Summary{}
                                    << QList<qreal>{20} << QList<qreal>{0} << Points{} << Points{} << Points{};
}

void TestCharts::velocityPoints()
{
    QFETCH(QList<VelocityChart::Bar>, bars);
    QFETCH(Velocity::Summary, summary);
    const VelocityChart::Points p = VelocityChart::points(bars, summary);
    QCOMPARE(p.categories.size(), bars.size());
    QTEST(p.committed, "committed");
    QTEST(p.completed, "completed");
    QTEST(p.average, "average");
    QTEST(p.bandUpper, "upper");
    QTEST(p.bandLower, "lower");
}

void TestCharts::velocityBarsAndLines()
{
    VelocityChart chart;
    const QList<VelocityChart::Bar> bars{{1, QStringLiteral("S1"), 20.0, 18}, {2, QStringLiteral("S2"), 15.0, 16}};
    Velocity::Summary summary;
    summary.average = 17;
    summary.min = 16;
    summary.max = 18;
    summary.sprints = 2;
    summary.sprintIds = {1, 2};
    chart.setData(bars, summary);
    QVERIFY(chart.isShowingChart());
    const QList<QBarSet *> sets = chart.barSeries()->barSets();
    QCOMPARE(sets.size(), 2);
    QCOMPARE(sets.at(0)->count(), 2);
    QCOMPARE(sets.at(0)->at(0), 20.0);
    QCOMPARE(sets.at(1)->at(1), 16.0);
    QCOMPARE(seriesPoints(chart.averageSeries()), (Points{{-0.5, 17}, {1.5, 17}}));
    // Drawn again: the old sets are replaced, not added to.
    chart.setData(bars, summary);
    QCOMPARE(chart.barSeries()->barSets().size(), 2);
}

void TestCharts::forecastHistogram_data()
{
    QTest::addColumn<Histogram>("histogram");
    QTest::addColumn<int>("p85");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QList<qreal>>("likely");
    QTest::addColumn<QList<qreal>>("unlikely");

    QTest::newRow("within and beyond P85") << Histogram{{1, 500}, {2, 8000}, {3, 1500}} << 2
                                           << QStringList{QStringLiteral("Sprint 10"), QStringLiteral("Sprint 11"), QStringLiteral("Sprint 12")}
                                           << QList<qreal>{500, 8000, 0} << QList<qreal>{0, 0, 1500};
    // A gap in the histogram is a sprint with no trials.
    QTest::newRow("gap") << Histogram{{1, 6000}, {3, 4000}} << 3
                         << QStringList{QStringLiteral("Sprint 10"), QStringLiteral("Sprint 11"), QStringLiteral("Sprint 12")}
                         << QList<qreal>{6000, 0, 4000} << QList<qreal>{0, 0, 0};
    // Trials done in no sprint at all (nothing left) count in the first bar.
    QTest::newRow("some done already") << Histogram{{0, 100}, {2, 9900}} << 2
                                       << QStringList{QStringLiteral("Sprint 10"), QStringLiteral("Sprint 11")}
                                       << QList<qreal>{100, 9900} << QList<qreal>{0, 0};
}

void TestCharts::forecastHistogram()
{
    QFETCH(Histogram, histogram);
    QFETCH(int, p85);
    Forecast::Result result;
    result.possible = true;
    result.points = 40;
    result.histogram = histogram;
    result.p50 = histogram.first().first;
    result.p85 = p85;
    result.p95 = histogram.last().first;
    const ForecastChart::Points p = ForecastChart::points(result, calendar());
    QTEST(p.categories, "categories");
    QTEST(p.likely, "likely");
    QTEST(p.unlikely, "unlikely");

    ForecastChart chart;
    chart.setData(result, calendar(), QStringLiteral("When?"));
    QVERIFY(chart.isShowingChart());
}

void TestCharts::releaseBurnupCone()
{
    ReleaseBurnup::Result result;
    result.sprints = {{1, 10, 100}, {2, 30, 110}};
    result.doneNow = 35;
    result.scopeNow = 115;
    result.items = 20;
    result.best = 40;
    result.average = 30;
    result.worst = 20;
    result.atBest = 2;
    result.atAverage = 3;
    result.atWorst = 4;
    const ReleaseBurnupChart::Points p
        = ReleaseBurnupChart::points(result, {QStringLiteral("S1"), QStringLiteral("S2")}, {QStringLiteral("S3")});
    // Before the first sprint, after each; the last point is today's state.
    QCOMPARE(p.done, (Points{{0, 0}, {1, 10}, {2, 35}}));
    QCOMPARE(p.scope, (Points{{0, 100}, {1, 100}, {2, 115}}));
    // The cone from now, capped at the scope, as far as the worst velocity needs.
    QCOMPARE(p.coneUpper, (Points{{2, 35}, {3, 75}, {4, 115}, {5, 115}, {6, 115}}));
    QCOMPARE(p.coneLower, (Points{{2, 35}, {3, 55}, {4, 75}, {5, 95}, {6, 115}}));
    QCOMPARE(p.average, (Points{{2, 35}, {3, 65}, {4, 95}, {5, 115}, {6, 115}}));
    // Labels: start, the closed sprints, the known sprint to come, then +k.
    QCOMPARE(p.labels, (QStringList{QStringLiteral("Start"), QStringLiteral("S1"), QStringLiteral("S2"), QStringLiteral("S3"),
                                    QStringLiteral("+2"), QStringLiteral("+3"), QStringLiteral("+4")}));
}

void TestCharts::roadmapBars_data()
{
    QTest::addColumn<QList<Forecast::EpicForecast>>("epics");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QList<qreal>>("offset");
    QTest::addColumn<QList<qreal>>("likely");
    QTest::addColumn<QList<qreal>>("possible");

    // The first epic of the backlog ends up at the top: Qt draws the first category at the bottom.
    QTest::newRow("two epics") << QList<Forecast::EpicForecast>{{1, 1, 2, 3, true}, {2, 2, 4, 6, true}}
                               << QStringList{QStringLiteral("Search"), QStringLiteral("Checkout")} << QList<qreal>{1, 0}
                               << QList<qreal>{3, 2} << QList<qreal>{2, 1};
    QTest::newRow("impossible left out") << QList<Forecast::EpicForecast>{{1, 1, 1, 1, true}, {2, 0, 0, 0, false}}
                                         << QStringList{QStringLiteral("Checkout")} << QList<qreal>{0} << QList<qreal>{1}
                                         << QList<qreal>{0};
}

void TestCharts::roadmapBars()
{
    QFETCH(QList<Forecast::EpicForecast>, epics);
    const RoadmapChart::Points p = RoadmapChart::points(epics, {QStringLiteral("Checkout"), QStringLiteral("Search")});
    QTEST(p.categories, "categories");
    QTEST(p.offset, "offset");
    QTEST(p.likely, "likely");
    QTEST(p.possible, "possible");
}

void TestCharts::outcomePoints()
{
    Outcomes::Summary summary;
    Outcomes::SprintOutcome a;
    a.sprintId = 1;
    a.outcomeRate = 0.5;
    a.rejectionRate = 0.25;
    a.value = 13;
    Outcomes::SprintOutcome b;
    b.sprintId = 2;
    b.value = 8; // no metric, nothing reviewed: no point on either rate line
    summary.sprints = {a, b};
    const OutcomesChart::Points p = OutcomesChart::points(summary, {QStringLiteral("S1"), QStringLiteral("S2")});
    QCOMPARE(p.categories, (QStringList{QStringLiteral("S1"), QStringLiteral("S2")}));
    QCOMPARE(p.outcomeRate, (Points{{0, 50}}));
    QCOMPARE(p.rejectionRate, (Points{{0, 25}}));
    QCOMPARE(p.value, (QList<qreal>{13, 8}));
}

void TestCharts::emptyChartsSayWhatToDo_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("saying");
    QTest::newRow("burndown of a planned sprint") << QStringLiteral("burndown") << QStringLiteral("start it in Planning");
    QTest::newRow("velocity before a closed sprint") << QStringLiteral("velocity") << QStringLiteral("Close a sprint");
    QTest::newRow("forecast without velocity") << QStringLiteral("forecast") << QStringLiteral("Close a sprint");
    QTest::newRow("release burnup of nothing") << QStringLiteral("release") << QStringLiteral("link items");
    QTest::newRow("roadmap without epics") << QStringLiteral("roadmap") << QStringLiteral("add items to an epic");
    QTest::newRow("outcomes before a closed sprint") << QStringLiteral("outcomes") << QStringLiteral("Close a sprint");
}

void TestCharts::emptyChartsSayWhatToDo()
{
    QFETCH(QString, chart);
    std::unique_ptr<ChartPanel> panel;
    if (chart == QLatin1String("burndown")) {
        auto *c = new BurndownChart;
        c->setData(Burndown::Chart{}, QStringLiteral("Sprint 3"), false, label);
        panel.reset(c);
    } else if (chart == QLatin1String("velocity")) {
        auto *c = new VelocityChart;
        c->setData({}, {});
        panel.reset(c);
    } else if (chart == QLatin1String("forecast")) {
        auto *c = new ForecastChart;
        c->setData(Forecast::Result{}, calendar(), QStringLiteral("When?"));
        panel.reset(c);
    } else if (chart == QLatin1String("release")) {
        auto *c = new ReleaseBurnupChart;
        c->setData(ReleaseBurnup::Result{}, {}, {}, QStringLiteral("Product Goal"));
        panel.reset(c);
    } else if (chart == QLatin1String("roadmap")) {
        auto *c = new RoadmapChart;
        c->setData({}, {}, calendar());
        panel.reset(c);
    } else {
        auto *c = new OutcomesChart;
        c->setData(Outcomes::Summary{}, {});
        panel.reset(c);
    }
    QVERIFY(!panel->isShowingChart());
    QFETCH(QString, saying);
    QVERIFY2(panel->emptyMessage().contains(saying), qPrintable(panel->emptyMessage()));
}

void TestCharts::exportReadsBack_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("png") << QStringLiteral("png");
    QTest::newRow("svg") << QStringLiteral("svg");
}

void TestCharts::exportReadsBack()
{
    QFETCH(QString, format);
    BurndownChart chart;
    chart.resize(900, 600);
    chart.setData(fourDays(), QStringLiteral("Sprint 7"), false, label);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("burndown.") + format);
    QString error;
    const QSize size(1200, 700);
    const bool written = format == QLatin1String("png") ? chart.exportPng(path, &error, size) : chart.exportSvg(path, &error, size);
    QVERIFY2(written, qPrintable(error));
    if (format == QLatin1String("png")) {
        QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), size);
        // Something was drawn: the image holds more than the background colour.
        const QRgb background = image.pixel(0, 0);
        int other = 0;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                other += image.pixel(x, y) != background;
        }
        QVERIFY2(other > 200, qPrintable(QString::number(other)));
    } else {
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox(), QRect(QPoint(), size));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("<title>Sprint 7: burndown</title>"));
        QVERIFY(svg.contains("<path") || svg.contains("<polyline"));
    }
}

void TestCharts::exportToAnUnwritablePlaceFails()
{
    VelocityChart chart;
    chart.setData({{1, QStringLiteral("S1"), 20.0, 18}}, {});
    QString error;
    QVERIFY(!chart.exportPng(QStringLiteral("/nonexistent-folder/velocity.png"), &error));
    QVERIFY2(error.contains(QStringLiteral("velocity.png")), qPrintable(error));
    error.clear();
    QVERIFY(!chart.exportSvg(QStringLiteral("/nonexistent-folder/velocity.svg"), &error));
    QVERIFY2(error.contains(QStringLiteral("velocity.svg")), qPrintable(error));
}

void TestCharts::followsADarkPalette()
{
    BurndownChart chart;
    chart.setData(fourDays(), QStringLiteral("Sprint 7"), false, label);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    dark.setColor(QPalette::Base, QColor(20, 20, 20));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    chart.setPalette(dark);
    QCOMPARE(chart.chart()->theme(), QChart::ChartThemeDark);
    QCOMPARE(chart.chart()->backgroundBrush().color(), QColor(20, 20, 20));
    QCOMPARE(chart.chart()->titleBrush().color(), QColor(230, 230, 230));
    for (QAbstractAxis *axis : chart.chart()->axes())
        QCOMPARE(axis->labelsBrush().color(), QColor(230, 230, 230));
    // A bigger font (a projected window) reaches the axes and the legend.
    QFont large = chart.font();
    large.setPointSizeF(24);
    chart.setFont(large);
    for (QAbstractAxis *axis : chart.chart()->axes())
        QCOMPARE(axis->labelsFont().pointSizeF(), 24.0);
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
