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
    void sprintStepKeepsEveryReference();
    void sprintStepWidensChecks_data();
    void sprintStepWidensChecks();
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
                               QStringLiteral("sprint"),
                               QStringLiteral("sprint_absence"),
                               QStringLiteral("team_member")};
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

void TestMigrations::sprintStepKeepsEveryReference()
{
    // Format 5 rebuilds item, sprint and history: what points at them must survive the rebuild
    // (with foreign keys on, dropping a table would cascade into criteria, labels and history).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("four.ordo"));
    {
        QString error;
        auto old = Database::createAtVersion(path, 4, &error);
        QVERIFY2(old, qPrintable(error));
        const QSqlDatabase db = old->connection();
        for (const char *sql : {
                 "INSERT INTO product (id, name, created_at) VALUES (1, 'Old', '2026-01-01T00:00:00.000Z')",
                 "INSERT INTO sprint (id, name, start_date, end_date, state) VALUES (7, 'Sprint 1', '2026-01-05', '2026-01-16', 'closed')",
                 "INSERT INTO item (id, number, type, title, order_key, status, sprint_id, created_at, updated_at) VALUES "
                 "(1, 1, 'epic', 'Checkout', 'a0', 'new', NULL, '2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z')",
                 "INSERT INTO item (id, number, type, title, order_key, status, sprint_id, parent_id, created_at, updated_at) VALUES "
                 "(2, 2, 'story', 'Pay by card', 'a1', 'accepted', 7, 1, '2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z')",
                 "INSERT INTO acceptance_criterion (item_id, position, text) VALUES (2, 0, 'Scenario: paid')",
                 "INSERT INTO label (id, name) VALUES (1, 'payments')",
                 "INSERT INTO item_label (item_id, label_id) VALUES (2, 1)",
                 "INSERT INTO dependency (item_id, depends_on_id) VALUES (2, 1)",
                 "INSERT INTO history (item_id, at, field, old_value, new_value) VALUES (2, '2026-01-06T00:00:00.000Z', 'sprint', '', '7')",
                 "INSERT INTO decision (item_id, decision, decided_at) VALUES (2, 'Keep it', '2026-01-06T00:00:00.000Z')",
             }) {
            QVERIFY2(Sql::exec(db, QString::fromLatin1(sql)), sql);
        }
    }
    Database::OpenError error;
    auto upgraded = Database::open(path, &error);
    QVERIFY2(upgraded, qPrintable(error.message));
    const QSqlDatabase db = upgraded->connection();
    const auto count = [&db](const char *sql) { return Sql::scalar(db, QString::fromLatin1(sql))->toInt(); };
    QCOMPARE(count("SELECT count(*) FROM acceptance_criterion WHERE item_id = 2"), 1);
    QCOMPARE(count("SELECT count(*) FROM item_label WHERE item_id = 2"), 1);
    QCOMPARE(count("SELECT count(*) FROM dependency WHERE item_id = 2"), 1);
    QCOMPARE(count("SELECT count(*) FROM history WHERE item_id = 2"), 1);
    QCOMPARE(count("SELECT count(*) FROM decision WHERE item_id = 2"), 1);
    QCOMPARE(count("SELECT sprint_id FROM item WHERE id = 2"), 7);
    QCOMPARE(count("SELECT parent_id FROM item WHERE id = 2"), 1);
    // The indexes came back with their tables, and foreign keys are on again.
    QCOMPARE(count("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                   "('item_backlog_order', 'item_parent', 'item_sprint', 'item_split_from', 'history_item', 'history_field')"), 6);
    QCOMPARE(count("PRAGMA foreign_keys"), 1);
    QVERIFY(!Sql::exec(db, QStringLiteral("INSERT INTO dependency (item_id, depends_on_id) VALUES (98, 99)")));
}

void TestMigrations::sprintStepWidensChecks_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("in review") << "UPDATE item SET status = 'in_review'" << true;
    QTest::newRow("unknown status") << "UPDATE item SET status = 'parked'" << false;
    QTest::newRow("cancelled sprint") << "UPDATE sprint SET state = 'cancelled'" << true;
    QTest::newRow("unknown state") << "UPDATE sprint SET state = 'paused'" << false;
    QTest::newRow("commitment row") << "INSERT INTO history (item_id, at, field, old_value, new_value) "
                                       "VALUES (1, '2026-01-05T09:00:00.000Z', 'committed', '1', '3')" << true;
    QTest::newRow("unknown history field") << "INSERT INTO history (item_id, at, field) "
                                              "VALUES (1, '2026-01-05T09:00:00.000Z', 'mood')" << false;
}

void TestMigrations::sprintStepWidensChecks()
{
    QFETCH(QString, sql);
    QFETCH(bool, accepted);
    TestProduct product;
    const QSqlDatabase db = product.db().connection();
    QVERIFY(Sql::exec(db, QStringLiteral("INSERT INTO sprint (id, name, start_date, end_date) VALUES (1, 'S', '2026-01-05', '2026-01-16')")));
    QVERIFY(Sql::exec(db, QStringLiteral("INSERT INTO item (id, number, type, title, order_key, created_at, updated_at) "
                                         "VALUES (1, 1, 'story', 'A', 'a0', '2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z')")));
    QCOMPARE(bool(Sql::exec(db, sql)), accepted);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
