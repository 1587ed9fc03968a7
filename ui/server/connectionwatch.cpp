#include "connectionwatch.h"

#include "storage/database.h"

#include <QSqlError>

#include <algorithm>

namespace Ordo {
namespace {

int checkIntervalMs = 3000;
int firstRetryIntervalMs = 1000;

} // namespace

void ConnectionWatch::setIntervals(int checkMs, int firstRetryMs)
{
    checkIntervalMs = checkMs;
    firstRetryIntervalMs = firstRetryMs;
}

ConnectionWatch::ConnectionWatch(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionWatch::tick);
    m_timer.start(checkIntervalMs);
}

void ConnectionWatch::checkNow()
{
    m_timer.stop();
    tick();
}

void ConnectionWatch::tick()
{
    if (!m_lost) {
        if (m_database.isConnected()) {
            m_timer.start(checkIntervalMs);
            return;
        }
        m_lost = true;
        m_retryMs = firstRetryIntervalMs;
        emit lost(m_database.connection().lastError().text());
        m_timer.start(m_retryMs);
        return;
    }
    const Status reconnected = m_database.reconnect();
    if (reconnected && m_database.isConnected()) {
        m_lost = false;
        emit restored();
        m_timer.start(checkIntervalMs);
        return;
    }
    m_retryMs = std::min(m_retryMs * 2, maxRetryMs);
    emit retryFailed(reconnected ? QString() : reconnected.errorMessage(), m_retryMs);
    m_timer.start(m_retryMs);
}

} // namespace Ordo
