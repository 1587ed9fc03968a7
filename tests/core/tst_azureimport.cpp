#include "interchange/azurecsv.h"
#include "interchange/csvreader.h"
#include "interchange/importfile.h"
#include "interchange/importwriter.h"
#include "storage/itemrepository.h"
#include "storage/sprintrepository.h"
#include "storage/sql.h"
#include "importfixtures.h"
#include "testproduct.h"

#include <QFile>
#include <QTest>

using namespace Ordo;

// Azure DevOps query results (tests/data/import/azure-flat.csv and azure-tree.csv, written by
// hand from the format) read into items, then written into a fresh product with their sprints.
class TestAzureImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsFlatQueryInPriorityOrder();
    void readsFields_data();
    void readsFields();
    void reportsWhatItCannotRead();
    void readsTreeQuery();
    void plainTextFromHtml_data();
    void plainTextFromHtml();
    void toldApartByContent();
    void notAzure();
    void mapsTypesAndStatuses();
    void writesIntoAProduct();
    void importingAgainUpdates();
    void reusesTheProductsSprint();
    void leavesItemsOutOfASprintThatWouldOverlap();

private:
    Import::Source m_flat;
    Import::Source m_tree;
};

namespace {

QStringList keysOf(const Import::Source &source)
{
    QStringList keys;
    for (const Import::SourceItem &item : source.items)
        keys.append(item.key);
    return keys;
}

Import::Options azure()
{
    Import::Options options;
    options.tool = QStringLiteral("azure");
    return options;
}

int count(Database &database, const QString &sql)
{
    return Sql::scalar(database.connection(), sql)->toInt();
}

} // namespace

void TestAzureImport::initTestCase()
{
    for (auto [name, into] : {std::pair{"azure-flat.csv", &m_flat}, std::pair{"azure-tree.csv", &m_tree}}) {
        const QByteArray bytes = fixture(name);
        QVERIFY(!bytes.isEmpty());
        const Expected<Csv::Table> table = Csv::read(bytes);
        QVERIFY2(table.ok(), qPrintable(table.errorMessage()));
        QVERIFY(Import::isAzureCsv(*table));
        Expected<Import::Source> source = Import::readAzureCsv(*table);
        QVERIFY2(source.ok(), qPrintable(source.errorMessage()));
        *into = *source;
    }
}

void TestAzureImport::readsFlatQueryInPriorityOrder()
{
    // By Backlog Priority, smallest first; 104 has none and 107 one that is no number: file order.
    QCOMPARE(keysOf(m_flat), (QStringList{"106", "101", "103", "102", "104", "107"}));
    QCOMPARE(m_flat.format, QStringLiteral("Azure DevOps query CSV"));
    QCOMPARE(m_flat.tool, QStringLiteral("azure"));
    QVERIFY(m_flat.sprints.isEmpty()); // no dates in the export
}

void TestAzureImport::readsFields_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("title");
    QTest::addColumn<double>("estimate"); // -1: none
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QStringList>("sprints");
    QTest::addColumn<int>("businessValue"); // -1: none
    QTest::addColumn<int>("timeCriticality");
    QTest::addColumn<QDateTime>("created");
    QTest::addColumn<QDateTime>("updated");

    QTest::newRow("epic: the project root is no sprint")
        << "101" << 2 << "Epic" << "Active" << "Online checkout" << -1.0 << QStringList() << "" << QStringList() << 20 << 13
        << QDateTime(QDate(2024, 5, 2), QTime(9, 0)) << QDateTime(QDate(2024, 5, 11), QTime(15, 26));
    QTest::newRow("backlog item: tags, parent by ID, a sprint")
        << "102" << 3 << "Product Backlog Item" << "Committed" << "Pay with a stored card" << 5.0
        << QStringList{"payments", "mobile"} << "101" << QStringList{"Sprint 2"} << 8 << 5
        << QDateTime(QDate(2024, 5, 3), QTime(10, 15)) << QDateTime(QDate(2024, 5, 12), QTime(11, 0));
    QTest::newRow("bug: Architectural value area, a sprint under a release")
        << "103" << 4 << "Bug" << "New" << "Refund a missing item" << 3.0 << QStringList{"payments", "Architectural"} << "101"
        << QStringList{"Sprint 3"} << 40 << 4 << QDateTime(QDate(2024, 5, 4), QTime(8, 30))
        << QDateTime(QDate(2024, 5, 13), QTime(16, 45));
    QTest::newRow("what cannot be read is left out")
        << "104" << 5 << "Product Backlog Item" << "Approved" << "Export the receipts" << -1.0
        << QStringList{"reporting", "Architectural"} << "" << QStringList() << -1 << -1
        << QDateTime(QDate(2024, 5, 4), QTime(0, 0)) << QDateTime();
    QTest::newRow("task under a backlog item")
        << "106" << 8 << "Task" << "Done" << "Set up the payment sandbox" << 1.0 << QStringList() << "102"
        << QStringList{"Sprint 1"} << -1 << -1 << QDateTime(QDate(2024, 5, 5), QTime(9, 0)) << QDateTime(QDate(2024, 5, 6), QTime(9, 0));
}

