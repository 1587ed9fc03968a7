#include "backlogeditor.h"

#include "backlog/backlogmodel.h"
#include "domain/orderkey.h"
#include "services/dependencyorder.h"
#include "storage/database.h"
#include "storage/decisionrepository.h"
#include "storage/itemrepository.h"
#include "storage/productrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace Ordo {
namespace {


Error missingItem() { return Error{QCoreApplication::translate("Ordo::BacklogEditor", "The Product Backlog item is no longer in the backlog.")}; }

} // namespace

BacklogEditor::BacklogEditor(Database &database,
                             BacklogModel &model,
                             ChangeChannel &changes,
                             Product product,
                             QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_model(model)
    , m_changes(changes)
    , m_product(std::move(product))
{
    if (auto dependencies = ItemRepository(m_database).dependencies())
        m_dependencies = *dependencies;
    m_model.setDefinitionOfReady(m_product.readyRules, m_product.maxStorySize);
    checkViolations();
    // A status change can finish a dependency and make another item ready.
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &BacklogEditor::scheduleViolationCheck);
    // Any change of order can break or mend a dependency's order.
    connect(&m_model, &QAbstractItemModel::rowsMoved, this, &BacklogEditor::scheduleViolationCheck);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &BacklogEditor::scheduleViolationCheck);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &BacklogEditor::scheduleViolationCheck);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &BacklogEditor::scheduleViolationCheck);
}

Status BacklogEditor::placeItems(const QList<ItemId> &ids, ItemId anchor)
{
    if (ids.isEmpty())
        return success();
    const QSet<ItemId> moving(ids.cbegin(), ids.cend());
    if (moving.contains(anchor))
        return Error{QCoreApplication::translate("Ordo::BacklogEditor", "An item cannot be placed below itself.")};
    const QHash<ItemId, int> rows = m_model.rowsOf(ids);
    if (std::any_of(rows.cbegin(), rows.cend(), [](int row) { return row < 0; }))
        return missingItem();

    // The keys of the neighbours the items go between, ignoring the items themselves.
    const auto neighbourKeys = [&]() -> std::optional<std::pair<QString, QString>> {
        int below = 0;
        QString before;
        if (anchor != 0) {
            const int anchorRow = m_model.rowOf(anchor);
            if (anchorRow < 0)
                return std::nullopt;
            before = m_model.rowAt(anchorRow).orderKey;
            below = anchorRow + 1;
        }
        while (below < m_model.rowCount() && moving.contains(m_model.rowAt(below).id))
            ++below;
        const QString after = below < m_model.rowCount() ? m_model.rowAt(below).orderKey : QString();
        return std::make_pair(before, after);
    };
    auto bounds = neighbourKeys();
    if (!bounds)
        return missingItem();
    QList<QString> keys = OrderKey::spread(bounds->first, bounds->second, int(ids.size()));
    const bool tooLong = std::any_of(keys.cbegin(), keys.cend(), &OrderKey::needsRebalance);
    if (keys.size() != ids.size() || tooLong) {
        // The gap is used up: spread every key evenly (same order), then try again.
        QList<ItemId> order;
        order.reserve(m_model.rowCount());
        for (const BacklogRow &row : m_model.rows())
            order.append(row.id);
        auto rebalanced = ItemRepository(m_database).rebalance(order);
        if (!rebalanced)
            return rebalanced.error();
        m_model.setOrderKeys(*rebalanced);
        bounds = neighbourKeys();
        keys = OrderKey::spread(bounds->first, bounds->second, int(ids.size()));
        if (keys.size() != ids.size())
            return Error{QCoreApplication::translate("Ordo::BacklogEditor", "Could not find a place for the items in the backlog order.")};
    }

    // A few items move row by row (views keep their place); many re-sort at once.
    constexpr qsizetype rowMovesUpTo = 64;
    if (ids.size() <= rowMovesUpTo) {
        // A move the user makes by hand names the keys the model holds: a move of an item
        // someone else moved meanwhile still wins (the last move does), but the user is told;
        // a key someone else took meanwhile is replaced by a fresh one.
        QList<QString> knownKeys;
        knownKeys.reserve(ids.size());
        for (ItemId id : ids)
            knownKeys.append(m_model.rowAt(rows.value(id)).orderKey);
        QList<ItemId> moved;
        QList<QString> written;
        if (auto placed = ItemRepository(m_database).setOrderKeys(ids, keys, knownKeys, &moved, &written); !placed)
            return placed;
        for (qsizetype i = 0; i < ids.size(); ++i)
            m_model.placeRow(m_model.rowOf(ids.at(i)), written.at(i));
        if (!moved.isEmpty()) {
            QStringList movedKeys;
            for (ItemId id : std::as_const(moved)) {
                (void)refreshRow(id); // their write bumped the version too
                movedKeys.append(m_model.keyOf(m_model.rowAt(m_model.rowOf(id))));
            }
            emit movedByOthers(movedKeys);
        }
        return success();
    }
    QList<QString> written;
    if (auto placed = ItemRepository(m_database).setOrderKeys(ids, keys, {}, nullptr, &written); !placed)
        return placed;
    {
        QHash<ItemId, QString> placed;
        placed.reserve(ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i)
            placed.insert(ids.at(i), written.at(i));
        m_model.placeRows(placed);
    }
    return success();
}

