#include "backlog/backlogmodel.h"
#include "commands/sprintcommands.h"
#include "mainwindow.h"
#include "productdocument.h"
#include "review/feedbackdialog.h"
#include "review/reviewmode.h"
#include "services/velocity.h"
#include "storage/itemrepository.h"
#include "services/demoproduct.h"
#include "services/reviewoperations.h"
#include "sprint/closesprintdialog.h"
#include "sprint/sprintmode.h"
#include "sprinteditor.h"
#include "sprints/itemslicemodel.h"
#include "story/storyeditor.h"
#include "storage/historyrepository.h"
#include "storage/reviewrepository.h"
#include "storage/sprintrepository.h"
#include "testdocument.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QRadioButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Ordo;

// Review mode on the demo product's running sprint: the walkthrough, the acceptance rules as the
// screen applies them, what accepting and rejecting write (status, history, review record,
// decision log), and undo of each step.
class TestReviewMode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsTheFinishedItems();
    void acceptOnlyWhenEverythingIsMet();
    void rejectNeedsWhatFailedAndWhy();
    void verdictsAreKeptAndUndoable();
    void decisionsRefusedWriteNothing_data();
    void decisionsRefusedWriteNothing();
    void boardCardOpensItsReview();
    void sprintGoalVerdict();
    void feedbackGoesToTheBacklog();
    void feedbackDialogNeedsTitleAndRequester();
    void acceptedItemCountedOnceInVelocity();

private:
    ItemStatus statusOf(ItemId id) const
    {
        return m_doc->backlogModel()->rowAt(m_doc->backlogModel()->rowOf(id)).status;
    }
    int historyRows(ItemId id) const
    {
        return int(HistoryRepository(m_doc->database()).ofItems({id}, {HistoryField::StatusChanged})->size());
    }
    void judgeAll(ReviewMode &review, Review::Verdict verdict);

    QTemporaryDir m_dir;
    QString m_demoPath;
    std::unique_ptr<ProductDocument> m_doc;
};

void TestReviewMode::initTestCase()
{
    m_demoPath = m_dir.filePath(QStringLiteral("demo.ordo"));
    const Status written = DemoProduct::write(m_demoPath);
    QVERIFY2(written, qPrintable(written.errorMessage()));
}

void TestReviewMode::init()
{
    // Each test works on its own copy of the demo.
    QString error;
    m_doc = openCopy(m_demoPath, m_dir.path(), &error);
    QVERIFY2(m_doc, qPrintable(error));
    QVERIFY(m_doc->sprintEditor()->activeSprint());
}

void TestReviewMode::cleanup() { m_doc.reset(); }

void TestReviewMode::judgeAll(ReviewMode &review, Review::Verdict verdict)
{
    const int criteria = int(review.checks().criteria.size());
    const int done = int(review.checks().definitionOfDone.size());
    for (int i = 0; i < criteria; ++i)
        review.setVerdict(i, verdict);
    for (int i = 0; i < done; ++i)
        review.setVerdict(i, verdict, true);
}

