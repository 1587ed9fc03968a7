#include "server.h"

#include "migrations/migrations.h"
#include "productcopy.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>

namespace Ordo::Server {

namespace {

using ProductCopy::quotedName;

QString tr(const char *text)
{
    return QCoreApplication::translate("Ordo::Server", text);
}

constexpr Role allRoles[] = {Role::ProductOwner, Role::TeamMember, Role::Stakeholder};

QString roleSuffix(Role role)
{
    switch (role) {
    case Role::ProductOwner:
        return QStringLiteral("product_owner");
    case Role::TeamMember:
        return QStringLiteral("team_member");
    case Role::Stakeholder:
        return QStringLiteral("stakeholder");
    }
    return {};
}

// The name of the product database the connection is on.
Expected<QString> databaseName(const QSqlDatabase &db)
{
    auto name = Sql::scalar(db, QStringLiteral("SELECT current_database()"));
    if (!name)
        return name.error();
    return name->toString();
}

Expected<bool> roleExists(const QSqlDatabase &db, const QString &name)
{
    auto count = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {name});
    if (!count)
        return count.error();
    return count->toLongLong() > 0;
}

Status run(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        if (auto done = Sql::exec(db, statement); !done)
            return done.error();
    }
    return success();
}

// The three roles of the product the connection is on, made if they do not exist yet (roles
// outlive a database dropped earlier under the same name), with their grants.
Status setUpRoles(const QSqlDatabase &db)
{
    Expected<QString> name = databaseName(db);
    if (!name)
        return name.error();
    auto schema = Sql::scalar(db, QStringLiteral("SELECT current_schema()"));
    if (!schema)
        return schema.error();
    const QString owner = quotedName(roleName(*name, Role::ProductOwner));
    const QString member = quotedName(roleName(*name, Role::TeamMember));
    const QString stakeholder = quotedName(roleName(*name, Role::Stakeholder));
    for (Role role : allRoles) {
        Expected<bool> exists = roleExists(db, roleName(*name, role));
        if (!exists)
            return exists.error();
        if (!*exists) {
            if (auto created = Sql::exec(db, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quotedName(roleName(*name, role))));
                !created) {
                return Error{tr("The roles of the product cannot be made (the user needs the right to create roles): %1")
                                 .arg(created.errorMessage())};
            }
        }
    }
    const QString all = QStringList{owner, member, stakeholder}.join(QStringLiteral(", "));
    const QString inSchema = quotedName(schema->toString());
    const QString functions = QStringLiteral("FUNCTION ordo_next_id(), item_text_criteria(BIGINT), item_text_item(), "
                                             "item_text_criterion()");
    return run(db, {
        // Only the product's roles (and the owner, and superusers) connect to its database.
        QStringLiteral("REVOKE CONNECT, TEMPORARY ON DATABASE %1 FROM PUBLIC").arg(quotedName(*name)),
        QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2").arg(quotedName(*name), all),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(inSchema, all),
        QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC").arg(functions),
        QStringLiteral("GRANT EXECUTE ON %1 TO %2").arg(functions, all),
        // The Product Owner: everything.
        QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA %1 TO %2").arg(inSchema, owner),
        QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(inSchema, owner),
        // Everyone reads.
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2, %3").arg(inSchema, member, stakeholder),
        // A team member moves items on the board (status, estimate, sprint: ItemRepository's
        // tracked changes, which write updated_at and a history row) and keeps their acceptance
        // criteria (which touch updated_at). Row-level security is not needed: the columns say it.
        QStringLiteral("GRANT UPDATE (status, estimate, sprint_id, updated_at, version) ON item TO %1").arg(member),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON acceptance_criterion TO %1").arg(member),
        QStringLiteral("GRANT INSERT ON history TO %1").arg(member),
        // The search index is kept by triggers whatever role writes: they run as the owner.
        QStringLiteral("ALTER FUNCTION item_text_item() SECURITY DEFINER SET search_path = %1, pg_temp").arg(inSchema),
        QStringLiteral("ALTER FUNCTION item_text_criterion() SECURITY DEFINER SET search_path = %1, pg_temp").arg(inSchema),
        // Tables a later format adds: the same.
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT ALL ON TABLES TO %2").arg(inSchema, owner),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT SELECT ON TABLES TO %2, %3").arg(inSchema, member, stakeholder),
        // A Product Owner gives the roles.
        QStringLiteral("GRANT %1, %2 TO %3 WITH ADMIN OPTION").arg(member, stakeholder, owner),
        QStringLiteral("GRANT %1 TO CURRENT_USER WITH ADMIN OPTION").arg(owner),
    });
}

