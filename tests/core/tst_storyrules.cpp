#include "domain/estimation.h"
#include "services/demoproduct.h"
#include "services/invest.h"
#include "services/readiness.h"
#include "services/velocity.h"
#include "storage/historyrepository.h"
#include "storage/itemrepository.h"
#include "storage/productrepository.h"
#include "storage/sprintrepository.h"
#include "testproduct.h"

#include <QTest>

Q_DECLARE_METATYPE(Ordo::BacklogItem)

using namespace Ordo;

// What the story editor judges a story by: the INVEST hints, the Definition
// of Ready, the velocity "Small" compares with, and the story fields' storage.
class TestStoryRules : public QObject
{
    Q_OBJECT

private slots:
    // Every test runs over both engines (TestEngines).
    void initTestCase_data() { TestEngines::addRows(); }
    void init() { ORDO_USE_TEST_ENGINE(); }

    void investHints_data();
    void investHints();
    void prescriptiveTerms_data();
    void prescriptiveTerms();
    void readiness_data();
    void readiness();
    void upcomingWindow();
    void velocityFromDemoHistory();
    void velocityReplaysHistory();
    void velocitySummary_data();
    void velocitySummary();
    void storyFieldsRoundTrip();
    void criteriaKeepTheirIds();
    void definitionOfReadyIsStored();
    void estimationLabels();
};

namespace {

BacklogItem wellWrittenStory()
{
    BacklogItem item;
    item.title = QStringLiteral("Reorder last week's basket");
    item.role = QStringLiteral("busy parent");
    item.want = QStringLiteral("to repeat last week's order in one step");
    item.benefit = QStringLiteral("I spend less time on the weekly shop");
    item.estimate = 5;
    item.criteria = {{0, 0, QStringLiteral("Scenario: Repeat\n  Given last week's order\n  When I "
                                           "repeat it\n  Then my basket holds the same products")}};
    return item;
}

} // namespace

void TestStoryRules::investHints_data()
{
    QTest::addColumn<BacklogItem>("item");
    QTest::addColumn<QStringList>("blockers");
    QTest::addColumn<QString>("expected"); // one letter per quality: + agrees, - disagrees

    QTest::newRow("well written") << wellWrittenStory() << QStringList{} << QString("++++++");
    BacklogItem blocked = wellWrittenStory();
    QTest::newRow("waits for another item") << blocked << QStringList{"ORD-3"} << QString("-+++++");
    BacklogItem prescriptive = wellWrittenStory();
    prescriptive.want = QStringLiteral("a green button that stores the basket in the database");
    QTest::newRow("prescribes the solution") << prescriptive << QStringList{} << QString("+-++++");
    BacklogItem noWhy = wellWrittenStory();
    noWhy.benefit.clear();
    QTest::newRow("no why") << noWhy << QStringList{} << QString("++-+++");
    BacklogItem unestimated = wellWrittenStory();
    unestimated.estimate.reset();
    QTest::newRow("not estimated") << unestimated << QStringList{} << QString("+++--+");
    BacklogItem huge = wellWrittenStory();
    huge.estimate = 20;
    QTest::newRow("larger than max story size") << huge << QStringList{} << QString("++++-+");
    BacklogItem aboveVelocity = wellWrittenStory();
    aboveVelocity.estimate = 13;
    QTest::newRow("fits the maximum but not a sprint of 10") << aboveVelocity << QStringList{} << QString("++++-+");
    BacklogItem noThen = wellWrittenStory();
    noThen.criteria = {{0, 0, QStringLiteral("Scenario: Repeat\n  Given last week's order\n  When I repeat it")}};
    QTest::newRow("scenario without then") << noThen << QStringList{} << QString("+++++-");
    BacklogItem noCriteria = wellWrittenStory();
    noCriteria.criteria.clear();
    QTest::newRow("no criteria") << noCriteria << QStringList{} << QString("+++++-");
    BacklogItem hypothesis = noWhy;
    hypothesis.impactHypothesis = QStringLiteral("We believe repeat orders will rise by 10%");
    QTest::newRow("impact hypothesis is a why") << hypothesis << QStringList{} << QString("++++++");
}

