#include "domain/orderkey.h"
#include "domain/scoring.h"
#include "storage/historyrepository.h"
#include "storage/itemrepository.h"
#include "storage/dialect.h"
#include "storage/sql.h"
#include "storage/sprintrepository.h"
#include "storage/transaction.h"
#include "testproduct.h"

#include <QTest>

using namespace Ordo;

class TestItemRepository : public QObject
{
    Q_OBJECT

private slots:
    // Every test runs over both engines (TestEngines).
    void initTestCase_data() { TestEngines::addRows(); }
    void init() { ORDO_USE_TEST_ENGINE(); }

    void timestampsAreIsoUtc_data();
    void timestampsAreIsoUtc();
    void createAssignsNumbersAndOrder();
    void roundTripsEveryField();
    void historyRowPerTrackedChange_data();
    void historyRowPerTrackedChange();
    void unchangedValueWritesNothing();
    void historyUsesTheDatabaseClock();
    void dependencyCyclesAreRefused();
    void searchesStoryText_data();
    void searchesStoryText();
    void fullTextIndexFollowsEdits();
    void largeBatchIsIndexedOnce_data();
    void largeBatchIsIndexedOnce();
    void backlogRowsCarryEveryColumn_data();
    void backlogRowsCarryEveryColumn();
    void measurementWritesBothColumnsAndOneHistoryRow();
    void unchangedMeasurementWritesNothing();
    void refusedMeasurementWritesNothing_data();
    void refusedMeasurementWritesNothing();
    void measurementRoundTrips();
};

namespace {

// The item's metric measurement rows, oldest first.
QList<HistoryEntry> measurementsOf(Database &db, ItemId id)
{
    QList<HistoryEntry> rows;
    for (const HistoryEntry &entry : HistoryRepository(db).forItem(id).value_or(QList<HistoryEntry>{})) {
        if (entry.field == HistoryField::MetricMeasured)
            rows.append(entry);
    }
    return rows;
}

// Noon on 4 March 2026 (UTC): 4 or 5 March wherever the tests run, never a later day.
const QDateTime clockTime(QDate(2026, 3, 4), QTime(12, 0), Qt::UTC);

} // namespace

void TestItemRepository::measurementWritesBothColumnsAndOneHistoryRow()
{
    TestProduct product;
    product.db().setClock([] { return clockTime; });
    const ItemId id = product.addItem(QStringLiteral("Measured"));
    ItemRepository items(product.db());
    const QDate day = clockTime.date().addDays(-2);
    const QDateTime later = clockTime.addSecs(60);
    product.db().setClock([later] { return later; });

    QVERIFY(items.setMeasurement(id, 42.5, day));
    BacklogItem loaded = *items.load(id);
    QCOMPARE(loaded.metric.actual, std::optional<double>(42.5));
    QCOMPARE(loaded.metric.measuredOn, day);
    QCOMPARE(loaded.updatedAt, later);
    QList<HistoryEntry> rows = measurementsOf(product.db(), id);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).oldValue, QString());
    QCOMPARE(rows.at(0).newValue, QStringLiteral("42.5"));
    QCOMPARE(rows.at(0).at, later);

    // A new value, then only a new day: one row each, the previous value as the old one.
    QVERIFY(items.setMeasurement(id, 1234567.25, day));
    QVERIFY(items.setMeasurement(id, 1234567.25, clockTime.date()));
    rows = measurementsOf(product.db(), id);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).oldValue, QStringLiteral("42.5"));
    QCOMPARE(rows.at(1).newValue, QStringLiteral("1234567.25")); // every digit, no exponent
    QCOMPARE(rows.at(2).oldValue, QStringLiteral("1234567.25"));
    QCOMPARE(rows.at(2).newValue, QStringLiteral("1234567.25"));
    QCOMPARE(items.load(id)->metric.measuredOn, clockTime.date());

    // Clearing the actual clears its day.
    QVERIFY(items.setMeasurement(id, std::nullopt, QDate()));
    loaded = *items.load(id);
    QVERIFY(!loaded.metric.actual);
    QVERIFY(!loaded.metric.measuredOn.isValid());
    rows = measurementsOf(product.db(), id);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(3).oldValue, QStringLiteral("1234567.25"));
    QCOMPARE(rows.at(3).newValue, QString());
}

