// The document's one change channel: each kind of write is announced once, after the file and the
// model agree, naming the items it concerns; a failed write announces nothing; the channel
// outlives a re-read of the file, so views stay connected.

#include "backlog/backlogmodel.h"
#include "backlogeditor.h"
#include "documentchange.h"
#include "storage/itemrepository.h"
#include "testdocument.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Ordo;
using What = DocumentChange::What;

class TestDocumentChanges : public QObject
{
    Q_OBJECT

private slots:
    void eachWriteIsAnnouncedOnce_data();
    void eachWriteIsAnnouncedOnce();
    void failedWriteAnnouncesNothing();
    void channelOutlivesAReload();
};

using Write = std::function<Status(BacklogEditor &, const QList<ItemId> &)>;
Q_DECLARE_METATYPE(Write)

void TestDocumentChanges::eachWriteIsAnnouncedOnce_data()
{
    QTest::addColumn<Write>("write");
    QTest::addColumn<int>("what");
    QTest::addColumn<QList<int>>("items"); // indexes into the three items the document holds

    QTest::newRow("title") << Write([](BacklogEditor &e, const QList<ItemId> &ids) { return e.setTitle(ids[1], "Renamed"); })
                           << int(What::ItemFields) << QList<int>{1};
    QTest::newRow("estimate") << Write([](BacklogEditor &e, const QList<ItemId> &ids) { return e.setEstimate(ids[0], 5.0); })
                              << int(What::ItemFields) << QList<int>{0};
    QTest::newRow("status") << Write([](BacklogEditor &e, const QList<ItemId> &ids) { return e.setStatus(ids[2], ItemStatus::Ready); })
                            << int(What::ItemFields) << QList<int>{2};
    QTest::newRow("criteria") << Write([](BacklogEditor &e, const QList<ItemId> &ids) {
        return e.setCriteria(ids[0], {"Scenario: A\n  Then a"});
    }) << int(What::ItemFields) << QList<int>{0};
    QTest::newRow("archive two") << Write([](BacklogEditor &e, const QList<ItemId> &ids) { return e.setArchived({ids[0], ids[2]}, true); })
                                 << int(What::Archive) << QList<int>{0, 2};
    QTest::newRow("delete for good") << Write([](BacklogEditor &e, const QList<ItemId> &ids) { return e.deleteItem(ids[1]); })
                                     << int(What::Archive) << QList<int>{1};
    QTest::newRow("add a dependency") << Write([](BacklogEditor &e, const QList<ItemId> &ids) { return e.addDependency(ids[0], ids[2]); })
                                      << int(What::Dependencies) << QList<int>{0, 2};
    QTest::newRow("product") << Write([](BacklogEditor &e, const QList<ItemId> &) {
        Product product = e.product();
        product.productGoal = "Shoppers finish an order in a minute";
        return e.setProduct(product);
    }) << int(What::Product) << QList<int>{};
    QTest::newRow("decision on an item") << Write([](BacklogEditor &e, const QList<ItemId> &ids) {
        Decision decision;
        decision.itemId = ids[1];
        decision.decision = "Won't have";
        decision.reasoning = "No shopper asked for it";
        return e.addDecision(decision) ? success() : Status(Error{"not recorded"});
    }) << int(What::Decisions) << QList<int>{1};
}

void TestDocumentChanges::eachWriteIsAnnouncedOnce()
{
    QFETCH(Write, write);
    QFETCH(int, what);
    QFETCH(QList<int>, items);

    TestDocument t;
    const QList<ItemId> ids = t.addItems(3);
    QList<ItemId> expected;
    for (int index : items)
        expected.append(ids.at(index));

    // What the model says when the channel speaks: the write has reached it already.
    QStringList titlesWhenAnnounced;
    QSignalSpy spy(t.doc().changes(), &ChangeChannel::changed);
    connect(t.doc().changes(), &ChangeChannel::changed, this, [&] { titlesWhenAnnounced = t.modelTitles(); });

    const Status written = write(*t.doc().editor(), ids);
    QVERIFY2(written, qPrintable(written.errorMessage()));
    QCOMPARE(spy.count(), 1);
    const auto change = spy.at(0).at(0).value<DocumentChange>();
    QCOMPARE(int(change.what), what);
    QCOMPARE(change.items, expected);
    QCOMPARE(titlesWhenAnnounced, t.modelTitles());
    QCOMPARE(t.modelTitles(), t.fileTitles());
}

void TestDocumentChanges::failedWriteAnnouncesNothing()
{
    TestDocument t;
    const QList<ItemId> ids = t.addItems(2);
    QVERIFY(t.doc().editor()->addDependency(ids[0], ids[1]));
    QSignalSpy spy(t.doc().changes(), &ChangeChannel::changed);
    // A cycle is refused before anything is written.
    QVERIFY(!t.doc().editor()->addDependency(ids[1], ids[0]));
    // An item that does not exist.
    QVERIFY(!t.doc().editor()->setTitle(ids.last() + 1000, "Nobody"));
    QCOMPARE(spy.count(), 0);
}

void TestDocumentChanges::channelOutlivesAReload()
{
    TestDocument t;
    const QList<ItemId> ids = t.addItems(1);
    ChangeChannel *channel = t.doc().changes();
    QSignalSpy spy(channel, &ChangeChannel::changed);
    QString error;
    QVERIFY2(t.doc().reload(&error), qPrintable(error));
    QCOMPARE(t.doc().changes(), channel);
    // The writer is new; what it writes still reaches the views that listened before.
    QVERIFY(t.doc().editor()->setTitle(ids[0], "After the reload"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<DocumentChange>().items, QList<ItemId>{ids[0]});
}

QTEST_MAIN(TestDocumentChanges)
#include "tst_documentchanges.moc"
