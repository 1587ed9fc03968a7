#pragma once
// TEMPORARY (replaced by the server administration's header at the merge).
namespace Ordo::Server {
enum class Role { ProductOwner, TeamMember, Stakeholder };
}
// TEMPORARY declarations (the real ones come with the server administration).
#include "expected.h"
#include <QString>
#include <functional>
namespace Ordo { class Database; struct ServerAddress; }
namespace Ordo::Server {
QString roleKey(Role);
QString roleTitle(Role);
using Progress = std::function<bool(qint64 done, qint64 total)>;
Status publish(const Database &file, const ServerAddress &target, const Progress &progress = {});
Expected<Role> roleOf(const Database &database);
Status grant(const ServerAddress &address, Role role, const QString &user);
}
