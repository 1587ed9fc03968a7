#include "backlog/backlogmodel.h"
#include "backlog/backlogview.h"
#include "mainwindow.h"
#include "productdocument.h"
#include "recentfiles.h"
#include "services/demoproduct.h"
#include "start/startpage.h"
#include "widgets/panelaction.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Ordo;

// Application smoke test: a real MainWindow opens a demo product and shows its backlog.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensDemoAndShowsBacklog();
    void refusedFileKeepsCurrentProduct();
    void newFileFromCommandLineIsCreated();
    void refusedProductAtStartShowsStartPage_data();
    void refusedProductAtStartShowsStartPage();
    void startPageOpensTheDemo();
    void panelActionBringsPanelToFront_data();
    void panelActionBringsPanelToFront();
    void storyShortcutTogglesOnlyWhenInFront();

private:
    QTemporaryDir m_dir;
    QString m_demoPath;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OrdoTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    m_demoPath = m_dir.filePath(QStringLiteral("demo.ordo"));
    const Status written = DemoProduct::write(m_demoPath);
    QVERIFY2(written, qPrintable(written.errorMessage()));
}

void TestMainWindow::opensDemoAndShowsBacklog()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(m_demoPath));

    BacklogView *view = window.backlogView();
    QVERIFY(view->isVisible());
    const QAbstractItemModel *model = view->model();
    QVERIFY(model);
    QVERIFY2(model->rowCount() >= 40, qPrintable(QString::number(model->rowCount())));

    // The first visible row is on screen and carries a key and a title.
    const QModelIndex first = model->index(0, BacklogModel::TitleColumn);
    QVERIFY(!first.data().toString().isEmpty());
    QVERIFY(view->visualRect(first).isValid());
    QVERIFY(model->index(0, BacklogModel::KeyColumn).data().toString().contains(QLatin1Char('-')));

    // The header shows the product and its goal.
    const auto *name = window.findChild<QLabel *>(QStringLiteral("productName"));
    QVERIFY(name);
    QCOMPARE(name->text(), window.document()->product().name);
    QVERIFY(window.windowTitle().contains(window.document()->product().name));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("productGoal"))->text().contains(
        window.document()->product().productGoal.toHtmlEscaped()));
}

void TestMainWindow::refusedFileKeepsCurrentProduct()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_demoPath));
    const QString bogus = m_dir.filePath(QStringLiteral("notes.ordo"));
    {
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a product");
    }
    // The refusal is shown in a message box; close it as a user would.
    bool sawMessage = false;
    QTimer::singleShot(0, &window, [&sawMessage] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box) {
            sawMessage = box->text().contains(QStringLiteral("not an Ordo product"));
            box->close();
        }
    });
    QVERIFY(!window.openFile(bogus));
    QVERIFY(sawMessage);
    QCOMPARE(window.document()->path(), m_demoPath);
}

void TestMainWindow::newFileFromCommandLineIsCreated()
{
    MainWindow window;
    const QString path = m_dir.filePath(QStringLiteral("Fresh Product.ordo"));
    window.startUp(path);
    QVERIFY(window.document());
    QCOMPARE(window.document()->path(), path);
    QCOMPARE(window.document()->product().name, QStringLiteral("Fresh Product"));
    QCOMPARE(window.document()->backlogModel()->rowCount(), 0);
    QVERIFY(QFile::exists(path));
}

namespace {

// Closes the message box that the next event loop pass shows, and reports its text.
void closeNextMessage(QObject *context, QString *text)
{
    QTimer::singleShot(0, context, [text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *text = box->text();
            box->close();
        }
    });
}

QList<QDockWidget *> panels(const MainWindow &window)
{
    return window.findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly);
}

QAction *panelAction(const MainWindow &window, const QString &dock)
{
    return window.findChild<QAction *>(dock + QStringLiteral("Action"));
}

bool focusIsIn(const QWidget *widget)
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && (focus == widget || widget->isAncestorOf(focus));
}

} // namespace

