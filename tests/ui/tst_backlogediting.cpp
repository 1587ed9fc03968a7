#include "backlog/backlogmodel.h"
#include "backlogeditor.h"
#include "domain/orderkey.h"
#include "storage/historyrepository.h"
#include "storage/itemrepository.h"
#include "testdocument.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Ordo;

// Every backlog edit through the command facade: what it writes, and that
// undo and redo restore exactly what was there.
class TestBacklogEditing : public QObject
{
    Q_OBJECT

private slots:
    void moveWritesOneRowPerItem_data();
    void moveWritesOneRowPerItem();
    void moveUsesRowMovesNotResets();
    void undoRedoRestoreExactOrder();
    void randomMovesKeepStrictOrder();
    void largeReorderIsOneLayoutChange();
    void sameGapRebalancesAndUndoStillWorks();
    void createArchiveRestoreUndo();
    void duplicateIsPlacedBelowOriginal();
    void fieldEditsMergeIntoOneStep();
    void editBackToStartDropsTheStep();
    void historyRecordsEveryChange();
    void dependencyWarningsAndFix();
    void dependencyCyclesAreRefused();
    void refusedEditPushesNothing();
    void failedStepUndoesWhatRan();
    void undoOfAScatteredMoveWritesOnlyTheMovedItems();
};

void TestBacklogEditing::moveWritesOneRowPerItem_data()
{
    QTest::addColumn<QList<int>>("moving");
    QTest::addColumn<int>("anchorRow"); // -1: to the top
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("bottom to top") << QList<int>{4} << -1
                                   << QStringList{"Item 5", "Item 1", "Item 2", "Item 3", "Item 4"};
    QTest::newRow("top to bottom") << QList<int>{0} << 4
                                   << QStringList{"Item 2", "Item 3", "Item 4", "Item 5", "Item 1"};
    QTest::newRow("one down") << QList<int>{1} << 2
                              << QStringList{"Item 1", "Item 3", "Item 2", "Item 4", "Item 5"};
    QTest::newRow("two apart to top") << QList<int>{1, 3} << -1
                                      << QStringList{"Item 2", "Item 4", "Item 1", "Item 3", "Item 5"};
    QTest::newRow("block below last") << QList<int>{0, 1} << 4
                                      << QStringList{"Item 3", "Item 4", "Item 5", "Item 1", "Item 2"};
}

void TestBacklogEditing::moveWritesOneRowPerItem()
{
    QFETCH(QList<int>, moving);
    QFETCH(int, anchorRow);
    QFETCH(QStringList, expected);

    TestDocument t;
    const QList<ItemId> ids = t.addItems(5);
    QList<ItemId> movingIds;
    for (int row : moving)
        movingIds.append(ids.at(row));
    const ItemId anchor = anchorRow < 0 ? 0 : ids.at(anchorRow);
    const int before = t.itemRowWrites();
    QVERIFY(Commands::moveItems(t.commands(), movingIds, anchor));
    QCOMPARE(t.itemRowWrites() - before, int(moving.size()));
    QCOMPARE(t.modelTitles(), expected);
    QCOMPARE(t.fileTitles(), expected);
    QCOMPARE(t.doc().undoStack()->count(), 1);
}

void TestBacklogEditing::moveUsesRowMovesNotResets()
{
    TestDocument t;
    const QList<ItemId> ids = t.addItems(6);
    BacklogModel *model = t.doc().backlogModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy moves(model, &QAbstractItemModel::rowsMoved);
    const QPersistentModelIndex selected = model->index(5, BacklogModel::TitleColumn);
    QVERIFY(Commands::moveItems(t.commands(), {ids.at(5)}, 0));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(moves.count(), 1);
    // A persistent index (what keeps the selection) follows the item.
    QCOMPARE(selected.row(), 0);
    QCOMPARE(selected.data().toString(), QStringLiteral("Item 6"));
}

