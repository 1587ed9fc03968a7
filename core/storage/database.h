#pragma once

#include "expected.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Ordo {

struct Product;

// Where a team's product lives on a PostgreSQL server (Qt's QPSQL driver): one database holds
// one product. An empty password leaves it to libpq (~/.pgpass, PGPASSWORD); `options` are
// further libpq connection options separated by ';' (e.g. "sslmode=require;connect_timeout=5").
struct ServerAddress
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString options;

    // postgresql://user@host:port/database, without the password: for titles and messages.
    QString displayName() const;

    // Reads postgresql://[user[:password]@]host[:port]/database[?option=value&...] (also
    // postgres://), percent-decoded; the query's options become `options` (libpq's names:
    // sslmode=require, connect_timeout=5). Refused, with a message in `error`: another scheme, no
    // host, no database, a port that is no number from 1 to 65535, an option without a value.
    static std::optional<ServerAddress> fromUrl(const QString &url, QString *error = nullptr);
    // The address as such a URL, without the password (percent-encoded where needed), the
    // options as its query: fromUrl(toUrl()) gives the same address but for the password.
    QString toUrl() const;
};

// One open product file.
//
// A product file is a SQLite database (WAL journal, foreign keys on) whose
// application_id header field says "ORDO" and whose user_version is its schema
// version. Opening never writes to a file that Ordo will refuse: the file is
// first inspected through a read-only connection and only reopened for writing
// once it is known to be an Ordo product this build can read.
//
// Every edit is written as it happens, each in one transaction, so there is no
// unsaved work and no Save command.
//
// A product can also live in a database on a PostgreSQL server (openServer(), createOnServer()):
// the same schema, built by the same migrations, and the same repositories; engine() says which,
// and core/storage/dialect.h keeps the few differences in SQL. The header fields live in the
// table ordo_header there.
class Database
{
public:
    // "ORDO" in ASCII, stored in the SQLite header at offset 68.
    static constexpr qint32 applicationId = 0x4F52444F;

    enum class OpenFailure { None, NotFound, NotSqlite, Corrupt, NotOrdo, Newer, Io };

    struct OpenError
    {
        OpenFailure reason = OpenFailure::None;
        QString message;
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens an existing product file, upgrading an older schema (after keeping
    // a copy of the original beside it). Refused files are left untouched.
    static std::unique_ptr<Database> open(const QString &path, OpenError *error = nullptr);

    // A second, read-only connection to a product file that is open already (and so known to
    // be an Ordo product at the latest format), for reading on another thread: create and
    // destroy it on that thread.
    static std::unique_ptr<Database> openReader(const QString &path, QString *error = nullptr);
    // The same for a product on a server: a connection of its own (PostgreSQL runs one query at
    // a time per connection) to the database `address` names, which is open already.
    static std::unique_ptr<Database> openServerReader(const ServerAddress &address, QString *error = nullptr);
    // A second connection like the one `of` has, file or server, for reading on another thread.
    static std::unique_ptr<Database> openReader(const Database &of, QString *error = nullptr);

    // Creates a new product file at `path` (which must not exist yet) holding `product`.
    static std::unique_ptr<Database> create(const QString &path,
                                            const Product &product,
                                            QString *error = nullptr);

    // Creates a file at exactly `schemaVersion` with no product row, for
    // migration tests and upgrade paths. Not for the application.
    static std::unique_ptr<Database> createAtVersion(const QString &path,
                                                     int schemaVersion,
                                                     QString *error = nullptr);

    // Opens the product in the database `address` names on a PostgreSQL server, upgrading an
    // older schema in place (a server keeps its own backups: no copy is made). Refused: a
    // database that holds something other than an Ordo product (NotOrdo; an empty one too),
    // a newer format (Newer), a server that cannot be reached or refuses the login (Io).
    static std::unique_ptr<Database> openServer(const ServerAddress &address, OpenError *error = nullptr);

    // Builds the schema in the database `address` names, which must exist and be empty (no
    // tables), and puts `product` in it. The user needs the right to create tables and the
    // pg_trgm extension (it is trusted: the database's owner may).
    static std::unique_ptr<Database> createOnServer(const ServerAddress &address,
                                                    const Product &product,
                                                    QString *error = nullptr);

    // The server counterpart of createAtVersion(): for migration tests, not for the application.
    static std::unique_ptr<Database> createOnServerAtVersion(const ServerAddress &address,
                                                             int schemaVersion,
                                                             QString *error = nullptr);

    // A connection to the database `address` names, whatever it holds (nothing is inspected or
    // upgraded): for administration (Server::publish(), Server::grant()), not for editing.
    static std::unique_ptr<Database> connectToServer(const ServerAddress &address, QString *error = nullptr);

    QSqlDatabase connection() const;
    // The file's path; for a server product, its ServerAddress::displayName().
    QString path() const { return m_path; }
    bool isServer() const { return m_server; }
    // Where a server product lives (empty for a file).
    const ServerAddress &serverAddress() const { return m_address; }

    // Whether the server still answers (a round trip); always true for a file.
    bool isConnected() const;
    // Opens the server connection again with the same address and login, after it was lost.
    // What was subscribed on the old connection (notifications) must be subscribed again.
    Status reconnect();

    // Writes a consistent copy of the product to a new product file: for a file, VACUUM INTO
    // (a backup); for a server product, a new file at the same format with every row copied
    // (ProductCopy) and its search index rebuilt, all or nothing (no file is left on failure).
    Status saveCopy(const QString &targetPath) const;

    // The clock used for timestamps (created_at, history). Tests and the
    // demo product set it to replay the past.
    using Clock = std::function<QDateTime()>;
    void setClock(Clock clock);
    QDateTime now() const;

    // Holds the clock at one moment while it lives, so that every timestamp one action writes
    // (its sprint's closing moment, its history rows) is the same; then gives the clock back.
    class FrozenClock
    {
    public:
        explicit FrozenClock(Database &database);
        ~FrozenClock();
        FrozenClock(const FrozenClock &) = delete;
        FrozenClock &operator=(const FrozenClock &) = delete;
        QDateTime at() const { return m_at; }

    private:
        Database &m_database;
        Clock m_previous;
        QDateTime m_at;
    };

private:
    Database(QString path, QString connectionName);
    Status saveServerCopy(const QString &targetPath) const;
    static std::unique_ptr<Database> openForWriting(const QString &path, QString *error);
    static Status prepareServerSession(const QSqlDatabase &db);

    QString m_path;
    QString m_connectionName;
    bool m_server = false;
    ServerAddress m_address;
    Clock m_clock;
};

} // namespace Ordo
