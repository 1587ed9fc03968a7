#pragma once

#include "../domain/decision.h"
#include "expected.h"

#include <QHash>
#include <QList>

namespace Ordo {

class Database;

// The decision log: what the Product Owner decided, why, and for whom.
class DecisionRepository
{
public:
    explicit DecisionRepository(const Database &database);

    // Records a decision; one with an id (a redo) is recorded with that id.
    Expected<qint64> add(const Decision &decision);
    // Takes a decision back (undo of the edit that recorded it).
    Status remove(qint64 id);
    // Newest first.
    Expected<QList<Decision>> all() const;

    struct DecidedItem
    {
        int number = 0;
        QString title;
    };
    // Number and title of every existing item the log speaks of, read in one query.
    Expected<QHash<qint64, DecidedItem>> decidedItems() const;

private:
    const Database &m_database;
};

} // namespace Ordo
