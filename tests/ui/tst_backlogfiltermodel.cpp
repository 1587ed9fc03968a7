#include "backlog/backlogfiltermodel.h"
#include "backlog/backlogmodel.h"
#include "testdocument.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Ordo;

class TestBacklogFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTesterThroughEdits();
    void filterResults_data();
    void filterResults();
    void filterAtScale();
    void randomMovesMatchARecomputedFilter();
    void editsReachTheNextSearch();
    void selectionSurvivesFilterChange();
    void selectionFollowsALargeReorder_data();
    void selectionFollowsALargeReorder();
};

namespace {

// What the proxy shows, as titles.
QStringList shown(const BacklogFilterModel &proxy)
{
    QStringList titles;
    for (int row = 0; row < proxy.rowCount(); ++row)
        titles.append(proxy.index(row, BacklogModel::TitleColumn).data().toString());
    return titles;
}

QList<BacklogRow> syntheticRows(int count)
{
    QList<BacklogRow> rows;
    rows.reserve(count);
    QString key;
    const QStringList words{QStringLiteral("checkout"), QStringLiteral("search"), QStringLiteral("profile"),
                            QStringLiteral("payment"), QStringLiteral("onboarding")};
    for (int i = 0; i < count; ++i) {
        BacklogRow row;
        row.id = i + 1;
        row.number = i + 1;
        row.type = ItemType(i % 5);
        row.status = ItemStatus(i % 3);
        row.title = QStringLiteral("Shopper can use %1 flow %2").arg(words.at(i % 5)).arg(i);
        row.labels = words.at((i / 5) % 5);
        row.orderKey = QStringLiteral("a%1").arg(i, 6, 10, QLatin1Char('0'));
        row.foldSearchText();
        rows.append(row);
    }
    return rows;
}

} // namespace

void TestBacklogFilterModel::passesModelTesterThroughEdits()
{
    TestDocument t;
    const QList<ItemId> ids = t.addItems(12);
    BacklogFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setBacklogModel(t.doc().backlogModel());
    BacklogFilter filter;
    filter.text = QStringLiteral("Item 1"); // Item 1, Item 10, Item 11, Item 12
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 4);
    QVERIFY(Commands::moveItems(t.commands(), {ids.at(11)}, 0));              // visible, moves
    QVERIFY(Commands::moveItems(t.commands(), {ids.at(4)}, ids.at(10)));      // hidden, moves
    QVERIFY(Commands::moveItems(t.commands(), {ids.at(0), ids.at(9)}, ids.at(6)));
    QVERIFY(Commands::archiveItems(t.commands(), {ids.at(10)}));               // visible, removed
    QVERIFY(Commands::archiveItems(t.commands(), {ids.at(2)}));                // hidden, removed
    QVERIFY(Commands::setTitle(t.commands(), ids.at(0), QStringLiteral("Renamed"))); // stays visible
    t.doc().undoStack()->setIndex(0);
    QCOMPARE(shown(proxy), (QStringList{"Item 1", "Item 10", "Item 11", "Item 12"}));
    proxy.setFilter({});
    QCOMPARE(proxy.rowCount(), 12);
    QVERIFY(Commands::moveItems(t.commands(), {ids.at(11)}, 0));
    QCOMPARE(shown(proxy).first(), QStringLiteral("Item 12"));
}

void TestBacklogFilterModel::filterResults_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint32>("typeMask");
    QTest::addColumn<quint32>("statusMask");
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("expected");

    QTest::newRow("everything") << QString() << 0u << 0u << QString() << 100;
    QTest::newRow("title or label word") << QStringLiteral("CHECKOUT") << 0u << 0u << QString() << 36;
    QTest::newRow("key") << QStringLiteral("TST-42") << 0u << 0u << QString() << 1;
    QTest::newRow("hash number") << QStringLiteral("#7") << 0u << 0u << QString() << 1;
    QTest::newRow("other prefix finds nothing") << QStringLiteral("ABC-7") << 0u << 0u << QString() << 0;
    QTest::newRow("bugs") << QString() << (1u << int(ItemType::Bug)) << 0u << QString() << 20;
    QTest::newRow("ready bugs") << QString() << (1u << int(ItemType::Bug)) << (1u << int(ItemStatus::Ready)) << QString() << 7;
    QTest::newRow("label") << QString() << 0u << 0u << QStringLiteral("search") << 20;
    QTest::newRow("label as text") << QStringLiteral("onboard") << 0u << 0u << QString() << 36;
    QTest::newRow("no match") << QStringLiteral("zebra") << 0u << 0u << QString() << 0;
}

