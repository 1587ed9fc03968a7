#include "database.h"

#include "migrations/migrations.h"
#include "productcopy.h"
#include "productrepository.h"
#include "server.h"
#include "sql.h"
#include "transaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QtEndian>

#include <algorithm>

namespace Ordo {
namespace {


QString uniqueConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("ordo-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString displayPath(const QString &path) { return QDir::toNativeSeparators(path); }

struct Inspection
{
    Database::OpenError error;
    int version = 0;
};

void fail(Inspection &inspection, Database::OpenFailure reason, const QString &message)
{
    inspection.error = {reason, message};
}

// Looks at a file without writing to it: the SQLite header first, then a
// read-only connection for what the header cannot prove.
Inspection inspect(const QString &path)
{
    Inspection result;
    const QFileInfo info(path);
    if (!info.exists()) {
        fail(result,
             Database::OpenFailure::NotFound,
             QCoreApplication::translate("Ordo::Database", "The product file “%1” does not exist.").arg(displayPath(path)));
        return result;
    }
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        fail(result,
             Database::OpenFailure::Io,
             QCoreApplication::translate("Ordo::Database", "The product file “%1” cannot be read: %2")
                 .arg(displayPath(path), file.errorString()));
        return result;
    }
    const QByteArray header = file.read(100);
    file.close();
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic)) {
        fail(result,
             Database::OpenFailure::NotSqlite,
             QCoreApplication::translate("Ordo::Database", "“%1” is not an Ordo product file.").arg(displayPath(path)));
        return result;
    }

    // A read-only connection to a WAL-mode file creates the -wal and -shm side
    // files (empty); they are removed again below if they were not there before.
    const QString walPath = path + QStringLiteral("-wal");
    const QString shmPath = path + QStringLiteral("-shm");
    const bool hadSideFiles = QFileInfo::exists(walPath) || QFileInfo::exists(shmPath);

    const QString connectionName = uniqueConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            fail(result,
                 Database::OpenFailure::Io,
                 QCoreApplication::translate("Ordo::Database", "The product file “%1” cannot be opened: %2")
                     .arg(displayPath(path), db.lastError().text()));
        } else {
            const auto appId = Sql::scalar(db, QStringLiteral("PRAGMA application_id"));
            const auto version = Sql::scalar(db, QStringLiteral("PRAGMA user_version"));
            // Reading the schema proves the file is a readable database, not just its header.
            const auto tables = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
            if (!appId || !version || !tables) {
                const QString reason = !appId     ? appId.errorMessage()
                                       : !version ? version.errorMessage()
                                                  : tables.errorMessage();
                fail(result,
                     Database::OpenFailure::Corrupt,
                     QCoreApplication::translate("Ordo::Database", "The product file “%1” is damaged and cannot be opened. It was left "
                        "as it is.\n\n%2")
                         .arg(displayPath(path), reason));
            } else if (appId->toLongLong() != Database::applicationId) {
                fail(result,
                     Database::OpenFailure::NotOrdo,
                     QCoreApplication::translate("Ordo::Database", "“%1” is a SQLite database, but not an Ordo product file. It was left "
                        "as it is.")
                         .arg(displayPath(path)));
            } else if (version->toInt() > Migrations::latestVersion()) {
                fail(result,
                     Database::OpenFailure::Newer,
                     QCoreApplication::translate("Ordo::Database", "“%1” was saved by a newer version of Ordo (file format %2; this "
                        "version reads formats up to %3). Update Ordo to open it. The file "
                        "was left as it is.")
                         .arg(displayPath(path))
                         .arg(version->toInt())
                         .arg(Migrations::latestVersion()));
            } else {
                result.version = version->toInt();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (!hadSideFiles && QFileInfo(walPath).size() == 0) {
        QFile::remove(walPath);
        QFile::remove(shmPath);
    }
    return result;
}

Status configure(const QSqlDatabase &db)
{
    for (const auto *pragma : {"PRAGMA foreign_keys = ON",
                               "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = NORMAL",
                               "PRAGMA busy_timeout = 5000",
                               // 32 MiB of page cache: a reorder of 100,000 items stays in memory
                               // until it commits instead of spilling pages on the way.
                               "PRAGMA cache_size = -32768"}) {
        if (auto result = Sql::exec(db, QString::fromLatin1(pragma)); !result)
            return result.error();
    }
    return success();
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::openReader(const QString &path, QString *error)
{
    const QString connectionName = uniqueConnectionName();
    std::unique_ptr<Database> database(new Database(path, connectionName));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open() || !Sql::exec(db, QStringLiteral("PRAGMA busy_timeout = 5000"))) {
        if (error)
            *error = QCoreApplication::translate("Ordo::Database", "The product file “%1” cannot be opened: %2")
                         .arg(displayPath(path), db.lastError().text());
        return nullptr;
    }
    return database;
}

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_connectionName, false); }

