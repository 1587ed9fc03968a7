#include "domain/orderkey.h"
#include "services/backloghealth.h"
#include "storage/historyrepository.h"
#include "storage/itemrepository.h"
#include "testproduct.h"

#include <QSet>
#include <QTest>

using namespace Ordo;

namespace {

const QDateTime start(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);

BacklogRow story(ItemId id, float estimate, ItemId parent = 0, bool servesGoal = false, int daysUnchanged = 0)
{
    BacklogRow row;
    row.id = id;
    row.number = int(id);
    row.title = QStringLiteral("Item %1").arg(id);
    row.estimate = estimate;
    row.parentId = parent;
    row.servesGoal = servesGoal;
    row.updatedAt = start.addDays(-daysUnchanged).toSecsSinceEpoch();
    return row;
}

const float unestimated = std::nanf("");

// The backlog the findings test reads: an epic serving the goal and six items.
QList<BacklogRow> constructedBacklog()
{
    BacklogRow epic = story(1, unestimated, 0, true);
    epic.type = ItemType::Epic;
    return {epic,
            story(2, 3, 1),
            story(3, 5, 0, true),
            story(4, unestimated, 1),
            story(5, 20),
            story(6, 8, 1, false, 100),
            story(7, 2, 0, false, 200)};
}

const Health::Finding &findingOf(const Health::Report &report, Health::Kind kind)
{
    for (const Health::Finding &finding : report.findings) {
        if (finding.kind == kind)
            return finding;
    }
    qFatal("no finding of kind %d", int(kind));
}

QList<ItemId> idsOf(std::initializer_list<ItemId> ids) { return QList<ItemId>(ids); }

} // namespace

class TestBacklogHealth : public QObject
{
    Q_OBJECT

private slots:
    // Every test runs over both engines (TestEngines).
    void initTestCase_data() { TestEngines::addRows(); }
    void init() { ORDO_USE_TEST_ENGINE(); }

    void findings_data();
    void findings();
    void readyShare_data();
    void readyShare();
    void goalThroughEpic();
    void goalShare_data();
    void goalShare();
    void beyondHorizon_data();
    void beyondHorizon();
    void stabilityFromHistory_data();
    void stabilityFromHistory();
    void filesWithoutOrderHistory();
};

void TestBacklogHealth::findings_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QList<ItemId>>("items");
    QTest::addColumn<int>("severity");

    using K = Health::Kind;
    using S = Health::Severity;
    // Velocity 10 and two sprints: items 2-5 are near the top (3 + 5 + 0 + 20 points).
    QTest::newRow("ready share") << int(K::ReadyShare) << idsOf({3, 4, 5}) << int(S::Warning);
    QTest::newRow("unestimated near top") << int(K::UnestimatedNearTop) << idsOf({4}) << int(S::Warning);
    QTest::newRow("oversized near top") << int(K::OversizedNearTop) << idsOf({5}) << int(S::Warning);
    QTest::newRow("no epic, no goal") << int(K::Unlinked) << idsOf({5, 7}) << int(S::Info);
    QTest::newRow("stale after 90 days") << int(K::Stale) << idsOf({6, 7}) << int(S::Info);
    QTest::newRow("dependency order") << int(K::DependencyViolations) << idsOf({3}) << int(S::Warning);
    // 38 points at 10 per sprint; three sprints (30 points) reach item 6.
    QTest::newRow("runway") << int(K::Runway) << idsOf({7}) << int(S::Good);
}

void TestBacklogHealth::findings()
{
    QFETCH(int, kind);
    QFETCH(QList<ItemId>, items);
    QFETCH(int, severity);

    const QSet<ItemId> ready{2, 6};
    Health::Settings settings;
    settings.now = start;
    settings.velocity = 10;
    settings.maxStorySize = 13;
    settings.staleAfterDays = 90;
    const auto report = Health::assess(
        constructedBacklog(),
        [&ready](const BacklogRow &row) { return ready.contains(row.id); },
        {{3, {4}}},
        {},
        settings);

    QCOMPARE(report.findings.size(), 8);
    const Health::Finding &finding = findingOf(report, Health::Kind(kind));
    QCOMPARE(finding.items, items);
    QCOMPARE(int(finding.severity), severity);
    QVERIFY(!finding.headline.isEmpty());
    QVERIFY(!finding.explanation.isEmpty());

    QCOMPARE(report.upcomingItems, 4);
    QCOMPARE(report.upcomingReady, 1);
    QCOMPARE(report.totalPoints, 38.0);
    QCOMPARE(report.unestimatedCount, 1);
    QVERIFY(report.sprintsOfWork);
    QCOMPARE(*report.sprintsOfWork, 3.8);
    QCOMPARE(findingOf(report, Health::Kind::Runway).headline, QStringLiteral("The backlog holds 3.8 sprints of work"));
    // (Plural forms come from the English translation the app loads; the figures are what matter here.)
    const QString readyHeadline = findingOf(report, Health::Kind::ReadyShare).headline;
    QVERIFY2(readyHeadline.startsWith(QStringLiteral("1 of 4 upcoming item")) && readyHeadline.endsWith(QStringLiteral("(25%)")),
             qPrintable(readyHeadline));
}

