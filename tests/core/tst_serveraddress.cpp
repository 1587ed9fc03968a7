#include "storage/database.h"

#include <QTest>

using namespace Ordo;

// Addresses of products on a PostgreSQL server as URLs: what ServerAddress::fromUrl() reads,
// what it refuses, and toUrl() giving them back (without the password).
class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void fromUrl_data();
    void fromUrl();
    void refuses_data();
    void refuses();
    void toUrl_data();
    void toUrl();
};

void TestServerAddress::fromUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("options");
    QTest::newRow("full") << QStringLiteral("postgresql://anna:secret@db.example.org:6543/backlog")
                          << QStringLiteral("db.example.org") << 6543 << QStringLiteral("backlog") << QStringLiteral("anna")
                          << QStringLiteral("secret") << QString();
    QTest::newRow("default port") << QStringLiteral("postgresql://anna@localhost/backlog") << QStringLiteral("localhost") << 5432
                                  << QStringLiteral("backlog") << QStringLiteral("anna") << QString() << QString();
    QTest::newRow("no user") << QStringLiteral("postgres://127.0.0.1:5433/team") << QStringLiteral("127.0.0.1") << 5433
                             << QStringLiteral("team") << QString() << QString() << QString();
    QTest::newRow("scheme in capitals, spaces around") << QStringLiteral("  PostgreSQL://anna@host/b  ") << QStringLiteral("host") << 5432
                                                       << QStringLiteral("b") << QStringLiteral("anna") << QString() << QString();
    QTest::newRow("percent-encoded") << QStringLiteral("postgresql://j%C3%BCrgen:p%40ss%3Aword@host/team%20backlog")
                                     << QStringLiteral("host") << 5432 << QStringLiteral("team backlog")
                                     << QStringLiteral("jürgen") << QStringLiteral("p@ss:word") << QString();
    QTest::newRow("options") << QStringLiteral("postgresql://anna@host/b?sslmode=require&connect_timeout=5")
                             << QStringLiteral("host") << 5432 << QStringLiteral("b") << QStringLiteral("anna") << QString()
                             << QStringLiteral("sslmode=require;connect_timeout=5");
    QTest::newRow("IPv6") << QStringLiteral("postgresql://anna@[::1]:5432/b") << QStringLiteral("::1") << 5432
                          << QStringLiteral("b") << QStringLiteral("anna") << QString() << QString();
}

void TestServerAddress::fromUrl()
{
    QFETCH(QString, url);
    QString error;
    const auto address = ServerAddress::fromUrl(url, &error);
    QVERIFY2(address, qPrintable(error));
    QTEST(address->host, "host");
    QTEST(address->port, "port");
    QTEST(address->database, "database");
    QTEST(address->user, "user");
    QTEST(address->password, "password");
    QTEST(address->options, "options");
}

void TestServerAddress::refuses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << QStringLiteral("postgresql://");
    QTest::newRow("a file") << QStringLiteral("/home/anna/backlog.ordo") << QStringLiteral("postgresql://");
    QTest::newRow("another scheme") << QStringLiteral("mysql://anna@host/b") << QStringLiteral("postgresql://");
    QTest::newRow("no host") << QStringLiteral("postgresql:///backlog") << QStringLiteral("names no server");
    QTest::newRow("no database") << QStringLiteral("postgresql://anna@host") << QStringLiteral("names no database");
    QTest::newRow("only a slash") << QStringLiteral("postgresql://anna@host/") << QStringLiteral("names no database");
    QTest::newRow("a path") << QStringLiteral("postgresql://anna@host/a/b") << QStringLiteral("names no database");
    QTest::newRow("port not a number") << QStringLiteral("postgresql://anna@host:port/b") << QStringLiteral("no valid address");
    QTest::newRow("port zero") << QStringLiteral("postgresql://anna@host:0/b") << QStringLiteral("from 1 to 65535");
    QTest::newRow("port too large") << QStringLiteral("postgresql://anna@host:70000/b") << QStringLiteral("no valid address");
    QTest::newRow("option without value") << QStringLiteral("postgresql://anna@host/b?sslmode") << QStringLiteral("name=value");
    QTest::newRow("option with a semicolon") << QStringLiteral("postgresql://anna@host/b?sslmode=a%3Bb") << QStringLiteral("name=value");
}

void TestServerAddress::refuses()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!ServerAddress::fromUrl(url, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestServerAddress::toUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("full, the password left out") << QStringLiteral("postgresql://anna:secret@db.example.org:6543/backlog")
                                                 << QStringLiteral("postgresql://anna@db.example.org:6543/backlog");
    QTest::newRow("the port said") << QStringLiteral("postgres://anna@host/backlog") << QStringLiteral("postgresql://anna@host:5432/backlog");
    QTest::newRow("options") << QStringLiteral("postgresql://anna@host/b?sslmode=require&connect_timeout=5")
                             << QStringLiteral("postgresql://anna@host:5432/b?sslmode=require&connect_timeout=5");
    QTest::newRow("no user") << QStringLiteral("postgresql://host:5433/b") << QStringLiteral("postgresql://host:5433/b");
    QTest::newRow("encoded") << QStringLiteral("postgresql://anna@host/team%20backlog") << QStringLiteral("postgresql://anna@host:5432/team%20backlog");
    QTest::newRow("IPv6") << QStringLiteral("postgresql://anna@[::1]:5432/b") << QStringLiteral("postgresql://anna@[::1]:5432/b");
}

void TestServerAddress::toUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    const auto address = ServerAddress::fromUrl(url);
    QVERIFY(address);
    QCOMPARE(address->toUrl(), expected);
    // And back: the same address, but for the password.
    auto again = ServerAddress::fromUrl(address->toUrl());
    QVERIFY(again);
    QCOMPARE(again->host, address->host);
    QCOMPARE(again->port, address->port);
    QCOMPARE(again->database, address->database);
    QCOMPARE(again->user, address->user);
    QCOMPARE(again->options, address->options);
    QVERIFY(again->password.isEmpty());
}

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
