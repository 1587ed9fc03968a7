#pragma once

#include "../domain/sprint.h"
#include "../domain/sprintchange.h"
#include "expected.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace Ordo {

class Database;

// Sprints in the product file, and the sprint actions that move items in and out of them.
class SprintRepository
{
public:
    explicit SprintRepository(Database &database);

    // Both refuse, writing nothing, a sprint that SprintPlanning::check() refuses beside the
    // sprints in the file (an end before the start, an overlap, a negative capacity, a second
    // active sprint). A sprint with an id (a redo) is created with it.
    Expected<qint64> create(const Sprint &sprint);
    Status update(const Sprint &sprint);
    // Removes a planned sprint that holds no item; refuses any other.
    Status remove(SprintId id);
    // All sprints, oldest first.
    Expected<QList<Sprint>> all() const;

    // Writes `change` in one transaction, at one moment: sprint rows first (a sprint that starts
    // or ends gets that moment as its start or close), then the items (only the fields that
    // change, each tracked one with its history row), the commitment of a starting sprint, the
    // decisions, what the review recorded, and last the sprints it deletes. Returns the ids of the decisions it added.
    // An order key another item holds by then is replaced by a fresh one: `writtenKeys` gets the
    // key each placed item has.
    Expected<QList<qint64>> apply(const SprintChange &change, QHash<ItemId, QString> *writtenKeys = nullptr);

    // Freezes the figures of the sprints that started or closed without them (a file written
    // before Ordo froze them, or sprints written with their history): the commitment from the
    // commitment rows of their last start, the accepted points as Velocity::ofClosedSprints()
    // replays them. Runs inside the caller's transaction.
    static Status freezeFromHistory(const QSqlDatabase &db);

private:
    Expected<QList<qint64>> applyOnce(const SprintChange &change, QHash<ItemId, QString> &writtenKeys);
    Status checkAgainstOthers(const Sprint &sprint) const;
    Status writeDaysOff(SprintId id, const QList<std::pair<qint64, double>> &daysOff);
    Status writeDefinitionOfDone(SprintId id, const QStringList &done);
    // The sprint's Definition of Done as the file holds it, and the sprint's state there.
    Expected<std::pair<QStringList, SprintState>> storedDefinitionOfDone(SprintId id) const;

    Database &m_database;
};

} // namespace Ordo
