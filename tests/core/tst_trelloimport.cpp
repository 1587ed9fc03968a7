#include "interchange/importfile.h"
#include "interchange/importwriter.h"
#include "interchange/trellojson.h"
#include "storage/itemrepository.h"
#include "storage/sql.h"
#include "importfixtures.h"
#include "testproduct.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Ordo;

// A Trello board exported as JSON (tests/data/import/trello.json, written by hand from the
// format) read into items, then written into a fresh product; and JSON that is not a board.
class TestTrelloImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsCardsInBoardOrder();
    void readsFields_data();
    void readsFields();
    void checklists();
    void allChecklistsAsCriteria();
    void reportsWhatItCannotRead();
    void mapsListsToStatuses_data();
    void mapsListsToStatuses();
    void refusesWhatIsNoBoard_data();
    void refusesWhatIsNoBoard();
    void refusesDeepNesting_data();
    void refusesDeepNesting();
    void wrongTypesInFields();
    void writesIntoAProduct();
    void importingAgainUpdates();

private:
    Import::Source m_source;
};

namespace {

// The cards' ids in the fixture, by name.
const QString payId = QStringLiteral("66335610a1b2c3d4e5f6a7b8");
const QString refundId = QStringLiteral("6634b5a0a1b2c3d4e5f6a7b9");
const QString slotId = QStringLiteral("66361530a1b2c3d4e5f6a7ba");
const QString researchId = QStringLiteral("663774c0a1b2c3d4e5f6a7bb");
const QString oldId = QStringLiteral("6638d450a1b2c3d4e5f6a7bc");
const QString orphanId = QStringLiteral("663a33e0a1b2c3d4e5f6a7bd");
const QString badId = QStringLiteral("663b9370a1b2c3d4e5f6a7be");

Import::Options trello()
{
    Import::Options options;
    options.tool = QStringLiteral("trello");
    return options;
}

int count(Database &database, const QString &sql)
{
    return Sql::scalar(database.connection(), sql)->toInt();
}

} // namespace

void TestTrelloImport::initTestCase()
{
    const QByteArray bytes = fixture("trello.json");
    QVERIFY(!bytes.isEmpty());
    Expected<Import::Source> source = Import::readTrelloJson(bytes);
    QVERIFY2(source.ok(), qPrintable(source.errorMessage()));
    m_source = *source;
}

void TestTrelloImport::readsCardsInBoardOrder()
{
    // Lists by pos (To Do, Doing, Done, Old ideas), cards by pos in each, a pos that is no number
    // last in its list; the card of no list at the end.
    QStringList titles;
    for (const Import::SourceItem &item : std::as_const(m_source.items))
        titles.append(item.title);
    QCOMPARE(titles, (QStringList{"Refund a missing item", "Pay with a stored card", "Bad labels", "Show the delivery slot",
                                  "Research wallet providers", "Old idea", "Orphan card"}));
    QCOMPARE(m_source.format, QStringLiteral("Trello JSON"));
    QCOMPARE(m_source.tool, QStringLiteral("trello"));
    QCOMPARE(m_source.statuses(), (QStringList{"To Do", "Doing", "Done", "Old ideas"}));
}

void TestTrelloImport::readsFields_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<double>("estimate"); // -1: none
    QTest::addColumn<bool>("archived");
    QTest::addColumn<QDateTime>("created");
    QTest::addColumn<QDateTime>("updated");

    const auto utc = [](int day, int hour, int minute = 0) { return QDateTime(QDate(2024, 5, day), QTime(hour, minute), Qt::UTC); };
    QTest::newRow("labels by name or colour, points as text")
        << payId << "To Do" << QStringList{"payments", "red"} << 5.0 << false << utc(2, 9) << utc(11, 15, 26);
    QTest::newRow("points that are no number") << refundId << "To Do" << QStringList() << -1.0 << false << utc(3, 10) << utc(12, 8);
    QTest::newRow("closed card, points as a JSON number") << slotId << "Doing" << QStringList() << 3.0 << true << utc(4, 11) << utc(13, 8);
    QTest::newRow("an activity date Ordo cannot read") << researchId << "Done" << QStringList() << -1.0 << false << utc(5, 12) << QDateTime();
    QTest::newRow("card of a closed list") << oldId << "Old ideas" << QStringList() << -1.0 << true << utc(6, 13) << QDateTime();
    QTest::newRow("card of no list") << orphanId << "" << QStringList() << -1.0 << false << utc(7, 14) << QDateTime();
}

