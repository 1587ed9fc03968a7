#include "decisionprompt.h"
#include "decisions/decisionsmodel.h"
#include "decisions/decisionspanel.h"
#include "services/decisionlog.h"
#include "storage/database.h"
#include "storage/decisionrepository.h"
#include "testdocument.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Ordo;

// The Decisions panel: the log newest first, following undo and redo, filtered
// by item and stakeholder, and exported as shown.
class TestDecisionsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void modelPassesTheTester();
    void emptyLogShowsWhereDecisionsComeFrom();
    void listsNewestFirstAndFollowsUndo();
    void archivedItemsKeepKeyAndTitle();
    void wholeBacklog();
    void filters_data();
    void filters();
    void stakeholderChoiceSurvivesReload();
    void exportsTheRowsShown_data();
    void exportsTheRowsShown();
    void exportFailureIsReported();
    void askCheckBoxFollowsTheSetting();
};

namespace {

// Five decisions an hour apart, statements D1 (oldest) to D5 (newest):
//   D1 TST-1 Alice, D2 TST-2 bob, D3 whole backlog Alice, D4 TST-1 Bob, D5 TST-3 nobody.
struct Fixture
{
    TestDocument t;
    QList<ItemId> ids;

    Fixture()
    {
        t.doc().database().setClock([n = 0]() mutable {
            return QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC).addSecs(3600 * ++n);
        });
        ids = t.addItems(3);
    }

    void record(const QString &statement,
                std::optional<ItemId> item,
                const QString &stakeholder,
                const QString &reasoning = QStringLiteral("Because"))
    {
        QVERIFY(Commands::recordDecision(t.commands(),
                                         {0, item, statement, reasoning, stakeholder, {}}));
    }

    void recordFive()
    {
        record(QStringLiteral("D1"),
               ids.at(0),
               QStringLiteral("Alice"),
               QStringLiteral("Too costly, for now.\nRevisit \"later\" | in Q3"));
        record(QStringLiteral("D2"), ids.at(1), QStringLiteral("bob"));
        record(QStringLiteral("D3"), std::nullopt, QStringLiteral("Alice"));
        record(QStringLiteral("D4"), ids.at(0), QStringLiteral("Bob"));
        record(QStringLiteral("D5"), ids.at(2), QString());
    }

    // The log as DecisionLog expects it, built without the panel: the named
    // decisions from the file with their items' keys and titles.
    QList<DecisionLog::Entry> expectedEntries(const QStringList &statements)
    {
        const auto all = DecisionRepository(t.doc().database()).all();
        QList<DecisionLog::Entry> entries;
        for (const QString &statement : statements) {
            for (const Decision &decision : *all) {
                if (decision.decision != statement)
                    continue;
                DecisionLog::Entry entry{decision, {}, {}};
                if (decision.itemId) {
                    const int number = int(ids.indexOf(*decision.itemId)) + 1;
                    entry.itemKey = QStringLiteral("TST-%1").arg(number);
                    entry.itemTitle = QStringLiteral("Item %1").arg(number);
                }
                entries.append(entry);
            }
        }
        return entries;
    }
};

// The Decision column of the panel's table, top to bottom.
QStringList shownDecisions(const DecisionsPanel &panel)
{
    QStringList statements;
    const QAbstractItemModel *model = panel.table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        statements.append(model->index(row, DecisionsModel::DecisionColumn).data().toString());
    return statements;
}

QString shownCell(const DecisionsPanel &panel, int row, int column)
{
    return panel.table()->model()->index(row, column).data().toString();
}

bool showsEmptyState(const DecisionsPanel &panel)
{
    const auto *pages = panel.findChild<QStackedWidget *>();
    return pages && pages->currentWidget() != panel.table();
}

void selectStakeholder(DecisionsPanel &panel, const QString &stakeholder)
{
    QComboBox *combo = panel.stakeholderFilter();
    combo->setCurrentIndex(stakeholder.isEmpty() ? 0 : combo->findText(stakeholder));
    QVERIFY(combo->currentIndex() >= 0);
}

} // namespace

void TestDecisionsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OrdoTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_decisionspanel"));
    DecisionPrompt::setAsks(true);
}

void TestDecisionsPanel::cleanup()
{
    DecisionPrompt::setAsks(true);
}