void TestItemRepository::unchangedMeasurementWritesNothing()
{
    TestProduct product;
    product.db().setClock([] { return clockTime; });
    const ItemId id = product.addItem(QStringLiteral("Same"));
    ItemRepository items(product.db());
    QVERIFY(items.setMeasurement(id, std::nullopt, QDate())); // nothing measured yet: no change
    QVERIFY(items.setMeasurement(id, 7, clockTime.date()));
    const QDateTime updated = items.load(id)->updatedAt;
    const auto before = HistoryRepository(product.db()).forItem(id)->size();
    const QDateTime later = clockTime.addSecs(3600);
    product.db().setClock([later] { return later; });

    QVERIFY(items.setMeasurement(id, 7, clockTime.date()));
    QCOMPARE(HistoryRepository(product.db()).forItem(id)->size(), before);
    QCOMPARE(items.load(id)->updatedAt, updated);
}

void TestItemRepository::refusedMeasurementWritesNothing_data()
{
    QTest::addColumn<double>("actual"); // NaN: none
    QTest::addColumn<int>("daysAfterToday");
    QTest::newRow("tomorrow") << 3.0 << 1;
    QTest::newRow("next year") << 3.0 << 365;
    QTest::newRow("a day without a value") << qQNaN() << -1;
}

void TestItemRepository::refusedMeasurementWritesNothing()
{
    QFETCH(double, actual);
    QFETCH(int, daysAfterToday);
    TestProduct product;
    product.db().setClock([] { return clockTime; });
    const ItemId id = product.addItem(QStringLiteral("Refused"));
    ItemRepository items(product.db());
    QVERIFY(items.setMeasurement(id, 2, clockTime.date().addDays(-1)));
    const BacklogItem before = *items.load(id);
    const auto historyBefore = HistoryRepository(product.db()).forItem(id)->size();

    const std::optional<double> value = qIsNaN(actual) ? std::nullopt : std::optional<double>(actual);
    const QDate today = clockTime.toLocalTime().date(); // the database clock's day where the test runs
    const Status refused = items.setMeasurement(id, value, today.addDays(daysAfterToday));
    QVERIFY(!refused);
    QVERIFY(!refused.errorMessage().isEmpty());
    const BacklogItem after = *items.load(id);
    QCOMPARE(after.metric, before.metric);
    QCOMPARE(after.updatedAt, before.updatedAt);
    QCOMPARE(HistoryRepository(product.db()).forItem(id)->size(), historyBefore);
}

void TestItemRepository::measurementRoundTrips()
{
    TestProduct product;
    product.db().setClock([] { return clockTime; });
    ItemRepository items(product.db());
    BacklogItem item;
    item.title = QStringLiteral("Repeat orders");
    item.metric = {QStringLiteral("Weekly repeat orders"), 120, 180, 150.5, QDate(2026, 2, 27)};
    const auto id = items.create(item);
    QVERIFY2(id, qPrintable(id.errorMessage()));
    const auto loaded = items.load(*id);
    QVERIFY(loaded);
    QCOMPARE(loaded->metric, item.metric);
    // Created with an actual: its measurement is in the history from the start, like the estimate.
    const QList<HistoryEntry> rows = measurementsOf(product.db(), *id);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).oldValue, QString());
    QCOMPARE(rows.at(0).newValue, QStringLiteral("150.5"));
    QCOMPARE(rows.at(0).at, clockTime);

    // A day without a value is not kept; an item without an actual has no measurement row.
    BacklogItem unmeasured;
    unmeasured.title = QStringLiteral("Not measured");
    unmeasured.metric = {QStringLiteral("Signups"), 10, 20, std::nullopt, QDate(2026, 2, 27)};
    const auto other = items.create(unmeasured);
    QVERIFY(other);
    QVERIFY(!items.load(*other)->metric.measuredOn.isValid());
    QVERIFY(measurementsOf(product.db(), *other).isEmpty());
}

