#include "access.h"
#include "backlog/backlogmodel.h"
#include "backlog/backlogview.h"
#include "backlogactions.h"
#include "commands/backlogcommands.h"
#include "commands/sprintcommands.h"
#include "mainwindow.h"
#include "productdocument.h"
#include "server/connectdialog.h"
#include "server/grantdialog.h"
#include "server/serverconnections.h"
#include "story/gherkinedit.h"
#include "story/storyeditor.h"
#include "testdocument.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Ordo;

Q_DECLARE_METATYPE(Ordo::Server::Role)
Q_DECLARE_METATYPE(Ordo::Access::Change)

// What a user may change in a product: by their role on a server, and nothing while the
// connection is lost. The window disables what is refused, the command facades refuse it
// before writing, and the dialogs that connect, publish and share ask for the right things.
class TestTeamAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void roleAllows_data();
    void roleAllows();
    void nothingWhileDisconnected();
    void commandsRefuseWhatTheRoleCannot_data();
    void commandsRefuseWhatTheRoleCannot();
    void windowDisablesWhatTheRoleCannot_data();
    void windowDisablesWhatTheRoleCannot();
    void typedTextStaysWhileWritesAreBlocked();
    void recentConnectionsKeepNoPassword();
    void connectDialogComposesTheAddress_data();
    void connectDialogComposesTheAddress();
    void connectDialogStaysOpenUntilConnected();
    void grantDialogAsksForUserAndRole();
};

void TestTeamAccess::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OrdoTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_teamaccess"));
}

void TestTeamAccess::init() { QSettings().clear(); }

void TestTeamAccess::roleAllows_data()
{
    QTest::addColumn<Server::Role>("role");
    QTest::addColumn<Access::Change>("change");
    QTest::addColumn<bool>("allowed");
    const struct
    {
        const char *name;
        Access::Change change;
    } changes[] = {{"backlog", Access::Change::Backlog},   {"status", Access::Change::Progress},
                   {"estimate", Access::Change::Estimate}, {"criteria", Access::Change::Criteria},
                   {"sprints", Access::Change::Sprints},   {"review", Access::Change::Review},
                   {"product", Access::Change::Product}};
    for (const auto &change : changes) {
        const bool teamMay = change.change == Access::Change::Progress || change.change == Access::Change::Estimate
            || change.change == Access::Change::Criteria;
        QTest::addRow("product owner, %s", change.name) << Server::Role::ProductOwner << change.change << true;
        QTest::addRow("team member, %s", change.name) << Server::Role::TeamMember << change.change << teamMay;
        QTest::addRow("stakeholder, %s", change.name) << Server::Role::Stakeholder << change.change << false;
    }
}

void TestTeamAccess::roleAllows()
{
    QFETCH(Server::Role, role);
    QFETCH(Access::Change, change);
    QFETCH(bool, allowed);
    const Access access = Access::forRole(role);
    QCOMPARE(access.may(change), allowed);
    const Status checked = access.check(change);
    QCOMPARE(bool(checked), allowed);
    if (!allowed)
        QVERIFY(!checked.errorMessage().isEmpty());
    // A product file: everything.
    QVERIFY(Access().may(change));
}

void TestTeamAccess::nothingWhileDisconnected()
{
    const Access lost = Access::forRole(Server::Role::ProductOwner).disconnected();
    QVERIFY(!lost.mayChangeAnything());
    for (Access::Change change : {Access::Change::Backlog, Access::Change::Progress, Access::Change::Criteria}) {
        QVERIFY(!lost.may(change));
        QVERIFY(lost.check(change).errorMessage().contains(QLatin1String("connection")));
    }
    QVERIFY(lost.connected().may(Access::Change::Backlog));
}

void TestTeamAccess::commandsRefuseWhatTheRoleCannot_data()
{
    QTest::addColumn<Server::Role>("role");
    QTest::addColumn<bool>("disconnected");
    QTest::addColumn<bool>("editsBacklog");
    QTest::addColumn<bool>("editsBoard");
    QTest::newRow("product owner") << Server::Role::ProductOwner << false << true << true;
    QTest::newRow("team member") << Server::Role::TeamMember << false << false << true;
    QTest::newRow("stakeholder") << Server::Role::Stakeholder << false << false << false;
    QTest::newRow("product owner, connection lost") << Server::Role::ProductOwner << true << false << false;
}

