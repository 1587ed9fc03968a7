#include "services/velocity.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/migrations/migrations.h"
#include "storage/migrations/runstatements.h"
#include "storage/itemrepository.h"
#include "storage/reviewrepository.h"
#include "storage/sprintrepository.h"
#include "storage/dialect.h"
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
    // Tests with a "driver" column run over both engines (TestEngines); the others are about
    // product files. TestProduct is a file unless a test says otherwise.
    void init() { TestEngines::use(QStringLiteral("sqlite")); }

    void fromEmpty_data();
    void fromEmpty();
    void fromEveryEarlierVersion_data();
    void fromEveryEarlierVersion();
    void recordsEverySteps_data();
    void recordsEverySteps();
    void schemaHasForeignKeysAndWal();
    void sprintStepKeepsEveryReference();
    void sprintStepWidensChecks_data();
    void sprintStepWidensChecks();
    void chartsStepFreezesSprintFigures();
    void chartsStepWidensHistory_data();
    void chartsStepWidensHistory();
    void sprintDoneStepCopiesTheProducts_data();
    void sprintDoneStepCopiesTheProducts();
    void feedbackStepLinksItemsToReviews();
    void searchStepIndexesExistingTexts_data();
    void searchStepIndexesExistingTexts();
    void serverRefusesWhatIsNoProduct();
    void sprintHistoryReadThroughIndexes();
    void itemHistoryReadThroughIndexes_data();
    void itemHistoryReadThroughIndexes();
    void stepsFiveAndSixInSequence();
    void widenTwice();
};

// A test's rows over both engines: addDriverColumn() in its _data(), then newRow(driver, tag) for
// each row; the test function starts with ORDO_USE_DRIVER().
#define ORDO_USE_DRIVER()                                                        \
    do {                                                                         \
        QFETCH(QString, driver);                                                 \
        if (const QString why = TestEngines::use(driver); !why.isEmpty())        \
            QSKIP(qPrintable(why));                                              \
    } while (false)

namespace {

const QStringList drivers{QStringLiteral("sqlite"), QStringLiteral("postgres")};

void addDriverColumn() { QTest::addColumn<QString>("driver"); }

QTestData &newRow(const QString &driver, const QString &tag = QString())
{
    return QTest::newRow(qPrintable(tag.isEmpty() ? driver : driver + QStringLiteral(": ") + tag)) << driver;
}

void addDriverRows()
{
    addDriverColumn();
    for (const QString &driver : drivers)
        newRow(driver);
}

QStringList tables(const QSqlDatabase &db)
{
    QStringList names;
    auto query = Sql::exec(db, Sql::choose(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
                                           QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                                                          "ORDER BY tablename")));
    while (query && query->next())
        names.append(query->value(0).toString());
    return names;
}

} // namespace

void TestMigrations::fromEmpty_data() { addDriverRows(); }

void TestMigrations::fromEmpty()
{
    ORDO_USE_DRIVER();
    TestProduct product;
    const QSqlDatabase db = product.db().connection();
    QCOMPARE(*Migrations::currentVersion(db), Migrations::latestVersion());
    if (Sql::isPostgres(db)) {
        // The same tables; the file header's fields in ordo_header, the search index a plain table.
        QCOMPARE(tables(db),
                 (QStringList{QStringLiteral("acceptance_criterion"), QStringLiteral("checklist_item"),
                              QStringLiteral("decision"), QStringLiteral("dependency"), QStringLiteral("history"),
                              QStringLiteral("item"), QStringLiteral("item_label"), QStringLiteral("item_source"),
                              QStringLiteral("item_text"), QStringLiteral("label"), QStringLiteral("ordo_header"),
                              QStringLiteral("product"), QStringLiteral("review"), QStringLiteral("review_verdict"),
                              QStringLiteral("schema_migration"), QStringLiteral("sprint"),
                              QStringLiteral("sprint_absence"), QStringLiteral("sprint_done"),
                              QStringLiteral("team_member")}));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT application_id FROM ordo_header"))->toLongLong(),
                 qint64(Database::applicationId));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT user_version FROM ordo_header"))->toInt(),
                 Migrations::latestVersion());
        // Order keys compare byte by byte whatever the server's locale.
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT collation_name FROM information_schema.columns "
                                                "WHERE table_name = 'item' AND column_name = 'order_key'"))->toString(),
                 QStringLiteral("C"));
        // The search index is pg_trgm's.
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'item_text_trigram' "
                                                "AND indexdef LIKE '%gin_trgm_ops%'"))->toInt(), 1);
        return;
    }
    const QStringList expected{QStringLiteral("acceptance_criterion"),
                               QStringLiteral("checklist_item"),
                               QStringLiteral("decision"),
                               QStringLiteral("dependency"),
                               QStringLiteral("history"),
                               QStringLiteral("item"),
                               QStringLiteral("item_label"),
                               QStringLiteral("item_source"),
                               // The full-text index and the tables FTS5 keeps it in.
                               QStringLiteral("item_text"),
                               QStringLiteral("item_text_config"),
                               QStringLiteral("item_text_content"),
                               QStringLiteral("item_text_data"),
                               QStringLiteral("item_text_docsize"),
                               QStringLiteral("item_text_idx"),
                               QStringLiteral("label"),
                               QStringLiteral("product"),
                               QStringLiteral("review"),
                               QStringLiteral("review_verdict"),
                               QStringLiteral("schema_migration"),
                               QStringLiteral("sprint"),
                               QStringLiteral("sprint_absence"),
                               QStringLiteral("sprint_done"),
                               QStringLiteral("team_member")};
    QCOMPARE(tables(db), expected);
    QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA application_id"))->toLongLong(),
             qint64(Database::applicationId));
}