void TestItemRepository::createAssignsNumbersAndOrder()
{
    TestProduct product;
    const ItemId first = product.addItem(QStringLiteral("First"));
    const ItemId second = product.addItem(QStringLiteral("Second"));
    ItemRepository items(product.db());
    QCOMPARE(items.load(first)->number, 1);
    QCOMPARE(items.load(second)->number, 2);
    const auto rows = items.backlogRows();
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).title, QStringLiteral("First"));
    QVERIFY(rows->at(0).orderKey < rows->at(1).orderKey);
}

void TestItemRepository::roundTripsEveryField()
{
    TestProduct product;
    const auto epic = product.addItem(QStringLiteral("Checkout"), ItemType::Epic);
    BacklogItem item;
    item.type = ItemType::Bug;
    item.title = QStringLiteral("Payment fails for cards with spaces");
    item.role = QStringLiteral("shopper");
    item.want = QStringLiteral("to pay with any card format");
    item.benefit = QStringLiteral("I can finish my order");
    item.description = QStringLiteral("Support tickets: 14 last week.");
    item.estimate = 3;
    item.status = ItemStatus::Ready;
    item.parentId = epic;
    item.labels = {QStringLiteral("payments"), QStringLiteral("checkout")};
    item.requester = QStringLiteral("Support team");
    item.metric = {QStringLiteral("Failed payments per day"), 40, 2, std::nullopt};
    item.impactHypothesis = QStringLiteral("Fewer abandoned carts");
    item.scores.moscow = MoSCoW::Must;
    item.scores.businessValue = 8;
    item.scores.timeCriticality = 13;
    item.scores.riskReduction = 5;
    item.scores.kano = KanoCategory::MustBe;
    item.scores.value = 8;
    item.scores.effort = 2;
    item.criteria = {{0, 0, QStringLiteral("Scenario: spaces\n  Given a card number with spaces\n  When I pay\n  Then the payment succeeds")},
                     {0, 1, QStringLiteral("Scenario: dashes\n  Given a card number with dashes\n  When I pay\n  Then the payment succeeds")}};
    ItemRepository items(product.db());
    const auto id = items.create(item);
    QVERIFY2(id, qPrintable(id.errorMessage()));
    const auto loaded = items.load(*id);
    QVERIFY(loaded);
    QCOMPARE(loaded->type, ItemType::Bug);
    QCOMPARE(loaded->title, item.title);
    QCOMPARE(loaded->benefit, item.benefit);
    QCOMPARE(loaded->estimate, item.estimate);
    QCOMPARE(loaded->status, ItemStatus::Ready);
    QCOMPARE(loaded->parentId, std::optional<ItemId>(epic));
    QCOMPARE(loaded->labels, (QStringList{QStringLiteral("checkout"), QStringLiteral("payments")}));
    QCOMPARE(loaded->metric.baseline, item.metric.baseline);
    QVERIFY(!loaded->metric.actual.has_value());
    QCOMPARE(loaded->scores.moscow, item.scores.moscow);
    QCOMPARE(loaded->scores.kano, item.scores.kano);
    QVERIFY(!loaded->scores.jobSize.has_value()); // missing stays missing, never zero
    QCOMPARE(loaded->criteria.size(), 2);
    QCOMPARE(loaded->criteria.at(1).text, item.criteria.at(1).text);
}

