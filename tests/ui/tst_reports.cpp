#include "backlog/backlogmodel.h"
#include "charts/burndownchart.h"
#include "charts/forecastchart.h"
#include "charts/outcomeschart.h"
#include "charts/velocitychart.h"
#include "commands/sprintcommands.h"
#include "mainwindow.h"
#include "modes/modebar.h"
#include "productdocument.h"
#include "reports/reportsmode.h"
#include "services/demoproduct.h"
#include "sprint/sprintmode.h"
#include "sprinteditor.h"
#include "testdocument.h"

#include <QAbstractBarSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineSeries>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ordo;

// The Reports mode and the burndown beside the board, on the demo product (four closed sprints
// with their history and a running one) and on a fresh product with no history at all.
class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyPageDrawsTheDemo();
    void everyPageSaysWhatToDoWithoutHistory_data();
    void everyPageSaysWhatToDoWithoutHistory();
    void burndownFollowsTheBoard();
    void forecastTargetsAndWhatIf();
    void onlyTheShownPageIsDrawn();
    void sprintModeShowsTheBurndown();
    void reportsModeFromTheWindow();

private:
    const Sprint *activeSprint() const { return m_doc->sprintEditor()->activeSprint(); }
    QList<ItemId> itemsOf(SprintId sprint, ItemStatus status) const;

    QTemporaryDir m_dir;
    QString m_demoPath;
    std::unique_ptr<ProductDocument> m_doc;
};

void TestReports::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_demoPath = m_dir.filePath(QStringLiteral("demo.ordo"));
    const Status written = DemoProduct::write(m_demoPath);
    QVERIFY2(written, qPrintable(written.errorMessage()));
}

void TestReports::init()
{
    // Each test works on its own copy of the demo.
    QString error;
    m_doc = openCopy(m_demoPath, m_dir.path(), &error);
    QVERIFY2(m_doc, qPrintable(error));
    QVERIFY(m_doc->sprintEditor()->activeSprint());
}

void TestReports::cleanup() { m_doc.reset(); }

QList<ItemId> TestReports::itemsOf(SprintId sprint, ItemStatus status) const
{
    QList<ItemId> ids;
    for (const BacklogRow &row : m_doc->backlogModel()->rows()) {
        if (row.sprintId == sprint && row.status == status && !row.archived)
            ids.append(row.id);
    }
    return ids;
}

void TestReports::everyPageDrawsTheDemo()
{
    ReportsMode reports;
    reports.resize(1280, 800);
    reports.setDocument(m_doc.get());
    reports.setActive(true);
    reports.refreshAll();

    // The burndown opens on the running sprint.
    QCOMPARE(reports.sprintChooser()->currentText(), activeSprint()->name);
    QVERIFY(reports.burndownChart()->isShowingChart());
    QVERIFY(!reports.burndownChart()->firstSeries()->points().isEmpty());

    // One pair of bars per closed sprint.
    int closed = 0;
    for (const Sprint &s : m_doc->sprintEditor()->sprints())
        closed += s.state == SprintState::Closed;
    QVERIFY(closed >= 3);
    QVERIFY(reports.velocityChart()->isShowingChart());
    QCOMPARE(reports.velocityChart()->barSeries()->barSets().size(), 2);
    QCOMPARE(reports.velocityChart()->barSeries()->barSets().at(0)->count(), closed);
    QVERIFY2(reports.velocityFigures()->text().contains(QStringLiteral("points")), qPrintable(reports.velocityFigures()->text()));

    QVERIFY(reports.releaseBurnupChart()->isShowingChart());
    QVERIFY(reports.forecastChart()->isShowingChart());
    QVERIFY2(reports.forecastSentence()->text().startsWith(QStringLiteral("85% likely by ")),
             qPrintable(reports.forecastSentence()->text()));
    QVERIFY2(reports.forecastRange()->text().startsWith(QStringLiteral("At current velocity")),
             qPrintable(reports.forecastRange()->text()));
    QVERIFY(reports.roadmapChart()->isShowingChart());
    QVERIFY(reports.outcomesChart()->isShowingChart());
    QVERIFY(!reports.outcomeFigures()->text().isEmpty());
}

void TestReports::everyPageSaysWhatToDoWithoutHistory_data()
{
    QTest::addColumn<int>("page");
    QTest::newRow("burndown") << int(ReportsMode::BurndownPage);
    QTest::newRow("velocity") << int(ReportsMode::VelocityPage);
    QTest::newRow("release burnup") << int(ReportsMode::ReleaseBurnupPage);
    QTest::newRow("forecast") << int(ReportsMode::ForecastPage);
    QTest::newRow("roadmap") << int(ReportsMode::RoadmapPage);
    QTest::newRow("outcomes") << int(ReportsMode::OutcomesPage);
}

void TestReports::everyPageSaysWhatToDoWithoutHistory()
{
    QFETCH(int, page);
    TestDocument fresh;
    fresh.addItems(5);
    ReportsMode reports;
    reports.setDocument(&fresh.doc());
    reports.setActive(true);
    reports.showPage(ReportsMode::Page(page));
    reports.refreshAll();
    const ChartPanel *panels[] = {reports.burndownChart(), reports.velocityChart(), reports.releaseBurnupChart(),
                                  reports.forecastChart(), reports.roadmapChart(), reports.outcomesChart()};
    const ChartPanel *panel = panels[page];
    if (page == ReportsMode::BurndownPage) {
        // No sprint has started: nothing to choose, and the page says where sprints start.
        QCOMPARE(reports.sprintChooser()->count(), 0);
    }
    QVERIFY2(!panel->isShowingChart(), "an empty axis instead of a message");
    QVERIFY(!panel->emptyMessage().isEmpty());
}

