#include "backlog/backlogmodel.h"
#include "backlog/backlogview.h"
#include "backlogactions.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "commands/sprintcommands.h"
#include "mainwindow.h"
#include "modes/modebar.h"
#include "planning/capacitybar.h"
#include "planning/planningmode.h"
#include "sprint/boardcolumnview.h"
#include "sprint/closesprintdialog.h"
#include "sprint/sprintmode.h"
#include "sprinteditor.h"
#include "sprints/itemslicemodel.h"
#include "sprints/sprintdialog.h"
#include "story/checklisteditor.h"
#include "sprints/sprintsmodel.h"
#include "storage/historyrepository.h"
#include "storage/itemrepository.h"
#include "storage/sprintrepository.h"
#include "testdocument.h"

#include <QAbstractItemModelTester>
#include <QAbstractButton>
#include <QComboBox>
#include <QInputDialog>
#include <QRandomGenerator>
#include <QRegularExpression>
#include "services/readiness.h"
#include <QTableView>
#include <QTableWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Ordo;

// Sprints through the screens: the sprint writer and its undo steps, Planning mode's drags and
// keys, the board's columns, closing and cancelling, and the window's modes.
class TestSprints : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createEditDeleteAsUndoSteps();
    void editsOfOneSprintMerge();
    void definitionOfDoneInTheSprintDialog();
    void pullByDropWritesOneRowAndHistory();
    void dropsRefuseBadPayloads_data();
    void dropsRefuseBadPayloads();
    void returnByDropOnTheBacklog();
    void sliceModelsPassTheTester();
    void sliceFollowsRandomEdits();
    void startCloseCancelUndo();
    void boardColumnsFollowStatus();
    void boardDropChangesStatus();
    void boardKeyboardMovesCards();
    void closeDialogChoices();
    void fillToVelocityIsOneStep();
    void capacityBarFigures();
    void velocityFollowsClosing();
    void frozenFiguresMatchTheHistory();
    void modesSwitchWithShortcuts();
    void splitInRunningSprintKeepsOnePart();
    void twoActiveSprintsOpenFlagged();

private:
    std::unique_ptr<TestDocument> m_doc;
    QList<ItemId> m_ids;
    SprintId m_sprint = 0;

    SprintCommands::Context context() { return m_doc->doc().sprintCommands(); }
    const BacklogRow &row(ItemId id) { return m_doc->doc().backlogModel()->rowAt(m_doc->doc().backlogModel()->rowOf(id)); }
    void estimate(ItemId id, double points)
    {
        QVERIFY(Commands::setEstimate(m_doc->commands(), {id}, points));
    }
};

namespace {

Sprint plannedSprint(QDate start = QDate(2026, 3, 2))
{
    Sprint sprint;
    sprint.name = QStringLiteral("Sprint 1");
    sprint.start = start;
    sprint.end = start.addDays(13);
    sprint.goal = QStringLiteral("Shoppers can split a payment");
    sprint.capacity = 10;
    return sprint;
}

} // namespace

void TestSprints::init()
{
    m_doc = std::make_unique<TestDocument>();
    m_ids = m_doc->addItems(6);
    for (int i = 0; i < m_ids.size(); ++i)
        estimate(m_ids.at(i), i + 1); // 1, 2, 3, 4, 5, 6 points
    auto created = SprintCommands::createSprint(context(), plannedSprint());
    QVERIFY2(created, qPrintable(created.errorMessage()));
    m_sprint = *created;
}

void TestSprints::cleanup() { m_doc.reset(); }

void TestSprints::createEditDeleteAsUndoSteps()
{
    SprintEditor *editor = m_doc->doc().sprintEditor();
    QCOMPARE(editor->sprints().size(), 1);
    QUndoStack *stack = m_doc->doc().undoStack();
    stack->undo();
    QVERIFY(editor->sprints().isEmpty());
    QVERIFY(SprintRepository(m_doc->doc().database()).all()->isEmpty());
    stack->redo();
    QCOMPARE(editor->sprints().size(), 1);
    QCOMPARE(editor->sprints().front().id, m_sprint); // redo recreates it as it was

    // A sprint that overlaps is refused with the reason, and nothing is pushed.
    const int before = stack->count();
    Sprint overlapping = plannedSprint(QDate(2026, 3, 9));
    overlapping.name = QStringLiteral("Sprint 2");
    const auto refused = SprintCommands::createSprint(context(), overlapping);
    QVERIFY(!refused);
    QVERIFY(refused.errorMessage().contains(QStringLiteral("overlap")));
    QCOMPARE(stack->count(), before);

    // Deleting: only an empty planned sprint.
    QVERIFY(SprintCommands::pull(context(), {m_ids.at(0)}, m_sprint));
    QVERIFY(!SprintCommands::deleteSprint(context(), m_sprint));
    stack->undo();
    QVERIFY(SprintCommands::deleteSprint(context(), m_sprint));
    QVERIFY(editor->sprints().isEmpty());
    stack->undo();
    QCOMPARE(editor->sprints().size(), 1);
}

void TestSprints::editsOfOneSprintMerge()
{
    QUndoStack *stack = m_doc->doc().undoStack();
    const int before = stack->count();
    Sprint sprint = *m_doc->doc().sprintEditor()->sprint(m_sprint);
    for (double capacity : {11.0, 12.0, 13.0}) {
        sprint.capacity = capacity;
        QVERIFY(SprintCommands::editSprint(context(), sprint));
    }
    QCOMPARE(stack->count(), before + 1);
    QCOMPARE(*SprintRepository(m_doc->doc().database()).all()->front().capacity, 13.0);
    stack->undo();
    QCOMPARE(*SprintRepository(m_doc->doc().database()).all()->front().capacity, 10.0);
}