void TestAzureImport::readsFields()
{
    QFETCH(QString, key);
    QFETCH(int, line);
    QFETCH(QString, type);
    QFETCH(QString, status);
    QFETCH(QString, title);
    QFETCH(double, estimate);
    QFETCH(QStringList, labels);
    QFETCH(QString, parent);
    QFETCH(QStringList, sprints);
    QFETCH(int, businessValue);
    QFETCH(int, timeCriticality);
    QFETCH(QDateTime, created);
    QFETCH(QDateTime, updated);

    const Import::SourceItem *item = itemKeyed(m_flat, key);
    QVERIFY(item);
    QCOMPARE(item->line, line);
    QCOMPARE(item->id, key);
    QCOMPARE(item->type, type);
    QCOMPARE(item->status, status);
    QCOMPARE(item->title, title);
    QCOMPARE(item->estimate.value_or(-1), estimate);
    QCOMPARE(item->labels, labels);
    QCOMPARE(item->parentKey, parent);
    QCOMPARE(item->sprints, sprints);
    QCOMPARE(item->businessValue.value_or(-1), businessValue);
    QCOMPARE(item->timeCriticality.value_or(-1), timeCriticality);
    QCOMPARE(item->createdAt, created);
    QCOMPARE(item->updatedAt, updated);
}

void TestAzureImport::reportsWhatItCannotRead()
{
    QCOMPARE(problemLines(m_flat.problems),
             (QStringList{
                 QStringLiteral("5: The estimate “two” is not a number: the item has no estimate."),
                 QStringLiteral("5: The date “yesterday” is not one Ordo reads: it was left out."),
                 QStringLiteral("5: The parent “999” is not in the file: the item was imported without it."),
                 QStringLiteral("6: No title: the row was skipped."),
                 QStringLiteral("7: 102 appears again: the later row was skipped."),
                 QStringLiteral("9: The backlog priority “abc” is not a number: the item comes after those that have one."),
             }));
    // Description and criteria were HTML.
    const Import::SourceItem *story = itemKeyed(m_flat, QStringLiteral("102"));
    QCOMPARE(story->description, QStringLiteral("Shoppers who paid before\nshould not type their card again.\n"
                                                "See \"Payments\" notes & the 2'nd page <draft> \u2014 \u2713"));
    QCOMPARE(story->criteria, (QStringList{"A stored card is offered first", "An expired card is refused"}));
    const Import::SourceItem *bug = itemKeyed(m_flat, QStringLiteral("103"));
    QCOMPARE(bug->criteria, QStringList{"Scenario: Refund\nGiven a missing item\nThen the money comes back"});
    QCOMPARE(itemKeyed(m_flat, QStringLiteral("101"))->description, QStringLiteral("Everything between the basket and the receipt."));
}

void TestAzureImport::readsTreeQuery()
{
    // A tree query keeps the file's order, whatever its Stack Rank says.
    QCOMPARE(keysOf(m_tree), (QStringList{"201", "202", "203", "204", "205", "206"}));
    QCOMPARE(m_tree.format, QStringLiteral("Azure DevOps tree query CSV"));
    QStringList parents;
    for (const Import::SourceItem &item : std::as_const(m_tree.items))
        parents.append(item.parentKey);
    // The nearest row above at a shallower depth; 206 is back at the top.
    QCOMPARE(parents, (QStringList{"", "201", "202", "202", "201", ""}));
    QCOMPARE(itemKeyed(m_tree, QStringLiteral("203"))->title, QStringLiteral("Show free slots"));
    QCOMPARE(itemKeyed(m_tree, QStringLiteral("203"))->estimate, std::optional<double>(3)); // Story Points
    QCOMPARE(itemKeyed(m_tree, QStringLiteral("204"))->sprints, QStringList{"Sprint 5"});
    QCOMPARE(itemKeyed(m_tree, QStringLiteral("206"))->title, QStringLiteral("Slots shown in the wrong time zone"));
    QCOMPARE(problemLines(m_tree.problems), QStringList{"8: No title: the row was skipped."});
}