std::unique_ptr<Database> Database::openForWriting(const QString &path, QString *error)
{
    const QString connectionName = uniqueConnectionName();
    std::unique_ptr<Database> database(new Database(path, connectionName));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        if (error)
            *error = QCoreApplication::translate("Ordo::Database", "The product file “%1” cannot be opened for writing: %2")
                         .arg(displayPath(path), db.lastError().text());
        return nullptr;
    }
    if (auto configured = configure(db); !configured) {
        if (error)
            *error = configured.errorMessage();
        return nullptr;
    }
    return database;
}

std::unique_ptr<Database> Database::open(const QString &path, OpenError *error)
{
    const Inspection inspection = inspect(path);
    if (inspection.error.reason != OpenFailure::None) {
        if (error)
            *error = inspection.error;
        return nullptr;
    }

    if (inspection.version < Migrations::latestVersion()) {
        // Keep the original before upgrading, so an older Ordo can still read it.
        const QString backup = QStringLiteral("%1.format-%2.bak").arg(path).arg(inspection.version);
        QFile::remove(backup);
        if (!QFile::copy(path, backup)) {
            if (error)
                *error = {OpenFailure::Io,
                          QCoreApplication::translate("Ordo::Database", "Could not keep a copy of “%1” before upgrading it to the "
                             "current file format. The file was left as it is.")
                              .arg(displayPath(path))};
            return nullptr;
        }
    }

    QString message;
    auto database = openForWriting(path, &message);
    if (database) {
        if (auto migrated = Migrations::migrate(database->connection()); !migrated) {
            message = migrated.errorMessage();
            database.reset();
        }
    }
    if (!database && error)
        *error = {OpenFailure::Io, message};
    return database;
}

std::unique_ptr<Database> Database::createAtVersion(const QString &path,
                                                    int schemaVersion,
                                                    QString *error)
{
    if (QFileInfo::exists(path)) {
        if (error)
            *error = QCoreApplication::translate("Ordo::Database", "“%1” already exists.").arg(displayPath(path));
        return nullptr;
    }
    auto database = openForWriting(path, error);
    if (!database)
        return nullptr;
    if (auto migrated = Migrations::migrate(database->connection(), schemaVersion); !migrated) {
        if (error)
            *error = migrated.errorMessage();
        database.reset();
        QFile::remove(path);
        return nullptr;
    }
    return database;
}

std::unique_ptr<Database> Database::create(const QString &path,
                                           const Product &product,
                                           QString *error)
{
    auto database = createAtVersion(path, Migrations::latestVersion(), error);
    if (!database)
        return nullptr;
    if (auto created = ProductRepository(*database).create(product); !created) {
        if (error)
            *error = created.errorMessage();
        database.reset();
        QFile::remove(path);
        return nullptr;
    }
    return database;
}

QString ServerAddress::displayName() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

