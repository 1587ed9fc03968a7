#include "backlog/backlogmodel.h"
#include "backlog/backlogview.h"
#include "backlogactions.h"
#include "backlogeditor.h"
#include "dialogs/productsettingsdialog.h"
#include "dialogs/splitstorydialog.h"
#include "mainwindow.h"
#include "productdocument.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/itemrepository.h"
#include "story/checklisteditor.h"
#include "story/gherkinedit.h"
#include "story/gherkinhighlighter.h"
#include "story/storyeditor.h"

#include <QCheckBox>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QWheelEvent>
#include <QCompleter>
#include <QStringListModel>
#include <QTextBlock>
#include <QTextLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Ordo;

namespace {

// Types text with Return for each line break, as a user would.
void typeText(QWidget *widget, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(widget, Qt::Key_Return);
        QTest::keyClicks(widget, lines.at(i));
    }
}

} // namespace

// Widget tests of the story editor on a real window: typing saves, undo
// restores, criteria problems show, INVEST and readiness follow, split and
// product settings are one undo step each.
class TestStoryEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void followsTheSelection();
    void typingSavesAndUndoRestores();
    void fieldBurstIsOneUndoStep();
    void criteriaProblemsAppear();
    void criteriaAreSavedPerScenario();
    void syntaxErrorsAndAdviceLookDifferent();
    void userStoryVoiceUnderTheFeatureIsADescription();
    void wheelScrollsTheFormNotItsFields();
    void criteriaEditorFollowsTheLanguage_data();
    void criteriaEditorFollowsTheLanguage();
    void investTicksAndReadiness();
    void estimateUsesTheScale();
    void splitIsOneUndoStep_data();
    void splitIsOneUndoStep();
    void productSettingsChangeTheDefinitions();
    void measurementIsUndoable();
    void targetVerdictFollowsTheDirection_data();
    void targetVerdictFollowsTheDirection();

private:
    void selectRow(int row);
    BacklogItem stored(ItemId id) const;
    QUndoStack *stack() const { return m_window->document()->undoStack(); }
    StoryEditor *editor() const { return m_window->storyEditor(); }
    QList<HistoryEntry> measurements(ItemId id) const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QList<ItemId> m_ids;
};

void TestStoryEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OrdoTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_storyeditor"));
}

void TestStoryEditor::init()
{
    static int n = 0;
    const QString path = m_dir.filePath(QStringLiteral("story-%1.ordo").arg(++n));
    m_window = std::make_unique<MainWindow>();
    m_window->startUp(path);
    QList<BacklogItem> items;
    for (int i = 1; i <= 3; ++i) {
        BacklogItem item;
        item.title = QStringLiteral("Story %1").arg(i);
        items.append(item);
    }
    items[0].criteria = {{0, 0, QStringLiteral("Scenario: First\n  Given a\n  When b\n  Then c")},
                         {0, 1, QStringLiteral("Scenario: Second\n  Given d\n  Then e")},
                         {0, 2, QStringLiteral("Scenario: Third\n  Given f\n  Then g")}};
    items[0].estimate = 5;
    QVERIFY(ItemRepository(m_window->document()->database()).createMany(items));
    QVERIFY(m_window->openFile(path));
    m_ids.clear();
    for (const BacklogRow &row : m_window->document()->backlogModel()->rows())
        m_ids.append(row.id);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    selectRow(0);
}

void TestStoryEditor::cleanup() { m_window.reset(); }

void TestStoryEditor::selectRow(int row)
{
    m_window->backlogView()->selectRow(row);
    QCOMPARE(editor()->item(), m_ids.at(row));
}

BacklogItem TestStoryEditor::stored(ItemId id) const
{
    auto item = ItemRepository(m_window->document()->database()).load(id);
    return item ? *item : BacklogItem{};
}

void TestStoryEditor::followsTheSelection()
{
    QCOMPARE(editor()->titleEdit()->text(), QString("Story 1"));
    selectRow(2);
    QCOMPARE(editor()->titleEdit()->text(), QString("Story 3"));
    QVERIFY(editor()->criteriaEdit()->toPlainText().isEmpty());
}