void TestAzureImport::plainTextFromHtml_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("plain text") << "Just words" << "Just words";
    QTest::newRow("br") << "one<br>two<BR/>three<br />four" << "one\ntwo\nthree\nfour";
    QTest::newRow("paragraphs, divs") << "<p>one</p><p>two</p><div>three</div>" << "one\ntwo\nthree";
    QTest::newRow("an empty paragraph is a blank line") << "<div>one</div><div><br></div><div>two</div>" << "one\n\ntwo";
    QTest::newRow("list items on lines of their own")
        << "Steps:<ul><li>one</li><li>two <i>fast</i></li></ul>after" << "Steps:\n- one\n- two fast\nafter";
    QTest::newRow("named entities") << "&amp; &lt; &gt; &quot; &#39; &apos;" << "& < > \" ' '";
    QTest::newRow("nbsp is a space that does not collapse") << "a&nbsp;b&nbsp;&nbsp;c &nbsp;d" << "a b  c  d";
    QTest::newRow("numeric entities") << "&#65;&#x42;&#X43; &#8212; &#x1F600;" << QStringLiteral("ABC \u2014 \U0001F600");
    QTest::newRow("escaped tags stay text") << "&lt;b&gt;bold&lt;/b&gt;" << "<b>bold</b>";
    QTest::newRow("unknown and broken entities as written") << "&copy; &#xZZ; &#0; &#1114112; & alone; &amp" << "&copy; &#xZZ; &#0; &#1114112; & alone; &amp";
    QTest::newRow("white space collapses") << "  one \n\t two  " << "one two";
    QTest::newRow("attributes") << "<div style=\"color: red\">red</div><a href=\"x?a=1&amp;b=2\">link</a>" << "red\nlink";
    QTest::newRow("script and style are no text") << "<style>p {}</style>a<script>if (1 < 2) x();</script>b" << "ab";
    QTest::newRow("a lone angle bracket") << "1 < 2 and 3 > 2" << "1 < 2 and 3 > 2";
    QTest::newRow("a tag never closed is text") << "a <b never closed" << "a <b never closed";
    QTest::newRow("a script never closed") << "a<script>x" << "a";
    QTest::newRow("comments") << "a<!-- note -->b" << "ab";
    QTest::newRow("table cells") << "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>" << "a b\nc";
    QTest::newRow("headings") << "<h1>Title</h1>text" << "Title\ntext";
}

void TestAzureImport::plainTextFromHtml()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(Import::plainTextFromHtml(html), text);
}

void TestAzureImport::toldApartByContent()
{
    for (const char *name : {"azure-flat.csv", "azure-tree.csv"}) {
        const Expected<Import::Source> source = Import::readBytes(fixture(name));
        QVERIFY2(source.ok(), qPrintable(source.errorMessage()));
        QCOMPARE(source->tool, QStringLiteral("azure"));
    }
}

void TestAzureImport::notAzure()
{
    const Expected<Csv::Table> table = Csv::read("ID,Work Item Type,State\n1,Bug,New\n");
    QVERIFY(table.ok());
    QVERIFY(!Import::isAzureCsv(*table));
    const Expected<Import::Source> source = Import::readAzureCsv(*table);
    QVERIFY(!source.ok());
    QCOMPARE(source.errorMessage(), QStringLiteral("This is not an Azure DevOps query export: it has no Title or Title 1 column."));
    QVERIFY(!Import::readBytes("ID,State\n1,New\n").ok());
}

void TestAzureImport::mapsTypesAndStatuses()
{
    const Import::Mapping mapping = Import::defaultMapping(m_flat);
    const auto check = [&](const char *key, ItemType type, ItemStatus status) {
        const Import::SourceItem *item = itemKeyed(m_flat, QString::fromLatin1(key));
        QVERIFY(item);
        QCOMPARE(mapping.typeOf(*item), type);
        QCOMPARE(mapping.statusOf(*item), status);
    };
    check("101", ItemType::Epic, ItemStatus::InProgress);
    check("102", ItemType::Story, ItemStatus::ToDo);
    check("103", ItemType::Bug, ItemStatus::New);
    check("104", ItemType::Story, ItemStatus::Ready);
    check("106", ItemType::Enabler, ItemStatus::Done);
    check("107", ItemType::Story, ItemStatus::Rejected);
}

