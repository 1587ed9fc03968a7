#include "interchange/csvreader.h"
#include "interchange/importfile.h"
#include "interchange/importwriter.h"
#include "interchange/pivotalcsv.h"
#include "storage/itemrepository.h"
#include "storage/sprintrepository.h"
#include "storage/sql.h"
#include "importfixtures.h"
#include "testproduct.h"

#include <QFile>
#include <QTest>

using namespace Ordo;

// A Pivotal Tracker export (tests/data/import/pivotal.csv, written by hand from the format) read
// into items, then written into a fresh product with its iterations as sprints.
class TestPivotalImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsItemsInFileOrder();
    void readsFields_data();
    void readsFields();
    void reportsWhatItCannotRead();
    void tasksAndBlockersInTheDescription();
    void blockersNamingStoriesAreDependencies();
    void iterationsAreSprintsWithTheirDates();
    void keepsNoOnesName();
    void repeatedColumnsPairByPosition();
    void toldApartByContent();
    void mapsTypesAndStatuses();
    void writesIntoAProduct();
    void importingAgainUpdates();

private:
    Import::Source m_source;
};

namespace {

Import::Options pivotal()
{
    Import::Options options;
    options.tool = QStringLiteral("pivotal");
    return options;
}

int count(Database &database, const QString &sql)
{
    return Sql::scalar(database.connection(), sql)->toInt();
}

Expected<Import::Source> readCsv(const QByteArray &bytes)
{
    const Expected<Csv::Table> table = Csv::read(bytes);
    if (!table)
        return table.error();
    return Import::readPivotalCsv(*table);
}

} // namespace

void TestPivotalImport::initTestCase()
{
    const QByteArray bytes = fixture("pivotal.csv");
    QVERIFY(!bytes.isEmpty());
    const Expected<Csv::Table> table = Csv::read(bytes);
    QVERIFY2(table.ok(), qPrintable(table.errorMessage()));
    QVERIFY(Import::isPivotalCsv(*table));
    Expected<Import::Source> source = Import::readPivotalCsv(*table);
    QVERIFY2(source.ok(), qPrintable(source.errorMessage()));
    m_source = *source;
}

void TestPivotalImport::readsItemsInFileOrder()
{
    // Pivotal exports in priority order: the file's order is the backlog's.
    QStringList keys;
    for (const Import::SourceItem &item : std::as_const(m_source.items))
        keys.append(item.key);
    QCOMPARE(keys, (QStringList{"301", "302", "303", "305", "307"}));
    QCOMPARE(m_source.format, QStringLiteral("Pivotal Tracker CSV"));
    QCOMPARE(m_source.tool, QStringLiteral("pivotal"));
}

void TestPivotalImport::readsFields_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("title");
    QTest::addColumn<double>("estimate"); // -1: none
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QStringList>("sprints");
    QTest::addColumn<QDateTime>("created");
    QTest::addColumn<QDateTime>("updated");

    QTest::newRow("accepted feature, two labels, iteration 1")
        << "301" << 2 << "feature" << "accepted" << "Pay with a stored card" << 3.0 << QStringList{"payments", "mobile"}
        << QStringList{"Iteration 1"} << QDateTime(QDate(2024, 5, 20), QTime(0, 0)) << QDateTime(QDate(2024, 6, 14), QTime(0, 0));
    QTest::newRow("started bug, no estimate") << "302" << 4 << "bug" << "started" << "Refund a missing item" << -1.0
                                              << QStringList{"payments"} << QStringList{"Iteration 2"}
                                              << QDateTime(QDate(2024, 5, 21), QTime(0, 0)) << QDateTime();
    QTest::newRow("chore") << "303" << 5 << "chore" << "unstarted" << "Set up the payment sandbox" << -1.0 << QStringList()
                           << QStringList{"Iteration 2"} << QDateTime(QDate(2024, 5, 22), QTime(0, 0)) << QDateTime();
    QTest::newRow("unscheduled, a label twice, what cannot be read left out")
        << "305" << 7 << "feature" << "unscheduled" << "Show the delivery slot" << -1.0 << QStringList{"delivery"} << QStringList()
        << QDateTime() << QDateTime();
    QTest::newRow("unestimated feature (-1)") << "307" << 10 << "feature" << "delivered" << "Research wallet providers" << -1.0
                                              << QStringList() << QStringList{"Iteration 1"}
                                              << QDateTime(QDate(2024, 5, 23), QTime(0, 0)) << QDateTime();
}