void TestTrelloImport::readsFields()
{
    QFETCH(QString, key);
    QFETCH(QString, status);
    QFETCH(QStringList, labels);
    QFETCH(double, estimate);
    QFETCH(bool, archived);
    QFETCH(QDateTime, created);
    QFETCH(QDateTime, updated);

    const Import::SourceItem *item = itemKeyed(m_source, key);
    QVERIFY(item);
    QCOMPARE(item->id, key);
    QCOMPARE(item->line, 0);
    QCOMPARE(item->status, status);
    QCOMPARE(item->labels, labels);
    QCOMPARE(item->estimate.value_or(-1), estimate);
    QCOMPARE(item->archived, archived);
    QCOMPARE(item->createdAt, created);
    QCOMPARE(item->updatedAt, updated);
    QVERIFY(item->type.isEmpty());
    QVERIFY(item->sprints.isEmpty());
}

void TestTrelloImport::checklists()
{
    // "Acceptance Criteria" by pos; "AC:" too; "Steps" goes into the description.
    const Import::SourceItem *pay = itemKeyed(m_source, payId);
    QCOMPARE(pay->criteria, (QStringList{"A stored card is offered first", "An expired card is refused"}));
    QCOMPARE(pay->description, QStringLiteral("Shoppers who paid before\n\nSteps:\n- [x] Talk to the bank\n- [ ] Sign the contract"));
    const Import::SourceItem *refund = itemKeyed(m_source, refundId);
    QCOMPARE(refund->criteria, QStringList{"The money comes back"});
    QCOMPARE(refund->description, QString());
}

void TestTrelloImport::allChecklistsAsCriteria()
{
    Import::TrelloOptions options;
    options.allChecklistsAsCriteria = true;
    const Expected<Import::Source> source = Import::readTrelloJson(fixture("trello.json"), options);
    QVERIFY(source.ok());
    const Import::SourceItem *pay = itemKeyed(*source, payId);
    QCOMPARE(pay->criteria, (QStringList{"Talk to the bank", "Sign the contract", "A stored card is offered first",
                                         "An expired card is refused"}));
    QCOMPARE(pay->description, QStringLiteral("Shoppers who paid before"));
}

void TestTrelloImport::reportsWhatItCannotRead()
{
    QStringList report;
    for (const Import::Problem &problem : std::as_const(m_source.problems)) {
        QCOMPARE(problem.line, 0);
        report.append(problem.message);
    }
    QCOMPARE(report, (QStringList{
                         QStringLiteral("The card “Refund a missing item” has an estimate that is not a number: it has no estimate."),
                         QStringLiteral("The card “Research wallet providers” has a last activity date Ordo cannot read: it was left out."),
                         QStringLiteral("The card “Orphan card” is in no list of the board: it comes last, without a status."),
                         QStringLiteral("Card 7 of the file is not a JSON object: it was left out."),
                         QStringLiteral("Card 8 of the file has no name: it was left out."),
                         QStringLiteral("The card “Bad labels” has a description that is not text: it was left out."),
                         QStringLiteral("The card “Bad labels” has labels that are not a list: they were left out."),
                     }));
}

void TestTrelloImport::mapsListsToStatuses_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<int>("status");

    QTest::newRow("To Do") << "To Do" << int(ItemStatus::New);
    QTest::newRow("Doing") << "Doing" << int(ItemStatus::InProgress);
    QTest::newRow("Done") << "Done" << int(ItemStatus::Done);
    QTest::newRow("Up Next") << "Up Next" << int(ItemStatus::Ready);
    QTest::newRow("Sprint Backlog") << "Sprint Backlog" << int(ItemStatus::ToDo);
    QTest::newRow("Testing") << "Testing" << int(ItemStatus::InReview);
    QTest::newRow("Icebox") << "Icebox" << int(ItemStatus::New);
    QTest::newRow("unknown: new") << "Old ideas" << int(ItemStatus::New);
}