void TestTeamAccess::commandsRefuseWhatTheRoleCannot()
{
    QFETCH(Server::Role, role);
    QFETCH(bool, disconnected);
    QFETCH(bool, editsBacklog);
    QFETCH(bool, editsBoard);
    TestDocument test;
    const QList<ItemId> ids = test.addItems(3);
    Access access = Access::forRole(role);
    if (disconnected)
        access = access.disconnected();
    test.doc().setAccess(access);
    const Commands::Context context = test.commands();

    QCOMPARE(bool(Commands::setTitle(context, ids[0], QStringLiteral("Renamed"))), editsBacklog);
    QCOMPARE(bool(Commands::moveItems(context, {ids[2]}, 0)), editsBacklog);
    BacklogItem item;
    item.title = QStringLiteral("New");
    QCOMPARE(bool(Commands::createItem(context, item, std::nullopt)), editsBacklog);
    QCOMPARE(bool(Commands::archiveItems(context, {ids[1]})), editsBacklog);
    QCOMPARE(bool(Commands::setEstimate(context, {ids[0]}, 5.0)), editsBoard);
    QCOMPARE(bool(Commands::setStatus(context, {ids[0]}, ItemStatus::Ready)), editsBoard);
    QCOMPARE(bool(Commands::setField(context, ids[0], ChangeFieldCommand::Field::CriteriaField,
                                     QStringList{QStringLiteral("Given a cart\nWhen I pay\nThen I get a receipt")})),
             editsBoard);
    Sprint sprint;
    sprint.name = QStringLiteral("Sprint 1");
    sprint.start = QDate(2026, 12, 7);
    sprint.end = QDate(2026, 12, 18);
    QCOMPARE(bool(SprintCommands::createSprint(test.doc().sprintCommands(), sprint)), editsBacklog);

    // What was refused left the file and the undo stack as they were.
    if (!editsBacklog) {
        QCOMPARE(test.fileTitles(), (QStringList{QStringLiteral("Item 1"), QStringLiteral("Item 2"), QStringLiteral("Item 3")}));
        QCOMPARE(test.modelTitles(), test.fileTitles());
    }
    QCOMPARE(test.doc().undoStack()->count(), (editsBacklog ? 4 + 1 : 0) + (editsBoard ? 3 : 0));
}

void TestTeamAccess::windowDisablesWhatTheRoleCannot_data()
{
    QTest::addColumn<Server::Role>("role");
    QTest::newRow("product owner") << Server::Role::ProductOwner;
    QTest::newRow("team member") << Server::Role::TeamMember;
    QTest::newRow("stakeholder") << Server::Role::Stakeholder;
}

void TestTeamAccess::windowDisablesWhatTheRoleCannot()
{
    QFETCH(Server::Role, role);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.ordo"));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.startUp(path); // created
    QVERIFY(window.document());
    BacklogItem item;
    item.title = QStringLiteral("Pay by card");
    QVERIFY(Commands::createItem(window.document()->commands(), item, std::nullopt));
    window.backlogView()->setCurrentIndex(window.backlogView()->model()->index(0, BacklogModel::TitleColumn));

    window.document()->setAccess(Access::forRole(role));
    const bool owner = role == Server::Role::ProductOwner;
    const bool team = role == Server::Role::TeamMember;
    BacklogActions *actions = window.backlogActions();
    QCOMPARE(actions->addItemAction->isEnabled(), owner);
    QCOMPARE(actions->archiveAction->isEnabled(), owner);
    QCOMPARE(actions->moveToTopAction->isEnabled(), owner);
    QCOMPARE(actions->statusMenu->isEnabled(), owner || team);
    QVERIFY(actions->findAction->isEnabled()); // looking is for everyone
    QCOMPARE(window.productSettingsAction()->isEnabled(), owner);
    QCOMPARE(window.proposeAction()->isEnabled(), owner);
    StoryEditor *editor = window.storyEditor();
    QCOMPARE(editor->titleEdit()->isReadOnly(), !owner);
    QCOMPARE(editor->wantEdit()->isReadOnly(), !owner);
    QCOMPARE(editor->estimateBox()->isEnabled(), owner || team);
    QCOMPARE(editor->criteriaEdit()->isReadOnly(), !(owner || team));
    QCOMPARE(editor->findChild<QAbstractButton *>(QStringLiteral("splitButton"))->isEnabled(), owner);
    QCOMPARE(editor->findChild<QAbstractButton *>(QStringLiteral("addDependencyButton"))->isEnabled(), owner);

    // A selection change does not turn on what the role cannot do.
    window.backlogView()->clearSelection();
    window.backlogView()->setCurrentIndex(window.backlogView()->model()->index(0, BacklogModel::TitleColumn));
    QCOMPARE(actions->archiveAction->isEnabled(), owner);

    // Back to a file's rights: everything.
    window.document()->setAccess(Access());
    QVERIFY(actions->addItemAction->isEnabled());
    QVERIFY(!editor->titleEdit()->isReadOnly());
}

