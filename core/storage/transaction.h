#pragma once

#include "expected.h"

#include <QSqlDatabase>

namespace Ordo {

// Every write is one transaction: construct a Transaction, do the work, and
// commit(). A Transaction that goes out of scope uncommitted rolls back, so an
// early return on error leaves the file as it was.
//
// Transactions nest: a Transaction opened while another one is active on the
// same connection joins it, so several repository writes (e.g. archiving ten
// items) become one transaction when the caller wraps them in an outer one.
// Only the outermost commit() writes; an inner one that goes out of scope
// uncommitted makes the outer one roll back.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False if the transaction could not be started; errorMessage() says why.
    bool isActive() const { return m_active; }
    Status begun() const;
    Status commit();

    // True while a Transaction is open on `db` (a new one would join it).
    static bool isOpen(const QSqlDatabase &db);

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_nested = false;
    QString m_error;
};

} // namespace Ordo