void TestPivotalImport::readsFields()
{
    QFETCH(QString, key);
    QFETCH(int, line);
    QFETCH(QString, type);
    QFETCH(QString, status);
    QFETCH(QString, title);
    QFETCH(double, estimate);
    QFETCH(QStringList, labels);
    QFETCH(QStringList, sprints);
    QFETCH(QDateTime, created);
    QFETCH(QDateTime, updated);

    const Import::SourceItem *item = itemKeyed(m_source, key);
    QVERIFY(item);
    QCOMPARE(item->line, line);
    QCOMPARE(item->type, type);
    QCOMPARE(item->status, status);
    QCOMPARE(item->title, title);
    QCOMPARE(item->estimate.value_or(-1), estimate);
    QCOMPARE(item->labels, labels);
    QCOMPARE(item->sprints, sprints);
    QCOMPARE(item->createdAt, created);
    QCOMPARE(item->updatedAt, updated);
    QVERIFY(item->criteria.isEmpty()); // tasks are no criteria
    QVERIFY(item->parentKey.isEmpty());
}

void TestPivotalImport::reportsWhatItCannotRead()
{
    QCOMPARE(problemLines(m_source.problems),
             (QStringList{
                 QStringLiteral("6: “Release 1.0” is a release marker, which is no backlog item in Ordo: it was left out."),
                 QStringLiteral("7: The estimate “eight” is not a number: the item has no estimate."),
                 QStringLiteral("7: The date “yesterday” is not one Ordo reads: it was left out."),
                 QStringLiteral("8: No title: the row was skipped."),
                 QStringLiteral("9: 301 appears again: the later row was skipped."),
             }));
}

void TestPivotalImport::tasksAndBlockersInTheDescription()
{
    QCOMPARE(itemKeyed(m_source, QStringLiteral("301"))->description,
             QStringLiteral("Shoppers who paid before\nshould not type their card again.\n\n"
                            "Tasks:\n- [x] Write the migration\n- [ ] Update the help page"));
    // A resolved blocker stays a note; the one naming #301 and #303 became dependencies.
    QCOMPARE(itemKeyed(m_source, QStringLiteral("302"))->description,
             QStringLiteral("Blockers:\n- The bank's sandbox is down (resolved)"));
    // A blocker naming a story outside the file stays a note; the deadline joins it.
    QCOMPARE(itemKeyed(m_source, QStringLiteral("305"))->description,
             QStringLiteral("Blockers:\n- Needs #999 from the other team\n\nDeadline: 2024-07-01"));
    QCOMPARE(itemKeyed(m_source, QStringLiteral("303"))->description, QString());
    QCOMPARE(itemKeyed(m_source, QStringLiteral("307"))->description, QStringLiteral("Compare three providers."));
}

void TestPivotalImport::blockersNamingStoriesAreDependencies()
{
    QCOMPARE(itemKeyed(m_source, QStringLiteral("302"))->blockedBy, (QStringList{"301", "303"}));
    QVERIFY(itemKeyed(m_source, QStringLiteral("305"))->blockedBy.isEmpty());

    // A story cannot block itself; a resolved blocker no longer holds.
    const Expected<Import::Source> source = readCsv("Id,Title,Current State,Blocker,Blocker Status,Blocker,Blocker Status\n"
                                                    "1,One,unstarted,#1 first,unresolved,#2 done,resolved\n"
                                                    "2,Two,unstarted,,,,\n");
    QVERIFY2(source.ok(), qPrintable(source.errorMessage()));
    QVERIFY(source->items.at(0).blockedBy.isEmpty());
    QCOMPARE(source->items.at(0).description, QStringLiteral("Blockers:\n- #1 first\n- #2 done (resolved)"));
}