void TestStoryEditor::typingSavesAndUndoRestores()
{
    QLineEdit *role = editor()->roleEdit();
    role->setFocus();
    QTest::keyClicks(role, "busy parent");
    QCOMPARE(stored(m_ids.at(0)).role, QString("busy parent"));
    QVERIFY(m_window->isWindowModified());

    stack()->undo();
    QCOMPARE(stored(m_ids.at(0)).role, QString());
    QTest::qWait(0); // the editor refreshes after the undo
    QCoreApplication::processEvents();
    QCOMPARE(role->text(), QString());
    stack()->redo();
    QCoreApplication::processEvents();
    QCOMPARE(role->text(), QString("busy parent"));

    // The title edits the backlog row too.
    QLineEdit *title = editor()->titleEdit();
    title->selectAll();
    QTest::keyClicks(title, "Repeat my order");
    QCOMPARE(m_window->document()->backlogModel()->rowAt(0).title, QString("Repeat my order"));
}

void TestStoryEditor::fieldBurstIsOneUndoStep()
{
    const int before = stack()->count();
    QTest::keyClicks(editor()->wantEdit(), "to repeat an order");
    QTest::keyClicks(editor()->benefitEdit(), "I save time");
    QCOMPARE(stack()->count(), before + 2); // one step per field burst
    QCOMPARE(stored(m_ids.at(0)).want, QString("to repeat an order"));
    stack()->undo();
    QCOMPARE(stored(m_ids.at(0)).benefit, QString());
    QCOMPARE(stored(m_ids.at(0)).want, QString("to repeat an order"));
}

void TestStoryEditor::criteriaProblemsAppear()
{
    QVERIFY(editor()->criteriaProblems()->isHidden());
    GherkinEdit *criteria = editor()->criteriaEdit();
    criteria->moveCursor(QTextCursor::End);
    typeText(criteria, "\n\nScenario: Fourth\n  Given h\n  When i");
    QVERIFY(!editor()->criteriaProblems()->isHidden());
    // A scenario without Then parses: it is advice, not an error.
    QVERIFY(editor()->criteriaProblems()->text().contains("line 14"));
    QVERIFY(editor()->criteriaProblems()->text().contains("Advice"));
    QVERIFY(!editor()->criteriaProblems()->text().contains("Error"));
    QVERIFY(editor()->criteriaProblems()->text().contains("Fourth"));
    QCoreApplication::processEvents(); // hints refresh once the burst is saved
    QVERIFY(editor()->investHint(InvestQuality::Testable)->text().contains("disagrees"));
    typeText(criteria, "\n  Then j");
    QVERIFY(editor()->criteriaProblems()->isHidden());
}

namespace {

// The colour of the wavy underline on a 1-based line of the editor, or an invalid colour.
QColor underlineOn(const GherkinEdit *edit, int line)
{
    const QTextBlock block = edit->document()->findBlockByNumber(line - 1);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.format.underlineStyle() == QTextCharFormat::WaveUnderline)
            return range.format.underlineColor();
    }
    return {};
}

} // namespace

void TestStoryEditor::syntaxErrorsAndAdviceLookDifferent()
{
    GherkinEdit *criteria = editor()->criteriaEdit();
    criteria->selectAll();
    typeText(criteria, "Scenario: Broken\n  Given a\n  the user clicks\n  Then b\n\nScenario: Weak\n  Given c\n");
    const QString problems = editor()->criteriaProblems()->text();
    QVERIFY2(problems.contains("Error") && problems.contains("line 3"), qPrintable(problems));
    QVERIFY2(problems.contains("Advice") && problems.contains("line 6"), qPrintable(problems));
    QVERIFY(problems.indexOf("Error") < problems.indexOf("Advice")); // errors first
    const QColor error = underlineOn(criteria, 3);
    const QColor advice = underlineOn(criteria, 6);
    QVERIFY(error.isValid());
    QVERIFY(advice.isValid());
    QVERIFY(error != advice);
    QVERIFY(!underlineOn(criteria, 2).isValid());
    // The INVEST hint counts syntax errors, not advice.
    QCoreApplication::processEvents();
    QVERIFY(editor()->investHint(InvestQuality::Testable)->text().contains("disagrees"));
}

