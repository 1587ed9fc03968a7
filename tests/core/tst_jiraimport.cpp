#include "interchange/csvreader.h"
#include "interchange/importfile.h"
#include "interchange/importwriter.h"
#include "interchange/jiracsv.h"
#include "storage/itemrepository.h"
#include "storage/sprintrepository.h"
#include "storage/sql.h"
#include "importfixtures.h"
#include "testproduct.h"

#include <QFile>
#include <QTest>

using namespace Ordo;

// A Jira Cloud export (tests/data/import/jira-cloud.csv, written by hand from Jira's format)
// read into items, then written into a fresh product, all or nothing.
class TestJiraImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsItemsInRankOrder();
    void chosenColumnsInEveryCsvFormat_data();
    void chosenColumnsInEveryCsvFormat();
    void readsFields_data();
    void readsFields();
    void reportsWhatItCannotRead();
    void notJira();
    void mapsTypesAndStatuses_data();
    void mapsTypesAndStatuses();
    void criteriaFromText_data();
    void criteriaFromText();
    void criteriaOfALargeExportOnEveryCore();
    void dates_data();
    void dates();
    void writesIntoAProduct();
    void writesSprints();
    void ordersSprints_data();
    void ordersSprints();
    void importingAgainUpdates();
    void importingAgainAsNewAddsCopies();
    void placesAtTheTop();
    void cancelLeavesNothing();
    void leavesOutACircleOfLinks();
    void failureLeavesNothing();

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

} // namespace

void TestJiraImport::initTestCase()
{
    const QByteArray bytes = fixture("jira-cloud.csv");
    QVERIFY(!bytes.isEmpty());
    const Expected<Csv::Table> table = Csv::read(bytes);
    QVERIFY2(table.ok(), qPrintable(table.errorMessage()));
    QVERIFY(Import::isJiraCsv(*table));
    Expected<Import::Source> source = Import::readJiraCsv(*table);
    QVERIFY2(source.ok(), qPrintable(source.errorMessage()));
    m_source = *source;
}

void TestJiraImport::readsItemsInRankOrder()
{
    // By Custom field (Rank), bytewise; HRV-5 has no rank and comes last; HRV-6 has no summary.
    QStringList keys;
    for (const Import::SourceItem &item : std::as_const(m_source.items))
        keys.append(item.key);
    QCOMPARE(keys, (QStringList{"HRV-4", "HRV-7", "HRV-2", "HRV-3", "HRV-1", "HRV-5"}));
    QCOMPARE(m_source.format, QStringLiteral("Jira CSV"));
}

void TestJiraImport::readsFields_data()
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
    QTest::addColumn<int>("criteria");

    QTest::newRow("epic") << "HRV-1" << 2 << "Epic" << "In Progress" << "Checkout" << -1.0 << QStringList() << ""
                          << QStringList() << 0;
    QTest::newRow("story: parent by id, two labels, two sprints, Gherkin")
        << "HRV-2" << 3 << "Story" << "To Do" << "Pay with a stored card" << 5.0 << QStringList{"payments", "mobile"}
        << "HRV-1" << QStringList{"HRV Sprint 1", "HRV Sprint 2"} << 2;
    QTest::newRow("bug: Epic Link, Story point estimate, a list")
        << "HRV-3" << 15 << "Bug" << "Code Review" << "Refund a missing item" << 3.0 << QStringList{"payments"} << "HRV-1"
        << QStringList() << 3;
    QTest::newRow("spike: a decimal comma") << "HRV-4" << 18 << "Spike" << "Done" << "Research wallet providers" << 2.5
                                            << QStringList() << "" << QStringList{"HRV Sprint 1"} << 0;
    QTest::newRow("sub-task: parent is a story") << "HRV-5" << 19 << "Sub-task" << "Selected for Development"
                                                 << "Set up the payment sandbox" << 1.0 << QStringList() << "HRV-2"
                                                 << QStringList() << 2;
    QTest::newRow("unknown parent and points") << "HRV-7" << 22 << "Story" << "Blocked" << "Show the delivery slot" << -1.0
                                               << QStringList{"delivery"} << "" << QStringList() << 0;
}

