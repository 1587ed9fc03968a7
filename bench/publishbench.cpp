#include "publishbench.h"

#include "benchsupport.h"
#include "storage/database.h"
#include "storage/server.h"
#include "storage/sql.h"

#include <QFile>

using namespace Ordo;
using namespace Bench;

namespace {

// Drops a database a repetition made, and its roles.
void dropPublished(const ServerAddress &address)
{
    ServerAddress maintenance = address;
    maintenance.database = QStringLiteral("postgres");
    QString error;
    auto admin = Database::connectToServer(maintenance, &error);
    if (!admin)
        fail(error);
    const QString quotedName = QStringLiteral("\"%1\"").arg(address.database);
    (void)Sql::exec(admin->connection(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quotedName));
    for (auto role : {Server::Role::ProductOwner, Server::Role::TeamMember, Server::Role::Stakeholder})
        (void)Sql::exec(admin->connection(), QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(Server::roleName(address.database, role)));
}

} // namespace

int runPublish(const QString &path, const QString &serverUrl, int items, int repetitions, QJsonObject json,
               const QString &jsonPath)
{
    QString error;
    const std::optional<ServerAddress> server = ServerAddress::fromUrl(serverUrl, &error);
    if (!server)
        fail(error);
    Database::OpenError openError;
    auto file = Database::open(path, &openError);
    if (!file)
        fail(openError.message);
    int run = 0;
    const auto addressOf = [&server](int n) {
        ServerAddress address = *server;
        address.database = QStringLiteral("%1_%2").arg(server->database).arg(n);
        return address;
    };
    for (int n = 0; n < repetitions; ++n)
        dropPublished(addressOf(n));
    const Measurements::Figure publish = Measurements::time(repetitions, [&] {
        if (auto published = Server::publish(*file, addressOf(run++)); !published)
            fail(published.errorMessage());
    });
    // Save a Copy of the first one back to a file.
    auto onServer = Database::openServer(addressOf(0), &openError);
    if (!onServer)
        fail(openError.message);
    const QString copy = path + QStringLiteral(".copy.ordo");
    const Measurements::Figure saveBack = Measurements::time(repetitions, [&] {
        if (auto saved = onServer->saveCopy(copy); !saved)
            fail(saved.errorMessage());
    });
    onServer.reset();
    QFile::remove(copy);
    for (int n = 0; n < repetitions; ++n)
        dropPublished(addressOf(n));
    row(QStringLiteral("publish %1 items").arg(items), publish, QStringLiteral("(no target)"), true);
    row(QStringLiteral("save back %1 items").arg(items), saveBack, QStringLiteral("(no target)"), true);
    json.insert(QStringLiteral("publish_ms"), publish.toJson());
    json.insert(QStringLiteral("save_copy_from_server_ms"), saveBack.toJson());
    if (!jsonPath.isEmpty())
        writeJson(json, jsonPath);
    return 0;
}