// The issue that started Cucumber conformance: "As a … I want … So that …" under the Feature line
// was three errors. It is the Feature's description: no problem, in italics.
void TestStoryEditor::userStoryVoiceUnderTheFeatureIsADescription()
{
    GherkinEdit *criteria = editor()->criteriaEdit();
    criteria->selectAll();
    typeText(criteria, "Feature: Split payment\n  As a shopper\n  I want to split a payment\n  So that I can use my voucher\n\n"
                       "  Scenario: Two cards\n    Given a basket of 80 EUR\n    When I pay 50 EUR with the voucher card\n"
                       "    Then I pay the remaining 30 EUR with my own card\n");
    QVERIFY2(editor()->criteriaProblems()->isHidden(), qPrintable(editor()->criteriaProblems()->text()));
    for (int line = 2; line <= 4; ++line) {
        const QTextBlock block = criteria->document()->findBlockByNumber(line - 1);
        bool italic = false;
        for (const QTextLayout::FormatRange &range : block.layout()->formats())
            italic = italic || (range.start == 0 && range.format.fontItalic());
        QVERIFY2(italic, qPrintable(block.text()));
        QVERIFY(!underlineOn(criteria, line).isValid());
    }
}

// Scrolling through the editor over a combo box used to change it (here: MoSCoW to "Won't",
// which even asks for a decision).
void TestStoryEditor::wheelScrollsTheFormNotItsFields()
{
    const QList<QComboBox *> boxes = editor()->findChildren<QComboBox *>();
    QVERIFY(!boxes.isEmpty());
    const int stepsBefore = stack()->count();
    int checked = 0;
    for (QComboBox *box : boxes) {
        if (!box->isVisibleTo(editor()) || box->count() < 2 || box->hasFocus())
            continue;
        box->setCurrentIndex(0);
        const QPoint centre = box->rect().center();
        QWheelEvent wheel(centre, box->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(box, &wheel);
        QVERIFY2(box->currentIndex() == 0, qPrintable(box->objectName()));
        ++checked;
    }
    QVERIFY(checked >= 3);
    QCOMPARE(stack()->count(), stepsBefore); // nothing was edited
    // That the form then scrolls is Qt's passing of the ignored wheel to the parents, which it
    // does only for wheel events from the window system, not for sent ones: seen in Xvfb instead.
}

void TestStoryEditor::criteriaEditorFollowsTheLanguage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("step");
    QTest::newRow("English") << QString("Feature: Pay\n") << QString("en") << QString("Given ");
    QTest::newRow("French") << QString("# language: fr\nFonctionnalité: Payer\n") << QString("fr") << QString("Soit ");
    QTest::newRow("after a comment") << QString("# Checkout\n#language:de\n") << QString("de") << QString("Angenommen ");
    QTest::newRow("Japanese") << QString::fromUtf8("# language: ja\n") << QString("ja") << QString::fromUtf8("前提");
}

void TestStoryEditor::criteriaEditorFollowsTheLanguage()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QString, step);
    GherkinEdit edit;
    edit.setPlainText(text);
    QCOMPARE(edit.highlighter()->language(), language);
    auto *keywords = qobject_cast<QStringListModel *>(edit.completer()->model());
    QVERIFY(keywords);
    QVERIFY2(keywords->stringList().contains(step), qPrintable(keywords->stringList().join(QLatin1Char('|'))));
    // The step keyword is coloured on a step line in that language.
    edit.setPlainText(text + QStringLiteral("  ") + step + QStringLiteral("x\n"));
    const QTextBlock stepBlock = edit.document()->lastBlock().previous();
    bool bold = false;
    for (const QTextLayout::FormatRange &range : stepBlock.layout()->formats())
        bold = bold || (range.start == 2 && range.length == step.size() && range.format.fontWeight() == QFont::Bold);
    QVERIFY2(bold, qPrintable(stepBlock.text()));
}

