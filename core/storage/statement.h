#pragma once

#include "expected.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

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
    Status run(std::initializer_list<QVariant> values);
    // The rowid or id of the row the last run() inserted.
    qint64 lastInsertId() const;

private:
    Error nativeError() const;

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QSqlQuery m_query;
    Status m_prepared = success();
};

} // namespace Ordo::Sql