void TestAzureImport::writesIntoAProduct()
{
    TestProduct product;
    const Expected<Import::Result> result = Import::write(product.db(), m_flat, Import::defaultMapping(m_flat), azure());
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->created.size(), 6);
    QCOMPARE(problemLines(result->problems),
             (QStringList{
                 QStringLiteral("4: The business value 40 is not on the WSJF scale (1, 2, 3, 5, 8, 13, 20): it was imported as 20."),
                 QStringLiteral("4: The time criticality 4 is not on the WSJF scale (1, 2, 3, 5, 8, 13, 20): it was imported as 5."),
                 QStringLiteral("8: 106's parent 102 is not an epic: 106 was put under 102's epic, 101."),
             }));

    // Sprints in the order of their numbers, two weeks each, the last ending on the latest change.
    QCOMPARE(sprintsOf(product.db()), (QStringList{"Sprint 1 2024-04-02..2024-04-15", "Sprint 2 2024-04-16..2024-04-29",
                                                   "Sprint 3 2024-04-30..2024-05-13"}));
    QCOMPARE(result->sprints.size(), 3);
    const QList<ItemId> &ids = result->created; // 106, 101, 103, 102, 104, 107
    QCOMPARE(sprintOfItem(product.db(), ids.at(0)), QStringLiteral("Sprint 1"));
    QCOMPARE(sprintOfItem(product.db(), ids.at(1)), QString());
    QCOMPARE(sprintOfItem(product.db(), ids.at(2)), QStringLiteral("Sprint 3"));
    QCOMPARE(sprintOfItem(product.db(), ids.at(3)), QStringLiteral("Sprint 2"));
    QCOMPARE(sprintOfItem(product.db(), ids.at(5)), QStringLiteral("Sprint 1"));
    // Each move into a sprint is history, from no sprint to the sprint's id.
    QCOMPARE(count(product.db(), QStringLiteral("SELECT count(*) FROM history WHERE field = 'sprint' AND old_value = ''")), 4);
    QCOMPARE(*Sql::scalar(product.db().connection(), QStringLiteral("SELECT new_value FROM history WHERE field = 'sprint' AND item_id = ?"),
                          {ids.at(3)}),
             QVariant(QString::number(result->sprints.at(1))));

    ItemRepository items(product.db());
    const Expected<BacklogItem> story = items.load(ids.at(3));
    QCOMPARE(story->type, ItemType::Story);
    QCOMPARE(story->status, ItemStatus::ToDo);
    QCOMPARE(story->estimate, std::optional<double>(5));
    QCOMPARE(story->labels, (QStringList{"mobile", "payments"}));
    QCOMPARE(story->parentId, std::optional<ItemId>(ids.at(1)));
    QCOMPARE(story->criteria.size(), 2);
    QCOMPARE(story->criteria.at(1).text, QStringLiteral("An expired card is refused"));
    QCOMPARE(story->scores.businessValue, std::optional<int>(8));
    QCOMPARE(story->scores.timeCriticality, std::optional<int>(5));
    QCOMPARE(story->createdAt, QDateTime(QDate(2024, 5, 3), QTime(10, 15)));
    const Expected<BacklogItem> bug = items.load(ids.at(2));
    QCOMPARE(bug->scores.businessValue, std::optional<int>(20));
    QCOMPARE(bug->scores.timeCriticality, std::optional<int>(5));
    QCOMPARE(bug->labels, (QStringList{"Architectural", "payments"}));
    QCOMPARE(items.load(ids.at(5))->status, ItemStatus::Rejected);
    QCOMPARE(*Import::countExisting(product.db(), m_flat, QStringLiteral("azure")), 6);

    // The tree query: a feature is an epic, its stories go under it.
    TestProduct treeProduct;
    const Expected<Import::Result> tree = Import::write(treeProduct.db(), m_tree, Import::defaultMapping(m_tree), azure());
    QVERIFY2(tree.ok(), qPrintable(tree.errorMessage()));
    QCOMPARE(tree->created.size(), 6);
    QCOMPARE(ItemRepository(treeProduct.db()).load(tree->created.at(2))->parentId, std::optional<ItemId>(tree->created.at(1)));
    QCOMPARE(sprintsOf(treeProduct.db()), (QStringList{"Sprint 4 2024-04-24..2024-05-07", "Sprint 5 2024-05-08..2024-05-21"}));
}

