#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QString>

// The few places where Ordo's SQL differs between its two engines: SQLite for a product file on
// one desk, PostgreSQL (Qt's QPSQL driver) for a team's product on a server. The schema, the
// migrations and the repositories are written once, in SQLite's SQL; what PostgreSQL spells
// differently is chosen here, so that no code outside core/storage knows which engine it talks to.
//
// - Schema text: a migration step's CREATE TABLE and ALTER TABLE ... ADD COLUMN statements are
//   taken as they were released (steps are never edited) and rewritten for PostgreSQL by
//   schemaStatements(): INTEGER becomes BIGINT (SQLite's integers are 64 bits), REAL DOUBLE
//   PRECISION, references DEFERRABLE (a bulk insert writes an item's criteria before the item,
//   with the checks deferred to the commit), and a table whose `id INTEGER PRIMARY KEY` SQLite
//   numbers by itself gets a trigger that numbers it the same way: a row inserted without an
//   id (or with NULL) gets the highest id plus one. Not an identity column: Ordo writes explicit
//   ids too (undo recreates a row with its own id; items are numbered in batches), which a
//   sequence would not know about.
// - What has no counterpart in the other engine is spelled out in the step itself, through
//   choose(): the file header (PRAGMA application_id and user_version become the one row of the
//   table ordo_header), the full-text index (FTS5 becomes a pg_trgm index kept by PL/pgSQL
//   triggers), widening a CHECK (a table rebuild in SQLite, a constraint replaced in PostgreSQL).
// - Statements: INSERT OR IGNORE is insertOrIgnore(), strftime('%s') is epochSecondsSql(), a
//   new row's id is read with RETURNING (both engines; QPSQL's lastInsertId() needs OIDs).
namespace Ordo::Sql {

enum class Engine { Sqlite, Postgres };

// The engine behind a connection, by its Qt driver (QSQLITE or QPSQL).
Engine engineOf(const QSqlDatabase &db);
inline bool isPostgres(const QSqlDatabase &db) { return engineOf(db) == Engine::Postgres; }

// `sqlite` or `postgres`, whichever the connection's engine takes.
inline QString choose(const QSqlDatabase &db, const QString &sqlite, const QString &postgres)
{
    return isPostgres(db) ? postgres : sqlite;
}

// A schema statement written for SQLite, as `engine` takes it: for SQLite the statement itself,
// for PostgreSQL the statement rewritten and, after a CREATE TABLE with an `id INTEGER PRIMARY
// KEY`, the trigger that numbers its rows (the function ordo_next_id(), made by step 1).
QStringList schemaStatements(Engine engine, const QString &statement);

// " RETURNING id" for PostgreSQL, where QPSQL's lastInsertId() cannot tell (it needs OIDs), to
// append to an INSERT; nothing for SQLite. insertedId() reads the id either way.
QString returningId(const QSqlDatabase &db);
qint64 insertedId(QSqlQuery &query);

// "INSERT OR IGNORE INTO <into>" for SQLite, "INSERT INTO <into> ON CONFLICT DO NOTHING" for
// PostgreSQL; `into` is the rest of the statement: "label (name) VALUES (?)".
QString insertOrIgnore(const QSqlDatabase &db, const QString &into);

// PostgreSQL: waits until no other transaction is numbering the rows of `table`, and keeps the
// others waiting until this one ends, so that the highest id (or number) it reads next is the
// committed one and no other client takes it (format 13's ordo_next_id() takes the same lock).
// Empty for SQLite, where one writer at a time is the rule anyway.
QString idLockSql(const QSqlDatabase &db, const QString &table);

// Planner hints SQLite takes and PostgreSQL has no use for (its planner has statistics):
// `column` kept from using its index ("+column" in SQLite), and a table read through a named
// index (" INDEXED BY index" in SQLite). PostgreSQL gets the column as it is and no hint.
QString withoutIndex(const QSqlDatabase &db, const QString &column);
QString indexedBy(const QSqlDatabase &db, const QString &index);

// The whole seconds since 1970 of a timestamp column stored as ISO 8601 UTC text.
QString epochSecondsSql(Engine engine, const QString &column);

// SQLite's total(expression): the sum as a real number, 0.0 over no rows.
QString totalSql(const QSqlDatabase &db, const QString &expression);

// A number stored as text (history values) as a real number; '' reads as none, as SQLite's
// CAST(... AS REAL) reads it as 0 where a sum is taken.
QString realOfTextSql(const QSqlDatabase &db, const QString &expression);

// A text value, for the PostgreSQL full-text search's ILIKE: `needle` anywhere, its wildcards
// taken literally (escaped with a backslash).
QString containsPattern(const QString &needle);

} // namespace Ordo::Sql