void TestMigrations::fromEveryEarlierVersion_data()
{
    addDriverColumn();
    QTest::addColumn<int>("startVersion");
    for (const QString &driver : drivers) {
        for (int version = 1; version < Migrations::latestVersion(); ++version)
            newRow(driver, QStringLiteral("from format %1").arg(version)) << version;
    }
}

void TestMigrations::fromEveryEarlierVersion()
{
    ORDO_USE_DRIVER();
    QFETCH(int, startVersion);
    OldProduct old(startVersion);
    QVERIFY2(old.get(), qPrintable(old.error()));
    {
        const QSqlDatabase db = old.connection();
        // Data as an older Ordo wrote it, with the columns that existed in format 1.
        QVERIFY(Sql::exec(db, QStringLiteral("INSERT INTO product (id, name, created_at) VALUES (1, 'Old', '2026-01-01T00:00:00.000Z')")));
        QVERIFY(Sql::exec(db, QStringLiteral("INSERT INTO item (number, type, title, order_key, status, created_at, updated_at) "
                                             "VALUES (1, 'story', 'Kept across the upgrade', 'a0', 'ready', "
                                             "'2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z')")));
    }
    QString error;
    Database *upgraded = old.upgrade(&error);
    QVERIFY2(upgraded, qPrintable(error));
    const QSqlDatabase db = upgraded->connection();
    QCOMPARE(*Migrations::currentVersion(db), Migrations::latestVersion());
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT title FROM item"))->toString(),
             QStringLiteral("Kept across the upgrade"));
    if (startVersion < 2) {
        // Step 2 gives existing items their "created" history row.
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM history WHERE field = 'created'"))->toInt(), 1);
    }
    // The upgraded product is read as a new one is.
    const auto rows = ItemRepository(*upgraded).backlogRows();
    QVERIFY2(rows, qPrintable(rows.errorMessage()));
    QCOMPARE(rows->size(), 1);
    if (old.isServer())
        return;
    // The original was kept beside the upgraded file.
    QVERIFY(QFile::exists(old.path() + QStringLiteral(".format-%1.bak").arg(startVersion)));
}

void TestMigrations::recordsEverySteps_data() { addDriverRows(); }

void TestMigrations::recordsEverySteps()
{
    ORDO_USE_DRIVER();
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
                   "('item_order_key', 'item_parent', 'item_sprint', 'item_split_from', 'history_item', 'history_field')"), 6);
    QCOMPARE(count("PRAGMA foreign_keys"), 1);
    QVERIFY(!Sql::exec(db, QStringLiteral("INSERT INTO dependency (item_id, depends_on_id) VALUES (98, 99)")));
}

void TestMigrations::sprintStepWidensChecks_data()
{
    addDriverColumn();
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("accepted");
    for (const QString &driver : drivers) {
        newRow(driver, "in review") << "UPDATE item SET status = 'in_review'" << true;
        newRow(driver, "unknown status") << "UPDATE item SET status = 'parked'" << false;
        newRow(driver, "cancelled sprint") << "UPDATE sprint SET state = 'cancelled'" << true;
        newRow(driver, "unknown state") << "UPDATE sprint SET state = 'paused'" << false;
        newRow(driver, "commitment row") << "INSERT INTO history (item_id, at, field, old_value, new_value) "
                                            "VALUES (1, '2026-01-05T09:00:00.000Z', 'committed', '1', '3')" << true;
        newRow(driver, "unknown history field") << "INSERT INTO history (item_id, at, field) "
                                                   "VALUES (1, '2026-01-05T09:00:00.000Z', 'mood')" << false;
    }
}

void TestMigrations::sprintStepWidensChecks()
{
    ORDO_USE_DRIVER();
    QFETCH(QString, sql);
    QFETCH(bool, accepted);
    TestProduct product;
    const QSqlDatabase db = product.db().connection();
    QVERIFY(Sql::exec(db, QStringLiteral("INSERT INTO sprint (id, name, start_date, end_date) VALUES (1, 'S', '2026-01-05', '2026-01-16')")));
    QVERIFY(Sql::exec(db, QStringLiteral("INSERT INTO item (id, number, type, title, order_key, created_at, updated_at) "
                                         "VALUES (1, 1, 'story', 'A', 'a0', '2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z')")));
    QCOMPARE(bool(Sql::exec(db, sql)), accepted);
}

