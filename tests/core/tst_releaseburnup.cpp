// The release burnup of a scope replayed from its items' history: per closed sprint (in closing
// order) the points done and the scope as they were at its close, the current figures, and the
// cone to completion at the best, average and worst of the recent velocities.

#include "services/releaseburnup.h"

#include <QTest>

using namespace Ordo;
using ReleaseBurnup::ScopeItem;

Q_DECLARE_METATYPE(QList<Ordo::Sprint>)
Q_DECLARE_METATYPE(QList<Ordo::HistoryEntry>)
Q_DECLARE_METATYPE(QList<Ordo::ReleaseBurnup::ScopeItem>)

class TestReleaseBurnup : public QObject
{
    Q_OBJECT

private slots:
    void compute_data();
    void compute();
    void velocityFigures();
};

namespace {

// December 2026, in UTC, as the file keeps its moments.
QDateTime at(int day, int hour = 12)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, 0), Qt::UTC);
}

// A sprint of the week before `closedOn`, closed at noon that day.
Sprint closedSprint(qint64 id, int closedOn, int hour = 12)
{
    Sprint sprint;
    sprint.id = id;
    sprint.name = QStringLiteral("Sprint %1").arg(id);
    sprint.start = QDate(2026, 12, closedOn).addDays(-6);
    sprint.end = QDate(2026, 12, closedOn);
    sprint.state = SprintState::Closed;
    sprint.startedAt = QDateTime(sprint.start.startOfDay(Qt::UTC));
    sprint.closedAt = at(closedOn, hour);
    return sprint;
}

Sprint sprintIn(qint64 id, SprintState state, int endOn)
{
    Sprint sprint = closedSprint(id, endOn);
    sprint.state = state;
    if (state == SprintState::Planned)
        sprint.startedAt = {};
    if (state == SprintState::Planned || state == SprintState::Active)
        sprint.closedAt = {};
    return sprint;
}

// Histories as the repositories write them, oldest first.
class History
{
public:
    // Created (status New) with an estimate row when it has one, as ItemRepository writes them.
    History &created(qint64 item, const QDateTime &when, std::optional<double> points, const char *status = "new")
    {
        add(item, when, HistoryField::Created, {}, QString::fromLatin1(status));
        if (points)
            add(item, when, HistoryField::EstimateChanged, {}, QString::number(*points));
        return *this;
    }
    History &estimate(qint64 item, const QDateTime &when, double points)
    {
        return add(item, when, HistoryField::EstimateChanged, {}, QString::number(points));
    }
    History &status(qint64 item, const QDateTime &when, const char *to)
    {
        return add(item, when, HistoryField::StatusChanged, {}, QString::fromLatin1(to));
    }
    // Rows the burnup has no use for (it must skip them, whatever they hold).
    History &other(qint64 item, const QDateTime &when, HistoryField field, const char *to)
    {
        return add(item, when, field, {}, QString::fromLatin1(to));
    }
    operator QList<HistoryEntry>() const
    {
        QList<HistoryEntry> sorted = m_entries;
        std::stable_sort(sorted.begin(), sorted.end(), [](const HistoryEntry &a, const HistoryEntry &b) { return a.at < b.at; });
        return sorted;
    }

private:
    History &add(qint64 item, const QDateTime &when, HistoryField field, const QString &from, const QString &to)
    {
        HistoryEntry entry;
        entry.id = m_entries.size() + 1;
        entry.itemId = item;
        entry.at = when;
        entry.field = field;
        entry.oldValue = from;
        entry.newValue = to;
        m_entries.append(entry);
        return *this;
    }
    QList<HistoryEntry> m_entries;
};

ScopeItem scopeItem(qint64 id, std::optional<double> estimate, bool finished)
{
    return {id, estimate, finished};
}

// The velocity summary of recent sprints delivering `points`, oldest first (none: no velocity).
Velocity::Summary velocityOf(const QList<double> &points)
{
    QList<Velocity::SprintVelocity> velocities;
    for (qsizetype i = 0; i < points.size(); ++i)
        velocities.append({100 + i, points.at(i)});
    return Velocity::summary(velocities);
}

