#include "writersbench.h"

#include "benchsupport.h"

#include "domain/orderkey.h"
#include "domain/product.h"
#include "storage/database.h"
#include "storage/itemrepository.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <atomic>
#include <thread>
#include <vector>

namespace Bench {
namespace {

using namespace Ordo;

constexpr int itemCount = 200;
// The gaps at the top of the backlog the writers' moves aim at.
constexpr int topGaps = 24;

// Runs SQL on the server's maintenance database (creating and dropping the bench's database).
bool adminExec(const ServerAddress &address, const QString &sql)
{
    const QString name = QStringLiteral("ordo-bench-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(address.host);
        db.setPort(address.port);
        db.setUserName(address.user);
        db.setPassword(address.password);
        db.setDatabaseName(QStringLiteral("postgres"));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                say(QStringLiteral("%1: %2").arg(sql, query.lastError().text()));
        } else {
            say(db.lastError().text());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

struct Totals
{
    std::atomic<qint64> writes{0};
    std::atomic<qint64> conflicts{0};
    std::atomic<qint64> errors{0};
    std::atomic<qint64> idClashes{0};
    std::atomic<qint64> moves{0};
    std::atomic<qint64> movesSkipped{0};
};

// Moves a random item into one of the first gaps of the backlog as it is read now: twenty
// writers aim at the same few gaps, so two of them often compute the same key at once, which
// only one may write (format 14's unique index; the other checks again and takes a fresh key).
bool move(const QSqlDatabase &db, ItemRepository &items, const QList<ItemId> &ids, QRandomGenerator &random, Totals &totals)
{
    auto top = Sql::exec(db, QStringLiteral("SELECT order_key FROM item WHERE archived = 0 ORDER BY order_key LIMIT %1").arg(topGaps + 1));
    if (!top)
        return false;
    QStringList keys;
    while (top->next())
        keys.append(top->value(0).toString());
    const int gap = random.bounded(int(keys.size()) - 1);
    const std::optional<QString> key = OrderKey::between(keys.at(gap), keys.at(gap + 1));
    const ItemId id = ids.at(random.bounded(int(ids.size())));
    auto known = Sql::scalar(db, QStringLiteral("SELECT order_key FROM item WHERE id = ?"), {id});
    if (!known)
        return false;
    if (!key || OrderKey::needsRebalance(*key) || known->toString() == keys.at(gap) || known->toString() == keys.at(gap + 1)) {
        ++totals.movesSkipped; // the gap is used up (Ordo would rebalance), or the item borders it
        return true;
    }
    QList<ItemId> movedByOthers;
    if (const Status placed = items.setOrderKeys({id}, {*key}, {known->toString()}, &movedByOthers); !placed) {
        if (totals.errors++ < 3)
            say(QStringLiteral("move failed: %1").arg(placed.errorMessage()));
        return false;
    }
    ++totals.moves;
    return true;
}

void writer(const ServerAddress &address, const QList<ItemId> &ids, qint64 deadlineMs, const QElapsedTimer &clock, Totals &totals)
{
    auto database = Database::openServer(address);
    if (!database) {
        ++totals.errors;
        return;
    }
    const QSqlDatabase db = database->connection();
    ItemRepository items(*database);
    QRandomGenerator random(QRandomGenerator::global()->generate());
    while (clock.elapsed() < deadlineMs) {
        if (random.bounded(2) == 0) {
            if (!move(db, items, ids, random, totals))
                break;
            continue;
        }
        const ItemId id = ids.at(random.bounded(int(ids.size())));
        for (;;) { // until this item's write goes through
            auto read = Sql::exec(db, QStringLiteral("SELECT estimate, version FROM item WHERE id = ?"), {id});
            if (!read || !read->next()) {
                if (totals.errors++ < 3)
                    say(QStringLiteral("read failed: %1").arg(read ? QStringLiteral("no row") : read.errorMessage()));
                break;
            }
            const double estimate = read->value(0).toDouble();
            const int version = read->value(1).toInt();
            Transaction transaction(db);
            const Status written = items.setEstimate(id, estimate + 1, version);
            if (!written) {
                if (written.error().isConflict()) {
                    ++totals.conflicts;
                    continue; // someone else wrote it: read again
                }
                if (written.errorMessage().contains(QLatin1String("(23505)"))) {
                    // Two new history rows took the same id (format 1's ordo_next_id() counts
                    // max(id) + 1 on PostgreSQL): the transaction rolled back; try again.
                    ++totals.idClashes;
                    continue;
                }
                if (totals.errors++ < 3)
                    say(QStringLiteral("write failed: %1").arg(written.errorMessage()));
                break;
            }
            if (!Sql::exec(db, QStringLiteral("UPDATE item SET bench_writes = bench_writes + 1 WHERE id = ?"), {id})) {
                ++totals.errors;
                break;
            }
            if (!transaction.commit()) {
                ++totals.conflicts; // a serialization failure: try again
                continue;
            }
            ++totals.writes;
            break;
        }
    }
}

} // namespace

int runWriters(int writers, int seconds, const QString &server, const QString &jsonPath)
{
    QTemporaryDir dir;
    const QString throwaway = dir.filePath(QStringLiteral("postgres"));
    const QString script = QStringLiteral(ORDO_SOURCE_DIR "/scripts/pg-throwaway");
    ServerAddress address;
    if (server.isEmpty()) {
        say(QStringLiteral("Starting a throwaway PostgreSQL server (scripts/pg-throwaway)..."));
        if (QProcess::execute(script, {QStringLiteral("start"), throwaway}) != 0)
            fail(QStringLiteral("could not start a throwaway server"));
        QFile connection(throwaway + QStringLiteral("/connection"));
        if (!connection.open(QIODevice::ReadOnly | QIODevice::Text))
            fail(QStringLiteral("the throwaway server wrote no connection file"));
        while (!connection.atEnd()) {
            const QString line = QString::fromUtf8(connection.readLine()).trimmed();
            const QString key = line.section(QLatin1Char('='), 0, 0);
            const QString value = line.section(QLatin1Char('='), 1);
            if (key == QLatin1String("host"))
                address.host = value;
            else if (key == QLatin1String("port"))
                address.port = value.toInt();
            else if (key == QLatin1String("user"))
                address.user = value;
        }
    } else {
        const QUrl url(server);
        if (url.scheme() != QLatin1String("postgresql") || url.host().isEmpty())
            fail(QStringLiteral("--server takes postgresql://user@host:port"));
        address.host = url.host();
        address.port = url.port(5432);
        address.user = url.userName();
        address.password = url.password();
    }
    address.database = QStringLiteral("ordo_bench_writers_%1").arg(QCoreApplication::applicationPid());
    const auto stopServer = [&] {
        if (server.isEmpty())
            QProcess::execute(script, {QStringLiteral("stop"), throwaway});
    };
    if (!adminExec(address, QStringLiteral("CREATE DATABASE %1").arg(address.database))) {
        stopServer();
        fail(QStringLiteral("could not create the bench's database"));
    }

    int exitCode = 0;
    {
        Product product;
        product.name = QStringLiteral("Writers");
        QString error;
        auto database = Database::createOnServer(address, product, &error);
        if (!database)
            fail(error);
        QList<BacklogItem> batch;
        for (int i = 0; i < itemCount; ++i) {
            BacklogItem item;
            item.title = QStringLiteral("Item %1").arg(i + 1);
            item.estimate = 0;
            batch.append(item);
        }
        const QList<ItemId> ids = valueOr(ItemRepository(*database).createMany(batch), "creating the items");
        const QSqlDatabase db = database->connection();
        valueOr(Sql::exec(db, QStringLiteral("ALTER TABLE item ADD COLUMN bench_writes INTEGER NOT NULL DEFAULT 0")),
                "adding the counter column");
        const qint64 versionsBefore = valueOr(Sql::scalar(db, QStringLiteral("SELECT sum(version) FROM item")), "versions").toLongLong();

        say(QStringLiteral("%1 writers for %2 s on %3 items (%4)...").arg(writers).arg(seconds).arg(itemCount).arg(address.displayName()));
        Totals totals;
        QElapsedTimer clock;
        clock.start();
        std::vector<std::thread> threads;
        for (int w = 0; w < writers; ++w)
            threads.emplace_back(writer, std::cref(address), std::cref(ids), qint64(seconds) * 1000, std::cref(clock), std::ref(totals));
        for (std::thread &thread : threads)
            thread.join();
        const double elapsedS = clock.elapsed() / 1000.0;

        const qint64 counted = valueOr(Sql::scalar(db, QStringLiteral("SELECT sum(bench_writes) FROM item")), "counter").toLongLong();
        const qint64 estimated = qRound64(valueOr(Sql::scalar(db, QStringLiteral("SELECT sum(estimate) FROM item")), "estimates").toDouble());
        const qint64 versions = valueOr(Sql::scalar(db, QStringLiteral("SELECT sum(version) FROM item")), "versions").toLongLong() - versionsBefore;
        const qint64 writes = totals.writes;
        const qint64 moves = totals.moves;
        const qint64 sharedKeys = valueOr(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM item GROUP BY archived, order_key "
                                                                         "HAVING count(*) > 1) AS shared")),
                                          "shared keys")
                                      .toLongLong();
        const qint64 moveRows = valueOr(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM history WHERE field = 'order' "
                                                                       "AND coalesce(old_value, '') <> ''")),
                                        "moves recorded")
                                    .toLongLong();
        // Each move and each estimate bumped one version; each move left one history row.
        const bool noLostUpdate = counted == writes && estimated == writes && versions == writes + moves && moveRows == moves
                                  && sharedKeys == 0 && totals.errors == 0;
        say(QStringLiteral("writes %1 (%2 writes/s), conflicts retried %3, history id clashes retried %4, errors %5")
                .arg(writes).arg(writes / elapsedS, 0, 'f', 0).arg(qint64(totals.conflicts)).arg(qint64(totals.idClashes))
                .arg(qint64(totals.errors)));
        say(QStringLiteral("moves into the top %1 gaps: %2 (%3 skipped: gap used up), recorded %4, keys held twice %5")
                .arg(topGaps).arg(moves).arg(qint64(totals.movesSkipped)).arg(moveRows).arg(sharedKeys));
        say(QStringLiteral("rows say: counter %1, estimates %2, versions %3 (writes + moves)   no lost update: %4")
                .arg(counted).arg(estimated).arg(versions).arg(noLostUpdate ? QStringLiteral("yes") : QStringLiteral("NO")));
        if (!jsonPath.isEmpty()) {
            writeJson(QJsonObject{{QStringLiteral("writers"), writers},
                                  {QStringLiteral("seconds"), elapsedS},
                                  {QStringLiteral("writes"), writes},
                                  {QStringLiteral("writes_per_s"), writes / elapsedS},
                                  {QStringLiteral("conflicts"), qint64(totals.conflicts)},
                                  {QStringLiteral("errors"), qint64(totals.errors)},
                                  {QStringLiteral("history_id_clashes"), qint64(totals.idClashes)},
                                  {QStringLiteral("counted"), counted},
                                  {QStringLiteral("moves"), moves},
                                  {QStringLiteral("keys_held_twice"), sharedKeys},
                                  {QStringLiteral("no_lost_update"), noLostUpdate}},
                      jsonPath);
        }
        exitCode = noLostUpdate ? 0 : 1;
    }
    adminExec(address, QStringLiteral("DROP DATABASE %1").arg(address.database));
    stopServer();
    return exitCode;
}

} // namespace Bench