namespace {

// Runs each statement on `db`, stopping the test at the first that fails. PostgreSQL checks
// foreign keys always: turning them on is SQLite's alone.
bool execAll(const QSqlDatabase &db, std::initializer_list<const char *> statements)
{
    for (const char *sql : statements) {
        if (Sql::isPostgres(db) && qstrcmp(sql, "PRAGMA foreign_keys = ON") == 0)
            continue;
        if (auto done = Sql::exec(db, QString::fromLatin1(sql)); !done) {
            qWarning("%s: %s", sql, qPrintable(done.errorMessage()));
            return false;
        }
    }
    return true;
}

QString historyDefinition(const QSqlDatabase &db)
{
    return Sql::scalar(db, QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'history'"))->toString();
}

} // namespace

void TestMigrations::chartsStepFreezesSprintFigures()
{
    // A format 5 file with sprints in every state and the history an Ordo of that format wrote.
    // Format 6 freezes each sprint's figures from it: the commitment from the committed rows of
    // its last start, the accepted points as velocity replayed them until now.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("five.ordo"));
    {
        QString error;
        auto old = Database::createAtVersion(path, 5, &error);
        QVERIFY2(old, qPrintable(error));
        QVERIFY(execAll(old->connection(), {
            "INSERT INTO product (id, name, created_at) VALUES (1, 'Old', '2025-12-01T00:00:00.000Z')",
            // 10: closed before Ordo kept the moments (it counts to the end of its last day).
            "INSERT INTO sprint (id, name, start_date, end_date, state) VALUES (10, 'Sprint 0', '2025-12-15', '2025-12-26', 'closed')",
            "INSERT INTO sprint (id, name, start_date, end_date, state, started_at, closed_at) VALUES "
            "(11, 'Sprint 1', '2026-01-05', '2026-01-16', 'closed', '2026-01-05T09:00:00.000Z', '2026-01-16T16:00:00.000Z'),"
            // 12 was started, the start undone, and started again an hour later.
            "(12, 'Sprint 2', '2026-01-19', '2026-01-30', 'closed', '2026-01-19T10:00:00.000Z', '2026-01-30T16:00:00.000Z'),"
            "(13, 'Sprint 3', '2026-02-02', '2026-02-13', 'cancelled', '2026-02-02T09:00:00.000Z', '2026-02-06T10:00:00.000Z'),"
            "(14, 'Sprint 4', '2026-02-16', '2026-02-27', 'active', '2026-02-16T09:00:00.000Z', NULL)",
            "INSERT INTO sprint (id, name, start_date, end_date, state) VALUES (15, 'Sprint 5', '2026-03-02', '2026-03-13', 'planned')",
            "INSERT INTO item (id, number, type, title, order_key, estimate, status, sprint_id, created_at, updated_at) VALUES "
            "(1, 1, 'story', 'A', 'a1', 3, 'accepted', 10, '2025-12-01T10:00:00.000Z', '2025-12-01T10:00:00.000Z'),"
            "(2, 2, 'story', 'B', 'a2', 8, 'accepted', 11, '2025-12-01T10:00:00.000Z', '2025-12-01T10:00:00.000Z'),"
            "(3, 3, 'story', 'C', 'a3', 2, 'accepted', 12, '2025-12-01T10:00:00.000Z', '2025-12-01T10:00:00.000Z'),"
            "(4, 4, 'story', 'D', 'a4', NULL, 'accepted', 12, '2025-12-01T10:00:00.000Z', '2025-12-01T10:00:00.000Z'),"
            "(5, 5, 'story', 'E', 'a5', 13, 'in_progress', NULL, '2025-12-01T10:00:00.000Z', '2025-12-01T10:00:00.000Z'),"
            "(6, 6, 'story', 'F', 'a6', 1, 'todo', 14, '2025-12-01T10:00:00.000Z', '2025-12-01T10:00:00.000Z'),"
            "(7, 7, 'story', 'G', 'a7', 8, 'ready', NULL, '2025-12-01T10:00:00.000Z', '2025-12-01T10:00:00.000Z')",
            "INSERT INTO history (item_id, at, field, old_value, new_value) VALUES "
            "(1, '2025-12-01T10:00:00.000Z', 'created', '', 'new'), (1, '2025-12-01T10:00:00.000Z', 'estimate', '', '3'),"
            "(2, '2025-12-01T10:00:00.000Z', 'created', '', 'new'), (2, '2025-12-01T10:00:00.000Z', 'estimate', '', '5'),"
            "(3, '2025-12-01T10:00:00.000Z', 'created', '', 'new'), (3, '2025-12-01T10:00:00.000Z', 'estimate', '', '2'),"
            "(4, '2025-12-01T10:00:00.000Z', 'created', '', 'new'),"
            "(5, '2025-12-01T10:00:00.000Z', 'created', '', 'new'), (5, '2025-12-01T10:00:00.000Z', 'estimate', '', '13'),"
            "(6, '2025-12-01T10:00:00.000Z', 'created', '', 'new'), (6, '2025-12-01T10:00:00.000Z', 'estimate', '', '1'),"
            "(7, '2025-12-01T10:00:00.000Z', 'created', '', 'new'), (7, '2025-12-01T10:00:00.000Z', 'estimate', '', '8'),"
            // Sprint 10: item 1 accepted.
            "(1, '2025-12-15T09:00:00.000Z', 'sprint', '', '10'), (1, '2025-12-20T15:00:00.000Z', 'status', 'todo', 'accepted'),"
            // Sprint 11: 2 and 3 committed; 2 accepted in the closing transaction, 3 carried into 12.
            "(2, '2026-01-05T08:00:00.000Z', 'sprint', '', '11'), (3, '2026-01-05T08:00:00.000Z', 'sprint', '', '11'),"
            "(2, '2026-01-05T09:00:00.000Z', 'committed', '11', '5'), (3, '2026-01-05T09:00:00.000Z', 'committed', '11', '2'),"
            "(2, '2026-01-14T10:00:00.000Z', 'status', 'todo', 'done'), (2, '2026-01-16T16:00:00.000Z', 'status', 'done', 'accepted'),"
            "(3, '2026-01-15T10:00:00.000Z', 'status', 'todo', 'done'), (3, '2026-01-16T16:00:00.000Z', 'sprint', '11', '12'),"
            // 2 re-estimated after its sprint closed: its sprint delivered the 5 it was accepted at.
            "(2, '2026-01-20T10:00:00.000Z', 'estimate', '5', '8'),"
            // Sprint 12: the undone start's rows, then the start that stands (4 is unestimated).
            "(4, '2026-01-19T08:00:00.000Z', 'sprint', '', '12'), (7, '2026-01-19T08:00:00.000Z', 'sprint', '', '12'),"
            "(3, '2026-01-19T09:00:00.000Z', 'committed', '12', '2'), (7, '2026-01-19T09:00:00.000Z', 'committed', '12', '8'),"
            "(3, '2026-01-19T10:00:00.000Z', 'committed', '12', '2'), (4, '2026-01-19T10:00:00.000Z', 'committed', '12', ''),"
            "(7, '2026-01-19T10:00:00.000Z', 'committed', '12', '8'),"
            "(3, '2026-01-28T10:00:00.000Z', 'status', 'done', 'accepted'), (4, '2026-01-28T10:00:00.000Z', 'status', 'todo', 'accepted'),"
            "(7, '2026-01-30T16:00:00.000Z', 'sprint', '12', ''), (7, '2026-01-30T16:00:00.000Z', 'status', 'todo', 'ready'),"
            // Sprint 13, cancelled after its item was accepted: it counts for nothing.
            "(5, '2026-02-02T08:00:00.000Z', 'sprint', '', '13'), (5, '2026-02-02T09:00:00.000Z', 'committed', '13', '13'),"
            "(5, '2026-02-05T10:00:00.000Z', 'status', 'todo', 'accepted'), (5, '2026-02-06T10:00:00.000Z', 'sprint', '13', ''),"
            "(5, '2026-02-06T10:00:00.000Z', 'status', 'accepted', 'in_progress'),"
            // Sprint 14 runs.
            "(6, '2026-02-16T08:00:00.000Z', 'sprint', '', '14'), (6, '2026-02-16T09:00:00.000Z', 'committed', '14', '1')",
        }));
    }
    Database::OpenError error;
    auto upgraded = Database::open(path, &error);
    QVERIFY2(upgraded, qPrintable(error.message));
    const QSqlDatabase db = upgraded->connection();
    QCOMPARE(*Migrations::currentVersion(db), Migrations::latestVersion());

    const auto sprints = SprintRepository(*upgraded).all();
    QVERIFY(sprints);
    QCOMPARE(sprints->size(), 6);
    QHash<SprintId, Sprint> byId;
    for (const Sprint &sprint : *sprints)
        byId.insert(sprint.id, sprint);
    const auto none = std::optional<double>();
    // Committed: the rows of the last start only; never started (in the file): none.
    QCOMPARE(byId.value(10).committedPoints, none);
    QCOMPARE(byId.value(11).committedPoints, std::optional<double>(7));
    QCOMPARE(byId.value(12).committedPoints, std::optional<double>(10));
    QCOMPARE(byId.value(13).committedPoints, std::optional<double>(13));
    QCOMPARE(byId.value(14).committedPoints, std::optional<double>(1));
    QCOMPARE(byId.value(15).committedPoints, none);
    // Completed: closed sprints only, at the estimate each item was accepted at.
    QCOMPARE(byId.value(10).completedPoints, std::optional<double>(3));
    QCOMPARE(byId.value(11).completedPoints, std::optional<double>(5));
    QCOMPARE(byId.value(12).completedPoints, std::optional<double>(2));
    QCOMPARE(byId.value(13).completedPoints, none);
    QCOMPARE(byId.value(14).completedPoints, none);
    QCOMPARE(byId.value(15).completedPoints, none);

    // The frozen figures are what replaying the same history gives.
    const auto work = HistoryRepository::sprintWork(db);
    QVERIFY(work);
    const QList<Velocity::SprintVelocity> replayed = Velocity::ofClosedSprints(*sprints, *work);
    const QList<Velocity::SprintVelocity> frozen = Velocity::ofFrozenSprints(*sprints);
    QCOMPARE(replayed.size(), 3);
    QCOMPARE(frozen.size(), replayed.size());
    for (qsizetype i = 0; i < replayed.size(); ++i) {
        QCOMPARE(frozen.at(i).sprintId, replayed.at(i).sprintId);
        QCOMPARE(byId.value(replayed.at(i).sprintId).completedPoints, std::optional<double>(replayed.at(i).points));
        QCOMPARE(frozen.at(i).points, replayed.at(i).points);
    }
    // And the committed figure is the sum of the committed rows since the sprint started.
    const auto committedRows = HistoryRepository(*upgraded).entries(HistoryField::Committed);
    QVERIFY(committedRows);
    for (const Sprint &sprint : *sprints) {
        if (!sprint.startedAt.isValid())
            continue;
        double committed = 0;
        for (const HistoryEntry &entry : *committedRows) {
            if (entry.oldValue == QString::number(sprint.id) && entry.at >= sprint.startedAt)
                committed += entry.newValue.toDouble();
        }
        QCOMPARE(sprint.committedPoints, std::optional<double>(committed));
    }
}

void TestMigrations::chartsStepWidensHistory_data()
{
    addDriverColumn();
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("atFive");
    QTest::addColumn<bool>("atSix");
    for (const QString &driver : drivers) {
        newRow(driver, "metric") << "metric" << false << true;
        newRow(driver, "committed") << "committed" << true << true;
        newRow(driver, "status") << "status" << true << true;
        newRow(driver, "unknown") << "mood" << false << false;
        newRow(driver, "case matters") << "Metric" << false << false;
        newRow(driver, "empty") << "" << false << false;
    }
}

void TestMigrations::chartsStepWidensHistory()
{
    ORDO_USE_DRIVER();
    QFETCH(QString, field);
    QFETCH(bool, atFive);
    QFETCH(bool, atSix);
    OldProduct file(5);
    QVERIFY2(file.get(), qPrintable(file.error()));
    const QSqlDatabase db = file.connection();
    QVERIFY(execAll(db, {"INSERT INTO item (id, number, type, title, order_key, created_at, updated_at) "
                         "VALUES (1, 1, 'story', 'A', 'a0', '2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z')"}));
    const QString insert = QStringLiteral("INSERT INTO history (item_id, at, field, old_value, new_value) "
                                          "VALUES (1, '2026-01-05T09:00:00.000Z', ?, '', '12')");
    QCOMPARE(bool(Sql::exec(db, insert, {field})), atFive);
    QVERIFY(Migrations::migrate(db, 6));
    QCOMPARE(bool(Sql::exec(db, insert, {field})), atSix);
    // The row written at format 5 came through the rebuild.
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM history WHERE field = ?"), {field})->toInt(),
             int(atFive) + int(atSix));
}

