#include "backlog/backlogfiltermodel.h"
#include "backlog/backlogmodel.h"
#include "testdocument.h"

#include <QDataStream>
#include <QMimeData>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Ordo;

// Drag and drop through mimeData()/dropMimeData() with the private MIME type,
// on the model and through the filter proxy, as the view does it.
class TestBacklogDragDrop : public QObject
{
    Q_OBJECT

private slots:
    void dragCarriesIdsInBacklogOrder();
    void drop_data();
    void drop();
    void dropInFilteredView();
    void invalidPayloadsAreRejected_data();
    void invalidPayloadsAreRejected();
};

namespace {

std::unique_ptr<QMimeData> dragRows(const QAbstractItemModel &model, const QList<int> &rows)
{
    QModelIndexList indexes;
    for (int row : rows) {
        for (int column = 0; column < model.columnCount(); ++column)
            indexes.append(model.index(row, column)); // a row selection: every column
    }
    return std::unique_ptr<QMimeData>(model.mimeData(indexes));
}

} // namespace

void TestBacklogDragDrop::dragCarriesIdsInBacklogOrder()
{
    TestDocument t;
    const QList<ItemId> ids = t.addItems(5);
    auto data = dragRows(*t.doc().backlogModel(), {3, 1});
    QVERIFY(data);
    QCOMPARE(BacklogModel::itemIdsFromMimeData(data.get()), (QList<ItemId>{ids.at(1), ids.at(3)}));
}

void TestBacklogDragDrop::drop_data()
{
    QTest::addColumn<QList<int>>("dragged");
    QTest::addColumn<int>("dropRow"); // as the view passes it: the row the items go above
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("last to first") << QList<int>{4} << 0 << QStringList{"Item 5", "Item 1", "Item 2", "Item 3", "Item 4"};
    QTest::newRow("first past the end") << QList<int>{0} << -1 << QStringList{"Item 2", "Item 3", "Item 4", "Item 5", "Item 1"};
    QTest::newRow("onto itself") << QList<int>{2} << 2 << QStringList{"Item 1", "Item 2", "Item 3", "Item 4", "Item 5"};
    QTest::newRow("just below itself") << QList<int>{2} << 3 << QStringList{"Item 1", "Item 2", "Item 3", "Item 4", "Item 5"};
    QTest::newRow("several to the middle") << QList<int>{0, 4} << 2 << QStringList{"Item 2", "Item 1", "Item 5", "Item 3", "Item 4"};
    QTest::newRow("several, dropped inside the selection") << QList<int>{1, 2, 3} << 2 << QStringList{"Item 1", "Item 2", "Item 3", "Item 4", "Item 5"};
}

void TestBacklogDragDrop::drop()
{
    QFETCH(QList<int>, dragged);
    QFETCH(int, dropRow);
    QFETCH(QStringList, expected);

    TestDocument t;
    t.addItems(5);
    BacklogModel *model = t.doc().backlogModel();
    auto data = dragRows(*model, dragged);
    QVERIFY(model->canDropMimeData(data.get(), Qt::MoveAction, dropRow, 0, {}));
    QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, dropRow, 0, {}));
    QCOMPARE(t.modelTitles(), expected);
    QCOMPARE(t.fileTitles(), expected);
    const bool changed = expected != QStringList{"Item 1", "Item 2", "Item 3", "Item 4", "Item 5"};
    QCOMPARE(t.doc().undoStack()->count(), changed ? 1 : 0);
    if (changed) {
        t.doc().undoStack()->undo();
        QCOMPARE(t.modelTitles(), (QStringList{"Item 1", "Item 2", "Item 3", "Item 4", "Item 5"}));
    }
}