void TestPivotalImport::iterationsAreSprintsWithTheirDates()
{
    QCOMPARE(m_source.sprints.size(), 2);
    QCOMPARE(m_source.sprints.at(0).name, QStringLiteral("Iteration 1"));
    QCOMPARE(m_source.sprints.at(0).start, QDate(2024, 6, 3));
    QCOMPARE(m_source.sprints.at(0).end, QDate(2024, 6, 16));
    QCOMPARE(m_source.sprints.at(1).name, QStringLiteral("Iteration 2"));
    QCOMPARE(m_source.sprints.at(1).start, QDate(2024, 6, 17));
    QCOMPARE(m_source.sprints.at(1).end, QDate(2024, 6, 30));
}

void TestPivotalImport::keepsNoOnesName()
{
    // Owned By, Requested By and the signed comments name people: none of it is read.
    for (const Import::SourceItem &item : std::as_const(m_source.items)) {
        for (const QString &name : {QStringLiteral("Owner One"), QStringLiteral("Owner Two"), QStringLiteral("Requester One")}) {
            QVERIFY(!item.description.contains(name));
            QVERIFY(!item.labels.contains(name));
            QVERIFY(!item.title.contains(name));
        }
        QVERIFY(!item.description.contains(QStringLiteral("Looks good")));
    }
}

void TestPivotalImport::repeatedColumnsPairByPosition()
{
    // Fewer Task Status columns than Task columns: a task without its status is open.
    const Expected<Import::Source> source = readCsv("Id,Title,Current State,Task,Task Status,Task\n"
                                                    "1,One,unstarted,first,completed,second\n");
    QVERIFY2(source.ok(), qPrintable(source.errorMessage()));
    QCOMPARE(source->items.at(0).description, QStringLiteral("Tasks:\n- [x] first\n- [ ] second"));
    QVERIFY(!Import::isPivotalCsv(*Csv::read("Id,Title\n1,One\n")));
}

void TestPivotalImport::toldApartByContent()
{
    const Expected<Import::Source> source = Import::readBytes(fixture("pivotal.csv"));
    QVERIFY2(source.ok(), qPrintable(source.errorMessage()));
    QCOMPARE(source->tool, QStringLiteral("pivotal"));
    QCOMPARE(source->items.size(), 5);
}

void TestPivotalImport::mapsTypesAndStatuses()
{
    const Import::Mapping mapping = Import::defaultMapping(m_source);
    const auto check = [&](const char *key, ItemType type, ItemStatus status) {
        const Import::SourceItem *item = itemKeyed(m_source, QString::fromLatin1(key));
        QVERIFY(item);
        QCOMPARE(mapping.typeOf(*item), type);
        QCOMPARE(mapping.statusOf(*item), status);
    };
    check("301", ItemType::Story, ItemStatus::Accepted); // a feature is a story, not an epic
    check("302", ItemType::Bug, ItemStatus::InProgress);
    check("303", ItemType::Enabler, ItemStatus::New);
    check("305", ItemType::Story, ItemStatus::New);
    check("307", ItemType::Story, ItemStatus::Done);
}

