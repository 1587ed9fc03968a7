#include "livebench.h"

#include "backlog/backlogmodel.h"
#include "benchsupport.h"
#include "commands/backlogcommands.h"
#include "domain/product.h"
#include "productdocument.h"
#include "storage/database.h"
#include "storage/itemrepository.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

using namespace Ordo;
using namespace Bench;
using Measurements::Figure;

namespace {

QString throwawayScript() { return QStringLiteral(ORDO_SOURCE_DIR "/scripts/pg-throwaway"); }

// A server started for this run, stopped when it goes.
class Throwaway
{
public:
    explicit Throwaway(const QString &dir)
        : m_dir(dir)
    {
        if (QProcess::execute(throwawayScript(), {QStringLiteral("start"), m_dir}) != 0)
            fail(QStringLiteral("could not start a throwaway PostgreSQL server (scripts/pg-throwaway)"));
        m_started = true;
    }
    ~Throwaway()
    {
        if (m_started)
            QProcess::execute(throwawayScript(), {QStringLiteral("stop"), m_dir});
    }
    Throwaway(const Throwaway &) = delete;
    Throwaway &operator=(const Throwaway &) = delete;

    ServerAddress address() const
    {
        QFile file(m_dir + QStringLiteral("/connection"));
        if (!file.open(QIODevice::ReadOnly))
            fail(QStringLiteral("the throwaway server left no connection file"));
        ServerAddress address;
        address.database = QStringLiteral("postgres");
        for (const QByteArray &line : file.readAll().split('\n')) {
            const qsizetype equals = line.indexOf('=');
            if (equals < 0)
                continue;
            const QString key = QString::fromUtf8(line.left(equals));
            const QString value = QString::fromUtf8(line.mid(equals + 1)).trimmed();
            if (key == QLatin1String("host"))
                address.host = value;
            else if (key == QLatin1String("port"))
                address.port = value.toInt();
            else if (key == QLatin1String("user"))
                address.user = value;
        }
        return address;
    }

private:
    QString m_dir;
    bool m_started = false;
};

ServerAddress addressOf(const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("postgresql") && parsed.scheme() != QLatin1String("postgres")))
        fail(QStringLiteral("--server wants postgresql://user[:password]@host[:port]/database, not %1").arg(url));
    ServerAddress address;
    address.host = parsed.host();
    address.port = parsed.port(5432);
    address.user = parsed.userName();
    address.password = parsed.password();
    address.database = parsed.path().mid(1);
    if (address.database.isEmpty())
        address.database = QStringLiteral("postgres");
    return address;
}

