// Sprint calendar rules: a new sprint's defaults, and the sprints that cannot be written beside the
// others; the repository refuses them inside its transaction and writes nothing.

#include "services/sprintplanning.h"
#include "storage/productrepository.h"
#include "storage/sprintrepository.h"
#include "testproduct.h"

#include <QTest>

using namespace Ordo;

namespace {

Sprint sprint(const QString &name, QDate start, QDate end, SprintState state = SprintState::Closed, qint64 id = 0)
{
    Sprint s;
    s.id = id;
    s.name = name;
    s.start = start;
    s.end = end;
    s.state = state;
    return s;
}

} // namespace

class TestSprintPlanning : public QObject
{
    Q_OBJECT

private slots:
    // Every test runs over both engines (TestEngines).
    void initTestCase_data() { TestEngines::addRows(); }
    void init() { ORDO_USE_TEST_ENGINE(); }

    void nextSprintDefaults_data();
    void nextSprintDefaults();
    void check_data();
    void check();
    void repositoryRefusesAndWritesNothing();
    void availablePersonDays_data();
    void availablePersonDays();
    void suggestedCapacity_data();
    void suggestedCapacity();
    void teamAndDaysOffRoundTrip();
    void sprintKeepsItsDefinitionOfDone();
};

void TestSprintPlanning::nextSprintDefaults_data()
{
    QTest::addColumn<QList<Sprint>>("existing");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");

    // 2026-11-30 is a Monday.
    QTest::newRow("first sprint, on a Monday") << QList<Sprint>{} << QDate(2026, 11, 30) << "Sprint 1"
                                               << QDate(2026, 11, 30) << QDate(2026, 12, 13);
    QTest::newRow("first sprint, asked on a Saturday") << QList<Sprint>{} << QDate(2026, 12, 5) << "Sprint 1"
                                                       << QDate(2026, 12, 7) << QDate(2026, 12, 20);
    QTest::newRow("after a sprint ending on a Sunday")
        << QList<Sprint>{sprint("Sprint 1", QDate(2026, 11, 30), QDate(2026, 12, 13))} << QDate(2026, 12, 1)
        << "Sprint 2" << QDate(2026, 12, 14) << QDate(2026, 12, 27);
    QTest::newRow("after a sprint ending on a Friday")
        << QList<Sprint>{sprint("Sprint 1", QDate(2026, 11, 30), QDate(2026, 12, 11))} << QDate(2026, 12, 1)
        << "Sprint 2" << QDate(2026, 12, 14) << QDate(2026, 12, 27);
    QTest::newRow("the last sprint ended long ago")
        << QList<Sprint>{sprint("Sprint 1", QDate(2026, 1, 5), QDate(2026, 1, 18))} << QDate(2026, 12, 2)
        << "Sprint 2" << QDate(2026, 12, 2) << QDate(2026, 12, 15);
}

void TestSprintPlanning::nextSprintDefaults()
{
    QFETCH(QList<Sprint>, existing);
    QFETCH(QDate, today);
    QFETCH(QString, name);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    const Sprint next = SprintPlanning::nextSprint(existing, 14, today);
    QCOMPARE(next.name, name);
    QCOMPARE(next.start, start);
    QCOMPARE(next.end, end);
    QCOMPARE(next.state, SprintState::Planned);
    QVERIFY(SprintPlanning::check(next, existing));
}

