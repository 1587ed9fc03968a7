#include "domain/orderkey.h"
#include "storage/itemrepository.h"
#include "storage/migrations/migrations.h"
#include "storage/sprintrepository.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "testproduct.h"

#include <QTest>
#include <QThread>

#include <array>

#include <atomic>

using namespace Ordo;

// Format 14: no two items hold the same order key, in the backlog or in the archive. Over both
// engines: the repair of older products, the unique index, and every writer of keys (moves,
// swaps, rebalances, new items, archiving, sprint placements), which check their keys and run
// again when the index refuses them; and two clients moving into the same gap at once.
class TestUniqueKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestEngines::addRows(); }
    void init() { ORDO_USE_TEST_ENGINE(); }

    void formatFourteenRepairsSharedKeys_data();
    void formatFourteenRepairsSharedKeys();
    void theIndexRefusesASharedKey();
    void aLargeMoveOntoATakenKeyRunsAgain();
    void aUserMoveOntoATakenKeyGetsAFreshOne();
    void swappingKeysNeverMeetsTheIndex();
    void rebalanceLeavesArchivedKeysAlone();
    void restoringOntoATakenKeyComesBackBelowIt();
    void aNewItemOnATakenKeyGetsAFreshOne();
    void aSprintPlacementOnATakenKeyGetsAFreshOne();
    void twoClientsMoveIntoTheSameGapAtOnce();
};

namespace {

struct KeyRow
{
    ItemId id;
    QString key;
    bool archived;
};

// Every item's key, in (archived, key) order.
QList<KeyRow> keysOf(const QSqlDatabase &db)
{
    QList<KeyRow> rows;
    auto query = Sql::exec(db, QStringLiteral("SELECT id, order_key, archived FROM item ORDER BY archived, order_key, id"));
    if (!query)
        qFatal("%s", qPrintable(query.errorMessage()));
    while (query->next())
        rows.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toInt() != 0});
    return rows;
}

// The ids in that order: the backlog's, then the archive's.
QList<ItemId> orderOf(const QSqlDatabase &db)
{
    QList<ItemId> ids;
    for (const KeyRow &row : keysOf(db))
        ids.append(row.id);
    return ids;
}

QString keyOf(const QSqlDatabase &db, ItemId id)
{
    return Sql::scalar(db, QStringLiteral("SELECT order_key FROM item WHERE id = ?"), {id})->toString();
}

// `N` stories at the bottom of the backlog, in this order.
template<std::size_t N>
std::array<ItemId, N> itemsIn(TestProduct &product)
{
    static const char *const titles[] = {"Pay by card", "Pay by phone", "Pay by invoice", "Pay in cash", "Pay later"};
    static_assert(N <= std::size(titles));
    std::array<ItemId, N> ids;
    for (std::size_t i = 0; i < N; ++i)
        ids[i] = product.addItem(QString::fromLatin1(titles[i]));
    return ids;
}

// The moves recorded of an item (not counting the key it was created with).
int orderHistoryOf(const QSqlDatabase &db, ItemId id)
{
    return Sql::scalar(db, QStringLiteral("SELECT count(*) FROM history WHERE item_id = ? AND field = 'order' "
                                          "AND coalesce(old_value, '') <> ''"),
                       {id})
        ->toInt();
}

} // namespace

void TestUniqueKeys::formatFourteenRepairsSharedKeys_data()
{
    QTest::addColumn<QList<KeyRow>>("before");
    // The ids in the order they have afterwards, and which of them got a new key.
    QTest::addColumn<QList<ItemId>>("order");
    QTest::addColumn<QList<ItemId>>("moved");

    QTest::newRow("none shared") << QList<KeyRow>{{1, "a1", false}, {2, "a2", false}, {3, "a3", false}}
                                 << QList<ItemId>{1, 2, 3} << QList<ItemId>{};
    QTest::newRow("two share") << QList<KeyRow>{{1, "a1", false}, {2, "a2", false}, {3, "a2", false}, {4, "a3", false}}
                               << QList<ItemId>{1, 2, 3, 4} << QList<ItemId>{3};
    QTest::newRow("three share, by id") << QList<KeyRow>{{5, "a2", false}, {1, "a1", false}, {3, "a2", false}, {4, "a2", false}}
                                        << QList<ItemId>{1, 3, 4, 5} << QList<ItemId>{4, 5};
    QTest::newRow("last ones share") << QList<KeyRow>{{1, "a1", false}, {2, "a2", false}, {3, "a2", false}}
                                     << QList<ItemId>{1, 2, 3} << QList<ItemId>{3};
    QTest::newRow("backlog and archive may share") << QList<KeyRow>{{1, "a1", false}, {2, "a2", false}, {3, "a2", true}}
                                                   << QList<ItemId>{1, 2, 3} << QList<ItemId>{};
    QTest::newRow("two archived share") << QList<KeyRow>{{1, "a1", true}, {2, "a1", true}, {3, "a2", false}}
                                        << QList<ItemId>{3, 1, 2} << QList<ItemId>{2};
}