void TestTeamAccess::typedTextStaysWhileWritesAreBlocked()
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.startUp(dir.filePath(QStringLiteral("typing.ordo")));
    BacklogItem item;
    item.title = QStringLiteral("Pay by card");
    QVERIFY(Commands::createItem(window.document()->commands(), item, std::nullopt));
    window.backlogView()->setCurrentIndex(window.backlogView()->model()->index(0, BacklogModel::TitleColumn));
    StoryEditor *editor = window.storyEditor();
    editor->titleEdit()->setFocus();
    editor->titleEdit()->selectAll();
    QTest::keyClicks(editor->titleEdit(), QStringLiteral("Pay by card or by phone"));

    const Access owner = Access::forRole(Server::Role::ProductOwner);
    window.document()->setAccess(owner.disconnected());
    QVERIFY(editor->titleEdit()->isReadOnly());
    QCOMPARE(editor->titleEdit()->text(), QStringLiteral("Pay by card or by phone"));
    QVERIFY(!window.backlogActions()->addItemAction->isEnabled());
    // Undo writes too: off while nothing may be written.
    QVERIFY(window.document()->undoStack()->canUndo());
    const QList<QAction *> editActions = window.menuBar()->actions();
    bool undoFound = false;
    for (QAction *menuAction : editActions) {
        if (!menuAction->menu())
            continue;
        for (QAction *action : menuAction->menu()->actions()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Undo)) {
                undoFound = true;
                QVERIFY(!action->isEnabled());
            }
        }
    }
    QVERIFY(undoFound);
    // Typing goes nowhere while nothing can be saved: no edit waits in a queue.
    QTest::keyClicks(editor->titleEdit(), QStringLiteral(" now"));
    QCOMPARE(editor->titleEdit()->text(), QStringLiteral("Pay by card or by phone"));
    QCOMPARE(window.document()->backlogModel()->rows().front().title, QStringLiteral("Pay by card or by phone"));

    window.document()->setAccess(owner);
    QVERIFY(!editor->titleEdit()->isReadOnly());
    QCOMPARE(editor->titleEdit()->text(), QStringLiteral("Pay by card or by phone"));
    editor->titleEdit()->end(false);
    QTest::keyClicks(editor->titleEdit(), QStringLiteral(" today"));
    QCOMPARE(window.document()->backlogModel()->rows().front().title, QStringLiteral("Pay by card or by phone today"));
}

void TestTeamAccess::recentConnectionsKeepNoPassword()
{
    for (int i = 0; i < ServerConnections::maxRemembered + 2; ++i) {
        ServerAddress address;
        address.host = QStringLiteral("db.example.com");
        address.port = 5432;
        address.database = QStringLiteral("product%1").arg(i);
        address.user = QStringLiteral("alice");
        address.password = QStringLiteral("secret%1").arg(i);
        address.options = QStringLiteral("sslmode=require");
        ServerConnections::remember(address);
    }
    const QList<ServerAddress> recent = ServerConnections::recent();
    QCOMPARE(recent.size(), ServerConnections::maxRemembered);
    QCOMPARE(recent.front().database, QStringLiteral("product%1").arg(ServerConnections::maxRemembered + 1));
    QCOMPARE(recent.front().options, QStringLiteral("sslmode=require"));
    for (const ServerAddress &address : recent)
        QVERIFY(address.password.isEmpty());
    // Not in the settings file either.
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QLatin1String("secret")), qPrintable(key));

    // The same database again moves to the front instead of appearing twice.
    ServerAddress again = recent.back();
    ServerConnections::remember(again);
    QCOMPARE(ServerConnections::recent().front().database, again.database);
    QCOMPARE(ServerConnections::recent().size(), ServerConnections::maxRemembered);
    ServerConnections::forget(again);
    QCOMPARE(ServerConnections::recent().size(), ServerConnections::maxRemembered - 1);
}