void TestDecisionsPanel::modelPassesTheTester()
{
    Fixture f;
    DecisionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload(&f.t.doc().database(), QStringLiteral("TST")));
    QCOMPARE(model.rowCount(), 0);
    f.recordFive();
    QVERIFY(model.reload(&f.t.doc().database(), QStringLiteral("TST")));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(DecisionsModel::ColumnCount));
    QCOMPARE(model.headerData(DecisionsModel::ReasoningColumn, Qt::Horizontal, Qt::DisplayRole)
                 .toString(),
             QStringLiteral("Reasoning"));
    // The date column shows local time and sorts by the instant.
    const QModelIndex date = model.index(0, DecisionsModel::DateColumn);
    const QDateTime at = QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC).addSecs(3600 * 8);
    QCOMPARE(model.entryAt(0).decision.decidedAt, at);
    QCOMPARE(date.data().toString(), QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(date.data(DecisionsModel::SortRole).toLongLong(), at.toMSecsSinceEpoch());
    // The tooltip carries the whole reasoning.
    const QModelIndex oldest = model.index(4, DecisionsModel::ItemColumn);
    QCOMPARE(oldest.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Too costly, for now.\nRevisit \"later\" | in Q3"));
    QCOMPARE(oldest.data(DecisionsModel::ItemIdRole).toLongLong(), f.ids.at(0));
    QCOMPARE(model.stakeholders(), (QStringList{QStringLiteral("Alice"), QStringLiteral("Bob")}));
    QVERIFY(model.reload(nullptr, QString()));
    QCOMPARE(model.rowCount(), 0);
}

void TestDecisionsPanel::emptyLogShowsWhereDecisionsComeFrom()
{
    Fixture f;
    DecisionsPanel panel;
    QVERIFY(showsEmptyState(panel)); // no document
    panel.setDocument(&f.t.doc());
    QVERIFY(showsEmptyState(panel));
    const auto *empty = panel.findChild<QLabel *>(QStringLiteral("decisionsEmpty"));
    QVERIFY(empty);
    QVERIFY(empty->text().startsWith(QStringLiteral("No decisions yet.")));
    QVERIFY(!panel.filterEdit()->isEnabled());
    f.record(QStringLiteral("D1"), f.ids.at(0), QString());
    QTRY_VERIFY(!showsEmptyState(panel)); // once the event loop turns
    QVERIFY(panel.filterEdit()->isEnabled());
    f.t.doc().undoStack()->undo();
    QTRY_VERIFY(showsEmptyState(panel));
}

