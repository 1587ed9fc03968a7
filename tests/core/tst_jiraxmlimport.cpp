#include "interchange/importfile.h"
#include "interchange/importwriter.h"
#include "interchange/jiraxml.h"
#include "storage/itemrepository.h"
#include "storage/productrepository.h"
#include "storage/sql.h"
#include "importfixtures.h"
#include "testproduct.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Ordo;

// Jira's XML (RSS) export (tests/data/import/jira-rss.xml, written by hand from Jira's format)
// read into items by the rules of the CSV export, refused whole when it is hostile, then written
// into a fresh product and imported again.
class TestJiraXmlImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsItemsInRankOrder();
    void readsFields_data();
    void readsFields();
    void readsRichTextAndDates();
    void reportsWhatItCannotRead();
    void choosesCustomFields_data();
    void choosesCustomFields();
    void toldFromTheContent_data();
    void toldFromTheContent();
    void refusesHostileFiles_data();
    void refusesHostileFiles();
    void readsAFeedWithoutItems();
    void rfc2822Dates_data();
    void rfc2822Dates();
    void writesIntoAProduct();
    void importingAgainUpdates();

private:
    Import::Source m_source;
};

namespace {

Import::Options jira()
{
    Import::Options options;
    options.tool = QStringLiteral("jira");
    return options;
}

// An item of an export, wrapped in Jira's feed.
QByteArray feed(const QByteArray &items)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"0.92\"><channel><title>Test</title>\n" + items
           + "\n</channel></rss>\n";
}

QByteArray nested(int depth)
{
    return feed("<item><key>HRV-1</key><summary>Deep</summary>" + QByteArray("<a>").repeated(depth)
                + QByteArray("</a>").repeated(depth) + "</item>");
}

} // namespace

void TestJiraXmlImport::initTestCase()
{
    const QByteArray bytes = fixture("jira-rss.xml");
    QVERIFY(!bytes.isEmpty());
    QVERIFY(Import::isJiraXml(bytes));
    Expected<Import::Source> source = Import::readJiraXml(bytes);
    QVERIFY2(source.ok(), qPrintable(source.errorMessage()));
    m_source = *source;
}

void TestJiraXmlImport::readsItemsInRankOrder()
{
    // By the Rank custom field, bytewise; HRV-20 and HRV-21 have no rank and follow in file
    // order; HRV-14 has no summary and the second HRV-11 repeats a key.
    QStringList keys;
    for (const Import::SourceItem &item : std::as_const(m_source.items))
        keys.append(item.key);
    QCOMPARE(keys, (QStringList{"HRV-15", "HRV-11", "HRV-12", "HRV-13", "HRV-10", "HRV-20", "HRV-21"}));
    QCOMPARE(m_source.format, QStringLiteral("Jira XML"));
    QCOMPARE(m_source.tool, QStringLiteral("jira"));
}