void TestSprintPlanning::check_data()
{
    QTest::addColumn<Sprint>("candidate");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("says");

    const QDate monday(2026, 11, 30);
    Sprint negative = sprint("Sprint 3", monday.addDays(28), monday.addDays(41), SprintState::Planned);
    negative.capacity = -5;
    Sprint zero = negative;
    zero.capacity = 0;

    QTest::newRow("after the others") << sprint("Sprint 3", monday.addDays(28), monday.addDays(41), SprintState::Planned)
                                      << true << QString();
    QTest::newRow("one day long") << sprint("Sprint 3", monday.addDays(28), monday.addDays(28), SprintState::Planned)
                                  << true << QString();
    QTest::newRow("no name") << sprint("  ", monday.addDays(28), monday.addDays(41)) << false << "name";
    QTest::newRow("ends before it starts") << sprint("Sprint 3", monday.addDays(41), monday.addDays(28)) << false
                                           << "end on or after";
    QTest::newRow("no dates") << sprint("Sprint 3", QDate(), QDate()) << false << "end on or after";
    QTest::newRow("overlaps the active sprint") << sprint("Sprint 3", monday.addDays(20), monday.addDays(33)) << false
                                                << "overlap";
    QTest::newRow("negative capacity") << negative << false << "negative";
    QTest::newRow("zero capacity") << zero << true << QString();
    QTest::newRow("a second active sprint")
        << sprint("Sprint 3", monday.addDays(28), monday.addDays(41), SprintState::Active) << false << "one sprint at a time";
    QTest::newRow("the active sprint itself, edited")
        << sprint("Sprint 2 renamed", monday.addDays(14), monday.addDays(27), SprintState::Active, 2) << true << QString();
}

void TestSprintPlanning::check()
{
    QFETCH(Sprint, candidate);
    QFETCH(bool, allowed);
    QFETCH(QString, says);
    const QDate monday(2026, 11, 30);
    const QList<Sprint> others{sprint("Sprint 1", monday, monday.addDays(13), SprintState::Closed, 1),
                               sprint("Sprint 2", monday.addDays(14), monday.addDays(27), SprintState::Active, 2)};
    const Status result = SprintPlanning::check(candidate, others);
    QCOMPARE(bool(result), allowed);
    if (!allowed)
        QVERIFY2(result.errorMessage().contains(says), qPrintable(result.errorMessage()));
}

void TestSprintPlanning::repositoryRefusesAndWritesNothing()
{
    TestProduct product;
    SprintRepository sprints(product.db());
    const QDate monday(2026, 11, 30);
    const auto first = sprints.create(sprint("Sprint 1", monday, monday.addDays(13), SprintState::Active));
    QVERIFY2(first, qPrintable(first.errorMessage()));

    const auto overlapping = sprints.create(sprint("Sprint 2", monday.addDays(7), monday.addDays(20), SprintState::Planned));
    QVERIFY(!overlapping);
    QVERIFY(overlapping.errorMessage().contains("overlap"));
    QCOMPARE(sprints.all()->size(), 1);

    const auto second = sprints.create(sprint("Sprint 2", monday.addDays(14), monday.addDays(27), SprintState::Planned));
    QVERIFY(second);
    Sprint active = sprints.all()->at(1);
    active.state = SprintState::Active;
    QVERIFY(!sprints.update(active)); // one active sprint at a time
    QCOMPARE(sprints.all()->at(1).state, SprintState::Planned);
    // An edit of the sprint itself does not overlap itself.
    Sprint renamed = sprints.all()->at(0);
    renamed.goal = QStringLiteral("Let shoppers split a payment");
    QVERIFY(sprints.update(renamed));
    QCOMPARE(sprints.all()->at(0).goal, renamed.goal);
}

