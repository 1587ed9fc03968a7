#pragma once

#include "expected.h"

#include <QSqlDatabase>

namespace Ordo {

// Every write is one transaction: construct a Transaction, do the work, and
// commit(). A Transaction that goes out of scope uncommitted rolls back, so an
// early return on error leaves the file as it was.
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

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace Ordo
