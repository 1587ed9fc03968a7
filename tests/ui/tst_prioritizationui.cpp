#include "backlog/backlogitemdelegate.h"
#include "backlog/backlogmodel.h"
#include "decisionprompt.h"
#include "dialogs/cleanupdialog.h"
#include "dialogs/scoredialog.h"
#include "health/healthpanel.h"
#include "storage/itemrepository.h"
#include "testdocument.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Ordo;
using Field = ChangeFieldCommand::Field;

// The prioritization UI around the backlog: the decision prompt, multi-item
// scoring, the Goal column, the health panel and the guided clean-up.
// (The proposed-order dialog has tst_proposaldialog.)
class TestPrioritizationUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void decisionPromptAsks_data();
    void decisionPromptAsks();
    void scoreSeveralItemsInOneStep();
    void numberScoresEditInTheUsersLocale_data();
    void numberScoresEditInTheUsersLocale();
    void wontRecordsOneDecisionPerItem_data();
    void wontRecordsOneDecisionPerItem();
    void scoreDialogChanges_data();
    void scoreDialogChanges();
    void goalColumnIsACheckBox();

    void healthListsUnestimatedItemsNearTheTop();
    void cleanUpArchivesTheChosenItems();
};

void TestPrioritizationUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OrdoTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_prioritizationui"));
}

void TestPrioritizationUi::init()
{
    // Decisions are recorded without the dialog unless a test asks for it.
    DecisionPrompt::setAsks(false);
}

void TestPrioritizationUi::cleanup()
{
    DecisionPrompt::setAsks(false);
}

// ---------------------------------------------------------------------------
// Decisions and scoring

void TestPrioritizationUi::decisionPromptAsks_data()
{
    QTest::addColumn<QString>("button"); // record, skip or cancel
    QTest::addColumn<bool>("archived");
    QTest::addColumn<bool>("recorded");
    QTest::newRow("record") << QStringLiteral("record") << true << true;
    QTest::newRow("don't record") << QStringLiteral("skip") << true << false;
    QTest::newRow("cancel") << QStringLiteral("cancel") << false << false;
}

void TestPrioritizationUi::decisionPromptAsks()
{
    QFETCH(QString, button);
    QFETCH(bool, archived);
    QFETCH(bool, recorded);
    TestDocument t;
    const QList<ItemId> ids = t.addItems(3);
    DecisionPrompt::setAsks(true);

    bool handled = false;
    whenModalDialog(QStringLiteral("decisionDialog"), [button](QDialog *dialog) {
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasoning"))->setPlainText(QStringLiteral("Only one customer asked"));
        dialog->findChild<QComboBox *>(QStringLiteral("stakeholder"))->setCurrentText(QStringLiteral("Customer Care"));
        if (button == QStringLiteral("record")) {
            dialog->accept();
        } else if (button == QStringLiteral("cancel")) {
            dialog->reject();
        } else {
            for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
                if (b->text() == QStringLiteral("Don't Record"))
                    b->click();
            }
        }
    }, &handled);
    QVERIFY(DecisionPrompt::archive(t.commands(), {ids.at(1)}));
    QVERIFY(handled);

    const BacklogModel *model = t.doc().backlogModel();
    QCOMPARE(model->rowOf(ids.at(1)) < 0, archived);
    QCOMPARE(steps(t.doc()), archived ? 1 : 0);
    const QList<Decision> decisions = decisionsOf(t.doc());
    QCOMPARE(decisions.size(), recorded ? 1 : 0);
    if (recorded) {
        QCOMPARE(decisions.front().decision, QStringLiteral("Archived"));
        QCOMPARE(decisions.front().itemId, std::optional<qint64>(ids.at(1)));
        QCOMPARE(decisions.front().reasoning, QStringLiteral("Only one customer asked"));
        QCOMPARE(decisions.front().stakeholder, QStringLiteral("Customer Care"));
        QCOMPARE(DecisionPrompt::knownStakeholders(*t.doc().editor()), QStringList{"Customer Care"});
    }
    QVERIFY(DecisionPrompt::asks());
    if (!archived)
        return;
    t.doc().undoStack()->undo(); // the archive and its decision together
    QCOMPARE(t.modelTitles(), (QStringList{"Item 1", "Item 2", "Item 3"}));
    QCOMPARE(t.fileTitles(), t.modelTitles());
    QVERIFY(decisionsOf(t.doc()).isEmpty());
}

