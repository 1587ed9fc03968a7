#include "services/sprintreport.h"

#include <QTest>

using namespace Ordo;

Q_DECLARE_METATYPE(QList<Ordo::BacklogRow>)
Q_DECLARE_METATYPE(QList<Ordo::ReviewRecord>)
Q_DECLARE_METATYPE(QList<Ordo::HistoryEntry>)
Q_DECLARE_METATYPE(std::optional<double>)

// What a sprint review's report lists, from the rows, the review's records and the sprint's history.
class TestSprintReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void lists_data();
    void lists();
    void feedbackInTheOrderWrittenDown();
    void markdown();
    void pointsText_data();
    void pointsText();
};

namespace {

const QDateTime closedAt(QDate(2026, 11, 27), QTime(16, 0), Qt::UTC);

BacklogRow row(ItemId id, SprintId sprint, ItemStatus status, float estimate, const QString &title = {})
{
    BacklogRow r;
    r.id = id;
    r.number = int(id);
    r.sprintId = sprint;
    r.status = status;
    r.estimate = estimate;
    r.title = title.isEmpty() ? QStringLiteral("Item %1").arg(id) : title;
    r.orderKey = QStringLiteral("a%1").arg(id);
    return r;
}

ReviewRecord rejection(ItemId item, const QString &reason)
{
    ReviewRecord record;
    record.sprint = 1;
    record.item = item;
    record.rejectionReason = reason;
    record.failed = {QStringLiteral("Weekly report")};
    return record;
}

HistoryEntry sprintRow(ItemId item, const QDateTime &at, const QString &from, const QString &to)
{
    return {0, item, at, HistoryField::SprintChanged, from, to};
}

QList<ItemId> idsOf(const QList<SprintReport::Line> &lines)
{
    QList<ItemId> ids;
    for (const SprintReport::Line &line : lines)
        ids.append(line.id);
    return ids;
}

} // namespace

void TestSprintReport::lists_data()
{
    QTest::addColumn<bool>("closed");
    QTest::addColumn<QList<BacklogRow>>("rows");
    QTest::addColumn<QList<ReviewRecord>>("notes");
    QTest::addColumn<QList<HistoryEntry>>("history");
    QTest::addColumn<QList<ItemId>>("accepted");
    QTest::addColumn<QList<ItemId>>("rejected");
    QTest::addColumn<QList<ItemId>>("notDone");

    const QList<BacklogRow> running{row(1, 1, ItemStatus::Accepted, 3), row(2, 1, ItemStatus::Done, 5),
                                    row(3, 1, ItemStatus::Rejected, 2), row(4, 0, ItemStatus::Ready, 8),
                                    row(5, 1, ItemStatus::InProgress, 1), row(6, 2, ItemStatus::ToDo, 1)};
    QTest::newRow("running sprint: done and in progress are not done yet")
        << false << running << QList<ReviewRecord>{rejection(3, QStringLiteral("Needs the count"))} << QList<HistoryEntry>{}
        << QList<ItemId>{1} << QList<ItemId>{3} << QList<ItemId>{2, 5};
    QTest::newRow("rejected then reworked and accepted counts as accepted only")
        << false << QList<BacklogRow>{row(1, 1, ItemStatus::Accepted, 3)} << QList<ReviewRecord>{} << QList<HistoryEntry>{}
        << QList<ItemId>{1} << QList<ItemId>{} << QList<ItemId>{};

    // Closed: item 3 was rejected and carried back, item 7 was not done and carried back at the
    // close, item 8 left the sprint on its third day (a scope change, not a carry-over), item 9
    // was carried back from another sprint.
    const QList<BacklogRow> closedRows{row(1, 1, ItemStatus::Accepted, 3), row(3, 0, ItemStatus::Rejected, 2),
                                       row(7, 0, ItemStatus::InProgress, 5), row(8, 0, ItemStatus::Ready, 2),
                                       row(9, 0, ItemStatus::Ready, 1)};
    const QList<HistoryEntry> history{sprintRow(3, closedAt, QStringLiteral("1"), QString()),
                                      sprintRow(7, closedAt, QStringLiteral("1"), QString()),
                                      sprintRow(8, closedAt.addDays(-10), QStringLiteral("1"), QString()),
                                      sprintRow(9, closedAt, QStringLiteral("2"), QString())};
    QTest::newRow("closed sprint: what its close carried back")
        << true << closedRows << QList<ReviewRecord>{rejection(3, QStringLiteral("Needs the count"))} << history
        << QList<ItemId>{1} << QList<ItemId>{3} << QList<ItemId>{7};
}

