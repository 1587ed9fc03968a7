#include "backlog/backlogmodel.h"
#include "storage/itemrepository.h"
#include "testproduct.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Ordo;

class TestBacklogModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester();
    void showsRowsInOrder_data();
    void showsRowsInOrder();
    void summaries();
};

namespace {

QList<BacklogRow> sampleRows()
{
    QList<BacklogRow> rows;
    BacklogRow epic;
    epic.id = 1;
    epic.number = 1;
    epic.type = ItemType::Epic;
    epic.title = QStringLiteral("Checkout");
    epic.orderKey = QStringLiteral("a0");
    rows.append(epic);
    BacklogRow story;
    story.id = 2;
    story.number = 7;
    story.parentId = 1;
    story.sprintId = 3;
    story.title = QStringLiteral("Pay with a saved card");
    story.estimate = 5;
    story.status = ItemStatus::InProgress;
    story.labels = QStringLiteral("mobile, payments");
    story.orderKey = QStringLiteral("a1");
    rows.append(story);
    BacklogRow bug;
    bug.id = 3;
    bug.number = 12;
    bug.type = ItemType::Bug;
    bug.title = QStringLiteral("Receipt shows wrong tax");
    bug.status = ItemStatus::Done;
    bug.estimate = 2;
    bug.orderKey = QStringLiteral("a2");
    rows.append(bug);
    return rows;
}

} // namespace

void TestBacklogModel::passesModelTester()
{
    BacklogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sampleRows(), QStringLiteral("ORD"), 3);
    model.setRows({}, QStringLiteral("ORD"), 0);
    model.setRows(sampleRows(), QStringLiteral("ORD"), 0);
}

void TestBacklogModel::showsRowsInOrder_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");

    QTest::newRow("position") << 1 << int(BacklogModel::PositionColumn) << QStringLiteral("2");
    QTest::newRow("key") << 1 << int(BacklogModel::KeyColumn) << QStringLiteral("ORD-7");
    QTest::newRow("type") << 2 << int(BacklogModel::TypeColumn) << QStringLiteral("Bug");
    QTest::newRow("title") << 1 << int(BacklogModel::TitleColumn) << QStringLiteral("Pay with a saved card");
    QTest::newRow("epic title") << 1 << int(BacklogModel::EpicColumn) << QStringLiteral("Checkout");
    QTest::newRow("no epic") << 2 << int(BacklogModel::EpicColumn) << QString();
    QTest::newRow("estimate") << 1 << int(BacklogModel::EstimateColumn) << QStringLiteral("5");
    QTest::newRow("unestimated") << 0 << int(BacklogModel::EstimateColumn) << QString();
    QTest::newRow("status") << 1 << int(BacklogModel::StatusColumn) << QStringLiteral("In progress");
    QTest::newRow("labels") << 1 << int(BacklogModel::LabelsColumn) << QStringLiteral("mobile, payments");
}

void TestBacklogModel::showsRowsInOrder()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    BacklogModel model;
    model.setRows(sampleRows(), QStringLiteral("ORD"), 3);
    const QModelIndex index = model.index(row, column);
    QCOMPARE(index.data().toString(), text);
    QCOMPARE(index.data(BacklogModel::InActiveSprintRole).toBool(), row == 1);
}

void TestBacklogModel::summaries()
{
    TestProduct product;
    product.addItem(QStringLiteral("Epic"), ItemType::Epic, 40); // epics do not add to the total
    product.addItem(QStringLiteral("Three"), ItemType::Story, 3);
    product.addItem(QStringLiteral("Five"), ItemType::Bug, 5);
    product.addItem(QStringLiteral("Unestimated"));
    BacklogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(*ItemRepository(product.db()).backlogRows(), QStringLiteral("TST"), 0);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.totalEstimate(), 8.0);
    QCOMPARE(model.countWithStatus(ItemStatus::New), 4);
    QCOMPARE(model.rowOf(model.rowAt(2).id), 2);
    QCOMPARE(model.index(2, BacklogModel::KeyColumn).data().toString(), QStringLiteral("TST-3"));
}

QTEST_MAIN(TestBacklogModel)
#include "tst_backlogmodel.moc"