void TestSprints::definitionOfDoneInTheSprintDialog()
{
    Product product = m_doc->doc().product();
    product.definitionOfDone = {QStringLiteral("Code reviewed"), QStringLiteral("Tests pass")};
    QVERIFY(Commands::setProduct(m_doc->commands(), product));
    SprintEditor *editor = m_doc->doc().sprintEditor();

    // A sprint created before keeps the copy it took then (the product had none).
    QVERIFY(editor->sprint(m_sprint)->definitionOfDone->isEmpty());

    // While planned, the dialog edits the sprint's copy; the edit is one undo step.
    Sprint planned = *editor->sprint(m_sprint);
    planned.definitionOfDone = product.definitionOfDone;
    {
        SprintDialog dialog(planned, editor->sprints(), {}, {});
        QVERIFY(dialog.definitionOfDoneEditor());
        QCOMPARE(dialog.definitionOfDoneEditor()->items(), product.definitionOfDone);
        dialog.definitionOfDoneEditor()->setItems({QStringLiteral("Code reviewed"), QStringLiteral("Demoed")});
        QVERIFY(SprintCommands::editSprint(context(), dialog.sprint()));
    }
    QCOMPARE(*editor->sprint(m_sprint)->definitionOfDone, (QStringList{QStringLiteral("Code reviewed"), QStringLiteral("Demoed")}));
    m_doc->doc().undoStack()->undo();
    QVERIFY(editor->sprint(m_sprint)->definitionOfDone->isEmpty());
    m_doc->doc().undoStack()->redo();

    // Started, the dialog only shows what was agreed, and an edit through the writer is refused.
    QVERIFY(SprintCommands::pull(context(), {m_ids.at(0)}, m_sprint));
    QVERIFY(SprintCommands::start(context(), m_sprint));
    const Sprint active = *editor->sprint(m_sprint);
    SprintDialog dialog(active, editor->sprints(), {}, {});
    QVERIFY(!dialog.definitionOfDoneEditor());
    auto *shown = dialog.findChild<QLabel *>(QStringLiteral("sprintDefinitionOfDone"));
    QVERIFY(shown);
    QVERIFY(shown->text().contains(QStringLiteral("Demoed")));
    QCOMPARE(dialog.sprint().definitionOfDone, active.definitionOfDone);
    Sprint changed = active;
    changed.definitionOfDone = QStringList{QStringLiteral("Something else")};
    const int steps = m_doc->doc().undoStack()->count();
    QVERIFY(!SprintCommands::editSprint(context(), changed));
    QCOMPARE(m_doc->doc().undoStack()->count(), steps);
    QCOMPARE(editor->sprint(m_sprint)->definitionOfDone, active.definitionOfDone);
}

void TestSprints::pullByDropWritesOneRowAndHistory()
{
    PlanningMode planning;
    planning.setDocument(&m_doc->doc());
    planning.setSprint(m_sprint);
    QCOMPARE(planning.sprintItems()->rowCount(), 0);
    QCOMPARE(planning.backlogItems()->rowCount(), 6);
    const int writes = m_doc->itemRowWrites();
    const int history = int(HistoryRepository(m_doc->doc().database()).entries()->size());
    std::unique_ptr<QMimeData> data(BacklogModel::mimeDataFor({m_ids.at(2)}));
    QVERIFY(planning.sprintItems()->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    planning.sprintItems()->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {});
    QCOMPARE(planning.sprintItems()->ids(), (QList<ItemId>{m_ids.at(2)}));
    QCOMPARE(planning.backlogItems()->rowCount(), 5);
    QCOMPARE(m_doc->itemRowWrites() - writes, 1);
    QCOMPARE(int(HistoryRepository(m_doc->doc().database()).entries()->size()) - history, 1);
    QCOMPARE(ItemRepository(m_doc->doc().database()).load(m_ids.at(2))->sprintId, std::optional<SprintId>(m_sprint));

    // Several at once keep backlog order in the sprint, whatever order they were dragged in.
    data.reset(BacklogModel::mimeDataFor({m_ids.at(4), m_ids.at(0)}));
    planning.sprintItems()->dropMimeData(data.get(), Qt::MoveAction, -1, 0, {});
    QCOMPARE(planning.sprintItems()->ids(), (QList<ItemId>{m_ids.at(0), m_ids.at(2), m_ids.at(4)}));
    QCOMPARE(planning.capacityBar()->figures().committed, 1.0 + 3 + 5);

    // Alt+Down moves the current sprint item below the next one (the backlog order).
    planning.sprintView()->setFocus();
    planning.sprintView()->setCurrentIndex(planning.sprintItems()->index(0, ItemSliceModel::TitleColumn));
    planning.moveCurrent(1);
    QCOMPARE(planning.sprintItems()->ids(), (QList<ItemId>{m_ids.at(2), m_ids.at(0), m_ids.at(4)}));
    m_doc->doc().undoStack()->undo();
    QCOMPARE(planning.sprintItems()->ids(), (QList<ItemId>{m_ids.at(0), m_ids.at(2), m_ids.at(4)}));

    // Keyboard: the selected backlog item goes in with the pull action.
    planning.backlogView()->setCurrentIndex(planning.backlogItems()->index(0, ItemSliceModel::TitleColumn));
    planning.backlogView()->selectRow(0);
    planning.pullAction()->trigger();
    QCOMPARE(planning.sprintItems()->rowCount(), 4);
    m_doc->doc().undoStack()->undo();
    QCOMPARE(planning.sprintItems()->rowCount(), 3);
}

void TestSprints::dropsRefuseBadPayloads_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("no ids") << 0;
    QTest::newRow("an unknown id") << 1;
    QTest::newRow("an archived item") << 2;
    QTest::newRow("another format") << 3;
}

