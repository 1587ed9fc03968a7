// The sprint burndown replayed from the history alone, and the sprint goal's risk judged from it.
// The cases follow bugs other trackers' burndowns had: points added to a running sprint raising
// the whole commitment, items moved out still counted, start dates edited after the start, items
// finished twice counted twice, and closed sprints redrawn by later edits.

#include "services/burndown.h"

#include <QTest>

using namespace Ordo;
using namespace Ordo::Burndown;

using Series = QList<std::optional<double>>;

namespace QTest {

template<> char *toString(const std::optional<double> &value)
{
    return qstrdup(value ? QByteArray::number(*value).constData() : "unset");
}

template<> char *toString(const Event &event)
{
    static const char *const kinds[] = {"Added", "Removed", "Reestimated", "Reopened", "Rejected"};
    QByteArray items;
    for (qint64 id : event.items)
        items += (items.isEmpty() ? "" : ", ") + QByteArray::number(id);
    const QByteArray text = event.day.toString(Qt::ISODate).toLatin1() + ' ' +
                            kinds[int(event.kind)] + " [" + items + "] " +
                            QByteArray::number(event.points);
    return qstrdup(text.constData());
}

} // namespace QTest

namespace {

constexpr qint64 sprintId = 7;
constexpr auto unset = std::nullopt;

// December 2026: the 3rd is a Thursday, the 5th and 6th a weekend.
QDate dec(int day)
{
    return QDate(2026, 12, day);
}

QDateTime at(int day, int hour = 12, int minute = 0)
{
    return QDateTime(dec(day), QTime(hour, minute)); // local time, as the chart's days are
}

// Sprint 7, Thursday 3 to Wednesday 9 December: five working days around a weekend.
Sprint sprintOf(SprintState state,
                QDateTime closedAt = {},
                QDate start = dec(3),
                QDate end = dec(9),
                QDateTime startedAt = at(3, 9))
{
    Sprint sprint;
    sprint.id = sprintId;
    sprint.name = QStringLiteral("Sprint 7");
    sprint.start = start;
    sprint.end = end;
    sprint.state = state;
    if (state != SprintState::Planned)
        sprint.startedAt = startedAt;
    sprint.closedAt = closedAt;
    return sprint;
}

QString estimateText(std::optional<double> estimate)
{
    return estimate ? QString::number(*estimate) : QString();
}

QString sprintText(qint64 sprint)
{
    return sprint ? QString::number(sprint) : QString();
}

using Planned = QList<std::pair<qint64, std::optional<double>>>;

// Histories as the repositories write them, oldest first.
class History
{
public:
    History &created(qint64 item, const QDateTime &when, std::optional<double> points)
    {
        add(item, when, HistoryField::Created, {}, QStringLiteral("ready"));
        if (points)
            add(item, when, HistoryField::EstimateChanged, {}, estimateText(points));
        return *this;
    }
    History &status(qint64 item, const QDateTime &when, const char *from, const char *to)
    {
        return add(item,
                   when,
                   HistoryField::StatusChanged,
                   QString::fromLatin1(from),
                   QString::fromLatin1(to));
    }
    History &estimate(qint64 item,
                      const QDateTime &when,
                      std::optional<double> from,
                      std::optional<double> to)
    {
        return add(item, when, HistoryField::EstimateChanged, estimateText(from), estimateText(to));
    }
    History &sprint(qint64 item, const QDateTime &when, qint64 from, qint64 to)
    {
        return add(item, when, HistoryField::SprintChanged, sprintText(from), sprintText(to));
    }
    // Pulled into a running sprint: the sprint row first, then To Do.
    History &added(qint64 item, const QDateTime &when)
    {
        sprint(item, when, 0, sprintId);
        return status(item, when, "ready", "todo");
    }
    // Sent back to the backlog: To Do becomes Ready.
    History &removed(qint64 item, const QDateTime &when)
    {
        sprint(item, when, sprintId, 0);
        return status(item, when, "todo", "ready");
    }
    // Items created on 1 December, pulled into the sprint on `pulled` and committed at `started`.
    History &plan(const Planned &items,
                  const QDateTime &pulled = at(1, 11),
                  const QDateTime &started = at(3, 9))
    {
        for (const auto &[item, points] : items)
            created(item, at(1, 10), points);
        for (const auto &[item, points] : items)
            sprint(item, pulled, 0, sprintId);
        return start(items, started);
    }
    History &start(const Planned &items, const QDateTime &started = at(3, 9))
    {
        for (const auto &[item, points] : items)
            status(item, started, "ready", "todo");
        for (const auto &[item, points] : items)
            add(item, started, HistoryField::Committed, sprintText(sprintId), estimateText(points));
        return *this;
    }
    QList<HistoryEntry> rows() const { return m_rows; }

private:
    History &add(qint64 item,
                 const QDateTime &when,
                 HistoryField field,
                 const QString &from,
                 const QString &to)
    {
        m_rows.append({qint64(m_rows.size() + 1), item, when, field, from, to});
        return *this;
    }

