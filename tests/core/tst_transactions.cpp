#include "storage/itemrepository.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "testproduct.h"

#include <QTest>

using namespace Ordo;

class TestTransactions : public QObject
{
    Q_OBJECT

private slots:
    // Every test runs over both engines (TestEngines).
    void initTestCase_data() { TestEngines::addRows(); }
    void init() { ORDO_USE_TEST_ENGINE(); }

    void uncommittedRollsBack();
    void commitKeeps();
    void failedBatchCommitsNoRow();
    void failedWriteLeavesHistoryUntouched();
    void unchangedValueKeepsTheOuterTransaction();
};

namespace {

int count(TestProduct &product, const char *table)
{
    return Sql::scalar(product.db().connection(),
                       QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
        ->toInt();
}

} // namespace

void TestTransactions::uncommittedRollsBack()
{
    TestProduct product;
    {
        Transaction transaction(product.db().connection());
        QVERIFY(transaction.isActive());
        QVERIFY(Sql::exec(product.db().connection(),
                          QStringLiteral("INSERT INTO label (name) VALUES (?)"),
                          {QStringLiteral("kept?")}));
        QCOMPARE(count(product, "label"), 1);
    } // no commit
    QCOMPARE(count(product, "label"), 0);
}

void TestTransactions::commitKeeps()
{
    TestProduct product;
    Transaction transaction(product.db().connection());
    QVERIFY(Sql::exec(product.db().connection(),
                      QStringLiteral("INSERT INTO label (name) VALUES (?)"),
                      {QStringLiteral("kept")}));
    QVERIFY(transaction.commit());
    QCOMPARE(count(product, "label"), 1);
}

void TestTransactions::failedBatchCommitsNoRow()
{
    TestProduct product;
    BacklogItem good;
    good.title = QStringLiteral("A fine story");
    good.labels = {QStringLiteral("checkout")};
    good.criteria = {{0, 0, QStringLiteral("Scenario: ok\n  Given x\n  When y\n  Then z")}};
    BacklogItem bad; // no title: refused
    const auto ids = ItemRepository(product.db()).createMany({good, good, bad});
    QVERIFY(!ids);
    QVERIFY(!ids.errorMessage().isEmpty());
    for (const char *table : {"item", "label", "item_label", "acceptance_criterion", "history"})
        QVERIFY2(count(product, table) == 0, table);
    // The item number counter was rolled back too.
    QCOMPARE(Sql::scalar(product.db().connection(),
                         QStringLiteral("SELECT next_item_number FROM product"))
                 ->toInt(),
             1);
}

void TestTransactions::failedWriteLeavesHistoryUntouched()
{
    TestProduct product;
    const ItemId id = product.addItem(QStringLiteral("Story"));
    const int historyBefore = count(product, "history");
    ItemRepository items(product.db());
    QVERIFY(!items.setEstimate(id, -3));                      // refused before writing
    QVERIFY(!items.setOrderKey(id, QStringLiteral("a10")));   // invalid key
    QVERIFY(!items.setStatus(id + 1000, ItemStatus::Ready));  // no such item
    QCOMPARE(count(product, "history"), historyBefore);
}

void TestTransactions::unchangedValueKeepsTheOuterTransaction()
{
    // Writing a value an item already has writes nothing, and must not spoil
    // the larger change it is part of (a reorder that leaves some keys alone).
    TestProduct product;
    const ItemId first = product.addItem(QStringLiteral("First"));
    const ItemId second = product.addItem(QStringLiteral("Second"));
    ItemRepository items(product.db());
    const QString firstKey = items.load(first)->orderKey;
    const int historyBefore = count(product, "history");
    Transaction transaction(product.db().connection());
    QVERIFY(items.setOrderKey(first, firstKey));
    QVERIFY(items.setEstimate(second, 5));
    QVERIFY(transaction.commit());
    QCOMPARE(items.load(second)->estimate, std::optional<double>(5));
    QCOMPARE(count(product, "history"), historyBefore + 1);
}

QTEST_GUILESS_MAIN(TestTransactions)
#include "tst_transactions.moc"