void TestReviewMode::listsTheFinishedItems()
{
    ReviewMode review;
    review.setDocument(m_doc.get());
    review.setActive(true);
    const SprintId sprint = m_doc->sprintEditor()->activeSprint()->id;
    QList<ItemId> expected;
    for (const BacklogRow &row : m_doc->backlogModel()->rows()) {
        if (row.sprintId == sprint && (row.status == ItemStatus::Done || row.status == ItemStatus::InReview))
            expected.append(row.id);
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(review.items(), expected);
    QCOMPARE(review.currentItem(), expected.first());
    QCOMPARE(review.itemList()->count(), expected.size());
    // The page holds the item's criteria and the sprint's Definition of Done, nothing judged yet.
    QVERIFY(!review.checks().criteria.isEmpty());
    QCOMPARE(review.checks().definitionOfDone.size(), m_doc->sprintEditor()->activeSprint()->definitionOfDone->size());
    QVERIFY(!review.acceptButton()->isEnabled());
    QVERIFY(!review.rejectButton()->isEnabled());
}

void TestReviewMode::acceptOnlyWhenEverythingIsMet()
{
    ReviewMode review;
    review.setDocument(m_doc.get());
    review.setActive(true);
    const ItemId item = review.currentItem();
    const int before = historyRows(item);
    const int steps = m_doc->undoStack()->count();

    // All but the last Definition of Done item: not yet.
    judgeAll(review, Review::Verdict::Met);
    const int last = int(review.checks().definitionOfDone.size()) - 1;
    review.setVerdict(last, Review::Verdict::Unjudged, true);
    QVERIFY(!review.acceptButton()->isEnabled());
    review.setVerdict(last, Review::Verdict::Met, true);
    QVERIFY(review.acceptButton()->isEnabled());
    // Everything met: rejecting is not a choice, even with a reason.
    review.reasonEdit()->setPlainText(QStringLiteral("The copy on the card is wrong"));
    QVERIFY(!review.rejectButton()->isEnabled());
    QVERIFY(!SprintCommands::reject(m_doc->sprintCommands(), item, review.checks(), QString(), review.reasonEdit()->toPlainText()));

    QVERIFY(review.accept());
    QCOMPARE(statusOf(item), ItemStatus::Accepted);
    QCOMPARE(historyRows(item), before + 1);
    const auto record = ReviewRepository(m_doc->database()).record(m_doc->sprintEditor()->activeSprint()->id, item);
    QVERIFY(record);
    QCOMPARE(record->criteria.size(), review.checks().criteria.size());
    QVERIFY(record->rejectionReason.isEmpty());
    // The walkthrough moves on to the next item waiting.
    QVERIFY(review.currentItem() != item);

    // Accepting was one step: undone, the item is Done again.
    QVERIFY(m_doc->undoStack()->count() > steps);
    m_doc->undoStack()->undo();
    QCOMPARE(statusOf(item), ItemStatus::Done);
}

void TestReviewMode::rejectNeedsWhatFailedAndWhy()
{
    ReviewMode review;
    review.setDocument(m_doc.get());
    review.setActive(true);
    const ItemId item = review.currentItem();
    const int decisions = int(decisionsOf(*m_doc).size());
    judgeAll(review, Review::Verdict::Met);
    review.setVerdict(0, Review::Verdict::NotMet);
    QVERIFY(!review.acceptButton()->isEnabled());
    QVERIFY(!review.rejectButton()->isEnabled()); // no reason yet
    review.reasonEdit()->setPlainText(QStringLiteral("The photo must show on the tracking map too"));
    QVERIFY(review.rejectButton()->isEnabled());
    // A reason being typed stays while more verdicts are given; a verdict given again is no step.
    review.setVerdict(1, Review::Verdict::NotMet, true);
    QCOMPARE(review.reasonEdit()->toPlainText(), QStringLiteral("The photo must show on the tracking map too"));
    const int afterVerdicts = m_doc->undoStack()->count();
    review.setVerdict(1, Review::Verdict::NotMet, true);
    QCOMPARE(m_doc->undoStack()->count(), afterVerdicts);
    // Closing the sprint cannot accept what the review found not met.
    {
        CloseSprintDialog close(*m_doc, m_doc->sprintEditor()->activeSprint()->id);
        QComboBox *choice = close.choiceOf(item);
        QVERIFY(choice);
        const auto *items = qobject_cast<QStandardItemModel *>(choice->model());
        QVERIFY(items);
        QVERIFY(!items->item(1)->isEnabled());
    }
    const int stepsBefore = m_doc->undoStack()->count();
    QVERIFY(review.reject());
    QCOMPARE(m_doc->undoStack()->count(), stepsBefore + 1);
    QCOMPARE(statusOf(item), ItemStatus::Rejected);

    // The decision log names what failed and why; the record keeps it for the story editor.
    const QList<Decision> log = decisionsOf(*m_doc);
    QCOMPARE(log.size(), decisions + 1);
    QCOMPARE(log.first().reasoning, QStringLiteral("The photo must show on the tracking map too"));
    QVERIFY2(log.first().decision.contains(review.checks().criteria.first().criterion.label()), qPrintable(log.first().decision));
    const auto open = ReviewRepository(m_doc->database()).openRejection(item);
    QVERIFY(open);
    QCOMPARE(open->failed.first(), review.checks().criteria.first().criterion.label());
    // A rejected item is reworked before it is accepted again; a later verdict keeps the rejection.
    QVERIFY(!SprintCommands::accept(m_doc->sprintCommands(), item, review.checks(), QString()));
    review.setVerdict(0, Review::Verdict::Met);
    QCOMPARE(ReviewRepository(m_doc->database()).openRejection(item)->rejectionReason,
             QStringLiteral("The photo must show on the tracking map too"));
    m_doc->undoStack()->undo(); // the verdict

    // The story editor shows the rejection until the item is accepted.
    StoryEditor editor;
    editor.setDocument(m_doc.get());
    editor.setItem(item);
    QVERIFY(!editor.rejectionBanner()->isHidden());
    QVERIFY2(editor.rejectionBanner()->text().contains(QStringLiteral("tracking map")), qPrintable(editor.rejectionBanner()->text()));

    // A rejected item is reworked from the board's To Do column.
    SprintMode board;
    board.setDocument(m_doc.get());
    QVERIFY(board.columnModel(0)->ids().contains(item));

    // Undone: Done again, no decision, no open rejection.
    m_doc->undoStack()->undo();
    QCOMPARE(statusOf(item), ItemStatus::Done);
    QCOMPARE(int(decisionsOf(*m_doc).size()), decisions);
    QVERIFY(ReviewRepository(m_doc->database()).openRejection(item)->rejectionReason.isEmpty());
    QTRY_VERIFY(editor.rejectionBanner()->isHidden());

    // Redone, reworked and accepted: the rejection is settled.
    m_doc->undoStack()->redo();
    QTRY_VERIFY(!editor.rejectionBanner()->isHidden());
    QVERIFY(SprintCommands::moveOnBoard(m_doc->sprintCommands(), {item}, ItemStatus::Done));
    review.showItem(item);
    judgeAll(review, Review::Verdict::Met);
    QVERIFY(review.accept());
    QCOMPARE(statusOf(item), ItemStatus::Accepted);
    QVERIFY(ReviewRepository(m_doc->database()).openRejection(item)->rejectionReason.isEmpty());
    QTRY_VERIFY(editor.rejectionBanner()->isHidden());
}

void TestReviewMode::verdictsAreKeptAndUndoable()
{
    ItemId item = 0;
    {
        ReviewMode review;
        review.setDocument(m_doc.get());
        review.setActive(true);
        item = review.currentItem();
        review.setVerdict(0, Review::Verdict::Met);
        review.noteEdit()->setText(QStringLiteral("Support loved it"));
        emit review.noteEdit()->editingFinished();
    }
    // A walkthrough that stops goes on where it was.
    ReviewMode again;
    again.setDocument(m_doc.get());
    again.setActive(true);
    QCOMPARE(again.currentItem(), item);
    QCOMPARE(again.checks().criteria.first().verdict, Review::Verdict::Met);
    QCOMPARE(again.noteEdit()->text(), QStringLiteral("Support loved it"));
    // Each verdict was one step.
    m_doc->undoStack()->undo(); // the note
    m_doc->undoStack()->undo(); // the verdict
    QCOMPARE(again.checks().criteria.first().verdict, Review::Verdict::Unjudged);
    QVERIFY(again.noteEdit()->text().isEmpty());
}

void TestReviewMode::decisionsRefusedWriteNothing_data()
{
    QTest::addColumn<QString>("decision");
    QTest::addColumn<QString>("verdicts"); // "met", "unjudged", "one not met"
    QTest::addColumn<QString>("reason");
    QTest::newRow("accept with a criterion not judged") << "accept" << "unjudged" << QString();
    QTest::newRow("accept with one not met") << "accept" << "one not met" << QString();
    QTest::newRow("reject when all is met") << "reject" << "met" << "The copy on the card is wrong";
    QTest::newRow("reject without a reason") << "reject" << "one not met" << QString();
    QTest::newRow("reject with a blank reason") << "reject" << "one not met" << "   ";
    QTest::newRow("reject with nothing said") << "reject" << "one not met" << "no.";
}

void TestReviewMode::decisionsRefusedWriteNothing()
{
    QFETCH(QString, decision);
    QFETCH(QString, verdicts);
    QFETCH(QString, reason);
    ReviewMode review;
    review.setDocument(m_doc.get());
    review.setActive(true);
    const ItemId item = review.currentItem();
    if (verdicts != QLatin1String("unjudged"))
        judgeAll(review, Review::Verdict::Met);
    if (verdicts == QLatin1String("one not met"))
        review.setVerdict(0, Review::Verdict::NotMet);
    const int steps = m_doc->undoStack()->count();
    const int history = historyRows(item);
    const int decisions = int(decisionsOf(*m_doc).size());
    const Status result = decision == QLatin1String("accept")
                              ? SprintCommands::accept(m_doc->sprintCommands(), item, review.checks(), QString())
                              : SprintCommands::reject(m_doc->sprintCommands(), item, review.checks(), QString(), reason);
    QVERIFY(!result);
    QVERIFY(!result.errorMessage().isEmpty());
    QCOMPARE(m_doc->undoStack()->count(), steps);
    QCOMPARE(historyRows(item), history);
    QCOMPARE(int(decisionsOf(*m_doc).size()), decisions);
    QCOMPARE(statusOf(item), ItemStatus::Done);
}

void TestReviewMode::boardCardOpensItsReview()
{
    const QString path = m_doc->path();
    m_doc.reset();
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QTRY_COMPARE(window.currentMode(), int(MainWindow::SprintModeIndex));
    ReviewMode *review = window.reviewMode();
    auto *board = window.findChild<SprintMode *>();
    QVERIFY(board);
    ItemSliceModel *done = board->columnModel(board->columnCount() - 1);
    QVERIFY(done->rowCount() > 0);
    const ItemId item = done->idAt(done->rowCount() - 1);
    emit board->reviewRequested(item);
    QCOMPARE(window.currentMode(), int(MainWindow::ReviewModeIndex));
    QVERIFY(review->isVisible());
    QCOMPARE(review->currentItem(), item);
    // Ctrl+4 is the review, Ctrl+5 the reports.
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QTRY_COMPARE(window.currentMode(), int(MainWindow::ReportsModeIndex));
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QTRY_COMPARE(window.currentMode(), int(MainWindow::ReviewModeIndex));
}

void TestReviewMode::sprintGoalVerdict()
{
    ReviewMode review;
    review.setDocument(m_doc.get());
    review.setActive(true);
    const SprintId sprint = m_doc->sprintEditor()->activeSprint()->id;
    QVERIFY(!m_doc->sprintEditor()->activeSprint()->goalVerdict);
    const int steps = m_doc->undoStack()->count();
    QComboBox *chooser = review.goalVerdictChooser();
    const int partly = chooser->findData(int(GoalVerdict::PartlyMet));
    QVERIFY(partly > 0);
    chooser->setCurrentIndex(partly);
    emit chooser->activated(partly);
    QTest::keyClicks(review.goalVerdictNote(), QStringLiteral("Vouchers work, split payment waits"));
    // The verdict and its sentence are one step, and what the file holds.
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    const auto stored = SprintRepository(m_doc->database()).all();
    QVERIFY(stored);
    const auto it = std::find_if(stored->cbegin(), stored->cend(), [sprint](const Sprint &s) { return s.id == sprint; });
    QVERIFY(it != stored->cend());
    QCOMPARE(it->goalVerdict, std::optional<GoalVerdict>(GoalVerdict::PartlyMet));
    QCOMPARE(it->goalVerdictNote, QStringLiteral("Vouchers work, split payment waits"));
    // The items not done are counted beside it.
    QVERIFY2(review.notDoneLabel()->text().contains(QStringLiteral("not done")), qPrintable(review.notDoneLabel()->text()));
    m_doc->undoStack()->undo();
    QVERIFY(!m_doc->sprintEditor()->activeSprint()->goalVerdict);
    QCOMPARE(review.goalVerdictChooser()->currentIndex(), 0);
    QVERIFY(review.goalVerdictNote()->text().isEmpty());
}

void TestReviewMode::feedbackGoesToTheBacklog()
{
    ReviewMode review;
    review.setDocument(m_doc.get());
    const Sprint *sprint = m_doc->sprintEditor()->activeSprint();
    QCOMPARE(review.reviewedSprint(), sprint);
    QVERIFY(review.feedbackAction()->isEnabled());
    QCOMPARE(review.feedbackAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+M")));
    const int steps = m_doc->undoStack()->count();
    const qsizetype rows = m_doc->backlogModel()->rows().size();

    BacklogItem said;
    said.title = QStringLiteral("Show voucher balance at checkout");
    said.requester = QStringLiteral("Mia, Finance");
    said.type = ItemType::Story;
    said.sprintId = sprint->id; // a feedback item never goes into the sprint
    const auto top = review.addFeedback(said, true);
    QVERIFY2(top, qPrintable(top.errorMessage()));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(m_doc->backlogModel()->rows().size(), rows + 1);
    QCOMPARE(m_doc->backlogModel()->rows().constFirst().id, *top);
    const auto stored = ItemRepository(m_doc->database()).load(*top);
    QVERIFY(stored);
    QCOMPARE(stored->requester, QStringLiteral("Mia, Finance"));
    QCOMPARE(stored->feedbackSprintId, std::optional<SprintId>(sprint->id));
    QCOMPARE(stored->sprintId, std::nullopt);
    QCOMPARE(stored->status, ItemStatus::New);
    // The review's report lists it, with who asked.
    auto feedback = ReviewRepository(m_doc->database()).feedbackOf(sprint->id);
    QVERIFY(feedback);
    QCOMPARE(feedback->size(), 1);
    QCOMPARE(feedback->constFirst().requester, QStringLiteral("Mia, Finance"));
    // The story editor says where it came from.
    StoryEditor editor;
    editor.setDocument(m_doc.get());
    editor.setItem(*top);
    auto *from = editor.findChild<QLabel *>(QStringLiteral("feedbackFrom"));
    QVERIFY(from && !from->isHidden());
    QCOMPARE(from->text(), QStringLiteral("feedback at the %1 review").arg(sprint->name));
    editor.setItem(m_doc->backlogModel()->rows().constLast().id);
    QVERIFY(from->isHidden());

    said.title = QStringLiteral("Vouchers in the receipt e-mail");
    const auto bottom = review.addFeedback(said, false);
    QVERIFY(bottom);
    QCOMPARE(m_doc->backlogModel()->rows().constLast().id, *bottom);
    QCOMPARE(ReviewRepository(m_doc->database()).feedbackOf(sprint->id)->size(), 2);

    // Undo takes each back, redo brings it back linked.
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(ReviewRepository(m_doc->database()).feedbackOf(sprint->id)->size(), 0);
    QCOMPARE(m_doc->backlogModel()->rows().size(), rows);
    m_doc->undoStack()->redo();
    QCOMPARE(ReviewRepository(m_doc->database()).feedbackOf(sprint->id)->size(), 1);

    // Without a title or a requester, nothing is written.
    said.requester.clear();
    QVERIFY(!review.addFeedback(said, true));
    QCOMPARE(ReviewRepository(m_doc->database()).feedbackOf(sprint->id)->size(), 1);
}

void TestReviewMode::feedbackDialogNeedsTitleAndRequester()
{
    FeedbackDialog dialog(QStringLiteral("Sprint 5"));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog.titleEdit(), QStringLiteral("  Export the list  "));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog.requesterEdit(), QStringLiteral("Anna"));
    QVERIFY(ok->isEnabled());
    dialog.typeChooser()->setCurrentIndex(dialog.typeChooser()->findData(int(ItemType::Bug)));
    dialog.descriptionEdit()->setPlainText(QStringLiteral("She copies it by hand every Monday."));
    QVERIFY(!dialog.atTop());
    dialog.topChoice()->setChecked(true);
    QVERIFY(dialog.atTop());
    const BacklogItem item = dialog.item();
    QCOMPARE(item.title, QStringLiteral("Export the list"));
    QCOMPARE(item.requester, QStringLiteral("Anna"));
    QCOMPARE(item.type, ItemType::Bug);
    QCOMPARE(item.description, QStringLiteral("She copies it by hand every Monday."));
}

