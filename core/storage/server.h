#pragma once

#include "database.h"
#include "expected.h"

#include <QString>

#include <functional>
#include <optional>

// Administration of products on a PostgreSQL server: publishing a product file to a server
// database (Save a Copy, Database::saveCopy(), takes it back to a file), and the roles of a team.
//
// Every product database DB has three NOLOGIN group roles (PostgreSQL's roles belong to the
// whole server, hence the database's name in theirs; roleName()): ordo_DB_product_owner,
// ordo_DB_team_member and ordo_DB_stakeholder. A login role (a person) is granted one of them
// (grant()). What each may do is enforced by the server through its grants:
// - Product Owner: everything on every table;
// - team member: reads everything; changes an item's status, estimate and sprint (with the
//   history rows and updated_at these write) and its acceptance criteria; nothing else;
// - stakeholder: reads.
namespace Ordo::Server {

enum class Role { ProductOwner, TeamMember, Stakeholder };

// "product-owner", "team-member", "stakeholder": the words of the command line.
QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString &key);
// For people: "Product Owner", "Team member", "Stakeholder".
QString roleTitle(Role role);

// The group role of `role` in the product database `database`: ordo_<database>_<role>, where a
// database name too long for PostgreSQL's 63 bytes is shortened and made unique by a hash.
QString roleName(const QString &database, Role role);

// Called as rows are copied: false cancels.
using Progress = std::function<bool(qint64 done, qint64 total)>;

// Copies the product file `file` into the database `target`, which must be empty: the schema
// (the real migrations), every row, the search index and the three roles with their grants, in
// one PostgreSQL transaction, so that a failure or a cancel leaves the database as it was. A
// database that does not exist is created when the user may create databases (and dropped again
// on failure). The publishing user owns the product and is granted its Product Owner role.
Status publish(const Database &file, const ServerAddress &target, const Progress &progress = {});

// The role the connected user holds in the server product `database`: its owner and a superuser
// are its Product Owner. A product file: ProductOwner. An error if the user holds none of them.
Expected<Role> roleOf(const Database &database);
// Whether the user of `db` owns the product's tables (published it) or is a superuser: who can
// upgrade an older product's format.
Expected<bool> ownsTables(const QSqlDatabase &db);

// Gives the PostgreSQL login role `user` the role `role` in the product at `address` (taking
// back another role of the product it held). `user` must exist on the server: it is not created.
// The connected user must be the product's Product Owner.
Status grant(const ServerAddress &address, Role role, const QString &user);

} // namespace Ordo::Server