std::optional<ServerAddress> ServerAddress::fromUrl(const QString &url, QString *error)
{
    const auto refuse = [&](const QString &why) -> std::optional<ServerAddress> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString text = url.trimmed();
    const QUrl parsed(text, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")) {
        return refuse(QCoreApplication::translate("Ordo::Database", "“%1” is no PostgreSQL address: it starts with "
                                                                    "postgresql:// (as in postgresql://user@host:5432/database).")
                          .arg(text));
    }
    if (!parsed.isValid()) {
        return refuse(QCoreApplication::translate("Ordo::Database", "“%1” is no valid address: %2")
                          .arg(text, parsed.errorString()));
    }
    ServerAddress address;
    address.host = parsed.host(QUrl::FullyDecoded);
    if (address.host.isEmpty())
        return refuse(QCoreApplication::translate("Ordo::Database", "“%1” names no server (postgresql://user@host/database).").arg(text));
    address.port = parsed.port(5432);
    if (address.port < 1 || address.port > 65535)
        return refuse(QCoreApplication::translate("Ordo::Database", "The port of “%1” is not a number from 1 to 65535.").arg(text));
    address.user = parsed.userName(QUrl::FullyDecoded);
    address.password = parsed.password(QUrl::FullyDecoded);
    const QString path = parsed.path(QUrl::FullyDecoded);
    address.database = path.mid(1);
    if (!path.startsWith(QLatin1Char('/')) || address.database.isEmpty() || address.database.contains(QLatin1Char('/'))) {
        return refuse(QCoreApplication::translate("Ordo::Database", "“%1” names no database: it ends with /database, "
                                                                    "as in postgresql://user@host:5432/backlog.")
                          .arg(text));
    }
    QStringList options;
    const auto items = QUrlQuery(parsed).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        const bool plainKey = !key.isEmpty() && std::all_of(key.cbegin(), key.cend(), [](QChar c) {
            return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('_');
        });
        if (!plainKey || value.isEmpty() || value.contains(QLatin1Char(';'))) {
            return refuse(QCoreApplication::translate("Ordo::Database", "The option “%1” of “%2” is not of the form "
                                                                        "name=value (as in sslmode=require).")
                              .arg(key, text));
        }
        options.append(key + QLatin1Char('=') + value);
    }
    address.options = options.join(QLatin1Char(';'));
    return address;
}

QString ServerAddress::toUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user, QUrl::DecodedMode);
    url.setHost(host, QUrl::DecodedMode);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database, QUrl::DecodedMode);
    if (!options.isEmpty()) {
        QUrlQuery query;
        for (const QString &option : options.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            query.addQueryItem(option.section(QLatin1Char('='), 0, 0).trimmed(), option.section(QLatin1Char('='), 1).trimmed());
        url.setQuery(query);
    }
    return url.toString(QUrl::EncodeSpaces);
}

std::unique_ptr<Database> Database::connectToServer(const ServerAddress &address, QString *error)
{
    const QString connectionName = uniqueConnectionName();
    std::unique_ptr<Database> database(new Database(address.displayName(), connectionName));
    database->m_server = true;
    database->m_address = address;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid()) {
        if (error)
            *error = QCoreApplication::translate("Ordo::Database", "Qt's PostgreSQL driver (QPSQL) is not installed.");
        return nullptr;
    }
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    if (!address.password.isEmpty())
        db.setPassword(address.password);
    if (!address.options.isEmpty())
        db.setConnectOptions(address.options);
    if (!db.open()) {
        if (error)
            *error = QCoreApplication::translate("Ordo::Database", "Could not connect to “%1”: %2")
                         .arg(address.displayName(), db.lastError().text());
        return nullptr;
    }
    if (auto prepared = prepareServerSession(db); !prepared) {
        if (error)
            *error = prepared.errorMessage();
        return nullptr;
    }
    return database;
}

Status Database::prepareServerSession(const QSqlDatabase &db)
{
    // Only warnings from the server (its notices are noise here); the session in UTC.
    for (const char *setting : {"SET client_min_messages = warning", "SET TIME ZONE 'UTC'"}) {
        if (auto set = Sql::exec(db, QString::fromLatin1(setting)); !set)
            return set.error();
    }
    return success();
}

bool Database::isConnected() const
{
    if (!m_server)
        return true;
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return false;
    // A server that went away (restarted, the network cut, the session ended by an
    // administrator) is only noticed by talking to it.
    QSqlQuery probe(db);
    return probe.exec(QStringLiteral("SELECT 1")) && probe.next();
}

Status Database::reconnect()
{
    if (!m_server)
        return success();
    QSqlDatabase db = connection();
    db.close();
    if (!db.open()) {
        return Error{QCoreApplication::translate("Ordo::Database", "Could not connect to “%1”: %2")
                         .arg(m_path, db.lastError().text())};
    }
    return prepareServerSession(db);
}