void TestDecisionsPanel::listsNewestFirstAndFollowsUndo()
{
    Fixture f;
    DecisionsPanel panel;
    QAbstractItemModelTester tester(panel.table()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.setDocument(&f.t.doc());
    QCOMPARE(panel.table()->objectName(), QStringLiteral("decisionsTable"));
    f.recordFive();
    QTRY_COMPARE(shownDecisions(panel), (QStringList{"D5", "D4", "D3", "D2", "D1"}));
    QCOMPARE(shownCell(panel, 1, DecisionsModel::ItemColumn), QStringLiteral("TST-1 Item 1"));
    QCOMPARE(shownCell(panel, 1, DecisionsModel::StakeholderColumn), QStringLiteral("Bob"));

    QUndoStack *stack = f.t.doc().undoStack();
    stack->undo();
    QTRY_COMPARE(shownDecisions(panel), (QStringList{"D4", "D3", "D2", "D1"}));
    stack->undo();
    QTRY_COMPARE(shownDecisions(panel), (QStringList{"D3", "D2", "D1"}));
    stack->redo();
    QTRY_COMPARE(shownDecisions(panel), (QStringList{"D4", "D3", "D2", "D1"}));
    stack->redo();
    QTRY_COMPARE(shownDecisions(panel), (QStringList{"D5", "D4", "D3", "D2", "D1"}));

    // Another document replaces the log; none empties it.
    Fixture other;
    panel.setDocument(&other.t.doc());
    QCOMPARE(panel.table()->model()->rowCount(), 0);
    f.record(QStringLiteral("D6"),
             std::nullopt,
             QString()); // the old document no longer reaches the panel
    QCOMPARE(panel.table()->model()->rowCount(), 0);
    panel.setDocument(nullptr);
    QCOMPARE(panel.table()->model()->rowCount(), 0);
}

void TestDecisionsPanel::archivedItemsKeepKeyAndTitle()
{
    Fixture f;
    DecisionsPanel panel;
    panel.setDocument(&f.t.doc());
    DecisionPrompt::setAsks(false); // archive without the dialog, still recording the decision
    QVERIFY(DecisionPrompt::archive(f.t.commands(), {f.ids.at(1)}));
    QTRY_COMPARE(shownDecisions(panel), QStringList{"Archived"});
    QCOMPARE(shownCell(panel, 0, DecisionsModel::ItemColumn), QStringLiteral("TST-2 Item 2"));
    // Renaming the key prefix renames the keys shown.
    Product product = f.t.doc().product();
    product.keyPrefix = QStringLiteral("NEW");
    QVERIFY(Commands::setProduct(f.t.commands(), product));
    QTRY_COMPARE(shownCell(panel, 0, DecisionsModel::ItemColumn), QStringLiteral("NEW-2 Item 2"));
    f.t.doc().undoStack()->undo();
    f.t.doc().undoStack()->undo(); // the archive and its decision are one step
    QTRY_COMPARE(panel.table()->model()->rowCount(), 0);
}

void TestDecisionsPanel::wholeBacklog()
{
    Fixture f;
    DecisionsPanel panel;
    panel.setDocument(&f.t.doc());
    f.record(QStringLiteral("Applied the proposed order"), std::nullopt, QString());
    QTRY_COMPARE(shownCell(panel, 0, DecisionsModel::ItemColumn), QStringLiteral("Whole backlog"));
    QVERIFY(!panel.table()->model()->index(0, 0).data(DecisionsModel::ItemIdRole).isValid());
}

void TestDecisionsPanel::filters_data()
{
    QTest::addColumn<QString>("itemText");
    QTest::addColumn<QString>("stakeholder"); // empty: all stakeholders
    QTest::addColumn<QStringList>("shown");

    QTest::newRow("no filter") << QString() << QString()
                               << QStringList{"D5", "D4", "D3", "D2", "D1"};
    QTest::newRow("by key") << QStringLiteral("TST-1") << QString() << QStringList{"D4", "D1"};
    QTest::newRow("by title, any case")
        << QStringLiteral("iTEM 2") << QString() << QStringList{"D2"};
    QTest::newRow("by key and title")
        << QStringLiteral("tst-3 item 3") << QString() << QStringList{"D5"};
    QTest::newRow("whole backlog") << QStringLiteral("whole") << QString() << QStringList{"D3"};
    QTest::newRow("by stakeholder")
        << QString() << QStringLiteral("Alice") << QStringList{"D3", "D1"};
    QTest::newRow("stakeholder ignores case")
        << QString() << QStringLiteral("Bob") << QStringList{"D4", "D2"};
    QTest::newRow("item and stakeholder")
        << QStringLiteral("Item 1") << QStringLiteral("Bob") << QStringList{"D4"};
    QTest::newRow("nothing matches") << QStringLiteral("Item 9") << QString() << QStringList{};
}

void TestDecisionsPanel::filters()
{
    QFETCH(QString, itemText);
    QFETCH(QString, stakeholder);
    QFETCH(QStringList, shown);

    Fixture f;
    f.recordFive();
    DecisionsPanel panel;
    panel.setDocument(&f.t.doc());
    // "All stakeholders", then each once, sorted, whatever the case they were typed in.
    QComboBox *combo = panel.stakeholderFilter();
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemText(0), QStringLiteral("All stakeholders"));
    QCOMPARE(combo->itemText(1), QStringLiteral("Alice"));
    QCOMPARE(combo->itemText(2), QStringLiteral("Bob"));
    QCOMPARE(panel.filterEdit()->placeholderText(), QStringLiteral("Filter by item…"));

    QTest::keyClicks(panel.filterEdit(), itemText);
    selectStakeholder(panel, stakeholder);
    QCOMPARE(shownDecisions(panel), shown);
    // Clearing the filters shows everything again.
    panel.filterEdit()->clear();
    selectStakeholder(panel, QString());
    QCOMPARE(panel.table()->model()->rowCount(), 5);
}

void TestDecisionsPanel::stakeholderChoiceSurvivesReload()
{
    Fixture f;
    f.recordFive();
    DecisionsPanel panel;
    panel.setDocument(&f.t.doc());
    selectStakeholder(panel, QStringLiteral("Bob"));
    f.record(QStringLiteral("D6"), f.ids.at(2), QStringLiteral("Carol"));
    QTRY_COMPARE(panel.stakeholderFilter()->count(), 4);
    QCOMPARE(panel.stakeholderFilter()->currentText(), QStringLiteral("Bob"));
    QCOMPARE(shownDecisions(panel), (QStringList{"D4", "D2"}));

    selectStakeholder(panel, QStringLiteral("Carol"));
    QCOMPARE(shownDecisions(panel), QStringList{"D6"});
    f.t.doc().undoStack()->undo(); // Carol leaves the log: all stakeholders again
    QTRY_COMPARE(panel.stakeholderFilter()->count(), 3);
    QCOMPARE(panel.stakeholderFilter()->currentIndex(), 0);
    QCOMPARE(panel.table()->model()->rowCount(), 5);
}

