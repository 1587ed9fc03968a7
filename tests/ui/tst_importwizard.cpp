#include "backlog/backlogmodel.h"
#include "backlogeditor.h"
#include "sprinteditor.h"
#include "commands/importcommand.h"
#include "interchange/importfile.h"
#include "interchange/importpreviewmodel.h"
#include "interchange/importwizard.h"
#include "interchange/jsonbackup.h"
#include "storage/database.h"
#include "storage/itemrepository.h"
#include "storage/sql.h"
#include "testdocument.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace Ordo;

// File > Import...: the import as one undo step (ImportCommand through ImportEditor), its
// preview, and the wizard from the file to the report.
class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void previewModelPassesTheTester();
    void previewShowsWhatTheImportWillWrite();
    void importIsOneUndoStep_data();
    void importIsOneUndoStep();
    void undoOfAnUpdatePutsTheItemsBack();
    void sprintsComeAndGoWithTheImport();
    void cancelledImportLeavesNothing();
    void largeImportIsSearchable();
    void wizardImportsIntoTheOpenBacklog();
    void wizardMappingChangesWhatIsWritten();
    void wizardOffersJiraXmlCustomFields();
    void wizardTakesEveryTrelloChecklistIfAsked();
    void wizardMakesANewProduct();
    void wizardRestoresABackupAsANewProduct();
    void wizardRefusesWhatItCannotRead_data();
    void wizardRefusesWhatItCannotRead();
};

namespace {

QString fixturePath(const char *name)
{
    return QStringLiteral(ORDO_IMPORT_DATA "/") + QLatin1String(name);
}

Import::SourceItem sourceItem(const QString &key, const QString &title, const QString &type = QStringLiteral("Story"),
                              const QString &parent = {})
{
    Import::SourceItem item;
    item.key = key;
    item.title = title;
    item.type = type;
    item.status = QStringLiteral("To Do");
    item.parentKey = parent;
    return item;
}

// An epic with two stories, the second blocked by the first.
Import::Source smallSource()
{
    Import::Source source;
    source.format = QStringLiteral("Jira CSV");
    source.tool = QStringLiteral("jira");
    source.items = {sourceItem(QStringLiteral("X-1"), QStringLiteral("Imported epic"), QStringLiteral("Epic")),
                    sourceItem(QStringLiteral("X-2"), QStringLiteral("Imported first"), QStringLiteral("Story"), QStringLiteral("X-1")),
                    sourceItem(QStringLiteral("X-3"), QStringLiteral("Imported second"), QStringLiteral("Bug"), QStringLiteral("X-1"))};
    source.items[1].blocks = {QStringLiteral("X-3")};
    source.items[1].estimate = 3;
    return source;
}

int itemCount(const ProductDocument &doc)
{
    return Sql::scalar(doc.database().connection(), QStringLiteral("SELECT count(*) FROM item")).value_or(-1).toInt();
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("No widget %s", name);
    return found;
}

} // namespace

void TestImportWizard::previewModelPassesTheTester()
{
    auto source = Import::readFile(fixturePath("jira-cloud.csv"));
    QVERIFY2(source, qPrintable(source.errorMessage()));
    const Import::Mapping mapping = Import::defaultMapping(*source);
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&*source, &mapping);
    QCOMPARE(model.rowCount(), int(source->items.size()));
    model.setSource(nullptr, nullptr);
    QCOMPARE(model.rowCount(), 0);

    // More items than the preview shows: the first fifty.
    Import::Source large;
    for (int i = 1; i <= 120; ++i)
        large.items.append(sourceItem(QStringLiteral("L-%1").arg(i), QStringLiteral("Item %1").arg(i)));
    model.setSource(&large, &mapping);
    QCOMPARE(model.rowCount(), ImportPreviewModel::previewRows);
    QCOMPARE(model.index(49, ImportPreviewModel::TitleColumn).data().toString(), QStringLiteral("Item 50"));
}

