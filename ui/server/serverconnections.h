#pragma once

#include "storage/database.h"

#include <QList>

namespace Ordo {

// The server products the user connected to lately, newest first, kept in QSettings for
// File > Connect to Server. Never their passwords: a password is typed each time or comes from
// ~/.pgpass (libpq reads it when the password is left empty).
namespace ServerConnections {

inline constexpr int maxRemembered = 8;

QList<ServerAddress> recent();
// Puts `address` first (without its password), dropping an older entry for the same database.
void remember(const ServerAddress &address);
void forget(const ServerAddress &address);

// The same database of the same server for the same user.
bool sameDatabase(const ServerAddress &a, const ServerAddress &b);

} // namespace ServerConnections
} // namespace Ordo