void TestJiraImport::readsFields()
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
    QFETCH(int, criteria);

    const Import::SourceItem *item = itemKeyed(m_source, key);
    QVERIFY(item);
    QCOMPARE(item->line, line);
    QCOMPARE(item->type, type);
    QCOMPARE(item->status, status);
    QCOMPARE(item->title, title);
    QCOMPARE(item->estimate.value_or(-1), estimate);
    QCOMPARE(item->labels, labels);
    QCOMPARE(item->parentKey, parent);
    QCOMPARE(item->sprints, sprints);
    QCOMPARE(item->criteria.size(), criteria);
}

void TestJiraImport::reportsWhatItCannotRead()
{
    QStringList report;
    for (const Import::Problem &problem : std::as_const(m_source.problems))
        report.append(QStringLiteral("%1: %2").arg(problem.line).arg(problem.message));
    QCOMPARE(report, (QStringList{
                         QStringLiteral("21: No summary: the row was skipped."),
                         QStringLiteral("22: The story points “eight” are not a number: the item has no estimate."),
                         QStringLiteral("22: The date “yesterday” is not one Ordo reads: it was left out."),
                         QStringLiteral("22: The parent “99999” is not in the file: the item was imported without it."),
                     }));
    const Import::SourceItem *story = itemKeyed(m_source, QStringLiteral("HRV-2"));
    QCOMPARE(story->description, QStringLiteral("Shoppers who paid before\r\nshould not type their card again.\r\n\r\nSee \"Payments\" notes, 2nd page."));
    QCOMPARE(story->blocks, QStringList{"HRV-3"});
    QCOMPARE(itemKeyed(m_source, QStringLiteral("HRV-3"))->blockedBy, QStringList{"HRV-2"});
}

void TestJiraImport::notJira()
{
    const Expected<Csv::Table> table = Csv::read("Title,Points\nPay,3\n");
    QVERIFY(table.ok());
    QVERIFY(!Import::isJiraCsv(*table));
    const Expected<Import::Source> source = Import::readJiraCsv(*table);
    QVERIFY(!source.ok());
    QCOMPARE(source.errorMessage(), QStringLiteral("This is not a Jira export: it has no Summary column."));
}

void TestJiraImport::mapsTypesAndStatuses_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("status");

    QTest::newRow("epic, in progress") << "HRV-1" << int(ItemType::Epic) << int(ItemStatus::InProgress);
    QTest::newRow("story, to do") << "HRV-2" << int(ItemType::Story) << int(ItemStatus::New);
    QTest::newRow("bug, code review") << "HRV-3" << int(ItemType::Bug) << int(ItemStatus::InReview);
    QTest::newRow("spike, done") << "HRV-4" << int(ItemType::Spike) << int(ItemStatus::Done);
    QTest::newRow("sub-task, selected") << "HRV-5" << int(ItemType::Enabler) << int(ItemStatus::Ready);
    QTest::newRow("unknown status: its category") << "HRV-7" << int(ItemType::Story) << int(ItemStatus::New);
}

void TestJiraImport::mapsTypesAndStatuses()
{
    QFETCH(QString, key);
    QFETCH(int, type);
    QFETCH(int, status);

    const Import::Mapping mapping = Import::defaultMapping(m_source);
    const Import::SourceItem *item = itemKeyed(m_source, key);
    QVERIFY(item);
    QCOMPARE(int(mapping.typeOf(*item)), type);
    QCOMPARE(int(mapping.statusOf(*item)), status);
    QCOMPARE(m_source.types(), (QStringList{"Spike", "Story", "Bug", "Epic", "Sub-task"}));
}

void TestJiraImport::criteriaFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("criteria");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("one scenario") << QStringLiteral("Scenario: A\n  Given x\n  Then y\n")
                                  << QStringList{QStringLiteral("Scenario: A\n  Given x\n  Then y")};
    QTest::newRow("two scenarios, CRLF") << QStringLiteral("Scenario: A\r\n  Given x\r\n\r\nScenario: B\r\n  Then y")
                                         << QStringList{QStringLiteral("Scenario: A\n  Given x"), QStringLiteral("Scenario: B\n  Then y")};
    QTest::newRow("bullets") << QStringLiteral("- one\n* two\n• three\n+ four") << QStringList{"one", "two", "three", "four"};
    QTest::newRow("numbers") << QStringLiteral("1. one\n2) two\n(3) three") << QStringList{"one", "two", "three"};
    QTest::newRow("Jira wiki list") << QStringLiteral("# one\n## two") << QStringList{"one", "two"};
    QTest::newRow("plain lines, blank ones dropped") << QStringLiteral("one\n\n  two  \n") << QStringList{"one", "two"};
    QTest::newRow("a number that is not a bullet") << QStringLiteral("3 items at most") << QStringList{"3 items at most"};
}

