#pragma once

#include "backlogeditor.h"
#include "domain/item.h"

#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QStringList>

namespace Ordo {

class ProductDocument;

// Live updates of a product on a server: every statement another client commits to a table the
// window shows arrives as a notification on the channel "ordo_changes" (format 12's triggers:
// table, operation, ids touched or null for "too many", the writer's PostgreSQL user and
// backend). Notifications that arrive together are gathered and applied once the event loop
// turns: the changed items' rows are read again and put into the backlog in place (views keep
// their selection and scroll position), sprints, product settings, decisions and reviews are read
// again through their writers, and the document says who did what (remoteChange()). This
// client's own writes are passed over; nothing goes on the undo stack.
class LiveUpdates : public QObject
{
    Q_OBJECT

public:
    // Subscribes on the document's connection; does nothing for a product file.
    explicit LiveUpdates(ProductDocument &document);

    static QString channel() { return QStringLiteral("ordo_changes"); }
    bool isListening() const { return m_listening; }
    // Applies what has arrived (at once, not waiting for the event loop): after the document
    // has finished reading its backlog.
    void applyPending();
    // After the connection was lost and made again: subscribes anew and reads everything again.
    void resume();

    // What happened, in words, for the status bar: "alice moved ORD-12 to the top".
    static QString describe(const QStringList &users,
                            const QList<BacklogEditor::RemoteRowChange> &changes,
                            const QSet<ItemId> &created,
                            const QString &keyPrefix,
                            const QList<BacklogRow> &backlogAfter,
                            const QStringList &otherTables); // sentences with %1 for the users

signals:
    // One per refresh applied.
    void refreshed(const QString &description);

private:
    void received(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void schedule();

    ProductDocument &m_document;
    bool m_listening = false;
    qint64 m_ownPid = 0;
    bool m_scheduled = false;

    // Gathered since the last refresh.
    struct Pending
    {
        QSet<ItemId> items;
        QSet<ItemId> created;
        bool allItems = false;
        bool dependencies = false;
        bool sprints = false;
        bool product = false;
        bool decisions = false;
        bool reviews = false;
        QStringList users;
        bool resync = false; // after a lost connection: everything, not one client's change
        bool isEmpty() const
        {
            return items.isEmpty() && !allItems && !dependencies && !sprints && !product && !decisions && !reviews;
        }
    };
    Pending m_pending;
};

} // namespace Ordo
