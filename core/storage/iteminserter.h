#pragma once

#include "../domain/item.h"
#include "expected.h"

#include <QList>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>
#include <utility>

namespace Ordo {

class Database;
struct ItemStatements;

// The full-text indexing of items inserted in bulk. Each statement that writes through the
// index's insert triggers makes FTS5 flush what it holds into a new segment, and once the index
// has been written in a transaction, every later statement with a statement journal makes FTS5
// save its totals again: both cost several times the indexing itself. So from begin() to
// finish() the index's insert triggers are out of the schema (inside the caller's transaction:
// a rollback puts them back too), and finish() indexes every item inserted meanwhile in one
// statement per run of ids. An import begins once, inserts all its batches, then finishes,
// before anything else it writes touches the index. Items are not found by a search until then.
// Meanwhile the connection's page cache may grow to hold what the bulk writes (a 100,000-item
// import writes more than the usual cache holds, and would write pages out and read them back
// within its transaction); finish(), or the destructor on a failure, gives it back.
//
// In a product that holds no items yet (a new product an import fills), begin() also takes the
// plain (not unique) indexes of the tables an item's rows go into out of the schema, and
// finish() makes them again from their stored SQL: SQLite builds an index from sorted rows in
// a fraction of what inserting into it row by row costs. Meanwhile the statements that write
// the rows are prepared once for all the batches (insertItems()).
class BulkIndex
{
public:
    explicit BulkIndex(const Database &database);
    ~BulkIndex();
    BulkIndex(const BulkIndex &) = delete;
    BulkIndex &operator=(const BulkIndex &) = delete;

    Status begin();
    // Items inserted since begin(), to be indexed by finish().
    void add(const QList<ItemId> &ids) { m_ids.append(ids); }
    Status finish();
    bool isActive() const { return m_active; }
    // The statements insertItems() writes with while the bulk is active, prepared once.
    ItemStatements &statements();

private:
    Status giveCacheBack();

    const Database &m_database;
    QStringList m_definitions; // the suspended triggers' SQL
    QStringList m_indexes;     // the suspended indexes' SQL
    std::unique_ptr<ItemStatements> m_statements;
    QList<ItemId> m_ids;
    bool m_active = false;
    // The connection's page cache (PRAGMA cache_size) before the bulk let it grow, if it did.
    std::optional<QVariant> m_cacheSize;
};

// Inserts new items, with their labels, criteria and first history rows, using statements
// prepared once for the whole batch: a one-item creation and a 100,000-row import take the
// same path. Call it inside a transaction (ItemRepository::createMany() opens one).
//
// Each item's acceptance criteria are written before the item itself, with the foreign key
// checks deferred to the commit, so that the full-text index's trigger on the item indexes
// the item once with all its criteria instead of once more for every criterion added.
// Items without an id or number get the next free ones. A batch of 64 new items or more is
// indexed in bulk (BulkIndex); so are the items of every batch while `bulk` is active.
Expected<QList<ItemId>> insertItems(const Database &database, const QList<BacklogItem> &items,
                                    const QList<QString> &orderKeys, BulkIndex *bulk = nullptr);

} // namespace Ordo
