#include "domain/item.h"
#include "domain/product.h"
#include "interchange/jsonbackup.h"
#include "services/demoproduct.h"
#include "storage/itemrepository.h"
#include "storage/migrations/migrations.h"
#include "storage/productcopy.h"
#include "storage/productrepository.h"
#include "storage/server.h"
#include "storage/sql.h"
#include "testproduct.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Ordo;

Q_DECLARE_METATYPE(Ordo::Server::Role)

// Publishing a product file to a PostgreSQL server and saving it back as a file: every row of
// every table the same, all or nothing (a database that is not empty, a cancel, a failure midway
// leave the database as it was); the roles of a team, enforced by the server itself.
class TestPublish : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanupTestCase();
    void publishesAndSavesBack();
    void createsAMissingDatabase();
    void refusesADatabaseThatIsNotEmpty();
    void cancelLeavesTheDatabaseEmpty_data();
    void cancelLeavesTheDatabaseEmpty();
    void failureMidwayLeavesNothing_data();
    void failureMidwayLeavesNothing();
    void roleKeys();
    void roleNamesFitPostgres();
    void serverEnforcesRoles_data();
    void serverEnforcesRoles();
    void roleOfGivesTheRole();
    void grantRefusesAnUnknownUser();
    void onlyTheProductOwnerGrants();
    void aNonSuperuserPublishes();
    void anOlderFormatWaitsForItsPublisher();

private:
    QString createUser();
    // A product published once for the role tests.
    const ServerAddress &sharedProduct();

    QTemporaryDir m_dir;
    QStringList m_users;
    std::unique_ptr<ServerDatabase> m_shared;
};

namespace {

ServerAddress server()
{
    QString why;
    const auto address = testServer(&why);
    if (!address)
        qFatal("%s", qPrintable(why));
    return *address;
}

// Every row of `table`, each as text (NULL apart), the columns by name, the rows sorted.
QList<QStringList> rowsOf(const QSqlDatabase &db, const QString &table)
{
    const QSqlRecord record = db.record(table);
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    names.sort();
    QList<QStringList> rows;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2").arg(names.join(QStringLiteral(", ")), table)))
        qFatal("%s", qPrintable(query.lastError().text()));
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < names.size(); ++i) {
            const QVariant value = query.value(i);
            row.append(names.at(i) + QLatin1Char('=') + (value.isNull() ? QStringLiteral("NULL") : value.toString()));
        }
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    auto value = Sql::scalar(db, sql);
    if (!value)
        qFatal("%s: %s", qPrintable(sql), qPrintable(value.errorMessage()));
    return value->toLongLong();
}