void TestBacklogEditing::undoRedoRestoreExactOrder()
{
    TestDocument t;
    const QList<ItemId> ids = t.addItems(8);
    const QStringList original = t.modelTitles();
    QVERIFY(Commands::moveItems(t.commands(), {ids.at(1), ids.at(4), ids.at(6)}, ids.at(7)));
    const QStringList moved = t.modelTitles();
    QCOMPARE(moved, (QStringList{"Item 1", "Item 3", "Item 4", "Item 6", "Item 8", "Item 2", "Item 5", "Item 7"}));
    QVERIFY(Commands::moveItems(t.commands(), {ids.at(0)}, ids.at(5)));
    QUndoStack *stack = t.doc().undoStack();
    stack->undo();
    QCOMPARE(t.modelTitles(), moved);
    stack->undo();
    QCOMPARE(t.modelTitles(), original);
    QCOMPARE(t.fileTitles(), original);
    stack->redo();
    stack->redo();
    QCOMPARE(t.fileTitles(), t.modelTitles());
    QCOMPARE(t.modelTitles().first(), QStringLiteral("Item 3"));
}

void TestBacklogEditing::randomMovesKeepStrictOrder()
{
    TestDocument t;
    const QList<ItemId> ids = t.addItems(200);
    QRandomGenerator random(4242);
    const BacklogModel *model = t.doc().backlogModel();
    QList<QStringList> states{t.modelTitles()};
    int expectedWrites = 0;
    const int writesBefore = t.itemRowWrites();
    for (int i = 0; i < 2000; ++i) {
        const ItemId id = ids.at(int(random.bounded(ids.size())));
        const int anchorRow = int(random.bounded(model->rowCount() + 1)) - 1;
        const ItemId anchor = anchorRow < 0 ? 0 : model->rowAt(anchorRow).id;
        if (anchor == id)
            continue;
        const int depth = t.doc().undoStack()->count();
        QVERIFY(Commands::moveItems(t.commands(), {id}, anchor));
        if (t.doc().undoStack()->count() > depth) {
            ++expectedWrites;
            if (states.size() < 50)
                states.append(t.modelTitles());
        }
    }
    // Exactly one item row per move (no rebalance needed at random positions).
    QCOMPARE(t.itemRowWrites() - writesBefore, expectedWrites);
    const QList<BacklogRow> &rows = model->rows();
    for (int i = 1; i < rows.size(); ++i)
        QVERIFY2(rows.at(i - 1).orderKey < rows.at(i).orderKey, qPrintable(rows.at(i).orderKey));
    for (const BacklogRow &row : rows)
        QVERIFY2(row.orderKey.size() <= OrderKey::maxKeyLength, qPrintable(row.orderKey));
    QCOMPARE(t.fileTitles(), t.modelTitles());
    // Undo all the way back passes through the recorded states.
    QUndoStack *stack = t.doc().undoStack();
    stack->setIndex(states.size() - 1);
    QCOMPARE(t.modelTitles(), states.last());
    stack->setIndex(0);
    QCOMPARE(t.modelTitles(), states.first());
    QCOMPARE(t.fileTitles(), states.first());
}