void TestImportWizard::previewShowsWhatTheImportWillWrite()
{
    Import::Source source = smallSource();
    // A sub-task under a story goes under the story's epic, as the writer decides.
    source.items.append(sourceItem(QStringLiteral("X-4"), QStringLiteral("A sub-task"), QStringLiteral("Sub-task"), QStringLiteral("X-2")));
    source.items[1].labels = {QStringLiteral("payments"), QStringLiteral("mobile")};
    source.items[1].criteria = {QStringLiteral("one"), QStringLiteral("two")};
    source.items[1].sprints = {QStringLiteral("Sprint 1"), QStringLiteral("Sprint 2")};
    Import::Mapping mapping = Import::defaultMapping(source);
    ImportPreviewModel model;
    model.setSource(&source, &mapping);
    const auto cell = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(0, ImportPreviewModel::TypeColumn), displayName(ItemType::Epic));
    QCOMPARE(cell(0, ImportPreviewModel::EpicColumn), QString());
    QCOMPARE(cell(1, ImportPreviewModel::EpicColumn), QStringLiteral("Imported epic"));
    QCOMPARE(cell(1, ImportPreviewModel::LabelsColumn), QStringLiteral("payments, mobile"));
    QCOMPARE(cell(1, ImportPreviewModel::CriteriaColumn), QStringLiteral("2"));
    QCOMPARE(cell(1, ImportPreviewModel::SprintColumn), QStringLiteral("Sprint 2"));
    QCOMPARE(cell(1, ImportPreviewModel::EstimateColumn), QLocale().toString(3.0));
    QCOMPARE(cell(2, ImportPreviewModel::TypeColumn), displayName(ItemType::Bug));
    QCOMPARE(cell(3, ImportPreviewModel::EpicColumn), QStringLiteral("Imported epic"));
    QCOMPARE(cell(1, ImportPreviewModel::StatusColumn), displayName(ItemStatus::New));
    // The mapping decides what shows.
    mapping.types.insert(Import::Mapping::keyOf(QStringLiteral("Bug")), ItemType::TechnicalDebt);
    QCOMPARE(cell(2, ImportPreviewModel::TypeColumn), displayName(ItemType::TechnicalDebt));
}

void TestImportWizard::importIsOneUndoStep_data()
{
    QTest::addColumn<Import::Placement>("placement");
    QTest::newRow("bottom") << Import::Placement::Bottom;
    QTest::newRow("top") << Import::Placement::Top;
}

void TestImportWizard::importIsOneUndoStep()
{
    QFETCH(Import::Placement, placement);
    TestDocument t;
    t.addItems(3);
    const QStringList before = t.modelTitles();
    const QStringList imported{QStringLiteral("Imported epic"), QStringLiteral("Imported first"), QStringLiteral("Imported second")};

    Import::Options options;
    options.tool = QStringLiteral("jira");
    options.placement = placement;
    const Import::Source source = smallSource();
    auto result = ImportCommands::run(t.doc().importCommands(), source, Import::defaultMapping(source), options);
    QVERIFY2(result, qPrintable(result.errorMessage()));
    QCOMPARE(result->created.size(), 3);
    QCOMPARE(result->dependencies, 1);
    const QStringList after = placement == Import::Placement::Top ? imported + before : before + imported;
    QCOMPARE(t.modelTitles(), after);
    QCOMPARE(t.fileTitles(), after);
    QCOMPARE(t.doc().undoStack()->count(), 1);
    QCOMPARE(t.doc().editor()->dependencies().size(), 1);
    const int row = t.doc().backlogModel()->rowOf(result->created.at(1));
    QCOMPARE(t.doc().backlogModel()->rowAt(row).parentId, result->created.at(0));

    t.doc().undoStack()->undo();
    QCOMPARE(t.modelTitles(), before);
    QCOMPARE(t.fileTitles(), before);
    QCOMPARE(itemCount(t.doc()), 3);
    QVERIFY(t.doc().editor()->dependencies().isEmpty());
    QCOMPARE(Sql::scalar(t.doc().database().connection(), QStringLiteral("SELECT count(*) FROM item_source")).value_or(-1).toInt(), 0);

    // Redo brings the same items back under the same ids.
    t.doc().undoStack()->redo();
    QCOMPARE(t.modelTitles(), after);
    QCOMPARE(t.fileTitles(), after);
    for (ItemId id : result->created)
        QVERIFY(t.doc().backlogModel()->rowOf(id) >= 0);
    QCOMPARE(t.doc().editor()->dependencies().size(), 1);
}