    QList<HistoryEntry> m_rows;
};

Series remainingOf(const Chart &chart)
{
    Series series;
    for (const Day &day : chart.days)
        series.append(day.remaining);
    return series;
}

Series doneOf(const Chart &chart)
{
    Series series;
    for (const Day &day : chart.days)
        series.append(day.done);
    return series;
}

Series scopeOf(const Chart &chart)
{
    Series series;
    for (const Day &day : chart.days)
        series.append(day.scope);
    return series;
}

QList<double> idealOf(const Chart &chart)
{
    QList<double> series;
    for (const Day &day : chart.days)
        series.append(day.ideal);
    return series;
}

Event eventOn(int day, EventKind kind, const QList<qint64> &items, double points)
{
    return {dec(day), kind, items, points};
}

// The goal risk cases' sprint: 10 points, 4 done on Friday and 2 more on Monday.
Chart goalChart(SprintState state, QDate today)
{
    const QList<HistoryEntry> history = History()
                                            .plan({{1, 4}, {2, 4}, {3, 2}})
                                            .status(1, at(4, 10), "todo", "done")
                                            .status(3, at(7, 10), "todo", "done")
                                            .rows();
    const QDateTime closedAt = state == SprintState::Active ? QDateTime() : at(7, 18);
    return compute(sprintOf(state, closedAt), history, today);
}

} // namespace

class TestBurndown : public QObject
{
    Q_OBJECT

private slots:
    void days();
    void chart_data();
    void chart();
    void frozenIgnoresLaterRows();
    void neverStarted();
    void goalRisk_data();
    void goalRisk();
};

void TestBurndown::days()
{
    const Chart chart =
        compute(sprintOf(SprintState::Active), History().plan({{1, 3}}).rows(), dec(4));
    QList<QDate> dates;
    QList<bool> working;
    for (const Day &day : chart.days) {
        dates.append(day.date);
        working.append(day.workingDay);
    }
    QCOMPARE(dates, (QList<QDate>{dec(3), dec(4), dec(5), dec(6), dec(7), dec(8), dec(9)}));
    QCOMPARE(working, (QList<bool>{true, true, false, false, true, true, true}));
    QCOMPARE(chart.sprintId, sprintId);
    QVERIFY(!chart.frozen);
    QVERIFY(!chart.isEmpty());

    // Every day a working day: the ideal line loses a seventh each day.
    const Chart everyDay =
        compute(sprintOf(SprintState::Active), History().plan({{1, 14}}).rows(), dec(4), {});
    QCOMPARE(idealOf(everyDay), (QList<double>{12, 10, 8, 6, 4, 2, 0}));
}