namespace {

// What a server database holds: its format, 0 when it holds no table at all, or why it is refused.
Inspection inspectServer(const QSqlDatabase &db, const QString &name)
{
    Inspection result;
    auto tables = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"));
    auto header = Sql::scalar(db, QStringLiteral("SELECT to_regclass('ordo_header') IS NOT NULL"));
    if (!tables || !header) {
        fail(result, Database::OpenFailure::Io, !tables ? tables.errorMessage() : header.errorMessage());
        return result;
    }
    if (tables->toLongLong() == 0)
        return result;
    auto fields = header->toBool() ? Sql::exec(db, QStringLiteral("SELECT application_id, user_version FROM ordo_header"))
                                   : Expected<QSqlQuery>(Error{});
    if (!fields || !fields->next() || fields->value(0).toLongLong() != Database::applicationId) {
        fail(result,
             Database::OpenFailure::NotOrdo,
             QCoreApplication::translate("Ordo::Database", "The database “%1” holds something other than an Ordo product. "
                                                           "It was left as it is.").arg(name));
        return result;
    }
    const int version = fields->value(1).toInt();
    if (version > Migrations::latestVersion()) {
        fail(result,
             Database::OpenFailure::Newer,
             QCoreApplication::translate("Ordo::Database", "“%1” was saved by a newer version of Ordo (file format %2; this "
                                                           "version reads formats up to %3). Update Ordo to open it. The "
                                                           "database was left as it is.")
                 .arg(name)
                 .arg(version)
                 .arg(Migrations::latestVersion()));
        return result;
    }
    // A database that has only begun to be built (no step committed yet) is no product either.
    result.version = version;
    if (version == 0)
        fail(result, Database::OpenFailure::NotOrdo,
             QCoreApplication::translate("Ordo::Database", "The database “%1” holds no Ordo product.").arg(name));
    return result;
}

} // namespace

std::unique_ptr<Database> Database::openServer(const ServerAddress &address, OpenError *error)
{
    QString message;
    auto database = connectToServer(address, &message);
    if (!database) {
        if (error)
            *error = {OpenFailure::Io, message};
        return nullptr;
    }
    Inspection inspection = inspectServer(database->connection(), address.displayName());
    if (inspection.error.reason == OpenFailure::None && inspection.version == 0) {
        fail(inspection, OpenFailure::NotOrdo,
             QCoreApplication::translate("Ordo::Database", "The database “%1” holds no Ordo product.")
                 .arg(address.displayName()));
    }
    if (inspection.error.reason != OpenFailure::None) {
        if (error)
            *error = inspection.error;
        return nullptr;
    }
    if (inspection.version < Migrations::latestVersion()) {
        // Changing the tables takes their owner (who published the product) or a superuser.
        if (auto owner = Server::ownsTables(database->connection()); owner && !*owner) {
            if (error) {
                *error = {OpenFailure::Io,
                          QCoreApplication::translate("Ordo::Database",
                                                      "“%1” was written by an older Ordo (format %2; this Ordo writes format %3). "
                                                      "Only the person who published it can bring it up to date: ask them to open it "
                                                      "once with this Ordo. Until then, open it with the Ordo it was published with.")
                              .arg(address.displayName())
                              .arg(inspection.version)
                              .arg(Migrations::latestVersion())};
            }
            return nullptr;
        }
    }
    if (auto migrated = Migrations::migrate(database->connection()); !migrated) {
        if (error)
            *error = {OpenFailure::Io, migrated.errorMessage()};
        return nullptr;
    }
    return database;
}

std::unique_ptr<Database> Database::openServerReader(const ServerAddress &address, QString *error)
{
    // Known to be an Ordo product at the latest format: no inspection, no migration.
    return connectToServer(address, error);
}

std::unique_ptr<Database> Database::openReader(const Database &of, QString *error)
{
    return of.isServer() ? openServerReader(of.serverAddress(), error) : openReader(of.path(), error);
}

