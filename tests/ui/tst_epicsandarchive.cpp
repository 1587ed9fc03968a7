#include "archive/archivemodel.h"
#include "archive/archiveview.h"
#include "backlog/backlogmodel.h"
#include "epics/epicsmodel.h"
#include "storage/itemrepository.h"
#include "testdocument.h"

#include <QAbstractItemModelTester>
#include <QDataStream>
#include <QMimeData>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Ordo;

// The epics panel's model (progress, drop onto an epic) and the Archive view.
class TestEpicsAndArchive : public QObject
{
    Q_OBJECT

private slots:
    void epicProgress();
    void dropOntoEpicAssignsAndUndoes();
    void invalidDropsAreRejected_data();
    void invalidDropsAreRejected();
    void archiveListsAndRestores();
    void epicListFollowsTheBacklogOrder_data();
    void epicListFollowsTheBacklogOrder();
};

namespace {

struct Fixture
{
    TestDocument t;
    QList<ItemId> ids;
    ItemId epic = 0;

    Fixture()
    {
        ids = t.addItems(4);
        BacklogItem epicItem;
        epicItem.type = ItemType::Epic;
        epicItem.title = QStringLiteral("Checkout");
        epic = *Commands::createItem(t.commands(), epicItem, std::nullopt);
        (void)Commands::setEstimate(t.commands(), {ids.at(0)}, 3);
        (void)Commands::setEstimate(t.commands(), {ids.at(1)}, 5);
        (void)Commands::setEpic(t.commands(), {ids.at(0), ids.at(1)}, epic);
        (void)Commands::setStatus(t.commands(), {ids.at(0)}, ItemStatus::Done);
    }
};

std::unique_ptr<QMimeData> payload(const QList<qint64> &ids)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << ids;
    auto data = std::make_unique<QMimeData>();
    data->setData(BacklogModel::itemIdsMimeType(), bytes);
    return data;
}

int rowOfEpic(const EpicsModel &model, ItemId epic)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.rowAt(row).epic == epic)
            return row;
    }
    return -1;
}

} // namespace

void TestEpicsAndArchive::epicProgress()
{
    Fixture f;
    EpicsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBacklog(f.t.doc().backlogModel(), f.t.doc().editor(), f.t.doc().undoStack());
    QCOMPARE(model.rowCount(), 3); // All items, No epic, Checkout
    const int row = rowOfEpic(model, f.epic);
    QCOMPARE(model.rowAt(row).items, 2);
    QCOMPARE(model.rowAt(row).totalPoints, 8.0);
    QCOMPARE(model.rowAt(row).donePoints, 3.0);
    QCOMPARE(model.index(row).data(EpicsModel::ProgressRole).toDouble(), 3.0 / 8.0);
    QVERIFY(model.index(row).data(EpicsModel::SummaryRole).toString().startsWith(QStringLiteral("3 of 8 points done")));
    QCOMPARE(model.rowAt(1).items, 2); // no epic
    QCOMPARE(model.rowAt(0).items, 4); // all items (epics themselves are not counted)
    // Follows the backlog after the event loop turns.
    QVERIFY(Commands::setStatus(f.t.commands(), {f.ids.at(1)}, ItemStatus::Done));
    QTRY_COMPARE(model.rowAt(row).donePoints, 8.0);
}

void TestEpicsAndArchive::dropOntoEpicAssignsAndUndoes()
{
    Fixture f;
    EpicsModel model;
    model.setBacklog(f.t.doc().backlogModel(), f.t.doc().editor(), f.t.doc().undoStack());
    const int row = rowOfEpic(model, f.epic);
    auto data = payload({f.ids.at(2), f.ids.at(3)});
    QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, -1, 0, model.index(row)));
    QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, 0, model.index(row)));
    const BacklogModel *backlog = f.t.doc().backlogModel();
    QCOMPARE(backlog->rowAt(backlog->rowOf(f.ids.at(3))).parentId, f.epic);
    QCOMPARE(model.rowAt(row).items, 4);
    f.t.doc().undoStack()->undo(); // one step for both
    QCOMPARE(backlog->rowAt(backlog->rowOf(f.ids.at(2))).parentId, ItemId(0));
    QCOMPARE(backlog->rowAt(backlog->rowOf(f.ids.at(3))).parentId, ItemId(0));
    // Dropping on "No epic" removes the epic.
    QVERIFY(model.dropMimeData(payload({f.ids.at(0)}).get(), Qt::MoveAction, -1, 0, model.index(1)));
    QCOMPARE(backlog->rowAt(backlog->rowOf(f.ids.at(0))).parentId, ItemId(0));
}

