#pragma once

#include "expected.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

// Every row of a product, from one database into another: the one piece of code behind
// publishing a product file to a PostgreSQL server (Server::publish()) and saving a server
// product as a file (Database::saveCopy()), either engine on either side.
namespace Ordo::ProductCopy {

// The tables of a product, in the order a copy (and a backup's restore) writes them. A table
// added to the schema must be added here (tst_jsonbackup compares this list with a product
// file's tables). The full-text index is not among them: a copy rebuilds it.
QStringList tables();

// `identifier` (a table, column, role or database name) quoted for SQL in either engine: "name".
QString quotedName(const QString &identifier);

// Called as rows are copied: the rows written so far of `total`; false cancels the copy.
using Progress = std::function<bool(qint64 done, qint64 total)>;

// Copies every row of every table of tables() from `from` into `to`, which holds the same schema
// (its migrations' own rows are replaced), inside a transaction the caller holds open on `to`,
// reading `from` as of one moment. References are checked once every row is in; the search
// index of `to` is rebuilt once rather than row by row. On failure or cancel the caller rolls
// back; the error says why.
Status copyRows(const QSqlDatabase &from, const QSqlDatabase &to, const Progress &progress = {});

// Takes the search index's triggers out of `db` for a bulk write, inside the caller's
// transaction; resumeSearchIndex() rebuilds the index once and puts them back. `suspended` holds
// what resuming needs.
struct SuspendedIndex
{
    QStringList triggers; // SQLite: their CREATE statements; PostgreSQL: "table\ttrigger"
};
Expected<SuspendedIndex> suspendSearchIndex(const QSqlDatabase &db);
// `rebuild`: fill the index from the rows (false for a format without one).
Status resumeSearchIndex(const QSqlDatabase &db, const SuspendedIndex &suspended, bool rebuild = true);

} // namespace Ordo::ProductCopy
