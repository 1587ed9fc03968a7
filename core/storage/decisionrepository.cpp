#include "decisionrepository.h"

#include "database.h"
#include "dialect.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>

namespace Ordo {

DecisionRepository::DecisionRepository(const Database &database)
    : m_database(database)
{}

Expected<qint64> DecisionRepository::add(const Decision &decision)
{
    if (decision.decision.trimmed().isEmpty()) {
        return Error{
            QCoreApplication::translate("Ordo::Storage", "A decision needs a short statement.")};
    }
    Transaction transaction(m_database.connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    const QDateTime at = decision.decidedAt.isValid() ? decision.decidedAt : m_database.now();
    auto inserted = Sql::exec(m_database.connection(),
                              QStringLiteral("INSERT INTO decision (id, item_id, decision, "
                                             "reasoning, stakeholder, decided_at) "
                                             "VALUES (?, ?, ?, ?, ?, ?)") + Sql::returningId(m_database.connection()),
                              {decision.id > 0 ? QVariant(decision.id) : QVariant(),
                               Sql::nullable(decision.itemId),
                               decision.decision.trimmed(),
                               decision.reasoning.trimmed(),
                               decision.stakeholder.trimmed(),
                               Sql::timestamp(at)});
    if (!inserted)
        return inserted.error();
    const qint64 id = Sql::insertedId(*inserted);
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status DecisionRepository::remove(qint64 id)
{
    Transaction transaction(m_database.connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (auto removed = Sql::exec(m_database.connection(),
                                 QStringLiteral("DELETE FROM decision WHERE id = ?"),
                                 {id});
        !removed) {
        return removed.error();
    }
    return transaction.commit();
}

Expected<QList<Decision>> DecisionRepository::all() const
{
    auto query = Sql::exec(m_database.connection(),
                           QStringLiteral("SELECT id, item_id, decision, reasoning, stakeholder, "
                                          "decided_at FROM decision ORDER BY decided_at DESC, id DESC"));
    if (!query)
        return query.error();
    QList<Decision> decisions;
    while (query->next()) {
        decisions.append({query->value(0).toLongLong(),
                          Sql::optionalOf<qint64>(query->value(1)),
                          query->value(2).toString(),
                          query->value(3).toString(),
                          query->value(4).toString(),
                          Sql::dateTimeOf(query->value(5))});
    }
    return decisions;
}

Expected<QHash<qint64, DecisionRepository::DecidedItem>> DecisionRepository::decidedItems() const
{
    auto query = Sql::exec(m_database.connection(),
                           QStringLiteral("SELECT id, number, title FROM item "
                                          "WHERE id IN (SELECT item_id FROM decision)"));
    if (!query)
        return query.error();
    QHash<qint64, DecidedItem> items;
    while (query->next())
        items.insert(query->value(0).toLongLong(), {query->value(1).toInt(), query->value(2).toString()});
    return items;
}

} // namespace Ordo