void TestBacklogFilterModel::filterResults()
{
    QFETCH(QString, text);
    QFETCH(quint32, typeMask);
    QFETCH(quint32, statusMask);
    QFETCH(QString, label);
    QFETCH(int, expected);

    BacklogModel model;
    model.setRows(syntheticRows(100), QStringLiteral("TST"), 0);
    BacklogFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setBacklogModel(&model);
    BacklogFilter filter;
    filter.text = text;
    filter.typeMask = typeMask;
    filter.statusMask = statusMask;
    filter.label = label;
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), expected);
}

void TestBacklogFilterModel::filterAtScale()
{
    BacklogModel model;
    model.setRows(syntheticRows(100000), QStringLiteral("TST"), 0);
    BacklogFilterModel proxy;
    proxy.setBacklogModel(&model);
    BacklogFilter filter;
    // Typing "paymen" one key at a time, then clearing it.
    const QString word = QStringLiteral("paymen");
    for (int i = 1; i <= word.size(); ++i) {
        filter.text = word.left(i);
        proxy.setFilter(filter);
    }
    QCOMPARE(proxy.rowCount(), 36000); // 20,000 titles + 16,000 more by label
    for (int row : {0, 1, 17999, 35999}) {
        const QString text = proxy.index(row, BacklogModel::TitleColumn).data().toString()
                             + proxy.index(row, BacklogModel::LabelsColumn).data().toString();
        QVERIFY2(text.contains(word), qPrintable(text));
    }
    filter.text.clear();
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 100000);
}

void TestBacklogFilterModel::randomMovesMatchARecomputedFilter()
{
    TestDocument t;
    t.addItems(30, QStringLiteral("Alpha"));
    t.addItems(30, QStringLiteral("Beta"));
    BacklogModel *model = t.doc().backlogModel();
    BacklogFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setBacklogModel(model);
    BacklogFilter filter;
    filter.text = QStringLiteral("alpha");
    proxy.setFilter(filter);
    QRandomGenerator random(7);
    for (int i = 0; i < 300; ++i) {
        const int from = int(random.bounded(model->rowCount()));
        const int anchorRow = int(random.bounded(model->rowCount() + 1)) - 1;
        const ItemId id = model->rowAt(from).id;
        const ItemId anchor = anchorRow < 0 ? 0 : model->rowAt(anchorRow).id;
        if (anchor != id)
            QVERIFY(Commands::moveItems(t.commands(), {id}, anchor));
        QStringList expected;
        for (const QString &title : t.modelTitles()) {
            if (title.startsWith(QStringLiteral("Alpha")))
                expected.append(title);
        }
        QCOMPARE(shown(proxy), expected);
    }
}

void TestBacklogFilterModel::editsReachTheNextSearch()
{
    // The filter reads its own copy of the rows' search text: moves, retitles, archiving and
    // undo made with or without a search must all be in it when the next search runs.
    // (No model tester here: a row restored above others renumbers their Position column on
    // purpose, which its insert check reads as a change; the tests above run it through
    // the same kinds of edit.)
    TestDocument t;
    t.addItems(20, QStringLiteral("Alpha"));
    t.addItems(20, QStringLiteral("Beta"));
    BacklogModel *model = t.doc().backlogModel();
    BacklogFilterModel proxy;
    proxy.setBacklogModel(model);
    const QStringList words{QStringLiteral("alpha"), QStringLiteral("GAMMA"), QStringLiteral("ga"),
                            QStringLiteral("l"), QStringLiteral("beta")};
    QRandomGenerator random(11);
    for (int i = 0; i < 200; ++i) {
        if (i % 2)
            proxy.setFilter({});
        const ItemId id = model->rowAt(int(random.bounded(model->rowCount()))).id;
        switch (random.bounded(4)) {
        case 0: {
            const ItemId anchor = model->rowAt(int(random.bounded(model->rowCount()))).id;
            if (anchor != id)
                QVERIFY(Commands::moveItems(t.commands(), {id}, anchor));
            break;
        }
        case 1:
            QVERIFY(Commands::setTitle(t.commands(), id, (random.bounded(2) ? QStringLiteral("Gamma %1") : QStringLiteral("Alpha %1")).arg(i)));
            break;
        case 2:
            if (model->rowCount() > 10)
                QVERIFY(Commands::archiveItems(t.commands(), {id}));
            break;
        default:
            t.doc().undoStack()->undo();
            break;
        }
        BacklogFilter filter;
        filter.text = words.at(i % words.size());
        proxy.setFilter(filter);
        QStringList expected;
        for (const QString &title : t.modelTitles()) {
            if (title.contains(filter.text, Qt::CaseInsensitive))
                expected.append(title);
        }
        QCOMPARE(shown(proxy), expected);
    }
}

