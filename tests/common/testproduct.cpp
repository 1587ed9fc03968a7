#include "testproduct.h"

#include "domain/product.h"
#include "storage/itemrepository.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {

QString &currentDriver()
{
    static QString driver = QStringLiteral("sqlite");
    return driver;
}

} // namespace

// The throwaway server's connection file (scripts/pg-throwaway): key=value lines.
std::optional<Ordo::ServerAddress> testServer(QString *why)
{
    const QByteArray file = qgetenv("ORDO_TEST_POSTGRES");
    if (file.isEmpty()) {
        *why = QStringLiteral("ORDO_TEST_POSTGRES is not set: run the PostgreSQL rows through ctest (it starts a "
                              "throwaway server), or start one with `scripts/pg-throwaway start DIR` and set "
                              "ORDO_TEST_POSTGRES=DIR/connection");
        return std::nullopt;
    }
    QFile connection(QString::fromLocal8Bit(file));
    if (!connection.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("ORDO_TEST_POSTGRES names %s, which cannot be read: did postgres_start fail?", file.constData());
    Ordo::ServerAddress address;
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
    if (address.host.isEmpty() || address.port <= 0 || address.user.isEmpty())
        qFatal("%s names no running server (no host, port and user): did postgres_start fail?", file.constData());
    return address;
}

// A connection to the server's maintenance database, for creating and dropping test databases.
QSqlDatabase adminConnection(const Ordo::ServerAddress &server)
{
    const QString name = QStringLiteral("ordo-test-admin");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(server.host);
    db.setPort(server.port);
    db.setUserName(server.user);
    db.setDatabaseName(QStringLiteral("postgres"));
    if (!db.open())
        qFatal("Cannot connect to the test server %s:%d: %s", qPrintable(server.host), server.port,
               qPrintable(db.lastError().text()));
    return db;
}

void adminExec(const Ordo::ServerAddress &server, const QString &sql)
{
    QSqlQuery query(adminConnection(server));
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
}

namespace TestEngines {

void addRows()
{
    QTest::addColumn<QString>("driver");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

QString use(const QString &driver)
{
    currentDriver() = driver;
    if (driver == QLatin1String("postgres")) {
        QString why;
        if (!testServer(&why))
            return why;
    }
    return {};
}

QString current() { return currentDriver(); }

} // namespace TestEngines

ServerDatabase::ServerDatabase()
{
    QString why;
    const auto server = testServer(&why);
    if (!server)
        qFatal("%s", qPrintable(why));
    static QAtomicInteger<int> counter;
    m_address = *server;
    m_address.database = QStringLiteral("ordo_test_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
    adminExec(*server, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_address.database));
    adminExec(*server, QStringLiteral("CREATE DATABASE %1").arg(m_address.database));
}

ServerDatabase::~ServerDatabase()
{
    // WITH (FORCE): a connection a failed test left open does not keep the database.
    adminExec(m_address, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_address.database));
}

TestProduct::TestProduct()
    : m_path(m_dir.filePath(QStringLiteral("test.ordo")))
{
    Ordo::Product product;
    product.name = QStringLiteral("Test product");
    product.keyPrefix = QStringLiteral("TST");
    QString error;
    if (TestEngines::isPostgres()) {
        m_server = std::make_unique<ServerDatabase>();
        m_database = Ordo::Database::createOnServer(m_server->address(), product, &error);
        m_path = m_server->address().displayName();
    } else {
        m_database = Ordo::Database::create(m_path, product, &error);
    }
    if (!m_database)
        qFatal("Could not create a test product: %s", qPrintable(error));
}

TestProduct::~TestProduct()
{
    // The product's connection closes before its database is dropped.
    m_database.reset();
}

std::unique_ptr<Ordo::Database> TestProduct::reopen()
{
    m_database.reset();
    Ordo::Database::OpenError error;
    auto database = m_server ? Ordo::Database::openServer(m_server->address(), &error)
                             : Ordo::Database::open(m_path, &error);
    if (!database)
        qWarning("Could not reopen the test product: %s", qPrintable(error.message));
    return database;
}

Ordo::ItemId TestProduct::addItem(const QString &title, Ordo::ItemType type, std::optional<double> estimate)
{
    Ordo::BacklogItem item;
    item.title = title;
    item.type = type;
    item.estimate = estimate;
    auto id = Ordo::ItemRepository(*m_database).create(item);
    if (!id)
        qFatal("Could not add an item: %s", qPrintable(id.errorMessage()));
    return *id;
}

QByteArray fileBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &name : {path, path + QStringLiteral("-wal")}) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

OldProduct::OldProduct(int version)
{
    if (TestEngines::isPostgres()) {
        m_server = std::make_unique<ServerDatabase>();
        m_database = Ordo::Database::createOnServerAtVersion(m_server->address(), version, &m_error);
    } else {
        m_path = m_dir.filePath(QStringLiteral("old.ordo"));
        m_database = Ordo::Database::createAtVersion(m_path, version, &m_error);
    }
}

OldProduct::~OldProduct()
{
    m_database.reset();
}

Ordo::Database *OldProduct::upgrade(QString *error)
{
    m_database.reset();
    Ordo::Database::OpenError failure;
    m_database = m_server ? Ordo::Database::openServer(m_server->address(), &failure) : Ordo::Database::open(m_path, &failure);
    *error = failure.message;
    return m_database.get();
}
