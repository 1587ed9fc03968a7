#include "services/outcomes.h"

#include <QTest>

#include <algorithm>

using namespace Ordo;
using Outcomes::ItemFacts;
using Outcomes::SprintOutcome;

// The outcome measures replayed from a constructed history (no database).
class TestOutcomes : public QObject
{
    Q_OBJECT

private slots:
    void reachedTarget_data();
    void reachedTarget();
    void percentile_data();
    void percentile();
    void sprintOutcomes_data();
    void sprintOutcomes();
    void closedSprintsOnlyInClosingOrder();
    void rollingOutcomeRate_data();
    void rollingOutcomeRate();
    void rejectedThenAcceptedCountsAsAccepted();
    void rejectionWindow_data();
    void rejectionWindow();
    void carriedOverCountsForLaterSprintOnly();
    void singleSprintOfHistory();
    void noClosedSprint_data();
    void noClosedSprint();
    void cycleTime_data();
    void cycleTime();
    void cycleTimeMedianAndP85();
};

namespace {

// Local times in June, far from any daylight saving change, so that days are 86400 s long.
QDateTime at(int day, int hour = 12, int minute = 0)
{
    return QDateTime(QDate(2026, 6, 1).addDays(day), QTime(hour, minute));
}

QString sprintText(qint64 sprint) { return sprint ? QString::number(sprint) : QString(); }

HistoryEntry createdRow(qint64 item, const QDateTime &when, ItemStatus status)
{
    return {0, item, when, HistoryField::Created, {}, storageName(status)};
}

HistoryEntry statusRow(qint64 item, const QDateTime &when, ItemStatus from, ItemStatus to)
{
    return {0, item, when, HistoryField::StatusChanged, storageName(from), storageName(to)};
}

HistoryEntry sprintRow(qint64 item, const QDateTime &when, qint64 from, qint64 to)
{
    return {0, item, when, HistoryField::SprintChanged, sprintText(from), sprintText(to)};
}

// An item created in `sprint` with `status`, as the repository writes it.
QList<HistoryEntry> createdIn(qint64 item, const QDateTime &when, qint64 sprint, ItemStatus status)
{
    return {createdRow(item, when, status), sprintRow(item, when, 0, sprint)};
}

// The history oldest first; rows of the same moment keep the order they were written in.
QList<HistoryEntry> ordered(QList<HistoryEntry> rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const HistoryEntry &a, const HistoryEntry &b) {
        return a.at < b.at;
    });
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i].id = i + 1;
    return rows;
}

Sprint sprintOf(qint64 id, SprintState state, int firstDay, int lastDay, const QDateTime &startedAt = {},
                const QDateTime &closedAt = {})
{
    Sprint s;
    s.id = id;
    s.name = QStringLiteral("Sprint %1").arg(id);
    s.start = QDate(2026, 6, 1).addDays(firstDay);
    s.end = QDate(2026, 6, 1).addDays(lastDay);
    s.state = state;
    s.startedAt = startedAt;
    s.closedAt = closedAt;
    return s;
}

SuccessMetric metricOf(const QString &name, std::optional<double> baseline, std::optional<double> target,
                       std::optional<double> actual)
{
    return {name, baseline, target, actual};
}

ItemFacts factsOf(qint64 id, const SuccessMetric &metric, std::optional<int> businessValue)
{
    return {id, metric, businessValue};
}

QString verdictText(std::optional<bool> verdict)
{
    if (!verdict)
        return QStringLiteral("unset");
    return *verdict ? QStringLiteral("reached") : QStringLiteral("missed");
}

SprintOutcome outcomeOf(qint64 sprintId, int accepted, int withMetric, int measured, int reached,
                        int withoutMetric, int rejected, double value)
{
    SprintOutcome o;
    o.sprintId = sprintId;
    o.accepted = accepted;
    o.withMetric = withMetric;
    o.measured = measured;
    o.reachedTarget = reached;
    o.withoutMetric = withoutMetric;
    o.rejected = rejected;
    o.reviewed = accepted + rejected;
    o.value = value;
    if (withMetric > 0)
        o.outcomeRate = double(reached) / double(withMetric);
    if (o.reviewed > 0)
        o.rejectionRate = double(rejected) / double(o.reviewed);
    return o;
}