void TestPrioritizationUi::numberScoresEditInTheUsersLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("shown"); // 2.5 in the editor
    QTest::addColumn<QString>("typed");
    QTest::addColumn<double>("stored");
    QTest::newRow("English") << QStringLiteral("en_US") << QStringLiteral("2.5") << QStringLiteral("3.25") << 3.25;
    QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("2,5") << QStringLiteral("3,25") << 3.25;
    QTest::newRow("cleared") << QStringLiteral("de_DE") << QStringLiteral("2,5") << QString() << -1.0;
}

// The table's number cells (job size, value, effort) open and save in the user's locale.
void TestPrioritizationUi::numberScoresEditInTheUsersLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, shown);
    QFETCH(QString, typed);
    QFETCH(double, stored);
    const QLocale previous;
    QLocale::setDefault(QLocale(locale));
    const auto restore = qScopeGuard([&previous] { QLocale::setDefault(previous); });

    TestDocument t;
    const ItemId id = t.addItems(1).front();
    QVERIFY(Commands::setScore(t.commands(), {id}, Field::ValueField, 2.5));
    BacklogModel *model = t.doc().backlogModel();
    const QModelIndex cell = model->index(model->rowOf(id), BacklogModel::ValueColumn);
    BacklogItemDelegate delegate;
    QWidget parent;
    std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, {}, cell));
    auto *line = qobject_cast<QLineEdit *>(editor.get());
    QVERIFY(line);
    delegate.setEditorData(line, cell);
    QCOMPARE(line->text(), shown);
    line->setText(typed);
    delegate.setModelData(line, model, cell);
    const auto loaded = ItemRepository(t.doc().database()).load(id);
    QVERIFY(loaded);
    QCOMPARE(loaded->scores.value, stored < 0 ? std::nullopt : std::optional<double>(stored));
}

void TestPrioritizationUi::scoreSeveralItemsInOneStep()
{
    TestDocument t;
    const QList<ItemId> ids = t.addItems(5);
    BacklogModel *model = t.doc().backlogModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<ItemId> three = ids.mid(0, 3);
    const auto wsjfShown = [model](ItemId id) {
        return model->index(model->rowOf(id), BacklogModel::WsjfColumn).data().toString();
    };
    for (ItemId id : ids)
        QCOMPARE(wsjfShown(id), QStringLiteral("–"));

    QVERIFY(DecisionPrompt::setScores(t.commands(), three,
                                      {{Field::BusinessValueField, 8},
                                       {Field::TimeCriticalityField, 5},
                                       {Field::RiskReductionField, 3},
                                       {Field::JobSizeField, 2.0}}));
    QCOMPARE(steps(t.doc()), 1);
    for (ItemId id : three) {
        const BacklogRow &row = model->rowAt(model->rowOf(id));
        QCOMPARE(int(row.businessValue), 8);
        QCOMPARE(int(row.timeCriticality), 5);
        QCOMPARE(int(row.riskReduction), 3);
        QCOMPARE(double(row.jobSize), 2.0);
        QCOMPARE(wsjfShown(id), QLocale().toString(8.0, 'f', 1)); // (8 + 5 + 3) / 2
        QCOMPARE(ItemRepository(t.doc().database()).load(id)->scores.businessValue, std::optional<int>(8));
    }
    // Unscored: a dash, never a zero.
    QCOMPARE(wsjfShown(ids.at(3)), QStringLiteral("–"));
    QCOMPARE(model->index(model->rowOf(ids.at(3)), BacklogModel::ValueForEffortColumn).data().toString(),
             QStringLiteral("–"));
    // A job size of zero gives no WSJF either.
    QVERIFY(DecisionPrompt::setScores(t.commands(), {ids.at(4)},
                                      {{Field::BusinessValueField, 8},
                                       {Field::TimeCriticalityField, 5},
                                       {Field::RiskReductionField, 3},
                                       {Field::JobSizeField, 0.0}}));
    QCOMPARE(wsjfShown(ids.at(4)), QStringLiteral("–"));
    QCOMPARE(steps(t.doc()), 2);
    t.doc().undoStack()->undo();

    t.doc().undoStack()->undo(); // one step for all three items and all four fields
    QCOMPARE(steps(t.doc()), 2);
    QCOMPARE(t.doc().undoStack()->index(), 0);
    for (ItemId id : three) {
        const BacklogRow &row = model->rowAt(model->rowOf(id));
        QCOMPARE(int(row.businessValue), 0);
        QCOMPARE(int(row.timeCriticality), 0);
        QCOMPARE(int(row.riskReduction), 0);
        QVERIFY(std::isnan(row.jobSize));
        QCOMPARE(wsjfShown(id), QStringLiteral("–"));
        QCOMPARE(ItemRepository(t.doc().database()).load(id)->scores.businessValue, std::nullopt);
    }
    QVERIFY(decisionsOf(t.doc()).isEmpty());
}