void TestStoryRules::investHints()
{
    QFETCH(BacklogItem, item);
    QFETCH(QStringList, blockers);
    QFETCH(QString, expected);

    Invest::Context context;
    context.unfinishedDependencies = blockers;
    context.maxStorySize = 13;
    context.averageVelocity = QTest::currentDataTag() == QByteArray("fits the maximum but not a sprint of 10")
                                  ? std::optional<double>(10)
                                  : std::optional<double>(24);
    const QList<Invest::Hint> hints = Invest::hints(item, context);
    QCOMPARE(hints.size(), 6);
    QString actual;
    for (const Invest::Hint &hint : hints) {
        actual += hint.agrees ? QLatin1Char('+') : QLatin1Char('-');
        QVERIFY(!hint.explanation.isEmpty());
        QVERIFY(!hint.explanation.contains(QLatin1Char('\n')));
    }
    QCOMPARE(actual, expected);
}

void TestStoryRules::prescriptiveTerms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");

    QTest::newRow("none") << QString("to know when my courier arrives") << QStringList{};
    QTest::newRow("ui words") << QString("a Dropdown and a button to click") << QStringList{"Dropdown", "button", "click"};
    QTest::newRow("word starts only") << QString("the subscreen of my buttonhole") << QStringList{"buttonhole"};
    QTest::newRow("german") << QString("eine Schaltfläche, die in der Datenbank speichert")
                            << QStringList{"Schaltfläche", "Datenbank"};
    QTest::newRow("repeats once") << QString("button, another button") << QStringList{"button"};
}

void TestStoryRules::prescriptiveTerms()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    QCOMPARE(Invest::prescriptiveTerms(text), terms);
}

void TestStoryRules::readiness_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<double>("estimate"); // < 0: not estimated
    QTest::addColumn<int>("checks");
    QTest::addColumn<int>("criteria");
    QTest::addColumn<int>("unfinished");
    QTest::addColumn<bool>("voice");
    QTest::addColumn<bool>("ready");
    QTest::addColumn<int>("unmet");

    const int all = allInvestChecks;
    QTest::newRow("meets the default") << int(ItemType::Story) << 5.0 << all << 2 << 0 << true << true << 0;
    QTest::newRow("one INVEST letter missing") << int(ItemType::Story) << 5.0 << (all & ~1) << 2 << 0 << true << false << 1;
    QTest::newRow("no criteria") << int(ItemType::Story) << 5.0 << all << 0 << 0 << true << false << 1;
    QTest::newRow("not estimated") << int(ItemType::Story) << -1.0 << all << 1 << 0 << true << false << 1;
    QTest::newRow("waits for a dependency") << int(ItemType::Story) << 3.0 << all << 1 << 2 << true << false << 1;
    QTest::newRow("nothing done") << int(ItemType::Story) << -1.0 << 0 << 0 << 1 << false << false << 4;
    QTest::newRow("epics are never ready") << int(ItemType::Epic) << 40.0 << all << 3 << 0 << true << false << 0;
    QTest::newRow("a bug needs no story voice") << int(ItemType::Bug) << 2.0 << all << 1 << 0 << false << true << 0;
}