Expected<ItemId> BacklogEditor::createItem(BacklogItem item, std::optional<ItemId> anchor)
{
    if (anchor) {
        int below = 0;
        QString before;
        if (*anchor != 0) {
            const int anchorRow = m_model.rowOf(*anchor);
            if (anchorRow < 0)
                return missingItem();
            before = m_model.rowAt(anchorRow).orderKey;
            below = anchorRow + 1;
        }
        const QString after = below < m_model.rowCount() ? m_model.rowAt(below).orderKey : QString();
        const auto key = OrderKey::between(before, after);
        if (!key || OrderKey::needsRebalance(*key)) {
            // Let placeItems() rebalance: create at the bottom, then move.
            item.orderKey.clear();
            auto id = createItem(item, std::nullopt);
            if (!id)
                return id;
            if (auto placed = placeItems({*id}, *anchor); !placed)
                return placed.error();
            return id;
        }
        item.orderKey = *key;
    } else {
        const QString last = m_model.rowCount() > 0 ? m_model.rows().constLast().orderKey : QString();
        auto repositoryLast = ItemRepository(m_database).lastOrderKey();
        if (!repositoryLast)
            return repositoryLast.error();
        // Archived items keep their keys, so the bottom is after every key in the file.
        item.orderKey = *OrderKey::between(qMax(last, *repositoryLast), QString());
    }
    ItemRepository items(m_database);
    auto id = items.create(item);
    if (!id)
        return id;
    auto row = items.backlogRow(*id);
    if (!row)
        return row.error();
    if (!row->archived)
        m_model.insertBacklogRow(m_model.insertionRow(row->orderKey), *row);
    return id;
}

Status BacklogEditor::deleteItem(ItemId id)
{
    if (auto deleted = ItemRepository(m_database).deletePermanently(id); !deleted)
        return deleted;
    if (const int row = m_model.rowOf(id); row >= 0)
        m_model.removeBacklogRow(row);
    const auto before = m_dependencies.size();
    m_dependencies.removeIf([id](const Dependency &d) { return d.itemId == id || d.dependsOnId == id; });
    if (m_dependencies.size() != before)
        m_changes.announce(DocumentChange::What::Dependencies, {id});
    m_changes.announce(DocumentChange::What::Archive, {id});
    return success();
}