void TestJiraXmlImport::readsFields_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("title");
    QTest::addColumn<double>("estimate"); // -1: none
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QStringList>("sprints");
    QTest::addColumn<int>("criteria");
    QTest::addColumn<QStringList>("blocks");
    QTest::addColumn<QStringList>("blockedBy");

    QTest::newRow("epic") << "HRV-10" << "10010" << 14 << "Epic" << "In Progress" << "In Progress" << "Checkout" << -1.0
                          << QStringList() << "" << QStringList() << 0 << QStringList() << QStringList();
    QTest::newRow("story: Epic Link by key, Story point estimate, two sprints, HTML Gherkin, both kinds of link")
        << "HRV-12" << "10012" << 47 << "Story" << "In Progress" << "In Progress" << "Pay by card" << 5.0
        << QStringList{"checkout", "mobile"} << "HRV-10" << QStringList{"HRV Sprint 1", "HRV Sprint 2"} << 2
        << QStringList{"HRV-13"} << QStringList{"HRV-11"};
    QTest::newRow("spike: Story Points, done") << "HRV-11" << "10011" << 132 << "Spike" << "Done" << "Done"
                                               << "Compare card providers" << 2.5 << QStringList() << ""
                                               << QStringList{"HRV Sprint 1"} << 0 << QStringList{"HRV-12"} << QStringList();
    QTest::newRow("bug: Epic Link by Epic Name, a plain list in CDATA")
        << "HRV-13" << "10013" << 173 << "Bug" << "Code Review" << "In Progress" << "Refund a failed card payment" << 3.0
        << QStringList{"checkout"} << "HRV-10" << QStringList() << 3 << QStringList() << QStringList{"HRV-12"};
    QTest::newRow("sub-task: <parent>") << "HRV-20" << "10020" << 236 << "Sub-task" << "To Do" << "To Do"
                                        << "Set up the card sandbox" << 1.0 << QStringList() << "HRV-12" << QStringList()
                                        << 0 << QStringList() << QStringList();
    QTest::newRow("sub-task: parent from the story's <subtasks>")
        << "HRV-21" << "10021" << 255 << "Sub-task" << "To Do" << "To Do" << "Write the sandbox notes" << -1.0
        << QStringList() << "HRV-12" << QStringList() << 0 << QStringList() << QStringList();
    QTest::newRow("unknown parent and points, a link outside the file")
        << "HRV-15" << "10015" << 276 << "Story" << "Blocked" << "To Do" << "Show the delivery slot" << -1.0
        << QStringList{"delivery"} << "" << QStringList() << 0 << QStringList() << QStringList{"HRV-42"};
}

void TestJiraXmlImport::readsFields()
{
    QFETCH(QString, key);
    QFETCH(QString, id);
    QFETCH(int, line);
    QFETCH(QString, type);
    QFETCH(QString, status);
    QFETCH(QString, category);
    QFETCH(QString, title);
    QFETCH(double, estimate);
    QFETCH(QStringList, labels);
    QFETCH(QString, parent);
    QFETCH(QStringList, sprints);
    QFETCH(int, criteria);
    QFETCH(QStringList, blocks);
    QFETCH(QStringList, blockedBy);

    const Import::SourceItem *item = itemKeyed(m_source, key);
    QVERIFY(item);
    QCOMPARE(item->id, id);
    QCOMPARE(item->line, line);
    QCOMPARE(item->type, type);
    QCOMPARE(item->status, status);
    QCOMPARE(item->statusCategory, category);
    QCOMPARE(item->title, title);
    QCOMPARE(item->estimate.value_or(-1), estimate);
    QCOMPARE(item->labels, labels);
    QCOMPARE(item->parentKey, parent);
    QCOMPARE(item->sprints, sprints);
    QCOMPARE(item->criteria.size(), criteria);
    QCOMPARE(item->blocks, blocks); // a "Relates" link is no dependency
    QCOMPARE(item->blockedBy, blockedBy);
}

void TestJiraXmlImport::readsRichTextAndDates()
{
    const Import::SourceItem *story = itemKeyed(m_source, QStringLiteral("HRV-12"));
    QVERIFY(story);
    // Escaped twice in the XML ("&amp;amp;"): the HTML's own entity, decoded once more.
    QCOMPARE(story->description, QStringLiteral("As a shopper I want to pay by card & keep it for next time.\n- Visa\n- Café cards"));
    QCOMPARE(story->criteria.first(), QStringLiteral("Scenario: A saved card\nGiven a shopper with a saved card\nWhen they pay\n"
                                                     "Then the card is charged"));
    QVERIFY(story->criteria.last().startsWith(QStringLiteral("Scenario: An expired card")));
    QCOMPARE(story->createdAt, QDateTime(QDate(2024, 5, 11), QTime(15, 26), Qt::UTC));
    QCOMPARE(story->updatedAt, QDateTime(QDate(2024, 5, 13), QTime(7, 0), Qt::UTC));
    const Import::SourceItem *bug = itemKeyed(m_source, QStringLiteral("HRV-13"));
    QCOMPARE(bug->criteria, (QStringList{"The refund reaches the card", "The shopper gets an email",
                                         "Amounts below 1 < 2 euros are refunded too"}));
    QCOMPARE(bug->updatedAt, QDateTime());
    QCOMPARE(itemKeyed(m_source, QStringLiteral("HRV-10"))->description, QStringLiteral("Everything between the basket and the receipt."));
}

