#include "serverconnections.h"

#include <QSettings>

namespace Ordo::ServerConnections {
namespace {

const QString arrayKey = QStringLiteral("server/recent");

void store(const QList<ServerAddress> &addresses)
{
    QSettings settings;
    settings.remove(arrayKey);
    settings.beginWriteArray(arrayKey, int(addresses.size()));
    for (int i = 0; i < addresses.size(); ++i) {
        const ServerAddress &address = addresses.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("host"), address.host);
        settings.setValue(QStringLiteral("port"), address.port);
        settings.setValue(QStringLiteral("database"), address.database);
        settings.setValue(QStringLiteral("user"), address.user);
        settings.setValue(QStringLiteral("options"), address.options);
    }
    settings.endArray();
}

} // namespace

bool sameDatabase(const ServerAddress &a, const ServerAddress &b)
{
    return a.host.compare(b.host, Qt::CaseInsensitive) == 0 && a.port == b.port && a.database == b.database
        && a.user == b.user;
}

QList<ServerAddress> recent()
{
    QSettings settings;
    QList<ServerAddress> addresses;
    const int count = settings.beginReadArray(arrayKey);
    for (int i = 0; i < count && addresses.size() < maxRemembered; ++i) {
        settings.setArrayIndex(i);
        ServerAddress address;
        address.host = settings.value(QStringLiteral("host")).toString();
        address.port = settings.value(QStringLiteral("port"), 5432).toInt();
        address.database = settings.value(QStringLiteral("database")).toString();
        address.user = settings.value(QStringLiteral("user")).toString();
        address.options = settings.value(QStringLiteral("options")).toString();
        if (!address.host.isEmpty() && !address.database.isEmpty())
            addresses.append(address);
    }
    settings.endArray();
    return addresses;
}

void remember(const ServerAddress &address)
{
    QList<ServerAddress> addresses = recent();
    addresses.removeIf([&](const ServerAddress &known) { return sameDatabase(known, address); });
    ServerAddress kept = address;
    kept.password.clear();
    addresses.prepend(kept);
    while (addresses.size() > maxRemembered)
        addresses.removeLast();
    store(addresses);
}

void forget(const ServerAddress &address)
{
    QList<ServerAddress> addresses = recent();
    addresses.removeIf([&](const ServerAddress &known) { return sameDatabase(known, address); });
    store(addresses);
}

} // namespace Ordo::ServerConnections
