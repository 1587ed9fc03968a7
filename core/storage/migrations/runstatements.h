#pragma once

#include "../expected.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Ordo::Migrations {

// Runs DDL statements in order and stops at the first failure.
Status runStatements(const QSqlDatabase &db, const QStringList &statements);

// Rebuilds `table` with `from` replaced by `to` in its stored definition, keeping rows, indexes
// and ids: SQLite cannot alter a CHECK constraint, so widening one rebuilds the table (SQLite's
// "make other kinds of table schema changes" procedure; migrate() runs with foreign keys off for
// it and checks them before the step commits). Refused unless `from` occurs exactly once.
Status widenTable(const QSqlDatabase &db, const QString &table, const QString &from, const QString &to);

} // namespace Ordo::Migrations