void TestJiraImport::criteriaFromText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, criteria);
    QCOMPARE(Import::criteriaFromText(text), criteria);
}

// A large export's criteria are parsed on several threads (CriteriaTexts): each item still gets
// its own, as criteriaFromText() reads them one by one.
void TestJiraImport::criteriaOfALargeExportOnEveryCore()
{
    QStringList texts;
    QString csv = Csv::formatRow({"Summary", "Issue key", "Custom field (Acceptance Criteria)"});
    for (int i = 0; i < 1500; ++i) {
        QString text;
        if (i % 3 == 0)
            text = QStringLiteral("Scenario: pay %1\n  Given a card\n  Then it pays %1\n\nScenario: refund %1\n  Then it refunds").arg(i);
        else if (i % 3 == 1)
            text = QStringLiteral("- shows total %1\n- keeps the basket").arg(i);
        texts.append(text); // every third item has none
        csv += Csv::formatRow({QStringLiteral("Item %1").arg(i), QStringLiteral("BIG-%1").arg(i + 1), text});
    }
    auto table = Csv::read(csv.toUtf8());
    QVERIFY(table.ok());
    const Expected<Import::Source> source = Import::readJiraCsv(*table);
    QVERIFY2(source.ok(), qPrintable(source.errorMessage()));
    QCOMPARE(source->items.size(), texts.size());
    for (int i = 0; i < texts.size(); ++i) {
        QCOMPARE(source->items.at(i).key, QStringLiteral("BIG-%1").arg(i + 1));
        QCOMPARE(source->items.at(i).criteria, Import::criteriaFromText(texts.at(i)));
    }
    QCOMPARE(source->items.at(0).criteria.size(), 2);
    QCOMPARE(source->items.at(1).criteria, (QStringList{"shows total 1", "keeps the basket"}));
    QVERIFY(source->items.at(2).criteria.isEmpty());
}

void TestJiraImport::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");

    const QDateTime may11(QDate(2024, 5, 11), QTime(15, 26));
    QTest::newRow("Jira, English") << "11/May/24 3:26 PM" << may11;
    QTest::newRow("Jira, German") << "11/Mai/24 15:26" << may11;
    QTest::newRow("Jira, French with a dot") << "11/mai/24 3:26 PM" << may11;
    QTest::newRow("Jira, Spanish, long year") << "11/may/2024 3:26 PM" << may11;
    QTest::newRow("Jira, morning") << "2/Apr/24 9:00 AM" << QDateTime(QDate(2024, 4, 2), QTime(9, 0));
    QTest::newRow("Jira, midnight") << "2/Apr/24 12:05 AM" << QDateTime(QDate(2024, 4, 2), QTime(0, 5));
    QTest::newRow("Jira, December in Dutch") << "2/dec/24 10:00" << QDateTime(QDate(2024, 12, 2), QTime(10, 0));
    QTest::newRow("Jira, a day") << "11/May/24" << QDateTime(QDate(2024, 5, 11), QTime(0, 0));
    QTest::newRow("Jira, seconds") << "11/May/24 3:26:30 PM" << QDateTime(QDate(2024, 5, 11), QTime(15, 26, 30));
    QTest::newRow("Jira, French month with its dot") << "2/déc./24 10:00" << QDateTime(QDate(2024, 12, 2), QTime(10, 0));
    // The hours around a change of the clocks in Europe and America: as Qt's local time has them.
    QTest::newRow("Jira, the hour before Europe's spring change") << "31/Mar/24 1:30 AM" << QDateTime(QDate(2024, 3, 31), QTime(1, 30));
    QTest::newRow("Jira, the hour after Europe's spring change") << "31/Mar/24 3:30 AM" << QDateTime(QDate(2024, 3, 31), QTime(3, 30));
    QTest::newRow("Jira, the hour after Europe's autumn change") << "27/Oct/24 3:30 AM" << QDateTime(QDate(2024, 10, 27), QTime(3, 30));
    QTest::newRow("Jira, the hour after America's autumn change") << "3/Nov/24 2:30 AM" << QDateTime(QDate(2024, 11, 3), QTime(2, 30));
    QTest::newRow("Jira, lower-case pm") << "11/May/24 3:26 pm" << may11;
    QTest::newRow("Jira, three-digit year") << "11/May/224 3:26 PM" << QDateTime();
    QTest::newRow("Jira, 0 AM") << "11/May/24 0:26 AM" << QDateTime();
    QTest::newRow("Azure DevOps") << "5/11/2024 3:26:00 PM" << may11;
    QTest::newRow("ISO") << "2024-05-11T15:26:00" << may11;
    QTest::newRow("ISO, space") << "2024-05-11 15:26" << may11;
    QTest::newRow("a day") << "2024-05-11" << QDateTime(QDate(2024, 5, 11), QTime(0, 0));
    QTest::newRow("no such month") << "11/Mey/24 3:26 PM" << QDateTime();
    QTest::newRow("no such day") << "31/Feb/24 3:26 PM" << QDateTime();
    QTest::newRow("13 PM") << "11/May/24 13:26 PM" << QDateTime();
    QTest::newRow("words") << "yesterday" << QDateTime();
}

