#include "transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

namespace Ordo {
namespace {

// Open transactions per connection. Connections are used from one thread.
struct Nesting
{
    int depth = 0;
    bool failed = false; // an inner transaction rolled back
};

thread_local QHash<QString, Nesting> nesting;

} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    Nesting &state = nesting[m_db.connectionName()];
    if (state.depth > 0) {
        m_nested = true;
        m_active = true;
        ++state.depth;
        return;
    }
    m_active = m_db.transaction();
    if (m_active) {
        state = {1, false};
    } else {
        m_error = m_db.lastError().text();
        nesting.remove(m_db.connectionName());
    }
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    Nesting &state = nesting[m_db.connectionName()];
    if (m_nested) {
        state.failed = true;
        --state.depth;
        return;
    }
    m_db.rollback();
    nesting.remove(m_db.connectionName());
}

bool Transaction::isOpen(const QSqlDatabase &db)
{
    return nesting.value(db.connectionName()).depth > 0;
}

Status Transaction::begun() const
{
    if (m_active)
        return success();
    return Error{QCoreApplication::translate("Ordo::Storage", "Could not start a transaction: %1")
                     .arg(m_error)};
}

Status Transaction::commit()
{
    if (!m_active)
        return begun();
    m_active = false;
    Nesting &state = nesting[m_db.connectionName()];
    if (m_nested) {
        --state.depth;
        return success();
    }
    const bool innerFailed = state.failed;
    nesting.remove(m_db.connectionName());
    if (innerFailed) {
        m_db.rollback();
        return Error{QCoreApplication::translate("Ordo::Storage",
                                                 "The change was not saved because part of it "
                                                 "failed.")};
    }
    if (m_db.commit())
        return success();
    const QString reason = m_db.lastError().text();
    m_db.rollback();
    return Error{QCoreApplication::translate("Ordo::Storage", "Could not save the change: %1")
                     .arg(reason)};
}

} // namespace Ordo