void TestStoryRules::readiness()
{
    QFETCH(int, type);
    QFETCH(double, estimate);
    QFETCH(int, checks);
    QFETCH(int, criteria);
    QFETCH(int, unfinished);
    QFETCH(bool, voice);
    QFETCH(bool, ready);
    QFETCH(int, unmet);

    Readiness::Facts facts;
    facts.type = ItemType(type);
    if (estimate >= 0)
        facts.estimate = estimate;
    facts.investChecks = InvestChecks(checks);
    facts.criteriaCount = criteria;
    facts.unfinishedDependencies = unfinished;
    facts.hasStoryVoice = voice;
    const Product defaults;
    QCOMPARE(Readiness::isReady(facts, defaults.readyRules, 13), ready);
    const QList<ReadyRule> missing = Readiness::unmetRules(facts, defaults.readyRules, 13);
    QCOMPARE(missing.size(), unmet);
    for (ReadyRule rule : missing)
        QVERIFY(!Readiness::shortfall(rule, facts, 13).isEmpty());

    // Stricter rules: the story voice counts for stories only.
    const QList<ReadyRule> strict{ReadyRule::StoryVoice};
    QCOMPARE(Readiness::unmetRules(facts, strict, 13).isEmpty(), voice || ItemType(type) != ItemType::Story);
}

void TestStoryRules::upcomingWindow()
{
    QList<BacklogRow> rows;
    const auto add = [&rows](ItemStatus status, float estimate, bool ready, ItemType type = ItemType::Story) {
        BacklogRow row;
        row.id = rows.size() + 1;
        row.status = status;
        row.estimate = estimate;
        row.type = type;
        row.investChecks = ready ? allInvestChecks : 0;
        rows.append(row);
    };
    add(ItemStatus::InProgress, 8, true); // in the current sprint: not upcoming
    add(ItemStatus::Ready, 5, true);
    add(ItemStatus::New, 0, false, ItemType::Epic); // epics are skipped
    add(ItemStatus::Ready, 8, false);
    add(ItemStatus::New, 5, true);
    add(ItemStatus::New, 3, false); // beyond two sprints of 8 points
    const auto isReady = [](const BacklogRow &row) { return row.investChecks == allInvestChecks; };

    const Readiness::Window byVelocity = Readiness::upcoming(rows, isReady, 8.0);
    QVERIFY(byVelocity.byVelocity);
    QCOMPARE(byVelocity.items, 3);
    QCOMPARE(byVelocity.ready, 2);
    QCOMPARE(byVelocity.points, 18.0);

    const Readiness::Window top = Readiness::upcoming(rows, isReady, std::nullopt, 2, 2);
    QVERIFY(!top.byVelocity);
    QCOMPARE(top.items, 2);
    QCOMPARE(top.ready, 1);
}

void TestStoryRules::velocityFromDemoHistory()
{
    // The demo product written into a fresh product of the row's engine, then reopened.
    TestProduct product;
    const Status filled = DemoProduct::fill(product.db(), QDate(2026, 11, 22));
    QVERIFY2(filled, qPrintable(filled.errorMessage()));
    auto db = product.reopen();
    QVERIFY(db);
    auto sprints = SprintRepository(*db).all();
    auto work = HistoryRepository(*db).sprintWork();
    QVERIFY(sprints && work);
    const QList<Velocity::SprintVelocity> velocities = Velocity::ofClosedSprints(*sprints, *work);
    QList<double> points;
    for (const auto &v : velocities)
        points.append(v.points);
    // Sprint 4 committed 29 points; its review rejected a 5-point story, which counts for nothing.
    QCOMPARE(points, (QList<double>{21, 26, 24, 24}));
    QCOMPARE(*Velocity::average(velocities), (26 + 24 + 24) / 3.0);
}