qint64 tablesIn(const ServerAddress &address)
{
    QString error;
    auto database = Database::connectToServer(address, &error);
    if (!database)
        qFatal("%s", qPrintable(error));
    return count(database->connection(), QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"));
}

bool roleExists(const QString &name)
{
    QSqlQuery query(adminConnection(server()));
    query.prepare(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"));
    query.addBindValue(name);
    return query.exec() && query.next() && query.value(0).toLongLong() > 0;
}

bool databaseExists(const QString &name)
{
    QSqlQuery query(adminConnection(server()));
    query.prepare(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?"));
    query.addBindValue(name);
    return query.exec() && query.next() && query.value(0).toLongLong() > 0;
}

void dropRoles(const QString &database)
{
    for (auto role : {Server::Role::ProductOwner, Server::Role::TeamMember, Server::Role::Stakeholder})
        adminExec(server(), QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(Server::roleName(database, role)));
}

// A database on the test server whose product's roles go with it.
struct PublishedDatabase
{
    PublishedDatabase() = default;
    PublishedDatabase(const PublishedDatabase &) = delete;
    PublishedDatabase &operator=(const PublishedDatabase &) = delete;
    ~PublishedDatabase()
    {
        const QString name = database->address().database;
        database.reset();
        dropRoles(name);
    }
    const ServerAddress &address() const { return database->address(); }
    std::unique_ptr<ServerDatabase> database = std::make_unique<ServerDatabase>();
};

std::unique_ptr<Database> openFile(const QString &path)
{
    Database::OpenError error;
    auto database = Database::open(path, &error);
    if (!database)
        qFatal("%s", qPrintable(error.message));
    return database;
}

// A small product file with three items and their acceptance criteria.
std::unique_ptr<Database> smallProduct(const QString &path)
{
    Product product;
    product.name = QStringLiteral("Publish");
    product.keyPrefix = QStringLiteral("PUB");
    QString error;
    auto database = Database::create(path, product, &error);
    if (!database)
        qFatal("%s", qPrintable(error));
    for (const char *title : {"First", "Second", "Third"}) {
        BacklogItem item;
        item.title = QString::fromLatin1(title);
        auto id = ItemRepository(*database).create(item);
        if (!id || !ItemRepository(*database).setCriteria(*id, {QStringLiteral("Given a"), QStringLiteral("Then b")}))
            qFatal("cannot fill the small product");
    }
    return database;
}

} // namespace

void TestPublish::init()
{
    QString why;
    if (!testServer(&why))
        QSKIP(qPrintable(why));
}

void TestPublish::cleanupTestCase()
{
    if (m_shared) {
        const QString name = m_shared->address().database;
        m_shared.reset();
        dropRoles(name);
    }
    for (const QString &user : std::as_const(m_users))
        adminExec(server(), QStringLiteral("DROP ROLE IF EXISTS %1").arg(user));
}

QString TestPublish::createUser()
{
    const QString name = QStringLiteral("ordo_test_person_%1_%2").arg(QCoreApplication::applicationPid()).arg(m_users.size());
    adminExec(server(), QStringLiteral("CREATE ROLE %1 LOGIN").arg(name));
    m_users.append(name);
    return name;
}

const ServerAddress &TestPublish::sharedProduct()
{
    if (!m_shared) {
        m_shared = std::make_unique<ServerDatabase>();
        auto file = smallProduct(m_dir.filePath(QStringLiteral("shared.ordo")));
        if (auto published = Server::publish(*file, m_shared->address()); !published)
            qFatal("%s", qPrintable(published.errorMessage()));
    }
    return m_shared->address();
}

void TestPublish::publishesAndSavesBack()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.ordo"));
    QVERIFY(DemoProduct::write(path, QDate(2026, 3, 2)));
    auto file = openFile(path);
    PublishedDatabase target;
    qint64 last = -1;
    qint64 total = -1;
    const auto published = Server::publish(*file, target.address(), [&](qint64 done, qint64 all) {
        last = done;
        total = all;
        return true;
    });
    QVERIFY2(published, qPrintable(published.errorMessage()));
    QVERIFY(total > 0);
    QCOMPARE(last, total);

    Database::OpenError error;
    auto onServer = Database::openServer(target.address(), &error);
    QVERIFY2(onServer, qPrintable(error.message));
    for (const QString &table : ProductCopy::tables()) {
        const auto expected = rowsOf(file->connection(), table);
        QCOMPARE(rowsOf(onServer->connection(), table), expected);
    }
    // The search index holds every item and finds their texts.
    QCOMPARE(count(onServer->connection(), QStringLiteral("SELECT count(*) FROM item_text")),
             count(file->connection(), QStringLiteral("SELECT count(*) FROM item")));
    const auto foundOnServer = ItemRepository(*onServer).idsWithText(QStringLiteral("the"));
    const auto foundInFile = ItemRepository(*file).idsWithText(QStringLiteral("the"));
    QVERIFY(foundOnServer && foundInFile);
    QVERIFY(!foundInFile->isEmpty());
    QCOMPARE(*foundOnServer, *foundInFile);
    auto role = Server::roleOf(*onServer);
    QVERIFY(role);
    QCOMPARE(*role, Server::Role::ProductOwner);

    // Save a Copy back to a file: the same product, byte for byte in its backup.
    const QString back = m_dir.filePath(QStringLiteral("back.ordo"));
    const auto saved = onServer->saveCopy(back);
    QVERIFY2(saved, qPrintable(saved.errorMessage()));
    QVERIFY(!QFileInfo::exists(back + QStringLiteral(".partial")));
    auto copy = openFile(back);
    const auto original = Backup::write(*file);
    const auto again = Backup::write(*copy);
    QVERIFY(original && again);
    QCOMPARE(*again, *original);
    const auto foundInCopy = ItemRepository(*copy).idsWithText(QStringLiteral("the"));
    QVERIFY(foundInCopy);
    QCOMPARE(*foundInCopy, *foundInFile);
}

void TestPublish::createsAMissingDatabase()
{
    auto file = smallProduct(m_dir.filePath(QStringLiteral("missing.ordo")));
    ServerAddress target = server();
    target.database = QStringLiteral("ordo_test_new_%1").arg(QCoreApplication::applicationPid());
    adminExec(server(), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(target.database));
    const auto published = Server::publish(*file, target);
    QVERIFY2(published, qPrintable(published.errorMessage()));
    {
        auto onServer = Database::openServer(target);
        QVERIFY(onServer);
        QCOMPARE(count(onServer->connection(), QStringLiteral("SELECT count(*) FROM item")), 3);
    }
    adminExec(server(), QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(target.database));
    dropRoles(target.database);

    // A failure drops the database it created again.
    QVERIFY(Sql::exec(file->connection(), QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY(Sql::exec(file->connection(), QStringLiteral("INSERT INTO acceptance_criterion (item_id, position, text) "
                                                         "VALUES (999, 0, 'dangling')")));
    QVERIFY(!Server::publish(*file, target));
    QVERIFY(!databaseExists(target.database));
}

void TestPublish::refusesADatabaseThatIsNotEmpty()
{
    auto file = smallProduct(m_dir.filePath(QStringLiteral("notempty.ordo")));
    ServerDatabase target;
    {
        QString error;
        auto other = Database::connectToServer(target.address(), &error);
        QVERIFY2(other, qPrintable(error));
        QVERIFY(Sql::exec(other->connection(), QStringLiteral("CREATE TABLE notes (text TEXT)")));
        QVERIFY(Sql::exec(other->connection(), QStringLiteral("INSERT INTO notes VALUES ('keep me')")));
    }
    const auto published = Server::publish(*file, target.address());
    QVERIFY(!published);
    QVERIFY2(published.errorMessage().contains(QLatin1String("not empty")), qPrintable(published.errorMessage()));
    QCOMPARE(tablesIn(target.address()), 1);
    auto other = Database::connectToServer(target.address());
    QCOMPARE(count(other->connection(), QStringLiteral("SELECT count(*) FROM notes WHERE text = 'keep me'")), 1);
    QVERIFY(!roleExists(Server::roleName(target.address().database, Server::Role::ProductOwner)));
}

void TestPublish::cancelLeavesTheDatabaseEmpty_data()
{
    QTest::addColumn<int>("call");
    QTest::newRow("at the start") << 1;
    QTest::newRow("midway") << 3;
}

void TestPublish::cancelLeavesTheDatabaseEmpty()
{
    QFETCH(int, call);
    const QString path = m_dir.filePath(QStringLiteral("cancel-%1.ordo").arg(call));
    QVERIFY(DemoProduct::write(path, QDate(2026, 3, 2)));
    auto file = openFile(path);
    ServerDatabase target;
    int calls = 0;
    qint64 at = -1;
    const auto published = Server::publish(*file, target.address(), [&](qint64 done, qint64) {
        at = done;
        return ++calls < call;
    });
    QVERIFY(!published);
    QCOMPARE(calls, call);
    if (call > 1)
        QVERIFY(at > 0);
    QVERIFY2(published.errorMessage().contains(QLatin1String("cancelled")), qPrintable(published.errorMessage()));
    QCOMPARE(tablesIn(target.address()), 0);
    QVERIFY(!roleExists(Server::roleName(target.address().database, Server::Role::ProductOwner)));
}

void TestPublish::failureMidwayLeavesNothing_data()
{
    QTest::addColumn<QString>("tampering");
    // SQLite without its checks takes what PostgreSQL refuses.
    QTest::newRow("dangling reference") << QStringLiteral("INSERT INTO history (item_id, at, field, old_value, new_value) "
                                                          "VALUES (4242, '2026-01-01T00:00:00Z', 'status', 'new', 'ready')");
    QTest::newRow("broken check") << QStringLiteral("UPDATE item SET status = 'lost' WHERE id = (SELECT max(id) FROM item)");
}

void TestPublish::failureMidwayLeavesNothing()
{
    QFETCH(QString, tampering);
    const QString path = m_dir.filePath(QStringLiteral("tampered-%1.ordo").arg(QString::fromLatin1(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('-')));
    auto file = smallProduct(path);
    QVERIFY(Sql::exec(file->connection(), QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY(Sql::exec(file->connection(), QStringLiteral("PRAGMA ignore_check_constraints = ON")));
    const auto tampered = Sql::exec(file->connection(), tampering);
    QVERIFY2(tampered, qPrintable(tampered.errorMessage()));
    ServerDatabase target;
    const auto published = Server::publish(*file, target.address());
    QVERIFY(!published);
    QVERIFY2(published.errorMessage().contains(QLatin1String("Could not publish")), qPrintable(published.errorMessage()));
    QCOMPARE(tablesIn(target.address()), 0);
    QVERIFY(!roleExists(Server::roleName(target.address().database, Server::Role::ProductOwner)));
}

void TestPublish::roleKeys()
{
    for (auto role : {Server::Role::ProductOwner, Server::Role::TeamMember, Server::Role::Stakeholder}) {
        QCOMPARE(Server::roleFromKey(Server::roleKey(role)), std::optional<Server::Role>(role));
        QVERIFY(!Server::roleTitle(role).isEmpty());
    }
    QCOMPARE(Server::roleKey(Server::Role::ProductOwner), QStringLiteral("product-owner"));
    QCOMPARE(Server::roleKey(Server::Role::TeamMember), QStringLiteral("team-member"));
    QCOMPARE(Server::roleKey(Server::Role::Stakeholder), QStringLiteral("stakeholder"));
    QVERIFY(!Server::roleFromKey(QStringLiteral("admin")));
}

void TestPublish::roleNamesFitPostgres()
{
    QCOMPARE(Server::roleName(QStringLiteral("backlog"), Server::Role::TeamMember), QStringLiteral("ordo_backlog_team_member"));
    const QString longName = QStringLiteral("the_team_backlog_of_the_department_of_r%1sum%1s_and_many_other_things").arg(QChar(0xE9));
    const QString other = longName + QStringLiteral("_too");
    for (auto role : {Server::Role::ProductOwner, Server::Role::TeamMember, Server::Role::Stakeholder}) {
        const QString name = Server::roleName(longName, role);
        QVERIFY2(name.toUtf8().size() <= 63, qPrintable(name));
        QVERIFY(name.startsWith(QLatin1String("ordo_the_team")));
        QVERIFY(name != Server::roleName(other, role));
    }
}

void TestPublish::serverEnforcesRoles_data()
{
    QTest::addColumn<Server::Role>("role");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("allowed");
    const QStringList actions = {QStringLiteral("read"),        QStringLiteral("status"),  QStringLiteral("estimate"),
                                 QStringLiteral("criteria"),    QStringLiteral("title"),   QStringLiteral("create"),
                                 QStringLiteral("archive"),     QStringLiteral("delete"),  QStringLiteral("product")};
    const QStringList teamMay = {QStringLiteral("read"), QStringLiteral("status"), QStringLiteral("estimate"), QStringLiteral("criteria")};
    for (auto role : {Server::Role::ProductOwner, Server::Role::TeamMember, Server::Role::Stakeholder}) {
        for (const QString &action : actions) {
            const bool allowed = role == Server::Role::ProductOwner
                                 || (role == Server::Role::TeamMember && teamMay.contains(action))
                                 || action == QLatin1String("read");
            QTest::addRow("%s %s", qPrintable(Server::roleKey(role)), qPrintable(action)) << role << action << allowed;
        }
    }
}

void TestPublish::serverEnforcesRoles()
{
    QFETCH(Server::Role, role);
    QFETCH(QString, action);
    QFETCH(bool, allowed);
    const ServerAddress product = sharedProduct();
    // A fresh item for each action, made by the server's superuser.
    ItemId item = 0;
    {
        auto owner = Database::openServer(product);
        QVERIFY(owner);
        BacklogItem fresh;
        fresh.title = action;
        auto id = ItemRepository(*owner).create(fresh);
        QVERIFY(id);
        item = *id;
    }
    const QString user = createUser();
    const auto granted = Server::grant(product, role, user);
    QVERIFY2(granted, qPrintable(granted.errorMessage()));
    ServerAddress asUser = product;
    asUser.user = user;
    Database::OpenError error;
    auto database = Database::openServer(asUser, &error);
    QVERIFY2(database, qPrintable(error.message));
    ItemRepository items(*database);
    const QString historyOfItem = QStringLiteral("SELECT count(*) FROM history WHERE item_id = %1").arg(item);
    const qint64 historyBefore = count(database->connection(), historyOfItem);
    Status done = success();
    if (action == QLatin1String("read")) {
        auto rows = items.backlogRows();
        done = rows ? success() : Status(rows.error());
    } else if (action == QLatin1String("status")) {
        done = items.setStatus(item, ItemStatus::InProgress);
    } else if (action == QLatin1String("estimate")) {
        done = items.setEstimate(item, 5.0);
    } else if (action == QLatin1String("criteria")) {
        done = items.setCriteria(item, {QStringLiteral("Given a team"), QStringLiteral("Then it works")});
    } else if (action == QLatin1String("title")) {
        done = items.setTitle(item, QStringLiteral("Renamed"));
    } else if (action == QLatin1String("create")) {
        BacklogItem fresh;
        fresh.title = QStringLiteral("New");
        auto id = items.create(fresh);
        done = id ? success() : Status(id.error());
    } else if (action == QLatin1String("archive")) {
        done = items.setArchived(item, true);
    } else if (action == QLatin1String("delete")) {
        done = items.deletePermanently(item);
    } else if (action == QLatin1String("product")) {
        auto settings = ProductRepository(*database).load();
        QVERIFY(settings);
        settings->name = QStringLiteral("Renamed product");
        done = ProductRepository(*database).update(*settings);
    }
    if (allowed) {
        QVERIFY2(done, qPrintable(done.errorMessage()));
    } else {
        QVERIFY(!done);
        QVERIFY2(done.errorMessage().contains(QLatin1String("permission denied")), qPrintable(done.errorMessage()));
    }
    // What a team member wrote is in the history and the search index.
    if (allowed && action == QLatin1String("status")) {
        QCOMPARE(count(database->connection(), historyOfItem), historyBefore + 1);
    }
    if (allowed && action == QLatin1String("criteria")) {
        auto found = items.idsWithText(QStringLiteral("Given a team"));
        QVERIFY(found);
        QVERIFY(found->contains(item));
    }
}

void TestPublish::roleOfGivesTheRole()
{
    const ServerAddress product = sharedProduct();
    for (auto role : {Server::Role::ProductOwner, Server::Role::TeamMember, Server::Role::Stakeholder}) {
        const QString user = createUser();
        QVERIFY(Server::grant(product, role, user));
        ServerAddress asUser = product;
        asUser.user = user;
        auto database = Database::openServer(asUser);
        QVERIFY(database);
        auto held = Server::roleOf(*database);
        QVERIFY2(held, qPrintable(held.errorMessage()));
        QCOMPARE(*held, role);
        // Given another role, the person holds that one only.
        const auto other = role == Server::Role::Stakeholder ? Server::Role::TeamMember : Server::Role::Stakeholder;
        database.reset();
        QVERIFY(Server::grant(product, other, user));
        database = Database::openServer(asUser);
        QVERIFY(database);
        QCOMPARE(Server::roleOf(*database).value_or(role), other);
    }
    // A person without a role connects to no product (the database is closed to PUBLIC).
    ServerAddress stranger = product;
    stranger.user = createUser();
    QVERIFY(!Database::openServer(stranger));
    // A file's user is its Product Owner.
    auto file = smallProduct(m_dir.filePath(QStringLiteral("roleof.ordo")));
    QCOMPARE(Server::roleOf(*file).value_or(Server::Role::Stakeholder), Server::Role::ProductOwner);
}

void TestPublish::grantRefusesAnUnknownUser()
{
    const auto granted = Server::grant(sharedProduct(), Server::Role::TeamMember, QStringLiteral("nobody_at_all"));
    QVERIFY(!granted);
    QVERIFY2(granted.errorMessage().contains(QLatin1String("no user")), qPrintable(granted.errorMessage()));
    QVERIFY(!roleExists(QStringLiteral("nobody_at_all")));
}

void TestPublish::onlyTheProductOwnerGrants()
{
    const ServerAddress product = sharedProduct();
    const QString member = createUser();
    const QString other = createUser();
    QVERIFY(Server::grant(product, Server::Role::TeamMember, member));
    ServerAddress asMember = product;
    asMember.user = member;
    const auto granted = Server::grant(asMember, Server::Role::ProductOwner, other);
    QVERIFY(!granted);
    QVERIFY2(granted.errorMessage().contains(QLatin1String("only the Product Owner")), qPrintable(granted.errorMessage()));

    // A Product Owner given the role by grant() gives roles in turn.
    const QString owner = createUser();
    QVERIFY(Server::grant(product, Server::Role::ProductOwner, owner));
    ServerAddress asOwner = product;
    asOwner.user = owner;
    const auto byOwner = Server::grant(asOwner, Server::Role::Stakeholder, other);
    QVERIFY2(byOwner, qPrintable(byOwner.errorMessage()));
}

// An administrator who may create databases and roles, but is no superuser, publishes: the
// database and its tables are theirs, they are its Product Owner and give the team its roles.
void TestPublish::aNonSuperuserPublishes()
{
    const QString admin = createUser();
    adminExec(server(), QStringLiteral("ALTER ROLE %1 CREATEDB CREATEROLE").arg(admin));
    ServerAddress target = server();
    target.user = admin;
    target.database = QStringLiteral("ordo_test_by_admin_%1").arg(QCoreApplication::applicationPid());
    struct Dropped
    {
        QString name;
        ~Dropped()
        {
            adminExec(server(), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
            dropRoles(name);
        }
    } dropped{target.database};

    auto file = smallProduct(m_dir.filePath(QStringLiteral("by-admin.ordo")));
    const auto published = Server::publish(*file, target);
    QVERIFY2(published, qPrintable(published.errorMessage()));
    Database::OpenError error;
    auto onServer = Database::openServer(target, &error);
    QVERIFY2(onServer, qPrintable(error.message));
    QCOMPARE(Server::roleOf(*onServer).value_or(Server::Role::Stakeholder), Server::Role::ProductOwner);
    QCOMPARE(count(onServer->connection(), QStringLiteral("SELECT count(*) FROM item")), 3);
    QVERIFY(ItemRepository(*onServer).setTitle(1, QStringLiteral("First, renamed")));

    const QString member = createUser();
    const auto granted = Server::grant(target, Server::Role::TeamMember, member);
    QVERIFY2(granted, qPrintable(granted.errorMessage()));
    ServerAddress asMember = target;
    asMember.user = member;
    auto byMember = Database::openServer(asMember, &error);
    QVERIFY2(byMember, qPrintable(error.message));
    QCOMPARE(Server::roleOf(*byMember).value_or(Server::Role::Stakeholder), Server::Role::TeamMember);
    QVERIFY(ItemRepository(*byMember).setEstimate(1, 5));
    QVERIFY(!ItemRepository(*byMember).setTitle(1, QStringLiteral("Not theirs to rename")));
}

// A product an older Ordo published: changing its tables takes who published it, so a team
// member is told to ask them, and nothing is changed; once they have opened it, everyone can.
void TestPublish::anOlderFormatWaitsForItsPublisher()
{
    PublishedDatabase target;
    auto file = smallProduct(m_dir.filePath(QStringLiteral("older.ordo")));
    QVERIFY(Server::publish(*file, target.address()));
    const QString member = createUser();
    QVERIFY(Server::grant(target.address(), Server::Role::TeamMember, member));
    {
        QString error;
        auto owner = Database::connectToServer(target.address(), &error);
        QVERIFY2(owner, qPrintable(error));
        const int older = Migrations::latestVersion() - 1;
        QVERIFY(Sql::exec(owner->connection(), QStringLiteral("UPDATE ordo_header SET user_version = ?"), {older}));
        QVERIFY(Sql::exec(owner->connection(), QStringLiteral("DELETE FROM schema_migration WHERE version > ?"), {older}));
    }
    ServerAddress asMember = target.address();
    asMember.user = member;
    Database::OpenError error;
    QVERIFY(!Database::openServer(asMember, &error));
    QVERIFY2(error.message.contains(QStringLiteral("older Ordo")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("Only the person who published it")), qPrintable(error.message));
    {
        QString ignored;
        auto reader = Database::connectToServer(target.address(), &ignored);
        QVERIFY(reader);
        QCOMPARE(Migrations::currentVersion(reader->connection()).value_or(0), Migrations::latestVersion() - 1);
    }
    auto byPublisher = Database::openServer(target.address(), &error);
    QVERIFY2(byPublisher, qPrintable(error.message));
    QCOMPARE(Migrations::currentVersion(byPublisher->connection()).value_or(0), Migrations::latestVersion());
    auto byMember = Database::openServer(asMember, &error);
    QVERIFY2(byMember, qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestPublish)
#include "tst_publish.moc"