void TestMainWindow::refusedProductAtStartShowsStartPage_data()
{
    QTest::addColumn<bool>("fromCommandLine");
    QTest::newRow("a refused file on the command line") << true;
    QTest::newRow("a refused last product") << false;
}

void TestMainWindow::refusedProductAtStartShowsStartPage()
{
    QFETCH(bool, fromCommandLine);
    const QString bogus = m_dir.filePath(QStringLiteral("refused.ordo"));
    {
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("SQLite format 3 is what this is not");
    }
    QByteArray before;
    {
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::ReadOnly));
        before = file.readAll();
    }
    QSettings().setValue(QStringLiteral("lastProduct"), fromCommandLine ? m_demoPath : bogus);
    RecentFiles recentFiles;
    recentFiles.clear();
    recentFiles.add(m_demoPath);

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString message;
    closeNextMessage(&window, &message);
    window.startUp(fromCommandLine ? bogus : QString());
    QVERIFY2(message.contains(QStringLiteral("not an Ordo product")), qPrintable(message));

    // No product: the start page, not an empty table whose headers read 1 2 3.
    QVERIFY(!window.document());
    QVERIFY(window.startPage()->isVisible());
    QVERIFY(!window.backlogView()->isVisible());
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("productName"))->isVisible());
    for (QDockWidget *dock : panels(window))
        QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
    for (const QString &dock : {QStringLiteral("storyDock"), QStringLiteral("epicsDock")})
        QVERIFY(!panelAction(window, dock)->isEnabled());
    QVERIFY(!window.productSettingsAction()->isEnabled());
    QVERIFY(!window.proposeAction()->isEnabled());
    QCOMPARE(window.windowTitle(), QStringLiteral("Ordo"));
    for (const char *button : {"startNewButton", "startOpenButton", "startDemoButton"})
        QVERIFY2(window.startPage()->findChild<QPushButton *>(QLatin1String(button))->isVisible(), button);

    // The file is left as it was.
    {
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    // Open Recent, on the page: the demo opens, and with it the panels as they were.
    QListWidget *recent = window.startPage()->recentList();
    QVERIFY(recent->isVisible());
    QCOMPARE(recent->count(), 1);
    QCOMPARE(recent->item(0)->text(), QStringLiteral("demo"));
    emit recent->itemActivated(recent->item(0));
    QVERIFY(window.document());
    QCOMPARE(window.document()->path(), m_demoPath);
    QVERIFY(!window.startPage()->isVisible());
    QVERIFY(window.backlogView()->isVisible());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("productName"))->isVisible());
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("storyDock"))->isVisible());
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("epicsDock"))->isVisible());
    QVERIFY(panelAction(window, QStringLiteral("storyDock"))->isEnabled());
    QVERIFY(window.productSettingsAction()->isEnabled());
    QFile::remove(bogus);
}

void TestMainWindow::startPageOpensTheDemo()
{
    QSettings().remove(QStringLiteral("recentFiles"));
    MainWindow window;
    window.show();
    QVERIFY(window.startPage()->isVisible());
    QVERIFY(window.startPage()->findChild<QLabel *>(QStringLiteral("noRecentProducts"))->isVisible());
    QVERIFY(!window.startPage()->recentList()->isVisible());
    window.startPage()->findChild<QPushButton *>(QStringLiteral("startDemoButton"))->click();
    QVERIFY(window.document());
    QVERIFY(window.document()->backlogModel()->rowCount() >= 40);
    QVERIFY(window.backlogView()->isVisible());
}

void TestMainWindow::panelActionBringsPanelToFront_data()
{
    QTest::addColumn<QString>("dock");
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::newRow("Epics") << QStringLiteral("epicsDock") << QKeySequence(QStringLiteral("Ctrl+Shift+E"));
    QTest::newRow("Story Editor") << QStringLiteral("storyDock") << QKeySequence(QStringLiteral("Ctrl+Shift+I"));
    QTest::newRow("Backlog Health") << QStringLiteral("healthDock") << QKeySequence(QStringLiteral("Ctrl+Shift+K"));
    QTest::newRow("Archive") << QStringLiteral("archiveDock") << QKeySequence(QStringLiteral("Ctrl+Shift+R"));
    QTest::newRow("Decisions") << QStringLiteral("decisionsDock") << QKeySequence(QStringLiteral("Ctrl+Shift+J"));
    QTest::newRow("Undo History") << QStringLiteral("undoDock") << QKeySequence(QStringLiteral("Ctrl+Shift+H"));
}

