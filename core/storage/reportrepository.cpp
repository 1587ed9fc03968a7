#include "reportrepository.h"

#include "database.h"
#include "sql.h"

#include <QStringList>

namespace Ordo {

ReportRepository::ReportRepository(const Database &database)
    : m_database(database)
{}

Expected<QHash<qint64, Outcomes::ItemFacts>> ReportRepository::outcomeFacts(const QList<qint64> &itemIds) const
{
    QHash<qint64, Outcomes::ItemFacts> facts;
    if (itemIds.isEmpty())
        return facts;
    QStringList ids;
    ids.reserve(itemIds.size());
    for (qint64 id : itemIds)
        ids.append(QString::number(id));
    auto query = Sql::exec(m_database.connection(),
                           QStringLiteral("SELECT id, metric_name, metric_baseline, metric_target, metric_actual, business_value "
                                          "FROM item WHERE id IN (%1)")
                               .arg(ids.join(u',')));
    if (!query)
        return query.error();
    while (query->next()) {
        Outcomes::ItemFacts f;
        f.id = query->value(0).toLongLong();
        f.metric.name = query->value(1).toString();
        f.metric.baseline = Sql::optionalOf<double>(query->value(2));
        f.metric.target = Sql::optionalOf<double>(query->value(3));
        f.metric.actual = Sql::optionalOf<double>(query->value(4));
        f.businessValue = Sql::optionalOf<int>(query->value(5));
        facts.insert(f.id, f);
    }
    return facts;
}

} // namespace Ordo