void TestPrioritizationUi::wontRecordsOneDecisionPerItem_data()
{
    QTest::addColumn<int>("alreadyWont"); // index of an item already Won't, or -1
    QTest::newRow("none yet") << -1;
    QTest::newRow("one already") << 1;
}

void TestPrioritizationUi::wontRecordsOneDecisionPerItem()
{
    QFETCH(int, alreadyWont);
    TestDocument t;
    const QList<ItemId> ids = t.addItems(4);
    const QList<ItemId> three = ids.mid(0, 3);
    if (alreadyWont >= 0)
        QVERIFY(Commands::setScore(t.commands(), {ids.at(alreadyWont)}, Field::MoscowField, int(MoSCoW::Wont)));
    const int stepsBefore = steps(t.doc());

    QVERIFY(DecisionPrompt::setScores(t.commands(), three,
                                      {{Field::MoscowField, int(MoSCoW::Wont)}, {Field::BusinessValueField, 13}}));

    QCOMPARE(steps(t.doc()), stepsBefore + 1);
    const BacklogModel *model = t.doc().backlogModel();
    for (ItemId id : three) {
        QCOMPARE(int(model->rowAt(model->rowOf(id)).moscow), int(MoSCoW::Wont));
        QCOMPARE(int(model->rowAt(model->rowOf(id)).businessValue), 13);
    }
    QCOMPARE(int(model->rowAt(model->rowOf(ids.at(3))).moscow), -1);
    QSet<ItemId> decided;
    for (const Decision &decision : decisionsOf(t.doc())) {
        QCOMPARE(decision.decision, QStringLiteral("Won't have this time"));
        QVERIFY(decision.itemId.has_value());
        decided.insert(*decision.itemId);
    }
    QSet<ItemId> expected(three.cbegin(), three.cend());
    if (alreadyWont >= 0)
        expected.remove(ids.at(alreadyWont));
    QCOMPARE(decided, expected);
    QCOMPARE(int(decisionsOf(t.doc()).size()), int(expected.size()));

    t.doc().undoStack()->undo();
    QVERIFY(decisionsOf(t.doc()).isEmpty());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(int(model->rowAt(model->rowOf(ids.at(i))).moscow), i == alreadyWont ? int(MoSCoW::Wont) : -1);
}

void TestPrioritizationUi::scoreDialogChanges_data()
{
    QTest::addColumn<int>("field"); // -1: nothing touched
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("changes");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("canScore");

    // Boxes: "keep", "none" (Not scored) or the data of a choice.
    const int moscow = int(Field::MoscowField);
    QTest::newRow("nothing touched") << -1 << QString() << false << QVariant() << false;
    QTest::newRow("MoSCoW Must") << moscow << QString::number(int(MoSCoW::Must)) << true << QVariant(int(MoSCoW::Must)) << true;
    QTest::newRow("MoSCoW kept") << moscow << QStringLiteral("keep") << false << QVariant() << false;
    QTest::newRow("MoSCoW cleared") << moscow << QStringLiteral("none") << true << QVariant() << true;
    QTest::newRow("business value 8") << int(Field::BusinessValueField) << QStringLiteral("8") << true << QVariant(8) << true;
    QTest::newRow("time criticality cleared") << int(Field::TimeCriticalityField) << QStringLiteral("none") << true << QVariant() << true;
    QTest::newRow("Kano delighter") << int(Field::KanoField) << QString::number(int(KanoCategory::Delighter)) << true
                                    << QVariant(int(KanoCategory::Delighter)) << true;
    QTest::newRow("job size 2.5") << int(Field::JobSizeField) << QLocale().toString(2.5) << true << QVariant(2.5) << true;
    QTest::newRow("value 0") << int(Field::ValueField) << QStringLiteral("0") << true << QVariant(0.0) << true;
    QTest::newRow("effort left empty") << int(Field::EffortField) << QString() << false << QVariant() << false;
    QTest::newRow("effort not a number") << int(Field::EffortField) << QStringLiteral("-3") << false << QVariant() << false;
    QTest::newRow("goal ticked") << int(Field::ServesGoalField) << QStringLiteral("checked") << true << QVariant(true) << true;
    QTest::newRow("goal unticked") << int(Field::ServesGoalField) << QStringLiteral("unchecked") << true << QVariant(false) << true;
    QTest::newRow("goal partly ticked") << int(Field::ServesGoalField) << QStringLiteral("partial") << false << QVariant() << false;
}

