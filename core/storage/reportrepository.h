#pragma once

#include "expected.h"
#include "services/outcomes.h"

#include <QHash>
#include <QList>

namespace Ordo {

class Database;

// What the reports read from the item table beyond the backlog's rows: the success metrics and
// business values the outcome measures judge, in one statement.
class ReportRepository
{
public:
    explicit ReportRepository(const Database &database);

    Expected<QHash<qint64, Outcomes::ItemFacts>> outcomeFacts(const QList<qint64> &itemIds) const;

private:
    const Database &m_database;
};

} // namespace Ordo