void TestMigrations::sprintHistoryReadThroughIndexes()
{
    // HistoryRepository::forSprint()'s statement (core/storage/historyrepository.cpp): one sprint's
    // rows through the partial indexes on the sprint rows and the index on each item's rows.
    const QString statement = QStringLiteral(
        "SELECT id, item_id, at, field, old_value, new_value FROM history "
        "WHERE item_id IN (SELECT item_id FROM history WHERE field = 'sprint' AND new_value = ? "
        "UNION SELECT item_id FROM history WHERE field = 'sprint' AND old_value = ?) "
        "AND +field IN ('created', 'status', 'estimate', 'sprint', 'committed') ORDER BY at, id");
    TestProduct product;
    const QSqlDatabase db = product.db().connection();
    QVERIFY(execAll(db, {
        "INSERT INTO sprint (id, name, start_date, end_date, state) VALUES (7, 'S', '2026-01-05', '2026-01-16', 'closed')",
        "INSERT INTO item (id, number, type, title, order_key, created_at, updated_at) VALUES "
        "(1, 1, 'story', 'A', 'a0', '2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z'),"
        "(2, 2, 'story', 'B', 'a1', '2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z'),"
        "(3, 3, 'story', 'C', 'a2', '2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z')",
        "INSERT INTO history (item_id, at, field, old_value, new_value) VALUES "
        "(1, '2026-01-02T00:00:00.000Z', 'created', '', 'new'), (2, '2026-01-02T00:00:00.000Z', 'created', '', 'new'),"
        "(3, '2026-01-02T00:00:00.000Z', 'created', '', 'new'),"
        "(1, '2026-01-05T08:00:00.000Z', 'sprint', '', '7'), (2, '2026-01-05T08:00:00.000Z', 'sprint', '', '7'),"
        "(2, '2026-01-06T08:00:00.000Z', 'sprint', '7', ''), (1, '2026-01-07T08:00:00.000Z', 'status', 'todo', 'done'),"
        "(3, '2026-01-07T08:00:00.000Z', 'order', 'a2', 'a3')",
    }));
    auto plan = Sql::exec(db, QStringLiteral("EXPLAIN QUERY PLAN ") + statement, {QStringLiteral("7"), QStringLiteral("7")});
    QVERIFY2(plan, qPrintable(plan.errorMessage()));
    QStringList details;
    while (plan->next())
        details.append(plan->value(3).toString());
    const QString text = details.join(u'\n');
    QVERIFY2(text.contains(QStringLiteral("USING INDEX history_sprint_in (new_value=?)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("USING INDEX history_sprint_out (old_value=?)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("USING INDEX history_item (item_id=?)")), qPrintable(text));
    for (const QString &detail : std::as_const(details))
        QVERIFY2(!detail.startsWith(QStringLiteral("SCAN history")), qPrintable(text)); // no full scan, not even of an index

    // The statement is the one the repository runs: it reads the rows of items 1 and 2 (ever in
    // sprint 7, one moved out), their tracked fields only, oldest first.
    const auto rows = HistoryRepository(product.db()).forSprint(7);
    QVERIFY(rows);
    QList<qint64> ids;
    for (const HistoryEntry &entry : *rows) {
        QVERIFY(entry.itemId == 1 || entry.itemId == 2);
        ids.append(entry.id);
    }
    auto same = Sql::exec(db, statement, {QStringLiteral("7"), QStringLiteral("7")});
    QVERIFY(same);
    QList<qint64> expected;
    while (same->next())
        expected.append(same->value(0).toLongLong());
    QCOMPARE(ids, expected);
    QCOMPARE(ids.size(), 6);
}

void TestMigrations::itemHistoryReadThroughIndexes_data()
{
    // The statements of HistoryRepository::ofItems() (ids and fields joined in) and everRejected().
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("index");
    QTest::newRow("a scope's rows") << "SELECT id, item_id, at, field, old_value, new_value FROM history "
                                       "WHERE item_id IN (1,2,3) AND +field IN ('created','status','estimate') ORDER BY at, id"
                                    << "USING INDEX history_item (item_id=?)";
    QTest::newRow("measurements") << "SELECT id, item_id, at, field, old_value, new_value FROM history "
                                     "WHERE item_id IN (2) AND +field IN ('metric') ORDER BY at, id"
                                  << "USING INDEX history_item (item_id=?)";
    QTest::newRow("ever rejected") << "SELECT DISTINCT item_id FROM history INDEXED BY history_rejected "
                                      "WHERE field = 'status' AND new_value = 'rejected'"
                                   << "USING INDEX history_rejected";
}

void TestMigrations::itemHistoryReadThroughIndexes()
{
    QFETCH(QString, statement);
    QFETCH(QString, index);
    TestProduct product;
    const QSqlDatabase db = product.db().connection();
    auto plan = Sql::exec(db, QStringLiteral("EXPLAIN QUERY PLAN ") + statement);
    QVERIFY2(plan, qPrintable(plan.errorMessage()));
    QStringList details;
    while (plan->next())
        details.append(plan->value(3).toString());
    const QString text = details.join(u'\n');
    QVERIFY2(text.contains(index), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("history_field")), qPrintable(text));

    // And the repository answers through them.
    const ItemId a = product.addItem(QStringLiteral("A"), ItemType::Story, 3);
    const ItemId b = product.addItem(QStringLiteral("B"));
    QVERIFY(Sql::exec(db, QStringLiteral("INSERT INTO history (item_id, at, field, old_value, new_value) VALUES "
                                         "(?, '2030-01-05T09:00:00.000Z', 'status', 'done', 'rejected'),"
                                         "(?, '2030-01-05T09:00:00.000Z', 'metric', '', '12')"),
                      {b, a}));
    const HistoryRepository history(product.db());
    QCOMPARE(*history.everRejected(), (QList<qint64>{b}));
    const auto measured = history.ofItems({a, b}, {HistoryField::MetricMeasured});
    QVERIFY(measured);
    QCOMPARE(measured->size(), 1);
    QCOMPARE(measured->front().itemId, a);
    const auto rows = history.ofItems({a}, {HistoryField::Created, HistoryField::EstimateChanged});
    QVERIFY(rows);
    QVERIFY(!rows->isEmpty());
    for (const HistoryEntry &entry : *rows)
        QVERIFY(entry.itemId == a && (entry.field == HistoryField::Created || entry.field == HistoryField::EstimateChanged));
}