// "sprint:done/scope" per point, one space apart.
QString describePoints(const QList<ReleaseBurnup::SprintPoint> &points)
{
    QStringList parts;
    for (const ReleaseBurnup::SprintPoint &point : points)
        parts.append(QStringLiteral("%1:%2/%3").arg(point.sprintId).arg(point.done).arg(point.scope));
    return parts.join(u' ');
}

QString describe(const std::optional<int> &sprints)
{
    return sprints ? QString::number(*sprints) : QStringLiteral("-");
}

} // namespace

void TestReleaseBurnup::compute_data()
{
    QTest::addColumn<QList<Sprint>>("sprints");
    QTest::addColumn<QList<HistoryEntry>>("history");
    QTest::addColumn<QList<ScopeItem>>("scope");
    QTest::addColumn<QList<double>>("velocities");
    QTest::addColumn<QString>("points"); // per closed sprint, in closing order
    QTest::addColumn<QString>("now");    // "done/scope items unestimated"
    QTest::addColumn<QString>("cone");   // sprints left at best, average, worst ("-": unset)

    // Three items of 3, 5 and 8 points, all there from the 1st.
    const History three = History()
                              .created(1, at(1), 3)
                              .created(2, at(1), 5)
                              .created(3, at(1), 8);

    QTest::newRow("done and scope per closed sprint, in closing order")
        // Listed out of order, with sprints that are not closed (not points of the burnup).
        << QList<Sprint>{closedSprint(20, 20), sprintIn(30, SprintState::Active, 27), closedSprint(10, 10),
                         sprintIn(15, SprintState::Cancelled, 14), sprintIn(40, SprintState::Planned, 31)}
        << QList<HistoryEntry>(History(three).status(1, at(5), "accepted").status(2, at(15), "done").status(2, at(16), "accepted"))
        << QList<ScopeItem>{scopeItem(1, 3, true), scopeItem(2, 5, true), scopeItem(3, 8, false)}
        << QList<double>{3, 5} << QStringLiteral("10:3/16 20:8/16") << QStringLiteral("8/16 3 0")
        << QStringLiteral("2 2 3"); // 8 left: at 5, at 4, at 3 a sprint

    QTest::newRow("done counts Done as well as Accepted, not a rejection")
        << QList<Sprint>{closedSprint(10, 10)}
        << QList<HistoryEntry>(History(three).status(1, at(5), "done").status(2, at(6), "rejected").status(3, at(7), "in_review"))
        << QList<ScopeItem>{scopeItem(1, 3, true), scopeItem(2, 5, false), scopeItem(3, 8, false)}
        << QList<double>{4} << QStringLiteral("10:3/16") << QStringLiteral("3/16 3 0") << QStringLiteral("4 4 4");

    QTest::newRow("items created after a sprint are not in its scope")
        << QList<Sprint>{closedSprint(10, 10), closedSprint(20, 20)}
        << QList<HistoryEntry>(History()
                                   .created(1, at(1), 3)
                                   .created(2, at(1), 5)
                                   .status(1, at(5), "accepted")
                                   .created(3, at(12), 8) // after sprint 10's close
                                   .created(4, at(21), 2)) // after both
        << QList<ScopeItem>{scopeItem(1, 3, true), scopeItem(2, 5, false), scopeItem(3, 8, false), scopeItem(4, 2, false)}
        << QList<double>{3, 0} << QStringLiteral("10:3/8 20:3/16") << QStringLiteral("3/18 4 0")
        << QStringLiteral("5 10 -"); // 15 left: at 3, at 1.5, at nothing

    QTest::newRow("rows at the closing moment count for that sprint")
        << QList<Sprint>{closedSprint(10, 10)}
        << QList<HistoryEntry>(History()
                                   .created(1, at(1), 3)
                                   .status(1, at(10), "accepted") // in the closing transaction
                                   .created(2, at(10), 5)
                                   .created(3, at(10, 13), 8)) // an hour later
        << QList<ScopeItem>{scopeItem(1, 3, true), scopeItem(2, 5, false), scopeItem(3, 8, false)}
        << QList<double>{3} << QStringLiteral("10:3/8") << QStringLiteral("3/16 3 0") << QStringLiteral("5 5 5");

    QTest::newRow("a sprint closed before Ordo kept the moment counts to the end of its last day")
        << QList<Sprint>{[] {
               Sprint sprint = closedSprint(10, 10);
               sprint.closedAt = {};
               return sprint;
           }()}
        << QList<HistoryEntry>(History()
                                   .created(1, at(1), 3)
                                   .created(2, QDateTime(QDate(2026, 12, 10), QTime(23, 0)), 5) // local: that day
                                   .created(3, QDateTime(QDate(2026, 12, 11), QTime(9, 0)), 8)) // the next day
        << QList<ScopeItem>{scopeItem(1, 3, false), scopeItem(2, 5, false), scopeItem(3, 8, false)}
        << QList<double>{8} << QStringLiteral("10:0/8") << QStringLiteral("0/16 3 0") << QStringLiteral("2 2 2");

    QTest::newRow("re-estimates: each sprint with the estimate of its time, now with today's")
        << QList<Sprint>{closedSprint(10, 10), closedSprint(20, 20), closedSprint(30, 30)}
        << QList<HistoryEntry>(History(three)
                                   .status(1, at(5), "accepted")
                                   .estimate(3, at(12), 13) // scope grows by re-estimating
                                   .estimate(1, at(14), 2)  // a finished item re-estimated
                                   .estimate(2, at(25), 1)) // and one shrinks
        << QList<ScopeItem>{scopeItem(1, 2, true), scopeItem(2, 1, false), scopeItem(3, 20, false)} // 3 re-estimated since
        << QList<double>{3, 0, 0} << QStringLiteral("10:3/16 20:2/20 30:2/16") << QStringLiteral("2/23 3 0")
        << QStringLiteral("7 21 -"); // 21 left at 3, at 1, at nothing

    QTest::newRow("a reopened item leaves the done line")
        << QList<Sprint>{closedSprint(10, 10), closedSprint(20, 20), closedSprint(30, 30)}
        << QList<HistoryEntry>(History(three)
                                   .status(1, at(5), "accepted")
                                   .status(2, at(6), "done")
                                   .status(2, at(12), "in_progress") // reopened in sprint 20
                                   .status(1, at(13), "todo")        // an accepted one too
                                   .status(1, at(25), "accepted"))   // and finished again
        << QList<ScopeItem>{scopeItem(1, 3, true), scopeItem(2, 5, false), scopeItem(3, 8, false)}
        << QList<double>{8, 1, 3} << QStringLiteral("10:8/16 20:0/16 30:3/16") << QStringLiteral("3/16 3 0")
        << QStringLiteral("2 4 13"); // 13 left at 8, at 4, at 1

    QTest::newRow("rows of items outside the scope and of other fields are skipped")
        << QList<Sprint>{closedSprint(10, 10)}
        << QList<HistoryEntry>(History()
                                   .created(1, at(1), 3)
                                   .created(9, at(1), 40, "accepted") // not in the scope (any more)
                                   .other(1, at(2), HistoryField::SprintChanged, "10")
                                   .other(1, at(3), HistoryField::OrderChanged, "a5")
                                   .other(1, at(3), HistoryField::Committed, "3")
                                   .other(1, at(4), HistoryField::MetricMeasured, "12")
                                   .other(1, at(4), HistoryField::AcceptanceChanged, "accepted"))
        << QList<ScopeItem>{scopeItem(1, 3, false)}
        << QList<double>{2} << QStringLiteral("10:0/3") << QStringLiteral("0/3 1 0") << QStringLiteral("2 2 2");

    // The cone: ceil(rest / velocity) at the best, average and worst of the last three sprints.
    QTest::newRow("cone: exact divisions are not rounded up")
        << QList<Sprint>{closedSprint(10, 10)} << QList<HistoryEntry>(History().created(1, at(1), 10))
        << QList<ScopeItem>{scopeItem(1, 10, false)}
        << QList<double>{20, 2, 3, 5} // the oldest is beyond the last three: 10/3 on average
        << QStringLiteral("10:0/10") << QStringLiteral("0/10 1 0") << QStringLiteral("2 3 5");
    QTest::newRow("cone: a part of a sprint is a sprint")
        << QList<Sprint>{closedSprint(10, 10)} << QList<HistoryEntry>(History().created(1, at(1), 11))
        << QList<ScopeItem>{scopeItem(1, 11, false)} << QList<double>{2, 3, 5} << QStringLiteral("10:0/11")
        << QStringLiteral("0/11 1 0") << QStringLiteral("3 4 6"); // 2.2, 3.3, 5.5
    QTest::newRow("cone: fractional points")
        << QList<Sprint>{closedSprint(10, 10)} << QList<HistoryEntry>(History().created(1, at(1), 0.5).created(2, at(1), 1))
        << QList<ScopeItem>{scopeItem(1, 0.5, false), scopeItem(2, 1, true)} << QList<double>{0.5, 0.25}
        << QStringLiteral("10:0/1.5") << QStringLiteral("1/1.5 2 0") << QStringLiteral("1 2 2");

    QTest::newRow("no velocity: the cone is unset")
        << QList<Sprint>{closedSprint(10, 10)} << QList<HistoryEntry>(three)
        << QList<ScopeItem>{scopeItem(1, 3, false), scopeItem(2, 5, false), scopeItem(3, 8, false)} << QList<double>{}
        << QStringLiteral("10:0/16") << QStringLiteral("0/16 3 0") << QStringLiteral("- - -");
    QTest::newRow("a velocity of nothing: the cone is unset")
        << QList<Sprint>{closedSprint(10, 10)} << QList<HistoryEntry>(three)
        << QList<ScopeItem>{scopeItem(1, 3, false), scopeItem(2, 5, false), scopeItem(3, 8, false)} << QList<double>{0, 0}
        << QStringLiteral("10:0/16") << QStringLiteral("0/16 3 0") << QStringLiteral("- - -");

    QTest::newRow("nothing left: no sprint more")
        << QList<Sprint>{closedSprint(10, 10)}
        << QList<HistoryEntry>(History(three).status(1, at(2), "accepted").status(2, at(3), "accepted").status(3, at(4), "done"))
        << QList<ScopeItem>{scopeItem(1, 3, true), scopeItem(2, 5, true), scopeItem(3, 8, true)} << QList<double>{16}
        << QStringLiteral("10:16/16") << QStringLiteral("16/16 3 0") << QStringLiteral("0 0 0");
    QTest::newRow("nothing left, even at a velocity of nothing")
        << QList<Sprint>{closedSprint(10, 10)} << QList<HistoryEntry>(three)
        << QList<ScopeItem>{scopeItem(1, 3, true), scopeItem(2, 5, true), scopeItem(3, 8, true)} << QList<double>{0}
        << QStringLiteral("10:0/16") << QStringLiteral("16/16 3 0") << QStringLiteral("0 0 0");
    QTest::newRow("an empty scope: nothing left")
        << QList<Sprint>{closedSprint(10, 10)} << QList<HistoryEntry>(three) << QList<ScopeItem>{} << QList<double>{5}
        << QStringLiteral("10:0/0") << QStringLiteral("0/0 0 0") << QStringLiteral("0 0 0");

    QTest::newRow("unestimated items are counted, as 0 points")
        << QList<Sprint>{closedSprint(10, 10)}
        << QList<HistoryEntry>(History()
                                   .created(1, at(1), 3)
                                   .created(2, at(1), std::nullopt)
                                   .created(3, at(1), std::nullopt)
                                   .status(2, at(5), "accepted"))
        << QList<ScopeItem>{scopeItem(1, 3, false), scopeItem(2, std::nullopt, true), scopeItem(3, std::nullopt, false)}
        << QList<double>{2} << QStringLiteral("10:0/3") << QStringLiteral("0/3 3 2") << QStringLiteral("2 2 2");
    QTest::newRow("only unestimated items: nothing left to forecast")
        << QList<Sprint>{closedSprint(10, 10)} << QList<HistoryEntry>(History().created(1, at(1), std::nullopt))
        << QList<ScopeItem>{scopeItem(1, std::nullopt, false)} << QList<double>{2} << QStringLiteral("10:0/0")
        << QStringLiteral("0/0 1 1") << QStringLiteral("0 0 0");

    QTest::newRow("a single sprint")
        << QList<Sprint>{closedSprint(10, 10)}
        << QList<HistoryEntry>(History(three).status(2, at(8), "accepted"))
        << QList<ScopeItem>{scopeItem(1, 3, false), scopeItem(2, 5, true), scopeItem(3, 8, false)} << QList<double>{5}
        << QStringLiteral("10:5/16") << QStringLiteral("5/16 3 0") << QStringLiteral("3 3 3");

    QTest::newRow("no closed sprint: no point, the figures of now")
        << QList<Sprint>{sprintIn(10, SprintState::Active, 10), sprintIn(20, SprintState::Planned, 20),
                         sprintIn(5, SprintState::Cancelled, 5)}
        << QList<HistoryEntry>(History(three).status(1, at(2), "accepted"))
        << QList<ScopeItem>{scopeItem(1, 3, true), scopeItem(2, 5, false), scopeItem(3, 8, false)} << QList<double>{}
        << QString() << QStringLiteral("3/16 3 0") << QStringLiteral("- - -");
    QTest::newRow("nothing at all") << QList<Sprint>{} << QList<HistoryEntry>{} << QList<ScopeItem>{} << QList<double>{}
                                    << QString() << QStringLiteral("0/0 0 0") << QStringLiteral("- - -");
}