void TestTeamAccess::connectDialogComposesTheAddress_data()
{
    QTest::addColumn<QString>("tls");
    QTest::addColumn<QString>("password");
    for (const QString &mode : ConnectDialog::tlsModes()) {
        QTest::addRow("%s, password", qPrintable(mode)) << mode << QStringLiteral("pw");
        QTest::addRow("%s, ~/.pgpass", qPrintable(mode)) << mode << QString();
    }
}

void TestTeamAccess::connectDialogComposesTheAddress()
{
    QFETCH(QString, tls);
    QFETCH(QString, password);
    ServerAddress address;
    address.host = QStringLiteral("db.example.com");
    address.port = 6543;
    address.database = QStringLiteral("harbor");
    address.user = QStringLiteral("bob");
    address.password = password;
    address.options = QStringLiteral("sslmode=%1;application_name=ordo").arg(tls);
    ConnectDialog dialog(ConnectDialog::Purpose::Open);
    dialog.setAddress(address);
    const ServerAddress composed = dialog.address();
    QCOMPARE(composed.host, address.host);
    QCOMPARE(composed.port, address.port);
    QCOMPARE(composed.database, address.database);
    QCOMPARE(composed.user, address.user);
    QCOMPARE(composed.password, password);
    const QStringList options = composed.options.split(QLatin1Char(';'));
    QVERIFY2(options.contains(QStringLiteral("sslmode=") + tls), qPrintable(composed.options));
    QVERIFY(options.contains(QStringLiteral("application_name=ordo")));
    // A server that does not answer gives up after a while instead of hanging the window.
    QVERIFY(options.contains(QStringLiteral("connect_timeout=10")));
}

void TestTeamAccess::connectDialogStaysOpenUntilConnected()
{
    ServerAddress known;
    known.host = QStringLiteral("db.example.com");
    known.database = QStringLiteral("harbor");
    known.user = QStringLiteral("carol");
    ServerConnections::remember(known);

    ConnectDialog dialog(ConnectDialog::Purpose::Open);
    // The last connection is offered first, without a password.
    auto *recent = dialog.findChild<QListWidget *>(QStringLiteral("recentConnections"));
    QVERIFY(recent);
    QCOMPARE(recent->count(), 1);
    QCOMPARE(dialog.address().database, QStringLiteral("harbor"));
    QVERIFY(dialog.address().password.isEmpty());

    int attempts = 0;
    ServerAddress tried;
    dialog.setAttempt([&](const ServerAddress &address) {
        ++attempts;
        tried = address;
        return attempts == 1 ? QStringLiteral("password authentication failed for user \"carol\"") : QString();
    });
    dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("wrong"));
    dialog.show();
    dialog.accept();
    QCOMPARE(attempts, 1);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problem"));
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QLatin1String("password authentication failed")));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("password"))->text(), QStringLiteral("wrong"));
    QCOMPARE(tried.password, QStringLiteral("wrong"));

    dialog.accept();
    QCOMPARE(attempts, 2);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(ServerConnections::recent().front().password.isEmpty());
}

void TestTeamAccess::grantDialogAsksForUserAndRole()
{
    GrantDialog dialog(QStringLiteral("Harbor"));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no user yet
    dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("  dave "));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.role(), Server::Role::TeamMember);
    dialog.findChild<QRadioButton *>(Server::roleKey(Server::Role::Stakeholder))->setChecked(true);
    Server::Role granted = Server::Role::ProductOwner;
    QString grantedTo;
    dialog.setAttempt([&](Server::Role role, const QString &user) {
        granted = role;
        grantedTo = user;
        return QString();
    });
    dialog.accept();
    QCOMPARE(granted, Server::Role::Stakeholder);
    QCOMPARE(grantedTo, QStringLiteral("dave"));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestTeamAccess)
#include "tst_teamaccess.moc"
