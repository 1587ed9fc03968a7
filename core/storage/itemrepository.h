#pragma once

#include "../domain/backlogrow.h"
#include "../domain/item.h"
#include "expected.h"

#include <QList>
#include <QSet>

#include <functional>

#include <optional>

namespace Ordo {

class BulkIndex;
namespace Sql {
enum class Engine;
}
class Database;

// Product Backlog items in the product file.
//
// Each public write is one transaction. A write that changes an item's status,
// estimate, sprint, order, archived flag or metric measurement also appends a
// history row with the database clock's time in the same transaction, and a
// write that would change nothing writes nothing.
//
// Every write of an item row also bumps its version (item.version, BacklogItem::version,
// BacklogRow::version) in the same UPDATE. A setter given the version its caller read
// (`known`) writes only if the row still has it: when someone else wrote the row in between,
// nothing is written and the Error carries a WriteConflict (Error::isConflict()) with the
// row's value and version now. Without `known`, the write goes through whatever the row holds.
class ItemRepository
{
public:
    explicit ItemRepository(const Database &database);

    // The version of the row the writer read; nullopt: no check.
    using KnownVersion = std::optional<int>;

    // Inserts the item with the next item number. An empty order key places
    // it at the bottom of the backlog. Returns the new id. An item with an id
    // and number (a creation being redone) is inserted with those.
    Expected<ItemId> create(const BacklogItem &item);
    // Inserts many items in one transaction (import, demo, benchmarks); an import that writes
    // several batches in its own transaction indexes them all at the end through `bulk`.
    Expected<QList<ItemId>> createMany(const QList<BacklogItem> &items, BulkIndex *bulk = nullptr);

    Expected<BacklogItem> load(ItemId id) const;
    // Every item, ordered by order key; archived ones only if asked for.
    Expected<QList<BacklogRow>> backlogRows(bool includeArchived = false) const;
    // The same, saying how many rows it has read every few thousand; `progress` returns
    // false to stop the reading (an error that says so comes back).
    using Progress = std::function<bool(qsizetype rowsRead)>;
    Expected<QList<BacklogRow>> backlogRows(const Progress &progress) const;
    // The first `count` items of the backlog (not archived): the first screen.
    Expected<QList<BacklogRow>> firstBacklogRows(int count) const;
    // How many items the backlog holds (not archived).
    Expected<qsizetype> backlogCount() const;
    Expected<QList<BacklogRow>> archivedRows() const;
    Expected<BacklogRow> backlogRow(ItemId id) const;
    // The rows of `ids`, archived ones included, in backlog order; an id that names no item
    // (deleted) has no row. One query for all of them: what another client changed.
    Expected<QList<BacklogRow>> backlogRowsOf(const QList<ItemId> &ids) const;
    // The main query behind backlogRows(), without labels and criteria counts (the benchmark
    // reads it raw as the limit).
    static QString backlogRowsSql(const QString &where);
    // The same for a connection to either engine (dialect.h).
    static QString backlogRowsSql(Sql::Engine engine, const QString &where);
    // The largest order key in use (empty for an empty product).
    Expected<QString> lastOrderKey() const;

    // The version the item's row has now.
    Expected<int> version(ItemId id) const;

    Status setStatus(ItemId id, ItemStatus status, KnownVersion known = std::nullopt);
    Status setEstimate(ItemId id, std::optional<double> estimate, KnownVersion known = std::nullopt);
    Status setSprint(ItemId id, std::optional<SprintId> sprint, KnownVersion known = std::nullopt);
    Status setOrderKey(ItemId id, const QString &orderKey);
    // Gives each of `ids` the key at the same index, as one transaction with
    // one history row per changed key: a move of one item or of thousands.
    //
    // Moves never conflict (no version check): the last move of an item wins. Given the keys
    // the caller knew (`knownKeys`, same index), the ids whose key someone else changed
    // meanwhile are appended to `movedByOthers`, so that the user can be told. A key another
    // item holds already (two people moving into the same gap) is replaced by a fresh one
    // between it and the next key; `orderKeys` then says which keys were written.
    Status setOrderKeys(const QList<ItemId> &ids,
                        const QList<QString> &orderKeys,
                        const QList<QString> &knownKeys = {},
                        QList<ItemId> *movedByOthers = nullptr,
                        QList<QString> *writtenKeys = nullptr);
    Status setArchived(ItemId id, bool archived, KnownVersion known = std::nullopt);
    Status setParent(ItemId id, std::optional<ItemId> parent, KnownVersion known = std::nullopt);
    Status setTitle(ItemId id, const QString &title, KnownVersion known = std::nullopt);
    Status setType(ItemId id, ItemType type, KnownVersion known = std::nullopt);

