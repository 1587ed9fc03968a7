#pragma once

#include "../domain/decision.h"
#include "expected.h"

#include <QList>

namespace Ordo {

class Database;

// The decision log: what the Product Owner decided, why, and for whom.
class DecisionRepository
{
public:
    explicit DecisionRepository(const Database &database);

    Expected<qint64> add(const Decision &decision);
    // Newest first.
    Expected<QList<Decision>> all() const;

private:
    const Database &m_database;
};

} // namespace Ordo