void compareOptional(const std::optional<double> &actual, const std::optional<double> &expected, const char *what)
{
    QVERIFY2(actual.has_value() == expected.has_value(), what);
    if (expected)
        QVERIFY2(qFuzzyCompare(*actual, *expected), qPrintable(QStringLiteral("%1: %2, expected %3")
                                                                    .arg(QLatin1StringView(what))
                                                                    .arg(*actual)
                                                                    .arg(*expected)));
}

// Field by field, for a readable failure; the caller checks QTest::currentTestFailed().
void compareOutcome(const SprintOutcome &actual, const SprintOutcome &expected)
{
    QCOMPARE(actual.sprintId, expected.sprintId);
    QCOMPARE(actual.accepted, expected.accepted);
    QCOMPARE(actual.withMetric, expected.withMetric);
    QCOMPARE(actual.measured, expected.measured);
    QCOMPARE(actual.reachedTarget, expected.reachedTarget);
    QCOMPARE(actual.withoutMetric, expected.withoutMetric);
    QCOMPARE(actual.rejected, expected.rejected);
    QCOMPARE(actual.reviewed, expected.reviewed);
    QCOMPARE(actual.value, expected.value);
    compareOptional(actual.outcomeRate, expected.outcomeRate, "outcomeRate");
    compareOptional(actual.rejectionRate, expected.rejectionRate, "rejectionRate");
}

// Three closed sprints (1, 2 and 5, the last one closed before the closing moment was kept), a
// cancelled one (4) between them and an active one (6) after, listed out of order.
QList<Sprint> scenarioSprints()
{
    return {sprintOf(5, SprintState::Closed, 30, 43),
            sprintOf(6, SprintState::Active, 44, 57, at(44, 9)),
            sprintOf(1, SprintState::Closed, 0, 13, at(0, 9), at(14, 10)),
            sprintOf(4, SprintState::Cancelled, 28, 41, at(28, 11), at(30, 10)),
            sprintOf(2, SprintState::Closed, 14, 27, at(14, 11), at(28, 10))};
}

QList<HistoryEntry> scenarioHistory()
{
    using S = ItemStatus;
    QList<HistoryEntry> rows;
    // Sprint 1.
    rows << createdIn(10, at(0, 10), 1, S::ToDo) << statusRow(10, at(10), S::ToDo, S::Done)
         << statusRow(10, at(12), S::Done, S::Accepted);
    rows << createdIn(11, at(0, 10), 1, S::ToDo) << statusRow(11, at(13), S::ToDo, S::Accepted);
    // Accepted in the closing transaction: counts.
    rows << createdIn(12, at(0, 10), 1, S::ToDo) << statusRow(12, at(14, 10), S::ToDo, S::Accepted);
    // Rejected at the close, its sprint row written before its status row.
    rows << createdIn(13, at(0, 10), 1, S::ToDo) << statusRow(13, at(11), S::ToDo, S::Done)
         << sprintRow(13, at(14, 10), 1, 0) << statusRow(13, at(14, 10), S::Done, S::Rejected);
    // Carried over into sprint 2 and accepted there.
    rows << createdIn(14, at(0, 10), 1, S::ToDo) << statusRow(14, at(5), S::ToDo, S::InProgress)
         << sprintRow(14, at(14, 10), 1, 2) << statusRow(14, at(25), S::InProgress, S::Done)
         << statusRow(14, at(27, 15), S::Done, S::Accepted);
    // Rejected, then accepted in the same sprint.
    rows << createdIn(15, at(0, 10), 1, S::ToDo) << statusRow(15, at(11), S::ToDo, S::Done)
         << statusRow(15, at(12, 10), S::Done, S::Rejected) << statusRow(15, at(13, 10), S::Rejected, S::Accepted);
    // Sprint 2.
    rows << createdRow(20, at(3, 9), S::Ready) << sprintRow(20, at(13, 9), 0, 2)
         << statusRow(20, at(14, 11), S::Ready, S::ToDo) << statusRow(20, at(26), S::ToDo, S::Accepted);
    // Rejected twice: counts once.
    rows << createdIn(21, at(14, 11), 2, S::ToDo) << statusRow(21, at(20), S::ToDo, S::Rejected)
         << statusRow(21, at(21), S::Rejected, S::ToDo) << statusRow(21, at(27), S::ToDo, S::Rejected);
    // Rejected while sprint 2 was still planned: not at its review.
    rows << createdRow(22, at(5, 9), S::New) << sprintRow(22, at(10, 9), 0, 2)
         << statusRow(22, at(11, 9), S::New, S::Rejected) << statusRow(22, at(14, 11), S::Rejected, S::ToDo);
    // The cancelled sprint 4: nothing counts.
    rows << createdIn(30, at(28, 11), 4, S::ToDo) << statusRow(30, at(29, 10), S::ToDo, S::Accepted);
    rows << createdIn(31, at(28, 11), 4, S::ToDo) << statusRow(31, at(29, 11), S::ToDo, S::Rejected);
    // Sprint 5, closed at the end of its last day (day 44, 00:00).
    rows << createdIn(40, at(30, 11), 5, S::ToDo) << statusRow(40, at(44, 0), S::ToDo, S::Accepted);
    rows << createdIn(41, at(30, 11), 5, S::ToDo) << statusRow(41, at(44, 1), S::ToDo, S::Accepted);
    rows << createdRow(42, at(20, 9), S::New) << sprintRow(42, at(29, 12), 0, 5)
         << statusRow(42, at(30, 0), S::New, S::Rejected);
    rows << createdIn(43, at(30, 11), 5, S::ToDo) << statusRow(43, at(40), S::ToDo, S::Accepted);
    rows << createdIn(44, at(29, 13), 5, S::New) << statusRow(44, at(29, 23), S::New, S::Rejected);
    // The active sprint 6.
    rows << createdIn(50, at(44, 9), 6, S::ToDo) << statusRow(50, at(45, 10), S::ToDo, S::Accepted);
    return ordered(rows);
}