void TestBacklogFilterModel::selectionSurvivesFilterChange()
{
    TestDocument t;
    t.addItems(20);
    BacklogFilterModel proxy;
    proxy.setBacklogModel(t.doc().backlogModel());
    QItemSelectionModel selection(&proxy);
    selection.select(proxy.index(14, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows); // Item 15
    BacklogFilter filter;
    filter.text = QStringLiteral("Item 1"); // Item 1, 10..19
    proxy.setFilter(filter);
    const QModelIndexList rows = selection.selectedRows(BacklogModel::TitleColumn);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data().toString(), QStringLiteral("Item 15"));
}

void TestBacklogFilterModel::selectionFollowsALargeReorder_data()
{
    QTest::addColumn<QString>("filterText");
    QTest::addColumn<QString>("topAfter"); // the first row shown once the backlog is reversed
    QTest::newRow("all items") << QString() << QStringLiteral("Item 200");
    QTest::newRow("filtered") << QStringLiteral("Item 1") << QStringLiteral("Item 199"); // 1, 10..19, 100..199
}

// A reorder of many items (a proposal applied, or its undo) arrives as one layout change;
// the selection and the current item stay on their items, and undo brings them back.
void TestBacklogFilterModel::selectionFollowsALargeReorder()
{
    QFETCH(QString, filterText);
    QFETCH(QString, topAfter);
    TestDocument t;
    const QList<ItemId> ids = t.addItems(200);
    BacklogModel *model = t.doc().backlogModel();
    BacklogFilterModel proxy;
    proxy.setBacklogModel(model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    BacklogFilter filter;
    filter.text = filterText;
    proxy.setFilter(filter);
    QItemSelectionModel selection(&proxy);
    const auto proxyIndexOf = [&](int item) {
        return proxy.mapFromSource(model->index(model->rowOf(ids.at(item - 1)), BacklogModel::TitleColumn));
    };
    selection.setCurrentIndex(proxyIndexOf(150), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.select(proxyIndexOf(17), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const int rowsBefore = proxy.rowCount();

    // Reverse the whole backlog: far more than the moves a view can follow one by one.
    QList<ItemId> reversed(ids.crbegin(), ids.crend());
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
    QVERIFY(Commands::reorder(t.commands(), reversed, 0, QStringLiteral("Reverse")));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(proxy.rowCount(), rowsBefore);
    QCOMPARE(proxy.index(0, BacklogModel::TitleColumn).data().toString(), topAfter);
    const auto selectedTitles = [&] {
        QStringList titles;
        for (const QModelIndex &index : selection.selectedRows(BacklogModel::TitleColumn))
            titles.append(index.data().toString());
        titles.sort();
        return titles;
    };
    QCOMPARE(selectedTitles(), (QStringList{"Item 150", "Item 17"}));
    QCOMPARE(selection.currentIndex().data().toString(), QStringLiteral("Item 150"));

    t.doc().undoStack()->undo();
    QCOMPARE(proxy.index(0, BacklogModel::TitleColumn).data().toString(), QStringLiteral("Item 1"));
    QCOMPARE(selectedTitles(), (QStringList{"Item 150", "Item 17"}));
    QCOMPARE(selection.currentIndex(), proxyIndexOf(150));
}

QTEST_MAIN(TestBacklogFilterModel)
#include "tst_backlogfiltermodel.moc"