void TestJiraXmlImport::reportsWhatItCannotRead()
{
    QCOMPARE(problemLines(m_source.problems), (QStringList{
                                            QStringLiteral("264: No summary: the item was skipped."),
                                            QStringLiteral("270: HRV-11 appears again: the later item was skipped."),
                                            QStringLiteral("276: The story points “eight” are not a number: the item has no estimate."),
                                            QStringLiteral("276: The date “yesterday” is not one Ordo reads: it was left out."),
                                            QStringLiteral("276: The parent “HRV-99” is not in the file: the item was imported without it."),
                                        }));
}

void TestJiraXmlImport::choosesCustomFields_data()
{
    QTest::addColumn<QString>("estimateField");
    QTest::addColumn<QString>("criteriaField");
    QTest::addColumn<double>("estimate");
    QTest::addColumn<QStringList>("criteria");

    QTest::newRow("the usual ones") << QString() << QString() << 3.0
                                    << QStringList{"The refund reaches the card", "The shopper gets an email",
                                                   "Amounts below 1 < 2 euros are refunded too"};
    QTest::newRow("the team's own") << "Team points" << "Checks" << 8.0 << QStringList{"paid back", "receipt sent"};
    QTest::newRow("any case") << "team POINTS" << "checks" << 8.0 << QStringList{"paid back", "receipt sent"};
    QTest::newRow("a field the item does not have") << "Effort" << "Notes" << -1.0 << QStringList();
}

// The mapping page's choice of the estimate's and the criteria's fields, by custom field name.
void TestJiraXmlImport::choosesCustomFields()
{
    QFETCH(QString, estimateField);
    QFETCH(QString, criteriaField);
    QFETCH(double, estimate);
    QFETCH(QStringList, criteria);

    // The wizard offers the custom fields met, in file order.
    QCOMPARE(m_source.columns, (QStringList{"Epic Name", "Rank", "Acceptance Criteria", "Epic Link", "Sprint",
                                            "Story point estimate", "Story Points", "Checks", "Team points"}));
    const auto chosen = Import::readBytes(fixture("jira-rss.xml"), {estimateField, criteriaField});
    QVERIFY2(chosen, qPrintable(chosen.errorMessage()));
    QCOMPARE(chosen->read.estimateColumn, estimateField);
    QCOMPARE(chosen->read.criteriaColumn, criteriaField);
    const Import::SourceItem *bug = itemKeyed(*chosen, QStringLiteral("HRV-13"));
    QVERIFY(bug);
    QCOMPARE(bug->estimate.value_or(-1), estimate);
    QCOMPARE(bug->criteria, criteria);
}

void TestJiraXmlImport::toldFromTheContent_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray item = "<item><key>HRV-1</key><summary>Pay</summary></item>";
    QTest::newRow("declaration") << feed(item);
    QTest::newRow("byte order mark") << "\xEF\xBB\xBF" + feed(item);
    QTest::newRow("white space, no declaration") << " \r\n\t<rss><channel>" + item + "</channel></rss>";
    QTest::newRow("no declaration, a comment first") << "<!-- RSS generated by JIRA -->\n<rss><channel>" + item + "</channel></rss>";
}

void TestJiraXmlImport::toldFromTheContent()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(Import::isJiraXml(bytes));
    const auto source = Import::readBytes(bytes);
    QVERIFY2(source, qPrintable(source.errorMessage()));
    QCOMPARE(source->format, QStringLiteral("Jira XML"));
    QCOMPARE(source->items.size(), 1);
    QCOMPARE(source->items.first().title, QStringLiteral("Pay"));
    QVERIFY(source->problems.isEmpty());
}

