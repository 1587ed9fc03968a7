#pragma once

#include "../domain/sprint.h"
#include "expected.h"

#include <QList>

namespace Ordo {

class Database;

class SprintRepository
{
public:
    explicit SprintRepository(const Database &database);

    // Both refuse, writing nothing, a sprint that SprintPlanning::check() refuses beside the
    // sprints in the file (an end before the start, an overlap, a negative capacity, a second
    // active sprint).
    Expected<qint64> create(const Sprint &sprint);
    Status update(const Sprint &sprint);
    // All sprints, oldest first.
    Expected<QList<Sprint>> all() const;

private:
    Status checkAgainstOthers(const Sprint &sprint) const;

    const Database &m_database;
};

} // namespace Ordo
