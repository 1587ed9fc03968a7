#include "services/dependencyorder.h"

#include <QTest>

using namespace Ordo;

class TestDependencyOrder : public QObject
{
    Q_OBJECT

private slots:
    void violations_data();
    void violations();
    void cycles_data();
    void cycles();
};

void TestDependencyOrder::violations_data()
{
    QTest::addColumn<QList<ItemId>>("order");
    QTest::addColumn<QList<Dependency>>("dependencies");
    QTest::addColumn<QList<ItemId>>("violating");

    QTest::newRow("none") << QList<ItemId>{1, 2, 3} << QList<Dependency>{} << QList<ItemId>{};
    QTest::newRow("respected") << QList<ItemId>{1, 2, 3} << QList<Dependency>{{3, 1}} << QList<ItemId>{};
    QTest::newRow("violated") << QList<ItemId>{1, 2, 3} << QList<Dependency>{{1, 3}} << QList<ItemId>{1};
    QTest::newRow("blocker not in backlog") << QList<ItemId>{1, 2} << QList<Dependency>{{1, 9}} << QList<ItemId>{};
    QTest::newRow("two blockers") << QList<ItemId>{1, 2, 3, 4} << QList<Dependency>{{1, 4}, {1, 2}, {3, 4}}
                                  << QList<ItemId>{1, 3};
}

void TestDependencyOrder::violations()
{
    QFETCH(QList<ItemId>, order);
    QFETCH(QList<Dependency>, dependencies);
    QFETCH(QList<ItemId>, violating);
    const auto result = DependencyOrder::violations(dependencies, [&order](ItemId id) {
        return int(order.indexOf(id));
    });
    QList<ItemId> keys = result.keys();
    std::sort(keys.begin(), keys.end());
    QCOMPARE(keys, violating);
    if (result.contains(1) && result.value(1).size() == 2)
        QCOMPARE(result.value(1), (QList<ItemId>{2, 4})); // in backlog order: the last is the lowest
}

void TestDependencyOrder::cycles_data()
{
    QTest::addColumn<QList<Dependency>>("dependencies");
    QTest::addColumn<ItemId>("item");
    QTest::addColumn<ItemId>("dependsOn");
    QTest::addColumn<bool>("cycle");

    QTest::newRow("self") << QList<Dependency>{} << ItemId(1) << ItemId(1) << true;
    QTest::newRow("direct") << QList<Dependency>{{1, 2}} << ItemId(2) << ItemId(1) << true;
    QTest::newRow("transitive") << QList<Dependency>{{1, 2}, {2, 3}} << ItemId(3) << ItemId(1) << true;
    QTest::newRow("diamond is fine") << QList<Dependency>{{1, 2}, {1, 3}, {2, 4}} << ItemId(3) << ItemId(4) << false;
    QTest::newRow("unrelated") << QList<Dependency>{{1, 2}} << ItemId(3) << ItemId(4) << false;
}

void TestDependencyOrder::cycles()
{
    QFETCH(QList<Dependency>, dependencies);
    QFETCH(ItemId, item);
    QFETCH(ItemId, dependsOn);
    QFETCH(bool, cycle);
    QCOMPARE(DependencyOrder::wouldCreateCycle(dependencies, item, dependsOn), cycle);
}

QTEST_GUILESS_MAIN(TestDependencyOrder)
#include "tst_dependencyorder.moc"
