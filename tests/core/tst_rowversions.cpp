#include "domain/orderkey.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/itemrepository.h"
#include "storage/sprintrepository.h"
#include "storage/transaction.h"
#include "testproduct.h"

#include <QSet>
#include <QThread>
#include <QTest>

#include <atomic>
#include <functional>

using namespace Ordo;

// Row versions (format 11): every write of an item row bumps its version, a write naming a
// version the row no longer has is refused as a conflict, moves never conflict but tell the
// mover when someone else moved the same item, and two movers never share an order key.
class TestRowVersions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestEngines::addRows(); }
    void init() { ORDO_USE_TEST_ENGINE(); }

    void newItemsStartAtVersionZero();
    void everySetterBumpsTheVersion_data();
    void everySetterBumpsTheVersion();
    void staleVersionIsRefused_data();
    void staleVersionIsRefused();
    void refusalRollsBackTheWholeTransaction();
    void twoClientsEditTheSameField();
    void twoClientsEditDifferentItems();
    void concurrentMovesOfOneItemLastWins();
    void concurrentMovesIntoOneGapKeepKeysUnique();
    void rebalanceBumpsEveryVersionAndKeepsOrder();
    void concurrentCreationsTakeDifferentIds();
};

namespace {

using KnownVersion = ItemRepository::KnownVersion;

// One write of an item through ItemRepository, with the version it names.
struct Setter
{
    const char *name;
    std::function<Status(ItemRepository &, ItemId id, ItemId other, qint64 sprint, KnownVersion known)> write;
};

const QList<Setter> &setters()
{
    using TF = ItemRepository::TextField;
    using NF = ItemRepository::NumberField;
    using SF = ItemRepository::ScoreField;
    static const QList<Setter> all = {
        {"status", [](ItemRepository &r, ItemId id, ItemId, qint64, KnownVersion v) { return r.setStatus(id, ItemStatus::Ready, v); }},
        {"estimate", [](ItemRepository &r, ItemId id, ItemId, qint64, KnownVersion v) { return r.setEstimate(id, 8, v); }},
        {"sprint", [](ItemRepository &r, ItemId id, ItemId, qint64 s, KnownVersion v) { return r.setSprint(id, s, v); }},
        {"archived", [](ItemRepository &r, ItemId id, ItemId, qint64, KnownVersion v) { return r.setArchived(id, true, v); }},
        {"parent", [](ItemRepository &r, ItemId id, ItemId o, qint64, KnownVersion v) { return r.setParent(id, o, v); }},
        {"title", [](ItemRepository &r, ItemId id, ItemId, qint64, KnownVersion v) { return r.setTitle(id, QStringLiteral("Renamed"), v); }},
        {"type", [](ItemRepository &r, ItemId id, ItemId, qint64, KnownVersion v) { return r.setType(id, ItemType::Bug, v); }},
        {"text", [](ItemRepository &r, ItemId id, ItemId, qint64, KnownVersion v) { return r.setText(id, TF::Want, QStringLiteral("to export"), v); }},
        {"number", [](ItemRepository &r, ItemId id, ItemId, qint64, KnownVersion v) { return r.setNumber(id, NF::MetricTarget, 42, v); }},
        {"measurement", [](ItemRepository &r, ItemId id, ItemId, qint64, KnownVersion v) { return r.setMeasurement(id, 7, QDate(2026, 1, 5), v); }},
        {"labels", [](ItemRepository &r, ItemId id, ItemId, qint64, KnownVersion v) { return r.setLabels(id, {QStringLiteral("mobile")}, v); }},
        {"invest", [](ItemRepository &r, ItemId id, ItemId, qint64, KnownVersion v) { return r.setInvestChecks(id, InvestChecks(3), v); }},
        {"score", [](ItemRepository &r, ItemId id, ItemId, qint64, KnownVersion v) { return r.setScore(id, SF::BusinessValue, 8, v); }},
        {"servesGoal", [](ItemRepository &r, ItemId id, ItemId, qint64, KnownVersion v) { return r.setServesGoal(id, true, v); }},
        {"servesSprintGoal", [](ItemRepository &r, ItemId id, ItemId, qint64, KnownVersion v) { return r.setServesSprintGoal(id, true, v); }},
        {"splitFrom", [](ItemRepository &r, ItemId id, ItemId o, qint64, KnownVersion v) { return r.setSplitFrom(id, o, v); }},
        {"criteria", [](ItemRepository &r, ItemId id, ItemId, qint64, KnownVersion v) { return r.setCriteria(id, {QStringLiteral("Given a"), QStringLiteral("Given b"), QStringLiteral("Given c")}, v); }},
        {"moveCriterion", [](ItemRepository &r, ItemId id, ItemId, qint64, KnownVersion v) { return r.moveCriterion(id, 0, 1, v); }},
    };
    return all;
}

void addSetterRows()
{
    QTest::addColumn<int>("setter");
    for (int i = 0; i < setters().size(); ++i)
        QTest::newRow(setters().at(i).name) << i;
}

// An item with two acceptance criteria, another item and a sprint for the setters to point at.
struct Fixture
{
    ItemId id = 0;
    ItemId other = 0;
    qint64 sprint = 0;
};

Fixture prepare(TestProduct &product)
{
    Fixture f;
    f.other = product.addItem(QStringLiteral("Epic"), ItemType::Epic);
    f.id = product.addItem(QStringLiteral("Export"));
    Sprint sprint;
    sprint.name = QStringLiteral("Sprint 1");
    sprint.start = QDate(2026, 11, 2);
    sprint.end = QDate(2026, 11, 15);
    f.sprint = SprintRepository(product.db()).create(sprint).value_or(0);
    if (!ItemRepository(product.db()).setCriteria(f.id, {QStringLiteral("Given a"), QStringLiteral("Given b")}))
        qFatal("Could not write acceptance criteria");
    return f;
}

int versionOf(Database &db, ItemId id) { return ItemRepository(db).version(id).value_or(-1); }

qsizetype historyOf(Database &db, ItemId id)
{
    return HistoryRepository(db).forItem(id).value_or(QList<HistoryEntry>{}).size();
}

QString keyOf(Database &db, ItemId id) { return ItemRepository(db).load(id).value_or(BacklogItem{}).orderKey; }

} // namespace