QHash<qint64, ItemFacts> scenarioFacts()
{
    const QList<ItemFacts> list{
        factsOf(10, metricOf(QStringLiteral("Conversion"), 10, 20, 25), 8),    // higher is better, reached
        factsOf(11, metricOf(QStringLiteral("Sign-ups"), 100, 150, {}), 5),     // not measured yet
        // 12: no facts at all
        factsOf(13, metricOf(QStringLiteral("Rejected"), 0, 1, 1), 21),
        factsOf(14, metricOf(QStringLiteral("Load time"), 100, 50, 40), 13),   // lower is better, reached
        factsOf(15, metricOf(QStringLiteral("Errors"), 100, 50, 70), 3),       // lower is better, missed
        factsOf(20, metricOf(QStringLiteral("NPS"), {}, 5, 5), 2),             // no baseline, at target
        factsOf(21, {}, 34),
        factsOf(30, metricOf(QStringLiteral("Cancelled"), 0, 1, 1), 40),
        factsOf(40, metricOf(QStringLiteral("Retention"), {}, {}, 3), 1),      // no target: no metric
        factsOf(41, {}, 50),
        factsOf(43, metricOf(QStringLiteral("Orders"), 1, 10, 4), 5),          // higher is better, missed
        factsOf(50, metricOf(QStringLiteral("Active"), 0, 1, 1), 60),
    };
    QHash<qint64, ItemFacts> facts;
    for (const ItemFacts &f : list)
        facts.insert(f.id, f);
    return facts;
}

} // namespace

void TestOutcomes::reachedTarget_data()
{
    QTest::addColumn<SuccessMetric>("metric");
    QTest::addColumn<QString>("expected");

    const QString name = QStringLiteral("Conversion");
    QTest::newRow("higher is better, above") << metricOf(name, 10, 20, 25) << "reached";
    QTest::newRow("higher is better, exactly at target") << metricOf(name, 10, 20, 20) << "reached";
    QTest::newRow("higher is better, short") << metricOf(name, 10, 20, 15) << "missed";
    QTest::newRow("lower is better, below") << metricOf(name, 100, 50, 40) << "reached";
    QTest::newRow("lower is better, exactly at target") << metricOf(name, 100, 50, 50) << "reached";
    QTest::newRow("lower is better, short") << metricOf(name, 100, 50, 70) << "missed";
    QTest::newRow("lower is better, worse than baseline") << metricOf(name, 100, 50, 120) << "missed";
    QTest::newRow("target at baseline, kept") << metricOf(name, 10, 10, 10) << "reached";
    QTest::newRow("target at baseline, fell") << metricOf(name, 10, 10, 9) << "missed";
    QTest::newRow("no baseline, above") << metricOf(name, {}, 5, 6) << "reached";
    QTest::newRow("no baseline, exactly at target") << metricOf(name, {}, 5, 5) << "reached";
    QTest::newRow("no baseline, below") << metricOf(name, {}, 5, 4) << "missed";
    QTest::newRow("negative values, lower is better") << metricOf(name, -1, -5, -6) << "reached";
    QTest::newRow("no actual") << metricOf(name, 10, 20, {}) << "unset";
    QTest::newRow("no target") << metricOf(name, 10, {}, 25) << "unset";
    QTest::newRow("no name") << metricOf(QString(), 10, 20, 25) << "unset";
    QTest::newRow("blank name") << metricOf(QStringLiteral("  "), 10, 20, 25) << "unset";
    QTest::newRow("nothing") << SuccessMetric{} << "unset";
}