void TestMigrations::stepsFiveAndSixInSequence()
{
    // A format 4 file opened by this Ordo runs step 5 and then step 6, both rebuilding history.
    // After the first rebuild SQLite stores the renamed table as CREATE TABLE "history" (quoted):
    // the second must still find its definition to widen.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("four.ordo"));
    {
        QString error;
        auto old = Database::createAtVersion(path, 4, &error);
        QVERIFY2(old, qPrintable(error));
        const QSqlDatabase db = old->connection();
        QVERIFY(historyDefinition(db).startsWith(QStringLiteral("CREATE TABLE history (")));
        QVERIFY(execAll(db, {
            "INSERT INTO product (id, name, created_at) VALUES (1, 'Old', '2026-01-01T00:00:00.000Z')",
            "INSERT INTO sprint (id, name, start_date, end_date, state) VALUES (7, 'Sprint 1', '2026-01-05', '2026-01-16', 'closed')",
            "INSERT INTO item (id, number, type, title, order_key, estimate, status, sprint_id, created_at, updated_at) VALUES "
            "(1, 1, 'story', 'A', 'a0', 3, 'accepted', 7, '2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z')",
            "INSERT INTO history (item_id, at, field, old_value, new_value) VALUES "
            "(1, '2026-01-02T00:00:00.000Z', 'created', '', 'new'), (1, '2026-01-02T00:00:00.000Z', 'estimate', '', '3'),"
            "(1, '2026-01-05T08:00:00.000Z', 'sprint', '', '7'), (1, '2026-01-15T08:00:00.000Z', 'status', 'done', 'accepted')",
        }));
        // Step 5 alone, as an Ordo of format 5 would have left the file.
        QVERIFY(Migrations::migrate(db, 5));
        QVERIFY2(historyDefinition(db).startsWith(QStringLiteral("CREATE TABLE \"history\" (")), qPrintable(historyDefinition(db)));
    }
    Database::OpenError error;
    auto upgraded = Database::open(path, &error);
    QVERIFY2(upgraded, qPrintable(error.message));
    const QSqlDatabase db = upgraded->connection();
    QCOMPARE(*Migrations::currentVersion(db), Migrations::latestVersion());
    const QString definition = historyDefinition(db);
    QVERIFY2(definition.contains(QStringLiteral("'archived', 'committed', 'metric')")), qPrintable(definition));
    QVERIFY2(!definition.contains(QStringLiteral("history_widened")), qPrintable(definition));
    const auto count = [&db](const char *sql) { return Sql::scalar(db, QString::fromLatin1(sql))->toInt(); };
    QCOMPARE(count("SELECT count(*) FROM history WHERE item_id = 1"), 4);
    // Every index of both rebuilds and of step 6 is there.
    QCOMPARE(count("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'history' AND name IN "
                   "('history_item', 'history_field', 'history_sprint_in', 'history_sprint_out', 'history_rejected')"), 5);
    QCOMPARE(count("SELECT count(*) FROM sqlite_schema WHERE name LIKE '%_widened'"), 0);
    // The frozen velocity of the old closed sprint (closed before Ordo kept the moment).
    QCOMPARE(count("SELECT completed_points FROM sprint WHERE id = 7"), 3);
    // The history still belongs to its items.
    QCOMPARE(count("PRAGMA foreign_keys"), 1);
    QVERIFY(!Sql::exec(db, QStringLiteral("INSERT INTO history (item_id, at, field) VALUES (99, '2026-01-05T09:00:00.000Z', 'metric')")));
    QVERIFY(Sql::exec(db, QStringLiteral("INSERT INTO history (item_id, at, field) VALUES (1, '2026-01-05T09:00:00.000Z', 'metric')")));
    QVERIFY(Sql::exec(db, QStringLiteral("DELETE FROM item WHERE id = 1")));
    QCOMPARE(count("SELECT count(*) FROM history"), 0);
}

