#pragma once

#include "../domain/history.h"
#include "expected.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Ordo {

class Database;

// The history table: every change of an item's status, estimate, sprint,
// order, acceptance and archived flag, with its timestamp. Writers call
// record() inside their own transaction; readers ask for a field over time.
class HistoryRepository
{
public:
    explicit HistoryRepository(const Database &database);

    // Appends one row. Must run inside the caller's transaction.
    static Status record(const QSqlDatabase &db, const HistoryEntry &entry);

    Expected<QList<HistoryEntry>> forItem(qint64 itemId) const;
    // Every row of `field` (all fields if nullopt), oldest first.
    Expected<QList<HistoryEntry>> entries(std::optional<HistoryField> field = std::nullopt) const;
    // Creation, status, estimate and sprint rows of every item that was ever
    // in a sprint, oldest first: what velocity and burndown replay.
    Expected<QList<HistoryEntry>> sprintWork() const;
    static Expected<QList<HistoryEntry>> sprintWork(const QSqlDatabase &db);
    // Creation, status, estimate, sprint and commitment rows of the items that were ever in
    // `sprintId`, oldest first: what one sprint's burndown replays, read through the indexes on
    // the sprint rows and on each item's rows (never the whole table).
    Expected<QList<HistoryEntry>> forSprint(qint64 sprintId) const;
    // The rows of `fields` of the given items, oldest first, read through each item's index
    // (a release burnup's scope, the items an outcome measure looks at).
    Expected<QList<HistoryEntry>> ofItems(const QList<qint64> &itemIds, const QList<HistoryField> &fields) const;
    // The items ever rejected at a review, through a partial index.
    Expected<QList<qint64>> everRejected() const;
    // Creation, order and archive rows, oldest first: what replays the
    // backlog's order at a past moment (see Health::topAt).
    // Only the rows after `afterId` (for a cache that reads what is new), and their total count.
    Expected<QList<HistoryEntry>> ordering(qint64 afterId = 0) const;
    Expected<int> orderingCount() const;

private:
    const Database &m_database;
};

} // namespace Ordo