void TestBurndown::chart_data()
{
    QTest::addColumn<Sprint>("sprint");
    QTest::addColumn<QList<HistoryEntry>>("history");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<std::optional<double>>("commitment");
    QTest::addColumn<QList<double>>("ideal");
    QTest::addColumn<Series>("remaining");
    QTest::addColumn<Series>("done");
    QTest::addColumn<Series>("scope");
    QTest::addColumn<QList<Event>>("events");
    QTest::addColumn<int>("unestimated");

    const Sprint active = sprintOf(SprintState::Active);
    const Sprint closed = sprintOf(SprintState::Closed, at(9, 17));
    const QList<double> ideal10{8, 6, 6, 6, 4, 2, 0};

    // Thursday to Wednesday: the ideal line and the values stay flat over the weekend; the
    // running sprint has no value after today (Tuesday), today itself has one.
    const History plain = History()
                              .plan({{1, 3}, {2, 5}, {3, 2}})
                              .status(1, at(3, 15), "todo", "done")
                              .status(2, at(4, 10), "todo", "in_progress")
                              .status(2, at(7, 11), "in_progress", "done")
                              .status(3, at(8, 16), "todo", "in_review")
                              .status(3, at(8, 17), "in_review", "done");
    QTest::newRow("plain running sprint")
        << active << plain.rows() << dec(8) << std::optional<double>(10) << ideal10
        << Series{7, 7, 7, 7, 2, 0, unset} << Series{3, 3, 3, 3, 8, 10, unset}
        << Series{10, 10, 10, 10, 10, 10, unset} << QList<Event>{} << 0;
    QTest::newRow("plain closed sprint")
        << closed
        << History(plain)
               .status(1, at(9, 17), "done", "accepted")
               .status(2, at(9, 17), "done", "accepted")
               .rows()
        << dec(20) << std::optional<double>(10) << ideal10 << Series{7, 7, 7, 7, 2, 0, 0}
        << Series{3, 3, 3, 3, 8, 10, 10} << Series{10, 10, 10, 10, 10, 10, 10} << QList<Event>{}
        << 0;
    QTest::newRow("running sprint before its first day")
        << active << History().plan({{1, 3}}).rows() << dec(2) << std::optional<double>(3)
        << QList<double>{2.4, 1.8, 1.8, 1.8, 1.2, 0.6, 0} << Series(7, unset) << Series(7, unset)
        << Series(7, unset) << QList<Event>{} << 0;

    // Redmine Backlogs #155: what is added to a running sprint is a step in the scope and the
    // remaining work on its day; the commitment and the ideal line stay.
    QTest::newRow("points added to a running sprint")
        << active
        << History()
               .plan({{1, 3}, {2, 5}, {3, 2}})
               .created(4, at(1, 10), 4)
               .created(5, at(2, 10), 1)
               .status(1, at(3, 15), "todo", "done")
               .added(4, at(4, 14))
               .added(5, at(4, 16))
               .rows()
        << dec(7) << std::optional<double>(10) << ideal10 << Series{7, 12, 12, 12, 12, unset, unset}
        << Series{3, 3, 3, 3, 3, unset, unset} << Series{10, 15, 15, 15, 15, unset, unset}
        << QList<Event>{eventOn(4, EventKind::Added, {4, 5}, 5)} << 0;
    QTest::newRow("added and removed the same day")
        << active
        << History()
               .plan({{1, 4}, {2, 6}})
               .created(4, at(1, 10), 2)
               .added(4, at(8, 10))
               .removed(4, at(8, 15))
               .rows()
        << dec(8) << std::optional<double>(10) << ideal10 << Series{10, 10, 10, 10, 10, 10, unset}
        << Series{0, 0, 0, 0, 0, 0, unset} << Series{10, 10, 10, 10, 10, 10, unset}
        << QList<Event>{eventOn(8, EventKind::Added, {4}, 2),
                        eventOn(8, EventKind::Removed, {4}, -2)}
        << 0;

    // Redmine Backlogs #191: a story moved out counts up to the day before, not from that day.
    QTest::newRow("story moved out of the sprint")
        << active
        << History()
               .plan({{1, 3}, {2, 5}, {3, 2}})
               .status(1, at(4, 10), "todo", "done")
               .removed(2, at(7, 10))
               .rows()
        << dec(8) << std::optional<double>(10) << ideal10 << Series{10, 7, 7, 7, 2, 2, unset}
        << Series{0, 3, 3, 3, 3, 3, unset} << Series{10, 10, 10, 10, 5, 5, unset}
        << QList<Event>{eventOn(7, EventKind::Removed, {2}, -5)} << 0;

    // Redmine Backlogs #202: the first day edited after the start. Moved before the start, the
    // days before it show the state the sprint started with, not the planning (item 2 pulled in
    // and re-estimated on the 2nd): no jump, no negative remaining work, no event.
    QTest::newRow("first day moved before the start")
        << sprintOf(SprintState::Active, {}, dec(1))
        << History()
               .created(1, at(1, 10), 4)
               .created(2, at(1, 10), 8)
               .sprint(1, at(1, 11), 0, sprintId)
               .sprint(2, at(2, 10), 0, sprintId)
               .estimate(2, at(2, 11), 8, 10)
               .start({{1, 4}, {2, 10}})
               .status(1, at(4, 10), "todo", "done")
               .rows()
        << dec(8) << std::optional<double>(14) << QList<double>{12, 10, 8, 6, 6, 6, 4, 2, 0}
        << Series{14, 14, 14, 10, 10, 10, 10, 10, unset} << Series{0, 0, 0, 4, 4, 4, 4, 4, unset}
        << Series{14, 14, 14, 14, 14, 14, 14, 14, unset} << QList<Event>{} << 0;
    // Moved after the start, what happened before the new first day is the starting state.
    QTest::newRow("first day moved after the start")
        << sprintOf(SprintState::Active, {}, dec(7))
        << History()
               .plan({{1, 4}, {2, 5}})
               .created(3, at(1, 10), 2)
               .status(1, at(4, 10), "todo", "done")
               .added(3, at(4, 11))
               .status(2, at(8, 10), "todo", "done")
               .rows()
        << dec(9) << std::optional<double>(9) << QList<double>{6, 3, 0} << Series{7, 2, 2}
        << Series{4, 9, 9} << Series{11, 11, 11} << QList<Event>{} << 0;

    // phabricator-sprint #6, Jira GHS-11735: finished twice counts once; the reopening raises
    // the remaining work on its day.
    QTest::newRow("reopened on another day")
        << active
        << History()
               .plan({{1, 4}, {2, 6}})
               .status(1, at(3, 14), "todo", "done")
               .status(1, at(4, 10), "done", "in_progress")
               .status(1, at(7, 16), "in_progress", "done")
               .rows()
        << dec(8) << std::optional<double>(10) << ideal10 << Series{6, 10, 10, 10, 6, 6, unset}
        << Series{4, 0, 0, 0, 4, 4, unset} << Series{10, 10, 10, 10, 10, 10, unset}
        << QList<Event>{eventOn(4, EventKind::Reopened, {1}, 4)} << 0;
    QTest::newRow("reopened the same day")
        << active
        << History()
               .plan({{1, 4}, {2, 6}})
               .status(1, at(4, 10), "todo", "done")
               .status(1, at(4, 11), "done", "in_progress")
               .status(1, at(4, 15), "in_progress", "done")
               .rows()
        << dec(8) << std::optional<double>(10) << ideal10 << Series{10, 6, 6, 6, 6, 6, unset}
        << Series{0, 4, 4, 4, 4, 4, unset} << Series{10, 10, 10, 10, 10, 10, unset}
        << QList<Event>{eventOn(4, EventKind::Reopened, {1}, 4)} << 0;
    QTest::newRow("accepted, reopened and accepted again")
        << active
        << History()
               .plan({{1, 4}, {2, 6}})
               .status(1, at(3, 14), "todo", "done")
               .status(1, at(4, 10), "done", "accepted")
               .status(1, at(7, 10), "accepted", "todo")
               .status(1, at(8, 10), "todo", "accepted")
               .rows()
        << dec(8) << std::optional<double>(10) << ideal10 << Series{6, 6, 6, 6, 10, 6, unset}
        << Series{4, 4, 4, 4, 0, 4, unset} << Series{10, 10, 10, 10, 10, 10, unset}
        << QList<Event>{eventOn(7, EventKind::Reopened, {1}, 4)} << 0;

    // The close: a rejection raises the remaining work, the unfinished item carried over to the
    // backlog is no removal, and item 3 counted as not done goes back to the remaining work.
    QTest::newRow("rejection and carry-over at the close")
        << closed
        << History()
               .plan({{1, 4}, {2, 3}, {3, 3}, {4, 2}})
               .status(1, at(4, 10), "todo", "done")
               .status(2, at(8, 10), "todo", "done")
               .status(3, at(8, 11), "todo", "done")
               .status(1, at(9, 17), "done", "accepted")
               .status(2, at(9, 17), "done", "rejected")
               .sprint(3, at(9, 17), sprintId, 0)
               .status(3, at(9, 17), "done", "in_progress")
               .removed(4, at(9, 17))
               .rows()
        << dec(9) << std::optional<double>(12) << QList<double>{9.6, 7.2, 7.2, 7.2, 4.8, 2.4, 0}
        << Series{12, 8, 8, 8, 8, 2, 8} << Series{0, 4, 4, 4, 4, 10, 4}
        << Series{12, 12, 12, 12, 12, 12, 12}
        << QList<Event>{eventOn(9, EventKind::Rejected, {2}, 3),
                        eventOn(9, EventKind::Reopened, {3}, 3)}
        << 0;
    // Reviewed and closed the Monday after the last day: the last day shows the close.
    QTest::newRow("closed after its last day")
        << sprintOf(SprintState::Closed, at(14, 10))
        << History()
               .plan({{1, 4}, {2, 6}})
               .status(1, at(4, 10), "todo", "done")
               .status(2, at(9, 10), "todo", "done")
               .status(1, at(14, 10), "done", "accepted")
               .status(2, at(14, 10), "done", "rejected")
               .status(1, at(14, 11), "accepted", "done")
               .rows()
        << dec(20) << std::optional<double>(10) << ideal10 << Series{10, 6, 6, 6, 6, 6, 6}
        << Series{0, 4, 4, 4, 4, 4, 4} << Series{10, 10, 10, 10, 10, 10, 10}
        << QList<Event>{eventOn(9, EventKind::Rejected, {2}, 6)} << 0;
    // Cancelled on Monday, the sprint ends that day; its Done item returns as In Progress.
    QTest::newRow("cancelled sprint")
        << sprintOf(SprintState::Cancelled, at(7, 15), dec(3), dec(7))
        << History()
               .plan({{1, 3}, {2, 6}})
               .status(1, at(4, 10), "todo", "done")
               .sprint(1, at(7, 15), sprintId, 0)
               .status(1, at(7, 15), "done", "in_progress")
               .removed(2, at(7, 15))
               .rows()
        << dec(20) << std::optional<double>(9) << QList<double>{6, 3, 3, 3, 0}
        << Series{9, 6, 6, 6, 9} << Series{0, 3, 3, 3, 0} << Series{9, 9, 9, 9, 9}
        << QList<Event>{eventOn(7, EventKind::Reopened, {1}, 3)} << 0;

    QTest::newRow("re-estimated after the start")
        << active
        << History()
               .plan({{1, 4}, {2, 6}})
               .status(1, at(4, 10), "todo", "done")
               .estimate(2, at(7, 10), 6, 8)
               .estimate(1, at(7, 11), 4, 3)
               .rows()
        << dec(8) << std::optional<double>(10) << ideal10 << Series{10, 6, 6, 6, 8, 8, unset}
        << Series{0, 4, 4, 4, 3, 3, unset} << Series{10, 10, 10, 10, 11, 11, unset}
        << QList<Event>{eventOn(7, EventKind::Reestimated, {2, 1}, 1)} << 0;
    QTest::newRow("estimate dropped after the start")
        << active << History().plan({{1, 4}, {2, 6}}).estimate(2, at(4, 10), 6, {}).rows() << dec(4)
        << std::optional<double>(10) << ideal10 << Series{10, 4, unset, unset, unset, unset, unset}
        << Series{0, 0, unset, unset, unset, unset, unset}
        << Series{10, 4, unset, unset, unset, unset, unset}
        << QList<Event>{eventOn(4, EventKind::Reestimated, {2}, -6)} << 1;

    QTest::newRow("all items unestimated")
        << active << History().plan({{1, {}}, {2, {}}}).status(1, at(4, 10), "todo", "done").rows()
        << dec(8) << std::optional<double>(0) << QList<double>(7, 0)
        << Series{0, 0, 0, 0, 0, 0, unset} << Series{0, 0, 0, 0, 0, 0, unset}
        << Series{0, 0, 0, 0, 0, 0, unset} << QList<Event>{} << 2;
    QTest::newRow("started without items")
        << active << QList<HistoryEntry>{} << dec(4) << std::optional<double>(0)
        << QList<double>(7, 0) << Series{0, 0, unset, unset, unset, unset, unset}
        << Series{0, 0, unset, unset, unset, unset, unset}
        << Series{0, 0, unset, unset, unset, unset, unset} << QList<Event>{} << 0;
    QTest::newRow("single-day sprint")
        << sprintOf(SprintState::Active, {}, dec(4), dec(4), at(4, 8))
        << History()
               .plan({{1, 2}, {2, 3}}, at(3, 16), at(4, 8))
               .status(1, at(4, 12), "todo", "done")
               .rows()
        << dec(4) << std::optional<double>(5) << QList<double>{0} << Series{3} << Series{2}
        << Series{5} << QList<Event>{} << 0;

    // Started, sent back to planning and started again: the commitment is the last start's, and
    // without the starting moment (an older file) the last rows written together.
    const History restarted = History()
                                  .plan({{1, 4}, {2, 6}}, at(1, 11), at(2, 10))
                                  .estimate(2, at(2, 15), 6, 8)
                                  .start({{1, 4}, {2, 8}});
    QTest::newRow("started twice")
        << active << restarted.rows() << dec(3) << std::optional<double>(12)
        << QList<double>{9.6, 7.2, 7.2, 7.2, 4.8, 2.4, 0}
        << Series{12, unset, unset, unset, unset, unset, unset}
        << Series{0, unset, unset, unset, unset, unset, unset}
        << Series{12, unset, unset, unset, unset, unset, unset} << QList<Event>{} << 0;
    QTest::newRow("started twice, starting moment unknown")
        << sprintOf(SprintState::Active, {}, dec(3), dec(9), {}) << restarted.rows() << dec(3)
        << std::optional<double>(12) << QList<double>{9.6, 7.2, 7.2, 7.2, 4.8, 2.4, 0}
        << Series{12, unset, unset, unset, unset, unset, unset}
        << Series{0, unset, unset, unset, unset, unset, unset}
        << Series{12, unset, unset, unset, unset, unset, unset} << QList<Event>{} << 0;
}

