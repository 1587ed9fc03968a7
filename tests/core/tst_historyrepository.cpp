#include "storage/historyrepository.h"
#include "storage/itemrepository.h"
#include "storage/sprintrepository.h"
#include "testproduct.h"

#include <QTest>

using namespace Ordo;

// The history the charts and the review read (HistoryRepository), over both engines: the
// queries carry SQLite's planner hints, which PostgreSQL must be spared.
class TestHistoryRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestEngines::addRows(); }
    void init() { ORDO_USE_TEST_ENGINE(); }

    void readsASprintsWork();
    void readsChosenFieldsOfChosenItems();
    void findsEveryItemEverRejected();
};

namespace {

QList<HistoryField> fieldsOf(const QList<HistoryEntry> &entries, qint64 item)
{
    QList<HistoryField> fields;
    for (const HistoryEntry &entry : entries) {
        if (entry.itemId == item)
            fields.append(entry.field);
    }
    return fields;
}

SprintId sprintIn(TestProduct &product)
{
    Sprint sprint;
    sprint.name = QStringLiteral("Sprint 1");
    sprint.start = QDate(2026, 12, 7);
    sprint.end = QDate(2026, 12, 18);
    const auto id = SprintRepository(product.db()).create(sprint);
    if (!id)
        qFatal("%s", qPrintable(id.errorMessage()));
    return *id;
}

} // namespace

void TestHistoryRepository::readsASprintsWork()
{
    TestProduct product;
    const ItemId in = product.addItem(QStringLiteral("Pay by card"));
    const ItemId out = product.addItem(QStringLiteral("Pay by phone"));
    const SprintId sprint = sprintIn(product);
    ItemRepository items(product.db());
    QVERIFY(items.setSprint(in, sprint));
    QVERIFY(items.setEstimate(in, 5));
    QVERIFY(items.setStatus(in, ItemStatus::InProgress));
    QVERIFY(items.setEstimate(out, 3)); // never in the sprint

    const auto work = HistoryRepository(product.db()).forSprint(sprint);
    QVERIFY2(work, qPrintable(work.errorMessage()));
    QCOMPARE(fieldsOf(*work, in), (QList<HistoryField>{HistoryField::Created, HistoryField::SprintChanged,
                                                        HistoryField::EstimateChanged, HistoryField::StatusChanged}));
    QVERIFY(fieldsOf(*work, out).isEmpty());
}

void TestHistoryRepository::readsChosenFieldsOfChosenItems()
{
    TestProduct product;
    const ItemId first = product.addItem(QStringLiteral("Pay by card"));
    const ItemId second = product.addItem(QStringLiteral("Pay by phone"));
    const ItemId third = product.addItem(QStringLiteral("Pay by invoice"));
    ItemRepository items(product.db());
    for (ItemId id : {first, second, third}) {
        QVERIFY(items.setEstimate(id, 8));
        QVERIFY(items.setStatus(id, ItemStatus::Ready));
    }
    const auto read = HistoryRepository(product.db()).ofItems({first, third}, {HistoryField::EstimateChanged});
    QVERIFY2(read, qPrintable(read.errorMessage()));
    QCOMPARE(read->size(), 2);
    QCOMPARE(fieldsOf(*read, first), QList<HistoryField>{HistoryField::EstimateChanged});
    QCOMPARE(fieldsOf(*read, third), QList<HistoryField>{HistoryField::EstimateChanged});
    QCOMPARE(read->front().newValue.toDouble(), 8.0);
}

void TestHistoryRepository::findsEveryItemEverRejected()
{
    TestProduct product;
    const ItemId rejected = product.addItem(QStringLiteral("Pay by card"));
    const ItemId accepted = product.addItem(QStringLiteral("Pay by phone"));
    ItemRepository items(product.db());
    QVERIFY(items.setStatus(rejected, ItemStatus::Rejected));
    QVERIFY(items.setStatus(rejected, ItemStatus::ToDo)); // taken up again: still ever rejected
    QVERIFY(items.setStatus(accepted, ItemStatus::Accepted));
    const auto ever = HistoryRepository(product.db()).everRejected();
    QVERIFY2(ever, qPrintable(ever.errorMessage()));
    QCOMPARE(*ever, QList<qint64>{rejected});
}

QTEST_MAIN(TestHistoryRepository)
#include "tst_historyrepository.moc"
