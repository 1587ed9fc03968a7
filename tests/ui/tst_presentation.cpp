#include "backlog/backlogmodel.h"
#include "planning/capacitybar.h"
#include "presentation/presentationwindow.h"
#include "commands/sprintcommands.h"
#include "mainwindow.h"
#include "review/reviewmode.h"
#include "story/storyeditor.h"
#include "presentation/presentedboard.h"
#include "presentation/presentedplanning.h"
#include "presentation/presentedreports.h"
#include "presentation/presentedreview.h"
#include "productdocument.h"
#include "services/demoproduct.h"
#include "sprinteditor.h"
#include "storage/reviewrepository.h"
#include "testdocument.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Ordo;

Q_DECLARE_METATYPE(Ordo::PresentationTheme::Kind)

// Presentation mode on the demo product: type sizes and contrast that read from the back of the
// room at projector resolutions, nothing elided or clipped, and the meetings driven from the keys.
class TestPresentation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void contrast_data();
    void contrast();
    void typeSizes_data();
    void typeSizes();
    void nothingElided_data();
    void nothingElided();
    void zoomNeverBelowTheMinimum();
    void reviewFromTheKeyboard();
    void planningFromTheKeyboard();
    void timeBoxAndScreen();
    void boardAndReports();
    void onlyThePageOnTheWallFollowsEdits();
    void spotlightFollowsTheMouse();
    void bothWindowsFollowOneItem();

private:
    void show(int width, int height, PresentationWindow::Page page);
    QTemporaryDir m_dir;
    QString m_demoPath;
    std::unique_ptr<ProductDocument> m_doc;
    std::unique_ptr<PresentationWindow> m_window;
};

void TestPresentation::initTestCase()
{
    m_demoPath = m_dir.filePath(QStringLiteral("demo.ordo"));
    const Status written = DemoProduct::write(m_demoPath);
    QVERIFY2(written, qPrintable(written.errorMessage()));
}

void TestPresentation::init()
{
    QString error;
    m_doc = openCopy(m_demoPath, m_dir.path(), &error);
    QVERIFY2(m_doc, qPrintable(error));
    m_window = std::make_unique<PresentationWindow>(m_doc.get());
}

void TestPresentation::cleanup()
{
    m_window.reset();
    m_doc.reset();
}

void TestPresentation::show(int width, int height, PresentationWindow::Page page)
{
    m_window->setPage(page);
    m_window->resize(width, height);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(m_window->size(), QSize(width, height));
    QCoreApplication::processEvents();
}

void TestPresentation::contrast_data()
{
    QTest::addColumn<PresentationTheme::Kind>("kind");
    QTest::newRow("light") << PresentationTheme::Kind::Light;
    QTest::newRow("dark") << PresentationTheme::Kind::Dark;
}

void TestPresentation::contrast()
{
    QFETCH(PresentationTheme::Kind, kind);
    // The ratio itself, against WCAG's own examples.
    QCOMPARE(qRound(PresentationTheme::contrast(Qt::black, Qt::white) * 10), 210);
    QCOMPARE(qRound(PresentationTheme::contrast(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);

    const PresentationTheme t = PresentationTheme::of(kind);
    const QList<std::pair<QColor, QColor>> pairs{{t.text, t.background}, {t.text, t.surface},     {t.muted, t.background},
                                                 {t.muted, t.surface},   {t.good, t.background},  {t.bad, t.background},
                                                 {t.accent, t.background}, {t.accentText, t.accent}};
    for (const auto &[fore, back] : pairs) {
        const double ratio = PresentationTheme::contrast(fore, back);
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3").arg(fore.name(), back.name()).arg(ratio)));
    }
    // The window takes the theme's palette, and so do the pages' widgets.
    m_window->setTheme(kind);
    const QPalette palette = m_window->review()->palette();
    QCOMPARE(palette.color(QPalette::WindowText), t.text);
    QCOMPARE(palette.color(QPalette::Window), t.background);
    QVERIFY(PresentationTheme::contrast(palette.color(QPalette::PlaceholderText), palette.color(QPalette::Window)) >= 4.5);
    // A verdict is drawn in the theme's colour for it.
    show(1280, 720, PresentationWindow::ReviewPage);
    m_window->review()->toggle(0);
    QCOMPARE(m_window->review()->checkBoxes().value(0)->property(PresentedPage::colourProperty).value<QColor>(), t.good);
    QVERIFY(m_window->review()->checkBoxes().value(0)->styleSheet().contains(t.good.name()));
}

void TestPresentation::typeSizes_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("page");
    for (const QSize size : {QSize(1920, 1080), QSize(1366, 768), QSize(1280, 720)}) {
        static const char *const names[] = {"planning", "board", "review", "reports"};
        for (int page = 0; page < PresentationWindow::PageCount; ++page)
            QTest::addRow("%dx%d %s", size.width(), size.height(), names[page]) << size.width() << size.height() << page;
    }
}

void TestPresentation::typeSizes()
{
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(int, page);
    show(width, height, PresentationWindow::Page(page));
    // 24 px body and 40 px headings at 1080 lines, 16 px body at 720.
    const int body = (height + 44) / 45;
    const int heading = (height + 26) / 27;
    QCOMPARE(m_window->bodyPixels(), body);
    QCOMPARE(m_window->headingPixels(), heading);
    int checked = 0;
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(m_window.get()) || !widget->property(PresentedPage::roleProperty).isValid())
            continue;
        const bool isHeading = PresentedPage::roleOf(widget) == PresentedPage::Role::Heading;
        const int pixels = QFontInfo(widget->font()).pixelSize();
        QVERIFY2(pixels >= (isHeading ? heading : body),
                 qPrintable(QStringLiteral("%1 “%2”: %3 px").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                                 widget->property("text").toString())
                                .arg(pixels)));
        ++checked;
    }
    QVERIFY2(checked >= 3, qPrintable(QString::number(checked)));
}