void TestStoryEditor::criteriaAreSavedPerScenario()
{
    GherkinEdit *criteria = editor()->criteriaEdit();
    criteria->moveCursor(QTextCursor::End);
    typeText(criteria, "\n\nScenario: Fourth\n  Given h\n  Then j");
    const BacklogItem item = stored(m_ids.at(0));
    QCOMPARE(item.criteria.size(), 4);
    QCOMPARE(item.criteria.at(3).text, QString("Scenario: Fourth\n  Given h\n  Then j"));
    // The whole burst is one undo step.
    stack()->undo();
    QCOMPARE(stored(m_ids.at(0)).criteria.size(), 3);
    QCoreApplication::processEvents();
    QVERIFY(!criteria->toPlainText().contains("Fourth"));

    // Reordering keeps the criterion's identity.
    const qint64 thirdId = stored(m_ids.at(0)).criteria.at(2).id;
    QVERIFY(Commands::moveCriterion(m_window->document()->commands(), m_ids.at(0), 2, 0));
    QCOMPARE(stored(m_ids.at(0)).criteria.at(0).id, thirdId);
    QCoreApplication::processEvents();
    QVERIFY(criteria->toPlainText().startsWith("Scenario: Third"));
    stack()->undo();
    QCOMPARE(stored(m_ids.at(0)).criteria.at(2).id, thirdId);
}

void TestStoryEditor::investTicksAndReadiness()
{
    BacklogModel *model = m_window->document()->backlogModel();
    QVERIFY(!model->isReady(model->rowAt(0)));
    QVERIFY(editor()->readinessLabel()->text().contains("INVEST"));
    for (InvestQuality quality : allInvestQualities)
        editor()->investBox(quality)->click();
    QCOMPARE(stored(m_ids.at(0)).investChecks, allInvestChecks);
    QVERIFY(model->isReady(model->rowAt(0)));
    QCoreApplication::processEvents();
    QVERIFY(editor()->readinessLabel()->text().contains("Ready for Sprint Planning"));
    QVERIFY(model->index(0, BacklogModel::ReadinessColumn).data(BacklogModel::ReadyRole).toBool());

    // An unfinished dependency makes it not ready; finishing the dependency makes it ready again.
    QVERIFY(Commands::addDependency(m_window->document()->commands(), m_ids.at(0), m_ids.at(1)));
    QCoreApplication::processEvents();
    QVERIFY(!model->isReady(model->rowAt(0)));
    QVERIFY(Commands::setStatus(m_window->document()->commands(), {m_ids.at(1)}, ItemStatus::Done));
    QCoreApplication::processEvents();
    QVERIFY(model->isReady(model->rowAt(0)));

    // The ticks merged into one step.
    stack()->undo();
    stack()->undo();
    stack()->undo();
    QCOMPARE(stored(m_ids.at(0)).investChecks, InvestChecks(0));
}

void TestStoryEditor::estimateUsesTheScale()
{
    QComboBox *estimate = editor()->estimateBox();
    QCOMPARE(estimate->currentText(), QString("5"));
    QCOMPARE(estimate->itemText(0), QString("?"));
    QVERIFY(estimate->findText("13") > 0);
    estimate->setCurrentIndex(estimate->findText("8"));
    emit estimate->activated(estimate->currentIndex());
    QCOMPARE(stored(m_ids.at(0)).estimate, std::optional<double>(8));
    estimate->setCurrentIndex(0);
    emit estimate->activated(0);
    QVERIFY(!stored(m_ids.at(0)).estimate);
}

void TestStoryEditor::splitIsOneUndoStep_data()
{
    QTest::addColumn<bool>("keepOriginal");
    QTest::newRow("archive the original") << false;
    QTest::newRow("keep it as an epic") << true;
}

