#pragma once

#include "documentchange.h"
#include "domain/backlogrow.h"
#include "domain/decision.h"
#include "domain/product.h"
#include "storage/expected.h"
#include "storage/itemrepository.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace Ordo {

// One field of a write refused because someone else changed the item meanwhile, as the user
// reads it: the field's name, the value now in the product ("theirs", and who wrote it when
// known) and the value the user wrote ("mine").
struct ConflictField
{
    QString name;
    QString theirs;
    QString mine;
    QString changedBy;
};

// Asked when a write met a row someone else changed: `item` names it (key and title); the
// answer says per field whether to write the user's value again (true) or keep theirs.
using ConflictResolver = std::function<QList<bool>(const QString &item, const QList<ConflictField> &fields)>;

class BacklogModel;
class Database;

// The one writer of a product's backlog: each method writes the product file
// (one transaction, history included), then updates the BacklogModel, then
// announces the change on the document's ChangeChannel, so the file and the
// screen never disagree. Undo commands call these methods; nothing else
// writes items.
class BacklogEditor : public QObject
{
    Q_OBJECT

public:
    BacklogEditor(Database &database,
                  BacklogModel &model,
                  ChangeChannel &changes,
                  Product product,
                  QObject *parent = nullptr);

    const Product &product() const { return m_product; }
    // Writes the product's settings (name, Product Goal, Definitions of Done and Ready, ...).
    Status setProduct(const Product &product);

    // Places `ids`, in this order, directly below `anchor` (0: at the top of
    // the backlog). Each moved item writes one item row (and its history
    // row). Keys are rebalanced first, in one transaction, only if the gap
    // has been bisected so often that a key would grow past the bound.
    Status placeItems(const QList<ItemId> &ids, ItemId anchor);

    // Creates `item` directly below `anchor` (0: at the top; nullopt: at the
    // bottom). An item with an id is recreated with it (redo).
    Expected<ItemId> createItem(BacklogItem item, std::optional<ItemId> anchor);
    // Removes an item and its history for good (undo of a creation; Archive view).
    Status deleteItem(ItemId id);
    Status setArchived(const QList<ItemId> &ids, bool archived);

    Status setTitle(ItemId id, const QString &title);
    Status setType(ItemId id, ItemType type);
    Status setEstimate(ItemId id, std::optional<double> estimate);
    Status setStatus(ItemId id, ItemStatus status);
    Status setParent(ItemId id, std::optional<ItemId> parent);
    Status setText(ItemId id, ItemRepository::TextField field, const QString &text);
    Status setNumber(ItemId id, ItemRepository::NumberField field, std::optional<double> value);
    Status setMeasurement(ItemId id, std::optional<double> actual, QDate measuredOn);
    Status setLabels(ItemId id, const QStringList &labels);
    Status setCriteria(ItemId id, const QStringList &texts);
    Status moveCriterion(ItemId id, int from, int to);
    Status setInvestChecks(ItemId id, InvestChecks checks);
    Status setSplitFrom(ItemId id, std::optional<ItemId> original);
    Status setScore(ItemId id, ItemRepository::ScoreField field, const QVariant &value);
    Status setServesGoal(ItemId id, bool serves);

    // The decision log. Adding one with an id (a redo) keeps that id.
    Expected<qint64> addDecision(const Decision &decision);
    Status removeDecision(qint64 id);

    // The whole item, as the story editor shows it.
    Expected<BacklogItem> loadItem(ItemId id) const;
    // Dependencies of `id` that are in the backlog and not finished.
    QList<ItemId> unfinishedDependencies(ItemId id) const;

    Status addDependency(ItemId id, ItemId dependsOn);
    Status removeDependency(ItemId id, ItemId dependsOn);
    const QList<Dependency> &dependencies() const { return m_dependencies; }
    // Re-reads the dependencies after another writer (an import) wrote some.
    void dependenciesWritten();

    // What another client of a server product wrote, as the backlog saw it: the row before (if the
    // backlog showed it) and the row now (if the item still exists; archived ones included).
    struct RemoteRowChange
    {
        std::optional<BacklogRow> before;
        std::optional<BacklogRow> after;
    };
    // Brings the model up to date with the rows of `ids` as another client wrote them: `fresh`
    // holds their rows now (an id without a row was deleted). A changed row is updated in place,
    // a row whose key changed moves, a new one is inserted, an archived or deleted one removed:
    // views keep their selection and scroll position. Nothing is written, nothing goes on the
    // undo stack; the change is announced on the channel. Returns the rows that changed.
    QList<RemoteRowChange> applyRemoteRows(const QList<ItemId> &ids, const QList<BacklogRow> &fresh);
    // The same for the whole backlog (`backlog`: every row not archived, as read now).
    QList<RemoteRowChange> applyRemoteBacklog(const QList<BacklogRow> &backlog);
    // Re-reads the product's settings after another client wrote them, and announces them.
    Status productWrittenElsewhere();
    // Items ordered above a dependency, with those dependencies in backlog order.
    const QHash<ItemId, QList<ItemId>> &dependencyViolations() const { return m_violations; }

    // The id of the item directly above `id` in the backlog (0 at the top).
    ItemId itemAbove(ItemId id) const;
    Database &database() const { return m_database; }
    BacklogModel &model() const { return m_model; }

    // Tells the user about a write that failed while undoing or redoing.
    void report(const Status &status);

    // Each write names the version of the row the model holds (BacklogRow::version): a row
    // someone else wrote meanwhile is re-read into the model and the write comes back as a
    // conflict (Error::isConflict()). The commands then ask the user through the resolver
    // (MainWindow's shows ConflictDialog; without one, theirs is kept).
    void setConflictResolver(ConflictResolver resolver) { m_resolver = std::move(resolver); }
    QList<bool> resolveConflict(ItemId id, const QList<ConflictField> &fields) const;

signals:
    void errorOccurred(const QString &message);
    // Someone else moved these items (their keys, as "HRV-12") while the user moved them too;
    // the user's move was applied last.
    void movedByOthers(const QStringList &itemKeys);

private:
    // The version of the item's row the model holds; none for an item not in the backlog.
    ItemRepository::KnownVersion knownVersion(ItemId id) const;
    Status refreshRow(ItemId id);
    // After a write of one item's field: the write's error, or the row re-read into the model.
    Status writeAndRefresh(ItemId id, const Status &written);
    void scheduleViolationCheck();
    void checkViolations();

    Database &m_database;
    BacklogModel &m_model;
    ChangeChannel &m_changes;
    Product m_product;
    QList<Dependency> m_dependencies;
    QHash<ItemId, QList<ItemId>> m_violations;
    bool m_violationCheckPending = false;
    ConflictResolver m_resolver;
};

} // namespace Ordo
