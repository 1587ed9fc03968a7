#pragma once

#include <QObject>
#include <QTimer>

namespace Ordo {

class Database;

// Keeps an eye on a server product's connection: every few seconds (or when asked, after a
// write failed) it checks that the server still answers. When it does not, it says so (lost())
// and tries to connect again, first after a second, then less and less often (up to every
// maxRetryMs), until it succeeds (restored()). Nothing is written meanwhile: the document's
// Access refuses every change while the connection is lost, so no edit waits in a queue.
class ConnectionWatch : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionWatch(Database &database, QObject *parent = nullptr);

    bool isLost() const { return m_lost; }
    // Checks now (e.g. after a write failed) instead of at the next tick.
    void checkNow();

    // For tests: how often the connection is checked, and the first wait before reconnecting.
    static void setIntervals(int checkMs, int firstRetryMs);
    static constexpr int maxRetryMs = 15000;

signals:
    void lost(const QString &why);
    void restored();
    // A reconnection attempt failed; the next one is in `nextTryMs`.
    void retryFailed(const QString &why, int nextTryMs);

private:
    void tick();

    Database &m_database;
    QTimer m_timer;
    bool m_lost = false;
    int m_retryMs = 0;
};

} // namespace Ordo