void TestStoryEditor::splitIsOneUndoStep()
{
    QFETCH(bool, keepOriginal);
    BacklogModel *model = m_window->document()->backlogModel();
    const ItemId original = m_ids.at(0);
    const BacklogItem item = stored(original);

    SplitStoryDialog dialog(item, QStringLiteral("ORD-1"));
    QCOMPARE(dialog.titleEdits().size(), 2);
    dialog.titleEdits().at(0)->setText(QStringLiteral("Repeat from history"));
    dialog.titleEdits().at(1)->setText(QStringLiteral("Repeat with changes"));
    dialog.keepOption()->setChecked(keepOriginal);
    Commands::SplitPlan plan = dialog.plan();
    QCOMPARE(plan.criteria, (QList<QList<int>>{{0, 1}, {2}}));

    const int before = stack()->count();
    auto parts = Commands::splitItem(m_window->document()->commands(), original, plan);
    QVERIFY2(parts, qPrintable(parts.errorMessage()));
    QCOMPARE(parts->size(), 2);
    QCOMPARE(stack()->count(), before + 1);

    const BacklogItem first = stored(parts->at(0));
    const BacklogItem second = stored(parts->at(1));
    QCOMPARE(first.criteria.size(), 2);
    QCOMPARE(second.criteria.size(), 1);
    QCOMPARE(second.criteria.front().text, item.criteria.at(2).text);
    QCOMPARE(first.splitFromId, std::optional<ItemId>(original));
    // The parts take the original's place at the top of the backlog.
    const int firstRow = model->rowOf(parts->at(0));
    QCOMPARE(firstRow, keepOriginal ? 1 : 0);
    QCOMPARE(model->rowOf(parts->at(1)), firstRow + 1);
    if (keepOriginal) {
        QCOMPARE(stored(original).type, ItemType::Epic);
        QCOMPARE(first.parentId, std::optional<ItemId>(original));
    } else {
        QVERIFY(stored(original).archived);
        QCOMPARE(model->rowOf(original), -1);
    }

    stack()->undo();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->rowAt(0).id, original);
    QCOMPARE(stored(original).type, ItemType::Story);
    QVERIFY(!stored(original).archived);
}

void TestStoryEditor::productSettingsChangeTheDefinitions()
{
    const Product before = m_window->document()->product();
    ProductSettingsDialog dialog(before);
    dialog.readyRuleBox(ReadyRule::InvestConfirmed)->setChecked(false);
    dialog.readyRuleBox(ReadyRule::CriteriaWritten)->setChecked(false);
    dialog.readyRuleBox(ReadyRule::DependenciesResolved)->setChecked(false);
    dialog.definitionOfDoneEditor()->setItems({QStringLiteral("Reviewed"), QStringLiteral("Demonstrated")});
    QVERIFY(Commands::setProduct(m_window->document()->commands(), dialog.product()));

    // Now only the estimate counts: the estimated first story is ready.
    BacklogModel *model = m_window->document()->backlogModel();
    QVERIFY(model->isReady(model->rowAt(0)));
    QVERIFY(!model->isReady(model->rowAt(1)));
    QCoreApplication::processEvents();
    QVERIFY(editor()->findChild<QLabel *>(QString(), Qt::FindChildrenRecursively) != nullptr);
    stack()->undo();
    QCOMPARE(m_window->document()->product().readyRules, before.readyRules);
    QVERIFY(!model->isReady(model->rowAt(0)));
}

QList<HistoryEntry> TestStoryEditor::measurements(ItemId id) const
{
    QList<HistoryEntry> rows;
    const auto entries = HistoryRepository(m_window->document()->database()).forItem(id);
    for (const HistoryEntry &entry : entries.value_or(QList<HistoryEntry>{})) {
        if (entry.field == HistoryField::MetricMeasured)
            rows.append(entry);
    }
    return rows;
}