void TestOutcomes::reachedTarget()
{
    QFETCH(SuccessMetric, metric);
    QFETCH(QString, expected);
    QCOMPARE(verdictText(Outcomes::reachedTarget(metric)), expected);
}

void TestOutcomes::percentile_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("p");
    QTest::addColumn<bool>("defined");
    QTest::addColumn<double>("expected");

    QTest::newRow("empty") << QList<double>{} << 0.5 << false << 0.0;
    QTest::newRow("empty, p=0") << QList<double>{} << 0.0 << false << 0.0;
    QTest::newRow("one value, median") << QList<double>{7} << 0.5 << true << 7.0;
    QTest::newRow("one value, 0.85") << QList<double>{7} << 0.85 << true << 7.0;
    QTest::newRow("odd, median") << QList<double>{3, 1, 2} << 0.5 << true << 2.0;
    QTest::newRow("even, median") << QList<double>{4, 1, 3, 2} << 0.5 << true << 2.5;
    QTest::newRow("p=0 is the minimum") << QList<double>{4, 1, 3, 2} << 0.0 << true << 1.0;
    QTest::newRow("p=1 is the maximum") << QList<double>{4, 1, 3, 2} << 1.0 << true << 4.0;
    // rank 0.85 * 3 = 2.55: 3 + 0.55 * (4 - 3)
    QTest::newRow("0.85 of four") << QList<double>{4, 1, 3, 2} << 0.85 << true << 3.55;
    // rank 0.85 * 9 = 7.65: 8 + 0.65 * (9 - 8)
    QTest::newRow("0.85 of ten") << QList<double>{10, 9, 8, 7, 6, 5, 4, 3, 2, 1} << 0.85 << true << 8.65;
    // rank 0.85 * 4 = 3.4: 4 + 0.4 * (10 - 4)
    QTest::newRow("0.85, uneven gaps") << QList<double>{1, 2, 3, 4, 10} << 0.85 << true << 6.4;
    QTest::newRow("0.25 of five") << QList<double>{1, 2, 3, 4, 10} << 0.25 << true << 2.0;
    QTest::newRow("repeated values") << QList<double>{2, 2, 2} << 0.85 << true << 2.0;
    QTest::newRow("p below 0 clamps") << QList<double>{1, 2, 3} << -0.5 << true << 1.0;
    QTest::newRow("p above 1 clamps") << QList<double>{1, 2, 3} << 1.5 << true << 3.0;
}

void TestOutcomes::percentile()
{
    QFETCH(QList<double>, values);
    QFETCH(double, p);
    QFETCH(bool, defined);
    QFETCH(double, expected);

    const std::optional<double> result = Outcomes::percentile(values, p);
    QCOMPARE(result.has_value(), defined);
    if (defined)
        QCOMPARE(*result, expected);
}

void TestOutcomes::sprintOutcomes_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<SprintOutcome>("expected");

    // Accepted 10, 11, 12 (at the closing moment), 15 (rejected first); rejected 13 (at the
    // close, after leaving the sprint in the same transaction); 14 carried over.
    QTest::newRow("sprint 1") << 0 << outcomeOf(1, 4, 3, 2, 1, 1, 1, 8 + 5 + 0 + 3);
    // Accepted 14 (carried over) and 20 (exactly at target); 21 rejected twice; 22 rejected
    // before the sprint started.
    QTest::newRow("sprint 2") << 1 << outcomeOf(2, 2, 2, 2, 2, 0, 1, 13 + 2);
    // Accepted 40 (exactly at the cutoff) and 43 (missed); 41 after the cutoff; 42 rejected at
    // the start of the first day; 44 rejected before it.
    QTest::newRow("sprint 5, closed before the closing moment was kept")
        << 2 << outcomeOf(5, 2, 1, 1, 0, 1, 1, 1 + 5);
}