void TestJiraXmlImport::refusesHostileFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("jiraXml"); // what isJiraXml says of it
    QTest::addColumn<QString>("message");

    const QByteArray item = "<item><key>HRV-1</key><summary>Pay</summary></item>";
    QTest::newRow("an element never closed")
        << QByteArray("<rss><channel><item><key>HRV-1</key><summary>Pay</item></channel></rss>") << true
        << QStringLiteral("This XML file cannot be read: Opening and ending tag mismatch. (line 1, column 55).");
    QTest::newRow("cut off") << feed(item).left(80) << true << QStringLiteral("This XML file cannot be read: Premature end of document. (line 2, column");
    QTest::newRow("not XML after all") << QByteArray("<<<>>>") << false << QStringLiteral("This XML file cannot be read:");
    QTest::newRow("an entity HTML has, XML not")
        << feed("<item><key>HRV-1</key><summary>Pay&nbsp;now</summary></item>") << true
        << QStringLiteral("This XML file cannot be read: Entity 'nbsp' not declared. (line 3");
    QTest::newRow("invalid UTF-8") << feed("<item><key>HRV-1</key><summary>Pay \xC3\x28 now</summary></item>") << false
                                   << QStringLiteral("This XML file cannot be read: Encountered incorrectly encoded content.");
    QTest::newRow("a NUL byte") << feed(QByteArray("<item><key>HRV-1</key><summary>Pay\0</summary></item>", 52)) << true
                                << QStringLiteral("This XML file cannot be read:");
    QTest::newRow("a second root") << QByteArray("<rss><channel/></rss><rss/>") << true
                                   << QStringLiteral("This XML file cannot be read: Extra content at end of document.");
    QTest::newRow("another XML file") << QByteArray("<?xml version=\"1.0\"?>\n<html><body>Pay</body></html>") << false
                                      << QStringLiteral("This XML file is not a Jira export: it starts with <html>, where "
                                                        "Jira's XML export starts with <rss>.");
    QTest::newRow("another RSS feed") << feed("<item><title>News</title><summary>Pay</summary></item>") << true
                                      << QStringLiteral("This RSS feed is not a Jira export: its items have no Jira key.");
    QTest::newRow("billion laughs")
        << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n <!ENTITY lol \"lol\">\n"
                      " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
                      " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
                      " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
                      " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
                      " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
                      " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
                      " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
                      " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
                      " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
                      "]>\n<rss><channel><item><key>HRV-1</key><summary>&lol9;</summary></item></channel></rss>\n")
        << false
        << QStringLiteral("This XML file declares a document type (line 13). Jira's export never does, and Ordo does not "
                          "read one: its entities could expand without end.");
    QTest::newRow("an external document type")
        << QByteArray("<!DOCTYPE rss SYSTEM \"file:///etc/passwd\">\n<rss><channel>" + item + "</channel></rss>") << false
        << QStringLiteral("This XML file declares a document type (line 1). Jira's export never does, and Ordo does not "
                          "read one: its entities could expand without end.");
    QTest::newRow("nested deeper than Jira") << nested(100000) << true
                                             << QStringLiteral("This XML file nests its elements more than 64 deep (line 3), "
                                                               "which no Jira export does: it was not read.");
}

// Hostile or broken files are refused whole, with a message, whichever way they come in.
void TestJiraXmlImport::refusesHostileFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, jiraXml);
    QFETCH(QString, message);

    QCOMPARE(Import::isJiraXml(bytes), jiraXml);
    const auto read = Import::readJiraXml(bytes);
    QVERIFY(!read.ok());
    QVERIFY2(read.errorMessage().startsWith(message), qPrintable(read.errorMessage()));
    const auto told = Import::readBytes(bytes, {QStringLiteral("Story Points"), QStringLiteral("Acceptance Criteria")});
    QVERIFY(!told.ok());
    QCOMPARE(told.errorMessage(), read.errorMessage());
}

void TestJiraXmlImport::readsAFeedWithoutItems()
{
    // Not deep enough to refuse: 60 levels inside an item are read (and not understood).
    const auto deep = Import::readJiraXml(nested(56));
    QVERIFY2(deep, qPrintable(deep.errorMessage()));
    QCOMPARE(deep->items.size(), 1);

    const auto empty = Import::readJiraXml(feed(QByteArray()));
    QVERIFY2(empty, qPrintable(empty.errorMessage()));
    QVERIFY(empty->items.isEmpty());
    QVERIFY(empty->problems.isEmpty());
}