void TestJiraImport::dates()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QCOMPARE(Import::parseDate(text), expected);
}

void TestJiraImport::writesIntoAProduct()
{
    TestProduct product;
    product.addItem(QStringLiteral("Already here"));
    const Expected<Import::Result> result = Import::write(product.db(), m_source, Import::defaultMapping(m_source), jira());
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->created.size(), 6);
    QCOMPARE(result->updated.size(), 0);
    QCOMPARE(result->dependencies, 1); // HRV-2 blocks HRV-3, named from both sides
    QCOMPARE(backlogTitles(product.db()), (QStringList{"Already here", "Research wallet providers", "Show the delivery slot",
                                                "Pay with a stored card", "Refund a missing item", "Checkout",
                                                "Set up the payment sandbox"}));
    QStringList report;
    for (const Import::Problem &problem : std::as_const(result->problems))
        report.append(QStringLiteral("%1: %2").arg(problem.line).arg(problem.message));
    QCOMPARE(report, (QStringList{
                         QStringLiteral("19: HRV-5's parent HRV-2 is not an epic: HRV-5 was put under HRV-2's epic, HRV-1."),
                         QStringLiteral("22: HRV-42 blocks HRV-7, but HRV-42 is neither in the file nor in the product: the link was left out."),
                     }));

    ItemRepository items(product.db());
    const QList<ItemId> &ids = result->created; // in backlog order
    const Expected<BacklogItem> story = items.load(ids.at(2));
    QVERIFY(story.ok());
    QCOMPARE(story->title, QStringLiteral("Pay with a stored card"));
    QCOMPARE(story->estimate, std::optional<double>(5));
    QCOMPARE(story->labels, (QStringList{"mobile", "payments"}));
    QCOMPARE(story->parentId, std::optional<ItemId>(ids.at(4)));
    QCOMPARE(story->criteria.size(), 2);
    QVERIFY(story->criteria.at(1).text.startsWith(QStringLiteral("Scenario: Expired card")));
    QCOMPARE(story->createdAt, QDateTime(QDate(2024, 4, 3), QTime(10, 15)));
    const Expected<BacklogItem> subTask = items.load(ids.at(5));
    QCOMPARE(subTask->type, ItemType::Enabler);
    QCOMPARE(subTask->status, ItemStatus::Ready);
    QCOMPARE(subTask->parentId, std::optional<ItemId>(ids.at(4)));
    const Expected<QList<Dependency>> dependencies = items.dependencies();
    QCOMPARE(dependencies->size(), 1);
    QCOMPARE(dependencies->first().itemId, ids.at(3));      // the refund
    QCOMPARE(dependencies->first().dependsOnId, ids.at(2)); // waits for the stored card

    // Each item's history starts at its creation in Jira, with its status and estimate.
    const auto history = Sql::scalar(product.db().connection(),
                                     QStringLiteral("SELECT count(*) FROM history WHERE item_id = ? AND field = 'estimate'"), {ids.at(2)});
    QCOMPARE(history->toInt(), 1);
    QCOMPARE(*Import::countExisting(product.db(), m_source, QStringLiteral("jira")), 6);
}