ServerAddress maintenanceAddress(const ServerAddress &target)
{
    ServerAddress maintenance = target;
    maintenance.database = QStringLiteral("postgres");
    return maintenance;
}

// Creates the database `target` names when it does not exist and the user may; `connectError`
// is why connecting to it failed, the answer when it cannot be created.
Status createDatabase(const ServerAddress &target, const QString &connectError)
{
    QString ignored;
    auto admin = Database::connectToServer(maintenanceAddress(target), &ignored);
    if (!admin)
        return Error{connectError};
    const QSqlDatabase db = admin->connection();
    auto exists = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?"), {target.database});
    if (!exists || exists->toLongLong() > 0)
        return Error{connectError};
    auto may = Sql::scalar(db, QStringLiteral("SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user"));
    if (!may)
        return may.error();
    if (!may->toBool()) {
        return Error{tr("The database “%1” does not exist, and “%2” may not create databases: ask the server's "
                        "administrator to create it (empty).")
                         .arg(target.database, target.user)};
    }
    if (auto created = Sql::exec(db, QStringLiteral("CREATE DATABASE %1").arg(quotedName(target.database))); !created)
        return created.error();
    return success();
}

void dropDatabase(const ServerAddress &target)
{
    QString ignored;
    if (auto admin = Database::connectToServer(maintenanceAddress(target), &ignored))
        (void)Sql::exec(admin->connection(), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(quotedName(target.database)));
}

Status publishInto(const Database &file, const Database &server, const ServerAddress &target, const Progress &progress)
{
    const QSqlDatabase db = server.connection();
    auto tables = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"));
    if (!tables)
        return tables.error();
    if (tables->toLongLong() > 0) {
        return Error{tr("The database “%1” is not empty: a product is published into an empty database. It was "
                        "left as it is.")
                         .arg(target.database)};
    }
    Expected<int> version = Migrations::currentVersion(file.connection());
    if (!version)
        return version.error();
    // PostgreSQL's DDL and CREATE ROLE are transactional: all of it is one transaction.
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (auto built = Migrations::migrate(db, *version); !built)
        return built;
    if (auto copied = ProductCopy::copyRows(file.connection(), db, progress); !copied)
        return copied;
    if (auto roles = setUpRoles(db); !roles)
        return roles;
    return transaction.commit();
}

} // namespace

QString roleKey(Role role)
{
    return roleSuffix(role).replace(QLatin1Char('_'), QLatin1Char('-'));
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (Role role : allRoles) {
        if (roleKey(role) == key.trimmed().toLower())
            return role;
    }
    return std::nullopt;
}

QString roleTitle(Role role)
{
    switch (role) {
    case Role::ProductOwner:
        return tr("Product Owner");
    case Role::TeamMember:
        return tr("Team member");
    case Role::Stakeholder:
        return tr("Stakeholder");
    }
    return {};
}

QString roleName(const QString &database, Role role)
{
    // PostgreSQL cuts names at 63 bytes (NAMEDATALEN - 1): a longer database name is cut short
    // at a character's end and followed by a hash of the whole name, the same for all three roles.
    constexpr qsizetype limit = 63;
    const QString suffix = roleSuffix(role);
    const QString whole = QStringLiteral("ordo_%1_%2").arg(database, suffix);
    if (whole.toUtf8().size() <= limit)
        return whole;
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(database.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    const qsizetype budget = limit - qsizetype(qstrlen("ordo__") + 1 + 8 + roleSuffix(Role::ProductOwner).size());
    QString shortened;
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < database.size(); ++i) {
        const qsizetype length = database.at(i).isHighSurrogate() && i + 1 < database.size() ? 2 : 1;
        const qsizetype size = database.mid(i, length).toUtf8().size();
        if (bytes + size > budget)
            break;
        shortened += database.mid(i, length);
        bytes += size;
        i += length - 1;
    }
    return QStringLiteral("ordo_%1_%2_%3").arg(shortened, hash, suffix);
}