void TestBurndown::chart()
{
    QFETCH(Sprint, sprint);
    QFETCH(QList<HistoryEntry>, history);
    QFETCH(QDate, today);
    QFETCH(std::optional<double>, commitment);
    QFETCH(QList<double>, ideal);
    QFETCH(Series, remaining);
    QFETCH(Series, done);
    QFETCH(Series, scope);
    QFETCH(QList<Event>, events);
    QFETCH(int, unestimated);

    const Chart chart = compute(sprint, history, today);
    QCOMPARE(chart.commitment, commitment);
    QCOMPARE(chart.frozen, sprint.isOver());
    QCOMPARE(idealOf(chart), ideal);
    QCOMPARE(remainingOf(chart), remaining);
    QCOMPARE(doneOf(chart), done);
    QCOMPARE(scopeOf(chart), scope);
    QCOMPARE(chart.events, events);
    QCOMPARE(chart.unestimatedItems, unestimated);
}

void TestBurndown::frozenIgnoresLaterRows()
{
    const History history = History()
                                .plan({{1, 4}, {2, 3}, {3, 3}})
                                .status(1, at(4, 10), "todo", "done")
                                .status(2, at(8, 10), "todo", "done")
                                .status(1, at(9, 17), "done", "accepted")
                                .status(2, at(9, 17), "done", "rejected")
                                .removed(3, at(9, 17));
    const Sprint closed = sprintOf(SprintState::Closed, at(9, 17));
    const Chart before = compute(closed, history.rows(), dec(9));
    QCOMPARE(remainingOf(before), (Series{10, 6, 6, 6, 6, 3, 6}));
    QCOMPARE(before.events, (QList<Event>{eventOn(9, EventKind::Rejected, {2}, 3)}));
    QVERIFY(before.frozen);

    // Later the same evening and the days after: edits, a new sprint for the carried item, an
    // item wrongly put back into the closed sprint. The chart does not move, whatever `today` is.
    const QList<HistoryEntry> later = History(history)
                                          .estimate(1, at(9, 18), 4, 8)
                                          .status(2, at(9, 18), "rejected", "accepted")
                                          .sprint(3, at(10, 9), 0, 8)
                                          .status(3, at(11, 9), "ready", "done")
                                          .created(9, at(10, 9), 5)
                                          .added(9, at(10, 10))
                                          .rows();
    for (const QDate today : {dec(9), dec(12), dec(31)}) {
        const Chart after = compute(closed, later, today);
        QCOMPARE(after, before);
    }
}