void TestJiraImport::writesSprints()
{
    TestProduct product;
    const Expected<Import::Result> result = Import::write(product.db(), m_source, Import::defaultMapping(m_source), jira());
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    // Jira's export has no sprint dates: two weeks each (the product's sprint length), back to
    // back, the last ending on the day of the latest update (HRV-1 and HRV-2, 11 May).
    QCOMPARE(sprintsOf(product.db()), (QStringList{"HRV Sprint 1 2024-04-14..2024-04-27", "HRV Sprint 2 2024-04-28..2024-05-11"}));
    QCOMPARE(result->sprints.size(), 2);
    const Expected<QList<Sprint>> sprints = SprintRepository(product.db()).all();
    QCOMPARE(sprints->at(0).state, SprintState::Planned);
    // Each item in its last sprint, with one history row from no sprint to it.
    const QList<ItemId> &ids = result->created; // HRV-4, HRV-7, HRV-2, HRV-3, HRV-1, HRV-5
    QCOMPARE(sprintOfItem(product.db(), ids.at(0)), QStringLiteral("HRV Sprint 1"));
    QCOMPARE(sprintOfItem(product.db(), ids.at(2)), QStringLiteral("HRV Sprint 2"));
    QCOMPARE(sprintOfItem(product.db(), ids.at(3)), QString());
    auto rows = Sql::exec(product.db().connection(),
                                QStringLiteral("SELECT item_id, old_value, new_value FROM history WHERE field = 'sprint' ORDER BY item_id"));
    QStringList history;
    while (rows->next())
        history.append(QStringLiteral("%1:%2>%3").arg(rows->value(0).toLongLong()).arg(rows->value(1).toString(), rows->value(2).toString()));
    QCOMPARE(history, (QStringList{QStringLiteral("%1:>%2").arg(ids.at(0)).arg(sprints->at(0).id),
                                   QStringLiteral("%1:>%2").arg(ids.at(2)).arg(sprints->at(1).id)}));

    // A product that already has "HRV Sprint 1" keeps it and gets only the other.
    TestProduct planned;
    Sprint first;
    first.name = QStringLiteral("HRV Sprint 1");
    first.start = QDate(2024, 3, 4);
    first.end = QDate(2024, 3, 15);
    QVERIFY(SprintRepository(planned.db()).create(first).ok());
    const Expected<Import::Result> into = Import::write(planned.db(), m_source, Import::defaultMapping(m_source), jira());
    QVERIFY2(into.ok(), qPrintable(into.errorMessage()));
    QCOMPARE(into->sprints.size(), 1);
    QCOMPARE(sprintsOf(planned.db()), (QStringList{"HRV Sprint 1 2024-03-04..2024-03-15", "HRV Sprint 2 2024-04-28..2024-05-11"}));
    QCOMPARE(sprintOfItem(planned.db(), into->created.at(0)), QStringLiteral("HRV Sprint 1"));
}

void TestJiraImport::ordersSprints_data()
{
    QTest::addColumn<QList<QStringList>>("itemSprints"); // each item's sprints, oldest first
    QTest::addColumn<QStringList>("order");

    QTest::newRow("first met") << QList<QStringList>{{"Beta"}, {"Alpha"}} << QStringList{"Beta", "Alpha"};
    QTest::newRow("an item's history comes first") << QList<QStringList>{{"Beta"}, {"Alpha", "Beta"}} << QStringList{"Alpha", "Beta"};
    QTest::newRow("numbers, not text") << QList<QStringList>{{"Sprint 10"}, {"Sprint 9"}, {"Sprint 11"}}
                                       << QStringList{"Sprint 9", "Sprint 10", "Sprint 11"};
    QTest::newRow("items that disagree: first met") << QList<QStringList>{{"B", "A"}, {"A", "B"}} << QStringList{"B", "A"};
}