void TestStoryRules::velocityReplaysHistory()
{
    Sprint one;
    one.id = 1;
    one.start = QDate(2026, 1, 1);
    one.end = QDate(2026, 1, 14);
    one.state = SprintState::Closed;
    const QDateTime start(QDate(2026, 1, 1), QTime(9, 0));
    const QList<HistoryEntry> history{
        {0, 10, start, HistoryField::Created, {}, "new"},
        {0, 10, start, HistoryField::EstimateChanged, {}, "3"},
        {0, 10, start.addDays(1), HistoryField::SprintChanged, {}, "1"},
        {0, 10, start.addDays(2), HistoryField::EstimateChanged, "3", "5"}, // re-estimated in the sprint
        {0, 10, start.addDays(5), HistoryField::StatusChanged, "todo", "done"},
        {0, 10, start.addDays(13), HistoryField::StatusChanged, "done", "accepted"},
        {0, 10, start.addDays(13).addSecs(60), HistoryField::EstimateChanged, "5", "8"}, // after acceptance
        {0, 11, start, HistoryField::Created, {}, "new"},
        {0, 11, start, HistoryField::EstimateChanged, {}, "8"},
        {0, 11, start.addDays(1), HistoryField::SprintChanged, {}, "1"},
        {0, 11, start.addDays(20), HistoryField::StatusChanged, "todo", "accepted"}, // after the sprint
        {0, 12, start, HistoryField::Created, {}, "new"},
        {0, 12, start, HistoryField::EstimateChanged, {}, "2"},
        {0, 12, start.addDays(1), HistoryField::SprintChanged, {}, "1"},
        {0, 12, start.addDays(3), HistoryField::StatusChanged, "todo", "done"}, // done, never accepted
    };
    const auto velocities = Velocity::ofClosedSprints({one}, history);
    QCOMPARE(velocities.size(), 1);
    QCOMPARE(velocities.front().points, 5.0); // the estimate at acceptance; done is not accepted
    QVERIFY(!Velocity::average({}));

    // Closed at a recorded moment: what was accepted by then counts, what came later does not.
    one.closedAt = start.addDays(20).addSecs(-1);
    QCOMPARE(Velocity::ofClosedSprints({one}, history).front().points, 5.0);
    one.closedAt = start.addDays(20);
    QCOMPARE(Velocity::ofClosedSprints({one}, history).front().points, 13.0);

    // A cancelled sprint counts for nothing.
    one.state = SprintState::Cancelled;
    QVERIFY(Velocity::ofClosedSprints({one}, history).isEmpty());
}

void TestStoryRules::velocitySummary_data()
{
    QTest::addColumn<QList<double>>("points");
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("average");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<int>("sprints");
    QTest::newRow("last three of four") << QList<double>{10, 20, 30, 40} << 3 << 30.0 << 20.0 << 40.0 << 3;
    QTest::newRow("fewer than asked") << QList<double>{12, 18} << 5 << 15.0 << 12.0 << 18.0 << 2;
    QTest::newRow("one") << QList<double>{10, 20, 30} << 1 << 30.0 << 30.0 << 30.0 << 1;
}

void TestStoryRules::velocitySummary()
{
    QFETCH(QList<double>, points);
    QFETCH(int, count);
    QList<Velocity::SprintVelocity> velocities;
    for (qsizetype i = 0; i < points.size(); ++i)
        velocities.append({i + 1, points.at(i)});
    const Velocity::Summary summary = Velocity::summary(velocities, count);
    QFETCH(double, average);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(int, sprints);
    QCOMPARE(*summary.average, average);
    QCOMPARE(summary.min, min);
    QCOMPARE(summary.max, max);
    QCOMPARE(summary.sprints, sprints);
    QCOMPARE(summary.sprintIds.size(), qsizetype(sprints));
    QCOMPARE(summary.sprintIds.constLast(), qint64(points.size()));
}