void TestPrioritizationUi::scoreDialogChanges()
{
    QFETCH(int, field);
    QFETCH(QString, input);
    QFETCH(bool, changes);
    QFETCH(QVariant, value);
    QFETCH(bool, canScore);

    ScoreDialog dialog(3);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok);
    QCOMPARE(dialog.goalBox()->checkState(), Qt::PartiallyChecked);
    QVERIFY(dialog.changes().isEmpty());
    QVERIFY(!ok->isEnabled());

    if (field >= 0) {
        const Field f = Field(field);
        if (f == Field::ServesGoalField) {
            dialog.goalBox()->setCheckState(input == QStringLiteral("checked") ? Qt::Checked
                                            : input == QStringLiteral("unchecked") ? Qt::Unchecked
                                                                                    : Qt::PartiallyChecked);
        } else if (QComboBox *box = dialog.box(f)) {
            QVERIFY(!dialog.numberEdit(f));
            if (input != QStringLiteral("keep")) // changed away first, so going back counts
                box->setCurrentIndex(box->count() - 1);
            const int index = input == QStringLiteral("keep")   ? 0
                              : input == QStringLiteral("none") ? 1
                                                                 : box->findData(input.toInt());
            QVERIFY(index >= 0);
            box->setCurrentIndex(index);
        } else {
            QLineEdit *edit = dialog.numberEdit(f);
            QVERIFY(edit);
            edit->setText(input);
        }
    }

    const QList<ScoreDialog::Change> result = dialog.changes();
    QCOMPARE(result.size(), changes ? 1 : 0);
    if (changes) {
        QCOMPARE(int(result.front().first), field);
        QCOMPARE(result.front().second.isValid(), value.isValid());
        if (value.isValid())
            QCOMPARE(result.front().second, value);
    }
    QCOMPARE(ok->isEnabled(), canScore);
}