void TestPresentation::nothingElided_data() { typeSizes_data(); }

void TestPresentation::nothingElided()
{
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(int, page);
    show(width, height, PresentationWindow::Page(page));
    // The review's page with the most to show: its first story with verdicts given.
    if (page == PresentationWindow::ReviewPage) {
        m_window->review()->toggle(0);
        m_window->review()->toggle(1);
        m_window->review()->toggle(1);
        QCoreApplication::processEvents();
    }
    int checked = 0;
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(m_window.get()) || label->text().isEmpty() || label->objectName() == QLatin1String("spotlight"))
            continue;
        const QRect room = label->contentsRect();
        if (label->wordWrap()) {
            QVERIFY2(label->heightForWidth(room.width()) <= label->height(),
                     qPrintable(QStringLiteral("“%1” needs %2 px, has %3").arg(label->text()).arg(label->heightForWidth(room.width())).arg(label->height())));
        } else {
            const int needed = label->fontMetrics().horizontalAdvance(label->text());
            QVERIFY2(needed <= room.width(), qPrintable(QStringLiteral("“%1” needs %2 px, has %3").arg(label->text()).arg(needed).arg(room.width())));
            QVERIFY2(label->fontMetrics().height() <= room.height(), qPrintable(label->text()));
        }
        ++checked;
    }
    for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(m_window.get()))
            continue;
        QVERIFY2(button->sizeHint().width() <= button->width() && button->sizeHint().height() <= button->height(),
                 qPrintable(QStringLiteral("“%1”: %2x%3 in %4x%5")
                                .arg(button->text())
                                .arg(button->sizeHint().width())
                                .arg(button->sizeHint().height())
                                .arg(button->width())
                                .arg(button->height())));
        ++checked;
    }
    // The lists' rows are not cut either.
    for (QListWidget *list : m_window->findChildren<QListWidget *>()) {
        if (!list->isVisibleTo(m_window.get()))
            continue;
        for (int i = 0; i < list->count(); ++i) {
            const QRect rect = list->visualItemRect(list->item(i));
            const QString text = list->item(i)->text();
            const QFontMetrics metrics = list->fontMetrics();
            // A card wraps onto as many lines as it needs, but no word is cut.
            const QRect needed = metrics.boundingRect(QRect(0, 0, list->viewport()->width() - 8, 100000), Qt::TextWordWrap, text);
            QVERIFY2(needed.height() <= rect.height(), qPrintable(QStringLiteral("“%1”: %2 px high in %3").arg(text).arg(needed.height()).arg(rect.height())));
            for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
                QVERIFY2(metrics.horizontalAdvance(word) <= rect.width(), qPrintable(word));
            if (!list->wordWrap())
                QVERIFY2(metrics.horizontalAdvance(text) <= list->viewport()->width(), qPrintable(text));
        }
    }
    QVERIFY(checked >= 6);
}