void TestBacklogHealth::readyShare_data()
{
    QTest::addColumn<double>("velocity"); // 0: none
    QTest::addColumn<int>("items");
    QTest::addColumn<int>("ready");

    // Without a velocity the window is the top ten plannable items (six here).
    QTest::newRow("no velocity") << 0.0 << 6 << 2;
    QTest::newRow("velocity 1") << 1.0 << 1 << 1;   // item 2 (3 points) fills 2 points
    QTest::newRow("velocity 4") << 4.0 << 2 << 1;   // 3 + 5 >= 8
    QTest::newRow("velocity 100") << 100.0 << 6 << 2;
}

void TestBacklogHealth::readyShare()
{
    QFETCH(double, velocity);
    QFETCH(int, items);
    QFETCH(int, ready);
    Health::Settings settings;
    settings.now = start;
    if (velocity > 0)
        settings.velocity = velocity;
    const QSet<ItemId> readyIds{2, 6};
    const auto report = Health::assess(
        constructedBacklog(),
        [&readyIds](const BacklogRow &row) { return readyIds.contains(row.id); },
        {},
        {},
        settings);
    QCOMPARE(report.upcomingItems, items);
    QCOMPARE(report.upcomingReady, ready);
    QCOMPARE(bool(report.sprintsOfWork), velocity > 0);
}

void TestBacklogHealth::goalThroughEpic()
{
    const QList<BacklogRow> rows = constructedBacklog();
    QHash<ItemId, bool> epics{{1, true}};
    QVERIFY(Health::servesGoal(rows.at(1), epics));   // under the epic
    QVERIFY(Health::servesGoal(rows.at(2), epics));   // linked itself
    QVERIFY(!Health::servesGoal(rows.at(4), epics));  // neither
    epics[1] = false;
    QVERIFY(!Health::servesGoal(rows.at(1), epics));
}

void TestBacklogHealth::goalShare_data()
{
    QTest::addColumn<double>("velocity");
    QTest::addColumn<int>("serving");
    QTest::addColumn<int>("items");
    // Items 2-7 are plannable; 2, 4 and 6 serve through epic 1, 3 itself.
    QTest::newRow("no velocity: the top ten") << 0.0 << 4 << 6;
    QTest::newRow("two sprints of 4 points: items 2 and 3") << 4.0 << 2 << 2;
    QTest::newRow("two sprints of 5 points: up to item 5") << 5.0 << 3 << 4;
}

void TestBacklogHealth::goalShare()
{
    QFETCH(double, velocity);
    QFETCH(int, serving);
    QFETCH(int, items);
    const auto share = Health::goalShare(constructedBacklog(),
                                         velocity > 0 ? std::optional<double>(velocity) : std::nullopt);
    QCOMPARE(share.serving, serving);
    QCOMPARE(share.items, items);
}

void TestBacklogHealth::beyondHorizon_data()
{
    QTest::addColumn<double>("velocity");
    QTest::addColumn<int>("sprints");
    QTest::addColumn<QList<ItemId>>("beyond");
    QTest::newRow("no velocity, no suggestion") << 0.0 << 3 << QList<ItemId>();
    QTest::newRow("10 per sprint, 3 sprints") << 10.0 << 3 << idsOf({7});
    QTest::newRow("1 per sprint, 3 sprints") << 1.0 << 3 << idsOf({3, 4, 5, 6, 7});
    QTest::newRow("everything fits") << 50.0 << 3 << QList<ItemId>();
}

void TestBacklogHealth::beyondHorizon()
{
    QFETCH(double, velocity);
    QFETCH(int, sprints);
    QFETCH(QList<ItemId>, beyond);
    QCOMPARE(Health::beyondHorizon(constructedBacklog(),
                                   velocity > 0 ? std::optional<double>(velocity) : std::nullopt,
                                   sprints),
             beyond);
}

