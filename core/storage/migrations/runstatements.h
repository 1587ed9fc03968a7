#pragma once

#include "../expected.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Ordo::Migrations {

// Runs DDL statements in order and stops at the first failure.
Status runStatements(const QSqlDatabase &db, const QStringList &statements);

} // namespace Ordo::Migrations