void TestSprintPlanning::sprintKeepsItsDefinitionOfDone()
{
    TestProduct product;
    ProductRepository products(product.db());
    Product p = *products.load();
    p.definitionOfDone = {QStringLiteral("Code reviewed"), QStringLiteral("Tests pass")};
    QVERIFY(products.update(p));

    // A new sprint without its own list takes a copy of the product's; one with its own keeps it.
    SprintRepository sprints(product.db());
    Sprint first;
    first.name = QStringLiteral("Sprint 1");
    first.start = QDate(2026, 3, 2);
    first.end = QDate(2026, 3, 13);
    const auto firstId = sprints.create(first);
    QVERIFY(firstId);
    Sprint second = first;
    second.name = QStringLiteral("Sprint 2");
    second.start = QDate(2026, 3, 16);
    second.end = QDate(2026, 3, 27);
    second.definitionOfDone = QStringList{QStringLiteral("Demoed to support"), QStringLiteral("  ")};
    const auto secondId = sprints.create(second);
    QVERIFY(secondId);
    const auto read = [&sprints](SprintId id) {
        const auto all = sprints.all();
        for (const Sprint &s : all ? *all : QList<Sprint>()) {
            if (s.id == id)
                return s;
        }
        return Sprint{};
    };
    QCOMPARE(read(*firstId).definitionOfDone, std::optional<QStringList>(p.definitionOfDone));
    QCOMPARE(read(*secondId).definitionOfDone, std::optional<QStringList>(QStringList{QStringLiteral("Demoed to support")}));

    // The product's list changing later does not change a sprint's copy.
    p.definitionOfDone.append(QStringLiteral("Documented"));
    QVERIFY(products.update(p));
    QCOMPARE(read(*firstId).definitionOfDone->size(), 2);

    // While planned, the copy can be edited.
    Sprint edited = read(*firstId);
    edited.definitionOfDone->append(QStringLiteral("Accessibility checked"));
    QVERIFY(sprints.update(edited));
    QCOMPARE(read(*firstId).definitionOfDone->last(), QStringLiteral("Accessibility checked"));

    // Once started, it is frozen: an edit is refused and nothing is written, while other edits pass.
    Sprint started = read(*firstId);
    started.state = SprintState::Active;
    started.startedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    QVERIFY(sprints.update(started));
    Sprint late = read(*firstId);
    late.definitionOfDone = QStringList{QStringLiteral("Something else")};
    late.goal = QStringLiteral("Shoppers pay with a saved card");
    const Status refused = sprints.update(late);
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("Sprint 1")), qPrintable(refused.errorMessage()));
    QCOMPARE(read(*firstId).definitionOfDone->size(), 3);
    QVERIFY(read(*firstId).goal.isEmpty());
    late.definitionOfDone.reset(); // no list: the stored one stays
    QVERIFY(sprints.update(late));
    QCOMPARE(read(*firstId).goal, late.goal);
    QCOMPARE(read(*firstId).definitionOfDone->size(), 3);
}

QTEST_GUILESS_MAIN(TestSprintPlanning)
void TestSprintPlanning::availablePersonDays_data()
{
    QTest::addColumn<int>("availability");
    QTest::addColumn<double>("daysOff");
    QTest::addColumn<double>("expected");
    // A two-week sprint from Monday: 10 working days.
    QTest::newRow("full time") << 100 << 0.0 << 10.0;
    QTest::newRow("half time") << 50 << 0.0 << 5.0;
    QTest::newRow("two days off") << 100 << 2.0 << 8.0;
    QTest::newRow("more off than available") << 20 << 5.0 << 0.0;
}

void TestSprintPlanning::availablePersonDays()
{
    QFETCH(int, availability);
    QFETCH(double, daysOff);
    QFETCH(double, expected);
    Sprint sprint;
    sprint.start = QDate(2026, 3, 2); // a Monday
    sprint.end = QDate(2026, 3, 15);
    sprint.daysOff = {{1, daysOff}};
    QCOMPARE(SprintPlanning::workingDaysOf(sprint), 10);
    QCOMPARE(SprintPlanning::availablePersonDays(sprint, {{1, QStringLiteral("Ana"), availability}}), expected);
    // Seven working days a week count the weekend too.
    QCOMPARE(SprintPlanning::workingDaysOf(sprint, {1, 2, 3, 4, 5, 6, 7}), 14);
}

void TestSprintPlanning::suggestedCapacity_data()
{
    QTest::addColumn<double>("daysOffNow");
    QTest::addColumn<double>("expected");
    // Two members full time; the velocity's two sprints had 20 and 16 person-days (18 on average).
    QTest::newRow("as available as usual") << 2.0 << 20.0 * 18 / 18;
    QTest::newRow("everyone here") << 0.0 << 20.0 * 20 / 18;
    QTest::newRow("a week off") << 5.0 << 20.0 * 15 / 18;
}