void TestImportWizard::undoOfAnUpdatePutsTheItemsBack()
{
    TestDocument t;
    const Import::Source first = smallSource();
    Import::Options options;
    options.tool = QStringLiteral("jira");
    auto created = ImportCommands::run(t.doc().importCommands(), first, Import::defaultMapping(first), options);
    QVERIFY2(created, qPrintable(created.errorMessage()));

    // The same export a week later: one title changed, one item finished, one new item.
    Import::Source second = smallSource();
    second.items[1].title = QStringLiteral("Imported first, renamed");
    second.items[2].status = QStringLiteral("Done");
    second.items.append(sourceItem(QStringLiteral("X-9"), QStringLiteral("Imported later")));
    auto updated = ImportCommands::run(t.doc().importCommands(), second, Import::defaultMapping(second), options);
    QVERIFY2(updated, qPrintable(updated.errorMessage()));
    QCOMPARE(updated->created.size(), 1);
    QCOMPARE(updated->updated.size(), 3);
    const QStringList afterUpdate{QStringLiteral("Imported epic"), QStringLiteral("Imported first, renamed"),
                                  QStringLiteral("Imported second"), QStringLiteral("Imported later")};
    QCOMPARE(t.modelTitles(), afterUpdate);
    QCOMPARE(t.fileTitles(), afterUpdate);
    const ItemId bug = created->created.at(2);
    QCOMPARE(t.doc().backlogModel()->rowAt(t.doc().backlogModel()->rowOf(bug)).status, ItemStatus::Done);

    t.doc().undoStack()->undo();
    const QStringList afterFirst{QStringLiteral("Imported epic"), QStringLiteral("Imported first"), QStringLiteral("Imported second")};
    QCOMPARE(t.modelTitles(), afterFirst);
    QCOMPARE(t.fileTitles(), afterFirst);
    QCOMPARE(t.doc().backlogModel()->rowAt(t.doc().backlogModel()->rowOf(bug)).status, ItemStatus::New);
    // Each change and its undo are in the history, as any edit's.
    const int statusChanges = Sql::scalar(t.doc().database().connection(),
                                          QStringLiteral("SELECT count(*) FROM history WHERE item_id = ? AND field = 'status'"), {bug})
                                  .value_or(-1)
                                  .toInt();
    QCOMPARE(statusChanges, 2);

    t.doc().undoStack()->redo();
    QCOMPARE(t.modelTitles(), afterUpdate);
    QCOMPARE(t.fileTitles(), afterUpdate);
}

void TestImportWizard::sprintsComeAndGoWithTheImport()
{
    TestDocument t;
    Import::Source source = smallSource();
    source.items[1].sprints = {QStringLiteral("Imported sprint 1"), QStringLiteral("Imported sprint 2")};
    source.items[2].sprints = {QStringLiteral("Imported sprint 2")};
    Import::Options options;
    options.tool = source.tool;
    auto result = ImportCommands::run(t.doc().importCommands(), source, Import::defaultMapping(source), options);
    QVERIFY2(result, qPrintable(result.errorMessage()));
    QCOMPARE(result->sprints.size(), 2);
    const SprintEditor &sprints = *t.doc().sprintEditor();
    QCOMPARE(sprints.sprints().size(), 2);
    const SprintId second = result->sprints.at(1);
    QCOMPARE(sprints.sprint(second)->name, QStringLiteral("Imported sprint 2"));
    const BacklogModel &model = *t.doc().backlogModel();
    QCOMPARE(model.rowAt(model.rowOf(result->created.at(1))).sprintId, second);

    t.doc().undoStack()->undo();
    QVERIFY(sprints.sprints().isEmpty());
    QCOMPARE(Sql::scalar(t.doc().database().connection(), QStringLiteral("SELECT count(*) FROM sprint")).value_or(-1).toInt(), 0);

    // Redo brings the sprints back under their ids, with their items.
    t.doc().undoStack()->redo();
    QCOMPARE(sprints.sprints().size(), 2);
    QVERIFY(sprints.sprint(second));
    QCOMPARE(model.rowAt(model.rowOf(result->created.at(2))).sprintId, second);
}