void TestStoryEditor::measurementIsUndoable()
{
    const ItemId id = m_ids.at(0);
    const QDate today = m_window->document()->database().now().toLocalTime().date();
    QLineEdit *actual = editor()->actualEdit();
    QDateEdit *measuredOn = editor()->measuredOnEdit();
    QVERIFY(!measuredOn->isEnabled()); // no day without a value
    QCOMPARE(measuredOn->maximumDate(), today);

    // A value typed without a day is today's; the keystrokes and the day are one undo step.
    const int before = stack()->count();
    actual->setFocus();
    QTest::keyClicks(actual, "120");
    QCOMPARE(stored(id).metric.actual, std::optional<double>(120));
    QCOMPARE(stored(id).metric.measuredOn, today);
    QCoreApplication::processEvents();
    QVERIFY(measuredOn->isEnabled());
    QCOMPARE(measuredOn->date(), today);
    const QDate day = today.addDays(-3);
    measuredOn->setFocus();
    measuredOn->setDate(day); // what picking it in the calendar does
    QCOMPARE(stored(id).metric.measuredOn, day);
    QCOMPARE(stored(id).metric.actual, std::optional<double>(120));
    QCOMPARE(stack()->count(), before + 1);
    // Every write of the measurement is a history row.
    QList<HistoryEntry> rows = measurements(id);
    QCOMPARE(rows.size(), 4); // 1, 12, 120, then the day
    QCOMPARE(rows.first().oldValue, QString());
    QCOMPARE(rows.first().newValue, QString("1"));
    QCOMPARE(rows.last().oldValue, QString("120"));
    QCOMPARE(rows.last().newValue, QString("120"));

    // Undo restores no value and no day, and writes its own row: the history only grows.
    stack()->undo();
    QVERIFY(!stored(id).metric.actual);
    QVERIFY(!stored(id).metric.measuredOn.isValid());
    rows = measurements(id);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.last().oldValue, QString("120"));
    QCOMPARE(rows.last().newValue, QString());
    QCoreApplication::processEvents();
    QCOMPARE(actual->text(), QString());
    QVERIFY(!measuredOn->isEnabled());

    stack()->redo();
    QCOMPARE(stored(id).metric.actual, std::optional<double>(120));
    QCOMPARE(stored(id).metric.measuredOn, day);
    QCOMPARE(measurements(id).size(), 6);
    QCoreApplication::processEvents();
    QCOMPARE(actual->text(), QString("120"));
    QCOMPARE(measuredOn->date(), day);

    // Clearing the value clears its day. The step merges with the one before, which now ends
    // where it started and drops out of the stack, as other fields' steps do.
    actual->setFocus();
    actual->selectAll();
    QTest::keyClick(actual, Qt::Key_Backspace);
    QVERIFY(!stored(id).metric.actual);
    QVERIFY(!stored(id).metric.measuredOn.isValid());
    QCOMPARE(stack()->count(), before);
    QCOMPARE(measurements(id).size(), 7);
    QCoreApplication::processEvents();
    QVERIFY(!measuredOn->isEnabled());
}

void TestStoryEditor::targetVerdictFollowsTheDirection_data()
{
    QTest::addColumn<QString>("baseline"); // empty: none
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("verdict");
    const QString reached = QStringLiteral("Target reached");
    const QString notYet = QStringLiteral("Not yet at target");
    QTest::newRow("higher: at the target") << "10" << "20" << "20" << reached;
    QTest::newRow("higher: above it") << "10" << "20" << "25" << reached;
    QTest::newRow("higher: on the way") << "10" << "20" << "15" << notYet;
    QTest::newRow("lower: at the target") << "40" << "2" << "2" << reached;
    QTest::newRow("lower: below it") << "40" << "2" << "1" << reached;
    QTest::newRow("lower: on the way") << "40" << "2" << "5" << notYet;
    QTest::newRow("no baseline: higher is better") << "" << "100" << "120" << reached;
    QTest::newRow("no baseline: below") << "" << "100" << "80" << notYet;
    QTest::newRow("not measured") << "10" << "20" << "" << "";
}

void TestStoryEditor::targetVerdictFollowsTheDirection()
{
    QFETCH(QString, baseline);
    QFETCH(QString, target);
    QFETCH(QString, actual);
    QFETCH(QString, verdict);
    const auto typeInto = [](QLineEdit *edit, const QString &text) {
        edit->setFocus();
        QTest::keyClicks(edit, text);
    };
    typeInto(editor()->metricNameEdit(), QStringLiteral("Orders per week"));
    typeInto(editor()->baselineEdit(), baseline);
    typeInto(editor()->targetEdit(), target);
    typeInto(editor()->actualEdit(), actual);
    const BacklogItem item = stored(m_ids.at(0));
    QCOMPARE(item.metric.target, std::optional<double>(target.toDouble()));
    QCOMPARE(item.metric.actual.has_value(), !actual.isEmpty());
    QCoreApplication::processEvents(); // the editor refreshes after the edits
    QCOMPARE(editor()->targetVerdictLabel()->text(), verdict);
}

QTEST_MAIN(TestStoryEditor)
#include "tst_storyeditor.moc"
