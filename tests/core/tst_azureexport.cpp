#include "domain/sprint.h"
#include "interchange/csvreader.h"
#include "interchange/export.h"
#include "storage/itemrepository.h"
#include "storage/sprintrepository.h"
#include "testproduct.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Ordo;

// The Azure DevOps CSV export: a tree (each epic followed by its items, then the items without
// an epic), the fields Azure DevOps' Agile process takes, HTML for the rich-text fields, and at
// most 1,000 rows per file with an epic's tree kept in one file.
class TestAzureExport : public QObject
{
    Q_OBJECT

private slots:
    void tree();
    void fields_data();
    void fields();
    void splitsBetweenEpics();
    void splitsAtTheLimit_data();
    void splitsAtTheLimit();
    void refusesAnEpicTooLarge();
    void numberedPath_data();
    void numberedPath();
    void emptyBacklog();
};

namespace {

Csv::Table table(const QByteArray &bytes)
{
    Expected<Csv::Table> read = Csv::read(bytes);
    if (!read)
        qFatal("not CSV: %s", qPrintable(read.errorMessage()));
    return *read;
}

QString field(const Csv::Table &read, int row, const QString &column)
{
    const QList<int> columns = read.columns(column);
    if (columns.size() != 1)
        qFatal("no single column %s", qPrintable(column));
    return read.records.at(row).fields.at(columns.first());
}

// Each row as "<depth>:<title>", from the Title N column that holds it.
QStringList outline(const Csv::Table &read)
{
    QStringList rows;
    for (const Csv::Record &record : read.records) {
        for (int level = 1;; ++level) {
            const QList<int> columns = read.columns(QStringLiteral("Title %1").arg(level));
            if (columns.isEmpty()) {
                rows.append(QStringLiteral("?"));
                break;
            }
            if (!record.fields.at(columns.first()).isEmpty()) {
                rows.append(QStringLiteral("%1:%2").arg(level).arg(record.fields.at(columns.first())));
                break;
            }
        }
    }
    return rows;
}

// `epics` epics of `children` stories each, then `loose` stories without an epic.
void fill(TestProduct &product, int epics, int children, int loose)
{
    ItemRepository items(product.db());
    for (int e = 1; e <= epics; ++e) {
        const ItemId epic = product.addItem(QStringLiteral("Epic %1").arg(e), ItemType::Epic);
        QList<BacklogItem> stories;
        for (int c = 1; c <= children; ++c) {
            BacklogItem story;
            story.title = QStringLiteral("Story %1.%2").arg(e).arg(c);
            story.parentId = epic;
            stories.append(story);
        }
        QVERIFY(items.createMany(stories).ok());
    }
    for (int l = 1; l <= loose; ++l)
        product.addItem(QStringLiteral("Loose %1").arg(l));
}

} // namespace

void TestAzureExport::tree()
{
    TestProduct product;
    ItemRepository items(product.db());
    const ItemId loose = product.addItem(QStringLiteral("Loose first"));
    const ItemId first = product.addItem(QStringLiteral("Epic A"), ItemType::Epic);
    const ItemId ofSecond = product.addItem(QStringLiteral("Story of B"));
    const ItemId second = product.addItem(QStringLiteral("Epic B"), ItemType::Epic);
    const ItemId ofFirst = product.addItem(QStringLiteral("Story of A"));
    const ItemId subEpic = product.addItem(QStringLiteral("Epic A.1"), ItemType::Epic);
    const ItemId deep = product.addItem(QStringLiteral("Deep story"));
    const ItemId archived = product.addItem(QStringLiteral("Archived story"));
    product.addItem(QStringLiteral("Loose last"));
    QVERIFY(items.setParent(ofSecond, second).ok());
    QVERIFY(items.setParent(ofFirst, first).ok());
    QVERIFY(items.setParent(subEpic, first).ok());
    QVERIFY(items.setParent(deep, subEpic).ok());
    QVERIFY(items.setParent(archived, first).ok());
    QVERIFY(items.setArchived(archived, true).ok());
    Q_UNUSED(loose)

    const auto files = Export::azureCsv(product.db());
    QVERIFY2(files.ok(), qPrintable(files.errorMessage()));
    QCOMPARE(files->size(), 1);
    QCOMPARE(files->at(0).items, 8);
    const QByteArray &bytes = files->at(0).bytes;
    QCOMPARE(bytes.left(bytes.indexOf("\r\n")),
             QByteArray("ID,Work Item Type,Title 1,Title 2,Title 3,State,Story Points,Tags,Description,Acceptance Criteria"));
    const Csv::Table read = table(bytes);
    QCOMPARE(outline(read), (QStringList{"1:Epic A", "2:Story of A", "2:Epic A.1", "3:Deep story", "1:Epic B", "2:Story of B",
                                         "1:Loose first", "1:Loose last"}));
    for (int row = 0; row < read.records.size(); ++row)
        QCOMPARE(field(read, row, QStringLiteral("ID")), QString());
}

