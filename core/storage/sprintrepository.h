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

    Expected<qint64> create(const Sprint &sprint);
    Status update(const Sprint &sprint);
    // All sprints, oldest first.
    Expected<QList<Sprint>> all() const;

private:
    const Database &m_database;
};

} // namespace Ordo
