#pragma once

#include "expected.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace Ordo::Sql {

// A statement prepared once and run for many rows: an import's 100,000 items are written by the
// same few statements as one new item. Values bind positionally, as Sql::exec() binds them (a
// null QString as an empty string, an invalid QVariant as NULL).
//
// On SQLite it binds and steps through the SQLite library itself, on the connection Qt's driver
// hands out (QSqlDriver::handle()): Qt's own binding builds a placeholder name for every value
// and copies the row twice, which costs more than SQLite takes to store it. Other drivers go
// through QSqlQuery. A Statement lives inside one transaction on its connection; it is finalized
// when destroyed.
class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Binds `values` and runs the statement once.
    Status run(std::initializer_list<QVariant> values) { return run(values.begin(), qsizetype(values.size())); }
    Status run(const QVariant *values, qsizetype count);
    // The id of the row the last run() inserted: on PostgreSQL the statement ends with
    // Sql::returningId().
    qint64 insertedId();

private:
    Error nativeError() const;

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QSqlQuery m_query;
    Status m_prepared = success();
};

// Rows for one table, written many to a statement ("INSERT ... VALUES (...), (...), ..."): the
// work SQLite does once per statement run (the lists of a CHECK (... IN (...)), the statement's
// start and end) is then done once for many rows. Rows are kept until flush(), so that the
// caller chooses the order the tables are written in.
class RowBatch
{
public:
    // Rows per statement: enough to spread a statement's own cost thin, few enough that an
    // item's 36 columns stay far below SQLite's 32,766 variables. Fewer rows left at the end go
    // in a statement prepared for them: writers of many rows flush in multiples of this.
    static constexpr int rowsPerStatement = 64;

    enum class OnConflict { Fail, Ignore };

    // `into` names the table and its columns: "history (item_id, at)". With Ignore, a row that
    // would break a uniqueness constraint is left out (Sql::insertOrIgnore()).
    RowBatch(const QSqlDatabase &db, const QString &into, int columns, OnConflict onConflict = OnConflict::Fail);
    ~RowBatch();
    RowBatch(const RowBatch &) = delete;
    RowBatch &operator=(const RowBatch &) = delete;

    void add(std::initializer_list<QVariant> row) { add(row.begin(), qsizetype(row.size())); }
    void add(const QVariant *row, qsizetype columns);
    enum class Flush { All, FullStatements };
    // Writes the rows added since the last flush; with FullStatements, only as many as fill
    // whole statements, the rest waiting for the next flush.
    Status flush(Flush which = Flush::All);

private:
    QString sqlFor(int rows) const;

    QSqlDatabase m_db;
    QString m_into;
    int m_columns;
    OnConflict m_onConflict;
    QList<QVariant> m_values;
    std::unique_ptr<Statement> m_full; // for rowsPerStatement rows, prepared on first use
};

} // namespace Ordo::Sql