void TestRowVersions::newItemsStartAtVersionZero()
{
    TestProduct product;
    const ItemId id = product.addItem(QStringLiteral("Export"));
    ItemRepository items(product.db());
    QCOMPARE(items.version(id).value_or(-1), 0);
    QCOMPARE(items.load(id)->version, 0);
    QCOMPARE(items.backlogRow(id)->version, 0);
}

void TestRowVersions::everySetterBumpsTheVersion_data() { addSetterRows(); }

void TestRowVersions::everySetterBumpsTheVersion()
{
    QFETCH(int, setter);
    TestProduct product;
    const Fixture f = prepare(product);
    ItemRepository items(product.db());
    const int before = versionOf(product.db(), f.id);
    QVERIFY(before >= 0);
    // Unchecked and checked writes both bump it.
    const Status written = setters().at(setter).write(items, f.id, f.other, f.sprint, before);
    QVERIFY2(written, qPrintable(written.errorMessage()));
    QCOMPARE(versionOf(product.db(), f.id), before + 1);
    QCOMPARE(items.load(f.id)->version, before + 1);
    QVERIFY(items.setTitle(f.id, QStringLiteral("Again")));
    QCOMPARE(versionOf(product.db(), f.id), before + 2);
}

void TestRowVersions::staleVersionIsRefused_data() { addSetterRows(); }

