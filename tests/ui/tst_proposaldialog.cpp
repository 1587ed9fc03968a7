#include "backlog/backlogmodel.h"
#include "backlogeditor.h"
#include "decisionprompt.h"
#include "prioritization/proposaldialog.h"
#include "prioritization/proposalmodel.h"
#include "services/prioritization.h"
#include "services/readiness.h"
#include "storage/database.h"
#include "storage/itemrepository.h"
#include "storage/sql.h"
#include "testdocument.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Ordo;
using Field = ChangeFieldCommand::Field;
using Prioritization::Scheme;

// The proposed-order dialog: comparing with today's order, applying all of it
// as one undo step, moving single items across, and refusing cycles.
class TestProposalDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void proposalModelsPassTheTester();
    void applyAllIsOneUndoStep_data();
    void applyAllIsOneUndoStep();
    void applyAllAsksForTheReasoning_data();
    void applyAllAsksForTheReasoning();
    void moveSelectedAcross_data();
    void moveSelectedAcross();
    void dropOnToday_data();
    void dropOnToday();
    void invalidDropsChangeNothing();
    void dependencyCycleIsRefused_data();
    void dependencyCycleIsRefused();
    void cycleInTheFileRefusesTheProposal();
};

namespace {

BacklogItem scored(const QString &title, int businessValue, int timeCriticality, int riskReduction,
                   double jobSize, double value, double effort, MoSCoW moscow, KanoCategory kano)
{
    BacklogItem item;
    item.title = title;
    item.scores.businessValue = businessValue;
    item.scores.timeCriticality = timeCriticality;
    item.scores.riskReduction = riskReduction;
    item.scores.jobSize = jobSize;
    item.scores.value = value;
    item.scores.effort = effort;
    item.scores.moscow = moscow;
    item.scores.kano = kano;
    return item;
}

// A backlog of eight plannable, mostly scored items, with an item in the
// sprint at the top, an epic and a finished item between them, and
// "Dependent" (ranked high everywhere) depending on "A" (ranked low):
//
//   Sprint work (in progress), A, B, Epic, D, E, Finished (done), G, H (unscored), Dependent, J
struct Backlog
{
    TestDocument t;
    QHash<QString, ItemId> ids;

    Backlog()
    {
        QList<BacklogItem> items;
        BacklogItem sprint = scored(QStringLiteral("Sprint work"), 20, 20, 20, 1, 100, 1, MoSCoW::Must, KanoCategory::MustBe);
        sprint.status = ItemStatus::InProgress;
        BacklogItem epic;
        epic.title = QStringLiteral("Epic");
        epic.type = ItemType::Epic;
        BacklogItem finished = scored(QStringLiteral("Finished"), 13, 13, 13, 1, 50, 1, MoSCoW::Must, KanoCategory::MustBe);
        finished.status = ItemStatus::Done;
        BacklogItem unscored;
        unscored.title = QStringLiteral("H");
        items << sprint
              << scored(QStringLiteral("A"), 1, 1, 1, 3, 2, 8, MoSCoW::Could, KanoCategory::Indifferent)
              << scored(QStringLiteral("B"), 8, 5, 3, 2, 9, 3, MoSCoW::Should, KanoCategory::Performance)
              << epic
              << scored(QStringLiteral("D"), 20, 13, 8, 1, 1, 5, MoSCoW::Wont, KanoCategory::Delighter)
              << scored(QStringLiteral("E"), 3, 2, 1, 3, 8, 2, MoSCoW::Must, KanoCategory::MustBe)
              << finished
              << scored(QStringLiteral("G"), 5, 5, 5, 5, 5, 5, MoSCoW::Must, KanoCategory::Performance)
              << unscored
              << scored(QStringLiteral("Dependent"), 13, 13, 13, 1, 10, 1, MoSCoW::Must, KanoCategory::MustBe)
              << scored(QStringLiteral("J"), 2, 2, 1, 8, 6, 6, MoSCoW::Could, KanoCategory::Delighter);
        ItemRepository repository(t.doc().database());
        const auto created = repository.createMany(items);
        if (!created)
            qFatal("Could not add items: %s", qPrintable(created.errorMessage()));
        for (qsizetype i = 0; i < items.size(); ++i)
            ids.insert(items.at(i).title, created->at(i));
        if (auto added = repository.addDependency(id("Dependent"), id("A")); !added)
            qFatal("Could not add a dependency: %s", qPrintable(added.errorMessage()));
        QString error;
        if (!t.doc().reload(&error))
            qFatal("Could not reload: %s", qPrintable(error));
    }