void TestPresentation::zoomNeverBelowTheMinimum()
{
    show(1280, 720, PresentationWindow::ReviewPage);
    const int body = m_window->bodyPixels();
    QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(m_window->bodyPixels(), body);
    QTest::keyClick(m_window.get(), Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(m_window->bodyPixels() > body);
    const QLabel *title = m_window->review()->findChildren<QLabel *>().constFirst();
    QVERIFY(QFontInfo(title->font()).pixelSize() >= m_window->headingPixels());
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(m_window->theme().kind, PresentationTheme::Kind::Dark);
}

void TestPresentation::reviewFromTheKeyboard()
{
    show(1920, 1080, PresentationWindow::ReviewPage);
    PresentedReview *review = m_window->review();
    QVERIFY(review->items().size() >= 2);
    QCOMPARE(m_window->stepLabel()->text(), QStringLiteral("Story 1 of %1").arg(review->items().size()));
    const ItemId first = review->currentItem();
    const SprintId sprint = m_doc->sprintEditor()->activeSprint()->id;
    QSignalSpy followed(m_window.get(), &PresentationWindow::currentItemChanged);

    // Each number key gives the next verdict, kept at once as one undo step.
    const int steps = m_doc->undoStack()->count();
    review->setFocus();
    QTest::keyClick(review, Qt::Key_1);
    QCOMPARE(review->checks().criteria.value(0).verdict, Review::Verdict::Met);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(ReviewRepository(m_doc->database()).record(sprint, first)->criteria.value(0).met, true);
    QVERIFY(review->checkBoxes().value(0)->text().contains(QStringLiteral("met")));

    // A is refused until everything is met, then accepts.
    QTest::keyClick(review, Qt::Key_A);
    QCOMPARE(m_doc->backlogModel()->rowAt(m_doc->backlogModel()->rowOf(first)).status, ItemStatus::Done);
    for (int i = 0; i < review->checkBoxes().size(); ++i) {
        if (i >= int(review->checks().criteria.size()) || review->checks().criteria.at(i).verdict != Review::Verdict::Met)
            review->toggle(i);
    }
    QTest::keyClick(review, Qt::Key_A);
    QCOMPARE(m_doc->backlogModel()->rowAt(m_doc->backlogModel()->rowOf(first)).status, ItemStatus::Accepted);

    // The arrow goes to the next story, and the other window follows.
    QTest::keyClick(review, Qt::Key_Right);
    QCOMPARE(m_window->stepLabel()->text(), QStringLiteral("Story 2 of %1").arg(review->items().size()));
    QVERIFY(!followed.isEmpty());
    QCOMPARE(followed.constLast().constFirst().value<ItemId>(), review->items().at(1));
    // Reject needs something not met and a reason.
    QVERIFY(!review->reject(QStringLiteral("The photo must show on the map")));
    QTest::keyClick(review, Qt::Key_1);
    QTest::keyClick(review, Qt::Key_1);
    QCOMPARE(review->checks().criteria.value(0).verdict, Review::Verdict::NotMet);
    QVERIFY(review->reject(QStringLiteral("The photo must show on the map")));
    QCOMPARE(m_doc->backlogModel()->rowAt(m_doc->backlogModel()->rowOf(review->items().at(1))).status, ItemStatus::Rejected);

    // The walkthrough ends on the summary with its charts.
    for (int i = 0; i < review->items().size(); ++i)
        QTest::keyClick(review, Qt::Key_Right);
    QVERIFY(review->isSummary());
    QCOMPARE(m_window->stepLabel()->text(), QStringLiteral("Summary"));
    QVERIFY(review->summaryLabel()->text().contains(QStringLiteral("Accepted: 1 item")));
    QVERIFY(review->summaryLabel()->text().contains(QStringLiteral("Rejected: 1 item")));

    // The main window's choice shows here.
    m_window->showItem(first);
    QCOMPARE(review->currentItem(), first);
}

void TestPresentation::planningFromTheKeyboard()
{
    show(1920, 1080, PresentationWindow::PlanningPage);
    PresentedPlanning *planning = m_window->planning();
    const Sprint *planned = m_doc->sprintEditor()->nextPlannedSprint();
    QVERIFY(planned);
    QCOMPARE(planning->sprint(), planned->id);
    QVERIFY(planning->goalLabel()->text().contains(planned->goal));
    const int inSprint = planning->sprintList()->count();
    QCOMPARE(planning->backlogList()->count(), PresentedPlanning::nextItems);
    const ItemId next = planning->backlogList()->item(0)->data(Qt::UserRole).toLongLong();
    const double committed = planning->capacityBar()->figures().committed;

    planning->backlogList()->setFocus();
    planning->backlogList()->setCurrentRow(0);
    QTest::keyClick(planning->backlogList(), Qt::Key_Return);
    QCOMPARE(planning->sprintList()->count(), inSprint + 1);
    QCOMPARE(m_doc->backlogModel()->rowAt(m_doc->backlogModel()->rowOf(next)).sprintId, planned->id);
    QVERIFY(planning->capacityBar()->figures().committed > committed);
    QCOMPARE(planning->backlogList()->count(), PresentedPlanning::nextItems);

    // Given back from the sprint's list, and undone like any edit.
    planning->sprintList()->setFocus();
    for (int i = 0; i < planning->sprintList()->count(); ++i) {
        if (planning->sprintList()->item(i)->data(Qt::UserRole).toLongLong() == next)
            planning->sprintList()->setCurrentRow(i);
    }
    QCOMPARE(planning->currentItem(), next);
    QTest::keyClick(planning->sprintList(), Qt::Key_Delete);
    QCOMPARE(planning->sprintList()->count(), inSprint);
    m_doc->undoStack()->undo();
    QCOMPARE(planning->sprintList()->count(), inSprint + 1);
}

void TestPresentation::timeBoxAndScreen()
{
    // Two-week sprints: planning at most 4 hours, the review 2 (8 and 4 for a month).
    m_window->setPage(PresentationWindow::PlanningPage);
    QCOMPARE(m_window->timeBoxMinutes(), 240);
    m_window->setPage(PresentationWindow::ReviewPage);
    QCOMPARE(m_window->timeBoxMinutes(), 120);
    m_window->setTimerRunning(true);
    QCOMPARE(m_window->timerLabel()->text(), QStringLiteral("120:00 left"));
    m_window->setTimerRunning(false);
    // One screen: the presentation goes on it.
    QWidget laptop;
    QCOMPARE(PresentationWindow::defaultScreen(&laptop), QGuiApplication::primaryScreen());
    // Esc leaves.
    show(1280, 720, PresentationWindow::ReviewPage);
    QSignalSpy closed(m_window.get(), &PresentationWindow::closed);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QCOMPARE(closed.size(), 1);
    QVERIFY(!m_window->isVisible());
}

void TestPresentation::boardAndReports()
{
    show(1366, 768, PresentationWindow::BoardPage);
    PresentedBoard *board = m_window->board();
    const Sprint *active = m_doc->sprintEditor()->activeSprint();
    // Every card of the running sprint in its column; the demo uses In Review.
    int cards = 0;
    for (const BacklogRow &row : m_doc->backlogModel()->rows())
        cards += row.sprintId == active->id && !row.archived && row.type != ItemType::Epic;
    int shown = 0;
    for (QListWidget *column : board->columns())
        shown += column->count();
    QCOMPARE(shown, cards);
    QCOMPARE(board->columns().size(), 4);
    QVERIFY(board->columnTitles().constFirst()->text().startsWith(QStringLiteral("To Do · ")));
    // A card moved on the laptop's board moves here.
    const ItemId moving = board->columns().constFirst()->item(0)->data(Qt::UserRole).toLongLong();
    QVERIFY(SprintCommands::moveOnBoard(m_doc->sprintCommands(), {moving}, ItemStatus::InProgress));
    bool found = false;
    for (int i = 0; i < board->columns().at(1)->count(); ++i)
        found = found || board->columns().at(1)->item(i)->data(Qt::UserRole).toLongLong() == moving;
    QVERIFY(found);
    // Right goes to the next column and shows its card in the other window.
    QSignalSpy followed(m_window.get(), &PresentationWindow::currentItemChanged);
    board->columns().constFirst()->setFocus();
    QTest::keyClick(board->columns().constFirst(), Qt::Key_Right);
    QVERIFY(board->columns().at(1)->hasFocus());
    QVERIFY(!followed.isEmpty());

    m_window->setPage(PresentationWindow::ReportsPage);
    PresentedReports *reports = m_window->reports();
    QCOMPARE(reports->chart(), PresentedReports::BurndownChartPage);
    QCOMPARE(m_window->stepLabel()->text(), QStringLiteral("Chart 1 of 4"));
    reports->setFocus();
    QTest::keyClick(reports, Qt::Key_Right);
    QCOMPARE(reports->chart(), PresentedReports::VelocityChartPage);
    QVERIFY(reports->sentence()->text().startsWith(QStringLiteral("Average of the last 3")));
    QTest::keyClick(reports, Qt::Key_Right);
    QVERIFY(reports->sentence()->text().contains(QStringLiteral("85% likely")));
    QTest::keyClick(reports, Qt::Key_Right);
    QCOMPARE(reports->chart(), PresentedReports::OutcomesChartPage);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->page(), PresentationWindow::PlanningPage);
}

