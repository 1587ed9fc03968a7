#include "services/backlogfilter.h"

#include <QTest>

using namespace Ordo;

class TestBacklogFilter : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void isActive();
};

void TestBacklogFilter::matches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("readiness");
    QTest::addColumn<bool>("withoutEpic");
    QTest::addColumn<bool>("inTextMatches");
    QTest::addColumn<bool>("expected");

    const int any = int(BacklogFilter::Readiness::Any);
    QTest::newRow("empty") << QString() << QString() << any << false << false << true;
    QTest::newRow("title, any case") << QStringLiteral("SAVED card") << QString() << any << false << false << true;
    QTest::newRow("key") << QStringLiteral("ord-42") << QString() << any << false << false << true;
    QTest::newRow("wrong key") << QStringLiteral("ORD-43") << QString() << any << false << false << false;
    QTest::newRow("hash number") << QStringLiteral("#42") << QString() << any << false << false << true;
    QTest::newRow("label text") << QStringLiteral("paym") << QString() << any << false << false << true;
    QTest::newRow("story text found in file") << QStringLiteral("receipt") << QString() << any << false << true << true;
    QTest::newRow("no match") << QStringLiteral("receipt") << QString() << any << false << false << false;
    QTest::newRow("label exact") << QString() << QStringLiteral("Mobile") << any << false << false << true;
    QTest::newRow("label partial is not the label") << QString() << QStringLiteral("mob") << any << false << false << false;
    QTest::newRow("ready") << QString() << QString() << int(BacklogFilter::Readiness::Ready) << false << false << true;
    QTest::newRow("not ready") << QString() << QString() << int(BacklogFilter::Readiness::NotReady) << false << false << false;
    QTest::newRow("without epic") << QString() << QString() << any << true << false << false;
}

void TestBacklogFilter::matches()
{
    QFETCH(QString, text);
    QFETCH(QString, label);
    QFETCH(int, readiness);
    QFETCH(bool, withoutEpic);
    QFETCH(bool, inTextMatches);
    QFETCH(bool, expected);

    BacklogRow row;
    row.id = 7;
    row.number = 42;
    row.parentId = 3;
    row.title = QStringLiteral("Pay with a saved card");
    row.labels = QStringLiteral("mobile, payments");
    row.status = ItemStatus::Ready;
    BacklogFilter filter;
    filter.text = text;
    filter.label = label;
    filter.readiness = BacklogFilter::Readiness(readiness);
    filter.withoutEpic = withoutEpic;
    // Readiness is the caller's judgement (the Definition of Ready); here item 7 is ready.
    const BacklogFilterMatcher matcher(filter, QStringLiteral("ORD"),
                                       inTextMatches ? QSet<ItemId>{7} : QSet<ItemId>{},
                                       [](const BacklogRow &r) { return r.id == 7; });
    QCOMPARE(matcher.matches(row), expected);
}

void TestBacklogFilter::isActive()
{
    BacklogFilter filter;
    QVERIFY(!filter.isActive());
    filter.text = QStringLiteral("  ");
    QVERIFY(!filter.isActive());
    filter.epic = 4;
    QVERIFY(filter.isActive());
}

QTEST_GUILESS_MAIN(TestBacklogFilter)
#include "tst_backlogfilter.moc"
