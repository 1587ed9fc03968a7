#include "storage/database.h"
#include "storage/migrations/migrations.h"
#include "storage/sql.h"
#include "testproduct.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Ordo;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void fromEmpty();
    void fromEveryEarlierVersion_data();
    void fromEveryEarlierVersion();
    void recordsEverySteps();
    void schemaHasForeignKeysAndWal();
};

namespace {

QStringList tables(const QSqlDatabase &db)
{
    QStringList names;
    auto query = Sql::exec(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (query && query->next())
        names.append(query->value(0).toString());
    return names;
}

} // namespace

void TestMigrations::fromEmpty()
{
    TestProduct product;
    const QSqlDatabase db = product.db().connection();
    QCOMPARE(*Migrations::currentVersion(db), Migrations::latestVersion());
    const QStringList expected{QStringLiteral("acceptance_criterion"),
                               QStringLiteral("checklist_item"),
                               QStringLiteral("decision"),
                               QStringLiteral("dependency"),
                               QStringLiteral("history"),
                               QStringLiteral("item"),
                               QStringLiteral("item_label"),
                               QStringLiteral("label"),
                               QStringLiteral("product"),
                               QStringLiteral("schema_migration"),
                               QStringLiteral("sprint")};
    QCOMPARE(tables(db), expected);
    QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA application_id"))->toLongLong(),
             qint64(Database::applicationId));
}

void TestMigrations::fromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("startVersion");
    for (int version = 1; version < Migrations::latestVersion(); ++version)
        QTest::addRow("from format %d", version) << version;
}

void TestMigrations::fromEveryEarlierVersion()
{
    QFETCH(int, startVersion);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.ordo"));
    {
        QString error;
        auto old = Database::createAtVersion(path, startVersion, &error);
        QVERIFY2(old, qPrintable(error));
        const QSqlDatabase db = old->connection();
        // Data as an older Ordo wrote it, with the columns that existed in format 1.
        QVERIFY(Sql::exec(db, QStringLiteral("INSERT INTO product (id, name, created_at) VALUES (1, 'Old', '2026-01-01T00:00:00.000Z')")));
        QVERIFY(Sql::exec(db, QStringLiteral("INSERT INTO item (number, type, title, order_key, status, created_at, updated_at) "
                                             "VALUES (1, 'story', 'Kept across the upgrade', 'a0', 'ready', "
                                             "'2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z')")));
    }
    Database::OpenError error;
    auto upgraded = Database::open(path, &error);
    QVERIFY2(upgraded, qPrintable(error.message));
    const QSqlDatabase db = upgraded->connection();
    QCOMPARE(*Migrations::currentVersion(db), Migrations::latestVersion());
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT title FROM item"))->toString(),
             QStringLiteral("Kept across the upgrade"));
    if (startVersion < 2) {
        // Step 2 gives existing items their "created" history row.
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM history WHERE field = 'created'"))->toInt(), 1);
    }
    // The original was kept beside the upgraded file.
    QVERIFY(QFile::exists(path + QStringLiteral(".format-%1.bak").arg(startVersion)));
}

void TestMigrations::recordsEverySteps()
{
    TestProduct product;
    auto query = Sql::exec(product.db().connection(),
                           QStringLiteral("SELECT version FROM schema_migration ORDER BY version"));
    QVERIFY(query);
    int expected = 1;
    while (query->next())
        QCOMPARE(query->value(0).toInt(), expected++);
    QCOMPARE(expected - 1, Migrations::latestVersion());
}

void TestMigrations::schemaHasForeignKeysAndWal()
{
    TestProduct product;
    const QSqlDatabase db = product.db().connection();
    QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
    // A dangling reference is refused.
    QVERIFY(!Sql::exec(db, QStringLiteral("INSERT INTO dependency (item_id, depends_on_id) VALUES (98, 99)")));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