void TestPrioritizationUi::goalColumnIsACheckBox()
{
    TestDocument t;
    const QList<ItemId> ids = t.addItems(3);
    BacklogModel *model = t.doc().backlogModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex goal = model->index(1, BacklogModel::GoalColumn);
    QVERIFY(model->flags(goal).testFlag(Qt::ItemIsUserCheckable));
    QCOMPARE(goal.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(goal.data(Qt::DisplayRole).toString().isEmpty());
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);

    QVERIFY(model->setData(goal, int(Qt::Checked), Qt::CheckStateRole));
    QVERIFY(model->rowAt(1).servesGoal);
    QCOMPARE(goal.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(ItemRepository(t.doc().database()).load(ids.at(1))->servesGoal);
    QVERIFY(!model->rowAt(0).servesGoal);
    QVERIFY(!model->rowAt(2).servesGoal);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(steps(t.doc()), 1);

    t.doc().undoStack()->undo();
    QVERIFY(!model->rowAt(1).servesGoal);
    QCOMPARE(goal.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(!ItemRepository(t.doc().database()).load(ids.at(1))->servesGoal);
    t.doc().undoStack()->redo();
    QVERIFY(model->rowAt(1).servesGoal);

    // Unticking is an edit too.
    QVERIFY(model->setData(goal, int(Qt::Unchecked), Qt::CheckStateRole));
    QVERIFY(!model->rowAt(1).servesGoal);
    QVERIFY(!ItemRepository(t.doc().database()).load(ids.at(1))->servesGoal);
}

// ---------------------------------------------------------------------------
// Health and clean-up

void TestPrioritizationUi::healthListsUnestimatedItemsNearTheTop()
{
    TestDocument t;
    const QList<ItemId> ids = t.addItems(12);
    for (int i = 0; i < 12; ++i) {
        if (i != 1 && i != 11)
            QVERIFY(Commands::setEstimate(t.commands(), {ids.at(i)}, 3));
    }
    HealthPanel panel;
    panel.setDocument(&t.doc());
    panel.refresh();
    const auto finding = [&panel]() {
        for (const Health::Finding &f : panel.report().findings) {
            if (f.kind == Health::Kind::UnestimatedNearTop)
                return f;
        }
        return Health::Finding{};
    };
    // Item 12 is not estimated either, but lies below the top ten.
    QCOMPARE(finding().kind, Health::Kind::UnestimatedNearTop);
    QCOMPARE(finding().items, QList<ItemId>{ids.at(1)});
    QCOMPARE(finding().severity, Health::Severity::Warning);

    QPushButton *show = panel.showButton(Health::Kind::UnestimatedNearTop);
    QVERIFY(show);
    QSignalSpy requested(&panel, &HealthPanel::itemsRequested);
    show->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<QList<ItemId>>(), QList<ItemId>{ids.at(1)});

    // Estimating it clears the finding (recomputed on refresh()).
    QVERIFY(Commands::setEstimate(t.commands(), {ids.at(1)}, 5));
    panel.refresh();
    QVERIFY(finding().items.isEmpty());
    QCOMPARE(finding().severity, Health::Severity::Good);
    QVERIFY(!panel.showButton(Health::Kind::UnestimatedNearTop));

    // Shown, the panel recomputes by itself.
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(Commands::moveItems(t.commands(), {ids.at(11)}, 0)); // item 12 to the top
    QTRY_COMPARE(finding().items, QList<ItemId>{ids.at(11)});
    t.doc().undoStack()->undo();
    t.doc().undoStack()->undo(); // item 2's estimate
    QTRY_COMPARE(finding().items, QList<ItemId>{ids.at(1)});
    QVERIFY(panel.showButton(Health::Kind::UnestimatedNearTop));
}

void TestPrioritizationUi::cleanUpArchivesTheChosenItems()
{
    TestDocument t;
    const QList<ItemId> ids = t.addItems(6);
    const QList<ItemId> candidates = ids.mid(2);
    CleanUpDialog dialog(&t.doc(), candidates, 5);
    QAbstractItemModelTester tester(dialog.list()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog.list()->model()->rowCount(), 4);
    QCOMPARE(dialog.list()->model()->index(0, 0).data().toString(), QStringLiteral("3. TST-3 Item 3"));
    QCOMPARE(dialog.chosen(), candidates); // all, to begin with
    QCOMPARE(dialog.archiveButton()->text(), CleanUpDialog::tr("Archive %n Item(s)", nullptr, 4));

    dialog.setChosen(ids.at(3), false);
    QCOMPARE(dialog.chosen(), (QList<ItemId>{ids.at(2), ids.at(4), ids.at(5)}));
    QCOMPARE(dialog.list()->model()->index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(dialog.archiveButton()->text(), CleanUpDialog::tr("Archive %n Item(s)", nullptr, 3));
    QVERIFY(dialog.archiveButton()->isEnabled());
    dialog.reasoningEdit()->setPlainText(QStringLiteral("  Nobody asked again in a year  "));
    dialog.stakeholderBox()->setCurrentText(QStringLiteral("Steering board"));

    dialog.archiveChosen();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(t.modelTitles(), (QStringList{"Item 1", "Item 2", "Item 4"}));
    QCOMPARE(t.fileTitles(), t.modelTitles());
    QCOMPARE(steps(t.doc()), 1);
    const QList<Decision> decisions = decisionsOf(t.doc());
    QCOMPARE(decisions.size(), 3);
    QSet<ItemId> decided;
    for (const Decision &decision : decisions) {
        QCOMPARE(decision.decision, QStringLiteral("Archived in a backlog clean-up"));
        QCOMPARE(decision.reasoning, QStringLiteral("Nobody asked again in a year"));
        QCOMPARE(decision.stakeholder, QStringLiteral("Steering board"));
        decided.insert(decision.itemId.value_or(0));
    }
    QCOMPARE(decided, (QSet<ItemId>{ids.at(2), ids.at(4), ids.at(5)}));

    t.doc().undoStack()->undo();
    QCOMPARE(t.modelTitles(), (QStringList{"Item 1", "Item 2", "Item 3", "Item 4", "Item 5", "Item 6"}));
    QCOMPARE(t.fileTitles(), t.modelTitles());
    QVERIFY(decisionsOf(t.doc()).isEmpty());
    t.doc().undoStack()->redo();
    QCOMPARE(t.modelTitles(), (QStringList{"Item 1", "Item 2", "Item 4"}));
    QCOMPARE(decisionsOf(t.doc()).size(), 3);

    // Choosing none leaves nothing to archive.
    CleanUpDialog none(&t.doc(), {ids.at(0)}, 5);
    for (QPushButton *button : none.findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("Choose &None"))
            button->click();
    }
    QVERIFY(none.chosen().isEmpty());
    QVERIFY(!none.archiveButton()->isEnabled());
    none.archiveChosen();
    QCOMPARE(steps(t.doc()), 1);
    QCOMPARE(t.modelTitles(), (QStringList{"Item 1", "Item 2", "Item 4"}));
}

QTEST_MAIN(TestPrioritizationUi)
#include "tst_prioritizationui.moc"