void TestOutcomes::sprintOutcomes()
{
    QFETCH(int, index);
    QFETCH(SprintOutcome, expected);

    const Outcomes::Summary summary = Outcomes::compute(scenarioSprints(), scenarioHistory(), scenarioFacts());
    QCOMPARE(summary.sprints.size(), 3);
    compareOutcome(summary.sprints.at(index), expected);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(summary.sprints.at(index), expected);
}

void TestOutcomes::closedSprintsOnlyInClosingOrder()
{
    const Outcomes::Summary summary = Outcomes::compute(scenarioSprints(), scenarioHistory(), scenarioFacts());
    QList<qint64> ids;
    for (const SprintOutcome &outcome : summary.sprints)
        ids.append(outcome.sprintId);
    QCOMPARE(ids, (QList<qint64>{1, 2, 5}));
    QCOMPARE(summary.acceptedWithoutMetric, 2); // 12 and 40
    // The items are created To do or New except 20, Ready before its sprint.
    QCOMPARE(summary.cycleTimeSamples, 1);
    QVERIFY(summary.cycleTimeMedianDays);
    QCOMPARE(*summary.cycleTimeMedianDays, at(3, 9).secsTo(at(26)) / 86400.0);
}

void TestOutcomes::rollingOutcomeRate_data()
{
    QTest::addColumn<int>("rolling");
    QTest::addColumn<bool>("defined");
    QTest::addColumn<double>("expected");

    QTest::newRow("last sprint") << 1 << true << 0.0;                          // 0 / 1
    QTest::newRow("last two") << 2 << true << (2.0 + 0.0) / (2.0 + 1.0);      // 2 / 3
    QTest::newRow("last three") << 3 << true << (1.0 + 2.0 + 0.0) / 6.0;       // 3 / 6
    QTest::newRow("more than there are") << 10 << true << 0.5;
    QTest::newRow("none") << 0 << false << 0.0;
}

void TestOutcomes::rollingOutcomeRate()
{
    QFETCH(int, rolling);
    QFETCH(bool, defined);
    QFETCH(double, expected);

    const Outcomes::Summary summary
        = Outcomes::compute(scenarioSprints(), scenarioHistory(), scenarioFacts(), rolling);
    QCOMPARE(summary.rollingOutcomeRate.has_value(), defined);
    if (defined)
        QCOMPARE(*summary.rollingOutcomeRate, expected);
    QCOMPARE(summary.sprints.size(), 3); // the window only affects the rolling rate
}

void TestOutcomes::rejectedThenAcceptedCountsAsAccepted()
{
    using S = ItemStatus;
    const QList<Sprint> sprints{sprintOf(1, SprintState::Closed, 0, 13, at(0, 9), at(14, 10))};
    QList<HistoryEntry> rows;
    rows << createdIn(1, at(0, 9), 1, S::ToDo) << statusRow(1, at(10), S::ToDo, S::Done)
         << statusRow(1, at(11), S::Done, S::Rejected) << statusRow(1, at(12), S::Rejected, S::InProgress)
         << statusRow(1, at(13), S::InProgress, S::Done) << statusRow(1, at(14, 10), S::Done, S::Accepted);
    // Rejected, then reopened: still rejected once in this sprint.
    rows << createdIn(2, at(0, 9), 1, S::ToDo) << statusRow(2, at(10), S::ToDo, S::Rejected)
         << statusRow(2, at(11), S::Rejected, S::ToDo);
    const QHash<qint64, ItemFacts> facts{{1, factsOf(1, {}, 3)}};

    const Outcomes::Summary summary = Outcomes::compute(sprints, ordered(rows), facts);
    QCOMPARE(summary.sprints.size(), 1);
    compareOutcome(summary.sprints.at(0), outcomeOf(1, 1, 0, 0, 0, 1, 1, 3));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(summary.sprints.at(0).reviewed, 2);
    QCOMPARE(*summary.sprints.at(0).rejectionRate, 0.5);
    QVERIFY(!summary.sprints.at(0).outcomeRate);
}