void TestAzureImport::importingAgainUpdates()
{
    TestProduct product;
    QVERIFY(Import::write(product.db(), m_flat, Import::defaultMapping(m_flat), azure()).ok());
    const int history = count(product.db(), QStringLiteral("SELECT count(*) FROM history"));

    // The same file again changes nothing: no sprint, item or history row is added.
    const Expected<Import::Result> same = Import::write(product.db(), m_flat, Import::defaultMapping(m_flat), azure());
    QVERIFY2(same.ok(), qPrintable(same.errorMessage()));
    QCOMPARE(same->created.size(), 0);
    QCOMPARE(same->updated.size(), 6);
    QCOMPARE(same->sprints.size(), 0);
    QCOMPARE(count(product.db(), QStringLiteral("SELECT count(*) FROM sprint")), 3);
    QCOMPARE(count(product.db(), QStringLiteral("SELECT count(*) FROM history")), history);

    // 102 moved on to Sprint 3 and got a new business value.
    Import::Source changed = m_flat;
    for (Import::SourceItem &item : changed.items) {
        if (item.key == QLatin1String("102")) {
            item.sprints.append(QStringLiteral("Sprint 3"));
            item.businessValue = 13;
        }
    }
    const Expected<Import::Result> again = Import::write(product.db(), changed, Import::defaultMapping(changed), azure());
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(count(product.db(), QStringLiteral("SELECT count(*) FROM history")), history + 1);
    QStringList ids; // of the sprints, oldest first
    const auto stored = SprintRepository(product.db()).all(); // kept alive: the loop reads from it
    for (const Sprint &sprint : *stored)
        ids.append(QString::number(sprint.id));
    QCOMPARE(ids.size(), 3);
    const ItemId story = Sql::scalar(product.db().connection(), QStringLiteral("SELECT item_id FROM item_source WHERE source_key = '102'"))->toLongLong();
    QCOMPARE(sprintOfItem(product.db(), story), QStringLiteral("Sprint 3"));
    QCOMPARE(*Sql::scalar(product.db().connection(),
                          QStringLiteral("SELECT old_value || '>' || new_value FROM history WHERE field = 'sprint' AND item_id = ? "
                                         "ORDER BY id DESC LIMIT 1"),
                          {story}),
             QVariant(ids.at(1) + QLatin1Char('>') + ids.at(2)));
    QCOMPARE(ItemRepository(product.db()).load(story)->scores.businessValue, std::optional<int>(13));
}

void TestAzureImport::reusesTheProductsSprint()
{
    TestProduct product;
    Sprint earlier;
    earlier.name = QStringLiteral("sprint 2"); // in any case
    earlier.start = QDate(2024, 1, 1);
    earlier.end = QDate(2024, 1, 14);
    const Expected<qint64> id = SprintRepository(product.db()).create(earlier);
    QVERIFY(id.ok());
    const Expected<Import::Result> result = Import::write(product.db(), m_flat, Import::defaultMapping(m_flat), azure());
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    // The others run back to back up to the latest change.
    QCOMPARE(sprintsOf(product.db()), (QStringList{"sprint 2 2024-01-01..2024-01-14", "Sprint 1 2024-04-16..2024-04-29",
                                                   "Sprint 3 2024-04-30..2024-05-13"}));
    QCOMPARE(sprintOfItem(product.db(), result->created.at(3)), QStringLiteral("sprint 2"));
}

void TestAzureImport::leavesItemsOutOfASprintThatWouldOverlap()
{
    TestProduct product;
    Sprint running;
    running.name = QStringLiteral("Release train");
    running.start = QDate(2024, 4, 1);
    running.end = QDate(2024, 4, 20);
    QVERIFY(SprintRepository(product.db()).create(running).ok());
    const Expected<Import::Result> result = Import::write(product.db(), m_flat, Import::defaultMapping(m_flat), azure());
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->created.size(), 6);
    // Sprint 1 (from 2 April) and Sprint 2 (from 16 April) would overlap it; Sprint 3 is made.
    QStringList refused;
    for (const Import::Problem &problem : result->problems) {
        if (problem.message.startsWith(QStringLiteral("The sprint "))) {
            refused.append(QStringLiteral("%1: %2").arg(problem.line).arg(problem.message.section(QLatin1Char(' '), 2, 3)));
            QVERIFY(problem.message.endsWith(QStringLiteral("its items were imported outside any sprint.")));
        }
    }
    QCOMPARE(refused, (QStringList{"3: “Sprint 2”", "8: “Sprint 1”"}));
    QCOMPARE(sprintsOf(product.db()), (QStringList{"Release train 2024-04-01..2024-04-20", "Sprint 3 2024-04-30..2024-05-13"}));
    QCOMPARE(sprintOfItem(product.db(), result->created.at(0)), QString());
    QCOMPARE(sprintOfItem(product.db(), result->created.at(2)), QStringLiteral("Sprint 3"));
}

QTEST_GUILESS_MAIN(TestAzureImport)
#include "tst_azureimport.moc"
