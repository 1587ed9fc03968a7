// Sprint calendar rules: a new sprint's defaults, and the sprints that cannot be written beside the
// others; the repository refuses them inside its transaction and writes nothing.

#include "services/sprintplanning.h"
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
    void nextSprintDefaults_data();
    void nextSprintDefaults();
    void check_data();
    void check();
    void repositoryRefusesAndWritesNothing();
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

QTEST_GUILESS_MAIN(TestSprintPlanning)
#include "tst_sprintplanning.moc"