void TestMainWindow::panelActionBringsPanelToFront()
{
    QFETCH(QString, dock);
    QFETCH(QKeySequence, shortcut);
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_demoPath));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *panel = window.findChild<QDockWidget *>(dock);
    QVERIFY(panel);
    QCOMPARE(panelAction(window, dock)->shortcut(), shortcut);

    // Hidden: the shortcut shows it in front, with the focus in it.
    panel->hide();
    QTest::keySequence(&window, shortcut);
    QVERIFY(panel->isVisible());
    QTRY_VERIFY(PanelAction::isInFront(panel));
    QTRY_VERIFY2(focusIsIn(panel), QApplication::focusWidget()
                                       ? QApplication::focusWidget()->metaObject()->className()
                                       : "no focus");
    QVERIFY(panelAction(window, dock)->isChecked());

    // In front: the shortcut hides it.
    QTest::keySequence(&window, shortcut);
    QVERIFY(panel->isHidden());
    QVERIFY(!panelAction(window, dock)->isChecked());

    // Behind another panel's tab: the shortcut brings it to the front, and leaves it open.
    QTest::keySequence(&window, shortcut);
    QVERIFY(panel->isVisible());
    auto *other = window.findChild<QDockWidget *>(dock == QLatin1String("undoDock") ? QStringLiteral("archiveDock")
                                                                                     : QStringLiteral("undoDock"));
    other->show();
    window.tabifyDockWidget(panel, other);
    other->raise();
    QTRY_VERIFY(PanelAction::isInFront(other));
    QTRY_VERIFY(!PanelAction::isInFront(panel));
    QVERIFY(!panel->isHidden());
    QTest::keySequence(&window, shortcut);
    QVERIFY(!panel->isHidden());
    QTRY_VERIFY(PanelAction::isInFront(panel));
    QTRY_VERIFY(focusIsIn(panel));
    QVERIFY(!PanelAction::isInFront(other));
    QVERIFY(panelAction(window, dock)->isChecked());
}

// The report that led to PanelAction: with the Story panel in front, Ctrl+Shift+I hid it, and
// pressing it again showed the group with Backlog Health in front.
void TestMainWindow::storyShortcutTogglesOnlyWhenInFront()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_demoPath));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *story = window.findChild<QDockWidget *>(QStringLiteral("storyDock"));
    auto *health = window.findChild<QDockWidget *>(QStringLiteral("healthDock"));
    story->show();
    health->show();
    window.tabifyDockWidget(story, health);
    story->raise();
    QTRY_VERIFY(PanelAction::isInFront(story));

    const QKeySequence storyKey(QStringLiteral("Ctrl+Shift+I"));
    const QKeySequence healthKey(QStringLiteral("Ctrl+Shift+K"));
    QTest::keySequence(&window, healthKey); // Health to the front: Story goes behind it
    QTRY_VERIFY(PanelAction::isInFront(health));
    QVERIFY(!PanelAction::isInFront(story));
    QTest::keySequence(&window, storyKey); // Story back to the front, not hidden
    QTRY_VERIFY(PanelAction::isInFront(story));
    QVERIFY(!health->isHidden());
    QTest::keySequence(&window, storyKey); // now it hides
    QVERIFY(story->isHidden());
    QTest::keySequence(&window, storyKey); // and comes back in front of Health
    QTRY_VERIFY(PanelAction::isInFront(story));
    QVERIFY(!PanelAction::isInFront(health));
    QTRY_VERIFY(focusIsIn(story));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("storyTitle"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
