#include "liveupdates.h"

#include "backlog/backlogmodel.h"
#include "productdocument.h"
#include "sprinteditor.h"
#include "storage/database.h"
#include "storage/itemrepository.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QTimer>

#include <cmath>

namespace Ordo {
namespace {

enum class Kind { Items, Dependencies, Sprints, Product, Decisions, Reviews, Unknown };

Kind kindOf(const QString &table)
{
    static const QHash<QString, Kind> kinds{
        {QStringLiteral("item"), Kind::Items},
        {QStringLiteral("acceptance_criterion"), Kind::Items},
        {QStringLiteral("item_label"), Kind::Items},
        {QStringLiteral("dependency"), Kind::Dependencies},
        {QStringLiteral("sprint"), Kind::Sprints},
        {QStringLiteral("sprint_done"), Kind::Sprints},
        {QStringLiteral("sprint_absence"), Kind::Sprints},
        {QStringLiteral("team_member"), Kind::Sprints},
        {QStringLiteral("product"), Kind::Product},
        {QStringLiteral("checklist_item"), Kind::Product},
        {QStringLiteral("decision"), Kind::Decisions},
        {QStringLiteral("review"), Kind::Reviews},
        {QStringLiteral("review_verdict"), Kind::Reviews},
    };
    return kinds.value(table, Kind::Unknown);
}

QString keyOf(const QString &prefix, const BacklogRow &row)
{
    return QStringLiteral("%1-%2").arg(prefix).arg(row.number);
}

bool sameEstimate(float a, float b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

// One item's change in words.
QString describeOne(const QString &who,
                    const BacklogEditor::RemoteRowChange &change,
                    bool created,
                    const QString &prefix,
                    const QList<BacklogRow> &backlogAfter)
{
    const BacklogRow &any = change.after ? *change.after : *change.before;
    const QString key = keyOf(prefix, any);
    if (!change.before)
        return created ? LiveUpdates::tr("%1 added %2").arg(who, key) : LiveUpdates::tr("%1 restored %2").arg(who, key);
    if (!change.after)
        return LiveUpdates::tr("%1 deleted %2").arg(who, key);
    const BacklogRow &before = *change.before;
    const BacklogRow &after = *change.after;
    if (after.archived)
        return LiveUpdates::tr("%1 archived %2").arg(who, key);
    if (before.orderKey != after.orderKey) {
        if (!backlogAfter.isEmpty() && backlogAfter.constFirst().id == after.id)
            return LiveUpdates::tr("%1 moved %2 to the top").arg(who, key);
        if (!backlogAfter.isEmpty() && backlogAfter.constLast().id == after.id)
            return LiveUpdates::tr("%1 moved %2 to the bottom").arg(who, key);
        return LiveUpdates::tr("%1 moved %2").arg(who, key);
    }
    if (before.status != after.status)
        return LiveUpdates::tr("%1 set %2 to %3").arg(who, key, displayName(after.status));
    if (!sameEstimate(before.estimate, after.estimate)) {
        if (std::isnan(after.estimate))
            return LiveUpdates::tr("%1 removed the estimate of %2").arg(who, key);
        if (after.estimate == std::floor(after.estimate))
            return LiveUpdates::tr("%1 estimated %2 at %n point(s)", nullptr, int(after.estimate)).arg(who, key);
        return LiveUpdates::tr("%1 estimated %2 at %3 points").arg(who, key, QString::number(double(after.estimate)));
    }
    if (before.title != after.title)
        return LiveUpdates::tr("%1 edited the title of %2").arg(who, key);
    if (before.sprintId != after.sprintId)
        return after.sprintId ? LiveUpdates::tr("%1 planned %2 into a sprint").arg(who, key)
                              : LiveUpdates::tr("%1 took %2 out of its sprint").arg(who, key);
    return LiveUpdates::tr("%1 edited %2").arg(who, key);
}

} // namespace

LiveUpdates::LiveUpdates(ProductDocument &document)
    : QObject(&document)
    , m_document(document)
{
    const Database &database = document.database();
    if (!database.isServer())
        return;
    QSqlDatabase db = database.connection();
    QSqlDriver *driver = db.driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    if (auto pid = Sql::scalar(db, QStringLiteral("SELECT pg_backend_pid()")))
        m_ownPid = pid->toLongLong();
    connect(driver, &QSqlDriver::notification, this, &LiveUpdates::received);
    m_listening = driver->subscribeToNotification(channel());
}

void LiveUpdates::received(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    if (name != channel() || source == QSqlDriver::SelfSource)
        return;
    const QJsonObject change = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    if (change.value(QLatin1String("pid")).toInteger() == m_ownPid && m_ownPid != 0)
        return; // this client's own write: its models are up to date already
    const QString table = change.value(QLatin1String("table")).toString();
    const QString operation = change.value(QLatin1String("op")).toString();
    const QJsonValue ids = change.value(QLatin1String("ids"));
    const QString user = change.value(QLatin1String("user")).toString();
    if (!user.isEmpty() && !m_pending.users.contains(user))
        m_pending.users.append(user);
    switch (kindOf(table)) {
    case Kind::Dependencies:
        m_pending.dependencies = true;
        break;
    case Kind::Sprints:
        m_pending.sprints = true;
        break;
    case Kind::Product:
        m_pending.product = true;
        break;
    case Kind::Decisions:
        m_pending.decisions = true;
        break;
    case Kind::Reviews:
        m_pending.reviews = true;
        break;
    case Kind::Items:
        if (!ids.isArray()) {
            m_pending.allItems = true;
            break;
        }
        for (const QJsonValue id : ids.toArray()) {
            m_pending.items.insert(id.toInteger());
            if (table == QLatin1String("item") && operation == QLatin1String("insert"))
                m_pending.created.insert(id.toInteger());
        }
        break;
    case Kind::Unknown:
        m_pending.allItems = true; // a table a newer Ordo watches: read everything
        break;
    }
    schedule();
}

void LiveUpdates::schedule()
{
    // Everything that arrives before the event loop turns again is one refresh.
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        applyPending();
    });
}