// Runs `sql` on the server's maintenance database `admin` names.
void adminExec(const ServerAddress &admin, const QString &sql)
{
    const QString name = QStringLiteral("ordo-bench-admin");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(admin.host);
        db.setPort(admin.port);
        db.setDatabaseName(admin.database);
        db.setUserName(admin.user);
        if (!admin.password.isEmpty())
            db.setPassword(admin.password);
        if (!db.open())
            fail(QStringLiteral("cannot connect to %1").arg(admin.displayName()));
        if (auto done = Sql::exec(db, sql); !done)
            fail(QStringLiteral("%1: %2").arg(sql, done.errorMessage()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Opens a client and waits until it has the whole backlog; returns the time to the first screen.
std::unique_ptr<ProductDocument> openClient(const ServerAddress &address, double *firstScreenMs, double *completeMs)
{
    QElapsedTimer clock;
    clock.start();
    QString error;
    auto document = ProductDocument::openServer(address, &error);
    if (!document)
        fail(QStringLiteral("cannot open the product: %1").arg(error));
    *firstScreenMs = double(clock.nsecsElapsed()) / 1e6;
    while (document->isLoading())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    *completeMs = double(clock.nsecsElapsed()) / 1e6;
    if (!document->editor())
        fail(QStringLiteral("the backlog could not be read"));
    return document;
}

} // namespace

int runLive(const QString &server, int items, int repetitions, QJsonObject json, const QString &jsonPath)
{
    QTemporaryDir dir;
    std::optional<Throwaway> throwaway;
    ServerAddress admin;
    if (server.isEmpty()) {
        throwaway.emplace(dir.filePath(QStringLiteral("postgres")));
        admin = throwaway->address();
    } else {
        admin = addressOf(server);
    }
    ServerAddress address = admin;
    address.database = QStringLiteral("ordo_bench_%1").arg(QCoreApplication::applicationPid());
    adminExec(admin, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(address.database));
    adminExec(admin, QStringLiteral("CREATE DATABASE %1").arg(address.database));
    say(QStringLiteral("Server: %1").arg(address.displayName()));

    {
        QString error;
        const double publishMs = Measurements::timeOnce([&] {
            Product product;
            product.name = QStringLiteral("Live bench");
            product.keyPrefix = QStringLiteral("LIV");
            auto published = Database::createOnServer(address, product, &error);
            if (!published)
                fail(QStringLiteral("cannot publish the product: %1").arg(error));
            QList<BacklogItem> batch;
            for (int i = 1; i <= items; ++i) {
                BacklogItem item;
                item.title = QStringLiteral("Backlog item %1 of the live benchmark").arg(i);
                item.description = QStringLiteral("What the team needs to know about item %1.").arg(i);
                batch.append(item);
                if (batch.size() == 10000 || i == items) {
                    valueOr(ItemRepository(*published).createMany(batch), "add items");
                    batch.clear();
                }
            }
        });
        say(QStringLiteral("Put %1 items on the server in %2 ms").arg(items).arg(publishMs, 0, 'f', 0));

        // open_first_screen_ms / open_complete_ms: a client opens the product (the first screen,
        // then the whole backlog read on the reader's own connection).
        Figure firstScreen;
        Figure complete;
        std::unique_ptr<ProductDocument> a;
        std::unique_ptr<ProductDocument> b;
        for (int r = 0; r < repetitions; ++r) {
            double first = 0, whole = 0;
            auto client = openClient(address, &first, &whole);
            firstScreen.samples.append(first);
            complete.samples.append(whole);
            if (!a)
                a = std::move(client);
            else if (!b)
                b = std::move(client);
        }
        if (!b) {
            double first = 0, whole = 0;
            b = openClient(address, &first, &whole);
        }

        // move_seen_ms: from A's move committed (moveItems() returned) until B's backlog shows the
        // item at the top; 20 moves of items from all over the backlog.
        Figure seen;
        int refreshes = 0;
        QObject::connect(b.get(), &ProductDocument::remoteChange, b.get(), [&refreshes] { ++refreshes; });
        QTimer awake; // (wakes the wait below now and then, for its time limit)
        awake.start(50);
        for (int m = 0; m < 20; ++m) {
            const int from = int((qint64(m) * 7919 + 1) % a->backlogModel()->rowCount());
            const ItemId id = a->backlogModel()->rowAt(from == 0 ? 1 : from).id;
            if (auto moved = Commands::moveItems(a->commands(), {id}, 0); !moved)
                fail(moved.errorMessage());
            QElapsedTimer clock;
            clock.start();
            while (b->backlogModel()->rowAt(0).id != id) {
                if (clock.elapsed() > 10000)
                    fail(QStringLiteral("the other client did not show the move within 10 s"));
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            }
            seen.samples.append(double(clock.nsecsElapsed()) / 1e6);
        }
        if (a->backlogModel()->rows().size() != b->backlogModel()->rows().size())
            fail(QStringLiteral("the clients disagree on the backlog"));

        say(QString());
        say(QStringLiteral("Live updates, %1 items on %2 (%3 refreshes for 20 moves)").arg(items).arg(address.host).arg(refreshes));
        row(QStringLiteral("open_first_screen_ms"), firstScreen, QStringLiteral("target <= 2000 ms"), firstScreen.median() <= 2000);
        row(QStringLiteral("open_complete_ms"), complete, QStringLiteral("target <= 2000 ms"), complete.median() <= 2000);
        row(QStringLiteral("move_seen_ms"), seen, QStringLiteral("target <= 200 ms"), seen.median() <= 200);
        json.insert(QStringLiteral("publish_ms"), publishMs);
        json.insert(QStringLiteral("open_first_screen_ms"), firstScreen.toJson());
        json.insert(QStringLiteral("open_complete_ms"), complete.toJson());
        json.insert(QStringLiteral("move_seen_ms"), seen.toJson());
        writeJson(json, jsonPath);
    }
    adminExec(admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(address.database));
    return 0;
}