void TestTrelloImport::mapsListsToStatuses()
{
    QFETCH(QString, list);
    QFETCH(int, status);
    Import::Source source;
    Import::SourceItem item;
    item.title = QStringLiteral("A card");
    item.status = list;
    source.items.append(item);
    source.tool = QStringLiteral("trello");
    QCOMPARE(int(Import::defaultMapping(source).statusOf(item)), status);
    QCOMPARE(Import::defaultMapping(source).typeOf(item), ItemType::Story);
}

void TestTrelloImport::refusesWhatIsNoBoard_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("cut short") << QByteArray("{\"cards\": [") << "The file is not JSON Ordo can read: ";
    QTest::newRow("a stray comma") << QByteArray("{\"cards\": [],}") << "The file is not JSON Ordo can read: ";
    QTest::newRow("an array") << QByteArray("[1, 2]") << "This is not a Trello board: the JSON is not an object.";
    QTest::newRow("no lists") << QByteArray("{\"cards\": []}") << "This is not a Trello board: it has no \"cards\" and \"lists\" arrays.";
    QTest::newRow("cards an object") << QByteArray("{\"cards\": {}, \"lists\": []}")
                                     << "This is not a Trello board: it has no \"cards\" and \"lists\" arrays.";
}

void TestTrelloImport::refusesWhatIsNoBoard()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const Expected<Import::Source> source = Import::readTrelloJson(json);
    QVERIFY(!source.ok());
    QVERIFY2(source.errorMessage().startsWith(error), qPrintable(source.errorMessage()));
    // Told apart by content: the same through readBytes().
    const Expected<Import::Source> read = Import::readBytes(json);
    QVERIFY(!read.ok());
    QCOMPARE(read.errorMessage(), source.errorMessage());
}

void TestTrelloImport::refusesDeepNesting_data()
{
    QTest::addColumn<QByteArray>("json");

    constexpr int depth = 100'000;
    QTest::newRow("arrays") << (QByteArray(depth, '[') + QByteArray(depth, ']'));
    QByteArray objects;
    for (int i = 0; i < depth; ++i)
        objects += "{\"a\":";
    objects += "1" + QByteArray(depth, '}');
    QTest::newRow("objects") << objects;
    QTest::newRow("inside a board") << (QByteArray("{\"lists\": [], \"cards\": [") + QByteArray(depth, '[') + QByteArray(depth, ']') + "]}");
}

void TestTrelloImport::refusesDeepNesting()
{
    QFETCH(QByteArray, json);
    const Expected<Import::Source> source = Import::readBytes(json);
    QVERIFY(!source.ok());
    QVERIFY2(source.errorMessage().startsWith(QStringLiteral("The file is not JSON Ordo can read: ")), qPrintable(source.errorMessage()));
    QVERIFY2(source.errorMessage().contains(QStringLiteral("(at byte ")), qPrintable(source.errorMessage()));
}

void TestTrelloImport::wrongTypesInFields()
{
    // Every field of the wrong type: nothing crashes, what cannot be read is left out.
    const QByteArray json = R"({
        "lists": [7, {"id": 3, "name": []}, {"id": "L1", "name": {"x": 1}, "pos": "first", "closed": "yes"}],
        "customFields": "none",
        "checklists": [{"idCard": "C1", "name": "AC", "checkItems": [null, {"name": 4}, {"name": "Works", "pos": {}}]}, "x"],
        "cards": [
            {"id": "C1", "name": "Card", "idList": "L1", "closed": 1, "pos": null, "labels": [null, {"name": 5, "color": "blue"}],
             "customFieldItems": {"a": 1}, "dateLastActivity": 20240511, "desc": null},
            {"id": 12, "name": "No id", "idList": ["L1"]},
            {"id": "C1", "name": "Twice"}
        ]
    })";
    const Expected<Import::Source> source = Import::readTrelloJson(json);
    QVERIFY2(source.ok(), qPrintable(source.errorMessage()));
    QCOMPARE(source->items.size(), 2);
    const Import::SourceItem &card = source->items.at(0);
    QCOMPARE(card.title, QStringLiteral("Card"));
    QCOMPARE(card.status, QString()); // the list's name was not text
    QCOMPARE(card.labels, QStringList{"blue"});
    QCOMPARE(card.criteria, QStringList{"Works"});
    QVERIFY(!card.archived); // closed must be true, not 1
    QVERIFY(!card.estimate);
    QVERIFY(!card.updatedAt.isValid());
    QVERIFY(!card.createdAt.isValid()); // "C1" is no Trello id
    QCOMPARE(source->items.at(1).key, QString());
    QStringList report;
    for (const Import::Problem &problem : source->problems)
        report.append(problem.message);
    QCOMPARE(report, (QStringList{
                         QStringLiteral("A list without an id was left out; its cards follow the others."),
                         QStringLiteral("A list without an id was left out; its cards follow the others."),
                         QStringLiteral("The card “No id” has no id: importing the board again will add it again."),
                         QStringLiteral("The card “No id” is in no list of the board: it comes last, without a status."),
                         QStringLiteral("The card “Twice” appears twice: the second was left out."),
                     }));
}