void TestEpicsAndArchive::invalidDropsAreRejected_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("targetRow"); // -1: the epic's row
    QTest::newRow("plain text") << QStringLiteral("text/plain") << QByteArray("Item 1") << -1;
    QTest::newRow("garbage") << BacklogModel::itemIdsMimeType() << QByteArray("\x01\x02", 2) << -1;
    QTest::newRow("onto All items") << QString() << QByteArray() << 0;
}

void TestEpicsAndArchive::invalidDropsAreRejected()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, bytes);
    QFETCH(int, targetRow);
    Fixture f;
    EpicsModel model;
    model.setBacklog(f.t.doc().backlogModel(), f.t.doc().editor(), f.t.doc().undoStack());
    std::unique_ptr<QMimeData> data = format.isEmpty() ? payload({f.ids.at(2)}) : std::make_unique<QMimeData>();
    if (!format.isEmpty())
        data->setData(format, bytes);
    const QModelIndex target = model.index(targetRow < 0 ? rowOfEpic(model, f.epic) : targetRow);
    const int steps = f.t.doc().undoStack()->count();
    QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, -1, 0, target));
    QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, -1, 0, target));
    QVERIFY(!model.dropMimeData(payload({987654}).get(), Qt::MoveAction, -1, 0, model.index(rowOfEpic(model, f.epic))));
    QCOMPARE(f.t.doc().undoStack()->count(), steps);
}

void TestEpicsAndArchive::archiveListsAndRestores()
{
    TestDocument t;
    const QList<ItemId> ids = t.addItems(4);
    ArchiveView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setDocument(&t.doc());
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY(Commands::archiveItems(t.commands(), {ids.at(1), ids.at(2)}));
    QCOMPARE(view.model()->rowCount(), 2);
    QCOMPARE(view.model()->index(0, ArchiveModel::TitleColumn).data().toString(), QStringLiteral("Item 2"));
    view.table()->selectRow(0);
    view.restoreSelected();
    QCOMPARE(view.model()->rowCount(), 1);
    QCOMPARE(t.modelTitles(), (QStringList{"Item 1", "Item 2", "Item 4"})); // back at its place
    t.doc().undoStack()->undo();
    QCOMPARE(view.model()->rowCount(), 2);
    t.doc().undoStack()->redo();
    QCOMPARE(t.modelTitles(), (QStringList{"Item 1", "Item 2", "Item 4"}));
    QCOMPARE(ItemRepository(t.doc().database()).archivedRows()->size(), 1);
}

QTEST_MAIN(TestEpicsAndArchive)
#include "tst_epicsandarchive.moc"

void TestEpicsAndArchive::epicListFollowsTheBacklogOrder_data()
{
    QTest::addColumn<bool>("wholeBacklog");
    QTest::newRow("one epic moved") << false;
    QTest::newRow("the whole backlog reversed") << true; // one layout change
}

void TestEpicsAndArchive::epicListFollowsTheBacklogOrder()
{
    QFETCH(bool, wholeBacklog);
    TestDocument t;
    QList<ItemId> ids = t.addItems(100);
    for (const QString &title : {QStringLiteral("Alpha"), QStringLiteral("Beta")}) {
        BacklogItem epic;
        epic.type = ItemType::Epic;
        epic.title = title;
        ids.append(*Commands::createItem(t.commands(), epic, std::nullopt));
    }
    EpicsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBacklog(t.doc().backlogModel(), t.doc().editor(), t.doc().undoStack());
    const auto epicTitles = [&model] {
        return QStringList{model.index(2).data().toString(), model.index(3).data().toString()};
    };
    QCOMPARE(epicTitles(), (QStringList{"Alpha", "Beta"}));

    if (wholeBacklog)
        QVERIFY(Commands::reorder(t.commands(), QList<ItemId>(ids.crbegin(), ids.crend()), 0, QStringLiteral("Reverse")));
    else
        QVERIFY(Commands::moveItems(t.commands(), {ids.back()}, 0));
    QTRY_COMPARE(epicTitles(), (QStringList{"Beta", "Alpha"}));
    t.doc().undoStack()->undo();
    QTRY_COMPARE(epicTitles(), (QStringList{"Alpha", "Beta"}));
}