void TestPivotalImport::writesIntoAProduct()
{
    TestProduct product;
    const Expected<Import::Result> result = Import::write(product.db(), m_source, Import::defaultMapping(m_source), pivotal());
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->created.size(), 5);
    QCOMPARE(result->dependencies, 2);
    QCOMPARE(problemLines(result->problems), QStringList());
    QCOMPARE(result->sprints.size(), 2);

    // The iterations with their own dates.
    const Expected<QList<Sprint>> sprints = SprintRepository(product.db()).all();
    QCOMPARE(sprints->size(), 2);
    QCOMPARE(sprints->at(0).name, QStringLiteral("Iteration 1"));
    QCOMPARE(sprints->at(0).start, QDate(2024, 6, 3));
    QCOMPARE(sprints->at(0).end, QDate(2024, 6, 16));
    QCOMPARE(sprints->at(1).start, QDate(2024, 6, 17));
    QCOMPARE(sprints->at(0).state, SprintState::Planned);

    const QList<ItemId> &ids = result->created; // 301, 302, 303, 305, 307
    QCOMPARE(sprintOfItem(product.db(), ids.at(0)), QStringLiteral("Iteration 1"));
    QCOMPARE(sprintOfItem(product.db(), ids.at(1)), QStringLiteral("Iteration 2"));
    QCOMPARE(sprintOfItem(product.db(), ids.at(2)), QStringLiteral("Iteration 2"));
    QCOMPARE(sprintOfItem(product.db(), ids.at(3)), QString());
    QCOMPARE(sprintOfItem(product.db(), ids.at(4)), QStringLiteral("Iteration 1"));
    QCOMPARE(count(product.db(), QStringLiteral("SELECT count(*) FROM history WHERE field = 'sprint'")), 4);

    ItemRepository items(product.db());
    const Expected<BacklogItem> story = items.load(ids.at(0));
    QCOMPARE(story->type, ItemType::Story);
    QCOMPARE(story->status, ItemStatus::Accepted);
    QCOMPARE(story->estimate, std::optional<double>(3));
    QCOMPARE(story->labels, (QStringList{"mobile", "payments"}));
    QVERIFY(story->description.endsWith(QStringLiteral("- [ ] Update the help page")));
    QVERIFY(story->criteria.isEmpty());
    // The refund waits for the stored card and the sandbox.
    QList<ItemId> blockers;
    const auto stored = items.dependencies(); // kept alive: the loop reads from it
    for (const Dependency &dependency : *stored) {
        QCOMPARE(dependency.itemId, ids.at(1));
        blockers.append(dependency.dependsOnId);
    }
    std::sort(blockers.begin(), blockers.end());
    QCOMPARE(blockers, (QList<ItemId>{ids.at(0), ids.at(2)}));
}

void TestPivotalImport::importingAgainUpdates()
{
    TestProduct product;
    QVERIFY(Import::write(product.db(), m_source, Import::defaultMapping(m_source), pivotal()).ok());
    Import::Source changed = m_source;
    changed.items[0].title = QStringLiteral("Pay with a saved card");
    changed.items[0].sprints = {QStringLiteral("Iteration 2")};
    const Expected<Import::Result> again = Import::write(product.db(), changed, Import::defaultMapping(changed), pivotal());
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(again->created.size(), 0);
    QCOMPARE(again->updated.size(), 5);
    QCOMPARE(again->sprints.size(), 0);
    QCOMPARE(again->dependencies, 0);
    QCOMPARE(count(product.db(), QStringLiteral("SELECT count(*) FROM sprint")), 2);
    QCOMPARE(count(product.db(), QStringLiteral("SELECT count(*) FROM history WHERE field = 'sprint'")), 5);
    const ItemId story = Sql::scalar(product.db().connection(),
                                     QStringLiteral("SELECT item_id FROM item_source WHERE tool = 'pivotal' AND source_key = '301'"))
                             ->toLongLong();
    QCOMPARE(ItemRepository(product.db()).load(story)->title, QStringLiteral("Pay with a saved card"));
    QCOMPARE(sprintOfItem(product.db(), story), QStringLiteral("Iteration 2"));
}

QTEST_GUILESS_MAIN(TestPivotalImport)
#include "tst_pivotalimport.moc"