    ItemId id(const char *title) const { return ids.value(QString::fromUtf8(title)); }
    ProductDocument &doc() { return t.doc(); }
};

QList<ItemId> backlogOrder(const ProductDocument &doc)
{
    QList<ItemId> order;
    for (const BacklogRow &row : doc.backlogModel()->rows())
        order.append(row.id);
    return order;
}

QList<ItemId> fileOrder(const ProductDocument &doc)
{
    QList<ItemId> order;
    for (const BacklogRow &row : ItemRepository(doc.database()).backlogRows().value_or({}))
        order.append(row.id);
    return order;
}

QList<ItemId> plannableOrder(const ProductDocument &doc)
{
    QList<ItemId> order;
    for (const BacklogRow &row : doc.backlogModel()->rows()) {
        if (Readiness::isPlannable(row))
            order.append(row.id);
    }
    return order;
}

// Titles, for readable failures.
QStringList titlesOf(const ProductDocument &doc, const QList<ItemId> &ids)
{
    QStringList titles;
    const BacklogModel *model = doc.backlogModel();
    for (ItemId id : ids) {
        const int row = model->rowOf(id);
        titles.append(row >= 0 ? model->rowAt(row).title : QStringLiteral("#%1").arg(id));
    }
    return titles;
}

// `order` with `ids` taken out.
QList<ItemId> without(QList<ItemId> order, const QList<ItemId> &ids)
{
    for (ItemId id : ids)
        order.removeAll(id);
    return order;
}

} // namespace

void TestProposalDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OrdoTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_proposaldialog"));
}

void TestProposalDialog::init()
{
    // Decisions are recorded without the dialog unless a test asks for it.
    DecisionPrompt::setAsks(false);
}

void TestProposalDialog::cleanup()
{
    DecisionPrompt::setAsks(false);
}

// ---------------------------------------------------------------------------
// The proposed order