void TestItemRepository::historyRowPerTrackedChange_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("expectedOld");
    QTest::addColumn<QString>("expectedNew");

    QTest::newRow("status") << int(HistoryField::StatusChanged) << QStringLiteral("new") << QStringLiteral("ready");
    QTest::newRow("estimate") << int(HistoryField::EstimateChanged) << QStringLiteral("3") << QStringLiteral("5");
    QTest::newRow("sprint") << int(HistoryField::SprintChanged) << QString() << QStringLiteral("1");
    QTest::newRow("order") << int(HistoryField::OrderChanged) << QStringLiteral("a0") << QStringLiteral("Zz");
    QTest::newRow("archived") << int(HistoryField::ArchivedChanged) << QStringLiteral("0") << QStringLiteral("1");
    QTest::newRow("acceptance") << int(HistoryField::StatusChanged) << QStringLiteral("new") << QStringLiteral("accepted");
}

void TestItemRepository::historyRowPerTrackedChange()
{
    QFETCH(int, field);
    QFETCH(QString, expectedOld);
    QFETCH(QString, expectedNew);

    TestProduct product;
    const ItemId id = product.addItem(QStringLiteral("Tracked"), ItemType::Story, 3);
    ItemRepository items(product.db());
    HistoryRepository history(product.db());
    const int before = int(history.forItem(id)->size());

    Status written = success();
    switch (HistoryField(field)) {
    case HistoryField::StatusChanged:
        written = items.setStatus(id, *itemStatusFromStorage(expectedNew));
        break;
    case HistoryField::EstimateChanged: written = items.setEstimate(id, 5); break;
    case HistoryField::SprintChanged: {
        Sprint sprint;
        sprint.name = QStringLiteral("Sprint 1");
        sprint.start = QDate(2026, 11, 2);
        sprint.end = QDate(2026, 11, 15);
        const auto sprintId = SprintRepository(product.db()).create(sprint);
        QVERIFY(sprintId);
        written = items.setSprint(id, *sprintId);
        break;
    }
    case HistoryField::OrderChanged:
        written = items.setOrderKey(id, *OrderKey::between(QString(), QStringLiteral("a0")));
        break;
    case HistoryField::ArchivedChanged: written = items.setArchived(id, true); break;
    default: QFAIL("unexpected field");
    }
    QVERIFY2(written, qPrintable(written.errorMessage()));

    const auto entries = history.forItem(id);
    QVERIFY(entries);
    QCOMPARE(entries->size(), before + 1);
    const HistoryEntry &last = entries->last();
    QCOMPARE(int(last.field), field);
    QCOMPARE(last.oldValue, expectedOld);
    QCOMPARE(last.newValue, expectedNew);
    QVERIFY(last.at.isValid());
}

void TestItemRepository::unchangedValueWritesNothing()
{
    TestProduct product;
    const ItemId id = product.addItem(QStringLiteral("Same"), ItemType::Story, 2);
    ItemRepository items(product.db());
    HistoryRepository history(product.db());
    const auto before = history.forItem(id)->size();
    QVERIFY(items.setEstimate(id, 2));
    QVERIFY(items.setStatus(id, ItemStatus::New));
    QVERIFY(items.setArchived(id, false));
    QCOMPARE(history.forItem(id)->size(), before);
}

void TestItemRepository::historyUsesTheDatabaseClock()
{
    TestProduct product;
    const QDateTime past(QDate(2026, 3, 4), QTime(9, 30), Qt::UTC);
    product.db().setClock([past] { return past; });
    const ItemId id = product.addItem(QStringLiteral("Dated"));
    QVERIFY(ItemRepository(product.db()).setStatus(id, ItemStatus::Ready));
    const auto entries = HistoryRepository(product.db()).forItem(id);
    QVERIFY(entries);
    for (const HistoryEntry &entry : *entries)
        QCOMPARE(entry.at, past);
}

void TestItemRepository::dependencyCyclesAreRefused()
{
    TestProduct product;
    const ItemId a = product.addItem(QStringLiteral("A"));
    const ItemId b = product.addItem(QStringLiteral("B"));
    const ItemId c = product.addItem(QStringLiteral("C"));
    ItemRepository items(product.db());
    QVERIFY(items.addDependency(a, b));
    QVERIFY(items.addDependency(b, c));
    const Status cycle = items.addDependency(c, a);
    QVERIFY(!cycle);
    QVERIFY(cycle.errorMessage().contains(QStringLiteral("cycle")));
    QVERIFY(!items.addDependency(a, a));
    QCOMPARE(items.dependencies()->size(), 2);
}