void TestImportWizard::cancelledImportLeavesNothing()
{
    TestDocument t;
    t.addItems(2);
    Import::Source source;
    source.format = QStringLiteral("Jira CSV");
    source.tool = QStringLiteral("jira");
    for (int i = 1; i <= 1200; ++i)
        source.items.append(sourceItem(QStringLiteral("C-%1").arg(i), QStringLiteral("Many %1").arg(i)));
    Import::Options options;
    options.tool = source.tool;
    int calls = 0;
    auto result = ImportCommands::run(t.doc().importCommands(), source, Import::defaultMapping(source), options,
                                      [&calls](int, int) { return ++calls < 2; });
    QVERIFY(!result);
    QCOMPARE(calls, 2);
    QCOMPARE(t.doc().undoStack()->count(), 0);
    QCOMPARE(t.modelTitles(), (QStringList{QStringLiteral("Item 1"), QStringLiteral("Item 2")}));
    QCOMPARE(itemCount(t.doc()), 2);
}

void TestImportWizard::largeImportIsSearchable()
{
    TestDocument t;
    Import::Source source;
    source.format = QStringLiteral("Jira CSV");
    source.tool = QStringLiteral("jira");
    for (int i = 1; i <= 1200; ++i) {
        Import::SourceItem item = sourceItem(QStringLiteral("S-%1").arg(i), QStringLiteral("Searchable %1").arg(i));
        item.criteria = {QStringLiteral("criterion zq%1x").arg(i)};
        source.items.append(item);
    }
    Import::Options options;
    options.tool = source.tool;
    auto result = ImportCommands::run(t.doc().importCommands(), source, Import::defaultMapping(source), options);
    QVERIFY2(result, qPrintable(result.errorMessage()));
    const QSqlDatabase db = t.doc().database().connection();
    const auto found = [&db](const QString &words) {
        return Sql::scalar(db, QStringLiteral("SELECT count(*) FROM item_text WHERE item_text MATCH ?"), {words}).value_or(-1).toInt();
    };
    // Items of the first batch, of a middle one and of the last, by their criteria.
    QCOMPARE(found(QStringLiteral("\"zq1x\"")), 1);
    QCOMPARE(found(QStringLiteral("\"zq777x\"")), 1);
    QCOMPARE(found(QStringLiteral("\"zq1200x\"")), 1);
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM item_text")).value_or(-1).toInt(), 1200);
    // The index's triggers are back: a later item is indexed as it is created.
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                            "('item_text_insert', 'item_text_criterion_insert')"))
                 .value_or(-1)
                 .toInt(),
             2);
    t.doc().undoStack()->undo();
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM item_text")).value_or(-1).toInt(), 0);
    t.doc().undoStack()->redo();
    QCOMPARE(found(QStringLiteral("\"zq1200x\"")), 1);
}