void TestJiraImport::ordersSprints()
{
    QFETCH(QList<QStringList>, itemSprints);
    QFETCH(QStringList, order);
    Import::Source source;
    for (int i = 0; i < itemSprints.size(); ++i) {
        Import::SourceItem item;
        item.line = i + 2;
        item.key = QStringLiteral("ORD-%1").arg(i + 1);
        item.title = item.key;
        item.sprints = itemSprints.at(i);
        item.updatedAt = QDateTime(QDate(2024, 6, 30), QTime(12, 0));
        source.items.append(item);
    }
    TestProduct product;
    const Expected<Import::Result> result = Import::write(product.db(), source, Import::defaultMapping(source), jira());
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QStringList names;
    const auto stored = SprintRepository(product.db()).all(); // kept alive: the loop reads from it
    for (const Sprint &sprint : *stored)
        names.append(sprint.name);
    QCOMPARE(names, order);
    QCOMPARE(SprintRepository(product.db()).all()->constLast().end, QDate(2024, 6, 30));
}

void TestJiraImport::importingAgainUpdates()
{
    TestProduct product;
    QVERIFY(Import::write(product.db(), m_source, Import::defaultMapping(m_source), jira()).ok());
    Import::Source changed = m_source;
    for (Import::SourceItem &item : changed.items) {
        if (item.key == QLatin1String("HRV-2")) {
            item.title = QStringLiteral("Pay with a saved card");
            item.estimate = 8;
            item.status = QStringLiteral("Done");
        }
    }
    const Expected<Import::Result> again = Import::write(product.db(), changed, Import::defaultMapping(changed), jira());
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(again->created.size(), 0);
    QCOMPARE(again->updated.size(), 6);
    QCOMPARE(again->dependencies, 0);
    QCOMPARE(backlogTitles(product.db()).size(), 6);
    QVERIFY(backlogTitles(product.db()).contains(QStringLiteral("Pay with a saved card")));
    // The changed estimate and status are history like any other change.
    const auto estimates = Sql::scalar(product.db().connection(),
                                       QStringLiteral("SELECT count(*) FROM history WHERE field = 'estimate' AND new_value = '8'"));
    QCOMPARE(estimates->toInt(), 1);
    // The sprints are the same ones: none is added, and no item moves.
    QCOMPARE(again->sprints.size(), 0);
    QCOMPARE(sprintsOf(product.db()).size(), 2);
    QCOMPARE(*Sql::scalar(product.db().connection(), QStringLiteral("SELECT count(*) FROM history WHERE field = 'sprint'")), QVariant(2));
}

void TestJiraImport::importingAgainAsNewAddsCopies()
{
    TestProduct product;
    QVERIFY(Import::write(product.db(), m_source, Import::defaultMapping(m_source), jira()).ok());
    Import::Options options = jira();
    options.updateExisting = false;
    const Expected<Import::Result> again = Import::write(product.db(), m_source, Import::defaultMapping(m_source), options);
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(again->created.size(), 6);
    QCOMPARE(backlogTitles(product.db()).size(), 12);
}

void TestJiraImport::placesAtTheTop()
{
    TestProduct product;
    product.addItem(QStringLiteral("First before"));
    Import::Options options = jira();
    options.placement = Import::Placement::Top;
    QVERIFY(Import::write(product.db(), m_source, Import::defaultMapping(m_source), options).ok());
    const QStringList all = backlogTitles(product.db());
    QCOMPARE(all.first(), QStringLiteral("Research wallet providers"));
    QCOMPARE(all.last(), QStringLiteral("First before"));
}

void TestJiraImport::cancelLeavesNothing()
{
    TestProduct product;
    product.addItem(QStringLiteral("Already here"));
    Import::Source many;
    for (int i = 0; i < 1200; ++i) {
        Import::SourceItem item;
        item.line = i + 2;
        item.key = QStringLiteral("BIG-%1").arg(i);
        item.type = QStringLiteral("Story");
        item.title = QStringLiteral("Item %1").arg(i);
        many.items.append(item);
    }
    int calls = 0;
    const Expected<Import::Result> result = Import::write(product.db(), many, Import::defaultMapping(many), jira(),
                                                          [&calls](int written, int total) {
                                                              ++calls;
                                                              return written < total / 2;
                                                          });
    QVERIFY(!result.ok());
    QCOMPARE(result.errorMessage(), QStringLiteral("The import was cancelled: nothing was written."));
    QVERIFY(calls >= 2);
    QCOMPARE(backlogTitles(product.db()), QStringList{"Already here"});
    QCOMPARE(*Sql::scalar(product.db().connection(), QStringLiteral("SELECT count(*) FROM item_source")), QVariant(0));
}