    // The story editor's fields that have no history.
    enum class TextField { Role, Want, Benefit, Description, Requester, ImpactHypothesis, MetricName };
    enum class NumberField { MetricBaseline, MetricTarget };
    Status setText(ItemId id, TextField field, const QString &text, KnownVersion known = std::nullopt);
    Status setNumber(ItemId id, NumberField field, std::optional<double> value, KnownVersion known = std::nullopt);
    // The success metric's measurement: the actual value and the day it was measured, written
    // together with one history row (HistoryField::MetricMeasured) when either changes. A day
    // after the database clock's today is refused, and so is a day without a value; no value
    // (clearing the actual) goes with no day.
    Status setMeasurement(ItemId id, std::optional<double> actual, QDate measuredOn,
                          KnownVersion known = std::nullopt);
    Status setLabels(ItemId id, const QStringList &labels, KnownVersion known = std::nullopt);
    Status setInvestChecks(ItemId id, InvestChecks checks, KnownVersion known = std::nullopt);
    // Scoring inputs. Values: MoSCoW and Kano the enum as int; the WSJF
    // inputs an int on the modified Fibonacci scale; job size, value and
    // effort a non-negative number. An invalid QVariant clears the score.
    enum class ScoreField { MoSCoW, BusinessValue, TimeCriticality, RiskReduction, JobSize, Kano, Value, Effort };
    Status setScore(ItemId id, ScoreField field, const QVariant &value, KnownVersion known = std::nullopt);
    Status setServesGoal(ItemId id, bool serves, KnownVersion known = std::nullopt);
    Status setServesSprintGoal(ItemId id, bool serves, KnownVersion known = std::nullopt);
    Status setSplitFrom(ItemId id, std::optional<ItemId> original, KnownVersion known = std::nullopt);
    // Replaces the acceptance criteria's texts; criteria keep their ids by
    // position, extra ones are added, missing ones removed.
    Status setCriteria(ItemId id, const QStringList &texts, KnownVersion known = std::nullopt);
    // Moves one criterion (keeping its id) from one position to another.
    Status moveCriterion(ItemId id, int from, int to, KnownVersion known = std::nullopt);

    // Removes the item and its history for good (only from the Archive view).
    Status deletePermanently(ItemId id);

    // Gives the items, in this order, fresh evenly spread order keys in one
    // transaction. The order does not change; each changed key gets its history row.
    Expected<QList<QString>> rebalance(const QList<ItemId> &orderedIds);

    // Ids of items whose story text (who, what, why), description or acceptance
    // criteria contain `needle`, in any case, found through the full-text index
    // (format 9). A needle shorter than minimumTextSearch finds nothing: the
    // index holds trigrams.
    static constexpr int minimumTextSearch = 3;
    Expected<QSet<ItemId>> idsWithText(const QString &needle) const;

    // Dependencies: `id` is blocked by `dependsOn`.
    Status addDependency(ItemId id, ItemId dependsOn);
    Status removeDependency(ItemId id, ItemId dependsOn);
    Expected<QList<Dependency>> dependencies() const;

private:
    Expected<QList<ItemId>> createOnce(const QList<BacklogItem> &items, BulkIndex *bulk);
    // One run of setOrderKeys(): `check` checks every key before it is written.
    Status writeOrderKeys(const QList<ItemId> &ids, const QList<QString> &orderKeys, const QList<QString> &knownKeys,
                          bool check, QList<ItemId> *movedByOthers, QList<QString> *writtenKeys);
    Status changeTracked(ItemId id,
                         const QString &column,
                         HistoryField field,
                         const QVariant &value,
                         const QString &historyValue,
                         KnownVersion known);
    Status setUntracked(ItemId id, const QString &column, const QVariant &value, KnownVersion known);
    // Bumps the row's version (checking `known`) and its updated_at: a write to the item's
    // other tables (labels, criteria). A conflict names `column` and `mine`.
    Status touch(ItemId id, KnownVersion known, const QString &column, const QVariant &mine);

    const Database &m_database;
};

} // namespace Ordo