void LiveUpdates::applyPending()
{
    BacklogEditor *editor = m_document.editor();
    if (!editor || m_pending.isEmpty())
        return; // still reading the backlog: applied once it is read
    const Pending pending = std::exchange(m_pending, Pending());
    BacklogModel &model = *m_document.backlogModel();
    QStringList others;

    // Settings first: the key prefix and the Definition of Ready shape how rows read.
    if (pending.product) {
        if (auto read = editor->productWrittenElsewhere(); !read)
            editor->report(read);
        others.append(tr("%1 changed the product settings"));
    }
    if (pending.sprints) {
        SprintEditor *sprints = m_document.sprintEditor();
        if (auto read = sprints->sprintsWritten(); !read)
            sprints->report(read);
        const Sprint *active = sprints->activeSprint();
        model.setActiveSprint(active ? active->id : 0);
        others.append(tr("%1 changed the sprints"));
    }
    QList<BacklogEditor::RemoteRowChange> changes;
    const ItemRepository repository(m_document.database());
    if (pending.allItems) {
        auto rows = repository.backlogRows();
        if (!rows) {
            editor->report(rows.error());
            return;
        }
        changes = editor->applyRemoteBacklog(*rows);
    } else if (!pending.items.isEmpty()) {
        const QList<ItemId> ids(pending.items.cbegin(), pending.items.cend());
        auto rows = repository.backlogRowsOf(ids);
        if (!rows) {
            editor->report(rows.error());
            return;
        }
        changes = editor->applyRemoteRows(ids, *rows);
    }
    if (pending.dependencies) {
        editor->dependenciesWritten();
        m_document.changes()->announce(DocumentChange::What::Dependencies);
        others.append(tr("%1 changed dependencies"));
    }
    if (pending.decisions) {
        m_document.changes()->announce(DocumentChange::What::Decisions);
        others.append(tr("%1 changed the decision log"));
    }
    if (pending.reviews) {
        m_document.changes()->announce(DocumentChange::What::Sprints);
        others.append(tr("%1 updated the Sprint Review"));
    }
    if (pending.resync) {
        // Not one change but whatever happened while this client was away.
        emit refreshed(tr("Back on the server: the backlog shows what changed while the connection was lost."));
        return;
    }
    const QString description = describe(pending.users, changes, pending.created, model.keyPrefix(), model.rows(), others);
    if (!description.isEmpty())
        emit refreshed(description);
}

void LiveUpdates::resume()
{
    QSqlDatabase db = m_document.database().connection();
    QSqlDriver *driver = db.driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    // A new connection: a new backend, and no subscription yet.
    if (auto pid = Sql::scalar(db, QStringLiteral("SELECT pg_backend_pid()")))
        m_ownPid = pid->toLongLong();
    m_listening = driver->subscribedToNotifications().contains(channel()) || driver->subscribeToNotification(channel());
    // Whatever others wrote meanwhile sent its notifications to nobody: everything is read again,
    // in place, so that selections and scroll positions stay.
    m_pending.allItems = true;
    m_pending.dependencies = true;
    m_pending.sprints = true;
    m_pending.product = true;
    m_pending.decisions = true;
    m_pending.reviews = true;
    m_pending.resync = true;
    schedule();
}

QString LiveUpdates::describe(const QStringList &users,
                              const QList<BacklogEditor::RemoteRowChange> &changes,
                              const QSet<ItemId> &created,
                              const QString &keyPrefix,
                              const QList<BacklogRow> &backlogAfter,
                              const QStringList &otherTables)
{
    const QString who = users.isEmpty() ? tr("Someone") : users.join(QLatin1String(", "));
    if (changes.isEmpty()) {
        if (otherTables.isEmpty())
            return {};
        return otherTables.constFirst().arg(who); // "%1 changed the sprints"
    }
    if (changes.size() == 1) {
        const auto &change = changes.constFirst();
        const ItemId id = change.after ? change.after->id : change.before->id;
        return describeOne(who, change, created.contains(id), keyPrefix, backlogAfter);
    }
    const int n = int(changes.size());
    const auto all = [&](auto test) { return std::all_of(changes.cbegin(), changes.cend(), test); };
    if (all([](const BacklogEditor::RemoteRowChange &c) { return !c.before; }))
        return tr("%1 added %n item(s)", nullptr, n).arg(who);
    if (all([](const BacklogEditor::RemoteRowChange &c) { return c.before && (!c.after || c.after->archived); }))
        return tr("%1 archived %n item(s)", nullptr, n).arg(who);
    if (all([](const BacklogEditor::RemoteRowChange &c) {
            return c.before && c.after && !c.after->archived && c.before->orderKey != c.after->orderKey;
        }))
        return tr("%1 moved %n item(s)", nullptr, n).arg(who);
    return tr("%1 changed %n item(s)", nullptr, n).arg(who);
}

} // namespace Ordo