void TestBacklogEditing::largeReorderIsOneLayoutChange()
{
    // A whole proposal applied: 300 items, every other one reversed, in 150 runs.
    TestDocument t;
    const QList<ItemId> ids = t.addItems(301);
    const QStringList original = t.modelTitles();
    BacklogModel *model = t.doc().backlogModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<ItemId> moving;
    for (int i = 299; i >= 1; i -= 2)
        moving.append(ids.at(i));
    // A persistent index (a view's current item) follows its item.
    const QPersistentModelIndex current(model->index(model->rowOf(ids.at(5)), BacklogModel::TitleColumn));
    QSignalSpy layouts(model, &QAbstractItemModel::layoutChanged);
    QSignalSpy rowMoves(model, &QAbstractItemModel::rowsMoved);

    QVERIFY(Commands::reorder(t.commands(), moving, ids.at(300), QStringLiteral("Apply")));
    QCOMPARE(layouts.count(), 1);
    QCOMPARE(rowMoves.count(), 0);
    QStringList expected;
    for (int i = 0; i <= 300; i += 2)
        expected.append(QStringLiteral("Item %1").arg(i + 1));
    for (ItemId id : std::as_const(moving))
        expected.append(QStringLiteral("Item %1").arg(ids.indexOf(id) + 1));
    QCOMPARE(t.modelTitles(), expected);
    QCOMPARE(t.fileTitles(), expected);
    QCOMPARE(t.doc().undoStack()->count(), 1);
    QCOMPARE(current.data().toString(), QStringLiteral("Item 6"));
    QCOMPARE(current.row(), model->rowOf(ids.at(5)));

    QUndoStack *stack = t.doc().undoStack();
    stack->undo();
    QCOMPARE(t.modelTitles(), original);
    QCOMPARE(t.fileTitles(), original);
    QCOMPARE(current.row(), 5);
    stack->redo();
    QCOMPARE(t.modelTitles(), expected);
    QCOMPARE(t.fileTitles(), expected);

    // A move keeps the items in their backlog order, whatever order they are given in.
    stack->undo();
    QCOMPARE(t.modelTitles(), original);
    QVERIFY(Commands::moveItems(t.commands(), moving, ids.at(300)));
    QStringList backlogOrder = expected.mid(0, 151);
    for (int i = 1; i <= 299; i += 2)
        backlogOrder.append(QStringLiteral("Item %1").arg(i + 1));
    QCOMPARE(t.modelTitles(), backlogOrder);
    QCOMPARE(t.fileTitles(), backlogOrder);
}

void TestBacklogEditing::sameGapRebalancesAndUndoStillWorks()
{
    TestDocument t;
    const QList<ItemId> ids = t.addItems(400);
    const QStringList original = t.modelTitles();
    // Always between the first and second item: the worst case for key length.
    for (int i = 0; i < 300; ++i) {
        const ItemId mover = ids.at(399 - i);
        QVERIFY(Commands::moveItems(t.commands(), {mover}, ids.at(0)));
    }
    for (const BacklogRow &row : t.doc().backlogModel()->rows())
        QVERIFY2(row.orderKey.size() <= OrderKey::maxKeyLength, qPrintable(row.orderKey));
    QCOMPARE(t.fileTitles(), t.modelTitles());
    QCOMPARE(t.modelTitles().at(1), QStringLiteral("Item 101"));
    t.doc().undoStack()->setIndex(0);
    QCOMPARE(t.modelTitles(), original);
    QCOMPARE(t.fileTitles(), original);
}

void TestBacklogEditing::createArchiveRestoreUndo()
{
    TestDocument t;
    const QList<ItemId> ids = t.addItems(3);
    BacklogItem item;
    item.title = QStringLiteral("New idea");
    item.type = ItemType::Spike;
    auto id = Commands::createItem(t.commands(), item, ids.at(0)); // below Item 1
    QVERIFY(id);
    QCOMPARE(t.modelTitles(), (QStringList{"Item 1", "New idea", "Item 2", "Item 3"}));
    QVERIFY(Commands::archiveItems(t.commands(), {*id, ids.at(2)}));
    QCOMPARE(t.modelTitles(), (QStringList{"Item 1", "Item 2"}));
    QCOMPARE(ItemRepository(t.doc().database()).archivedRows()->size(), 2);
    QUndoStack *stack = t.doc().undoStack();
    stack->undo(); // restore both, at their places
    QCOMPARE(t.modelTitles(), (QStringList{"Item 1", "New idea", "Item 2", "Item 3"}));
    stack->undo(); // creation undone
    QCOMPARE(t.modelTitles(), (QStringList{"Item 1", "Item 2", "Item 3"}));
    QCOMPARE(t.fileTitles(), t.modelTitles());
    stack->redo(); // the same item comes back with its number
    const BacklogModel *model = t.doc().backlogModel();
    QCOMPARE(model->rowAt(1).id, *id);
    QCOMPARE(model->rowAt(1).number, 4);
    QCOMPARE(model->rowAt(1).type, ItemType::Spike);
}