void TestSprints::dropsRefuseBadPayloads()
{
    QFETCH(int, kind);
    PlanningMode planning;
    planning.setDocument(&m_doc->doc());
    planning.setSprint(m_sprint);
    std::unique_ptr<QMimeData> data;
    switch (kind) {
    case 0: data.reset(BacklogModel::mimeDataFor({})); break;
    case 1: data.reset(BacklogModel::mimeDataFor({9999})); break;
    case 2:
        QVERIFY(Commands::archiveItems(m_doc->commands(), {m_ids.at(1)}));
        data.reset(BacklogModel::mimeDataFor({m_ids.at(1)}));
        break;
    default:
        data = std::make_unique<QMimeData>();
        data->setText(QStringLiteral("1,2,3"));
        break;
    }
    const int writes = m_doc->itemRowWrites();
    const int stepsBefore = steps(m_doc->doc());
    QVERIFY(!planning.sprintItems()->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    QVERIFY(!planning.sprintItems()->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    QCOMPARE(m_doc->itemRowWrites(), writes);
    QCOMPARE(steps(m_doc->doc()), stepsBefore);
    QCOMPARE(planning.sprintItems()->rowCount(), 0);
}

void TestSprints::returnByDropOnTheBacklog()
{
    PlanningMode planning;
    planning.setDocument(&m_doc->doc());
    planning.setSprint(m_sprint);
    QVERIFY(SprintCommands::pull(context(), {m_ids.at(0), m_ids.at(1)}, m_sprint));
    QCOMPARE(planning.sprintItems()->rowCount(), 2);
    std::unique_ptr<QMimeData> data(BacklogModel::mimeDataFor({m_ids.at(1)}));
    planning.backlogItems()->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {});
    QCOMPARE(planning.sprintItems()->ids(), (QList<ItemId>{m_ids.at(0)}));
    QCOMPARE(row(m_ids.at(1)).sprintId, SprintId(0));
    // A drop within the backlog reorders it instead.
    data.reset(BacklogModel::mimeDataFor({m_ids.at(5)}));
    planning.backlogItems()->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {});
    QCOMPARE(planning.backlogItems()->idAt(0), m_ids.at(5));
}

