#include "interchange/export.h"
#include "interchange/importfile.h"
#include "interchange/jsonbackup.h"
#include "services/demoproduct.h"
#include "storage/itemrepository.h"
#include "storage/migrations/migrations.h"
#include "storage/sql.h"
#include "testproduct.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Ordo;

// The full JSON backup: every table of the product file in it, a restore into a new file that
// backs up to the same bytes (the demo product, with every table holding rows), the search
// index rebuilt, an older backup upgraded, and hostile input refused without leaving a file.
class TestJsonBackup : public QObject
{
    Q_OBJECT

private slots:
    void coversEveryTable();
    void schemaDescribesEveryColumn();
    void roundTripOfTheDemoProduct();
    void roundTripOfASmallProduct();
    void searchIndexAfterRestore();
    void restoresAnOlderBackup();
    void refusesAnExistingFile();
    void refusesHostileInput_data();
    void refusesHostileInput();
    void isBackup_data();
    void isBackup();
    void exportsThroughExportTo();
    void importRestoresABackup();
};

namespace {

QStringList schemaTables(const Database &database)
{
    QStringList names;
    auto query = Sql::exec(database.connection(), QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                                                 "AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'item_text%' "
                                                                 "ORDER BY name"));
    while (query && query->next())
        names.append(query->value(0).toString());
    return names;
}