void TestOutcomes::rejectionWindow_data()
{
    QTest::addColumn<QDateTime>("startedAt");
    QTest::addColumn<QDateTime>("rejectedAt");
    QTest::addColumn<int>("rejected");

    // The sprint runs days 2 to 8 and closes on day 9 at 10:00.
    QTest::newRow("inside") << at(2, 9) << at(5) << 1;
    QTest::newRow("at the start") << at(2, 9) << at(2, 9) << 1;
    QTest::newRow("before the start") << at(2, 9) << at(2, 8) << 0;
    QTest::newRow("at the close") << at(2, 9) << at(9, 10) << 1;
    QTest::newRow("after the close") << at(2, 9) << at(9, 11) << 0;
    QTest::newRow("unknown start, start of first day") << QDateTime() << at(2, 0) << 1;
    QTest::newRow("unknown start, day before") << QDateTime() << at(1, 23) << 0;
}

void TestOutcomes::rejectionWindow()
{
    QFETCH(QDateTime, startedAt);
    QFETCH(QDateTime, rejectedAt);
    QFETCH(int, rejected);

    using S = ItemStatus;
    const QList<Sprint> sprints{sprintOf(1, SprintState::Closed, 2, 8, startedAt, at(9, 10))};
    QList<HistoryEntry> rows;
    rows << createdRow(1, at(0), S::Ready) << sprintRow(1, at(1), 0, 1)
         << statusRow(1, rejectedAt, S::Ready, S::Rejected);
    const Outcomes::Summary summary = Outcomes::compute(sprints, ordered(rows), {});
    QCOMPARE(summary.sprints.size(), 1);
    QCOMPARE(summary.sprints.at(0).rejected, rejected);
    QCOMPARE(summary.sprints.at(0).reviewed, rejected);
    QCOMPARE(summary.sprints.at(0).rejectionRate.has_value(), rejected > 0);
}

void TestOutcomes::carriedOverCountsForLaterSprintOnly()
{
    using S = ItemStatus;
    const QList<Sprint> sprints{sprintOf(1, SprintState::Closed, 0, 13, at(0, 9), at(14, 10)),
                                sprintOf(2, SprintState::Closed, 14, 27, at(14, 11), at(28, 10))};
    QList<HistoryEntry> rows;
    rows << createdIn(1, at(0, 9), 1, S::ToDo) << statusRow(1, at(3), S::ToDo, S::InProgress)
         << sprintRow(1, at(14, 10), 1, 2) << statusRow(1, at(20), S::InProgress, S::Done)
         << statusRow(1, at(28, 10), S::Done, S::Accepted);
    const QHash<qint64, ItemFacts> facts{{1, factsOf(1, metricOf(QStringLiteral("Speed"), 1, 2, 3), 8)}};

    const Outcomes::Summary summary = Outcomes::compute(sprints, ordered(rows), facts);
    QCOMPARE(summary.sprints.size(), 2);
    compareOutcome(summary.sprints.at(0), outcomeOf(1, 0, 0, 0, 0, 0, 0, 0));
    if (QTest::currentTestFailed())
        return;
    compareOutcome(summary.sprints.at(1), outcomeOf(2, 1, 1, 1, 1, 0, 0, 8));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!summary.sprints.at(0).outcomeRate);
    QVERIFY(!summary.sprints.at(0).rejectionRate);
    QCOMPARE(*summary.rollingOutcomeRate, 1.0);
}