void TestRowVersions::staleVersionIsRefused()
{
    QFETCH(int, setter);
    TestProduct product;
    const Fixture f = prepare(product);
    ItemRepository items(product.db());
    const int read = versionOf(product.db(), f.id);
    // Someone else writes the row after it was read.
    QVERIFY(items.setText(f.id, ItemRepository::TextField::Description, QStringLiteral("theirs")));
    const int now = versionOf(product.db(), f.id);
    QCOMPARE(now, read + 1);
    const BacklogItem before = *items.load(f.id);
    const qsizetype history = historyOf(product.db(), f.id);

    const Status refused = setters().at(setter).write(items, f.id, f.other, f.sprint, read);
    QVERIFY(!refused);
    QVERIFY(refused.error().isConflict());
    QVERIFY(!refused.errorMessage().isEmpty());
    QCOMPARE(refused.error().conflict->itemId, f.id);
    QCOMPARE(refused.error().conflict->version, now);
    QVERIFY(refused.error().conflict->mine.isValid());

    // Nothing was written: not the row, not its history.
    const BacklogItem after = *items.load(f.id);
    QCOMPARE(after.version, now);
    QCOMPARE(historyOf(product.db(), f.id), history);
    QCOMPARE(after.title, before.title);
    QCOMPARE(after.status, before.status);
    QCOMPARE(after.estimate, before.estimate);
    QCOMPARE(after.sprintId, before.sprintId);
    QCOMPARE(after.archived, before.archived);
    QCOMPARE(after.parentId, before.parentId);
    QCOMPARE(after.type, before.type);
    QCOMPARE(after.want, before.want);
    QCOMPARE(after.metric.target, before.metric.target);
    QCOMPARE(after.metric.actual, before.metric.actual);
    QCOMPARE(after.labels, before.labels);
    QCOMPARE(after.investChecks, before.investChecks);
    QCOMPARE(after.scores.businessValue, before.scores.businessValue);
    QCOMPARE(after.servesGoal, before.servesGoal);
    QCOMPARE(after.servesSprintGoal, before.servesSprintGoal);
    QCOMPARE(after.splitFromId, before.splitFromId);
    QCOMPARE(after.criteria.size(), before.criteria.size());
    for (qsizetype i = 0; i < after.criteria.size(); ++i)
        QCOMPARE(after.criteria.at(i).text, before.criteria.at(i).text);

    // Written again with the version the row has now, it goes through.
    const Status again = setters().at(setter).write(items, f.id, f.other, f.sprint, now);
    QVERIFY2(again, qPrintable(again.errorMessage()));
    QCOMPARE(versionOf(product.db(), f.id), now + 1);
}

void TestRowVersions::refusalRollsBackTheWholeTransaction()
{
    TestProduct product;
    const ItemId id = product.addItem(QStringLiteral("Export"));
    const ItemId other = product.addItem(QStringLiteral("Import"));
    ItemRepository items(product.db());
    QVERIFY(items.setTitle(id, QStringLiteral("Theirs")));
    const qsizetype history = historyOf(product.db(), other);
    {
        Transaction outer(product.db().connection());
        QVERIFY(outer.begun());
        QVERIFY(items.setEstimate(other, 5, 0));          // goes through inside the transaction
        const Status refused = items.setTitle(id, QStringLiteral("Mine"), 0); // stale
        QVERIFY(refused.error().isConflict());
        QVERIFY(!outer.commit());
    }
    QCOMPARE(items.load(other)->estimate, std::nullopt);
    QCOMPARE(versionOf(product.db(), other), 0);
    QCOMPARE(historyOf(product.db(), other), history);
    QCOMPARE(items.load(id)->title, QStringLiteral("Theirs"));
}

