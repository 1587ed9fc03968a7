#pragma once

#include "domain/item.h"
#include "storage/database.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

#include <memory>
#include <optional>

// The storage tests run over both engines, data-driven over the driver: a test class adds the
// global data rows with TestEngines::addRows() in initTestCase_data() and calls
// ORDO_USE_TEST_ENGINE() in init(); every TestProduct made in a test function then lives in that
// row's engine. "sqlite" is a file in a temporary folder; "postgres" a fresh database on the
// throwaway server that ctest starts (scripts/pg-throwaway), dropped again afterwards. A test
// binary run by hand, without ORDO_TEST_POSTGRES, skips the postgres rows saying how to run them;
// under ctest (which sets it) they always run, and a server that cannot be reached fails them.
namespace TestEngines {

// The global data column "driver" with the rows "sqlite" and "postgres".
void addRows();

// Makes TestProduct use `driver`; returns why the row cannot run here (to skip it), or nothing.
// Fails the test run outright when ORDO_TEST_POSTGRES is set but names no usable server.
QString use(const QString &driver);
QString current();
inline bool isPostgres() { return current() == QLatin1String("postgres"); }

} // namespace TestEngines

#define ORDO_USE_TEST_ENGINE()                                                   \
    do {                                                                         \
        QFETCH_GLOBAL(QString, driver);                                          \
        if (const QString why = TestEngines::use(driver); !why.isEmpty())        \
            QSKIP(qPrintable(why));                                              \
    } while (false)

// The throwaway server's address (its superuser, no database) from ORDO_TEST_POSTGRES, or nothing
// with `why` saying why.
std::optional<Ordo::ServerAddress> testServer(QString *why);
// A connection to the test server's maintenance database as its superuser, and a statement run there.
QSqlDatabase adminConnection(const Ordo::ServerAddress &server);
void adminExec(const Ordo::ServerAddress &server, const QString &sql);

// A fresh, empty database on the test server, dropped when this goes. Needs ORDO_TEST_POSTGRES.
class ServerDatabase
{
public:
    ServerDatabase();
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    const Ordo::ServerAddress &address() const { return m_address; }

private:
    Ordo::ServerAddress m_address;
};

// A fresh product with the real migrations applied: a file in a temporary folder that
// disappears with the fixture, or a database on the test server (TestEngines).
class TestProduct
{
public:
    TestProduct();
    ~TestProduct();

    Ordo::Database &db() { return *m_database; }
    // The file's path; for a server product, its address as a name.
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }
    bool isServer() const { return m_server != nullptr; }

    // A story with the given title, appended at the bottom of the backlog.
    Ordo::ItemId addItem(const QString &title,
                         Ordo::ItemType type = Ordo::ItemType::Story,
                         std::optional<double> estimate = std::nullopt);

    // Closes the file (e.g. to compare its bytes or reopen it).
    void close() { m_database.reset(); }
    // Closes the product and opens it again as the application would (a file or a server database).
    std::unique_ptr<Ordo::Database> reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ServerDatabase> m_server;
    std::unique_ptr<Ordo::Database> m_database;
};

// A product at an older format in the current test engine, made by the real migrations up to
// `version`: a file, or a database on the test server; upgrade() reopens it as the application
// would (which upgrades it).
class OldProduct
{
public:
    explicit OldProduct(int version);
    ~OldProduct();
    OldProduct(const OldProduct &) = delete;
    OldProduct &operator=(const OldProduct &) = delete;

    Ordo::Database *get() const { return m_database.get(); }
    QSqlDatabase connection() const { return m_database->connection(); }
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    bool isServer() const { return bool(m_server); }

    // Closes it and opens it again, upgrading it.
    Ordo::Database *upgrade(QString *error);

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ServerDatabase> m_server;
    std::unique_ptr<Ordo::Database> m_database;
    QString m_error;
};

// The bytes of a file (plus its -wal, if any), to prove a file was left untouched.
QByteArray fileBytes(const QString &path);