void TestMigrations::widenTwice()
{
    // widenTable on a table an earlier widenTable rebuilt (stored quoted), and once more.
    TestProduct product;
    const QSqlDatabase db = product.db().connection();
    QVERIFY(execAll(db, {"CREATE TABLE scratch (id INTEGER PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('a')))",
                         "CREATE INDEX scratch_kind ON scratch (kind)", "INSERT INTO scratch (kind) VALUES ('a')"}));
    QVERIFY(Migrations::widenTable(db, QStringLiteral("scratch"), QStringLiteral("('a')"), QStringLiteral("('a', 'b')")));
    QVERIFY(Migrations::widenTable(db, QStringLiteral("scratch"), QStringLiteral("('a', 'b')"), QStringLiteral("('a', 'b', 'c')")));
    QVERIFY(Sql::exec(db, QStringLiteral("INSERT INTO scratch (kind) VALUES ('c')")));
    QVERIFY(!Sql::exec(db, QStringLiteral("INSERT INTO scratch (kind) VALUES ('d')")));
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM scratch"))->toInt(), 2);
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'scratch_kind'"))->toInt(), 1);
    // A definition that no longer holds the text to widen is refused, and nothing changes.
    QVERIFY(!Migrations::widenTable(db, QStringLiteral("scratch"), QStringLiteral("('a')"), QStringLiteral("('x')")));
    QVERIFY(!Migrations::widenTable(db, QStringLiteral("no_such_table"), QStringLiteral("'a'"), QStringLiteral("'b'")));
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM scratch"))->toInt(), 2);
}