void TestAzureExport::fields_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::newRow("type") << "Work Item Type" << "Bug";
    QTest::newRow("state") << "State" << "Active";
    QTest::newRow("points") << "Story Points" << "2.5";
    QTest::newRow("tags") << "Tags" << "mobile; pay,card";
    QTest::newRow("description: escaped, a div per line") << "Description" << "<div>Fix &lt;b&gt; &amp; co</div><div><br></div><div>done</div>";
    QTest::newRow("criteria: a list item each, lines broken")
        << "Acceptance Criteria" << "<ul><li>Scenario: A<br>  Given &quot;x&quot;<br>  Then y</li><li>A &lt; B</li></ul>";
    QTest::newRow("iteration") << "Iteration Path" << "Test product\\Sprint 7";
}

void TestAzureExport::fields()
{
    QFETCH(QString, column);
    QFETCH(QString, value);
    TestProduct product;
    ItemRepository items(product.db());
    const ItemId bug = product.addItem(QStringLiteral("Refund"), ItemType::Bug, 2.5);
    QVERIFY(items.setStatus(bug, ItemStatus::InProgress).ok());
    QVERIFY(items.setLabels(bug, {QStringLiteral("pay;card"), QStringLiteral("mobile")}).ok());
    QVERIFY(items.setText(bug, ItemRepository::TextField::Description, QStringLiteral("Fix <b> & co\n\ndone")).ok());
    QVERIFY(items.setCriteria(bug, {QStringLiteral("Scenario: A\n  Given \"x\"\n  Then y"), QStringLiteral("A < B")}).ok());
    Sprint sprint;
    sprint.name = QStringLiteral("Sprint 7");
    sprint.start = QDate(2026, 3, 2);
    sprint.end = QDate(2026, 3, 13);
    const Expected<qint64> sprintId = SprintRepository(product.db()).create(sprint);
    QVERIFY(sprintId.ok());
    QVERIFY(items.setSprint(bug, *sprintId).ok());
    const auto files = Export::azureCsv(product.db());
    QVERIFY(files.ok());
    QCOMPARE(field(table(files->at(0).bytes), 0, column), value);
}

