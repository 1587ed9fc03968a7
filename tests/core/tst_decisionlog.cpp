#include "services/decisionlog.h"
#include "storage/decisionrepository.h"
#include "storage/itemrepository.h"
#include "testproduct.h"

#include <QTest>

using namespace Ordo;

class TestDecisionLog : public QObject
{
    Q_OBJECT

private slots:
    // Every test runs over both engines (TestEngines).
    void initTestCase_data() { TestEngines::addRows(); }
    void init() { ORDO_USE_TEST_ENGINE(); }

    void persistence();
    void emptyDecisionRefused();
    void markdown();
    void csv_data();
    void csv();
};

void TestDecisionLog::persistence()
{
    TestProduct product;
    QDateTime clock(QDate(2026, 3, 2), QTime(10, 30), Qt::UTC);
    product.db().setClock([&clock] { return clock; });
    const ItemId item = product.addItem(QStringLiteral("Export to PDF"));

    DecisionRepository decisions(product.db());
    auto first = decisions.add({0, item, QStringLiteral("Won't have this time"),
                                QStringLiteral("Only two customers asked; printing covers it."),
                                QStringLiteral("Sales"), {}});
    QVERIFY(first);
    clock = clock.addDays(1);
    auto second = decisions.add({0, std::nullopt, QStringLiteral("Applied the WSJF order"), {}, {}, {}});
    QVERIFY(second);

    // Reopened from disk: newest first, every field kept.
    auto reopened = product.reopen();
    QVERIFY(reopened);
    DecisionRepository again(*reopened);
    auto all = again.all();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).decision, QStringLiteral("Applied the WSJF order"));
    QVERIFY(!all->at(0).itemId);
    const Decision &wont = all->at(1);
    QCOMPARE(wont.id, *first);
    QCOMPARE(wont.itemId, std::optional<qint64>(item));
    QCOMPARE(wont.reasoning, QStringLiteral("Only two customers asked; printing covers it."));
    QCOMPARE(wont.stakeholder, QStringLiteral("Sales"));
    QCOMPARE(wont.decidedAt, QDateTime(QDate(2026, 3, 2), QTime(10, 30), Qt::UTC));

    // Undo removes it; redo brings it back with the same id.
    QVERIFY(again.remove(wont.id));
    QCOMPARE(again.all()->size(), 1);
    QCOMPARE(*again.add(wont), wont.id);
    QCOMPARE(again.all()->at(1).reasoning, wont.reasoning);

    // Archived items keep their decisions; deleting an item keeps the decision without it.
    QVERIFY(ItemRepository(*reopened).deletePermanently(item));
    QVERIFY(!again.all()->at(1).itemId);
}

void TestDecisionLog::emptyDecisionRefused()
{
    TestProduct product;
    DecisionRepository decisions(product.db());
    QVERIFY(!decisions.add({0, std::nullopt, QStringLiteral("   "), {}, {}, {}}));
    QCOMPARE(decisions.all()->size(), 0);
}

void TestDecisionLog::markdown()
{
    const QDateTime at(QDate(2026, 3, 2), QTime(10, 30), Qt::UTC);
    const QList<DecisionLog::Entry> entries{
        {{1, 7, QStringLiteral("Won't have this time"), QStringLiteral("Costly | rarely used\nRevisit in Q3"), QStringLiteral("Sales"), at},
         QStringLiteral("ORD-7"), QStringLiteral("Export to PDF")},
        {{2, std::nullopt, QStringLiteral("Applied the WSJF order"), {}, {}, at.addDays(1)}, {}, {}},
    };
    QCOMPARE(DecisionLog::toMarkdown(entries, QStringLiteral("Ordo")),
             QStringLiteral("# Decisions: Ordo\n\n"
                            "| Date | Item | Decision | Reasoning | Stakeholder |\n"
                            "|---|---|---|---|---|\n"
                            "| 2026-03-02 10:30 | ORD-7 Export to PDF | Won't have this time | Costly \\| rarely used<br>Revisit in Q3 | Sales |\n"
                            "| 2026-03-03 10:30 | Whole backlog | Applied the WSJF order |  |  |\n"));
    QVERIFY(DecisionLog::toMarkdown({}, QStringLiteral("Ordo")).contains(QStringLiteral("No decisions recorded.")));
}

void TestDecisionLog::csv_data()
{
    QTest::addColumn<QString>("reasoning");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << "Too costly" << "Too costly";
    QTest::newRow("comma") << "Costly, rarely used" << "\"Costly, rarely used\"";
    QTest::newRow("quote") << "The \"big\" one" << "\"The \"\"big\"\" one\"";
    QTest::newRow("line break") << "One\nTwo" << "\"One\nTwo\"";
    QTest::newRow("umlaut") << "Kündigung" << "Kündigung";
    QTest::newRow("empty") << "" << "";
}

void TestDecisionLog::csv()
{
    QFETCH(QString, reasoning);
    QFETCH(QString, field);
    const QDateTime at(QDate(2026, 3, 2), QTime(10, 30), Qt::UTC);
    const QList<DecisionLog::Entry> entries{
        {{1, 7, QStringLiteral("Archived"), reasoning, QStringLiteral("Support"), at},
         QStringLiteral("ORD-7"), QStringLiteral("Export, PDF")}};
    QCOMPARE(DecisionLog::toCsv(entries),
             QStringLiteral("Date,Item,Title,Decision,Reasoning,Stakeholder\r\n"
                            "2026-03-02T10:30:00Z,ORD-7,\"Export, PDF\",Archived,%1,Support\r\n")
                 .arg(field));
}

QTEST_GUILESS_MAIN(TestDecisionLog)
#include "tst_decisionlog.moc"