QStringList columnsOf(const Database &database, const QString &table)
{
    QStringList names;
    auto query = Sql::exec(database.connection(), QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY name"), {table});
    while (query && query->next())
        names.append(query->value(0).toString());
    return names;
}

QJsonObject parsed(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

void exec(Database &database, const QString &sql)
{
    auto done = Sql::exec(database.connection(), sql);
    QVERIFY2(done.ok(), qPrintable(sql + QStringLiteral(": ") + done.errorMessage()));
}

QByteArray backupOf(const Database &database)
{
    Expected<QByteArray> bytes = Backup::write(database);
    if (!bytes)
        qFatal("backup failed: %s", qPrintable(bytes.errorMessage()));
    return *bytes;
}

// Restores `bytes` into a new file in `folder` and backs the restored product up again.
QByteArray backupAgain(const QByteArray &bytes, const QString &folder)
{
    const QString path = folder + QStringLiteral("/restored.ordo");
    Expected<Backup::Restored> restored = Backup::restore(bytes, path);
    if (!restored)
        qFatal("restore failed: %s", qPrintable(restored.errorMessage()));
    auto database = Database::open(path);
    if (!database)
        qFatal("the restored product does not open");
    return backupOf(*database);
}

} // namespace

void TestJsonBackup::coversEveryTable()
{
    TestProduct product;
    QStringList listed = Backup::tables();
    listed.sort();
    // A table added to the schema must be added to Backup::tables() (and to the JSON Schema).
    QCOMPARE(schemaTables(product.db()), listed);
    const QJsonObject tables = parsed(backupOf(product.db())).value(QStringLiteral("tables")).toObject();
    QCOMPARE(tables.keys(), listed);
}

void TestJsonBackup::schemaDescribesEveryColumn()
{
    QFile file(QStringLiteral(ORDO_SOURCE_DIR "/core/interchange/ordo-backup.schema.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject schema = QJsonDocument::fromJson(file.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(schema.value(QStringLiteral("$schema")).toString(), QStringLiteral("https://json-schema.org/draft/2020-12/schema"));
    QCOMPARE(schema[QStringLiteral("properties")][QStringLiteral("version")][QStringLiteral("maximum")].toInt(),
             Migrations::latestVersion());
    const QJsonObject tables = schema[QStringLiteral("properties")][QStringLiteral("tables")][QStringLiteral("properties")].toObject();
    QStringList listed = Backup::tables();
    listed.sort();
    QCOMPARE(tables.keys(), listed);
    TestProduct product;
    for (const QString &table : Backup::tables()) {
        const QJsonObject row = tables.value(table)[QStringLiteral("items")].toObject();
        QVERIFY2(!row.isEmpty(), qPrintable(table));
        QCOMPARE(row.value(QStringLiteral("properties")).toObject().keys(), columnsOf(product.db(), table));
        QStringList required;
        for (const QJsonValue &name : row.value(QStringLiteral("required")).toArray())
            required.append(name.toString());
        required.sort();
        QCOMPARE(required, columnsOf(product.db(), table));
    }
}

void TestJsonBackup::roundTripOfTheDemoProduct()
{
    TestProduct product;
    QVERIFY(DemoProduct::fill(product.db(), QDate(2026, 3, 18)).ok());
    // Rows in the tables the demo leaves empty, so that every table makes the round trip.
    exec(product.db(), QStringLiteral("INSERT INTO item_source (item_id, tool, source_key) SELECT min(id), 'jira', 'HRV-1' FROM item"));
    exec(product.db(), QStringLiteral("INSERT OR IGNORE INTO sprint_absence (sprint_id, member_id, days) "
                                      "SELECT min(s.id), min(m.id), 1.5 FROM sprint s, team_member m"));
    exec(product.db(), QStringLiteral("UPDATE item SET archived = 1, parent_id = (SELECT max(id) FROM item) WHERE id = (SELECT min(id) FROM item)"));
    const QByteArray first = backupOf(product.db());
    const QJsonObject root = parsed(first);
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("ordo-backup"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), Migrations::latestVersion());
    const QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
    for (const QString &table : Backup::tables())
        QVERIFY2(!tables.value(table).toArray().isEmpty(), qPrintable(QStringLiteral("no rows in ") + table));

    QTemporaryDir folder;
    const QByteArray second = backupAgain(first, folder.path());
    QCOMPARE(second.size(), first.size());
    QVERIFY(second == first);
}

void TestJsonBackup::roundTripOfASmallProduct()
{
    TestProduct product;
    const ItemId epic = product.addItem(QStringLiteral("Épique « quotes \" and \\ »"), ItemType::Epic);
    const ItemId story = product.addItem(QStringLiteral("Story"), ItemType::Story, 2.5);
    ItemRepository items(product.db());
    QVERIFY(items.setParent(story, epic).ok());
    QVERIFY(items.setText(story, ItemRepository::TextField::Description, QStringLiteral("Line 1\nLine 2\t€")).ok());
    QVERIFY(items.setNumber(story, ItemRepository::NumberField::MetricTarget, 1e-7).ok());
    QVERIFY(items.setLabels(story, {QStringLiteral("b"), QStringLiteral("a")}).ok());
    QVERIFY(items.setCriteria(story, {QStringLiteral("Scenario: one\n  Given x\n  Then y")}).ok());
    const QByteArray first = backupOf(product.db());
    QTemporaryDir folder;
    QCOMPARE(backupAgain(first, folder.path()), first);
}

void TestJsonBackup::searchIndexAfterRestore()
{
    TestProduct product;
    QVERIFY(DemoProduct::fill(product.db(), QDate(2026, 3, 18)).ok());
    const QString word = QStringLiteral("given");
    const auto before = ItemRepository(product.db()).idsWithText(word);
    QVERIFY(before.ok());
    QVERIFY(!before->isEmpty());
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("restored.ordo"));
    QVERIFY(Backup::restore(backupOf(product.db()), path).ok());
    auto restored = Database::open(path);
    QVERIFY(restored);
    const auto after = ItemRepository(*restored).idsWithText(word);
    QVERIFY(after.ok());
    QCOMPARE(*after, *before);
    auto indexed = Sql::scalar(restored->connection(), QStringLiteral("SELECT count(*) FROM item_text"));
    auto itemCount = Sql::scalar(restored->connection(), QStringLiteral("SELECT count(*) FROM item"));
    QCOMPARE(indexed->toInt(), itemCount->toInt());
    auto check = Sql::scalar(restored->connection(), QStringLiteral("PRAGMA integrity_check"));
    QCOMPARE(check->toString(), QStringLiteral("ok"));
    // The index's triggers, taken out while the rows went in, are back and keep it in step.
    const QString schemaSql = QStringLiteral("SELECT group_concat(name || sql, ';') FROM "
                                             "(SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name)");
    QCOMPARE(Sql::scalar(restored->connection(), schemaSql)->toString(), Sql::scalar(product.db().connection(), schemaSql)->toString());
    ItemRepository items(*restored);
    const ItemId first = *after->cbegin();
    QVERIFY(items.setCriteria(first, {QStringLiteral("Scenario: zebra crossing")}).ok());
    QCOMPARE(*items.idsWithText(QStringLiteral("zebra")), QSet<ItemId>{first});
    BacklogItem item;
    item.title = QStringLiteral("New");
    item.description = QStringLiteral("quokka");
    const ItemId added = *items.create(item);
    QCOMPARE(*items.idsWithText(QStringLiteral("quokka")), QSet<ItemId>{added});
}

void TestJsonBackup::restoresAnOlderBackup()
{
    QTemporaryDir folder;
    const QString oldPath = folder.filePath(QStringLiteral("old.ordo"));
    QByteArray bytes;
    {
        auto old = Database::createAtVersion(oldPath, 9);
        QVERIFY(old);
        exec(*old, QStringLiteral("INSERT INTO product (id, name, created_at) VALUES (1, 'Old', '2024-01-01T00:00:00.000Z')"));
        exec(*old, QStringLiteral("INSERT INTO item (id, number, type, title, description, order_key, created_at, updated_at) "
                                  "VALUES (7, 1, 'story', 'Kept', 'findable words', 'm', '2024-01-01T00:00:00.000Z', "
                                  "'2024-01-01T00:00:00.000Z')"));
        bytes = backupOf(*old);
    }
    QCOMPARE(parsed(bytes).value(QStringLiteral("version")).toInt(), 9);
    QVERIFY(!parsed(bytes).value(QStringLiteral("tables")).toObject().contains(QStringLiteral("item_source")));
    const QString path = folder.filePath(QStringLiteral("restored.ordo"));
    Expected<Backup::Restored> restored = Backup::restore(bytes, path);
    QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
    QCOMPARE(restored->items, 1);
    QCOMPARE(restored->schemaVersion, 9);
    auto database = Database::open(path);
    QVERIFY(database);
    QCOMPARE(*Migrations::currentVersion(database->connection()), Migrations::latestVersion());
    const auto found = ItemRepository(*database).idsWithText(QStringLiteral("findable"));
    QCOMPARE(*found, QSet<ItemId>{7});
}

void TestJsonBackup::refusesAnExistingFile()
{
    TestProduct product;
    const QByteArray bytes = backupOf(product.db());
    const QByteArray before = fileBytes(product.path());
    Expected<Backup::Restored> restored = Backup::restore(bytes, product.path());
    QVERIFY(!restored);
    QVERIFY2(restored.errorMessage().contains(QStringLiteral("already exists")), qPrintable(restored.errorMessage()));
    QCOMPARE(fileBytes(product.path()), before);
}

void TestJsonBackup::refusesHostileInput_data()
{
    TestProduct product;
    product.addItem(QStringLiteral("One"));
    const QJsonObject good = parsed(backupOf(product.db()));
    const auto changed = [&good](const std::function<void(QJsonObject &tables, QJsonObject &root)> &change) {
        QJsonObject root = good;
        QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
        change(tables, root);
        root.insert(QStringLiteral("tables"), tables);
        return QJsonDocument(root).toJson();
    };
    const auto itemChanged = [&changed](const std::function<void(QJsonObject &item)> &change) {
        return changed([&change](QJsonObject &tables, QJsonObject &) {
            QJsonArray items = tables.value(QStringLiteral("item")).toArray();
            QJsonObject item = items.at(0).toObject();
            change(item);
            items.replace(0, item);
            tables.insert(QStringLiteral("item"), items);
        });
    };

    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << "not valid JSON";
    QTest::newRow("invalid JSON") << QByteArray("{\"format\": \"ordo-backup\", ") << "not valid JSON";
    QTest::newRow("100,000 nested arrays") << (QByteArray(100'000, '[') + QByteArray(100'000, ']')) << "not valid JSON";
    QTest::newRow("nested in an object")
        << (QByteArray("{\"format\":\"ordo-backup\",\"version\":10,\"tables\":") + QByteArray(100'000, '[') + QByteArray(100'000, ']') + "}")
        << "not valid JSON";
    QTest::newRow("an array") << QByteArray("[]") << "not a JSON object";
    QTest::newRow("another format") << changed([](QJsonObject &, QJsonObject &root) { root.insert(QStringLiteral("format"), QStringLiteral("x")); })
                                    << "is not “ordo-backup”";
    QTest::newRow("newer") << changed([](QJsonObject &, QJsonObject &root) { root.insert(QStringLiteral("version"), 999); })
                           << "newer Ordo (format 999";
    QTest::newRow("version as text") << changed([](QJsonObject &, QJsonObject &root) { root.insert(QStringLiteral("version"), QStringLiteral("10")); })
                                     << "“version”";
    QTest::newRow("no tables") << QByteArray("{\"format\": \"ordo-backup\", \"version\": 10, \"tables\": 3}") << "holds no tables";
    QTest::newRow("a table missing") << changed([](QJsonObject &tables, QJsonObject &) { tables.remove(QStringLiteral("sprint")); })
                                     << "no table “sprint”";
    QTest::newRow("a table unknown") << changed([](QJsonObject &tables, QJsonObject &) { tables.insert(QStringLiteral("users"), QJsonArray()); })
                                     << "table “users”";
    QTest::newRow("rows not a list") << changed([](QJsonObject &tables, QJsonObject &) { tables.insert(QStringLiteral("item"), 3); })
                                     << "not a list of rows";
    QTest::newRow("a row not an object") << changed([](QJsonObject &tables, QJsonObject &) { tables.insert(QStringLiteral("label"), QJsonArray{1}); })
                                         << "Row 1 of the table “label”";
    QTest::newRow("title a number") << itemChanged([](QJsonObject &item) { item.insert(QStringLiteral("title"), 5); }) << "“title” is not text";
    QTest::newRow("id text") << itemChanged([](QJsonObject &item) { item.insert(QStringLiteral("id"), QStringLiteral("1")); })
                             << "“id” is not a whole number";
    QTest::newRow("id fraction") << itemChanged([](QJsonObject &item) { item.insert(QStringLiteral("id"), 1.5); }) << "“id” is not a whole number";
    QTest::newRow("estimate text") << itemChanged([](QJsonObject &item) { item.insert(QStringLiteral("estimate"), QStringLiteral("3")); })
                                   << "“estimate” is not a number";
    QTest::newRow("missing field") << itemChanged([](QJsonObject &item) { item.remove(QStringLiteral("title")); }) << "“title” is missing";
    QTest::newRow("unknown field") << itemChanged([](QJsonObject &item) { item.insert(QStringLiteral("owner"), QStringLiteral("x")); })
                                   << "no column “owner”";
    QTest::newRow("title null") << itemChanged([](QJsonObject &item) { item.insert(QStringLiteral("title"), QJsonValue::Null); }) << "NOT NULL";
    QTest::newRow("bad status") << itemChanged([](QJsonObject &item) { item.insert(QStringLiteral("status"), QStringLiteral("lost")); }) << "CHECK";
    QTest::newRow("dangling parent") << itemChanged([](QJsonObject &item) { item.insert(QStringLiteral("parent_id"), 9999); })
                                     << "refers to a row of the table “item”";
    QTest::newRow("dangling criterion")
        << changed([](QJsonObject &tables, QJsonObject &) {
               tables.insert(QStringLiteral("acceptance_criterion"),
                             QJsonArray{QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("item_id"), 42},
                                                    {QStringLiteral("position"), 0}, {QStringLiteral("text"), QStringLiteral("x")}}});
           })
        << "“acceptance_criterion” refers";
    QTest::newRow("no product") << changed([](QJsonObject &tables, QJsonObject &) { tables.insert(QStringLiteral("product"), QJsonArray()); })
                                << "no product";
}

void TestJsonBackup::refusesHostileInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("restored.ordo"));
    Expected<Backup::Restored> restored = Backup::restore(bytes, path);
    QVERIFY(!restored);
    QVERIFY2(restored.errorMessage().contains(message), qPrintable(restored.errorMessage()));
    QVERIFY2(QDir(folder.path()).isEmpty(), qPrintable(QDir(folder.path()).entryList().join(QLatin1Char(' '))));
}