void TestProposalDialog::proposalModelsPassTheTester()
{
    Backlog b;
    ProposalDialog dialog(&b.doc());
    dialog.setScheme(Scheme::Wsjf);
    QAbstractItemModelTester today(dialog.todayModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proposed(dialog.proposedModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog.todayModel()->side(), ProposalModel::Side::Today);
    QCOMPARE(dialog.proposedModel()->side(), ProposalModel::Side::Proposed);

    const auto checkSides = [&](Scheme scheme) {
        const Prioritization::Proposal &proposal = dialog.proposal();
        QCOMPARE(proposal.scheme, scheme);
        QCOMPARE(titlesOf(b.doc(), proposal.current), titlesOf(b.doc(), plannableOrder(b.doc())));
        for (ProposalModel *model : {dialog.todayModel(), dialog.proposedModel()}) {
            QCOMPARE(model->rowCount(), int(proposal.current.size()));
            QCOMPARE(model->columnCount(), int(ProposalModel::ColumnCount));
            QCOMPARE(model->headerData(ProposalModel::BasisColumn, Qt::Horizontal).toString(),
                     ProposalModel::basisHeader(scheme));
        }
        for (int row = 0; row < dialog.proposedModel()->rowCount(); ++row) {
            const ItemId id = dialog.proposedModel()->idAt(row);
            QCOMPARE(id, proposal.proposed.at(row));
            QCOMPARE(dialog.todayModel()->idAt(row), proposal.current.at(row));
            const int shift = proposal.currentIndex(id) - proposal.proposedIndex(id);
            const QModelIndex move = dialog.proposedModel()->index(row, ProposalModel::MoveColumn);
            QCOMPARE(move.data(ProposalModel::ShiftRole).toInt(), shift);
            QCOMPARE(move.data(ProposalModel::ItemIdRole).toLongLong(), id);
            const QString arrow = shift > 0 ? QStringLiteral("▲ %1").arg(shift)
                                  : shift < 0 ? QStringLiteral("▼ %1").arg(-shift)
                                              : QString();
            QCOMPARE(move.data().toString(), arrow);
            QCOMPARE(dialog.proposedModel()->index(row, ProposalModel::TitleColumn).data().toString(),
                     titlesOf(b.doc(), {id}).front());
            QCOMPARE(dialog.proposedModel()->index(row, ProposalModel::PlaceColumn).data().toString(),
                     QLocale().toString(row + 1));
        }
    };
    checkSides(Scheme::Wsjf);
    const int h = dialog.proposedModel()->rowOf(b.id("H"));
    QCOMPARE(h, int(dialog.proposal().proposed.size()) - 1); // unscored: last
    QCOMPARE(dialog.proposedModel()->index(h, ProposalModel::BasisColumn).data().toString(), QStringLiteral("–"));

    // Only the proposed side drags, only today's side takes drops.
    const QModelIndex proposedItem = dialog.proposedModel()->index(0, ProposalModel::TitleColumn);
    const QModelIndex todayItem = dialog.todayModel()->index(0, ProposalModel::TitleColumn);
    QVERIFY(dialog.proposedModel()->flags(proposedItem).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(!dialog.todayModel()->flags(todayItem).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(dialog.todayModel()->flags({}).testFlag(Qt::ItemIsDropEnabled));
    QVERIFY(!dialog.proposedModel()->flags({}).testFlag(Qt::ItemIsDropEnabled));

    for (Scheme scheme : Prioritization::allSchemes) {
        dialog.setScheme(scheme);
        QCOMPARE(dialog.scheme(), scheme);
        checkSides(scheme);
    }

    // Through recomputes after backlog changes: a score, a new item, an archived item.
    dialog.setScheme(Scheme::Wsjf);
    QVERIFY(Commands::setScore(b.doc().commands(), {b.id("H")}, Field::BusinessValueField, 20));
    QVERIFY(Commands::setScore(b.doc().commands(), {b.id("H")}, Field::TimeCriticalityField, 20));
    QVERIFY(Commands::setScore(b.doc().commands(), {b.id("H")}, Field::RiskReductionField, 20));
    QVERIFY(Commands::setScore(b.doc().commands(), {b.id("H")}, Field::JobSizeField, 1.0));
    QTRY_COMPARE(dialog.proposedModel()->rowOf(b.id("H")), 0); // WSJF 60: first
    checkSides(Scheme::Wsjf);

    BacklogItem added;
    added.title = QStringLiteral("K");
    QVERIFY(Commands::createItem(b.doc().commands(), added, std::nullopt));
    QTRY_COMPARE(dialog.todayModel()->rowCount(), 9);
    checkSides(Scheme::Wsjf);

    QVERIFY(Commands::archiveItems(b.doc().commands(), {b.id("B"), b.id("E")}));
    QTRY_COMPARE(dialog.todayModel()->rowCount(), 7);
    checkSides(Scheme::Wsjf);

    b.doc().undoStack()->undo();
    QTRY_COMPARE(dialog.proposedModel()->rowCount(), 9);
    checkSides(Scheme::Wsjf);
}

void TestProposalDialog::applyAllIsOneUndoStep_data()
{
    QTest::addColumn<int>("scheme");
    for (Scheme scheme : Prioritization::allSchemes)
        QTest::newRow(qPrintable(Prioritization::displayName(scheme))) << int(scheme);
}

void TestProposalDialog::applyAllIsOneUndoStep()
{
    QFETCH(int, scheme);
    Backlog b;
    ProductDocument &doc = b.doc();
    ProposalDialog dialog(&doc);
    dialog.setScheme(Scheme(scheme));
    QCOMPARE(int(dialog.scheme()), scheme);

    const Prioritization::Proposal before = dialog.proposal();
    QVERIFY(!before.isRefused());
    QCOMPARE(before.current.size(), 8);
    QVERIFY(before.movedCount() > 0); // else applying proves nothing
    QVERIFY(dialog.applyButton()->isEnabled());
    QVERIFY(!dialog.summaryLabel()->text().isEmpty());

    const QList<ItemId> today = backlogOrder(doc);
    QHash<ItemId, int> fixedRows; // the items a proposal never moves
    for (int row = 0; row < doc.backlogModel()->rowCount(); ++row) {
        if (!Readiness::isPlannable(doc.backlogModel()->rowAt(row)))
            fixedRows.insert(doc.backlogModel()->rowAt(row).id, row);
    }
    QCOMPARE(fixedRows.size(), 3);
    const int stepsBefore = steps(doc);
    const int decisionsBefore = int(decisionsOf(doc).size());

    dialog.applyAll();

    QCOMPARE(titlesOf(doc, plannableOrder(doc)), titlesOf(doc, before.proposed));
    for (auto it = fixedRows.cbegin(); it != fixedRows.cend(); ++it)
        QCOMPARE(doc.backlogModel()->rowOf(it.key()), it.value());
    for (const Dependency &dependency : doc.editor()->dependencies())
        QVERIFY(doc.backlogModel()->rowOf(dependency.dependsOnId) < doc.backlogModel()->rowOf(dependency.itemId));
    QCOMPARE(fileOrder(doc), backlogOrder(doc));
    const QList<ItemId> applied = backlogOrder(doc);
    QVERIFY(applied != today);

    QCOMPARE(steps(doc), stepsBefore + 1);
    QCOMPARE(doc.undoStack()->undoText(),
             QStringLiteral("Apply the Proposed Order (%1)").arg(Prioritization::displayName(Scheme(scheme))));
    const QList<Decision> decisions = decisionsOf(doc);
    QCOMPARE(decisions.size(), decisionsBefore + 1);
    QCOMPARE(decisions.front().decision,
             QStringLiteral("Applied the proposed order (%1)").arg(Prioritization::displayName(Scheme(scheme))));
    QVERIFY(!decisions.front().itemId.has_value()); // the whole backlog

    // The dialog follows: nothing left to apply.
    QTRY_COMPARE(dialog.proposal().movedCount(), 0);
    QVERIFY(!dialog.applyButton()->isEnabled());
    QCOMPARE(titlesOf(doc, dialog.proposal().proposed), titlesOf(doc, before.proposed));

    doc.undoStack()->undo();
    QCOMPARE(titlesOf(doc, backlogOrder(doc)), titlesOf(doc, today));
    QCOMPARE(fileOrder(doc), today);
    QCOMPARE(decisionsOf(doc).size(), decisionsBefore);
    QTRY_COMPARE(dialog.proposal().movedCount(), before.movedCount());
    QVERIFY(dialog.applyButton()->isEnabled());

    doc.undoStack()->redo();
    QCOMPARE(titlesOf(doc, backlogOrder(doc)), titlesOf(doc, applied));
    QCOMPARE(decisionsOf(doc).size(), decisionsBefore + 1);
    QTRY_COMPARE(dialog.proposal().movedCount(), 0);
}

void TestProposalDialog::applyAllAsksForTheReasoning_data()
{
    QTest::addColumn<bool>("record");
    QTest::newRow("recorded") << true;
    QTest::newRow("cancelled") << false;
}

void TestProposalDialog::applyAllAsksForTheReasoning()
{
    QFETCH(bool, record);
    Backlog b;
    ProductDocument &doc = b.doc();
    ProposalDialog dialog(&doc);
    dialog.setScheme(Scheme::Wsjf);
    const QList<ItemId> today = backlogOrder(doc);
    const QList<ItemId> proposed = dialog.proposal().proposed;
    const int stepsBefore = steps(doc);
    DecisionPrompt::setAsks(true);

    bool handled = false;
    whenModalDialog(QStringLiteral("decisionDialog"), [record](QDialog *prompt) {
        prompt->findChild<QPlainTextEdit *>(QStringLiteral("reasoning"))->setPlainText(QStringLiteral("Release 2 needs the checkout first"));
        prompt->findChild<QComboBox *>(QStringLiteral("stakeholder"))->setCurrentText(QStringLiteral("Head of Sales"));
        if (record)
            prompt->accept();
        else
            prompt->reject();
    }, &handled);
    dialog.applyAll();
    QVERIFY(handled);

    if (!record) {
        QCOMPARE(backlogOrder(doc), today);
        QCOMPARE(steps(doc), stepsBefore);
        QVERIFY(decisionsOf(doc).isEmpty());
        return;
    }
    QCOMPARE(titlesOf(doc, plannableOrder(doc)), titlesOf(doc, proposed));
    QCOMPARE(steps(doc), stepsBefore + 1);
    const QList<Decision> decisions = decisionsOf(doc);
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(decisions.front().reasoning, QStringLiteral("Release 2 needs the checkout first"));
    QCOMPARE(decisions.front().stakeholder, QStringLiteral("Head of Sales"));
    QVERIFY(!decisions.front().itemId.has_value());
    QVERIFY(DecisionPrompt::asks()); // "ask every time" stayed ticked
}

namespace {

// Where the application should put `ids` when moved one by one, in proposed
// order, to their proposed places (as Prioritization::toProposedPlace defines it).
QList<ItemId> expectedAfterMovingAcross(QList<ItemId> order, const Prioritization::Proposal &proposal, QList<ItemId> ids)
{
    std::sort(ids.begin(), ids.end(), [&proposal](ItemId a, ItemId c) {
        return proposal.proposedIndex(a) < proposal.proposedIndex(c);
    });
    for (ItemId id : std::as_const(ids)) {
        const int to = proposal.proposedIndex(id);
        ItemId anchor = 0;
        if (to > 0) {
            anchor = proposal.proposed.at(to - 1);
        } else {
            const qsizetype first = order.indexOf(proposal.current.front());
            anchor = first > 0 ? order.at(first - 1) : 0;
            if (anchor == id)
                continue;
        }
        order.removeAll(id);
        order.insert(anchor == 0 ? 0 : order.indexOf(anchor) + 1, id);
    }
    return order;
}

} // namespace

void TestProposalDialog::moveSelectedAcross_data()
{
    QTest::addColumn<QStringList>("moving");
    // WSJF proposes D, A, Dependent, B, G, E, J, H.
    QTest::newRow("to the top, below the sprint's item") << QStringList{"D"};
    QTest::newRow("below its proposed neighbour") << QStringList{"B"};
    QTest::newRow("unscored to the bottom") << QStringList{"H"};
    QTest::newRow("two at once") << QStringList{"J", "D"};
}

void TestProposalDialog::moveSelectedAcross()
{
    QFETCH(QStringList, moving);
    Backlog b;
    ProductDocument &doc = b.doc();
    ProposalDialog dialog(&doc);
    dialog.setScheme(Scheme::Wsjf);
    const Prioritization::Proposal proposal = dialog.proposal();
    QCOMPARE(titlesOf(doc, proposal.proposed), (QStringList{"D", "A", "Dependent", "B", "G", "E", "J", "H"}));

    QVERIFY(!dialog.moveAcrossButton()->isEnabled()); // nothing selected yet
    QList<ItemId> ids;
    QItemSelection selection;
    for (const QString &title : moving) {
        const ItemId id = b.ids.value(title);
        ids.append(id);
        const int row = dialog.proposedModel()->rowOf(id);
        selection.select(dialog.proposedModel()->index(row, 0),
                         dialog.proposedModel()->index(row, ProposalModel::ColumnCount - 1));
    }
    dialog.proposedView()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    // Today's side shows the same items selected.
    QList<ItemId> followed;
    for (const QModelIndex &index : dialog.todayView()->selectionModel()->selectedRows())
        followed.append(dialog.todayModel()->idAt(index.row()));
    QCOMPARE(QSet<ItemId>(followed.cbegin(), followed.cend()), QSet<ItemId>(ids.cbegin(), ids.cend()));
    QVERIFY(dialog.moveAcrossButton()->isEnabled());

    const QList<ItemId> today = backlogOrder(doc);
    const QList<ItemId> expected = expectedAfterMovingAcross(today, proposal, ids);
    QVERIFY(expected != today);
    const int stepsBefore = steps(doc);

    dialog.moveSelectedAcross();

    QCOMPARE(titlesOf(doc, backlogOrder(doc)), titlesOf(doc, expected));
    QCOMPARE(without(backlogOrder(doc), ids), without(today, ids)); // the others keep their order
    QCOMPARE(fileOrder(doc), backlogOrder(doc));
    QCOMPARE(steps(doc), stepsBefore + 1);
    QVERIFY(decisionsOf(doc).isEmpty()); // a move, not a decision

    // The proposal follows, keeping the moved items selected.
    QTRY_COMPARE(titlesOf(doc, dialog.proposal().current), titlesOf(doc, plannableOrder(doc)));
    QList<ItemId> selected;
    for (const QModelIndex &index : dialog.proposedView()->selectionModel()->selectedRows())
        selected.append(dialog.proposedModel()->idAt(index.row()));
    QCOMPARE(QSet<ItemId>(selected.cbegin(), selected.cend()), QSet<ItemId>(ids.cbegin(), ids.cend()));

    doc.undoStack()->undo();
    QCOMPARE(titlesOf(doc, backlogOrder(doc)), titlesOf(doc, today));
    doc.undoStack()->redo();
    QCOMPARE(titlesOf(doc, backlogOrder(doc)), titlesOf(doc, expected));
}

void TestProposalDialog::dropOnToday_data()
{
    QTest::addColumn<QStringList>("dropped"); // in the order the drag carries them
    QTest::addColumn<int>("row");             // on today's side (-1: below the last)
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("moves");

    // Today: Sprint work, A, B, Epic, D, E, Finished, G, H, Dependent, J
    QTest::newRow("at the top, below the sprint's item")
        << QStringList{"J"} << 0
        << QStringList{"Sprint work", "J", "A", "B", "Epic", "D", "E", "Finished", "G", "H", "Dependent"} << true;
    QTest::newRow("between two items")
        << QStringList{"J"} << 2
        << QStringList{"Sprint work", "A", "B", "J", "Epic", "D", "E", "Finished", "G", "H", "Dependent"} << true;
    QTest::newRow("below the last")
        << QStringList{"B"} << -1
        << QStringList{"Sprint work", "A", "Epic", "D", "E", "Finished", "G", "H", "Dependent", "J", "B"} << true;
    QTest::newRow("where it is")
        << QStringList{"A"} << 0
        << QStringList{"Sprint work", "A", "B", "Epic", "D", "E", "Finished", "G", "H", "Dependent", "J"} << false;
    // Dragged from the proposal (D above B there): they arrive in that order.
    QTest::newRow("two, in the proposed order")
        << QStringList{"D", "B"} << 0
        << QStringList{"Sprint work", "D", "B", "A", "Epic", "E", "Finished", "G", "H", "Dependent", "J"} << true;
}

void TestProposalDialog::dropOnToday()
{
    QFETCH(QStringList, dropped);
    QFETCH(int, row);
    QFETCH(QStringList, expected);
    QFETCH(bool, moves);
    Backlog b;
    ProductDocument &doc = b.doc();
    ProposalDialog dialog(&doc);
    dialog.setScheme(Scheme::Wsjf);
    ProposalModel *today = dialog.todayModel();

    QList<ItemId> ids;
    for (const QString &title : dropped)
        ids.append(b.ids.value(title));
    if (dropped.size() > 1) {
        // The drag is what the proposed side makes of the selection.
        QModelIndexList indexes;
        for (ItemId id : std::as_const(ids))
            indexes.append(dialog.proposedModel()->index(dialog.proposedModel()->rowOf(id), ProposalModel::TitleColumn));
        std::unique_ptr<QMimeData> drag(dialog.proposedModel()->mimeData(indexes));
        QCOMPARE(BacklogModel::itemIdsFromMimeData(drag.get()), ids);
    }
    std::unique_ptr<QMimeData> data(BacklogModel::mimeDataFor(ids));
    const QList<ItemId> before = backlogOrder(doc);
    const int stepsBefore = steps(doc);

    QVERIFY(today->canDropMimeData(data.get(), Qt::CopyAction, row, 0, {}));
    QVERIFY(today->dropMimeData(data.get(), Qt::CopyAction, row, 0, {}));

    QCOMPARE(titlesOf(doc, backlogOrder(doc)), expected);
    QCOMPARE(fileOrder(doc), backlogOrder(doc));
    QCOMPARE(steps(doc), stepsBefore + (moves ? 1 : 0));
    if (!moves)
        return;
    QTRY_COMPARE(titlesOf(doc, today->proposal().current), titlesOf(doc, plannableOrder(doc)));
    doc.undoStack()->undo();
    QCOMPARE(backlogOrder(doc), before);
}

void TestProposalDialog::invalidDropsChangeNothing()
{
    Backlog b;
    ProductDocument &doc = b.doc();
    ProposalDialog dialog(&doc);
    const QList<ItemId> before = backlogOrder(doc);
    const int stepsBefore = steps(doc);
    std::unique_ptr<QMimeData> plannable(BacklogModel::mimeDataFor({b.id("J")}));
    std::unique_ptr<QMimeData> inSprint(BacklogModel::mimeDataFor({b.id("J"), b.id("Sprint work")}));
    QMimeData text;
    text.setText(QStringLiteral("J"));

    QVERIFY(!dialog.proposedModel()->canDropMimeData(plannable.get(), Qt::CopyAction, 0, 0, {}));
    QVERIFY(!dialog.proposedModel()->dropMimeData(plannable.get(), Qt::CopyAction, 0, 0, {}));
    QVERIFY(!dialog.todayModel()->dropMimeData(inSprint.get(), Qt::CopyAction, 0, 0, {}));
    QVERIFY(!dialog.todayModel()->dropMimeData(&text, Qt::CopyAction, 0, 0, {}));
    QCOMPARE(backlogOrder(doc), before);
    QCOMPARE(steps(doc), stepsBefore);
}

void TestProposalDialog::dependencyCycleIsRefused_data()
{
    QTest::addColumn<bool>("indirect");
    QTest::newRow("each on the other") << false;
    QTest::newRow("through a third item") << true;
}

void TestProposalDialog::dependencyCycleIsRefused()
{
    // Ordo refuses a dependency that would close a cycle when it is added.
    QFETCH(bool, indirect);
    TestDocument t;
    const QList<ItemId> ids = t.addItems(3);
    QVERIFY(Commands::addDependency(t.commands(), ids.at(1), ids.at(0))); // 2 waits for 1
    if (indirect)
        QVERIFY(Commands::addDependency(t.commands(), ids.at(2), ids.at(1))); // 3 waits for 2
    const int stepsBefore = steps(t.doc());
    const auto dependencies = t.doc().editor()->dependencies().size();

    const Status refused = Commands::addDependency(t.commands(), ids.at(0), ids.at(indirect ? 2 : 1));
    QVERIFY(!refused);
    QVERIFY(refused.errorMessage().contains(QStringLiteral("cycle")));
    QCOMPARE(steps(t.doc()), stepsBefore);
    QCOMPARE(t.doc().editor()->dependencies().size(), dependencies);
    QCOMPARE(ItemRepository(t.doc().database()).dependencies().value_or({}).size(), dependencies);
}

void TestProposalDialog::cycleInTheFileRefusesTheProposal()
{
    // A cycle Ordo would not create (e.g. written by another tool) refuses the proposal.
    Backlog b;
    ProductDocument &doc = b.doc();
    QVERIFY(Sql::exec(doc.database().connection(),
                      QStringLiteral("INSERT INTO dependency (item_id, depends_on_id) VALUES (?, ?)"),
                      {b.id("A"), b.id("Dependent")}));
    QString error;
    QVERIFY2(doc.reload(&error), qPrintable(error));
    QCOMPARE(doc.editor()->dependencies().size(), 2);

    ProposalDialog dialog(&doc);
    QAbstractItemModelTester tester(dialog.proposedModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.setScheme(Scheme::Wsjf);
    const Prioritization::Proposal &proposal = dialog.proposal();
    QVERIFY(proposal.isRefused());
    QCOMPARE(QSet<ItemId>(proposal.cycle.cbegin(), proposal.cycle.cend()), (QSet<ItemId>{b.id("A"), b.id("Dependent")}));
    QCOMPARE(proposal.proposed, proposal.current);
    QCOMPARE(dialog.summaryLabel()->text(), QStringLiteral("No order can be proposed"));
    QVERIFY(!dialog.applyButton()->isEnabled());
    QVERIFY(!dialog.proposedModel()->flags(dialog.proposedModel()->index(0, 0)).testFlag(Qt::ItemIsDragEnabled));

    const QList<ItemId> before = backlogOrder(doc);
    dialog.proposedView()->selectRow(0);
    dialog.applyAll();
    dialog.moveSelectedAcross();
    QCOMPARE(backlogOrder(doc), before);
    QCOMPARE(steps(doc), 0);
    QVERIFY(decisionsOf(doc).isEmpty());

    // Removing one of the two dependencies lets Ordo propose again.
    QVERIFY(Commands::removeDependency(doc.commands(), b.id("A"), b.id("Dependent")));
    QTRY_VERIFY(!dialog.proposal().isRefused());
    QVERIFY(dialog.applyButton()->isEnabled());
}

QTEST_MAIN(TestProposalDialog)
#include "tst_proposaldialog.moc"