// Format 13: two clients creating items at the same moment on a server. Alice's transaction is
// still open when Bob creates his: he waits for her commit instead of taking her id, her item
// number or her history rows' ids, and then both writes land.
void TestRowVersions::concurrentCreationsTakeDifferentIds()
{
    if (!TestEngines::isPostgres())
        QSKIP("A product file has one writer at a time.");
    TestProduct product;
    product.addItem(QStringLiteral("First"));
    const ServerAddress address = product.db().serverAddress();
    auto alice = product.reopen();
    QVERIFY(alice);
    Transaction aliceWrites(alice->connection());
    QVERIFY(aliceWrites.begun());
    BacklogItem hers;
    hers.title = QStringLiteral("Alice's");
    const auto aliceIds = ItemRepository(*alice).createMany({hers});
    QVERIFY2(aliceIds, qPrintable(aliceIds.errorMessage()));

    std::atomic_bool bobDone = false;
    QString bobError;
    QList<ItemId> bobIds;
    QThread *bob = QThread::create([&] {
        {
            auto connection = Database::openServer(address);
            if (!connection) {
                bobError = QStringLiteral("Bob could not connect");
            } else {
                BacklogItem his;
                his.title = QStringLiteral("Bob's");
                const auto ids = ItemRepository(*connection).createMany({his});
                if (ids)
                    bobIds = *ids;
                else
                    bobError = ids.errorMessage();
            }
        }
        bobDone = true;
    });
    bob->start();
    QTest::qWait(300);
    QVERIFY(!bobDone); // waiting for Alice
    QVERIFY(aliceWrites.commit());
    QVERIFY(bob->wait(20000));
    delete bob;
    QVERIFY2(bobError.isEmpty(), qPrintable(bobError));
    QCOMPARE(bobIds.size(), 1);
    QVERIFY(bobIds.front() != aliceIds->front());
    ItemRepository items(*alice);
    QVERIFY(items.load(bobIds.front())->number != items.load(aliceIds->front())->number);
    QCOMPARE(items.load(bobIds.front())->title, QStringLiteral("Bob's"));
    QCOMPARE(items.load(aliceIds->front())->title, QStringLiteral("Alice's"));
}

void TestRowVersions::twoClientsEditTheSameField()
{
    TestProduct product;
    const ItemId id = product.addItem(QStringLiteral("Export"));
    // Two people, each with their own connection to the same product.
    auto alice = product.reopen();
    auto bob = product.reopen();
    QVERIFY(alice && bob);
    ItemRepository a(*alice);
    ItemRepository b(*bob);
    const int readByAlice = a.backlogRow(id)->version;
    const int readByBob = b.backlogRow(id)->version;
    QCOMPARE(readByAlice, readByBob);

    QVERIFY(a.setEstimate(id, 3, readByAlice));
    const Status refused = b.setEstimate(id, 5, readByBob);
    QVERIFY(refused.error().isConflict());
    const WriteConflict &conflict = *refused.error().conflict;
    QCOMPARE(conflict.column, QStringLiteral("estimate"));
    QCOMPARE(conflict.theirs.toDouble(), 3.0);
    QCOMPARE(conflict.mine.toDouble(), 5.0);
    QCOMPARE(conflict.version, readByAlice + 1);
    QCOMPARE(a.load(id)->estimate, 3.0);

    // Bob chooses his value: written over Alice's with the version he has now seen.
    QVERIFY(b.setEstimate(id, 5, conflict.version));
    QCOMPARE(a.load(id)->estimate, 5.0);
    QCOMPARE(a.load(id)->version, readByAlice + 2);
    // Alice's next write with her old version is refused in turn.
    QVERIFY(a.setTitle(id, QStringLiteral("Export all"), readByAlice + 1).error().isConflict());
}

void TestRowVersions::twoClientsEditDifferentItems()
{
    TestProduct product;
    const ItemId first = product.addItem(QStringLiteral("Export"));
    const ItemId second = product.addItem(QStringLiteral("Import"));
    auto alice = product.reopen();
    auto bob = product.reopen();
    QVERIFY(alice && bob);
    QVERIFY(ItemRepository(*alice).setEstimate(first, 3, 0));
    QVERIFY(ItemRepository(*bob).setEstimate(second, 5, 0));
    QCOMPARE(ItemRepository(*alice).load(second)->estimate, 5.0);
    QCOMPARE(ItemRepository(*bob).load(first)->estimate, 3.0);
}