void TestJsonBackup::isBackup_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("backup");
    QTest::newRow("backup") << QByteArray("{\n  \"format\": \"ordo-backup\"}") << true;
    QTest::newRow("with a byte order mark") << QByteArray("\xEF\xBB\xBF {\"format\":\"ordo-backup\"}") << true;
    QTest::newRow("other JSON") << QByteArray("{\"format\": \"other\"}") << false;
    QTest::newRow("CSV naming it") << QByteArray("Summary,Issue key\n\"ordo-backup\",A-1\n") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestJsonBackup::isBackup()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, backup);
    QCOMPARE(Backup::isBackup(bytes), backup);
}

void TestJsonBackup::exportsThroughExportTo()
{
    TestProduct product;
    product.addItem(QStringLiteral("One"));
    product.addItem(QStringLiteral("Two"));
    const QString path = product.folder() + QStringLiteral("/backup.json");
    const auto written = Export::exportTo(product.db(), Export::Format::Json, path);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QCOMPARE(written->size(), 1);
    QCOMPARE(written->at(0).path, path);
    QCOMPARE(written->at(0).items, 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), backupOf(product.db()));
}

// `ordo --import BACKUP --into NEW.ordo` and the import dialog: a backup restores a whole
// product into a new file, never into an existing one, and is no source to import from.
void TestJsonBackup::importRestoresABackup()
{
    TestProduct product;
    product.addItem(QStringLiteral("One"));
    const QByteArray bytes = backupOf(product.db());
    const QString backupPath = product.folder() + QStringLiteral("/backup.json");
    {
        QFile file(backupPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBF\n" + bytes);
    }
    const QString path = product.folder() + QStringLiteral("/restored.ordo");
    const auto imported = Import::importFileInto(backupPath, path);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QVERIFY(imported->backup);
    QCOMPARE(imported->backup->items, 1);
    QVERIFY(imported->newProduct);
    auto restored = Database::open(path);
    QVERIFY(restored);
    QCOMPARE(backupOf(*restored), bytes);

    const QByteArray before = fileBytes(product.path());
    const auto refused = Import::importFileInto(backupPath, product.path());
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("never merged")), qPrintable(refused.errorMessage()));
    QCOMPARE(fileBytes(product.path()), before);

    const auto read = Import::readBytes(bytes);
    QVERIFY(!read);
    QVERIFY2(read.errorMessage().contains(QStringLiteral("backup")), qPrintable(read.errorMessage()));
}

QTEST_GUILESS_MAIN(TestJsonBackup)
#include "tst_jsonbackup.moc"