void TestBurndown::neverStarted()
{
    const Chart chart =
        compute(sprintOf(SprintState::Planned), History().plan({{1, 3}}).rows(), dec(4));
    QVERIFY(chart.isEmpty());
    QCOMPARE(chart.commitment, std::optional<double>());
    QCOMPARE(chart.days.size(), 7);
    QCOMPARE(remainingOf(chart), Series(7, unset));
    QCOMPARE(idealOf(chart), QList<double>(7, 0));
    QVERIFY(chart.events.isEmpty());

    // Cancelled before it started: nothing was committed either.
    Sprint cancelled = sprintOf(SprintState::Planned);
    cancelled.state = SprintState::Cancelled;
    cancelled.closedAt = at(2, 10);
    const QList<HistoryEntry> planned =
        History().created(1, at(1, 10), 3).sprint(1, at(1, 11), 0, sprintId).rows();
    const Chart never = compute(cancelled, planned, dec(4));
    QVERIFY(never.isEmpty());
    QVERIFY(never.frozen);
    QCOMPARE(remainingOf(never), Series(7, unset));

    const GoalRisk risk = Burndown::goalRisk(chart, {{1, 3, true, false}});
    QVERIFY(!risk.atRisk);
    QCOMPARE(risk.goalRemaining, 3.0);
}