void TestDecisionsPanel::exportsTheRowsShown_data()
{
    QTest::addColumn<bool>("markdown");
    QTest::addColumn<QString>("itemText");
    QTest::addColumn<QString>("stakeholder");
    QTest::addColumn<int>("sortColumn"); // -1: newest first
    QTest::addColumn<QStringList>("exported");

    const QStringList all{"D5", "D4", "D3", "D2", "D1"};
    QTest::newRow("markdown, all") << true << QString() << QString() << -1 << all;
    QTest::newRow("markdown, by item")
        << true << QStringLiteral("Item 1") << QString() << -1 << QStringList{"D4", "D1"};
    QTest::newRow("markdown, none")
        << true << QStringLiteral("Item 9") << QString() << -1 << QStringList{};
    QTest::newRow("csv, all") << false << QString() << QString() << -1 << all;
    QTest::newRow("csv, by stakeholder")
        << false << QString() << QStringLiteral("Alice") << -1 << QStringList{"D3", "D1"};
    QTest::newRow("csv, sorted by item")
        << false << QString() << QString() << int(DecisionsModel::ItemColumn)
        << QStringList{"D4", "D1", "D2", "D5", "D3"};
}

void TestDecisionsPanel::exportsTheRowsShown()
{
    QFETCH(bool, markdown);
    QFETCH(QString, itemText);
    QFETCH(QString, stakeholder);
    QFETCH(int, sortColumn);
    QFETCH(QStringList, exported);

    Fixture f;
    f.recordFive();
    DecisionsPanel panel;
    panel.setDocument(&f.t.doc());
    panel.filterEdit()->setText(itemText);
    selectStakeholder(panel, stakeholder);
    if (sortColumn >= 0)
        panel.table()->sortByColumn(sortColumn, Qt::AscendingOrder);
    QCOMPARE(shownDecisions(panel), exported);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path =
        dir.filePath(markdown ? QStringLiteral("decisions.md") : QStringLiteral("decisions.csv"));
    QSignalSpy errors(&panel, &DecisionsPanel::errorOccurred);
    QVERIFY(markdown ? panel.exportMarkdown(path) : panel.exportCsv(path));
    QCOMPARE(errors.count(), 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    const QList<DecisionLog::Entry> entries = f.expectedEntries(exported);
    QCOMPARE(entries.size(), exported.size());
    if (markdown) {
        QCOMPARE(bytes, DecisionLog::toMarkdown(entries, QStringLiteral("Test product")).toUtf8());
        QVERIFY(bytes.startsWith("# Decisions: Test product\n"));
        QCOMPARE(bytes.contains("| Whole backlog |"), exported.contains(QStringLiteral("D3")));
    } else {
        QCOMPARE(bytes, DecisionLog::toCsv(entries).toUtf8());
        QVERIFY(bytes.startsWith("Date,Item,Title,Decision,Reasoning,Stakeholder\r\n"));
        QCOMPARE(bytes.count("\r\n"),
                 exported.size() + 1); // the line break in D1's reasoning is quoted
    }
}

void TestDecisionsPanel::exportFailureIsReported()
{
    Fixture f;
    f.recordFive();
    DecisionsPanel panel;
    panel.setDocument(&f.t.doc());
    QTemporaryDir dir;
    QSignalSpy errors(&panel, &DecisionsPanel::errorOccurred);
    const QString path = dir.filePath(QStringLiteral("missing/folder/decisions.csv"));
    QVERIFY(!panel.exportCsv(path));
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("decisions.csv")));
    QVERIFY(!QFile::exists(path));
}

void TestDecisionsPanel::askCheckBoxFollowsTheSetting()
{
    Fixture f;
    DecisionPrompt::setAsks(false);
    DecisionsPanel panel;
    panel.setDocument(&f.t.doc());
    QCheckBox *ask = panel.askCheckBox();
    QVERIFY(!ask->isChecked());
    QVERIFY(!ask->toolTip().isEmpty());
    ask->click();
    QVERIFY(DecisionPrompt::asks());
    ask->click();
    QVERIFY(!DecisionPrompt::asks());
    // Changed elsewhere (the decision dialog's "don't ask again"): shown on the next change.
    DecisionPrompt::setAsks(true);
    f.record(QStringLiteral("D1"), std::nullopt, QString());
    QVERIFY(ask->isChecked());
}

QTEST_MAIN(TestDecisionsPanel)
#include "tst_decisionspanel.moc"