void TestSprints::sliceModelsPassTheTester()
{
    PlanningMode planning;
    planning.setDocument(&m_doc->doc());
    planning.setSprint(m_sprint);
    QAbstractItemModelTester sprintTester(planning.sprintItems(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester backlogTester(planning.backlogItems(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sprintsTester(planning.sprintsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(SprintCommands::pull(context(), {m_ids.at(3), m_ids.at(1)}, m_sprint));
    QVERIFY(Commands::moveItems(m_doc->commands(), {m_ids.at(3)}, 0)); // a reorder: a row move in the source
    QCOMPARE(planning.sprintItems()->ids(), (QList<ItemId>{m_ids.at(3), m_ids.at(1)}));
    QVERIFY(Commands::reorder(m_doc->commands(), {m_ids.at(5), m_ids.at(4), m_ids.at(3), m_ids.at(2), m_ids.at(1), m_ids.at(0)}, 0,
                              QStringLiteral("Reverse")));
    QCOMPARE(planning.sprintItems()->ids(), (QList<ItemId>{m_ids.at(3), m_ids.at(1)}));
    QVERIFY(Commands::archiveItems(m_doc->commands(), {m_ids.at(1)}));
    QCOMPARE(planning.sprintItems()->ids(), (QList<ItemId>{m_ids.at(3)}));
    m_doc->doc().undoStack()->setIndex(0);
    QCOMPARE(planning.sprintItems()->rowCount(), 0);
    QCOMPARE(planning.sprintsModel()->rowCount(), 0);
    QString error;
    QVERIFY(m_doc->doc().reload(&error)); // a reset of the source
}

void TestSprints::sliceFollowsRandomEdits()
{
    // Moves, insertions and removals in the backlog keep every slice equal to a plain filter of
    // the backlog, row for row.
    const QList<ItemId> more = m_doc->addItems(34, QStringLiteral("More"));
    QList<ItemId> all = m_ids + more;
    QList<ItemId> half;
    for (int i = 0; i < all.size(); i += 2)
        half.append(all.at(i));
    QVERIFY(SprintCommands::push(context(), all));
    QVERIFY(SprintCommands::pull(context(), half, m_sprint));
    PlanningMode planning;
    planning.setDocument(&m_doc->doc());
    planning.setSprint(m_sprint);
    QAbstractItemModelTester tester(planning.sprintItems(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const BacklogModel *model = m_doc->doc().backlogModel();
    const auto check = [&](const char *step) {
        for (ItemSliceModel *slice : {planning.sprintItems(), planning.backlogItems()}) {
            QList<ItemId> expected;
            const bool sprint = slice == planning.sprintItems();
            for (const BacklogRow &r : model->rows()) {
                if (sprint ? r.sprintId == m_sprint : (r.sprintId == 0 && Readiness::isPlannable(r)))
                    expected.append(r.id);
            }
            QVERIFY2(slice->ids() == expected, step);
            for (int i = 0; i < slice->rowCount(); ++i)
                QVERIFY2(slice->rowAt(i).id == slice->idAt(i), step);
        }
    };
    QRandomGenerator random(20261202);
    for (int step = 0; step < 80; ++step) {
        const ItemId id = all.at(random.bounded(int(all.size())));
        switch (random.bounded(6)) {
        case 0: case 1: case 2: {
            const ItemId anchor = random.bounded(5) == 0 ? 0 : all.at(random.bounded(int(all.size())));
            if (anchor != id)
                QVERIFY(Commands::moveItems(m_doc->commands(), {id}, anchor));
            break;
        }
        case 3: {
            // Several at once (more than one row moves).
            QList<ItemId> block{id, all.at(random.bounded(int(all.size())))};
            if (block.at(0) != block.at(1))
                QVERIFY(Commands::moveItems(m_doc->commands(), block, 0));
            break;
        }
        case 4: QVERIFY(Commands::archiveItems(m_doc->commands(), {id})); m_doc->doc().undoStack()->undo(); break;
        default: m_doc->doc().undoStack()->undo(); break;
        }
        check(qPrintable(QString::number(step)));
    }
}

void TestSprints::startCloseCancelUndo()
{
    QVERIFY(SprintCommands::pull(context(), {m_ids.at(0), m_ids.at(1), m_ids.at(2)}, m_sprint));
    QVERIFY(SprintCommands::start(context(), m_sprint));
    SprintEditor *editor = m_doc->doc().sprintEditor();
    QCOMPARE(editor->activeSprint()->id, m_sprint);
    QCOMPARE(m_doc->doc().backlogModel()->activeSprint(), m_sprint);
    QCOMPARE(*editor->commitmentOf(m_sprint), 6.0);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(row(m_ids.at(i)).status, ItemStatus::ToDo);
    QUndoStack *stack = m_doc->doc().undoStack();
    // The window's modified state follows the stack: each action is one step.
    const int started = stack->index();

    QVERIFY(SprintCommands::moveOnBoard(context(), {m_ids.at(0)}, ItemStatus::Done));
    QVERIFY(SprintCommands::moveOnBoard(context(), {m_ids.at(1)}, ItemStatus::InProgress));
    // Close: 0 accepted, 1 to the top, 2 into the next sprint (created).
    SprintOperations::CloseChoices choices;
    choices.doneItems.insert(m_ids.at(0), SprintOperations::DoneVerdict::Accept);
    choices.carryOver.insert(m_ids.at(2), SprintOperations::CarryOver::NextSprint);
    QVERIFY(SprintCommands::close(context(), m_sprint, choices));
    QCOMPARE(editor->sprint(m_sprint)->state, SprintState::Closed);
    QCOMPARE(editor->sprints().size(), 2);
    QCOMPARE(row(m_ids.at(0)).status, ItemStatus::Accepted);
    QCOMPARE(row(m_ids.at(1)).sprintId, SprintId(0));
    QCOMPARE(m_doc->doc().backlogModel()->rowAt(0).id, m_ids.at(1)); // to the top
    QCOMPARE(row(m_ids.at(2)).sprintId, editor->sprints().constLast().id);
    QCOMPARE(*editor->velocityOf(m_sprint), 1.0); // the accepted item's points
    QCOMPARE(*editor->averageVelocity(), 1.0);
    // A closed sprint is frozen.
    QVERIFY(!SprintCommands::moveOnBoard(context(), {m_ids.at(0)}, ItemStatus::InProgress));
    QVERIFY(!SprintCommands::push(context(), {m_ids.at(0)}));

    // Undo reopens it, exactly as it was, and takes the created sprint away.
    stack->undo();
    QCOMPARE(editor->sprint(m_sprint)->state, SprintState::Active);
    QCOMPARE(editor->sprints().size(), 1);
    QCOMPARE(row(m_ids.at(0)).status, ItemStatus::Done);
    QCOMPARE(row(m_ids.at(2)).sprintId, m_sprint);
    QVERIFY(!editor->averageVelocity());
    QCOMPARE(SprintRepository(m_doc->doc().database()).all()->size(), 1);
    stack->redo();
    QCOMPARE(editor->sprints().size(), 2);
    stack->undo();

    // Cancel needs a reason, records it, and returns the items to the top.
    QVERIFY(!SprintCommands::cancel(context(), m_sprint, QString()));
    const qsizetype decisions = decisionsOf(m_doc->doc()).size();
    QVERIFY(SprintCommands::cancel(context(), m_sprint, QStringLiteral("The partner pulled out")));
    QCOMPARE(editor->sprint(m_sprint)->state, SprintState::Cancelled);
    QCOMPARE(decisionsOf(m_doc->doc()).size(), decisions + 1);
    QCOMPARE(decisionsOf(m_doc->doc()).front().reasoning, QStringLiteral("The partner pulled out"));
    QCOMPARE(m_doc->doc().backlogModel()->rowAt(0).id, m_ids.at(0));
    QVERIFY(!editor->activeSprint());
    stack->undo();
    QCOMPARE(decisionsOf(m_doc->doc()).size(), decisions);
    QCOMPARE(editor->activeSprint()->id, m_sprint);
    stack->setIndex(started - 1);
    QCOMPARE(editor->sprint(m_sprint)->state, SprintState::Planned);
    QCOMPARE(row(m_ids.at(0)).status, ItemStatus::New);
}

void TestSprints::boardColumnsFollowStatus()
{
    QVERIFY(SprintCommands::pull(context(), {m_ids.at(0), m_ids.at(1), m_ids.at(2)}, m_sprint));
    SprintMode board;
    board.setDocument(&m_doc->doc());
    QVERIFY(!board.closeSprintAction()->isEnabled()); // nothing runs yet
    QVERIFY(SprintCommands::start(context(), m_sprint));
    QVERIFY(board.closeSprintAction()->isEnabled());
    QCOMPARE(board.columnCount(), 3); // no In Review column by default
    QCOMPARE(board.columnModel(0)->rowCount(), 3);
    QAbstractItemModelTester tester(board.columnModel(1), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(SprintCommands::moveOnBoard(context(), {m_ids.at(1)}, ItemStatus::InProgress));
    QCOMPARE(board.columnModel(0)->rowCount(), 2);
    QCOMPARE(board.columnModel(1)->ids(), (QList<ItemId>{m_ids.at(1)}));
    QVERIFY(board.figuresLabel()->text().contains(QStringLiteral("Committed 6")));
    // The filter narrows the cards.
    board.filterEdit()->setText(QStringLiteral("Item 3"));
    QCOMPARE(board.columnModel(0)->ids(), (QList<ItemId>{m_ids.at(2)}));
    board.filterEdit()->clear();
    QCOMPARE(board.columnModel(0)->rowCount(), 2);

    // Product Settings add the In Review column and rename one; WIP limits show in the titles.
    Product product = m_doc->doc().product();
    product.reviewColumn = true;
    product.boardColumnNames = {QString(), QStringLiteral("Doing")};
    product.wipLimits = {0, 1, 0, 0};
    QVERIFY(Commands::setProduct(m_doc->commands(), product));
    QCOMPARE(board.columnCount(), 4);
    QCOMPARE(board.columnStatus(2), ItemStatus::InReview);
    QVERIFY(board.columnTitle(1)->text().startsWith(QStringLiteral("Doing")));
    QVERIFY(board.columnTitle(1)->text().contains(QStringLiteral("1/1")));
}

void TestSprints::boardDropChangesStatus()
{
    QVERIFY(SprintCommands::pull(context(), {m_ids.at(0), m_ids.at(1)}, m_sprint));
    QVERIFY(SprintCommands::start(context(), m_sprint));
    SprintMode board;
    board.setDocument(&m_doc->doc());
    const int history = int(HistoryRepository(m_doc->doc().database()).entries(HistoryField::StatusChanged)->size());
    const int writes = m_doc->itemRowWrites();
    std::unique_ptr<QMimeData> data(BacklogModel::mimeDataFor({m_ids.at(0)}));
    ItemSliceModel *done = board.columnModel(board.columnCount() - 1);
    QVERIFY(done->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    done->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {});
    QCOMPARE(done->ids(), (QList<ItemId>{m_ids.at(0)}));
    QCOMPARE(row(m_ids.at(0)).status, ItemStatus::Done);
    QCOMPARE(int(HistoryRepository(m_doc->doc().database()).entries(HistoryField::StatusChanged)->size()) - history, 1);
    QCOMPARE(m_doc->itemRowWrites() - writes, 1);
    // An item of no sprint dropped on the board is refused.
    data.reset(BacklogModel::mimeDataFor({m_ids.at(5)}));
    QSignalSpy refused(done, &ItemSliceModel::dropRefused);
    done->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {});
    QCOMPARE(refused.count(), 1);
    QCOMPARE(row(m_ids.at(5)).status, ItemStatus::New);
}

void TestSprints::boardKeyboardMovesCards()
{
    QVERIFY(SprintCommands::pull(context(), {m_ids.at(0), m_ids.at(1)}, m_sprint));
    QVERIFY(SprintCommands::start(context(), m_sprint));
    SprintMode board;
    board.setDocument(&m_doc->doc());
    board.resize(1200, 700);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    BoardColumnView *todo = board.columnView(0);
    todo->setFocus();
    todo->setCurrentIndex(board.columnModel(0)->index(1, ItemSliceModel::TitleColumn));
    // Alt+Up: the second card goes above the first (the backlog order).
    QTest::keyClick(todo, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(board.columnModel(0)->ids(), (QList<ItemId>{m_ids.at(1), m_ids.at(0)}));
    // Alt+Right: to In Progress, and the focus follows the card.
    QTest::keyClick(todo, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(row(m_ids.at(1)).status, ItemStatus::InProgress);
    QVERIFY(board.columnView(1)->hasFocus());
    QCOMPARE(board.currentItem(), m_ids.at(1));
    // Left: back to the To Do column's card.
    QTest::keyClick(board.columnView(1), Qt::Key_Left);
    QVERIFY(todo->hasFocus());
    QCOMPARE(board.currentItem(), m_ids.at(0));
}

void TestSprints::closeDialogChoices()
{
    QVERIFY(SprintCommands::pull(context(), {m_ids.at(0), m_ids.at(1)}, m_sprint));
    QVERIFY(SprintCommands::start(context(), m_sprint));
    QVERIFY(SprintCommands::moveOnBoard(context(), {m_ids.at(0)}, ItemStatus::Done));
    CloseSprintDialog dialog(m_doc->doc(), m_sprint);
    QCOMPARE(dialog.table()->rowCount(), 2);
    QComboBox *done = dialog.choiceOf(m_ids.at(0));
    QVERIFY(done);
    // No verdict yet for the done item: Close is disabled.
    QVERIFY(!dialog.choices().doneItems.contains(m_ids.at(0)));
    done->setCurrentIndex(1); // accept
    QCOMPARE(dialog.choices().doneItems.value(m_ids.at(0)), SprintOperations::DoneVerdict::Accept);
    dialog.choiceOf(m_ids.at(1))->setCurrentIndex(2); // old place
    QCOMPARE(dialog.choices().carryOver.value(m_ids.at(1)), SprintOperations::CarryOver::OldPlace);
    QVERIFY(SprintCommands::close(context(), m_sprint, dialog.choices()));
    QCOMPARE(row(m_ids.at(0)).status, ItemStatus::Accepted);
}

void TestSprints::fillToVelocityIsOneStep()
{
    PlanningMode planning;
    planning.setDocument(&m_doc->doc());
    planning.setSprint(m_sprint);
    // A Definition of Ready of one rule: every estimated item is ready. Item 2 is blocked by item 6.
    Product product = m_doc->doc().product();
    product.readyRules = {ReadyRule::Estimated};
    QVERIFY(Commands::setProduct(m_doc->commands(), product));
    QVERIFY(Commands::addDependency(m_doc->commands(), m_ids.at(1), m_ids.at(5)));
    const int before = steps(m_doc->doc());
    bool handled = false;
    QStringList skipped;
    whenModalDialog(QStringLiteral("fillDialog"), [&skipped](QDialog *dialog) {
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("fillSkipped"));
        for (int i = 0; i < list->count(); ++i)
            skipped << list->item(i)->text();
        dialog->accept();
    }, &handled);
    planning.fillToVelocity();
    QVERIFY(handled);
    // Capacity 10, no velocity yet: 1 + 3 + 4 (item 2 blocked, then item 5 too large), as one step.
    QCOMPARE(planning.sprintItems()->ids(), (QList<ItemId>{m_ids.at(0), m_ids.at(2), m_ids.at(3)}));
    QCOMPARE(steps(m_doc->doc()), before + 1);
    QVERIFY(skipped.size() >= 2);
    QVERIFY(skipped.at(0).contains(QStringLiteral("blocked")));
    QVERIFY(skipped.at(1).contains(QStringLiteral("too large")));
    m_doc->doc().undoStack()->undo();
    QCOMPARE(planning.sprintItems()->rowCount(), 0);
}

void TestSprints::capacityBarFigures()
{
    PlanningMode planning;
    planning.setDocument(&m_doc->doc());
    planning.setSprint(m_sprint);
    QVERIFY(SprintCommands::pull(context(), {m_ids.at(4), m_ids.at(5)}, m_sprint)); // 5 + 6 = 11 of 10
    QCOMPARE(planning.capacityBar()->figures().committed, 11.0);
    QCOMPARE(*planning.capacityBar()->figures().capacity, 10.0);
    QCOMPARE(planning.capacityBar()->load(), SprintOperations::Load::Red);
    QVERIFY(planning.capacityBar()->summary().contains(QStringLiteral("11 of 10")));
    QVERIFY(SprintCommands::push(context(), {m_ids.at(5)}));
    QCOMPARE(planning.capacityBar()->load(), SprintOperations::Load::Green);
    // The goal is edited at the top, as an undoable edit of the sprint.
    planning.goalEdit()->setText(QStringLiteral("Shoppers can pay with vouchers"));
    emit planning.goalEdit()->editingFinished();
    QCOMPARE(m_doc->doc().sprintEditor()->sprint(m_sprint)->goal, QStringLiteral("Shoppers can pay with vouchers"));
}

void TestSprints::velocityFollowsClosing()
{
    // Velocity counts accepted points at the close; a cancelled sprint counts for nothing.
    QVERIFY(SprintCommands::pull(context(), {m_ids.at(1), m_ids.at(3)}, m_sprint));
    QVERIFY(SprintCommands::start(context(), m_sprint));
    QVERIFY(SprintCommands::moveOnBoard(context(), {m_ids.at(1), m_ids.at(3)}, ItemStatus::Done));
    SprintOperations::CloseChoices choices;
    choices.doneItems.insert(m_ids.at(1), SprintOperations::DoneVerdict::Accept);
    choices.doneItems.insert(m_ids.at(3), SprintOperations::DoneVerdict::NotDone);
    QVERIFY(SprintCommands::close(context(), m_sprint, choices));
    QCOMPARE(*m_doc->doc().sprintEditor()->averageVelocity(), 2.0);
    // Reopened from the file, the same figure.
    QString error;
    QVERIFY(m_doc->doc().reload(&error));
    QCOMPARE(*m_doc->doc().sprintEditor()->averageVelocity(), 2.0);
    QCOMPARE(m_doc->doc().sprintEditor()->velocity().sprints, 1);
}

namespace {

// The velocities as (sprint, points), to compare lists of them.
QList<std::pair<SprintId, double>> pairsOf(const QList<Velocity::SprintVelocity> &velocities)
{
    QList<std::pair<SprintId, double>> pairs;
    for (const Velocity::SprintVelocity &v : velocities)
        pairs.append({v.sprintId, v.points});
    return pairs;
}

// The commitment of `sprint` as its committed rows since its start say.
double committedRows(Database &database, const Sprint &sprint)
{
    double points = 0;
    const auto rows = HistoryRepository(database).entries(HistoryField::Committed);
    if (!rows)
        return -1;
    for (const HistoryEntry &entry : *rows) {
        if (entry.oldValue == QString::number(sprint.id) && entry.at >= sprint.startedAt)
            points += entry.newValue.toDouble();
    }
    return points;
}

} // namespace

void TestSprints::frozenFiguresMatchTheHistory()
{
    // The window reads velocity from the figures the file froze at each start and close; they
    // must be what replaying the history gives, through undo and redo.
    SprintEditor *editor = m_doc->doc().sprintEditor();
    QUndoStack *stack = m_doc->doc().undoStack();
    // Each action at its own moment (a second on per reading), as a person's are: a redo of the
    // start writes commitment rows of its own, later than those of the start it replays.
    auto now = std::make_shared<QDateTime>(QDateTime::currentDateTimeUtc());
    m_doc->doc().database().setClock([now] { return *now = now->addSecs(1); });
    const auto replayed = [&] {
        return pairsOf(Velocity::ofClosedSprints(editor->sprints(), *HistoryRepository(m_doc->doc().database()).sprintWork()));
    };
    const auto check = [&](const char *step) {
        QVERIFY2(pairsOf(editor->velocities()) == replayed(), step);
        // What the editor holds is what the file holds.
        QVERIFY2(*SprintRepository(m_doc->doc().database()).all() == editor->sprints(), step);
        for (const Sprint &sprint : editor->sprints()) {
            if (sprint.state == SprintState::Planned) {
                QVERIFY2(!editor->commitmentOf(sprint.id) && !sprint.completedPoints, step);
                continue;
            }
            QVERIFY2(editor->commitmentOf(sprint.id) == std::optional<double>(committedRows(m_doc->doc().database(), sprint)),
                     qPrintable(QStringLiteral("%1: sprint %2 committed %3, rows %4, started %5")
                                    .arg(QLatin1StringView(step)).arg(sprint.id).arg(editor->commitmentOf(sprint.id).value_or(-1))
                                    .arg(committedRows(m_doc->doc().database(), sprint)).arg(sprint.startedAt.toString(Qt::ISODateWithMs))));
            QVERIFY2(bool(sprint.completedPoints) == (sprint.state == SprintState::Closed), step);
        }
    };

    // Sprint 1: items of 1, 2 and 3 points; 1 and 2 accepted, 3 carried into a next sprint.
    QVERIFY(SprintCommands::pull(context(), {m_ids.at(0), m_ids.at(1), m_ids.at(2)}, m_sprint));
    QVERIFY(SprintCommands::start(context(), m_sprint));
    QCOMPARE(editor->commitmentOf(m_sprint), std::optional<double>(6));
    check("started");
    QVERIFY(SprintCommands::moveOnBoard(context(), {m_ids.at(0), m_ids.at(1)}, ItemStatus::Done));
    SprintOperations::CloseChoices choices;
    choices.doneItems.insert(m_ids.at(0), SprintOperations::DoneVerdict::Accept);
    choices.doneItems.insert(m_ids.at(1), SprintOperations::DoneVerdict::Accept);
    choices.carryOver.insert(m_ids.at(2), SprintOperations::CarryOver::NextSprint);
    QVERIFY(SprintCommands::close(context(), m_sprint, choices));
    QCOMPARE(pairsOf(editor->velocities()), (QList<std::pair<SprintId, double>>{{m_sprint, 3.0}}));
    QCOMPARE(editor->sprint(m_sprint)->completedPoints, std::optional<double>(3));
    check("first closed");
    const SprintId next = editor->sprints().constLast().id;
    QVERIFY(next != m_sprint);

    // Sprint 2: the carried item (3) and one of 4 points; only the 4 is accepted.
    QVERIFY(SprintCommands::pull(context(), {m_ids.at(3)}, next));
    const int beforeStart = stack->index();
    QVERIFY(SprintCommands::start(context(), next));
    const QDateTime startedAt = editor->sprint(next)->startedAt;
    QVERIFY(startedAt.isValid());
    QCOMPARE(editor->commitmentOf(next), std::optional<double>(7));
    check("second started");
    QVERIFY(SprintCommands::moveOnBoard(context(), {m_ids.at(2), m_ids.at(3)}, ItemStatus::Done));
    choices = {};
    choices.doneItems.insert(m_ids.at(2), SprintOperations::DoneVerdict::NotDone);
    choices.doneItems.insert(m_ids.at(3), SprintOperations::DoneVerdict::Accept);
    QVERIFY(SprintCommands::close(context(), next, choices));
    const QList<std::pair<SprintId, double>> both{{m_sprint, 3.0}, {next, 4.0}};
    QCOMPARE(pairsOf(editor->velocities()), both);
    QCOMPARE(*editor->averageVelocity(), 3.5);
    check("second closed");

    // Undo the close: the sprint runs again from the start it had, its completed points are gone,
    // its commitment stays.
    const int closed = stack->index();
    stack->undo();
    QCOMPARE(editor->sprint(next)->state, SprintState::Active);
    QCOMPARE(editor->sprint(next)->startedAt, startedAt);
    QVERIFY(!editor->sprint(next)->closedAt.isValid());
    QCOMPARE(editor->sprint(next)->completedPoints, std::optional<double>());
    QCOMPARE(editor->commitmentOf(next), std::optional<double>(7));
    QCOMPARE(pairsOf(editor->velocities()), (QList<std::pair<SprintId, double>>{{m_sprint, 3.0}}));
    check("close undone");
    stack->redo();
    QCOMPARE(pairsOf(editor->velocities()), both);
    check("close redone");
    // Undo back before the start: the planned sprint holds no figure.
    stack->setIndex(beforeStart);
    QCOMPARE(editor->sprint(next)->state, SprintState::Planned);
    QCOMPARE(editor->sprint(next)->committedPoints, std::optional<double>());
    QVERIFY(!editor->commitmentOf(next));
    check("start undone");
    stack->setIndex(closed);
    QCOMPARE(pairsOf(editor->velocities()), both);
    QCOMPARE(editor->commitmentOf(next), std::optional<double>(7));
    // The redone start is a start of its own, later than the first: the redone close keeps it.
    QVERIFY(editor->sprint(next)->startedAt > startedAt);
    check("start and close redone");

    // An accepted item re-estimated after its sprint closed: its sprint delivered what it was
    // accepted at, in the history as in the frozen figure.
    estimate(m_ids.at(0), 8);
    QCOMPARE(replayed(), both);
    // A closed sprint's goal cannot be edited through the commands...
    Sprint edited = *editor->sprint(m_sprint);
    edited.goal = QStringLiteral("Shoppers can pay in instalments");
    const int stepsBefore = steps(m_doc->doc());
    QVERIFY(!SprintCommands::editSprint(context(), edited));
    QCOMPARE(steps(m_doc->doc()), stepsBefore);
    // ...and written by the sprint writer (as an undo would), it keeps the figures the file froze,
    // whatever the sprint written says of them.
    edited.completedPoints = std::nullopt;
    edited.committedPoints = 99;
    SprintChange change;
    change.sprints.append(edited);
    QVERIFY(editor->apply(change));
    QCOMPARE(editor->sprint(m_sprint)->goal, edited.goal);
    QCOMPARE(editor->sprint(m_sprint)->completedPoints, std::optional<double>(3));
    QCOMPARE(editor->commitmentOf(m_sprint), std::optional<double>(6));
    QCOMPARE(pairsOf(editor->velocities()), both);
    check("goal edited");
    // Reopened from the file, the same.
    QString error;
    QVERIFY(m_doc->doc().reload(&error));
    editor = m_doc->doc().sprintEditor();
    QCOMPARE(editor->sprint(m_sprint)->goal, edited.goal);
    QCOMPARE(pairsOf(editor->velocities()), both);
    QCOMPARE(editor->commitmentOf(m_sprint), std::optional<double>(6));
    check("reloaded");
}

void TestSprints::modesSwitchWithShortcuts()
{
    MainWindow window;
    QVERIFY(window.openFile(m_doc->doc().path()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.currentMode(), int(MainWindow::BacklogModeIndex));
    // Modes off screen ignore the backlog.
    QVERIFY(!window.planningMode()->backlogItems()->isActive());
    QCOMPARE(window.planningMode()->backlogItems()->rowCount(), 0);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentMode(), int(MainWindow::PlanningModeIndex));
    QVERIFY(window.planningMode()->isVisible());
    QCOMPARE(window.planningMode()->backlogItems()->rowCount(), 6);
    QVERIFY(!window.sprintMode()->columnModel(0)->isActive());
    // The backlog's keys rest while it is off screen (Alt+Up moves within Planning's lists).
    QCOMPARE(window.backlogActions()->moveUpAction->shortcutContext(), Qt::WidgetWithChildrenShortcut);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentMode(), int(MainWindow::SprintModeIndex));
    QVERIFY(window.sprintMode()->isVisible());
    QVERIFY(!window.planningMode()->isVisible());
    // The board takes the whole width; planning kept the story editor.
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("storyDock"))->isVisible());
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("storyDock"))->isVisible());
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentMode(), int(MainWindow::BacklogModeIndex));
    QCOMPARE(window.backlogActions()->moveUpAction->shortcutContext(), Qt::WindowShortcut);
    QVERIFY(window.modeBar()->button(0)->isChecked());
}

void TestSprints::splitInRunningSprintKeepsOnePart()
{
    QVERIFY(SprintCommands::pull(context(), {m_ids.at(0), m_ids.at(1)}, m_sprint));
    QVERIFY(SprintCommands::start(context(), m_sprint));
    MainWindow window;
    QVERIFY(window.openFile(m_doc->doc().path()));
    ProductDocument *doc = window.document();
    BacklogView *view = window.backlogView();
    const BacklogModel *model = doc->backlogModel();
    view->selectIds({m_ids.at(1)});
    QCOMPARE(view->currentId(), m_ids.at(1));
    const int before = steps(*doc);
    const qsizetype decisions = decisionsOf(*doc).size();
    bool split = false;
    bool kept = false;
    whenModalDialog(QStringLiteral("splitStoryDialog"), [&](QDialog *dialog) {
        const QList<QLineEdit *> titles = dialog->findChildren<QLineEdit *>(QRegularExpression(QStringLiteral("^partTitle")));
        QVERIFY(titles.size() >= 2);
        titles.at(0)->setText(QStringLiteral("Core"));
        titles.at(1)->setText(QStringLiteral("The rest"));
        whenModalDialog(QStringLiteral("splitKeepDialog"), [](QDialog *ask) {
            static_cast<QInputDialog *>(ask)->setTextValue(QStringLiteral("Core"));
            ask->accept();
        }, &kept);
        dialog->accept();
    }, &split);
    window.backlogActions()->splitAction->trigger();
    QVERIFY2(split, "split dialog");
    QVERIFY2(kept, "keep dialog");
    // One undo step; the core part is in the sprint, the rest and the original are not.
    QCOMPARE(steps(*doc), before + 1);
    QList<ItemId> inSprint;
    for (const BacklogRow &r : model->rows()) {
        if (r.sprintId == m_sprint)
            inSprint.append(r.id);
    }
    QCOMPARE(inSprint.size(), 2);
    QVERIFY(inSprint.contains(m_ids.at(0)));
    const ItemId core = inSprint.at(inSprint.at(0) == m_ids.at(0) ? 1 : 0);
    QCOMPARE(model->rowAt(model->rowOf(core)).title, QStringLiteral("Core"));
    QCOMPARE(model->rowAt(model->rowOf(core)).status, ItemStatus::ToDo);
    // A scope change both ways, with its reason.
    QCOMPARE(decisionsOf(*doc).size(), decisions + 2);
    doc->undoStack()->undo();
    QCOMPARE(model->rowAt(model->rowOf(m_ids.at(1))).sprintId, m_sprint);
    QCOMPARE(decisionsOf(*doc).size(), decisions);
}

void TestSprints::twoActiveSprintsOpenFlagged()
{
    // A hand-edited file: two active sprints. It opens, flagged, and closing one fixes it.
    QVERIFY(Sql::exec(m_doc->doc().database().connection(),
                      QStringLiteral("INSERT INTO sprint (id, name, start_date, end_date, state) "
                                     "VALUES (50, 'Rogue', '2026-06-01', '2026-06-14', 'active'), "
                                     "(51, 'Other', '2026-07-01', '2026-07-14', 'active')")));
    QString error;
    QVERIFY(m_doc->doc().reload(&error));
    SprintEditor *editor = m_doc->doc().sprintEditor();
    QVERIFY(editor->hasSeveralActiveSprints());
    SprintMode board;
    board.setDocument(&m_doc->doc());
    QVERIFY(board.findChild<QLabel *>(QStringLiteral("boardWarning"))->isVisibleTo(&board));
    QVERIFY(SprintCommands::close(context(), 50, {}));
    QVERIFY(!editor->hasSeveralActiveSprints());
    QCOMPARE(editor->activeSprint()->id, SprintId(51));
    QVERIFY(!board.findChild<QLabel *>(QStringLiteral("boardWarning"))->isVisibleTo(&board));
}

QTEST_MAIN(TestSprints)
#include "tst_sprints.moc"