void TestRowVersions::concurrentMovesOfOneItemLastWins()
{
    TestProduct product;
    const ItemId first = product.addItem(QStringLiteral("First"));
    const ItemId second = product.addItem(QStringLiteral("Second"));
    const ItemId third = product.addItem(QStringLiteral("Third"));
    const QString firstKey = keyOf(product.db(), first);
    const QString secondKey = keyOf(product.db(), second);
    const QString thirdKey = keyOf(product.db(), third);
    auto alice = product.reopen();
    auto bob = product.reopen();
    QVERIFY(alice && bob);

    // Both saw `third` at the bottom; Alice moves it to the top, Bob between the other two.
    const QString aliceKey = *OrderKey::between(QString(), firstKey);
    const QString bobKey = *OrderKey::between(firstKey, secondKey);
    QList<ItemId> movedByOthers;
    QVERIFY(ItemRepository(*alice).setOrderKeys({third}, {aliceKey}, {thirdKey}, &movedByOthers));
    QVERIFY(movedByOthers.isEmpty());
    QList<QString> written;
    QVERIFY(ItemRepository(*bob).setOrderKeys({third}, {bobKey}, {thirdKey}, &movedByOthers, &written));
    QCOMPARE(movedByOthers, QList<ItemId>{third}); // Bob is told
    QCOMPARE(written, QList<QString>{bobKey});
    QCOMPARE(keyOf(*alice, third), bobKey);       // the last move wins
    // Both moves are in the history, Bob's last.
    const QList<HistoryEntry> history = HistoryRepository(*alice).forItem(third).value_or(QList<HistoryEntry>{});
    QList<QString> moves;
    for (const HistoryEntry &entry : history) {
        if (entry.field == HistoryField::OrderChanged)
            moves.append(entry.newValue);
    }
    QVERIFY(moves.size() >= 2);
    QCOMPARE(moves.mid(moves.size() - 2), (QList<QString>{aliceKey, bobKey}));
}

void TestRowVersions::concurrentMovesIntoOneGapKeepKeysUnique()
{
    TestProduct product;
    QList<ItemId> ids;
    for (const char *title : {"A", "B", "C", "D"})
        ids.append(product.addItem(QString::fromLatin1(title)));
    QList<QString> keys;
    for (ItemId id : std::as_const(ids))
        keys.append(keyOf(product.db(), id));
    auto alice = product.reopen();
    auto bob = product.reopen();
    QVERIFY(alice && bob);
    // Both compute the same key between A and B, for different items.
    const QString gap = *OrderKey::between(keys.at(0), keys.at(1));
    QList<ItemId> movedByOthers;
    QList<QString> aliceWrote;
    QList<QString> bobWrote;
    QVERIFY(ItemRepository(*alice).setOrderKeys({ids.at(3)}, {gap}, {keys.at(3)}, &movedByOthers, &aliceWrote));
    QVERIFY(ItemRepository(*bob).setOrderKeys({ids.at(2)}, {gap}, {keys.at(2)}, &movedByOthers, &bobWrote));
    QVERIFY(movedByOthers.isEmpty()); // different items: nobody is told anything
    QCOMPARE(aliceWrote, QList<QString>{gap});
    QCOMPARE(bobWrote.size(), 1);
    QVERIFY(bobWrote.constFirst() != gap);

    // Both moves landed between A and B, and every key is unique.
    const auto rows = ItemRepository(*alice).backlogRows();
    QVERIFY(rows);
    QCOMPARE(rows->size(), 4);
    QCOMPARE(rows->at(0).id, ids.at(0));
    QCOMPARE(rows->at(3).id, ids.at(1));
    QSet<QString> seen;
    for (const BacklogRow &row : *rows) {
        QVERIFY(!seen.contains(row.orderKey));
        seen.insert(row.orderKey);
    }
}

void TestRowVersions::rebalanceBumpsEveryVersionAndKeepsOrder()
{
    TestProduct product;
    QList<ItemId> ids;
    for (int i = 0; i < 5; ++i)
        ids.append(product.addItem(QStringLiteral("Item %1").arg(i)));
    ItemRepository items(product.db());
    const auto keys = items.rebalance(ids);
    QVERIFY(keys);
    const auto rows = items.backlogRows();
    QVERIFY(rows);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        QCOMPARE(rows->at(i).id, ids.at(i));
        QCOMPARE(rows->at(i).orderKey, keys->at(i));
        QCOMPARE(rows->at(i).version, 1);
    }
    // An edit that read the row before the rebalance is refused: someone else wrote it.
    QVERIFY(items.setTitle(ids.at(0), QStringLiteral("Stale"), 0).error().isConflict());
}

QTEST_GUILESS_MAIN(TestRowVersions)
#include "tst_rowversions.moc"