void TestItemRepository::searchesStoryText_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<int>("matches");
    QTest::newRow("description") << QStringLiteral("INTERVIEWS") << 1;
    QTest::newRow("criterion") << QStringLiteral("receipt is emailed") << 1;
    QTest::newRow("benefit") << QStringLiteral("trust the total") << 1;
    QTest::newRow("LIKE wildcards are literal") << QStringLiteral("100%") << 1;
    QTest::newRow("underscore is literal") << QStringLiteral("a_b") << 0;
    QTest::newRow("nothing") << QStringLiteral("zebra") << 0;
    QTest::newRow("role") << QStringLiteral("returning shop") << 1;
    QTest::newRow("a quote is literal") << QStringLiteral("\"fast\"") << 1;
    QTest::newRow("quote and wildcard") << QStringLiteral("\" OR *") << 0;
    QTest::newRow("two characters: too short for the index") << QStringLiteral("ax") << 0;
    QTest::newRow("folded case beyond ASCII") << QStringLiteral("ÜBERWEISUNG") << 1;
    QTest::newRow("title is not in the index") << QStringLiteral("checkout") << 0;
}

void TestItemRepository::searchesStoryText()
{
    QFETCH(QString, needle);
    QFETCH(int, matches);
    TestProduct product;
    BacklogItem item;
    item.title = QStringLiteral("Checkout");
    item.role = QStringLiteral("returning shopper");
    item.benefit = QStringLiteral("I trust the total");
    item.description = QStringLiteral("From interviews: 100% of shoppers want this. aXb. Pay by überweisung, \"fast\".");
    item.criteria = {{0, 0, QStringLiteral("Scenario: paid\n  Given an order\n  When I pay\n  Then the receipt is emailed")}};
    QVERIFY(ItemRepository(product.db()).create(item));
    product.addItem(QStringLiteral("Unrelated"));
    const auto ids = ItemRepository(product.db()).idsWithText(needle);
    QVERIFY2(ids, qPrintable(ids.errorMessage()));
    QCOMPARE(int(ids->size()), matches);
}

// The full-text index follows every write that changes a searched text, whoever makes it.
void TestItemRepository::fullTextIndexFollowsEdits()
{
    TestProduct product;
    ItemRepository items(product.db());
    const ItemId id = product.addItem(QStringLiteral("Checkout"));
    const auto found = [&](const QString &needle) {
        const auto ids = items.idsWithText(needle);
        return ids ? *ids : QSet<ItemId>{-1};
    };
    QCOMPARE(found(QStringLiteral("voucher")), QSet<ItemId>());
    QVERIFY(items.setText(id, ItemRepository::TextField::Description, QStringLiteral("Pay with a voucher")));
    QCOMPARE(found(QStringLiteral("voucher")), QSet<ItemId>{id});
    QVERIFY(items.setText(id, ItemRepository::TextField::Description, QStringLiteral("Pay by card")));
    QCOMPARE(found(QStringLiteral("voucher")), QSet<ItemId>());
    QVERIFY(items.setText(id, ItemRepository::TextField::Want, QStringLiteral("to split the bill")));
    QCOMPARE(found(QStringLiteral("split the")), QSet<ItemId>{id});
    QVERIFY(items.setCriteria(id, {QStringLiteral("Scenario: gift\n  Then a gift card works"),
                                   QStringLiteral("Scenario: refund\n  Then the refund arrives")}));
    QCOMPARE(found(QStringLiteral("gift card")), QSet<ItemId>{id});
    QCOMPARE(found(QStringLiteral("refund arrives")), QSet<ItemId>{id});
    QVERIFY(items.moveCriterion(id, 1, 0));
    QCOMPARE(found(QStringLiteral("refund arrives")), QSet<ItemId>{id});
    QVERIFY(items.setCriteria(id, {QStringLiteral("Scenario: refund\n  Then the refund arrives")}));
    QCOMPARE(found(QStringLiteral("gift card")), QSet<ItemId>());
    QCOMPARE(found(QStringLiteral("refund arrives")), QSet<ItemId>{id});
    QVERIFY(items.setCriteria(id, {}));
    QCOMPARE(found(QStringLiteral("refund")), QSet<ItemId>());
    QCOMPARE(found(QStringLiteral("card")), QSet<ItemId>{id}); // the description is still there
    QVERIFY(items.deletePermanently(id));
    QCOMPARE(found(QStringLiteral("card")), QSet<ItemId>());
    // Nothing of the item is left in the index.
    QCOMPARE(Sql::scalar(product.db().connection(), Sql::choose(product.db().connection(), QStringLiteral("SELECT count(*) FROM item_text WHERE rowid = ?"),
                                     QStringLiteral("SELECT count(*) FROM item_text WHERE item_id = ?")), {id})->toInt(), 0);
}