void TestReleaseBurnup::compute()
{
    QFETCH(QList<Sprint>, sprints);
    QFETCH(QList<HistoryEntry>, history);
    QFETCH(QList<ScopeItem>, scope);
    QFETCH(QList<double>, velocities);
    QFETCH(QString, points);
    QFETCH(QString, now);
    QFETCH(QString, cone);

    const ReleaseBurnup::Result result = ReleaseBurnup::compute(sprints, history, scope, velocityOf(velocities));
    QCOMPARE(describePoints(result.sprints), points);
    QCOMPARE(QStringLiteral("%1/%2 %3 %4").arg(result.doneNow).arg(result.scopeNow).arg(result.items).arg(result.unestimated), now);
    QCOMPARE(QStringLiteral("%1 %2 %3").arg(describe(result.atBest), describe(result.atAverage), describe(result.atWorst)), cone);
}

void TestReleaseBurnup::velocityFigures()
{
    // The cone's velocities are the summary's: best its max, worst its min; without one, zeros.
    const QList<ScopeItem> scope{scopeItem(1, 20, false)};
    const QList<HistoryEntry> history = History().created(1, at(1), 20);
    const QList<Sprint> sprints{closedSprint(10, 10)};
    ReleaseBurnup::Result result = ReleaseBurnup::compute(sprints, history, scope, velocityOf({9, 4, 6, 2}));
    QCOMPARE(result.best, 6.0);
    QCOMPARE(result.average, 4.0);
    QCOMPARE(result.worst, 2.0);
    QCOMPARE(result.atBest, std::optional<int>(4));
    QCOMPARE(result.atAverage, std::optional<int>(5));
    QCOMPARE(result.atWorst, std::optional<int>(10));

    result = ReleaseBurnup::compute(sprints, history, scope, velocityOf({}));
    QCOMPARE(result.best, 0.0);
    QCOMPARE(result.average, 0.0);
    QCOMPARE(result.worst, 0.0);
    QVERIFY(!result.atBest && !result.atAverage && !result.atWorst);

    // The points are the closed sprints' alone, whatever the velocity summary says.
    QCOMPARE(result.sprints, (QList<ReleaseBurnup::SprintPoint>{{10, 0, 20}}));
}

QTEST_GUILESS_MAIN(TestReleaseBurnup)
#include "tst_releaseburnup.moc"
