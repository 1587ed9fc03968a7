#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Ordo {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active)
        m_error = m_db.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
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
    if (m_db.commit())
        return success();
    const QString reason = m_db.lastError().text();
    m_db.rollback();
    return Error{QCoreApplication::translate("Ordo::Storage", "Could not save the change: %1")
                     .arg(reason)};
}

} // namespace Ordo