void TestStoryRules::storyFieldsRoundTrip()
{
    TestProduct product;
    ItemRepository items(product.db());
    const ItemId id = product.addItem(QStringLiteral("Story"));
    using T = ItemRepository::TextField;
    QVERIFY(items.setText(id, T::Role, QStringLiteral("shopper")));
    QVERIFY(items.setText(id, T::Want, QStringLiteral("to pay")));
    QVERIFY(items.setText(id, T::Benefit, QStringLiteral("I get food")));
    QVERIFY(items.setText(id, T::MetricName, QStringLiteral("conversion")));
    QVERIFY(items.setNumber(id, ItemRepository::NumberField::MetricTarget, 0.4));
    QVERIFY(items.setLabels(id, {QStringLiteral("b"), QStringLiteral("a")}));
    QVERIFY(items.setInvestChecks(id, investBit(InvestQuality::Small) | investBit(InvestQuality::Testable)));
    const auto item = items.load(id);
    QVERIFY(item);
    QCOMPARE(item->role, QString("shopper"));
    QCOMPARE(item->metric.target, std::optional<double>(0.4));
    QVERIFY(!item->metric.baseline);
    QCOMPARE(item->labels, (QStringList{"a", "b"}));
    QCOMPARE(item->investChecks, InvestChecks(0x30));
    const auto row = items.backlogRow(id);
    QVERIFY(row);
    QVERIFY(row->hasStoryVoice);
    QVERIFY(row->hasMetric);
    QCOMPARE(row->investChecks, InvestChecks(0x30));
}

void TestStoryRules::criteriaKeepTheirIds()
{
    TestProduct product;
    ItemRepository items(product.db());
    const ItemId id = product.addItem(QStringLiteral("Story"));
    QVERIFY(items.setCriteria(id, {QStringLiteral("Scenario: A"), QStringLiteral("Scenario: B")}));
    const auto before = items.load(id);
    QCOMPARE(before->criteria.size(), 2);
    QVERIFY(items.setCriteria(id, {QStringLiteral("Scenario: A edited"), QStringLiteral("Scenario: B"),
                                   QStringLiteral("Scenario: C")}));
    auto after = items.load(id);
    QCOMPARE(after->criteria.size(), 3);
    QCOMPARE(after->criteria.at(0).id, before->criteria.at(0).id);
    QCOMPARE(after->criteria.at(0).text, QString("Scenario: A edited"));
    QCOMPARE(items.backlogRow(id)->criteriaCount, 3);

    QVERIFY(items.moveCriterion(id, 2, 0));
    after = items.load(id);
    QCOMPARE(after->criteria.at(0).text, QString("Scenario: C"));
    QCOMPARE(after->criteria.at(1).id, before->criteria.at(0).id);
    QVERIFY(!items.moveCriterion(id, 0, 7));

    QVERIFY(items.setCriteria(id, {}));
    QCOMPARE(items.load(id)->criteria.size(), 0);
}

void TestStoryRules::definitionOfReadyIsStored()
{
    TestProduct product;
    ProductRepository products(product.db());
    auto loaded = products.load();
    QVERIFY(loaded);
    QCOMPARE(loaded->readyRules, Product().readyRules); // the migration's default
    loaded->readyRules = {ReadyRule::Estimated, ReadyRule::SuccessMetric};
    loaded->definitionOfDone = {QStringLiteral("Reviewed"), QStringLiteral("Released")};
    QVERIFY(products.update(*loaded));
    const auto again = products.load();
    QCOMPARE(again->readyRules, (QList<ReadyRule>{ReadyRule::Estimated, ReadyRule::SuccessMetric}));
    QCOMPARE(again->definitionOfDone, (QStringList{"Reviewed", "Released"}));
}

void TestStoryRules::estimationLabels()
{
    QCOMPARE(Estimation::label(EstimationScale::Fibonacci, std::nullopt), QString("?"));
    QCOMPARE(Estimation::label(EstimationScale::Fibonacci, 13), QString("13"));
    QCOMPARE(Estimation::label(EstimationScale::TShirt, 3), QString("M"));
    QCOMPARE(Estimation::label(EstimationScale::TShirt, 7), QString("7"));
    QVERIFY(Estimation::values(EstimationScale::Fibonacci).contains(21) == false);
    QVERIFY(Estimation::values(EstimationScale::Fibonacci).contains(13));
}

QTEST_GUILESS_MAIN(TestStoryRules)
#include "tst_storyrules.moc"
