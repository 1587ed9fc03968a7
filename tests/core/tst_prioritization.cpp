#include "domain/scoring.h"
#include "services/prioritization.h"

#include <QTest>

#include <cmath>

using namespace Ordo;
using Prioritization::Scheme;

namespace {

// A compact way to write a backlog: "id:field=value,field=value".
// Fields: bv tc rr (WSJF inputs), js (job size), est, m (must/should/could/wont),
// k (mustbe/perf/delight/indiff), v (value), e (effort), sprint, status=done, epic.
BacklogRow rowOf(const QString &spec)
{
    BacklogRow row;
    const QStringList parts = spec.split(QLatin1Char(':'));
    row.id = parts.at(0).toLongLong();
    row.number = int(row.id);
    row.title = QStringLiteral("Item %1").arg(row.id);
    if (parts.size() < 2 || parts.at(1).isEmpty())
        return row;
    for (const QString &pair : parts.at(1).split(QLatin1Char(','))) {
        const QString field = pair.section(QLatin1Char('='), 0, 0);
        const QString value = pair.section(QLatin1Char('='), 1);
        if (field == "bv")
            row.businessValue = quint8(value.toInt());
        else if (field == "tc")
            row.timeCriticality = quint8(value.toInt());
        else if (field == "rr")
            row.riskReduction = quint8(value.toInt());
        else if (field == "js")
            row.jobSize = value.toFloat();
        else if (field == "est")
            row.estimate = value.toFloat();
        else if (field == "v")
            row.value = value.toFloat();
        else if (field == "e")
            row.effort = value.toFloat();
        else if (field == "m")
            row.moscow = qint8(value == "must" ? MoSCoW::Must
                               : value == "should" ? MoSCoW::Should
                               : value == "could" ? MoSCoW::Could
                                                  : MoSCoW::Wont);
        else if (field == "k")
            row.kano = qint8(value == "mustbe" ? KanoCategory::MustBe
                             : value == "perf" ? KanoCategory::Performance
                             : value == "delight" ? KanoCategory::Delighter
                                                  : KanoCategory::Indifferent);
        else if (field == "sprint")
            row.sprintId = value.toLongLong(), row.status = ItemStatus::ToDo;
        else if (field == "status" && value == "done")
            row.status = ItemStatus::Done;
        else if (field == "epic")
            row.type = ItemType::Epic;
    }
    return row;
}

QList<BacklogRow> backlogOf(const QString &specs)
{
    QList<BacklogRow> rows;
    for (const QString &spec : specs.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        rows.append(rowOf(spec));
    return rows;
}

QList<Dependency> dependenciesOf(const QString &specs)
{
    // "3>1" : item 3 depends on item 1
    QList<Dependency> result;
    for (const QString &spec : specs.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        result.append({spec.section(QLatin1Char('>'), 0, 0).toLongLong(),
                       spec.section(QLatin1Char('>'), 1).toLongLong()});
    return result;
}

QList<ItemId> idsOf(const QString &text)
{
    QList<ItemId> ids;
    for (const QString &id : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        ids.append(id.toLongLong());
    return ids;
}

// The backlog after moving `move.ids` (in that order) directly below `move.anchor`.
QList<ItemId> afterMove(const QList<BacklogRow> &rows, const Prioritization::Reordering &move)
{
    QList<ItemId> order;
    for (const BacklogRow &row : rows) {
        if (!move.ids.contains(row.id))
            order.append(row.id);
    }
    const qsizetype at = move.anchor == 0 ? 0 : order.indexOf(move.anchor) + 1;
    for (qsizetype i = 0; i < move.ids.size(); ++i)
        order.insert(at + i, move.ids.at(i));
    return order;
}

QString textOf(const QList<ItemId> &ids)
{
    QStringList parts;
    for (ItemId id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestPrioritization : public QObject
{
    Q_OBJECT

private slots:
    void wsjf_data();
    void wsjf();
    void valueForEffort_data();
    void valueForEffort();
    void scale();
    void propose_data();
    void propose();
    void cycleRefused();
    void summary();
    void applying_data();
    void applying();
    void toProposedPlace_data();
    void toProposedPlace();
};

void TestPrioritization::wsjf_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<double>("expected"); // NaN: missing

    const double missing = std::nan("");
    QTest::newRow("job size given") << "1:bv=8,tc=5,rr=2,js=5" << 3.0;
    QTest::newRow("estimate as job size") << "1:bv=8,tc=5,rr=2,est=3" << 5.0;
    QTest::newRow("job size wins over estimate") << "1:bv=20,tc=20,rr=20,js=20,est=1" << 3.0;
    QTest::newRow("smallest possible") << "1:bv=1,tc=1,rr=1,js=20" << 0.15;
    QTest::newRow("fractional estimate") << "1:bv=1,tc=1,rr=1,est=0.5" << 6.0;
    QTest::newRow("no business value") << "1:tc=5,rr=2,js=5" << missing;
    QTest::newRow("no time criticality") << "1:bv=5,rr=2,js=5" << missing;
    QTest::newRow("no risk reduction") << "1:bv=5,tc=2,js=5" << missing;
    QTest::newRow("no size at all") << "1:bv=8,tc=5,rr=2" << missing;
    QTest::newRow("zero estimate") << "1:bv=8,tc=5,rr=2,est=0" << missing;
    QTest::newRow("nothing scored") << "1:" << missing;
}

void TestPrioritization::wsjf()
{
    QFETCH(QString, spec);
    QFETCH(double, expected);
    const BacklogRow row = rowOf(spec);
    const auto score = Scoring::wsjf(row.scores(), row.estimateValue());
    if (std::isnan(expected)) {
        QVERIFY2(!score, "a missing input must give a missing WSJF, never zero");
        QVERIFY(!Scoring::wsjfShortfall(row.scores(), row.estimateValue()).isEmpty());
    } else {
        QVERIFY(score);
        QCOMPARE(*score, expected);
        QVERIFY(Scoring::wsjfShortfall(row.scores(), row.estimateValue()).isEmpty());
    }
}

void TestPrioritization::valueForEffort_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<double>("expected");
    QTest::newRow("plain") << "1:v=10,e=4" << 2.5;
    QTest::newRow("zero value") << "1:v=0,e=4" << 0.0;
    QTest::newRow("zero effort") << "1:v=10,e=0" << std::nan("");
    QTest::newRow("no effort") << "1:v=10" << std::nan("");
    QTest::newRow("no value") << "1:e=3" << std::nan("");
}

void TestPrioritization::valueForEffort()
{
    QFETCH(QString, spec);
    QFETCH(double, expected);
    const auto score = Scoring::valueForEffort(rowOf(spec).scores());
    QCOMPARE(bool(score), !std::isnan(expected));
    if (score)
        QCOMPARE(*score, expected);
}

void TestPrioritization::scale()
{
    for (int value : {1, 2, 3, 5, 8, 13, 20})
        QVERIFY(Scoring::isOnWsjfScale(value));
    for (int value : {0, 4, 6, 21, 40, -1})
        QVERIFY(!Scoring::isOnWsjfScale(value));
}

void TestPrioritization::propose_data()
{
    QTest::addColumn<int>("scheme");
    QTest::addColumn<QString>("backlog");
    QTest::addColumn<QString>("dependencies");
    QTest::addColumn<QString>("expected");

    const int wsjf = int(Scheme::Wsjf);
    const int ve = int(Scheme::ValueForEffort);
    const int moscow = int(Scheme::MoscowThenWsjf);
    const int kano = int(Scheme::Kano);

    QTest::newRow("wsjf: highest first")
        << wsjf << "1:bv=1,tc=1,rr=1,js=3 2:bv=8,tc=8,rr=8,js=3 3:bv=3,tc=3,rr=3,js=3" << ""
        << "2 3 1";
    QTest::newRow("wsjf: small jobs win at equal delay")
        << wsjf << "1:bv=5,tc=5,rr=5,est=8 2:bv=5,tc=5,rr=5,est=2" << "" << "2 1";
    QTest::newRow("wsjf: ties keep today's order")
        << wsjf << "4:bv=5,tc=5,rr=5,js=5 2:bv=5,tc=5,rr=5,js=5 9:bv=5,tc=5,rr=5,js=5" << ""
        << "4 2 9";
    QTest::newRow("wsjf: unscored go below, in today's order")
        << wsjf << "1: 2:bv=1,tc=1,rr=1,js=20 3: 4:bv=2,tc=1,rr=1,js=1" << "" << "4 2 1 3";
    QTest::newRow("wsjf: a dependency stays above its dependent")
        << wsjf << "1:bv=1,tc=1,rr=1,js=13 2:bv=20,tc=20,rr=20,js=1" << "2>1" << "1 2";
    QTest::newRow("wsjf: a blocker is lifted with the work it enables")
        << wsjf
        << "1:bv=5,tc=5,rr=5,js=5 2:bv=1,tc=1,rr=1,js=13 3:bv=20,tc=20,rr=20,js=1 4:bv=8,tc=8,rr=8,js=5"
        << "3>2" << "2 3 4 1";
    QTest::newRow("wsjf: chain of dependencies")
        << wsjf << "1:bv=20,tc=20,rr=20,js=1 2:bv=1,tc=1,rr=1,js=1 3:bv=1,tc=1,rr=1,js=20"
        << "1>2 2>3" << "3 2 1";
    QTest::newRow("wsjf: sprint, finished and epics stay out")
        << wsjf << "1:sprint=7,bv=1,tc=1,rr=1,js=1 2:status=done 3:epic 4:bv=1,tc=1,rr=1,js=8 5:bv=8,tc=8,rr=8,js=1"
        << "" << "5 4";
    QTest::newRow("wsjf: dependency on an item outside the proposal is ignored")
        << wsjf << "1:sprint=7 2:bv=1,tc=1,rr=1,js=8 3:bv=8,tc=8,rr=8,js=1" << "3>1" << "3 2";

    QTest::newRow("value/effort")
        << ve << "1:v=10,e=10 2:v=10,e=2 3: 4:v=0,e=1 5:v=30,e=10" << "" << "2 5 1 4 3";
    QTest::newRow("value/effort: dependency respected")
        << ve << "1:v=1,e=10 2:v=10,e=1" << "2>1" << "1 2";

    QTest::newRow("moscow then wsjf")
        << moscow
        << "1:m=could,bv=20,tc=20,rr=20,js=1 2:m=must,bv=1,tc=1,rr=1,js=8 3:m=wont,bv=20,tc=20,rr=20,js=1 "
           "4: 5:m=must,bv=8,tc=8,rr=8,js=1 6:m=should 7:m=should,bv=1,tc=1,rr=1,js=1"
        << "" << "5 2 7 6 1 4 3";
    QTest::newRow("moscow: a Won't dependency rises above its Must")
        << moscow << "1:m=must,bv=5,tc=5,rr=5,js=1 2:m=could 3:m=wont" << "1>3" << "3 1 2";

    QTest::newRow("kano")
        << kano
        << "1:k=delight,v=50 2:k=perf,v=10 3:k=mustbe 4:k=indiff 5:k=perf,v=40 6: 7:k=mustbe 8:k=delight 9:k=perf"
        << "" << "3 7 5 2 9 1 8 6 4";
    QTest::newRow("kano: dependency respected")
        << kano << "1:k=mustbe 2:k=delight" << "1>2" << "2 1";
}

void TestPrioritization::propose()
{
    QFETCH(int, scheme);
    QFETCH(QString, backlog);
    QFETCH(QString, dependencies);
    QFETCH(QString, expected);

    const QList<BacklogRow> rows = backlogOf(backlog);
    const QList<Dependency> deps = dependenciesOf(dependencies);
    const auto proposal = Prioritization::propose(rows, deps, Scheme(scheme));
    QVERIFY(!proposal.isRefused());
    QCOMPARE(proposal.proposed, idsOf(expected));

    // Whatever the scheme: a permutation of today's plannable items, and no
    // item above something it depends on.
    QList<ItemId> sortedCurrent = proposal.current, sortedProposed = proposal.proposed;
    std::sort(sortedCurrent.begin(), sortedCurrent.end());
    std::sort(sortedProposed.begin(), sortedProposed.end());
    QCOMPARE(sortedProposed, sortedCurrent);
    for (const Dependency &d : deps) {
        const int item = proposal.proposedIndex(d.itemId);
        const int blocker = proposal.proposedIndex(d.dependsOnId);
        if (item >= 0 && blocker >= 0)
            QVERIFY2(blocker < item, qPrintable(QStringLiteral("%1 above its dependency %2").arg(d.itemId).arg(d.dependsOnId)));
    }
    // Proposing again from the proposed order changes nothing (stable).
    QList<BacklogRow> reordered;
    for (ItemId id : proposal.proposed) {
        for (const BacklogRow &row : rows) {
            if (row.id == id)
                reordered.append(row);
        }
    }
    QCOMPARE(Prioritization::propose(reordered, deps, Scheme(scheme)).proposed, proposal.proposed);
}

void TestPrioritization::cycleRefused()
{
    const QList<BacklogRow> rows = backlogOf("1:bv=1,tc=1,rr=1,js=1 2: 3: 4: 5:");
    // 2 -> 3 -> 4 -> 2 is a cycle; 5 waits for the cycle without being part of it.
    const auto proposal = Prioritization::propose(rows, dependenciesOf("2>3 3>4 4>2 5>2"), Scheme::Wsjf);
    QVERIFY(proposal.isRefused());
    QList<ItemId> cycle = proposal.cycle;
    std::sort(cycle.begin(), cycle.end());
    QCOMPARE(cycle, idsOf("2 3 4"));
    QCOMPARE(proposal.proposed, proposal.current);
    QCOMPARE(proposal.movedCount(), 0);
}

void TestPrioritization::summary()
{
    // 12 items, all unscored except 11 and 12, which jump to the top.
    QString backlog;
    for (int i = 1; i <= 10; ++i)
        backlog += QStringLiteral("%1: ").arg(i);
    backlog += "11:bv=8,tc=8,rr=8,js=1 12:bv=1,tc=1,rr=1,js=1";
    const auto proposal = Prioritization::propose(backlogOf(backlog), {}, Scheme::Wsjf);
    QCOMPARE(proposal.proposed, idsOf("11 12 1 2 3 4 5 6 7 8 9 10"));
    QCOMPARE(proposal.movedCount(), 12);
    QCOMPARE(proposal.topChange(10), 2); // 9 and 10 leave the top ten
    QCOMPARE(proposal.currentIndex(11), 10);
    QCOMPARE(proposal.proposedIndex(11), 0);
    QCOMPARE(proposal.proposedIndex(99), -1);

    const auto unchanged = Prioritization::propose(backlogOf("1:v=5,e=1 2:v=1,e=1"), {}, Scheme::ValueForEffort);
    QCOMPARE(unchanged.movedCount(), 0);
    QCOMPARE(unchanged.topChange(), 0);
}

void TestPrioritization::applying_data()
{
    QTest::addColumn<QString>("backlog");
    QTest::addColumn<QString>("expectedOrder");
    QTest::addColumn<int>("anchor");
    QTest::addColumn<int>("movedCount");

    // WSJF throughout; "1:sprint=7" and "3:epic" are not plannable and keep their places.
    QTest::newRow("nothing to change") << "1:bv=8,tc=8,rr=8,js=1 2:bv=1,tc=1,rr=1,js=1"
                                       << "1 2" << 0 << 0;
    QTest::newRow("swap at the top") << "1:bv=1,tc=1,rr=1,js=1 2:bv=8,tc=8,rr=8,js=1 3:"
                                     << "2 1 3" << 0 << 2;
    QTest::newRow("items in a sprint keep their place")
        << "1:sprint=7 2:bv=1,tc=1,rr=1,js=1 3:epic 4:bv=8,tc=8,rr=8,js=1 5:"
        << "1 4 3 2 5" << 1 << 3;
    QTest::newRow("only the changed middle moves")
        << "1:bv=20,tc=20,rr=20,js=1 2:bv=1,tc=1,rr=1,js=8 3:bv=8,tc=8,rr=8,js=1 4: 5:"
        << "1 3 2 4 5" << 1 << 2;
}

void TestPrioritization::applying()
{
    QFETCH(QString, backlog);
    QFETCH(QString, expectedOrder);
    QFETCH(int, anchor);
    QFETCH(int, movedCount);

    const QList<BacklogRow> rows = backlogOf(backlog);
    const auto proposal = Prioritization::propose(rows, {}, Scheme::Wsjf);
    const auto move = Prioritization::applying(rows, proposal);
    QCOMPARE(move.ids.size(), qsizetype(movedCount));
    if (move.isEmpty())
        return;
    QCOMPARE(move.anchor, ItemId(anchor));
    QCOMPARE(textOf(afterMove(rows, move)), expectedOrder);

    // Applied, the backlog proposes itself unchanged.
    QList<BacklogRow> applied;
    for (ItemId id : afterMove(rows, move)) {
        for (const BacklogRow &row : rows) {
            if (row.id == id)
                applied.append(row);
        }
    }
    QVERIFY(Prioritization::applying(applied, Prioritization::propose(applied, {}, Scheme::Wsjf)).isEmpty());
}

void TestPrioritization::toProposedPlace_data()
{
    QTest::addColumn<QString>("backlog");
    QTest::addColumn<int>("item");
    QTest::addColumn<QString>("expectedOrder"); // empty: no move

    const QString backlog = "1:sprint=7 2:bv=1,tc=1,rr=1,js=1 3:bv=2,tc=1,rr=1,js=1 4:bv=8,tc=8,rr=8,js=1";
    // Proposed: 4 3 2.
    QTest::newRow("to the first plannable place") << backlog << 4 << "1 4 2 3";
    QTest::newRow("below its proposed predecessor") << backlog << 2 << "1 3 2 4";
    QTest::newRow("already there") << "1:bv=8,tc=8,rr=8,js=1 2:bv=1,tc=1,rr=1,js=1" << 2 << "";
    QTest::newRow("first, already there") << "1:sprint=7 2:bv=8,tc=8,rr=8,js=1 3:" << 2 << "";
    QTest::newRow("not in the proposal") << backlog << 1 << "";
}

void TestPrioritization::toProposedPlace()
{
    QFETCH(QString, backlog);
    QFETCH(int, item);
    QFETCH(QString, expectedOrder);

    const QList<BacklogRow> rows = backlogOf(backlog);
    const auto proposal = Prioritization::propose(rows, {}, Scheme::Wsjf);
    const auto move = Prioritization::toProposedPlace(rows, proposal, item);
    QCOMPARE(move.isEmpty(), expectedOrder.isEmpty());
    if (!move.isEmpty())
        QCOMPARE(textOf(afterMove(rows, move)), expectedOrder);
}

QTEST_GUILESS_MAIN(TestPrioritization)
#include "tst_prioritization.moc"