void TestUniqueKeys::formatFourteenRepairsSharedKeys()
{
    QFETCH(QList<KeyRow>, before);
    QFETCH(QList<ItemId>, order);
    QFETCH(QList<ItemId>, moved);

    OldProduct old(13);
    QVERIFY2(old.get(), qPrintable(old.error()));
    const QSqlDatabase db = old.get()->connection();
    for (const KeyRow &row : before) {
        QVERIFY(Sql::exec(db, QStringLiteral("INSERT INTO item (id, number, type, title, order_key, archived, created_at, updated_at) "
                                             "VALUES (?, ?, 'story', ?, ?, ?, '2026-12-01T09:00:00.000Z', '2026-12-01T09:00:00.000Z')"),
                          {row.id, row.id, QStringLiteral("Item %1").arg(row.id), row.key, row.archived ? 1 : 0}));
    }
    QVERIFY(Migrations::migrate(db));
    QCOMPARE(Migrations::currentVersion(db).value_or(0), 14);

    const QList<KeyRow> after = keysOf(db);
    QCOMPARE(orderOf(db), order);
    for (qsizetype i = 1; i < after.size(); ++i) {
        if (after.at(i).archived == after.at(i - 1).archived)
            QVERIFY2(after.at(i).key > after.at(i - 1).key, qPrintable(after.at(i).key));
    }
    for (const KeyRow &row : before) {
        const bool changed = moved.contains(row.id);
        QCOMPARE(keyOf(db, row.id) != row.key, changed);
        QCOMPARE(orderHistoryOf(db, row.id), changed ? 1 : 0);
        QVERIFY(OrderKey::isValid(keyOf(db, row.id)));
    }
    // From now on the index keeps them apart.
    const auto shared = Sql::exec(db, QStringLiteral("INSERT INTO item (id, number, type, title, order_key, archived, created_at, updated_at) "
                                                     "VALUES (100, 100, 'story', 'Shared', ?, ?, '2026-12-01', '2026-12-01')"),
                                  {after.front().key, after.front().archived ? 1 : 0});
    QVERIFY(!shared);
    QVERIFY(shared.error().positionTaken);
}

void TestUniqueKeys::theIndexRefusesASharedKey()
{
    TestProduct product;
    const auto [first, second] = itemsIn<2>(product);
    const QSqlDatabase db = product.db().connection();
    const auto refused = Sql::exec(db, QStringLiteral("UPDATE item SET order_key = ? WHERE id = ?"), {keyOf(db, first), second});
    QVERIFY(!refused);
    QVERIFY(refused.error().positionTaken);
    QVERIFY(refused.errorMessage().contains(QStringLiteral("same place")));
    // A plain write (one that names no order key) is not mistaken for one.
    const auto other = Sql::exec(db, QStringLiteral("UPDATE item SET number = (SELECT number FROM item WHERE id = ?) WHERE id = ?"),
                                 {first, second});
    QVERIFY(!other);
    QVERIFY(!other.error().positionTaken);
}

// A large move (an undo, a re-sort) writes without checking first; the index refuses a key
// another item holds, and the move runs again, checking.
void TestUniqueKeys::aLargeMoveOntoATakenKeyRunsAgain()
{
    TestProduct product;
    const auto [first, second, third] = itemsIn<3>(product);
    const QSqlDatabase db = product.db().connection();
    const QString taken = keyOf(db, second);
    QList<QString> written;
    const Status moved = ItemRepository(product.db()).setOrderKeys({third}, {taken}, {}, nullptr, &written);
    QVERIFY2(moved, qPrintable(moved.errorMessage()));
    QCOMPARE(written.size(), 1);
    QVERIFY(written.front() > taken);
    QCOMPARE(keyOf(db, third), written.front());
    QCOMPARE(keyOf(db, second), taken);
    QVERIFY(keyOf(db, first) < taken);
    QCOMPARE(orderHistoryOf(db, third), 1);
}