void TestSprintReport::lists()
{
    QFETCH(bool, closed);
    QFETCH(QList<BacklogRow>, rows);
    QFETCH(QList<ReviewRecord>, notes);
    QFETCH(QList<HistoryEntry>, history);
    QFETCH(QList<ItemId>, accepted);
    QFETCH(QList<ItemId>, rejected);
    QFETCH(QList<ItemId>, notDone);

    SprintReport::Input input;
    input.keyPrefix = QStringLiteral("HRV");
    input.sprint.id = 1;
    input.sprint.name = QStringLiteral("Sprint 1");
    input.sprint.state = closed ? SprintState::Closed : SprintState::Active;
    if (closed)
        input.sprint.closedAt = closedAt;
    input.rows = rows;
    input.notes = notes;
    input.history = history;
    const SprintReport::Report report = SprintReport::build(input);
    QCOMPARE(idsOf(report.accepted), accepted);
    QCOMPARE(idsOf(report.rejected), rejected);
    QCOMPARE(idsOf(report.notDone), notDone);
    for (const SprintReport::Line &line : report.rejected) {
        QCOMPARE(line.reason, QStringLiteral("Needs the count"));
        QCOMPARE(line.failed, QStringList{QStringLiteral("Weekly report")});
    }
    if (!accepted.isEmpty()) {
        QCOMPARE(report.accepted.constFirst().key, QStringLiteral("HRV-1"));
        QCOMPARE(SprintReport::Report::pointsOf(report.accepted), 3.0);
    }
}

void TestSprintReport::feedbackInTheOrderWrittenDown()
{
    SprintReport::Input input;
    input.keyPrefix = QStringLiteral("ORD");
    input.sprint.id = 1;
    input.rows = {row(10, 0, ItemStatus::New, std::nanf("")), row(11, 0, ItemStatus::New, 3), row(12, 0, ItemStatus::New, 2)};
    input.feedback = {{12, QStringLiteral("Anna")}, {10, QStringLiteral("Ben")}, {99, QStringLiteral("gone")}};
    const SprintReport::Report report = SprintReport::build(input);
    QCOMPARE(idsOf(report.feedback), (QList<ItemId>{12, 10}));
    QCOMPARE(report.feedback.at(0).requester, QStringLiteral("Anna"));
    QCOMPARE(report.feedback.at(1).points, std::nullopt);
    // Feedback is new work: never counted as not done.
    QVERIFY(report.notDone.isEmpty());
}

void TestSprintReport::markdown()
{
    SprintReport::Input input;
    input.productName = QStringLiteral("Harvest");
    input.keyPrefix = QStringLiteral("HRV");
    input.sprint.id = 1;
    input.sprint.name = QStringLiteral("Sprint 4");
    input.sprint.goal = QStringLiteral("Substitutions stop surprising customers");
    input.sprint.goalVerdict = GoalVerdict::PartlyMet;
    input.sprint.goalVerdictNote = QStringLiteral("One story was rejected");
    input.rows = {row(1, 1, ItemStatus::Accepted, 8, QStringLiteral("Fix *bold* [link]")), row(3, 1, ItemStatus::Rejected, 5),
                  row(4, 0, ItemStatus::New, 2, QStringLiteral("Export the list"))};
    input.notes = {rejection(3, QStringLiteral("Show the count\nbeside each item"))};
    input.feedback = {{4, QStringLiteral("Anna")}};
    input.velocity.average = 24.6667;
    input.velocity.min = 24;
    input.velocity.max = 26;
    input.velocity.sprints = 3;
    input.forecast = QStringLiteral("85% likely by Sprint 12");
    const QString text = SprintReport::markdown(SprintReport::build(input));
    for (const QString &expected : {QStringLiteral("**Sprint 4 review** · Harvest"),
                                    QStringLiteral("**Sprint goal:** Substitutions stop surprising customers (Partly met): One story was rejected"),
                                    QStringLiteral("- HRV-1 Fix \\*bold\\* \\[link\\] (8)"),
                                    QStringLiteral("- HRV-3 Item 3 (5): Show the count beside each item"),
                                    QStringLiteral("- HRV-4 Export the list (2) — from Anna"),
                                    QStringLiteral("24.7 points on average"),
                                    QStringLiteral("**Forecast:** 85% likely by Sprint 12")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + text));
    }
    QVERIFY(!text.contains(QStringLiteral("Not done")));
}

void TestSprintReport::pointsText_data()
{
    QTest::addColumn<std::optional<double>>("points");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << std::optional<double>() << QStringLiteral("—");
    QTest::newRow("whole") << std::optional<double>(5) << QStringLiteral("5");
    QTest::newRow("half") << std::optional<double>(0.5) << QStringLiteral("0.5");
    QTest::newRow("average") << std::optional<double>(24.6667) << QStringLiteral("24.7");
}

void TestSprintReport::pointsText()
{
    QFETCH(std::optional<double>, points);
    QFETCH(QString, text);
    QCOMPARE(SprintReport::pointsText(points), text);
}

QTEST_GUILESS_MAIN(TestSprintReport)
#include "tst_sprintreport.moc"