void TestReviewMode::acceptedItemCountedOnceInVelocity()
{
    // Accept every finished item through the review, then close: each counts once, with its
    // estimate, in the frozen velocity and in the velocity replayed from the history.
    ReviewMode review;
    review.setDocument(m_doc.get());
    review.setActive(true);
    const SprintId sprint = m_doc->sprintEditor()->activeSprint()->id;
    double expected = 0;
    for (ItemId item : review.items()) {
        review.showItem(item);
        judgeAll(review, Review::Verdict::Met);
        QVERIFY(review.accept());
        // A second acceptance of the same item is refused and changes nothing.
        QVERIFY(!SprintCommands::accept(m_doc->sprintCommands(), item, review.checks(), QString()));
        expected += m_doc->backlogModel()->rowAt(m_doc->backlogModel()->rowOf(item)).estimateValue().value_or(0);
    }
    QVERIFY(expected > 0);
    SprintOperations::CloseChoices choices;
    const Status closed = SprintCommands::close(m_doc->sprintCommands(), sprint, choices);
    QVERIFY2(closed, qPrintable(closed.errorMessage()));
    QCOMPARE(m_doc->sprintEditor()->velocityOf(sprint), std::optional<double>(expected));
    const auto history = HistoryRepository(m_doc->database()).sprintWork();
    QVERIFY(history);
    const auto stored = SprintRepository(m_doc->database()).all();
    QVERIFY(stored);
    const QList<Velocity::SprintVelocity> replayed = Velocity::ofClosedSprints(*stored, *history);
    const auto it = std::find_if(replayed.cbegin(), replayed.cend(), [sprint](const Velocity::SprintVelocity &v) { return v.sprintId == sprint; });
    QVERIFY(it != replayed.cend());
    QCOMPARE(it->points, expected);
}

QTEST_MAIN(TestReviewMode)
#include "tst_reviewmode.moc"
