#include "sprintrepository.h"

#include "database.h"
#include "sql.h"
#include "transaction.h"

#include "services/sprintplanning.h"

#include <QCoreApplication>

namespace Ordo {
SprintRepository::SprintRepository(const Database &database)
    : m_database(database)
{}

Expected<qint64> SprintRepository::create(const Sprint &sprint)
{
    Transaction transaction(m_database.connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    // Checked inside the transaction, against the sprints as they are in the file.
    if (auto valid = checkAgainstOthers(sprint); !valid)
        return valid.error();
    auto inserted = Sql::exec(m_database.connection(),
                              QStringLiteral("INSERT INTO sprint (name, start_date, end_date, goal, "
                                             "capacity, state) VALUES (?, ?, ?, ?, ?, ?)"),
                              {sprint.name.trimmed(),
                               sprint.start.toString(Qt::ISODate),
                               sprint.end.toString(Qt::ISODate),
                               sprint.goal,
                               Sql::nullable(sprint.capacity),
                               storageName(sprint.state)});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->lastInsertId().toLongLong();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status SprintRepository::update(const Sprint &sprint)
{
    Transaction transaction(m_database.connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (auto valid = checkAgainstOthers(sprint); !valid)
        return valid;
    if (auto updated = Sql::exec(m_database.connection(),
                                 QStringLiteral("UPDATE sprint SET name = ?, start_date = ?, "
                                                "end_date = ?, goal = ?, capacity = ?, state = ? "
                                                "WHERE id = ?"),
                                 {sprint.name.trimmed(),
                                  sprint.start.toString(Qt::ISODate),
                                  sprint.end.toString(Qt::ISODate),
                                  sprint.goal,
                                  Sql::nullable(sprint.capacity),
                                  storageName(sprint.state),
                                  sprint.id});
        !updated) {
        return updated.error();
    }
    return transaction.commit();
}

Status SprintRepository::checkAgainstOthers(const Sprint &sprint) const
{
    auto others = all();
    if (!others)
        return others.error();
    return SprintPlanning::check(sprint, *others);
}

Expected<QList<Sprint>> SprintRepository::all() const
{
    auto query = Sql::exec(m_database.connection(),
                           QStringLiteral("SELECT id, name, start_date, end_date, goal, capacity, "
                                          "state FROM sprint ORDER BY start_date, id"));
    if (!query)
        return query.error();
    QList<Sprint> sprints;
    while (query->next()) {
        Sprint sprint;
        sprint.id = query->value(0).toLongLong();
        sprint.name = query->value(1).toString();
        sprint.start = QDate::fromString(query->value(2).toString(), Qt::ISODate);
        sprint.end = QDate::fromString(query->value(3).toString(), Qt::ISODate);
        sprint.goal = query->value(4).toString();
        sprint.capacity = Sql::optionalOf<double>(query->value(5));
        sprint.state = sprintStateFromStorage(query->value(6).toString())
                           .value_or(SprintState::Planned);
        sprints.append(sprint);
    }
    return sprints;
}

} // namespace Ordo