void TestBurndown::goalRisk_data()
{
    QTest::addColumn<SprintState>("state");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QList<GoalItem>>("items");
    QTest::addColumn<bool>("atRisk");
    QTest::addColumn<double>("goalRemaining");
    QTest::addColumn<double>("projected");
    QTest::addColumn<double>("pace");
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<QList<qint64>>("couldGiveWay");

    // On Monday 6 points are done in 3 working days (Thursday, Friday, Monday): 2 a day, 4 in the
    // 2 working days left. On Sunday 4 in 2, and 6 to come in the 3 left.
    const QList<GoalItem> onPace{
        {1, 4, true, true}, {2, 4, true, false}, {3, 2, false, true}, {10, 1, false, false}};
    QTest::newRow("not at risk") << SprintState::Active << dec(7) << onPace << false << 4.0 << 4.0
                                 << 2.0 << 2 << QList<qint64>{};
    const QList<GoalItem> behind{{1, 4, true, true},
                                 {2, 4, true, false},
                                 {4, 3, true, false},
                                 {10, 1, false, false},
                                 {11, 2, false, false},
                                 {12, 2, false, false},
                                 {13, 5, false, true}};
    QTest::newRow("at risk, the largest give way first")
        << SprintState::Active << dec(7) << behind << true << 7.0 << 4.0 << 2.0 << 2
        << QList<qint64>{11, 12};
    const QList<GoalItem> farBehind{
        {2, 10, true, false}, {10, 1, false, false}, {11, 2, false, false}};
    QTest::newRow("at risk, the others cannot cover")
        << SprintState::Active << dec(7) << farBehind << true << 10.0 << 4.0 << 2.0 << 2
        << QList<qint64>{11, 10};
    QTest::newRow("on the weekend") << SprintState::Active << dec(6) << behind << true << 7.0 << 6.0
                                    << 2.0 << 3 << QList<qint64>{11};
    QTest::newRow("goal finished") << SprintState::Active << dec(7)
                                   << QList<GoalItem>{{1, 4, true, true}, {10, 5, false, false}}
                                   << false << 0.0 << 4.0 << 2.0 << 2 << QList<qint64>{};
    QTest::newRow("not judged on day one") << SprintState::Active << dec(3) << behind << false
                                           << 7.0 << 0.0 << 0.0 << 0 << QList<qint64>{};
    QTest::newRow("not judged on the last day") << SprintState::Active << dec(9) << behind << false
                                                << 7.0 << 0.0 << 0.0 << 0 << QList<qint64>{};
    QTest::newRow("not judged when frozen") << SprintState::Closed << dec(7) << behind << false
                                            << 7.0 << 0.0 << 0.0 << 0 << QList<qint64>{};
}

void TestBurndown::goalRisk()
{
    QFETCH(SprintState, state);
    QFETCH(QDate, today);
    QFETCH(QList<GoalItem>, items);
    QFETCH(bool, atRisk);
    QFETCH(double, goalRemaining);
    QFETCH(double, projected);
    QFETCH(double, pace);
    QFETCH(int, daysLeft);
    QFETCH(QList<qint64>, couldGiveWay);

    const GoalRisk risk = Burndown::goalRisk(goalChart(state, today), items);
    QCOMPARE(risk.atRisk, atRisk);
    QCOMPARE(risk.goalRemaining, goalRemaining);
    QCOMPARE(risk.projected, projected);
    QCOMPARE(risk.pacePerDay, pace);
    QCOMPARE(risk.workingDaysLeft, daysLeft);
    QCOMPARE(risk.couldGiveWay, couldGiveWay);
}

QTEST_GUILESS_MAIN(TestBurndown)
#include "tst_burndown.moc"