void TestUniqueKeys::aUserMoveOntoATakenKeyGetsAFreshOne()
{
    TestProduct product;
    const auto [first, second, third, fourth] = itemsIn<4>(product);
    const QSqlDatabase db = product.db().connection();
    // Someone else moved `fourth` between the first two; this client, not knowing, moves `third`
    // into the same gap and computes the same key.
    const QString gap = *OrderKey::between(keyOf(db, first), keyOf(db, second));
    QVERIFY(ItemRepository(product.db()).setOrderKeys({fourth}, {gap}));
    const QString known = keyOf(db, third);
    QList<ItemId> movedByOthers;
    QList<QString> written;
    QVERIFY(ItemRepository(product.db()).setOrderKeys({third}, {gap}, {known}, &movedByOthers, &written));
    QVERIFY(movedByOthers.isEmpty());
    QVERIFY(written.front() > gap);
    QVERIFY(written.front() < keyOf(db, second));
    QCOMPARE(orderOf(db), (QList<ItemId>{first, fourth, third, second}));
}

void TestUniqueKeys::swappingKeysNeverMeetsTheIndex()
{
    TestProduct product;
    const auto [first, second, third] = itemsIn<3>(product);
    const QSqlDatabase db = product.db().connection();
    const QString a = keyOf(db, first);
    const QString b = keyOf(db, second);
    const QString c = keyOf(db, third);
    // A rotation, as an undo of a re-sort writes it: each key is one another item holds now.
    QList<QString> written;
    const Status rotated = ItemRepository(product.db()).setOrderKeys({first, second, third}, {b, c, a}, {}, nullptr, &written);
    QVERIFY2(rotated, qPrintable(rotated.errorMessage()));
    QCOMPARE(written, (QList<QString>{b, c, a}));
    QCOMPARE(keyOf(db, first), b);
    QCOMPARE(keyOf(db, second), c);
    QCOMPARE(keyOf(db, third), a);
    // Each move is recorded from the key the item had to the one it has: no parked key shows.
    auto history = Sql::exec(db, QStringLiteral("SELECT old_value, new_value FROM history WHERE field = 'order' "
                                                "AND coalesce(old_value, '') <> '' ORDER BY item_id"));
    QVERIFY(history);
    QList<std::pair<QString, QString>> moves;
    while (history->next())
        moves.append({history->value(0).toString(), history->value(1).toString()});
    QCOMPARE(moves, (QList<std::pair<QString, QString>>{{a, b}, {b, c}, {c, a}}));
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM item WHERE order_key LIKE '~%'"))->toInt(), 0);
}

void TestUniqueKeys::rebalanceLeavesArchivedKeysAlone()
{
    TestProduct product;
    QList<ItemId> ids;
    for (int i = 0; i < 6; ++i)
        ids.append(product.addItem(QStringLiteral("Item %1").arg(i)));
    ItemRepository items(product.db());
    QVERIFY(items.setArchived(ids.at(1), true));
    QVERIFY(items.setArchived(ids.at(4), true));
    const QSqlDatabase db = product.db().connection();
    const QString archivedKey = keyOf(db, ids.at(1));
    // Twice: the second spreads onto exactly the keys the first gave.
    const QList<ItemId> backlog{ids.at(0), ids.at(2), ids.at(3), ids.at(5)};
    for (int round = 0; round < 2; ++round) {
        const auto keys = items.rebalance(backlog);
        QVERIFY2(keys, qPrintable(keys.errorMessage()));
        for (qsizetype i = 0; i < backlog.size(); ++i)
            QCOMPARE(keyOf(db, backlog.at(i)), keys->at(i));
    }
    QCOMPARE(keyOf(db, ids.at(1)), archivedKey);
    // The keys were written in one go, whichever item held which key before.
    const QList<QString> reversed = OrderKey::spread(QString(), QString(), 4);
    QVERIFY(items.setOrderKeys({ids.at(5), ids.at(3), ids.at(2), ids.at(0)}, reversed));
    QVERIFY(items.rebalance({ids.at(5), ids.at(3), ids.at(2), ids.at(0)}));
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM item WHERE order_key LIKE '~%'"))->toInt(), 0);
}

// An archived item keeps its key. If an item of the backlog took it meanwhile, the archived one
// comes back just below it.
void TestUniqueKeys::restoringOntoATakenKeyComesBackBelowIt()
{
    TestProduct product;
    const auto [first, archived, last, taker] = itemsIn<4>(product);
    ItemRepository items(product.db());
    const QSqlDatabase db = product.db().connection();
    QVERIFY(items.setArchived(archived, true));
    const QString kept = keyOf(db, archived);
    QCOMPARE(orderHistoryOf(db, archived), 0);
    // The backlog and the archive may share a key; the single-key writer does not check.
    QVERIFY(items.setOrderKey(taker, kept));
    const auto version = items.version(archived);
    QVERIFY(version);
    const Status restored = items.setArchived(archived, false, *version);
    QVERIFY2(restored, qPrintable(restored.errorMessage()));
    const QString key = keyOf(db, archived);
    QVERIFY(key > kept);
    QVERIFY(key < keyOf(db, last));
    QCOMPARE(orderHistoryOf(db, archived), 1);
    QCOMPARE(orderOf(db), (QList<ItemId>{first, taker, archived, last}));
    // Archiving it again onto an archived item's key works the same way.
    QVERIFY(items.setArchived(last, true));
    QVERIFY(items.setOrderKey(archived, keyOf(db, last)));
    QVERIFY(items.setArchived(archived, true));
    QVERIFY(keyOf(db, archived) > keyOf(db, last));
}