void TestImportWizard::wizardImportsIntoTheOpenBacklog()
{
    TestDocument t;
    t.addItems(2);
    ImportWizard wizard(&t.doc());
    wizard.show();
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    child<QLineEdit>(&wizard, "importFile")->setText(fixturePath("jira-cloud.csv"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    const int items = int(wizard.source().items.size());
    QVERIFY(items > 3);
    QCOMPARE(child<QTableView>(&wizard, "importPreview")->model()->rowCount(), items);
    // The fixture's odd rows are listed with their lines.
    auto *problems = child<QListWidget>(&wizard, "importProblems");
    QVERIFY(problems->count() > 0);
    QVERIFY(problems->item(0)->text().contains(QStringLiteral("line ")));

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    QCOMPARE(child<QTableWidget>(&wizard, "importTypes")->rowCount(), int(wizard.source().types().size()));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::DestinationPage));
    QVERIFY(child<QRadioButton>(&wizard, "importAtBottom")->isChecked());
    QVERIFY(!child<QWidget>(&wizard, "importUpdate")->isVisible());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ReportPage));
    QCOMPARE(wizard.importResult().created.size(), items);
    QVERIFY(wizard.newProductPath().isEmpty());
    QCOMPARE(t.doc().undoStack()->count(), 1);
    QCOMPARE(t.modelTitles().size(), items + 2);
    QCOMPARE(t.modelTitles(), t.fileTitles());
    QVERIFY(!child<QPlainTextEdit>(&wizard, "importReport")->toPlainText().isEmpty());
    wizard.accept();

    // A second import of the same file asks: update (the default) or add copies.
    ImportWizard again(&t.doc());
    again.show();
    child<QLineEdit>(&again, "importFile")->setText(fixturePath("jira-cloud.csv"));
    again.next();
    again.next();
    again.next();
    QCOMPARE(again.currentId(), int(ImportWizard::DestinationPage));
    QVERIFY(child<QWidget>(&again, "importUpdate")->isVisible());
    child<QRadioButton>(&again, "importCopies")->setChecked(true);
    again.next();
    QCOMPARE(again.importResult().created.size(), items);
    QCOMPARE(again.importResult().updated.size(), 0);
    QCOMPARE(t.modelTitles().size(), 2 * items + 2);
    t.doc().undoStack()->undo();
    QCOMPARE(t.modelTitles().size(), items + 2);
    QCOMPARE(t.modelTitles(), t.fileTitles());
}

void TestImportWizard::wizardMappingChangesWhatIsWritten()
{
    TestDocument t;
    ImportWizard wizard(&t.doc());
    wizard.show();
    child<QLineEdit>(&wizard, "importFile")->setText(fixturePath("jira-cloud.csv"));
    wizard.next();
    wizard.next();
    // Bugs become technical debt.
    auto *types = child<QTableWidget>(&wizard, "importTypes");
    int bugRow = -1;
    for (int row = 0; row < types->rowCount(); ++row) {
        if (types->item(row, 0)->text() == QLatin1String("Bug"))
            bugRow = row;
    }
    QVERIFY(bugRow >= 0);
    auto *box = qobject_cast<QComboBox *>(types->cellWidget(bugRow, 2));
    QVERIFY(box);
    QCOMPARE(box->currentData().toInt(), int(ItemType::Bug));
    box->setCurrentIndex(box->findData(int(ItemType::TechnicalDebt)));
    emit box->activated(box->currentIndex());
    // The preview follows.
    auto *preview = child<QTableView>(&wizard, "importPreview")->model();
    bool debtShown = false;
    for (int row = 0; row < preview->rowCount(); ++row)
        debtShown |= preview->index(row, ImportPreviewModel::TypeColumn).data().toString() == displayName(ItemType::TechnicalDebt);
    QVERIFY(debtShown);

    // The estimate from another column: no item has points in Jira's Description column, so
    // the rows that had them say so in the problems.
    auto *estimate = child<QComboBox>(&wizard, "estimateColumn");
    QVERIFY(estimate->count() > 10);
    estimate->setCurrentIndex(estimate->findData(QStringLiteral("Custom field (Story point estimate)")));
    emit estimate->activated(estimate->currentIndex());
    QCOMPARE(wizard.source().read.estimateColumn, QStringLiteral("Custom field (Story point estimate)"));
    QCOMPARE(types->cellWidget(bugRow, 2) ? qobject_cast<QComboBox *>(types->cellWidget(bugRow, 2))->currentData().toInt() : -1,
             int(ItemType::TechnicalDebt));

    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ReportPage));
    const ItemId bug = [&] {
        for (const BacklogRow &row : t.doc().backlogModel()->rows()) {
            if (row.title == QLatin1String("Refund a missing item"))
                return row.id;
        }
        return ItemId(0);
    }();
    QVERIFY(bug != 0);
    auto item = ItemRepository(t.doc().database()).load(bug);
    QVERIFY(item);
    QCOMPARE(item->type, ItemType::TechnicalDebt);
    QCOMPARE(item->estimate, std::optional<double>(3));
}