void TestTrelloImport::writesIntoAProduct()
{
    TestProduct product;
    const Expected<Import::Result> result = Import::write(product.db(), m_source, Import::defaultMapping(m_source), trello());
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->created.size(), 7);
    QCOMPARE(result->sprints.size(), 0);
    QCOMPARE(count(product.db(), QStringLiteral("SELECT count(*) FROM item WHERE archived = 1")), 2);
    QCOMPARE(count(product.db(), QStringLiteral("SELECT count(*) FROM sprint")), 0);

    ItemRepository items(product.db());
    const QList<ItemId> &ids = result->created; // refund, pay, bad labels, slot, research, old idea, orphan
    const Expected<BacklogItem> pay = items.load(ids.at(1));
    QCOMPARE(pay->title, QStringLiteral("Pay with a stored card"));
    QCOMPARE(pay->type, ItemType::Story);
    QCOMPARE(pay->status, ItemStatus::New);
    QCOMPARE(pay->estimate, std::optional<double>(5));
    QCOMPARE(pay->labels, (QStringList{"payments", "red"}));
    QCOMPARE(pay->criteria.size(), 2);
    QCOMPARE(pay->criteria.at(0).text, QStringLiteral("A stored card is offered first"));
    QVERIFY(pay->description.contains(QStringLiteral("- [ ] Sign the contract")));
    QCOMPARE(pay->createdAt, QDateTime(QDate(2024, 5, 2), QTime(9, 0), Qt::UTC));
    QCOMPARE(items.load(ids.at(3))->status, ItemStatus::InProgress);
    QVERIFY(items.load(ids.at(3))->archived);
    QCOMPARE(items.load(ids.at(4))->status, ItemStatus::Done);
    QCOMPARE(*Import::countExisting(product.db(), m_source, QStringLiteral("trello")), 7);
    QCOMPARE(*Sql::scalar(product.db().connection(), QStringLiteral("SELECT source_key FROM item_source WHERE item_id = ?"), {ids.at(1)}),
             QVariant(payId));
}

void TestTrelloImport::importingAgainUpdates()
{
    TestProduct product;
    QVERIFY(Import::write(product.db(), m_source, Import::defaultMapping(m_source), trello()).ok());
    // The card moved to Done, was renamed and archived on the board.
    Import::Source changed = m_source;
    for (Import::SourceItem &item : changed.items) {
        if (item.key == payId) {
            item.status = QStringLiteral("Done");
            item.title = QStringLiteral("Pay with a saved card");
            item.archived = true;
        }
    }
    const Expected<Import::Result> again = Import::write(product.db(), changed, Import::defaultMapping(changed), trello());
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(again->created.size(), 0);
    QCOMPARE(again->updated.size(), 7);
    const ItemId pay = Sql::scalar(product.db().connection(), QStringLiteral("SELECT item_id FROM item_source WHERE source_key = ?"), {payId})
                           ->toLongLong();
    const Expected<BacklogItem> item = ItemRepository(product.db()).load(pay);
    QCOMPARE(item->title, QStringLiteral("Pay with a saved card"));
    QCOMPARE(item->status, ItemStatus::Done);
    QVERIFY(item->archived);
    QCOMPARE(count(product.db(), QStringLiteral("SELECT count(*) FROM item")), 7);
}

QTEST_GUILESS_MAIN(TestTrelloImport)
#include "tst_trelloimport.moc"