void TestUniqueKeys::aNewItemOnATakenKeyGetsAFreshOne()
{
    TestProduct product;
    const auto [first, second] = itemsIn<2>(product);
    const QSqlDatabase db = product.db().connection();
    BacklogItem item;
    item.title = QStringLiteral("Pay by invoice");
    item.orderKey = keyOf(db, first); // what a client whose backlog is behind computes
    const auto id = ItemRepository(product.db()).create(item);
    QVERIFY2(id, qPrintable(id.errorMessage()));
    QVERIFY(keyOf(db, *id) > keyOf(db, first));
    QVERIFY(keyOf(db, *id) < keyOf(db, second));
}

void TestUniqueKeys::aSprintPlacementOnATakenKeyGetsAFreshOne()
{
    TestProduct product;
    const auto [first, second, third] = itemsIn<3>(product);
    const QSqlDatabase db = product.db().connection();
    // Back to the top of the backlog, at keys computed from a backlog that has changed since:
    // the second takes the first's key, the third the second's.
    SprintChange change;
    change.items.append(SprintPlacement{third, 0, ItemStatus::Ready, keyOf(db, first), false});
    change.items.append(SprintPlacement{second, 0, ItemStatus::Ready, *OrderKey::between(QString(), keyOf(db, first)), false});
    QHash<ItemId, QString> written;
    const auto applied = SprintRepository(product.db()).apply(change, &written);
    QVERIFY2(applied, qPrintable(applied.errorMessage()));
    QCOMPARE(written.size(), 2);
    QCOMPARE(keyOf(db, third), written.value(third));
    QCOMPARE(keyOf(db, second), written.value(second));
    QVERIFY(written.value(third) > keyOf(db, first));
    QCOMPARE(orderOf(db), (QList<ItemId>{second, first, third}));
}

// On a server: Alice's move into a gap is not committed yet when Bob moves another item into
// the same gap. Bob's check finds the key free; the index makes his write wait for Alice's
// commit and then refuses it; his move runs again and takes a fresh key. Neither is lost.
void TestUniqueKeys::twoClientsMoveIntoTheSameGapAtOnce()
{
    if (!TestEngines::isPostgres())
        QSKIP("A product file has one writer at a time.");
    TestProduct product;
    const auto [first, second, hers, his] = itemsIn<4>(product);
    const QSqlDatabase db = product.db().connection();
    const QString gap = *OrderKey::between(keyOf(db, first), keyOf(db, second));
    const QString hisKnown = keyOf(db, his);
    const ServerAddress address = product.db().serverAddress();

    auto alice = product.reopen();
    QVERIFY(alice);
    Transaction aliceWrites(alice->connection());
    QVERIFY(aliceWrites.begun());
    QVERIFY(ItemRepository(*alice).setOrderKeys({hers}, {gap}, {keyOf(alice->connection(), hers)}));

    std::atomic_bool bobDone = false;
    QString bobError;
    QList<QString> bobWritten;
    QThread *bob = QThread::create([&] {
        {
            auto connection = Database::openServer(address);
            if (!connection) {
                bobError = QStringLiteral("Bob could not connect");
            } else {
                QList<ItemId> moved;
                const Status placed = ItemRepository(*connection).setOrderKeys({his}, {gap}, {hisKnown}, &moved, &bobWritten);
                if (!placed)
                    bobError = placed.errorMessage();
            }
        }
        bobDone = true;
    });
    bob->start();
    QTest::qWait(300);
    QVERIFY(!bobDone); // his write waits for hers on the unique index
    QVERIFY(aliceWrites.commit());
    QVERIFY(bob->wait(20000));
    delete bob;
    QVERIFY2(bobError.isEmpty(), qPrintable(bobError));
    QCOMPARE(bobWritten.size(), 1);
    const QSqlDatabase reader = alice->connection();
    QCOMPARE(keyOf(reader, hers), gap);
    QCOMPARE(keyOf(reader, his), bobWritten.front());
    QVERIFY(bobWritten.front() > gap);
    QCOMPARE(orderOf(reader), (QList<ItemId>{first, hers, his, second}));
    QCOMPARE(orderHistoryOf(reader, his), 1);
}

QTEST_GUILESS_MAIN(TestUniqueKeys)
#include "tst_uniquekeys.moc"