// Jira's XML export has no columns: the mapping page offers its custom fields instead.
void TestImportWizard::wizardOffersJiraXmlCustomFields()
{
    TestDocument t;
    ImportWizard wizard(&t.doc());
    wizard.show();
    child<QLineEdit>(&wizard, "importFile")->setText(fixturePath("jira-rss.xml"));
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    QCOMPARE(wizard.source().format, QStringLiteral("Jira XML"));
    auto *estimate = child<QComboBox>(&wizard, "estimateColumn");
    auto *criteria = child<QComboBox>(&wizard, "criteriaColumn");
    QVERIFY(estimate->isVisible());
    QVERIFY(!child<QCheckBox>(&wizard, "allChecklists")->isVisible()); // Trello's only
    QCOMPARE(estimate->itemText(0), QStringLiteral("The usual one for Jira XML"));
    QVERIFY(estimate->findData(QStringLiteral("Story Points")) > 0);
    estimate->setCurrentIndex(estimate->findData(QStringLiteral("Team points")));
    emit estimate->activated(estimate->currentIndex());
    criteria->setCurrentIndex(criteria->findData(QStringLiteral("Checks")));
    emit criteria->activated(criteria->currentIndex());
    QCOMPARE(wizard.source().read.estimateColumn, QStringLiteral("Team points"));
    QCOMPARE(wizard.source().read.criteriaColumn, QStringLiteral("Checks"));
    const QList<Import::SourceItem> &items = wizard.source().items;
    const auto refund = std::find_if(items.cbegin(), items.cend(),
                                     [](const Import::SourceItem &item) { return item.key == QLatin1String("HRV-13"); });
    QVERIFY(refund != items.cend());
    QCOMPARE(refund->estimate, std::optional<double>(8));
    QCOMPARE(refund->criteria, (QStringList{QStringLiteral("paid back"), QStringLiteral("receipt sent")}));
}

// A Trello card's checklists become criteria only when named so, unless the user asks for all.
void TestImportWizard::wizardTakesEveryTrelloChecklistIfAsked()
{
    TestDocument t;
    ImportWizard wizard(&t.doc());
    wizard.show();
    child<QLineEdit>(&wizard, "importFile")->setText(fixturePath("trello.json"));
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    auto *all = child<QCheckBox>(&wizard, "allChecklists");
    QVERIFY(all->isVisible());
    QVERIFY(!all->isChecked());
    const auto criteriaOf = [&wizard](const QString &title) {
        for (const Import::SourceItem &item : wizard.source().items) {
            if (item.title == title)
                return item.criteria;
        }
        return QStringList{QStringLiteral("no such card")};
    };
    const QString pay = QStringLiteral("Pay with a stored card");
    QCOMPARE(criteriaOf(pay), (QStringList{"A stored card is offered first", "An expired card is refused"}));
    all->setChecked(true);
    QVERIFY(wizard.source().read.allChecklistsAsCriteria);
    QCOMPARE(criteriaOf(pay), (QStringList{"Talk to the bank", "Sign the contract", "A stored card is offered first",
                                           "An expired card is refused"}));
    all->setChecked(false);
    QCOMPARE(criteriaOf(pay).size(), 2);
}