std::unique_ptr<Database> Database::createOnServerAtVersion(const ServerAddress &address,
                                                            int schemaVersion,
                                                            QString *error)
{
    auto database = connectToServer(address, error);
    if (!database)
        return nullptr;
    auto tables = Sql::scalar(database->connection(),
                              QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"));
    if (!tables || tables->toLongLong() != 0) {
        if (error)
            *error = !tables ? tables.errorMessage()
                             : QCoreApplication::translate("Ordo::Database", "The database “%1” is not empty.")
                                   .arg(address.displayName());
        return nullptr;
    }
    if (auto migrated = Migrations::migrate(database->connection(), schemaVersion); !migrated) {
        if (error)
            *error = migrated.errorMessage();
        return nullptr;
    }
    return database;
}

std::unique_ptr<Database> Database::createOnServer(const ServerAddress &address,
                                                   const Product &product,
                                                   QString *error)
{
    auto database = createOnServerAtVersion(address, Migrations::latestVersion(), error);
    if (!database)
        return nullptr;
    if (auto created = ProductRepository(*database).create(product); !created) {
        if (error)
            *error = created.errorMessage();
        return nullptr;
    }
    return database;
}

Status Database::saveCopy(const QString &targetPath) const
{
    if (m_server)
        return saveServerCopy(targetPath);
    if (QFileInfo(targetPath).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return Error{QCoreApplication::translate("Ordo::Database", "A copy cannot replace the product file it is made from.")};
    // VACUUM INTO refuses to overwrite; the caller has confirmed replacing the target.
    if (QFileInfo::exists(targetPath) && !QFile::remove(targetPath))
        return Error{QCoreApplication::translate("Ordo::Database", "Could not replace “%1”.").arg(displayPath(targetPath))};
    if (auto copied = Sql::exec(connection(), QStringLiteral("VACUUM INTO ?"), {targetPath});
        !copied) {
        return Error{QCoreApplication::translate("Ordo::Database", "Could not save a copy to “%1”: %2")
                         .arg(displayPath(targetPath), copied.errorMessage())};
    }
    return success();
}

Status Database::saveServerCopy(const QString &targetPath) const
{
    // The copy is written beside the target under another name and takes its place once whole:
    // a failure leaves no file, and a file it replaces stays until then.
    const QString partial = targetPath + QStringLiteral(".partial");
    const auto removePartial = [&partial] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(partial + QLatin1String(suffix));
    };
    removePartial();
    const auto failed = [&](const QString &why) -> Status {
        removePartial();
        return Error{QCoreApplication::translate("Ordo::Database", "Could not save a copy to “%1”: %2")
                         .arg(displayPath(targetPath), why)};
    };
    auto version = Migrations::currentVersion(connection());
    if (!version)
        return failed(version.errorMessage());
    // The copy's connection is closed (its file whole, or to be removed) before the file is moved.
    const auto write = [&]() -> Status {
        QString error;
        auto copy = createAtVersion(partial, *version, &error);
        if (!copy)
            return Error{error};
        Transaction transaction(copy->connection());
        if (auto begun = transaction.begun(); !begun)
            return begun;
        if (auto copied = ProductCopy::copyRows(connection(), copy->connection()); !copied)
            return copied;
        if (auto committed = transaction.commit(); !committed)
            return committed;
        // One file, without a -wal beside it.
        if (auto single = Sql::exec(copy->connection(), QStringLiteral("PRAGMA journal_mode = DELETE")); !single)
            return single.error();
        return success();
    };
    if (auto written = write(); !written)
        return failed(written.errorMessage());
    if (QFileInfo::exists(targetPath) && !QFile::remove(targetPath))
        return failed(QCoreApplication::translate("Ordo::Database", "“%1” cannot be replaced.").arg(displayPath(targetPath)));
    if (!QFile::rename(partial, targetPath))
        return failed(QCoreApplication::translate("Ordo::Database", "the copy cannot be moved into place."));
    return success();
}

void Database::setClock(Clock clock) { m_clock = std::move(clock); }

QDateTime Database::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

Database::FrozenClock::FrozenClock(Database &database)
    : m_database(database)
    , m_previous(database.m_clock)
    , m_at(database.now())
{
    const QDateTime at = m_at;
    m_database.m_clock = [at] { return at; };
}

Database::FrozenClock::~FrozenClock() { m_database.m_clock = std::move(m_previous); }

} // namespace Ordo