void TestOutcomes::singleSprintOfHistory()
{
    using S = ItemStatus;
    const QList<Sprint> sprints{sprintOf(1, SprintState::Closed, 0, 13, at(0, 9), at(14, 10))};
    QList<HistoryEntry> rows;
    rows << createdIn(1, at(0, 9), 1, S::ToDo) << statusRow(1, at(5), S::ToDo, S::Accepted);
    rows << createdIn(2, at(0, 9), 1, S::ToDo) << statusRow(2, at(6), S::ToDo, S::Accepted);
    rows << createdIn(3, at(0, 9), 1, S::ToDo) << statusRow(3, at(7), S::ToDo, S::Rejected);
    const QHash<qint64, ItemFacts> facts{
        {1, factsOf(1, metricOf(QStringLiteral("Speed"), 1, 2, 3), 8)},
        {2, factsOf(2, metricOf(QStringLiteral("Cost"), 10, 5, 6), {})},
    };

    for (const int rolling : {1, 3}) {
        const Outcomes::Summary summary = Outcomes::compute(sprints, ordered(rows), facts, rolling);
        QCOMPARE(summary.sprints.size(), 1);
        compareOutcome(summary.sprints.at(0), outcomeOf(1, 2, 2, 2, 1, 0, 1, 8));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(*summary.sprints.at(0).outcomeRate, 0.5);
        QCOMPARE(*summary.sprints.at(0).rejectionRate, 1.0 / 3.0);
        QVERIFY(summary.rollingOutcomeRate);
        QCOMPARE(*summary.rollingOutcomeRate, 0.5);
        QCOMPARE(summary.acceptedWithoutMetric, 0);
        QCOMPARE(summary.cycleTimeSamples, 0); // never Ready
        QVERIFY(!summary.cycleTimeMedianDays);
        QVERIFY(!summary.cycleTimeP85Days);
    }
}

void TestOutcomes::noClosedSprint_data()
{
    QTest::addColumn<QList<Sprint>>("sprints");

    QTest::newRow("no sprint") << QList<Sprint>{};
    QTest::newRow("planned and active")
        << QList<Sprint>{sprintOf(1, SprintState::Active, 0, 13, at(0, 9)), sprintOf(2, SprintState::Planned, 14, 27)};
    QTest::newRow("cancelled only")
        << QList<Sprint>{sprintOf(1, SprintState::Cancelled, 0, 13, at(0, 9), at(10, 10))};
}

void TestOutcomes::noClosedSprint()
{
    QFETCH(QList<Sprint>, sprints);

    using S = ItemStatus;
    QList<HistoryEntry> rows;
    rows << createdRow(1, at(0, 8), S::Ready) << sprintRow(1, at(0, 9), 0, 1)
         << statusRow(1, at(5), S::Ready, S::Accepted);
    rows << createdIn(2, at(0, 9), 1, S::ToDo) << statusRow(2, at(6), S::ToDo, S::Rejected);
    const QHash<qint64, ItemFacts> facts{{1, factsOf(1, metricOf(QStringLiteral("Speed"), 1, 2, 3), 8)}};

    const Outcomes::Summary summary = Outcomes::compute(sprints, ordered(rows), facts);
    QVERIFY(summary.sprints.isEmpty());
    QVERIFY(!summary.rollingOutcomeRate);
    QCOMPARE(summary.acceptedWithoutMetric, 0);
    QCOMPARE(summary.cycleTimeSamples, 0);
    QVERIFY(!summary.cycleTimeMedianDays);
    QVERIFY(!summary.cycleTimeP85Days);
}