void TestJiraImport::leavesOutACircleOfLinks()
{
    // A blocks B, B blocks C, C blocks A: the last link would close a circle and is left out
    // with a note; the import itself goes through.
    Import::Source circle;
    for (int i = 0; i < 3; ++i) {
        Import::SourceItem item;
        item.line = i + 2;
        item.key = QStringLiteral("CIR-%1").arg(i + 1);
        item.title = QStringLiteral("Item %1").arg(i + 1);
        item.blocks = {QStringLiteral("CIR-%1").arg((i + 1) % 3 + 1)};
        circle.items.append(item);
    }
    TestProduct product;
    const Expected<Import::Result> result = Import::write(product.db(), circle, Import::defaultMapping(circle), jira());
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->dependencies, 2);
    QCOMPARE(result->problems.size(), 1);
    QCOMPARE(result->problems.first().line, 4);
    QCOMPARE(result->problems.first().message,
             QStringLiteral("CIR-3 blocks CIR-1 would close a circle of dependencies: the link was left out."));
    QCOMPARE(ItemRepository(product.db()).dependencies()->size(), 2);
}

void TestJiraImport::failureLeavesNothing()
{
    // A write that fails half way (an item the database refuses) takes back everything.
    TestProduct product;
    QVERIFY(Sql::exec(product.db().connection(),
                      QStringLiteral("CREATE TRIGGER refuse AFTER INSERT ON item WHEN new.title = 'Refund a missing item' "
                                     "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    const Expected<Import::Result> result = Import::write(product.db(), m_source, Import::defaultMapping(m_source), jira());
    QVERIFY(!result.ok());
    QVERIFY2(result.errorMessage().contains(QStringLiteral("refused")), qPrintable(result.errorMessage()));
    QCOMPARE(backlogTitles(product.db()), QStringList());
    QCOMPARE(*Sql::scalar(product.db().connection(), QStringLiteral("SELECT count(*) FROM history")), QVariant(0));
}

void TestJiraImport::chosenColumnsInEveryCsvFormat_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    // Each has the usual estimate column and another the team used instead.
    QTest::newRow("jira") << QByteArray("Summary,Issue key,Issue Type,Custom field (Story Points),Custom field (Team points),Custom field (Checks)\n"
                                        "Pay,HRV-1,Story,1,8,\"- paid\n- receipt\"\n")
                          << QStringLiteral("Jira CSV");
    QTest::newRow("azure") << QByteArray("ID,Work Item Type,Title,State,Story Points,Team points,Checks\n"
                                         "1,User Story,Pay,New,1,8,\"- paid\n- receipt\"\n")
                           << QStringLiteral("Azure DevOps CSV");
    QTest::newRow("pivotal") << QByteArray("Id,Title,Type,Estimate,Current State,Team points,Checks\n"
                                           "1,Pay,feature,1,unstarted,8,\"- paid\n- receipt\"\n")
                             << QStringLiteral("Pivotal Tracker CSV");
}

// The mapping page's choice of the estimate's and the criteria's columns reaches every CSV reader.
void TestJiraImport::chosenColumnsInEveryCsvFormat()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    auto usual = Import::readBytes(bytes);
    QVERIFY2(usual, qPrintable(usual.errorMessage()));
    QVERIFY(usual->format.startsWith(format.section(QLatin1Char(' '), 0, 0)));
    QCOMPARE(usual->items.size(), 1);
    QCOMPARE(usual->items.first().estimate, std::optional<double>(1));
    QVERIFY(usual->columns.size() >= 6);

    const QString points = usual->columns.at(usual->columns.size() - 2);
    const QString checks = usual->columns.last();
    auto chosen = Import::readBytes(bytes, {points, checks});
    QVERIFY2(chosen, qPrintable(chosen.errorMessage()));
    QCOMPARE(chosen->read.estimateColumn, points);
    QCOMPARE(chosen->items.first().estimate, std::optional<double>(8));
    QCOMPARE(chosen->items.first().criteria, (QStringList{QStringLiteral("paid"), QStringLiteral("receipt")}));
}

QTEST_GUILESS_MAIN(TestJiraImport)
#include "tst_jiraimport.moc"