void TestPresentation::onlyThePageOnTheWallFollowsEdits()
{
    show(1280, 720, PresentationWindow::PlanningPage);
    PresentedPlanning *planning = m_window->planning();
    const int inSprint = planning->sprintList()->count();
    QVERIFY(planning->backlogList()->count() > 0);
    const ItemId next = planning->backlogList()->item(0)->data(Qt::UserRole).toLongLong();
    m_window->setPage(PresentationWindow::ReviewPage);
    QVERIFY(SprintCommands::pull(m_doc->sprintCommands(), {next}, planning->sprint()));
    // Off the wall, the planning page waits; shown, it draws what changed.
    QCOMPARE(planning->sprintList()->count(), inSprint);
    m_window->setPage(PresentationWindow::PlanningPage);
    QCOMPARE(planning->sprintList()->count(), inSprint + 1);
}

void TestPresentation::spotlightFollowsTheMouse()
{
    show(1280, 720, PresentationWindow::ReviewPage);
    QWidget *spotlight = m_window->spotlight();
    QCursor::setPos(m_window->mapToGlobal(QPoint(300, 200)));
    QTRY_VERIFY(spotlight->isVisible());
    QCOMPARE(spotlight->size(), m_window->size());
    QVERIFY(spotlight->testAttribute(Qt::WA_TransparentForMouseEvents));
    // At rest it goes.
    QTRY_VERIFY_WITH_TIMEOUT(!spotlight->isVisible(), 3000);
    QCursor::setPos(m_window->mapToGlobal(QPoint(600, 400)));
    QTRY_VERIFY(spotlight->isVisible());
}