void TestReports::burndownFollowsTheBoard()
{
    ReportsMode reports;
    reports.setDocument(m_doc.get());
    reports.setActive(true);
    reports.showPage(ReportsMode::BurndownPage);
    reports.refreshAll();
    const QList<QPointF> before = reports.burndownChart()->firstSeries()->points();
    QVERIFY(!before.isEmpty());

    // A card finished on the board today takes its points off today's remaining work.
    const QList<ItemId> inProgress = itemsOf(activeSprint()->id, ItemStatus::InProgress);
    QVERIFY(!inProgress.isEmpty());
    const ItemId item = inProgress.first();
    const double estimate = m_doc->backlogModel()->rowAt(m_doc->backlogModel()->rowOf(item)).estimate;
    QVERIFY(estimate > 0);
    QVERIFY(SprintCommands::moveOnBoard(m_doc->sprintCommands(), {item}, ItemStatus::Done));
    const QList<QPointF> after = reports.burndownChart()->firstSeries()->points();
    QCOMPARE(after.size(), before.size());
    QCOMPARE(after.last().y(), before.last().y() - estimate);
    // Undone, the chart is as it was.
    m_doc->undoStack()->undo();
    QCOMPARE(reports.burndownChart()->firstSeries()->points(), before);
}

void TestReports::forecastTargetsAndWhatIf()
{
    ReportsMode reports;
    reports.setDocument(m_doc.get());
    reports.setActive(true);
    reports.showPage(ReportsMode::ForecastPage);
    reports.refreshAll();
    QComboBox *target = reports.forecastTarget();
    QVERIFY(target->count() > 2);
    // An item's forecast: "85% likely by <sprint> (<day>)".
    const int item = target->findData(QStringLiteral("item:%1").arg(
        m_doc->backlogModel()->rowAt(m_doc->backlogModel()->rowCount() - 1).id), Qt::UserRole, Qt::MatchExactly);
    int chosen = item >= 0 ? item : target->count() - 1;
    target->setCurrentIndex(chosen);
    emit target->activated(chosen);
    const QString recent = reports.forecastSentence()->text();
    QVERIFY2(recent.startsWith(QStringLiteral("85% likely by ")), qPrintable(recent));

    // A what-if velocity far above the recent ones: done sooner or at the same sprint, and the
    // simple range (which is about recent velocity) is not shown.
    reports.whatIfVelocity()->setValue(10000);
    const QString fast = reports.forecastSentence()->text();
    QVERIFY2(fast.startsWith(QStringLiteral("85% likely by ")), qPrintable(fast));
    QVERIFY(reports.forecastRange()->text().isEmpty());
    QVERIFY2(reports.inverseSentence()->text().contains(QStringLiteral("85% likely")), qPrintable(reports.inverseSentence()->text()));
    reports.whatIfVelocity()->setValue(0);
    QCOMPARE(reports.forecastSentence()->text(), recent); // same seed, same answer
}

void TestReports::onlyTheShownPageIsDrawn()
{
    ReportsMode reports;
    const auto roadmapBars = [&reports] {
        const auto *bars = qobject_cast<QAbstractBarSeries *>(reports.roadmapChart()->chart()->series().value(0));
        return bars ? bars->barSets().size() : -1;
    };
    reports.setDocument(m_doc.get());
    reports.showPage(ReportsMode::VelocityPage);
    // Not active (another mode on screen): nothing is drawn.
    QVERIFY(reports.velocityChart()->barSeries()->barSets().isEmpty());
    reports.setActive(true);
    QVERIFY(reports.velocityChart()->isShowingChart());
    QCOMPARE(reports.velocityChart()->barSeries()->barSets().size(), 2);
    // The pages not shown wait until they are.
    QCOMPARE(roadmapBars(), 0);
    reports.showPage(ReportsMode::RoadmapPage);
    QVERIFY(reports.roadmapChart()->isShowingChart());
    QCOMPARE(roadmapBars(), 3);
}

void TestReports::sprintModeShowsTheBurndown()
{
    SprintMode board;
    board.resize(1600, 900);
    board.setDocument(m_doc.get());
    board.updateBurndown();
    QVERIFY(board.burndownChart()->isShowingChart());
    QVERIFY(board.burndownChart()->chart()->title().contains(activeSprint()->name));
    const QList<QPointF> before = board.burndownChart()->firstSeries()->points();
    const QList<ItemId> inProgress = itemsOf(activeSprint()->id, ItemStatus::InProgress);
    QVERIFY(!inProgress.isEmpty());
    QVERIFY(board.moveCards({inProgress.first()}, ItemStatus::Done));
    board.updateBurndown();
    QVERIFY(board.burndownChart()->firstSeries()->points().last().y() < before.last().y());
}

void TestReports::reportsModeFromTheWindow()
{
    const QString path = m_doc->path();
    m_doc.reset();
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path));
    auto *reports = window.findChild<ReportsMode *>();
    QVERIFY(reports);
    QVERIFY(!reports->isVisible());
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QTRY_VERIFY(reports->isVisible());
    QVERIFY(reports->burndownChart()->isShowingChart());
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY(!reports->isVisible());
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