Status publish(const Database &file, const ServerAddress &target, const Progress &progress)
{
    const auto failed = [&](const QString &why) -> Status {
        return Error{tr("Could not publish “%1” to “%2”: %3").arg(QDir::toNativeSeparators(file.path()), target.toUrl(), why)};
    };
    if (file.isServer())
        return failed(tr("it is on a server already; publish a product file."));
    QString error;
    std::unique_ptr<Database> server = Database::connectToServer(target, &error);
    bool created = false;
    if (!server) {
        if (auto made = createDatabase(target, error); !made)
            return failed(made.errorMessage());
        created = true;
        server = Database::connectToServer(target, &error);
        if (!server) {
            dropDatabase(target);
            return failed(error);
        }
    }
    bool cancelled = false;
    const Progress watched = [&](qint64 done, qint64 total) {
        cancelled = progress && !progress(done, total);
        return !cancelled;
    };
    Status published = publishInto(file, *server, target, watched);
    if (published)
        return success();
    server.reset();
    if (created)
        dropDatabase(target);
    if (cancelled)
        return Error{tr("Publishing “%1” was cancelled; “%2” was left as it was.")
                         .arg(QDir::toNativeSeparators(file.path()), target.toUrl())};
    return failed(published.errorMessage());
}

Expected<bool> ownsTables(const QSqlDatabase &db)
{
    auto owner = Sql::scalar(db, QStringLiteral("SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
                                                "OR coalesce((SELECT tableowner = current_user FROM pg_tables "
                                                "WHERE schemaname = current_schema() AND tablename = 'item'), false)"));
    if (!owner)
        return owner.error();
    return owner->toBool();
}

Expected<Role> roleOf(const Database &database)
{
    if (!database.isServer())
        return Role::ProductOwner;
    const QSqlDatabase db = database.connection();
    Expected<QString> name = databaseName(db);
    if (!name)
        return name.error();
    auto owner = ownsTables(db);
    if (!owner)
        return owner.error();
    if (*owner)
        return Role::ProductOwner;
    for (Role role : allRoles) {
        auto member = Sql::scalar(db, QStringLiteral("SELECT coalesce((SELECT pg_has_role(current_user, oid, 'MEMBER') "
                                                     "FROM pg_roles WHERE rolname = ?), false)"),
                                  {roleName(*name, role)});
        if (!member)
            return member.error();
        if (member->toBool())
            return role;
    }
    auto user = Sql::scalar(db, QStringLiteral("SELECT current_user"));
    return Error{tr("“%1” holds no role in the product “%2”.").arg(user ? user->toString() : QString(), *name)};
}

Status grant(const ServerAddress &address, Role role, const QString &user)
{
    const auto failed = [&](const QString &why) -> Status {
        return Error{tr("Could not make “%1” %2 of “%3”: %4").arg(user, roleTitle(role), address.toUrl(), why)};
    };
    QString error;
    const std::unique_ptr<Database> server = Database::connectToServer(address, &error);
    if (!server)
        return failed(error);
    const QSqlDatabase db = server->connection();
    Expected<Role> held = roleOf(*server);
    if (!held)
        return failed(held.errorMessage());
    if (*held != Role::ProductOwner)
        return failed(tr("only the Product Owner gives roles, and “%1” is %2 there.").arg(address.user, roleTitle(*held)));
    Expected<QString> name = databaseName(db);
    if (!name)
        return failed(name.errorMessage());
    Expected<bool> published = roleExists(db, roleName(*name, role));
    if (!published)
        return failed(published.errorMessage());
    if (!*published)
        return failed(tr("the database holds no product published by Ordo (it has no roles)."));
    Expected<bool> exists = roleExists(db, user);
    if (!exists)
        return failed(exists.errorMessage());
    if (!*exists) {
        return failed(tr("the server has no user “%1”. Ordo does not create users: ask the server's administrator "
                         "to create the login, then give it a role.")
                          .arg(user));
    }
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return failed(begun.errorMessage());
    // One role per person: another role of this product the user was given is taken back.
    for (Role other : allRoles) {
        if (other == role)
            continue;
        auto member = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_auth_members m "
                                                     "JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                                                     "WHERE r.rolname = ? AND u.rolname = ?"),
                                  {roleName(*name, other), user});
        if (!member)
            return failed(member.errorMessage());
        if (member->toLongLong() > 0) {
            if (auto revoked = Sql::exec(db, QStringLiteral("REVOKE %1 FROM %2").arg(quotedName(roleName(*name, other)), quotedName(user)));
                !revoked) {
                return failed(revoked.errorMessage());
            }
        }
    }
    const QString admin = role == Role::ProductOwner ? QStringLiteral(" WITH ADMIN OPTION") : QString();
    if (auto granted = Sql::exec(db, QStringLiteral("GRANT %1 TO %2%3").arg(quotedName(roleName(*name, role)), quotedName(user), admin));
        !granted) {
        return failed(granted.errorMessage());
    }
    if (auto committed = transaction.commit(); !committed)
        return failed(committed.errorMessage());
    return success();
}

} // namespace Ordo::Server