void TestMigrations::sprintDoneStepCopiesTheProducts_data() { addDriverRows(); }

void TestMigrations::sprintDoneStepCopiesTheProducts()
{
    ORDO_USE_DRIVER();
    OldProduct file(6);
    QVERIFY2(file.get(), qPrintable(file.error()));
    const QSqlDatabase db = file.connection();
    QVERIFY(execAll(db, {"INSERT INTO checklist_item (checklist, position, text) VALUES ('done', 0, 'Code reviewed')",
                         "INSERT INTO checklist_item (checklist, position, text) VALUES ('done', 1, 'Tests pass')",
                         "INSERT INTO checklist_item (checklist, position, text) VALUES ('ready', 0, 'Estimated')",
                         "INSERT INTO sprint (id, name, start_date, end_date, goal, state) "
                         "VALUES (1, 'Sprint 1', '2026-01-05', '2026-01-16', '', 'closed')",
                         "INSERT INTO sprint (id, name, start_date, end_date, goal, state) "
                         "VALUES (2, 'Sprint 2', '2026-01-19', '2026-01-30', '', 'planned')"}));
    QVERIFY(Migrations::migrate(db));
    // Each sprint of the older file agrees on the product's Definition of Done as it is now, in order;
    // the Definition of Ready stays the product's alone.
    const auto sprints = SprintRepository(*file.get()).all();
    QVERIFY(sprints);
    QCOMPARE(sprints->size(), 2);
    for (const Sprint &sprint : *sprints)
        QCOMPARE(sprint.definitionOfDone, std::optional<QStringList>(QStringList{QStringLiteral("Code reviewed"), QStringLiteral("Tests pass")}));
    // The copy goes with its sprint.
    QVERIFY(execAll(db, {"PRAGMA foreign_keys = ON", "DELETE FROM sprint WHERE id = 2"}));
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM sprint_done"))->toInt(), 2);
}

void TestMigrations::feedbackStepLinksItemsToReviews()
{
    QTemporaryDir dir;
    QString error;
    auto file = Database::createAtVersion(dir.filePath(QStringLiteral("seven.ordo")), 7, &error);
    QVERIFY2(file, qPrintable(error));
    const QSqlDatabase db = file->connection();
    QVERIFY(execAll(db, {"INSERT INTO sprint (id, name, start_date, end_date, goal, state) "
                         "VALUES (4, 'Sprint 4', '2026-01-05', '2026-01-16', '', 'closed')",
                         "INSERT INTO item (id, number, type, title, order_key, status, requester, created_at, updated_at) VALUES "
                         "(1, 1, 'story', 'Asked for', 'a0', 'new', 'Anna', '2026-01-16T10:00:00.000Z', '2026-01-16T10:00:00.000Z')"}));
    QVERIFY(Migrations::migrate(db));
    // An item of an older file came from no review; one written down at a review keeps the link.
    const auto count = [&db](const char *sql) { return Sql::scalar(db, QString::fromLatin1(sql))->toInt(); };
    QCOMPARE(count("SELECT count(*) FROM item WHERE feedback_sprint_id IS NULL"), 1);
    QVERIFY(execAll(db, {"PRAGMA foreign_keys = ON", "UPDATE item SET feedback_sprint_id = 4 WHERE id = 1"}));
    QCOMPARE(ReviewRepository(*file).feedbackOf(4)->size(), 1);
    QCOMPARE(ItemRepository(*file).load(1)->feedbackSprintId, std::optional<SprintId>(4));
    // A link to no sprint is refused; removing the sprint keeps the item and forgets the link.
    QVERIFY(!Sql::exec(db, QStringLiteral("UPDATE item SET feedback_sprint_id = 99 WHERE id = 1")));
    QVERIFY(execAll(db, {"DELETE FROM sprint WHERE id = 4"}));
    QCOMPARE(count("SELECT count(*) FROM item WHERE id = 1 AND feedback_sprint_id IS NULL"), 1);
    // The report finds a sprint's feedback through an index.
    auto plan = Sql::exec(db, QStringLiteral("EXPLAIN QUERY PLAN SELECT id, requester FROM item WHERE feedback_sprint_id = ? ORDER BY number"), {4});
    QVERIFY(plan);
    QString detail;
    while (plan->next())
        detail += plan->value(3).toString() + u'\n';
    QVERIFY2(detail.contains(QStringLiteral("item_feedback")), qPrintable(detail));
}