void TestBacklogDragDrop::dropInFilteredView()
{
    TestDocument t;
    t.addItems(3, QStringLiteral("Apple"));
    t.addItems(3, QStringLiteral("Pear"));
    // Order: Apple 1..3, Pear 1..3. Interleave: Apple 1, Pear 1, Apple 2, Pear 2, Apple 3, Pear 3.
    BacklogModel *model = t.doc().backlogModel();
    QVERIFY(model->dropMimeData(dragRows(*model, {3}).get(), Qt::MoveAction, 1, 0, {}));
    QVERIFY(model->dropMimeData(dragRows(*model, {4}).get(), Qt::MoveAction, 3, 0, {}));
    QCOMPARE(t.modelTitles(), (QStringList{"Apple 1", "Pear 1", "Apple 2", "Pear 2", "Apple 3", "Pear 3"}));

    BacklogFilterModel proxy;
    proxy.setBacklogModel(model);
    BacklogFilter filter;
    filter.text = QStringLiteral("apple");
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 3);
    // Drag the last visible apple above the first visible one.
    auto data = dragRows(proxy, {2});
    QVERIFY(proxy.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    QVERIFY(proxy.dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    QCOMPARE(proxy.index(0, BacklogModel::TitleColumn).data().toString(), QStringLiteral("Apple 3"));
    QCOMPARE(t.modelTitles(), (QStringList{"Apple 3", "Apple 1", "Pear 1", "Apple 2", "Pear 2", "Pear 3"}));
    // Between two visible neighbours: Apple 1 goes between Apple 2 and the end of the visible list.
    auto data2 = dragRows(proxy, {1});
    QVERIFY(proxy.dropMimeData(data2.get(), Qt::MoveAction, -1, 0, {}));
    QCOMPARE(t.modelTitles(), (QStringList{"Apple 3", "Pear 1", "Apple 2", "Apple 1", "Pear 2", "Pear 3"}));
    QCOMPARE(t.fileTitles(), t.modelTitles());
}

void TestBacklogDragDrop::invalidPayloadsAreRejected_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("payload");

    QByteArray unknownIds;
    {
        QDataStream stream(&unknownIds, QIODevice::WriteOnly);
        stream.setVersion(QDataStream::Qt_6_4);
        stream << QList<qint64>{123456789};
    }
    QByteArray trailing;
    {
        QDataStream stream(&trailing, QIODevice::WriteOnly);
        stream.setVersion(QDataStream::Qt_6_4);
        stream << QList<qint64>{1} << qint32(7);
    }
    QByteArray empty;
    {
        QDataStream stream(&empty, QIODevice::WriteOnly);
        stream.setVersion(QDataStream::Qt_6_4);
        stream << QList<qint64>{};
    }
    QTest::newRow("plain text") << QStringLiteral("text/plain") << QByteArray("Item 1");
    QTest::newRow("garbage bytes") << BacklogModel::itemIdsMimeType() << QByteArray("\xff\x01\x02", 3);
    QTest::newRow("truncated") << BacklogModel::itemIdsMimeType() << unknownIds.left(6);
    QTest::newRow("unknown ids") << BacklogModel::itemIdsMimeType() << unknownIds;
    QTest::newRow("trailing bytes") << BacklogModel::itemIdsMimeType() << trailing;
    QTest::newRow("no ids") << BacklogModel::itemIdsMimeType() << empty;
}

void TestBacklogDragDrop::invalidPayloadsAreRejected()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, payload);
    TestDocument t;
    t.addItems(3);
    BacklogModel *model = t.doc().backlogModel();
    QMimeData data;
    data.setData(format, payload);
    QVERIFY(!model->canDropMimeData(&data, Qt::MoveAction, 0, 0, {}));
    QVERIFY(!model->dropMimeData(&data, Qt::MoveAction, 0, 0, {}));
    QVERIFY(!model->dropMimeData(dragRows(*model, {2}).get(), Qt::CopyAction, 0, 0, {}));
    QCOMPARE(t.modelTitles(), (QStringList{"Item 1", "Item 2", "Item 3"}));
    QCOMPARE(t.doc().undoStack()->count(), 0);
}

QTEST_MAIN(TestBacklogDragDrop)
#include "tst_backlogdragdrop.moc"