void TestImportWizard::wizardMakesANewProduct()
{
    QTemporaryDir dir;
    const QString product = dir.filePath(QStringLiteral("From Jira.ordo"));
    // Without an open product the wizard offers only a new one.
    ImportWizard wizard(nullptr);
    wizard.show();
    child<QLineEdit>(&wizard, "importFile")->setText(fixturePath("jira-cloud.csv"));
    wizard.next();
    wizard.next();
    wizard.next();
    QVERIFY(child<QRadioButton>(&wizard, "importNewProduct")->isChecked());
    QVERIFY(!child<QRadioButton>(&wizard, "importAtBottom")->isVisible());
    // An existing file is never replaced.
    QFile existing(dir.filePath(QStringLiteral("taken.ordo")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    child<QLineEdit>(&wizard, "importProductPath")->setText(existing.fileName());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::DestinationPage));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("keep me"));

    child<QLineEdit>(&wizard, "importProductPath")->setText(dir.filePath(QStringLiteral("From Jira")));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ReportPage));
    QCOMPARE(wizard.newProductPath(), product);
    Database::OpenError error;
    auto database = Database::open(product, &error);
    QVERIFY2(database, qPrintable(error.message));
    QCOMPARE(ItemRepository(*database).backlogRows()->size(), wizard.source().items.size());
}

void TestImportWizard::wizardRestoresABackupAsANewProduct()
{
    TestDocument t;
    t.addItems(4);
    auto backup = Backup::write(t.doc().database());
    QVERIFY2(backup, qPrintable(backup.errorMessage()));
    QTemporaryDir dir;
    const QString backupPath = dir.filePath(QStringLiteral("product backup.json"));
    {
        QFile file(backupPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*backup);
    }
    const QString restoredPath = dir.filePath(QStringLiteral("restored.ordo"));

    ImportWizard wizard(&t.doc());
    wizard.show();
    child<QLineEdit>(&wizard, "importFile")->setText(backupPath);
    bool asked = false;
    bool chosen = false;
    whenModalDialog(QStringLiteral("restoreBackupQuestion"), [&](QDialog *dialog) {
        whenModalDialog(QStringLiteral("restoreBackupFile"), [&](QDialog *fileDialog) {
            auto *chooser = qobject_cast<QFileDialog *>(fileDialog);
            QVERIFY(chooser);
            chooser->selectFile(restoredPath);
            fileDialog->accept(); // QFileDialog::accept() through QDialog's public one
        }, &chosen);
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        box->defaultButton()->click();
    }, &asked);
    wizard.next();
    QVERIFY(asked);
    QVERIFY(chosen);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(wizard.newProductPath(), restoredPath);
    Database::OpenError error;
    auto database = Database::open(restoredPath, &error);
    QVERIFY2(database, qPrintable(error.message));
    QCOMPARE(ItemRepository(*database).backlogRows()->size(), 4);
    // The open product is not touched.
    QCOMPARE(t.doc().undoStack()->count(), 0);
    QCOMPARE(itemCount(t.doc()), 4);
}

void TestImportWizard::wizardRefusesWhatItCannotRead_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a known export") << QByteArray("Name,Colour\nApple,red\n") << QStringLiteral("columns");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02garbage", 10) << QStringLiteral("cannot be imported");
    QTest::newRow("header only") << QByteArray("Summary,Issue key\n") << QStringLiteral("no items");
    QTest::newRow("missing file") << QByteArray() << QStringLiteral("does not exist");
    QTest::newRow("XML with a document type")
        << QByteArray("<!DOCTYPE rss [<!ENTITY a \"a\">]>\n<rss><channel/></rss>") << QStringLiteral("document type");
}

void TestImportWizard::wizardRefusesWhatItCannotRead()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    TestDocument t;
    ImportWizard wizard(&t.doc());
    wizard.show();
    child<QLineEdit>(&wizard, "importFile")->setText(path);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    const QList<QLabel *> labels = wizard.currentPage()->findChildren<QLabel *>();
    const bool shown = std::any_of(labels.cbegin(), labels.cend(), [&message](const QLabel *label) {
        return label->isVisible() && label->text().contains(message);
    });
    QVERIFY2(shown, qPrintable(message));
    QCOMPARE(itemCount(t.doc()), 0);
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