void TestOutcomes::cycleTime_data()
{
    QTest::addColumn<QList<HistoryEntry>>("rows");
    QTest::addColumn<int>("samples");
    QTest::addColumn<double>("days");

    using S = ItemStatus;
    // One item in the closed sprint 1 (days 0 to 13, closed on day 14 at 10:00).
    QTest::newRow("ready at creation")
        << (createdIn(1, at(0, 9), 1, S::Ready) << statusRow(1, at(0, 10), S::Ready, S::ToDo)
                                                 << statusRow(1, at(3, 21), S::ToDo, S::Accepted))
        << 1 << 3.5;
    QTest::newRow("ready later")
        << (createdIn(1, at(-10, 9), 1, S::New) << statusRow(1, at(-4, 12), S::New, S::Ready)
                                                  << statusRow(1, at(0, 10), S::Ready, S::ToDo)
                                                  << statusRow(1, at(2, 18), S::ToDo, S::Accepted))
        << 1 << 6.25;
    QTest::newRow("back to new and ready again: the last ready counts")
        << (createdIn(1, at(-10, 9), 1, S::Ready) << statusRow(1, at(-8, 12), S::Ready, S::New)
                                                    << statusRow(1, at(-2, 12), S::New, S::Ready)
                                                    << statusRow(1, at(0, 10), S::Ready, S::ToDo)
                                                    << statusRow(1, at(1, 0), S::ToDo, S::Accepted))
        << 1 << 2.5;
    QTest::newRow("ready, worked, back to the backlog, ready again")
        << (createdIn(1, at(-10, 12), 1, S::Ready) << statusRow(1, at(-9, 12), S::Ready, S::ToDo)
                                                     << statusRow(1, at(-8, 12), S::ToDo, S::Ready)
                                                     << statusRow(1, at(0, 12), S::Ready, S::ToDo)
                                                     << statusRow(1, at(4, 12), S::ToDo, S::Accepted))
        << 1 << 12.0;
    QTest::newRow("never ready: left out")
        << (createdIn(1, at(0, 9), 1, S::New) << statusRow(1, at(0, 10), S::New, S::ToDo)
                                                << statusRow(1, at(3), S::ToDo, S::Accepted))
        << 0 << 0.0;
    QTest::newRow("reopened to ready and accepted again: the last acceptance counts")
        << (createdIn(1, at(0, 9), 1, S::ToDo) << statusRow(1, at(3), S::ToDo, S::Accepted)
                                                 << statusRow(1, at(4), S::Accepted, S::Ready)
                                                 << statusRow(1, at(5), S::Ready, S::Accepted))
        << 1 << 1.0;
    QTest::newRow("not accepted: left out")
        << (createdIn(1, at(0, 9), 1, S::Ready) << statusRow(1, at(3), S::Ready, S::Done)) << 0 << 0.0;
    QTest::newRow("accepted after the close: left out")
        << (createdIn(1, at(0, 9), 1, S::Ready) << statusRow(1, at(14, 11), S::Ready, S::Accepted)) << 0 << 0.0;
}

void TestOutcomes::cycleTime()
{
    QFETCH(QList<HistoryEntry>, rows);
    QFETCH(int, samples);
    QFETCH(double, days);

    const QList<Sprint> sprints{sprintOf(1, SprintState::Closed, 0, 13, at(0, 9), at(14, 10))};
    const Outcomes::Summary summary = Outcomes::compute(sprints, ordered(rows), {});
    QCOMPARE(summary.cycleTimeSamples, samples);
    QCOMPARE(summary.cycleTimeMedianDays.has_value(), samples > 0);
    QCOMPARE(summary.cycleTimeP85Days.has_value(), samples > 0);
    if (samples > 0) {
        QCOMPARE(*summary.cycleTimeMedianDays, days);
        QCOMPARE(*summary.cycleTimeP85Days, days);
    }
}

void TestOutcomes::cycleTimeMedianAndP85()
{
    using S = ItemStatus;
    // Two closed sprints; five items Ready at creation and accepted 1, 2, 3, 4 and 10 days
    // later, one never Ready, one in a cancelled sprint.
    const QList<Sprint> sprints{sprintOf(1, SprintState::Closed, 0, 13, at(0, 9), at(14, 10)),
                                sprintOf(2, SprintState::Closed, 14, 27, at(14, 11), at(28, 10)),
                                sprintOf(3, SprintState::Cancelled, 28, 41, at(28, 11), at(30, 10))};
    QList<HistoryEntry> rows;
    const QList<std::tuple<qint64, qint64, int, int>> items{{1, 1, 0, 1}, {2, 1, 2, 4}, {3, 2, 14, 17},
                                                             {4, 2, 15, 19}, {5, 2, 16, 26}, {6, 3, 28, 29}};
    for (const auto &[id, sprint, readyDay, acceptedDay] : items) {
        rows << createdIn(id, at(readyDay), sprint, S::Ready)
             << statusRow(id, at(acceptedDay), S::Ready, S::Accepted);
    }
    rows << createdIn(7, at(14, 11), 2, S::ToDo) << statusRow(7, at(15), S::ToDo, S::Accepted);

    const Outcomes::Summary summary = Outcomes::compute(sprints, ordered(rows), {});
    QCOMPARE(summary.cycleTimeSamples, 5);
    QCOMPARE(*summary.cycleTimeMedianDays, 3.0);
    QCOMPARE(*summary.cycleTimeP85Days, 6.4); // rank 0.85 * 4 = 3.4: 4 + 0.4 * (10 - 4)
    QCOMPARE(summary.acceptedWithoutMetric, 6);
}

QTEST_GUILESS_MAIN(TestOutcomes)
#include "tst_outcomes.moc"
