#include "backlog/backlogmodel.h"
#include "backlog/backlogview.h"
#include "backlogactions.h"
#include "commands/backlogcommands.h"
#include "mainwindow.h"
#include "productdocument.h"
#include "server/connectdialog.h"
#include "server/connectionwatch.h"
#include "services/demoproduct.h"
#include "storage/database.h"
#include "storage/itemrepository.h"
#include "storage/server.h"
#include "story/storyeditor.h"
#include "testdocument.h"
#include "testproduct.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QMenu>
#include <QLineEdit>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace Ordo;

Q_DECLARE_METATYPE(Ordo::Server::Role)


// The window on a product that lives on a PostgreSQL server (the throwaway server ctest starts):
// it opens as the user's role allows, and a lost connection blocks every change, keeps what is
// being typed, and is made again by itself.
class TestServerWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void opensWithTheUsersRole_data();
    void opensWithTheUsersRole();
    void lostConnectionBlocksWritesAndComesBack();
    void aWriteThatFailsKeepsTheTypedText();
    void publishesTheOpenFileThroughTheWindow();

private:
    ServerAddress publishedProduct();
    ServerAddress as(const QString &user) const;
    void cutOff(bool cut);
    QString createUser();

    ServerAddress m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<ServerDatabase> m_product;
    QStringList m_users;
};

void TestServerWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OrdoTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_serverwindow"));
    QString why;
    const auto server = testServer(&why);
    if (!server)
        QSKIP(qPrintable(why));
    m_server = *server;
    ConnectionWatch::setIntervals(100, 100);
}

void TestServerWindow::cleanupTestCase()
{
    if (!m_product)
        return;
    const QString database = m_product->address().database;
    m_product.reset();
    for (auto role : {Server::Role::ProductOwner, Server::Role::TeamMember, Server::Role::Stakeholder})
        adminExec(m_server, QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(Server::roleName(database, role)));
    for (const QString &user : std::as_const(m_users))
        adminExec(m_server, QStringLiteral("DROP ROLE IF EXISTS %1").arg(user));
}

QString TestServerWindow::createUser()
{
    const QString name = QStringLiteral("ordo_window_person_%1_%2").arg(QCoreApplication::applicationPid()).arg(m_users.size());
    adminExec(m_server, QStringLiteral("CREATE ROLE %1 LOGIN").arg(name));
    m_users.append(name);
    return name;
}

// The demo product, published once for the whole test.
ServerAddress TestServerWindow::publishedProduct()
{
    if (!m_product) {
        const QString path = m_dir.filePath(QStringLiteral("demo.ordo"));
        if (auto written = DemoProduct::write(path); !written)
            qFatal("%s", qPrintable(written.errorMessage()));
        auto file = Database::open(path);
        m_product = std::make_unique<ServerDatabase>();
        if (auto published = Server::publish(*file, m_product->address()); !published)
            qFatal("%s", qPrintable(published.errorMessage()));
    }
    return m_product->address();
}

ServerAddress TestServerWindow::as(const QString &user) const
{
    ServerAddress address = m_product->address();
    if (!user.isEmpty())
        address.user = user;
    return address;
}

// Ends every session of the product's database and lets no new one in (cut), or lets them in again.
void TestServerWindow::cutOff(bool cut)
{
    const QString database = m_product->address().database;
    adminExec(m_server, QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS %2").arg(database, cut ? QStringLiteral("false") : QStringLiteral("true")));
    if (cut) {
        adminExec(m_server, QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' "
                                           "AND pid <> pg_backend_pid()")
                                .arg(database));
    }
}

void TestServerWindow::opensWithTheUsersRole_data()
{
    QTest::addColumn<Server::Role>("role");
    QTest::newRow("product owner") << Server::Role::ProductOwner;
    QTest::newRow("team member") << Server::Role::TeamMember;
    QTest::newRow("stakeholder") << Server::Role::Stakeholder;
}

void TestServerWindow::opensWithTheUsersRole()
{
    QFETCH(Server::Role, role);
    const ServerAddress product = publishedProduct();
    const QString user = createUser();
    QVERIFY(Server::grant(product, role, user));

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openServer(as(user)));
    QTRY_VERIFY(window.document() && !window.document()->isLoading());
    QVERIFY(window.document()->database().isServer());
    QCOMPARE(window.document()->access().role(), role);
    auto *roleLabel = window.findChild<QLabel *>(QStringLiteral("roleLabel"));
    QVERIFY(roleLabel->isVisible());
    QVERIFY2(roleLabel->text().contains(Server::roleTitle(role)), qPrintable(roleLabel->text()));

    const bool owner = role == Server::Role::ProductOwner;
    window.backlogView()->setCurrentIndex(window.backlogView()->model()->index(0, BacklogModel::TitleColumn));
    QCOMPARE(window.backlogActions()->addItemAction->isEnabled(), owner);
    QCOMPARE(window.backlogActions()->statusMenu->isEnabled(), role != Server::Role::Stakeholder);
    QCOMPARE(window.shareAction()->isEnabled(), owner);
    QVERIFY(!window.publishAction()->isEnabled()); // it is on a server already
    QCOMPARE(window.storyEditor()->titleEdit()->isReadOnly(), !owner);

    // What the window lets through, the server takes; what it does not, the facade refuses.
    const ItemId first = window.document()->backlogModel()->rows().front().id;
    const Status estimated = Commands::setEstimate(window.document()->commands(), {first}, 8.0);
    QCOMPARE(bool(estimated), role != Server::Role::Stakeholder);
    const Status renamed = Commands::setTitle(window.document()->commands(), first, QStringLiteral("Renamed by %1").arg(user));
    QCOMPARE(bool(renamed), owner);
}