void TestBacklogEditing::duplicateIsPlacedBelowOriginal()
{
    TestDocument t;
    const QList<ItemId> ids = t.addItems(3);
    auto copy = Commands::duplicateItem(t.commands(), ids.at(0));
    QVERIFY(copy);
    QCOMPARE(t.modelTitles(), (QStringList{"Item 1", "Copy of Item 1", "Item 2", "Item 3"}));
    t.doc().undoStack()->undo();
    QCOMPARE(t.modelTitles(), (QStringList{"Item 1", "Item 2", "Item 3"}));
}

void TestBacklogEditing::fieldEditsMergeIntoOneStep()
{
    TestDocument t;
    const QList<ItemId> ids = t.addItems(2);
    for (const char *title : {"A", "Ab", "Abc", "Abcd"})
        QVERIFY(Commands::setTitle(t.commands(), ids.at(0), QString::fromLatin1(title)));
    QVERIFY(Commands::setEstimate(t.commands(), {ids.at(0)}, 3));
    QVERIFY(Commands::setEstimate(t.commands(), {ids.at(0)}, 5));
    QUndoStack *stack = t.doc().undoStack();
    QCOMPARE(stack->count(), 2); // title burst, estimate burst
    QCOMPARE(t.modelTitles().first(), QStringLiteral("Abcd"));
    stack->undo();
    QVERIFY(!t.doc().backlogModel()->rowAt(0).isEstimated());
    stack->undo();
    QCOMPARE(t.modelTitles().first(), QStringLiteral("Item 1"));
    QCOMPARE(t.fileTitles().first(), QStringLiteral("Item 1"));
}

void TestBacklogEditing::editBackToStartDropsTheStep()
{
    TestDocument t;
    const QList<ItemId> ids = t.addItems(1);
    QVERIFY(Commands::setTitle(t.commands(), ids.at(0), QStringLiteral("Changed")));
    QVERIFY(Commands::setTitle(t.commands(), ids.at(0), QStringLiteral("Item 1")));
    QCOMPARE(t.doc().undoStack()->count(), 0);
    // A change to the same value is never pushed.
    QVERIFY(Commands::setStatus(t.commands(), {ids.at(0)}, ItemStatus::New));
    QCOMPARE(t.doc().undoStack()->count(), 0);
}

void TestBacklogEditing::historyRecordsEveryChange()
{
    TestDocument t;
    const QList<ItemId> ids = t.addItems(3);
    QVERIFY(Commands::setStatus(t.commands(), {ids.at(0), ids.at(1)}, ItemStatus::Ready));
    QCOMPARE(t.doc().undoStack()->count(), 1); // several items, one step
    QVERIFY(Commands::setEstimate(t.commands(), {ids.at(0)}, 8));
    QVERIFY(Commands::moveItems(t.commands(), {ids.at(2)}, 0));
    QVERIFY(Commands::archiveItems(t.commands(), {ids.at(1)}));
    t.doc().undoStack()->undo(); // undo is a change too, and recorded
    HistoryRepository history(t.doc().database());
    const auto fields = [&](ItemId id) {
        QList<HistoryField> result;
        const auto entries = history.forItem(id);
        for (const HistoryEntry &entry : *entries)
            result.append(entry.field);
        return result;
    };
    QVERIFY(fields(ids.at(0)).contains(HistoryField::StatusChanged));
    QVERIFY(fields(ids.at(0)).contains(HistoryField::EstimateChanged));
    QVERIFY(fields(ids.at(2)).count(HistoryField::OrderChanged) == 2); // created + moved
    QCOMPARE(fields(ids.at(1)).count(HistoryField::ArchivedChanged), 2); // archived, restored
}

void TestBacklogEditing::dependencyWarningsAndFix()
{
    TestDocument t;
    const QList<ItemId> ids = t.addItems(4);
    // Item 1 depends on Item 3, which is ordered below it.
    QVERIFY(Commands::addDependency(t.commands(), ids.at(0), ids.at(2)));
    BacklogEditor *editor = t.doc().editor();
    QCOMPARE(editor->dependencyViolations().value(ids.at(0)), QList<ItemId>{ids.at(2)});
    const QModelIndex title = t.doc().backlogModel()->index(0, BacklogModel::TitleColumn);
    QVERIFY(!title.data(Qt::DecorationRole).isNull());
    QVERIFY(title.data(Qt::ToolTipRole).toString().contains(QStringLiteral("TST-3")));

    QVERIFY(Commands::moveBelowDependencies(t.commands(), ids.at(0)));
    QCOMPARE(t.modelTitles(), (QStringList{"Item 2", "Item 3", "Item 1", "Item 4"}));
    QTRY_VERIFY(editor->dependencyViolations().isEmpty());
    t.doc().undoStack()->undo();
    QTRY_VERIFY(editor->dependencyViolations().contains(ids.at(0)));
}