void TestItemRepository::largeBatchIsIndexedOnce_data()
{
    // A batch this large suspends the index's insert triggers and indexes its items in one
    // statement; a small one goes through the triggers. Both must index the same.
    QTest::addColumn<int>("count");
    QTest::newRow("one item") << 1;
    QTest::newRow("a small batch") << 10;
    QTest::newRow("a bulk batch") << 150;
}

void TestItemRepository::largeBatchIsIndexedOnce()
{
    QFETCH(int, count);
    TestProduct product;
    ItemRepository items(product.db());
    const QSqlDatabase db = product.db().connection();
    const auto triggerCount = [&db] {
        return Sql::scalar(db, Sql::choose(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'item_text%'"),
                                           QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'item_text%'")))->toInt();
    };
    // A bulk into an empty product makes its plain indexes again at the end: the same ones.
    const auto indexList = [&db] {
        return Sql::scalar(db, Sql::choose(db, QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master "
                                                              "WHERE type = 'index' AND sql IS NOT NULL ORDER BY name)"),
                                           QStringLiteral("SELECT string_agg(indexdef, ';' ORDER BY indexname) FROM pg_indexes "
                                                          "WHERE schemaname = current_schema()")))->toString();
    };
    const int triggers = triggerCount();
    QVERIFY(triggers >= 6);
    const QString indexes = indexList();
    QVERIFY(indexes.contains(QLatin1String("history_field")));
    QList<BacklogItem> batch;
    for (int i = 0; i < count; ++i) {
        BacklogItem item;
        item.title = QStringLiteral("Item %1").arg(i);
        item.want = QStringLiteral("wish%1wish").arg(i);
        item.description = QStringLiteral("note%1note").arg(i);
        item.criteria = {{0, 0, QStringLiteral("Scenario: first%1first").arg(i)}, {0, 1, QStringLiteral("Scenario: second%1second").arg(i)}};
        batch.append(item);
    }
    if (!Sql::isPostgres(db) && count > 5) {
        // Refused half way into the empty product: the indexes are all there again.
        QVERIFY(Sql::exec(db, QStringLiteral("CREATE TRIGGER refuse AFTER INSERT ON item WHEN new.title = 'Item 5' "
                                             "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        QVERIFY(!items.createMany(batch));
        QCOMPARE(indexList(), indexes);
        QCOMPARE(triggerCount(), triggers);
        QVERIFY(Sql::exec(db, QStringLiteral("DROP TRIGGER refuse")));
    }
    const auto ids = items.createMany(batch);
    QVERIFY2(ids, qPrintable(ids.errorMessage()));
    QCOMPARE(triggerCount(), triggers);
    QCOMPARE(indexList(), indexes);
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM item_text"))->toInt(), count);
    const int last = count - 1;
    for (const QString &needle : {QStringLiteral("wish%1wish"), QStringLiteral("note%1note"), QStringLiteral("first%1first"), QStringLiteral("second%1second")})
        QCOMPARE(*items.idsWithText(needle.arg(last)), QSet<ItemId>{ids->at(last)});
    // The triggers are back: an edit after the batch is indexed as it is made.
    QVERIFY(items.setText(ids->first(), ItemRepository::TextField::Description, QStringLiteral("voucher")));
    QCOMPARE(*items.idsWithText(QStringLiteral("voucher")), QSet<ItemId>{ids->first()});
    const ItemId single = product.addItem(QStringLiteral("After"));
    QVERIFY(items.setCriteria(single, {QStringLiteral("Scenario: coupon")}));
    QCOMPARE(*items.idsWithText(QStringLiteral("coupon")), QSet<ItemId>{single});

    // A batch the database refuses half way leaves the triggers, and everything else, as they were.
    if (Sql::isPostgres(db)) {
        QVERIFY(Sql::exec(db, QStringLiteral("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                             "IF NEW.title = 'Item 5' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NULL; END $$")));
        QVERIFY(Sql::exec(db, QStringLiteral("CREATE TRIGGER refuse AFTER INSERT ON item FOR EACH ROW EXECUTE FUNCTION refuse()")));
    } else {
        QVERIFY(Sql::exec(db, QStringLiteral("CREATE TRIGGER refuse AFTER INSERT ON item WHEN new.title = 'Item 5' "
                                             "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    }
    const int before = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM item"))->toInt();
    QCOMPARE(bool(items.createMany(batch)), count <= 5);
    if (count > 5)
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM item"))->toInt(), before);
    QCOMPARE(triggerCount(), triggers);
    QCOMPARE(indexList(), indexes);
}

void TestItemRepository::timestampsAreIsoUtc_data()
{
    QTest::addColumn<QDateTime>("at");
    const QDate day(2024, 5, 11);
    QTest::newRow("utc") << QDateTime(day, QTime(15, 26), Qt::UTC);
    QTest::newRow("milliseconds") << QDateTime(day, QTime(9, 5, 7, 42), Qt::UTC);
    QTest::newRow("local time") << QDateTime(day, QTime(23, 59, 59, 999), Qt::LocalTime);
    QTest::newRow("east of utc, the day before") << QDateTime(QDate(2024, 1, 1), QTime(0, 30), Qt::OffsetFromUTC, 3600);
    QTest::newRow("west of utc, the day after") << QDateTime(QDate(2023, 12, 31), QTime(23, 30), Qt::OffsetFromUTC, -5 * 3600);
    QTest::newRow("year 1") << QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    QTest::newRow("year 10000") << QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("before year 1") << QDateTime(QDate(-5, 3, 1), QTime(12, 0), Qt::UTC);
    QTest::newRow("invalid") << QDateTime();
}

// Sql::timestamp() writes by hand what Qt writes, and reads back as the same moment.
void TestItemRepository::timestampsAreIsoUtc()
{
    QFETCH(QDateTime, at);
    const QString written = Sql::timestamp(at);
    QCOMPARE(written, at.toUTC().toString(Qt::ISODateWithMs));
    if (at.isValid() && at.date().year() > 0 && at.date().year() < 10000)
        QCOMPARE(Sql::dateTimeOf(written), at);
}

QTEST_GUILESS_MAIN(TestItemRepository)
#include "tst_itemrepository.moc"

namespace {

// Item n of a backlog whose columns all vary with n, so a mix-up between items shows.
BacklogItem variedItem(int n)
{
    BacklogItem item;
    item.type = allItemTypes[n % std::size(allItemTypes)];
    item.status = allItemStatuses[n % std::size(allItemStatuses)];
    item.title = QStringLiteral("Item %1").arg(n);
    if (n % 3 != 0)
        item.estimate = n % 13;
    if (n % 2 == 0) {
        item.want = QStringLiteral("to do %1").arg(n);
        item.benefit = QStringLiteral("it helps");
    }
    if (n % 5 == 0)
        item.metric.name = QStringLiteral("Orders per day");
    item.investChecks = InvestChecks(n % 64);
    item.servesGoal = n % 4 == 1;
    if (n % 5 != 4)
        item.scores.moscow = allMoSCoW[n % std::size(allMoSCoW)];
    if (n % 5 != 3)
        item.scores.kano = allKanoCategories[n % std::size(allKanoCategories)];
    if (n % 7 != 0) {
        item.scores.businessValue = Scoring::wsjfScale[n % std::size(Scoring::wsjfScale)];
        item.scores.timeCriticality = Scoring::wsjfScale[(n + 1) % std::size(Scoring::wsjfScale)];
        item.scores.riskReduction = Scoring::wsjfScale[(n + 2) % std::size(Scoring::wsjfScale)];
    }
    if (n % 6 == 0)
        item.scores.jobSize = 5;
    if (n % 4 == 2) {
        item.scores.value = n % 10;
        item.scores.effort = 1 + n % 3;
    }
    // Labels given unsorted; the row lists them sorted.
    for (int l = n % 3; l > 0; --l)
        item.labels.append(QStringLiteral("label-%1").arg((n + l) % 4));
    for (int c = 0; c < n % 4; ++c)
        item.criteria.append({0, c, QStringLiteral("Scenario: %1").arg(c)});
    return item;
}

} // namespace

// A small read (one item, a short backlog) and a large one (which reads the label and
// criteria tables whole) give the same rows.
void TestItemRepository::backlogRowsCarryEveryColumn_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("oneByOne");
    QTest::newRow("one item at a time") << 30 << true;
    QTest::newRow("a short backlog") << 30 << false;
    QTest::newRow("a long backlog") << 1500 << false;
}

void TestItemRepository::backlogRowsCarryEveryColumn()
{
    QFETCH(int, count);
    QFETCH(bool, oneByOne);
    TestProduct product;
    ItemRepository items(product.db());
    QList<ItemId> ids;
    {
        Transaction transaction(product.db().connection());
        for (int n = 0; n < count; ++n) {
            const auto id = items.create(variedItem(n));
            QVERIFY2(id, qPrintable(id.errorMessage()));
            ids.append(*id);
            if (n % 10 == 9)
                QVERIFY(items.setArchived(*id, true));
        }
        QVERIFY(transaction.commit());
    }

    QList<BacklogRow> rows;
    if (oneByOne) {
        for (ItemId id : std::as_const(ids)) {
            const auto row = items.backlogRow(id);
            QVERIFY2(row, qPrintable(row.errorMessage()));
            rows.append(*row);
        }
    } else {
        rows = items.backlogRows(true).value_or(QList<BacklogRow>{});
        QCOMPARE(items.backlogRows()->size(), count - count / 10); // archived ones left out
    }
    QCOMPARE(rows.size(), qsizetype(count));
    for (int n = 0; n < count; ++n) {
        const BacklogRow &row = rows.at(n);
        const BacklogItem expected = variedItem(n);
        const auto loaded = items.load(ids.at(n));
        QVERIFY(loaded);
        QCOMPARE(row.id, ids.at(n));
        QCOMPARE(row.number, loaded->number);
        QCOMPARE(row.title, expected.title);
        QCOMPARE(row.type, expected.type);
        QCOMPARE(row.status, expected.status);
        QCOMPARE(row.estimateValue(), expected.estimate);
        QCOMPARE(row.archived, n % 10 == 9);
        QCOMPARE(row.hasStoryVoice, n % 2 == 0);
        QCOMPARE(row.hasMetric, n % 5 == 0);
        QCOMPARE(row.investChecks, expected.investChecks);
        QCOMPARE(row.servesGoal, expected.servesGoal);
        QCOMPARE(row.scores(), expected.scores);
        QStringList labels = expected.labels;
        labels.sort();
        labels.removeDuplicates();
        QCOMPARE(row.labels, labels.join(QStringLiteral(", ")));
        QCOMPARE(row.criteriaCount, quint16(expected.criteria.size()));
        QCOMPARE(row.orderKey, loaded->orderKey);
        QVERIFY(row.updatedAt > 0);
    }
}