void TestServerWindow::lostConnectionBlocksWritesAndComesBack()
{
    const ServerAddress product = publishedProduct();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openServer(as(QString())));
    QTRY_VERIFY(window.document() && !window.document()->isLoading());
    ProductDocument *document = window.document();
    QVERIFY(!window.connectionBanner()->isVisible());
    const ItemId first = document->backlogModel()->rows().front().id;

    cutOff(true);
    QTRY_VERIFY(!document->access().isConnected());
    QTRY_VERIFY(window.connectionBanner()->isVisible());
    QVERIFY(!window.backlogActions()->addItemAction->isEnabled());
    QVERIFY(window.storyEditor()->titleEdit()->isReadOnly());
    const Status refused = Commands::setTitle(document->commands(), first, QStringLiteral("Written while away"));
    QVERIFY(!refused);
    QVERIFY(refused.errorMessage().contains(QLatin1String("connection")));

    // Someone else writes while this window is away ...
    cutOff(false);
    {
        auto other = Database::openServer(product);
        QVERIFY(other);
        QVERIFY(ItemRepository(*other).setTitle(first, QStringLiteral("Changed while you were away")));
    }
    // ... and the window, connected again by itself, shows it.
    QTRY_VERIFY_WITH_TIMEOUT(document->access().isConnected(), 10000);
    QTRY_VERIFY(!window.connectionBanner()->isVisible());
    QVERIFY(window.backlogActions()->addItemAction->isEnabled());
    QTRY_COMPARE(document->backlogModel()->rows().front().title, QStringLiteral("Changed while you were away"));
    QVERIFY(Commands::setTitle(document->commands(), first, QStringLiteral("Written once back")));
    auto check = Database::openServer(product);
    QCOMPARE(ItemRepository(*check).load(first)->title, QStringLiteral("Written once back"));
}

void TestServerWindow::aWriteThatFailsKeepsTheTypedText()
{
    publishedProduct();
    ConnectionWatch::setIntervals(60000, 100); // the failed write notices, not the clock
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openServer(as(QString())));
    QTRY_VERIFY(window.document() && !window.document()->isLoading());
    window.backlogView()->setCurrentIndex(window.backlogView()->model()->index(0, BacklogModel::TitleColumn));
    QLineEdit *title = window.storyEditor()->titleEdit();
    const QString before = title->text();
    title->setFocus();
    title->end(false);

    cutOff(true);
    QTest::keyClicks(title, QStringLiteral("!"));
    // The write failed: the window says the connection is lost instead of a box per keystroke,
    // and the field keeps the text as typed.
    QVERIFY(!window.document()->access().isConnected());
    QVERIFY(window.connectionBanner()->isVisible());
    QCOMPARE(title->text(), before + QLatin1Char('!'));
    QVERIFY(QApplication::activeModalWidget() == nullptr);

    cutOff(false);
    QTRY_VERIFY_WITH_TIMEOUT(window.document()->access().isConnected(), 10000);
    QCOMPARE(title->text(), before + QLatin1Char('!'));
    QTest::keyClicks(title, QStringLiteral("!"));
    QTRY_COMPARE(window.document()->backlogModel()->rows().front().title, before + QStringLiteral("!!"));
    ConnectionWatch::setIntervals(100, 100);
}

// File > Publish to Server: the open product file goes to an empty database on the server, and
// the window offers to open it there.
void TestServerWindow::publishesTheOpenFileThroughTheWindow()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.ordo"));
    QVERIFY(DemoProduct::write(path));
    QString database;
    // The roles outlive the database (they are the server's): dropped once it is gone.
    const auto dropRoles = qScopeGuard([&] {
        for (auto role : {Server::Role::ProductOwner, Server::Role::TeamMember, Server::Role::Stakeholder})
            adminExec(m_server, QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(Server::roleName(database, role)));
    });
    ServerDatabase target;
    database = target.address().database;
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path));
    QTRY_VERIFY(window.document() && !window.document()->isLoading());
    const qsizetype items = window.document()->backlogModel()->rowCount();
    QVERIFY(window.publishAction()->isEnabled());
    QVERIFY(!window.shareAction()->isEnabled()); // a file has no roles to give

    bool filled = false;
    whenModalDialog(QStringLiteral("connectDialog"), [&](QDialog *dialog) {
        auto *connect = qobject_cast<ConnectDialog *>(dialog);
        ServerAddress address = target.address();
        address.options = QStringLiteral("sslmode=disable");
        connect->setAddress(address);
        connect->accept();
    }, &filled);
    bool answered = false;
    whenModalDialog(QStringLiteral("publishedQuestion"), [&](QDialog *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click(); // open it on the server
        }
    }, &answered);
    window.publishAction()->trigger();
    QVERIFY(filled);
    QVERIFY(answered);
    // The window shows the product on the server now, as its Product Owner.
    QTRY_VERIFY(window.document() && window.document()->database().isServer() && !window.document()->isLoading());
    QCOMPARE(window.document()->backlogModel()->rowCount(), items);
    QCOMPARE(window.document()->access().role(), Server::Role::ProductOwner);
    QVERIFY(window.shareAction()->isEnabled());
}

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