void TestJiraXmlImport::rfc2822Dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");

    const QDateTime may11(QDate(2024, 5, 11), QTime(15, 26), Qt::UTC);
    QTest::newRow("Jira's XML") << "Sat, 11 May 2024 15:26:00 +0000" << may11;
    QTest::newRow("another offset") << "Sat, 11 May 2024 17:26:00 +0200" << may11;
    QTest::newRow("a day of one digit, west") << "Thu, 2 May 2024 04:05:00 -0500" << QDateTime(QDate(2024, 5, 2), QTime(9, 5), Qt::UTC);
    QTest::newRow("no day name") << "11 May 2024 15:26:00 +0000" << may11;
    QTest::newRow("no seconds") << "Sat, 11 May 2024 15:26 +0000" << may11;
    QTest::newRow("GMT") << "Sat, 11 May 2024 15:26:00 GMT" << may11;
    QTest::newRow("UT") << "Sat, 11 May 2024 15:26:00 UT" << may11;
    QTest::newRow("no such day") << "Sat, 31 Feb 2024 15:26:00 +0000" << QDateTime();
    QTest::newRow("no such month") << "Sat, 11 Mey 2024 15:26:00 +0000" << QDateTime();
    QTest::newRow("a time of 25 hours") << "Sat, 11 May 2024 25:26:00 +0000" << QDateTime();
}

void TestJiraXmlImport::rfc2822Dates()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QCOMPARE(Import::parseDate(text), expected);
}

void TestJiraXmlImport::writesIntoAProduct()
{
    TestProduct product;
    product.addItem(QStringLiteral("Already here"));
    const Expected<Import::Result> result = Import::write(product.db(), m_source, Import::defaultMapping(m_source), jira());
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->created.size(), 7);
    QCOMPARE(result->dependencies, 2); // HRV-11 blocks HRV-12, HRV-12 blocks HRV-13, each named from both sides
    QCOMPARE(backlogTitles(product.db()),
             (QStringList{"Already here", "Show the delivery slot", "Compare card providers", "Pay by card",
                          "Refund a failed card payment", "Checkout", "Set up the card sandbox", "Write the sandbox notes"}));
    QCOMPARE(problemLines(result->problems),
             (QStringList{
                 QStringLiteral("236: HRV-20's parent HRV-12 is not an epic: HRV-20 was put under HRV-12's epic, HRV-10."),
                 QStringLiteral("255: HRV-21's parent HRV-12 is not an epic: HRV-21 was put under HRV-12's epic, HRV-10."),
                 QStringLiteral("276: HRV-42 blocks HRV-15, but HRV-42 is neither in the file nor in the product: the link was left out."),
             }));

    ItemRepository items(product.db());
    const QList<ItemId> &ids = result->created; // HRV-15, HRV-11, HRV-12, HRV-13, HRV-10, HRV-20, HRV-21
    const Expected<BacklogItem> story = items.load(ids.at(2));
    QVERIFY(story.ok());
    QCOMPARE(story->title, QStringLiteral("Pay by card"));
    QCOMPARE(story->type, ItemType::Story);
    QCOMPARE(story->status, ItemStatus::InProgress);
    QCOMPARE(story->estimate, std::optional<double>(5));
    QCOMPARE(story->labels, (QStringList{"checkout", "mobile"}));
    QCOMPARE(story->parentId, std::optional<ItemId>(ids.at(4)));
    QCOMPARE(story->criteria.size(), 2);
    QVERIFY(story->criteria.at(1).text.startsWith(QStringLiteral("Scenario: An expired card")));
    QCOMPARE(story->createdAt, QDateTime(QDate(2024, 5, 11), QTime(15, 26), Qt::UTC));
    const Expected<BacklogItem> bug = items.load(ids.at(3));
    QCOMPARE(bug->type, ItemType::Bug);
    QCOMPARE(bug->status, ItemStatus::InReview);
    QCOMPARE(bug->parentId, std::optional<ItemId>(ids.at(4))); // by the epic's name
    QCOMPARE(bug->criteria.size(), 3);
    QCOMPARE(items.load(ids.at(1))->status, ItemStatus::Done);
    QCOMPARE(items.load(ids.at(4))->type, ItemType::Epic);
    // "Blocked" is no status Ordo knows: its category, To Do, stands for it.
    QCOMPARE(items.load(ids.at(0))->status, ItemStatus::New);
    const Expected<BacklogItem> subTask = items.load(ids.at(6));
    QCOMPARE(subTask->type, ItemType::Enabler);
    QCOMPARE(subTask->parentId, std::optional<ItemId>(ids.at(4)));

    const Expected<QList<Dependency>> dependencies = items.dependencies();
    QStringList waits;
    for (const Dependency &dependency : *dependencies)
        waits.append(QStringLiteral("%1>%2").arg(ids.indexOf(dependency.itemId)).arg(ids.indexOf(dependency.dependsOnId)));
    waits.sort();
    QCOMPARE(waits, (QStringList{"2>1", "3>2"})); // the card waits for the providers, the refund for the card

    // Jira's export has no sprint dates: two weeks each, back to back, the last ending on the
    // day of the latest update (HRV-12, 13 May); each item in its last sprint.
    QCOMPARE(sprintsOf(product.db()), (QStringList{"HRV Sprint 1 2024-04-16..2024-04-29", "HRV Sprint 2 2024-04-30..2024-05-13"}));
    QCOMPARE(sprintOfItem(product.db(), ids.at(1)), QStringLiteral("HRV Sprint 1"));
    QCOMPARE(sprintOfItem(product.db(), ids.at(2)), QStringLiteral("HRV Sprint 2"));
    QCOMPARE(sprintOfItem(product.db(), ids.at(3)), QString());
}