void TestBacklogEditing::dependencyCyclesAreRefused()
{
    TestDocument t;
    const QList<ItemId> ids = t.addItems(3);
    QVERIFY(Commands::addDependency(t.commands(), ids.at(0), ids.at(1)));
    QVERIFY(Commands::addDependency(t.commands(), ids.at(1), ids.at(2)));
    const int steps = t.doc().undoStack()->count();
    const Status cycle = Commands::addDependency(t.commands(), ids.at(2), ids.at(0));
    QVERIFY(!cycle);
    QVERIFY(cycle.errorMessage().contains(QStringLiteral("cycle")));
    QCOMPARE(t.doc().undoStack()->count(), steps);
    QCOMPARE(ItemRepository(t.doc().database()).dependencies()->size(), 2);
}

void TestBacklogEditing::refusedEditPushesNothing()
{
    TestDocument t;
    const QList<ItemId> ids = t.addItems(2);
    const Status refused = Commands::setTitle(t.commands(), ids.at(0), QStringLiteral("   "));
    QVERIFY(!refused);
    QCOMPARE(t.doc().undoStack()->count(), 0);
    QCOMPARE(t.modelTitles().first(), QStringLiteral("Item 1"));
    QVERIFY(!Commands::moveItems(t.commands(), {ids.at(0)}, 987654));
    QCOMPARE(t.doc().undoStack()->count(), 0);
}

QTEST_MAIN(TestBacklogEditing)
#include "tst_backlogediting.moc"

// A step of one undoable action that fails takes back the steps before it: nothing stays
// changed in the model or the file, and nothing is left on the stack.
void TestBacklogEditing::failedStepUndoesWhatRan()
{
    TestDocument t;
    const QList<ItemId> ids = t.addItems(3);
    QUndoStack *stack = t.doc().undoStack();
    const int before = stack->count();
    const Status status = Commands::oneStep(t.commands(), QStringLiteral("Two edits"), [&]() -> Status {
        if (auto renamed = Commands::setTitle(t.commands(), ids.at(0), QStringLiteral("Changed")); !renamed)
            return renamed;
        if (auto moved = Commands::moveItems(t.commands(), {ids.at(2)}, 0); !moved)
            return moved;
        return Error{QStringLiteral("The file is locked.")};
    });
    QVERIFY(!status);
    QCOMPARE(status.errorMessage(), QStringLiteral("The file is locked."));
    QCOMPARE(stack->count(), before);
    QCOMPARE(t.modelTitles(), (QStringList{"Item 1", "Item 2", "Item 3"}));
    QCOMPARE(t.fileTitles(), t.modelTitles());
}

// Nine items from all over a long backlog (more runs than undo places one by one) go back
// to their places, and undo writes only them: the items between keep their keys.
void TestBacklogEditing::undoOfAScatteredMoveWritesOnlyTheMovedItems()
{
    TestDocument t;
    const QList<ItemId> ids = t.addItems(200);
    const QStringList original = t.modelTitles();
    QList<ItemId> scattered;
    for (int i = 10; i < 190; i += 20)
        scattered.append(ids.at(i));
    QCOMPARE(scattered.size(), 9);
    QVERIFY(Commands::moveItems(t.commands(), scattered, 0));
    QCOMPARE(t.modelTitles().first(), QStringLiteral("Item 11"));
    const int writesBefore = t.itemRowWrites();
    t.doc().undoStack()->undo();
    QCOMPARE(t.itemRowWrites() - writesBefore, 9);
    QCOMPARE(t.modelTitles(), original);
    QCOMPARE(t.fileTitles(), original);
}