void TestBacklogHealth::stabilityFromHistory_data()
{
    QTest::addColumn<int>("daysAgo");
    QTest::addColumn<QList<ItemId>>("newcomers");

    // Day 0: items 1-25 created in order. Day 20: item 21 to the top.
    // Day 35: items 22 and 23 above it; day 36: every key rebalanced.
    // Day 38: item 26 created at the top. Today is day 40.
    QTest::newRow("1 day") << 1 << QList<ItemId>();
    QTest::newRow("3 days (before the new item)") << 3 << idsOf({26});
    QTest::newRow("7 days") << 7 << idsOf({26, 23, 22});
    QTest::newRow("30 days") << 30 << idsOf({26, 23, 22, 21});
    QTest::newRow("before the product existed") << 60 << idsOf({26, 23, 22, 21, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});
}

void TestBacklogHealth::stabilityFromHistory()
{
    QFETCH(int, daysAgo);
    QFETCH(QList<ItemId>, newcomers);

    TestProduct product;
    QDateTime clock = start;
    product.db().setClock([&clock] { return clock; });
    ItemRepository items(product.db());
    QList<ItemId> ids;
    for (int i = 1; i <= 25; ++i)
        ids.append(product.addItem(QStringLiteral("Item %1").arg(i)));
    QCOMPARE(ids.front(), 1);

    const auto topKey = [&items] {
        const QList<BacklogRow> rows = items.backlogRows().value_or({});
        return OrderKey::between(QString(), rows.isEmpty() ? QString() : rows.front().orderKey).value_or(QString());
    };
    clock = start.addDays(20);
    QVERIFY(items.setOrderKey(21, topKey()));
    clock = start.addDays(35);
    QVERIFY(items.setOrderKey(22, topKey()));
    QVERIFY(items.setOrderKey(23, topKey()));
    clock = start.addDays(36);
    {
        QList<ItemId> order;
        const QList<BacklogRow> rows = items.backlogRows().value_or({});
        for (const BacklogRow &row : rows)
            order.append(row.id);
        QVERIFY(items.rebalance(order));
    }
    clock = start.addDays(38);
    BacklogItem fresh;
    fresh.title = QStringLiteral("Item 26");
    fresh.orderKey = topKey();
    QCOMPARE(*items.create(fresh), 26);
    clock = start.addDays(40);

    const QList<BacklogRow> rows = items.backlogRows().value_or({});
    const QList<HistoryEntry> history = HistoryRepository(product.db()).ordering().value_or({});
    const auto change = Health::topChange(rows, history, clock.addDays(-daysAgo));
    QCOMPARE(change.size, 20);
    QCOMPARE(change.newcomers, newcomers);
    QCOMPARE(change.entered, int(newcomers.size()));
    QCOMPARE(change.hasHistory, daysAgo < 40);

    if (daysAgo == 30) {
        QList<ItemId> first20;
        for (ItemId id = 1; id <= 20; ++id)
            first20.append(id);
        QCOMPARE(Health::topAt(rows, history, clock.addDays(-30)), first20);
    }
}

void TestBacklogHealth::filesWithoutOrderHistory()
{
    // A file from before order rows were written knows only the creations:
    // the order then is today's unless a later change says otherwise.
    QList<BacklogRow> rows{story(1, 1), story(2, 1), story(3, 1)};
    rows[0].orderKey = QStringLiteral("a1");
    rows[1].orderKey = QStringLiteral("a2");
    rows[2].orderKey = QStringLiteral("a3");
    QList<HistoryEntry> history;
    for (ItemId id : {1, 2, 3})
        history.append({0, id, start, HistoryField::Created, {}, QStringLiteral("new")});
    // Item 3 was moved to the top later; before that it was last.
    rows[2].orderKey = QStringLiteral("a0");
    std::rotate(rows.begin(), rows.begin() + 2, rows.end());
    history.append({0, 3, start.addDays(5), HistoryField::OrderChanged, QStringLiteral("a3"), QStringLiteral("a0")});
    QCOMPARE(Health::topAt(rows, history, start.addDays(1), 2), idsOf({1, 2}));
    QCOMPARE(Health::topAt(rows, history, start.addDays(6), 2), idsOf({3, 1}));
}

QTEST_GUILESS_MAIN(TestBacklogHealth)
#include "tst_backloghealth.moc"