// Format 9 indexes the texts an older file already holds, and the triggers keep the index
// in step with later writes, even those made with plain SQL.
void TestMigrations::searchStepIndexesExistingTexts_data() { addDriverRows(); }

void TestMigrations::searchStepIndexesExistingTexts()
{
    ORDO_USE_DRIVER();
    OldProduct file(8);
    QVERIFY2(file.get(), qPrintable(file.error()));
    const QSqlDatabase db = file.connection();
    QVERIFY(execAll(db, {"INSERT INTO item (id, number, type, title, role, want, benefit, description, order_key, status, "
                         "created_at, updated_at) VALUES (1, 1, 'story', 'Pay', 'shopper', 'to pay by voucher', "
                         "'I keep my budget', 'Asked at the store', 'a0', 'new', '2026-01-16T10:00:00.000Z', "
                         "'2026-01-16T10:00:00.000Z')",
                         "INSERT INTO item (id, number, type, title, order_key, status, created_at, updated_at) VALUES "
                         "(2, 2, 'story', 'Other', 'a1', 'new', '2026-01-16T10:00:00.000Z', '2026-01-16T10:00:00.000Z')",
                         "INSERT INTO acceptance_criterion (item_id, position, text) VALUES "
                         "(1, 1, 'Scenario: second\n  Then the receipt shows it'), (1, 0, 'Scenario: first\n  Then it is accepted')"}));
    QVERIFY(Migrations::migrate(db));
    ItemRepository items(*file.get());
    for (const char *needle : {"voucher", "my budget", "shopper", "at the store", "receipt shows", "is accepted"})
        QCOMPARE(*items.idsWithText(QString::fromLatin1(needle)), QSet<ItemId>{1});
    // The criteria are indexed in their order.
    QCOMPARE(Sql::scalar(db, Sql::choose(db, QStringLiteral("SELECT criteria FROM item_text WHERE rowid = 1"),
                                         QStringLiteral("SELECT criteria FROM item_text WHERE item_id = 1")))->toString(),
             QStringLiteral("Scenario: first\n  Then it is accepted\nScenario: second\n  Then the receipt shows it"));
    QVERIFY(execAll(db, {"UPDATE item SET description = 'a receipt by mail' WHERE id = 2",
                         "DELETE FROM acceptance_criterion WHERE item_id = 1 AND position = 1"}));
    QCOMPARE(*items.idsWithText(QStringLiteral("receipt")), QSet<ItemId>{2});
    QVERIFY(execAll(db, {"PRAGMA foreign_keys = ON", "DELETE FROM item WHERE id = 1"}));
    QCOMPARE(*items.idsWithText(QStringLiteral("voucher")), QSet<ItemId>());
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM item_text"))->toInt(), 1);
}

// A server database is opened only when it holds an Ordo product this build can read.
void TestMigrations::serverRefusesWhatIsNoProduct()
{
    if (const QString why = TestEngines::use(QStringLiteral("postgres")); !why.isEmpty())
        QSKIP(qPrintable(why));
    Database::OpenError error;
    {
        ServerDatabase empty;
        QVERIFY(!Database::openServer(empty.address(), &error));
        QCOMPARE(error.reason, Database::OpenFailure::NotOrdo);
    }
    {
        ServerDatabase other;
        auto product = Database::createOnServerAtVersion(other.address(), 0, nullptr);
        QVERIFY(product);
        QVERIFY(Sql::exec(product->connection(), QStringLiteral("CREATE TABLE invoice (id INTEGER PRIMARY KEY)")));
        product.reset();
        QVERIFY(!Database::openServer(other.address(), &error));
        QCOMPARE(error.reason, Database::OpenFailure::NotOrdo);
        // Nor is a product created over someone else's tables.
        QString message;
        QVERIFY(!Database::createOnServerAtVersion(other.address(), 1, &message));
        QVERIFY2(message.contains(QStringLiteral("not empty")), qPrintable(message));
    }
    {
        ServerDatabase newer;
        auto product = Database::createOnServerAtVersion(newer.address(), Migrations::latestVersion(), nullptr);
        QVERIFY(product);
        QVERIFY(Sql::exec(product->connection(), QStringLiteral("UPDATE ordo_header SET user_version = user_version + 1")));
        product.reset();
        QVERIFY(!Database::openServer(newer.address(), &error));
        QCOMPARE(error.reason, Database::OpenFailure::Newer);
    }
    {
        ServerAddress nowhere;
        nowhere.host = QStringLiteral("127.0.0.1");
        nowhere.port = 1;
        nowhere.database = QStringLiteral("none");
        nowhere.user = QStringLiteral("nobody");
        QVERIFY(!Database::openServer(nowhere, &error));
        QCOMPARE(error.reason, Database::OpenFailure::Io);
    }
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