void TestAzureExport::splitsBetweenEpics()
{
    TestProduct product;
    fill(product, 3, 399, 5); // three trees of 400 rows, then five rows
    const QString path = product.folder() + QStringLiteral("/azure.csv");
    const auto written = Export::exportTo(product.db(), Export::Format::AzureCsv, path);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QCOMPARE(written->size(), 2);
    QCOMPARE(written->at(0).path, path);
    QCOMPARE(written->at(1).path, product.folder() + QStringLiteral("/azure-2.csv"));
    QCOMPARE(written->at(0).items, 800);
    QCOMPARE(written->at(1).items, 405);
    QStringList epicsSeen;
    for (const Export::ExportedFile &file : *written) {
        QFile csv(file.path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const Csv::Table read = table(csv.readAll());
        QCOMPARE(read.records.size(), file.items);
        QVERIFY(read.records.size() <= Export::azureRowsPerFile);
        const QStringList rows = outline(read);
        // Each file starts with a tree's root: no item is cut off from its epic.
        QVERIFY(rows.first().startsWith(QLatin1String("1:")));
        for (const QString &row : rows) {
            if (row.startsWith(QLatin1String("1:Epic")))
                epicsSeen.append(row);
        }
    }
    QCOMPARE(epicsSeen, (QStringList{"1:Epic 1", "1:Epic 2", "1:Epic 3"}));
}

void TestAzureExport::splitsAtTheLimit_data()
{
    QTest::addColumn<int>("epics");
    QTest::addColumn<int>("children");
    QTest::addColumn<int>("loose");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QList<int>>("rows");
    QTest::newRow("all in one") << 2 << 2 << 2 << 10 << QList<int>{8};
    QTest::newRow("exactly full") << 2 << 4 << 0 << 10 << QList<int>{10};
    QTest::newRow("a tree moves on whole") << 3 << 3 << 0 << 10 << QList<int>{8, 4};
    QTest::newRow("loose items fill up") << 1 << 8 << 5 << 10 << QList<int>{10, 4};
    QTest::newRow("one tree as large as a file") << 2 << 9 << 1 << 10 << QList<int>{10, 10, 1};
}

void TestAzureExport::splitsAtTheLimit()
{
    QFETCH(int, epics);
    QFETCH(int, children);
    QFETCH(int, loose);
    QFETCH(int, limit);
    QFETCH(QList<int>, rows);
    TestProduct product;
    fill(product, epics, children, loose);
    const auto files = Export::azureCsv(product.db(), limit);
    QVERIFY2(files.ok(), qPrintable(files.errorMessage()));
    QList<int> counts;
    for (const Export::CsvFile &file : *files) {
        counts.append(file.items);
        QCOMPARE(table(file.bytes).records.size(), file.items);
    }
    QCOMPARE(counts, rows);
}

void TestAzureExport::refusesAnEpicTooLarge()
{
    TestProduct product;
    fill(product, 1, 1000, 1); // the epic and its items: 1,001 rows
    const QString path = product.folder() + QStringLiteral("/azure.csv");
    const auto written = Export::exportTo(product.db(), Export::Format::AzureCsv, path);
    QVERIFY(!written);
    QVERIFY2(written.errorMessage().contains(QStringLiteral("“Epic 1” and its items make 1001 rows")), qPrintable(written.errorMessage()));
    QCOMPARE(QDir(product.folder()).entryList({QStringLiteral("*.csv")}), QStringList());
}

void TestAzureExport::numberedPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first") << "/tmp/out.csv" << 1 << "/tmp/out.csv";
    QTest::newRow("second") << "/tmp/out.csv" << 2 << "/tmp/out-2.csv";
    QTest::newRow("tenth") << "/tmp/out.csv" << 10 << "/tmp/out-10.csv";
    QTest::newRow("dots in the name") << "/tmp/my.backlog.csv" << 3 << "/tmp/my.backlog-3.csv";
    QTest::newRow("no extension") << "/tmp/out" << 2 << "/tmp/out-2";
    QTest::newRow("relative") << "out.csv" << 2 << "out-2.csv";
}

void TestAzureExport::numberedPath()
{
    QFETCH(QString, path);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QCOMPARE(Export::numberedPath(path, n), expected);
}

void TestAzureExport::emptyBacklog()
{
    TestProduct product;
    const auto files = Export::azureCsv(product.db());
    QVERIFY(files.ok());
    QCOMPARE(files->size(), 1);
    QCOMPARE(files->at(0).items, 0);
    QVERIFY(files->at(0).bytes.startsWith("ID,Work Item Type,Title 1,State"));
}

QTEST_GUILESS_MAIN(TestAzureExport)
#include "tst_azureexport.moc"