Status BacklogEditor::setArchived(const QList<ItemId> &ids, bool archived)
{
    ItemRepository items(m_database);
    Transaction transaction(m_database.connection());
    for (ItemId id : ids) {
        if (auto written = items.setArchived(id, archived, knownVersion(id)); !written)
            return written;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed;
    for (ItemId id : ids) {
        if (archived) {
            if (const int row = m_model.rowOf(id); row >= 0)
                m_model.removeBacklogRow(row);
        } else if (auto row = items.backlogRow(id); row && m_model.rowOf(id) < 0) {
            m_model.insertBacklogRow(m_model.insertionRow(row->orderKey), *row);
        }
    }
    m_changes.announce(DocumentChange::What::Archive, ids);
    return success();
}

ItemRepository::KnownVersion BacklogEditor::knownVersion(ItemId id) const
{
    // A product file has one writer, this window: nobody else can have changed the row.
    if (!m_database.isServer())
        return std::nullopt;
    const int row = m_model.rowOf(id);
    return row >= 0 ? ItemRepository::KnownVersion(m_model.rowAt(row).version) : std::nullopt;
}

QList<bool> BacklogEditor::resolveConflict(ItemId id, const QList<ConflictField> &fields) const
{
    if (!m_resolver)
        return QList<bool>(fields.size(), false);
    const int row = m_model.rowOf(id);
    //: %1 is a Product Backlog item's key, %2 its title
    const QString item = row >= 0 ? tr("%1 “%2”").arg(m_model.keyOf(m_model.rowAt(row)), m_model.rowAt(row).title)
                                  : QString();
    return m_resolver(item, fields);
}

Status BacklogEditor::writeAndRefresh(ItemId id, const Status &written)
{
    if (!written && written.error().isConflict()) {
        // Someone else wrote the row: show what it holds now, then let the caller ask.
        if (const Status refreshed = refreshRow(id); !refreshed)
            return refreshed;
        m_changes.announce(DocumentChange::What::ItemFields, {id});
        return written;
    }
    if (!written)
        return written;
    const Status refreshed = refreshRow(id);
    m_changes.announce(DocumentChange::What::ItemFields, {id});
    return refreshed;
}

Status BacklogEditor::refreshRow(ItemId id)
{
    const int row = m_model.rowOf(id);
    if (row < 0)
        return success(); // archived: nothing on screen to update
    auto fresh = ItemRepository(m_database).backlogRow(id);
    if (!fresh)
        return fresh.error();
    m_model.updateBacklogRow(row, *fresh);
    return success();
}

Status BacklogEditor::setTitle(ItemId id, const QString &title)
{
    return writeAndRefresh(id, ItemRepository(m_database).setTitle(id, title, knownVersion(id)));
}

Status BacklogEditor::setType(ItemId id, ItemType type)
{
    return writeAndRefresh(id, ItemRepository(m_database).setType(id, type, knownVersion(id)));
}

Status BacklogEditor::setEstimate(ItemId id, std::optional<double> estimate)
{
    return writeAndRefresh(id, ItemRepository(m_database).setEstimate(id, estimate, knownVersion(id)));
}

Status BacklogEditor::setStatus(ItemId id, ItemStatus status)
{
    return writeAndRefresh(id, ItemRepository(m_database).setStatus(id, status, knownVersion(id)));
}

Status BacklogEditor::setParent(ItemId id, std::optional<ItemId> parent)
{
    return writeAndRefresh(id, ItemRepository(m_database).setParent(id, parent, knownVersion(id)));
}

void BacklogEditor::dependenciesWritten()
{
    if (auto dependencies = ItemRepository(m_database).dependencies())
        m_dependencies = *dependencies;
    checkViolations();
}

namespace {

bool sameNumber(float a, float b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

// Everything the backlog shows of a row (the search text follows from title and labels).
bool sameRow(const BacklogRow &a, const BacklogRow &b)
{
    return a.id == b.id && a.parentId == b.parentId && a.sprintId == b.sprintId && a.title == b.title
           && a.orderKey == b.orderKey && a.labels == b.labels && sameNumber(a.estimate, b.estimate)
           && a.number == b.number && a.type == b.type && a.status == b.status && a.archived == b.archived
           && a.investChecks == b.investChecks && a.hasStoryVoice == b.hasStoryVoice && a.hasMetric == b.hasMetric
           && a.criteriaCount == b.criteriaCount && a.moscow == b.moscow && a.kano == b.kano
           && a.businessValue == b.businessValue && a.timeCriticality == b.timeCriticality
           && a.riskReduction == b.riskReduction && a.servesGoal == b.servesGoal
           && a.servesSprintGoal == b.servesSprintGoal && sameNumber(a.jobSize, b.jobSize)
           && sameNumber(a.value, b.value) && sameNumber(a.effort, b.effort) && a.updatedAt == b.updatedAt;
}

} // namespace

QList<BacklogEditor::RemoteRowChange> BacklogEditor::applyRemoteRows(const QList<ItemId> &ids,
                                                                     const QList<BacklogRow> &fresh)
{
    QHash<ItemId, const BacklogRow *> freshOf;
    freshOf.reserve(fresh.size());
    for (const BacklogRow &row : fresh)
        freshOf.insert(row.id, &row);
    const QHash<ItemId, int> shown = m_model.rowsOf(ids);

    QList<RemoteRowChange> changes;
    QList<ItemId> removing;
    QHash<ItemId, QString> moving;
    QList<ItemId> updating;
    QList<BacklogRow> inserting;
    QSet<ItemId> seen;
    for (const ItemId id : ids) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const int row = shown.value(id, -1);
        const BacklogRow *now = freshOf.value(id);
        const bool onScreen = now && !now->archived;
        if (row < 0 && !onScreen)
            continue; // an archived item changed: the backlog does not show it
        RemoteRowChange change;
        if (row >= 0)
            change.before = m_model.rowAt(row);
        if (now)
            change.after = *now;
        if (row >= 0 && onScreen && sameRow(*change.before, *now))
            continue; // (this client's own write, or one it has already read)
        if (row >= 0 && !onScreen) {
            removing.append(id);
        } else if (row < 0) {
            inserting.append(*now);
        } else {
            if (change.before->orderKey != now->orderKey)
                moving.insert(id, now->orderKey);
            updating.append(id);
        }
        changes.append(std::move(change));
    }
    if (changes.isEmpty())
        return changes;

    m_model.removeBacklogRows(removing);
    // A few moves are row moves; many are one layout change.
    if (moving.size() > 20) {
        m_model.placeRows(moving);
    } else {
        for (auto it = moving.cbegin(); it != moving.cend(); ++it)
            m_model.placeRow(m_model.rowOf(it.key()), it.value());
    }
    const QHash<ItemId, int> placed = m_model.rowsOf(updating);
    for (const ItemId id : std::as_const(updating))
        m_model.updateBacklogRow(placed.value(id), *freshOf.value(id));
    std::sort(inserting.begin(), inserting.end(), [](const BacklogRow &a, const BacklogRow &b) {
        return a.orderKey < b.orderKey;
    });
    for (const BacklogRow &row : std::as_const(inserting))
        m_model.insertBacklogRow(m_model.insertionRow(row.orderKey), row);

    QList<ItemId> archive = removing;
    for (const BacklogRow &row : std::as_const(inserting))
        archive.append(row.id);
    if (!updating.isEmpty())
        m_changes.announce(DocumentChange::What::ItemFields, updating);
    if (!archive.isEmpty())
        m_changes.announce(DocumentChange::What::Archive, archive);
    return changes;
}

QList<BacklogEditor::RemoteRowChange> BacklogEditor::applyRemoteBacklog(const QList<BacklogRow> &backlog)
{
    QList<ItemId> ids;
    ids.reserve(m_model.rowCount() + backlog.size());
    for (const BacklogRow &row : m_model.rows())
        ids.append(row.id);
    for (const BacklogRow &row : backlog)
        ids.append(row.id);
    return applyRemoteRows(ids, backlog);
}

Status BacklogEditor::productWrittenElsewhere()
{
    auto product = ProductRepository(m_database).load();
    if (!product)
        return product.error();
    m_product = std::move(*product);
    m_model.setKeyPrefix(m_product.keyPrefix);
    m_model.setDefinitionOfReady(m_product.readyRules, m_product.maxStorySize);
    m_changes.announce(DocumentChange::What::Product);
    return success();
}

Status BacklogEditor::addDependency(ItemId id, ItemId dependsOn)
{
    if (DependencyOrder::wouldCreateCycle(m_dependencies, id, dependsOn)) {
        return Error{QCoreApplication::translate("Ordo::BacklogEditor", "This dependency would create a cycle: the other item already depends "
                        "on this one, directly or through other items.")};
    }
    if (auto written = ItemRepository(m_database).addDependency(id, dependsOn); !written)
        return written;
    m_dependencies.append({id, dependsOn});
    checkViolations();
    m_changes.announce(DocumentChange::What::Dependencies, {id, dependsOn});
    return success();
}

Status BacklogEditor::removeDependency(ItemId id, ItemId dependsOn)
{
    if (auto written = ItemRepository(m_database).removeDependency(id, dependsOn); !written)
        return written;
    m_dependencies.removeIf([&](const Dependency &d) { return d.itemId == id && d.dependsOnId == dependsOn; });
    checkViolations();
    m_changes.announce(DocumentChange::What::Dependencies, {id, dependsOn});
    return success();
}

void BacklogEditor::report(const Status &status)
{
    if (!status)
        emit errorOccurred(status.errorMessage());
}

ItemId BacklogEditor::itemAbove(ItemId id) const
{
    const int row = m_model.rowOf(id);
    return row > 0 ? m_model.rowAt(row - 1).id : 0;
}

void BacklogEditor::scheduleViolationCheck()
{
    if (m_violationCheckPending || m_dependencies.isEmpty())
        return; // (without dependencies there is nothing to check or to count)
    // Coalesced: a multi-item move checks once, after the move.
    m_violationCheckPending = true;
    QTimer::singleShot(0, this, &BacklogEditor::checkViolations);
}

void BacklogEditor::checkViolations()
{
    m_violationCheckPending = false;
    QHash<ItemId, int> positions;
    if (!m_dependencies.isEmpty()) {
        QSet<ItemId> involved;
        for (const Dependency &d : std::as_const(m_dependencies)) {
            involved.insert(d.itemId);
            involved.insert(d.dependsOnId);
        }
        const QList<BacklogRow> &rows = m_model.rows();
        for (int i = 0; i < rows.size(); ++i) {
            // Finished items no longer block anything.
            if (involved.contains(rows.at(i).id) && !isFinishedStatus(rows.at(i).status))
                positions.insert(rows.at(i).id, i);
        }
    }
    auto violations = DependencyOrder::violations(m_dependencies, [&positions](ItemId id) {
        return positions.value(id, -1);
    });
    // What the Definition of Ready counts: dependencies still to finish.
    QHash<ItemId, int> unfinished;
    for (const Dependency &d : std::as_const(m_dependencies)) {
        if (positions.contains(d.dependsOnId))
            ++unfinished[d.itemId];
    }
    m_model.setUnfinishedDependencies(unfinished);
    if (violations == m_violations)
        return;
    m_violations = std::move(violations);
    m_model.setDependencyWarnings(m_violations);
}

QList<ItemId> BacklogEditor::unfinishedDependencies(ItemId id) const
{
    QList<ItemId> result;
    for (const Dependency &d : m_dependencies) {
        if (d.itemId != id)
            continue;
        const int row = m_model.rowOf(d.dependsOnId);
        if (row >= 0 && !isFinishedStatus(m_model.rowAt(row).status))
            result.append(d.dependsOnId);
    }
    return result;
}

Expected<BacklogItem> BacklogEditor::loadItem(ItemId id) const
{
    return ItemRepository(m_database).load(id);
}

Status BacklogEditor::setProduct(const Product &product)
{
    if (auto written = ProductRepository(m_database).update(product); !written)
        return written;
    m_product = product;
    m_model.setKeyPrefix(m_product.keyPrefix);
    m_model.setDefinitionOfReady(m_product.readyRules, m_product.maxStorySize);
    m_changes.announce(DocumentChange::What::Product);
    return success();
}

Status BacklogEditor::setText(ItemId id, ItemRepository::TextField field, const QString &text)
{
    return writeAndRefresh(id, ItemRepository(m_database).setText(id, field, text, knownVersion(id)));
}

Status BacklogEditor::setNumber(ItemId id, ItemRepository::NumberField field, std::optional<double> value)
{
    return writeAndRefresh(id, ItemRepository(m_database).setNumber(id, field, value, knownVersion(id)));
}

Status BacklogEditor::setMeasurement(ItemId id, std::optional<double> actual, QDate measuredOn)
{
    return writeAndRefresh(id, ItemRepository(m_database).setMeasurement(id, actual, measuredOn, knownVersion(id)));
}

Status BacklogEditor::setLabels(ItemId id, const QStringList &labels)
{
    return writeAndRefresh(id, ItemRepository(m_database).setLabels(id, labels, knownVersion(id)));
}

Status BacklogEditor::setCriteria(ItemId id, const QStringList &texts)
{
    return writeAndRefresh(id, ItemRepository(m_database).setCriteria(id, texts, knownVersion(id)));
}

Status BacklogEditor::moveCriterion(ItemId id, int from, int to)
{
    return writeAndRefresh(id, ItemRepository(m_database).moveCriterion(id, from, to, knownVersion(id)));
}

Status BacklogEditor::setInvestChecks(ItemId id, InvestChecks checks)
{
    return writeAndRefresh(id, ItemRepository(m_database).setInvestChecks(id, checks, knownVersion(id)));
}

Status BacklogEditor::setSplitFrom(ItemId id, std::optional<ItemId> original)
{
    return writeAndRefresh(id, ItemRepository(m_database).setSplitFrom(id, original, knownVersion(id)));
}

Status BacklogEditor::setScore(ItemId id, ItemRepository::ScoreField field, const QVariant &value)
{
    return writeAndRefresh(id, ItemRepository(m_database).setScore(id, field, value, knownVersion(id)));
}

Status BacklogEditor::setServesGoal(ItemId id, bool serves)
{
    return writeAndRefresh(id, ItemRepository(m_database).setServesGoal(id, serves, knownVersion(id)));
}

Expected<qint64> BacklogEditor::addDecision(const Decision &decision)
{
    auto added = DecisionRepository(m_database).add(decision);
    if (added)
        m_changes.announce(DocumentChange::What::Decisions, decision.itemId ? QList<ItemId>{*decision.itemId} : QList<ItemId>{});
    return added;
}

Status BacklogEditor::removeDecision(qint64 id)
{
    const Status removed = DecisionRepository(m_database).remove(id);
    if (removed)
        m_changes.announce(DocumentChange::What::Decisions);
    return removed;
}

} // namespace Ordo