void TestSprintPlanning::suggestedCapacity()
{
    QFETCH(double, daysOffNow);
    QFETCH(double, expected);
    const QList<TeamMember> team{{1, QStringLiteral("Ana"), 100}, {2, QStringLiteral("Ben"), 100}};
    Sprint one, two, next;
    for (Sprint *s : {&one, &two, &next}) {
        s->start = QDate(2026, 3, 2);
        s->end = QDate(2026, 3, 15);
    }
    two.daysOff = {{2, 4}};
    next.daysOff = {{1, daysOffNow}};
    const auto suggestion = SprintPlanning::suggestCapacity(next, 20.0, {one, two}, team);
    QVERIFY(suggestion);
    QCOMPARE(suggestion->averagePersonDays, 18.0);
    QCOMPARE(suggestion->personDays, 20.0 - daysOffNow);
    QCOMPARE(suggestion->points, expected);
    // Without a team: the velocity; without a velocity: nothing.
    QCOMPARE(SprintPlanning::suggestCapacity(next, 20.0, {one, two}, {})->points, 20.0);
    QVERIFY(!SprintPlanning::suggestCapacity(next, std::nullopt, {one, two}, team));
}

void TestSprintPlanning::teamAndDaysOffRoundTrip()
{
    TestProduct product;
    ProductRepository products(product.db());
    Product p = *products.load();
    p.team = {{0, QStringLiteral("Ana"), 100}, {0, QStringLiteral("Ben"), 60}};
    p.workingDays = {1, 2, 3, 4};
    p.velocitySprints = 4;
    p.reviewColumn = true;
    p.boardColumnNames = {QString(), QStringLiteral("Doing"), QString(), QStringLiteral("Shipped")};
    p.wipLimits = {0, 3, 2, 0};
    p.capacityAllocation = {{ItemType::TechnicalDebt, 20}, {ItemType::Bug, 10}};
    QVERIFY(products.update(p));
    Product read = *products.load();
    QCOMPARE(read.team.size(), 2);
    QCOMPARE(read.team.at(1).name, QStringLiteral("Ben"));
    QCOMPARE(read.team.at(1).availability, 60);
    QCOMPARE(read.workingDays, (QList<int>{1, 2, 3, 4}));
    QCOMPARE(read.velocitySprints, 4);
    QVERIFY(read.reviewColumn);
    QCOMPARE(read.boardColumnNames, p.boardColumnNames);
    QCOMPARE(read.wipLimits, p.wipLimits);
    QCOMPARE(read.capacityAllocation, p.capacityAllocation);

    Sprint sprint;
    sprint.name = QStringLiteral("Sprint 1");
    sprint.start = QDate(2026, 3, 2);
    sprint.end = QDate(2026, 3, 15);
    sprint.daysOff = {{read.team.at(1).id, 2.5}};
    SprintRepository sprints(product.db());
    auto id = sprints.create(sprint);
    QVERIFY(id);
    QCOMPARE(sprints.all()->front().daysOff, sprint.daysOff);
    // Ana keeps her id when the team is rewritten; Ben leaves, and his days off with him.
    const qint64 ana = read.team.at(0).id;
    read.team.removeAt(1);
    read.team.front().availability = 80;
    QVERIFY(products.update(read));
    QCOMPARE(products.load()->team, (QList<TeamMember>{{ana, QStringLiteral("Ana"), 80}}));
    QVERIFY(sprints.all()->front().daysOff.isEmpty());
    // A velocity over more than five sprints is kept at five.
    read.velocitySprints = 9;
    QVERIFY(products.update(read));
    QCOMPARE(products.load()->velocitySprints, 5);
}

#include "tst_sprintplanning.moc"
