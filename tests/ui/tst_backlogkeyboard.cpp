#include "decisionprompt.h"
#include "backlog/backlogfiltermodel.h"
#include "backlog/backlogmodel.h"
#include "backlog/backlogpanel.h"
#include "backlog/backlogview.h"
#include "backlogactions.h"
#include "mainwindow.h"
#include "productdocument.h"
#include "storage/itemrepository.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Ordo;

// Widget tests: moves and edits with the keyboard on a real window.
class TestBacklogKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void altDownMovesTheSelectedItem();
    void moveToTopKeepsTheSelection();
    void undoShortcutRestoresOrder();
    void quickAddCreatesAboveSelection();
    void deleteArchives();
    void hiddenColumnsAreKept();
    void olderLayoutGetsNewColumnsAtTheirDefaults();
    void setEpicFromTheItemMenu();
    void showItemsSelectsThemAll();

private:
    QStringList titles() const;
    void selectRow(int row);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestBacklogKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OrdoTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_backlogkeyboard"));
    DecisionPrompt::setAsks(false); // Delete archives without asking for the reasoning
}

void TestBacklogKeyboard::init()
{
    static int n = 0;
    const QString path = m_dir.filePath(QStringLiteral("keyboard-%1.ordo").arg(++n));
    m_window = std::make_unique<MainWindow>();
    m_window->startUp(path); // creates the product
    QList<BacklogItem> items;
    for (int i = 1; i <= 5; ++i) {
        BacklogItem item;
        item.title = QStringLiteral("Item %1").arg(i);
        items.append(item);
    }
    QVERIFY(ItemRepository(m_window->document()->database()).createMany(items));
    QVERIFY(m_window->openFile(path));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestBacklogKeyboard::cleanup() { m_window.reset(); }

QStringList TestBacklogKeyboard::titles() const
{
    QStringList result;
    for (const BacklogRow &row : m_window->document()->backlogModel()->rows())
        result.append(row.title);
    return result;
}

void TestBacklogKeyboard::selectRow(int row)
{
    BacklogView *view = m_window->backlogView();
    view->setFocus();
    view->selectRow(row);
    QCOMPARE(view->currentIndex().row(), row);
}

void TestBacklogKeyboard::altDownMovesTheSelectedItem()
{
    selectRow(1);
    QTest::keyClick(m_window->backlogView(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(titles(), (QStringList{"Item 1", "Item 3", "Item 2", "Item 4", "Item 5"}));
    QTest::keyClick(m_window->backlogView(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(titles(), (QStringList{"Item 1", "Item 3", "Item 4", "Item 2", "Item 5"}));
    // The moved item stays selected and current.
    QCOMPARE(m_window->backlogView()->selectedIds(), QList<ItemId>{m_window->document()->backlogModel()->rowAt(3).id});
    QTest::keyClick(m_window->backlogView(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(titles(), (QStringList{"Item 1", "Item 3", "Item 2", "Item 4", "Item 5"}));
}

void TestBacklogKeyboard::moveToTopKeepsTheSelection()
{
    selectRow(4);
    QTest::keyClick(m_window->backlogView(), Qt::Key_Home, Qt::AltModifier);
    QCOMPARE(titles().first(), QStringLiteral("Item 5"));
    QCOMPARE(m_window->backlogView()->currentIndex().row(), 0);
    QTest::keyClick(m_window->backlogView(), Qt::Key_End, Qt::AltModifier);
    QCOMPARE(titles().last(), QStringLiteral("Item 5"));
    QCOMPARE(m_window->backlogView()->currentIndex().row(), 4);
}

void TestBacklogKeyboard::undoShortcutRestoresOrder()
{
    selectRow(0);
    QTest::keyClick(m_window->backlogView(), Qt::Key_End, Qt::AltModifier);
    QCOMPARE(titles().last(), QStringLiteral("Item 1"));
    QVERIFY(m_window->isWindowModified());
    QTest::keyClick(m_window->backlogView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(titles(), (QStringList{"Item 1", "Item 2", "Item 3", "Item 4", "Item 5"}));
    QVERIFY(!m_window->isWindowModified());
    QTest::keyClick(m_window->backlogView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(titles().last(), QStringLiteral("Item 1"));
}

void TestBacklogKeyboard::quickAddCreatesAboveSelection()
{
    selectRow(2);
    QTest::keyClick(m_window->backlogView(), Qt::Key_Insert);
    auto *title = m_window->findChild<QLineEdit *>(QStringLiteral("quickAddTitle"));
    QVERIFY(title);
    QTRY_VERIFY(title->hasFocus());
    QTest::keyClick(title, Qt::Key_2, Qt::AltModifier); // Bug
    QTest::keyClicks(title, QStringLiteral("Receipt shows the wrong total"));
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(titles(), (QStringList{"Item 1", "Item 2", "Receipt shows the wrong total", "Item 3", "Item 4", "Item 5"}));
    QCOMPARE(m_window->document()->backlogModel()->rowAt(2).type, ItemType::Bug);
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
}

void TestBacklogKeyboard::deleteArchives()
{
    selectRow(0);
    QTest::keyClick(m_window->backlogView(), Qt::Key_Delete);
    QCOMPARE(titles(), (QStringList{"Item 2", "Item 3", "Item 4", "Item 5"}));
    QCOMPARE(ItemRepository(m_window->document()->database()).archivedRows()->size(), 1);
}

void TestBacklogKeyboard::hiddenColumnsAreKept()
{
    BacklogView *view = m_window->backlogView();
    view->horizontalHeader()->setSectionHidden(BacklogModel::LabelsColumn, true);
    view->horizontalHeader()->setSectionHidden(BacklogModel::MoscowColumn, true);
    view->horizontalHeader()->setSectionHidden(BacklogModel::KanoColumn, false);
    const QByteArray layout = view->saveLayout();
    BacklogView other;
    other.setFilterModel(new BacklogFilterModel(&other));
    QVERIFY(!other.horizontalHeader()->isSectionHidden(BacklogModel::LabelsColumn));
    QVERIFY(other.horizontalHeader()->isSectionHidden(BacklogModel::KanoColumn));
    other.restoreLayout(layout);
    QVERIFY(other.horizontalHeader()->isSectionHidden(BacklogModel::LabelsColumn));
    QVERIFY(other.horizontalHeader()->isSectionHidden(BacklogModel::MoscowColumn));
    QVERIFY(!other.horizontalHeader()->isSectionHidden(BacklogModel::KanoColumn));
}

// A layout saved before the score columns existed keeps its choices, and the score
// columns start as a new user sees them (MoSCoW and WSJF shown, the inputs hidden).
// Its widths were mostly Ordo's own: the columns fit their contents now.
// A layout saved while the model's first column was the position (before the key was) would put
// its sections on the wrong columns: the view starts as a new user's instead.
void TestBacklogKeyboard::olderLayoutGetsNewColumnsAtTheirDefaults()
{
    QStandardItemModel nineColumns(3, BacklogModel::MoscowColumn);
    QTableView older;
    older.setModel(&nineColumns);
    older.horizontalHeader()->setSectionHidden(BacklogModel::TypeColumn, true);
    older.setColumnWidth(BacklogModel::KeyColumn, 123);
    const QByteArray olderLayout = older.horizontalHeader()->saveState();

    BacklogView view;
    view.resize(1600, 400);
    view.setFilterModel(new BacklogFilterModel(&view));
    view.restoreLayout(olderLayout);
    const QHeaderView *header = view.horizontalHeader();
    QVERIFY(!header->isSectionHidden(BacklogModel::TypeColumn));
    QCOMPARE(header->logicalIndex(0), int(BacklogModel::PositionColumn));
    QCOMPARE(header->logicalIndex(1), int(BacklogModel::KeyColumn));
    QVERIFY(header->sectionSize(BacklogModel::KeyColumn) >= view.fontMetrics().horizontalAdvance(QStringLiteral("ORD-00000")));
    QVERIFY(view.userWidths().isEmpty());
    QVERIFY(!header->isSectionHidden(BacklogModel::MoscowColumn));
    QVERIFY(!header->isSectionHidden(BacklogModel::WsjfColumn));
    QVERIFY(header->isSectionHidden(BacklogModel::BusinessValueColumn));
    QVERIFY(header->isSectionHidden(BacklogModel::KanoColumn));
    QVERIFY(header->sectionSize(BacklogModel::MoscowColumn)
            >= view.fontMetrics().horizontalAdvance(displayName(MoSCoW::Wont)));

    // A layout this Ordo saved comes back as it was, the position still first.
    view.horizontalHeader()->setSectionHidden(BacklogModel::TypeColumn, true);
    const QByteArray saved = view.saveLayout();
    BacklogView again;
    again.resize(1600, 400);
    again.setFilterModel(new BacklogFilterModel(&again));
    again.restoreLayout(saved);
    QVERIFY(again.horizontalHeader()->isSectionHidden(BacklogModel::TypeColumn));
    QCOMPARE(again.horizontalHeader()->logicalIndex(0), int(BacklogModel::PositionColumn));
}

void TestBacklogKeyboard::setEpicFromTheItemMenu()
{
    BacklogItem epic;
    epic.type = ItemType::Epic;
    epic.title = QStringLiteral("Checkout");
    const auto epicId = Commands::createItem(m_window->document()->commands(), epic, std::nullopt);
    QVERIFY(epicId);
    selectRow(0);
    QMenu *menu = m_window->backlogActions()->epicMenu;
    emit menu->aboutToShow();
    QAction *checkout = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == QStringLiteral("Checkout"))
            checkout = action;
    }
    QVERIFY(checkout);
    checkout->trigger();
    const BacklogModel *model = m_window->document()->backlogModel();
    QCOMPARE(model->rowAt(0).parentId, *epicId);
    m_window->document()->undoStack()->undo();
    QCOMPARE(model->rowAt(0).parentId, ItemId(0));
}

// A health finding's "Show Items": every item selected, the first one named current.
void TestBacklogKeyboard::showItemsSelectsThemAll()
{
    const BacklogModel *model = m_window->document()->backlogModel();
    const auto idOf = [model](int row) { return model->rowAt(row).id; };
    m_window->backlogPanel()->showItems({idOf(4), idOf(1), idOf(2), 999999 /* gone */});
    QList<ItemId> selected = m_window->backlogView()->selectedIds();
    std::sort(selected.begin(), selected.end());
    QCOMPARE(selected, (QList<ItemId>{idOf(1), idOf(2), idOf(4)}));
    QCOMPARE(m_window->backlogView()->currentIndex().row(), 4);
    // Adjacent rows form one range.
    QCOMPARE(m_window->backlogView()->selectionModel()->selection().size(), 2);
}

QTEST_MAIN(TestBacklogKeyboard)
#include "tst_backlogkeyboard.moc"