// The command line's and the wizard's way in: a file read by its content, into a product file,
// then once more after Jira changed an item.
void TestJiraXmlImport::importingAgainUpdates()
{
    QTemporaryDir dir;
    const QString exportPath = dir.filePath(QStringLiteral("Harvest.xml"));
    QByteArray bytes = fixture("jira-rss.xml");
    {
        QFile file(exportPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const QString productPath = dir.filePath(QStringLiteral("Harvest.ordo"));
    const auto first = Import::importFileInto(exportPath, productPath);
    QVERIFY2(first, qPrintable(first.errorMessage()));
    QVERIFY(first->newProduct);
    QCOMPARE(first->source.format, QStringLiteral("Jira XML"));
    QCOMPARE(first->result.created.size(), 7);

    bytes.replace("<summary>Pay by card</summary>", "<summary>Pay by saved card</summary>");
    bytes.replace("<customfieldvalue>5.0</customfieldvalue>", "<customfieldvalue>8</customfieldvalue>");
    {
        QFile file(exportPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    const auto again = Import::importFileInto(exportPath, productPath);
    QVERIFY2(again, qPrintable(again.errorMessage()));
    QVERIFY(!again->newProduct);
    QCOMPARE(again->result.created.size(), 0);
    QCOMPARE(again->result.updated.size(), 7);
    QCOMPARE(again->result.dependencies, 0);
    QCOMPARE(again->result.sprints.size(), 0);

    Database::OpenError error;
    auto database = Database::open(productPath, &error);
    QVERIFY2(database, qPrintable(error.message));
    const QStringList titles = backlogTitles(*database);
    QCOMPARE(titles.size(), 7);
    QVERIFY(titles.contains(QStringLiteral("Pay by saved card")));
    QCOMPARE(ProductRepository(*database).load()->keyPrefix, QStringLiteral("HRV"));
    QCOMPARE(*Sql::scalar(database->connection(), QStringLiteral("SELECT count(*) FROM history WHERE field = 'estimate' AND new_value = '8'")),
             QVariant(1));
    QCOMPARE(sprintsOf(*database).size(), 2);
}

QTEST_GUILESS_MAIN(TestJiraXmlImport)
#include "tst_jiraxmlimport.moc"