void TestPresentation::bothWindowsFollowOneItem()
{
    const QString path = m_doc->path();
    m_window.reset();
    m_doc.reset();
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path));
    window.setMode(MainWindow::ReviewModeIndex);
    QVERIFY(window.presentAction()->isEnabled());
    // View › Present On lists the screens, the one it will use ticked.
    QMenu *screens = nullptr;
    for (QMenu *menu : window.findChildren<QMenu *>()) {
        if (menu->title() == QLatin1String("Present &On"))
            screens = menu;
    }
    QVERIFY(screens);
    emit screens->aboutToShow();
    QCOMPARE(screens->actions().size(), QGuiApplication::screens().size());
    QCOMPARE(std::count_if(screens->actions().cbegin(), screens->actions().cend(), [](QAction *a) { return a->isChecked(); }), 1);
    QCOMPARE(window.presentAction()->shortcut(), QKeySequence(Qt::Key_F5));
    window.presentAction()->trigger();
    PresentationWindow *presentation = window.presentation();
    QVERIFY(presentation);
    QVERIFY(presentation->isFullScreen());
    QCOMPARE(presentation->page(), PresentationWindow::ReviewPage);
    // Chosen on the laptop, shown on the wall.
    ReviewMode *review = window.reviewMode();
    const ItemId second = review->items().value(1);
    QVERIFY(second != 0);
    review->showItem(second);
    QCOMPARE(presentation->review()->currentItem(), second);
    // Chosen on the wall, shown in the story editor and the review.
    QTest::keyClick(presentation->review(), Qt::Key_Left);
    const ItemId first = review->items().value(0);
    QCOMPARE(presentation->review()->currentItem(), first);
    QCOMPARE(review->currentItem(), first);
    QCOMPARE(window.storyEditor()->item(), first);
    // Esc leaves, and the window is gone.
    presentation->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(presentation));
    QTest::keyClick(presentation, Qt::Key_Escape);
    QTRY_VERIFY(!window.presentation());
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
