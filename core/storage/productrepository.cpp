#include "productrepository.h"

#include "database.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>

namespace Ordo {
namespace {

const QString doneList = QStringLiteral("done");
const QString readyList = QStringLiteral("ready");

// Stored as storage names in the enum's order, e.g. "invest,criteria".
QString readyRulesText(const QList<ReadyRule> &rules)
{
    QStringList names;
    for (ReadyRule rule : allReadyRules) {
        if (rules.contains(rule))
            names.append(storageName(rule));
    }
    return names.join(QLatin1Char(','));
}

// Names this version does not know (from a newer one) are skipped.
QList<ReadyRule> readyRulesOf(const QString &text)
{
    QList<ReadyRule> rules;
    for (QStringView name : QStringView(text).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (auto rule = readyRuleFromStorage(name.trimmed()))
            rules.append(*rule);
    }
    return rules;
}

} // namespace

ProductRepository::ProductRepository(const Database &database)
    : m_database(database)
{}

Status ProductRepository::create(const Product &product)
{
    Transaction transaction(m_database.connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    const QDateTime created = product.createdAt.isValid() ? product.createdAt : m_database.now();
    if (auto inserted = Sql::exec(m_database.connection(),
                                  QStringLiteral(
                                      "INSERT INTO product (id, name, key_prefix, product_goal, "
                                      "estimation_scale, sprint_length_days, max_story_size, "
                                      "ready_rules, stale_after_days, created_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, "
                                      "?, ?)"),
                                  {product.name,
                                   product.keyPrefix,
                                   product.productGoal,
                                   storageName(product.estimationScale),
                                   product.sprintLengthDays,
                                   product.maxStorySize,
                                   readyRulesText(product.readyRules),
                                   product.staleAfterDays,
                                   Sql::timestamp(created)});
        !inserted) {
        return inserted.error();
    }
    if (auto written = writeChecklists(product); !written)
        return written;
    return transaction.commit();
}

Expected<Product> ProductRepository::load() const
{
    const QSqlDatabase db = m_database.connection();
    auto query = Sql::exec(db,
                           QStringLiteral("SELECT name, key_prefix, product_goal, estimation_scale, "
                                          "sprint_length_days, max_story_size, created_at, "
                                          "ready_rules, stale_after_days FROM product WHERE id = 1"));
    if (!query)
        return query.error();
    if (!query->next()) {
        return Error{QCoreApplication::translate("Ordo::Storage",
                                                 "The product file holds no product.")};
    }
    Product product;
    product.name = query->value(0).toString();
    product.keyPrefix = query->value(1).toString();
    product.productGoal = query->value(2).toString();
    product.estimationScale = estimationScaleFromStorage(query->value(3).toString())
                                  .value_or(EstimationScale::Fibonacci);
    product.sprintLengthDays = query->value(4).toInt();
    product.maxStorySize = query->value(5).toDouble();
    product.createdAt = Sql::dateTimeOf(query->value(6));
    product.readyRules = readyRulesOf(query->value(7).toString());
    product.staleAfterDays = query->value(8).toInt();

    auto lists = Sql::exec(db,
                           QStringLiteral("SELECT checklist, text FROM checklist_item "
                                          "ORDER BY checklist, position"));
    if (!lists)
        return lists.error();
    while (lists->next()) {
        const QString list = lists->value(0).toString();
        (list == doneList ? product.definitionOfDone : product.definitionOfReady)
            .append(lists->value(1).toString());
    }
    return product;
}

Status ProductRepository::update(const Product &product)
{
    Transaction transaction(m_database.connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (auto updated = Sql::exec(m_database.connection(),
                                 QStringLiteral("UPDATE product SET name = ?, key_prefix = ?, "
                                                "product_goal = ?, estimation_scale = ?, "
                                                "sprint_length_days = ?, max_story_size = ?, "
                                                "ready_rules = ?, stale_after_days = ? WHERE id = 1"),
                                 {product.name,
                                  product.keyPrefix,
                                  product.productGoal,
                                  storageName(product.estimationScale),
                                  product.sprintLengthDays,
                                  product.maxStorySize,
                                  readyRulesText(product.readyRules),
                                  product.staleAfterDays});
        !updated) {
        return updated.error();
    }
    if (auto written = writeChecklists(product); !written)
        return written;
    return transaction.commit();
}

Status ProductRepository::writeChecklists(const Product &product)
{
    const QSqlDatabase db = m_database.connection();
    if (auto cleared = Sql::exec(db, QStringLiteral("DELETE FROM checklist_item")); !cleared)
        return cleared.error();
    const auto write = [&db](const QString &list, const QStringList &texts) -> Status {
        for (int i = 0; i < texts.size(); ++i) {
            if (auto inserted = Sql::exec(db,
                                          QStringLiteral("INSERT INTO checklist_item (checklist, "
                                                         "position, text) VALUES (?, ?, ?)"),
                                          {list, i, texts.at(i)});
                !inserted) {
                return inserted.error();
            }
        }
        return success();
    };
    if (auto done = write(doneList, product.definitionOfDone); !done)
        return done;
    return write(readyList, product.definitionOfReady);
}

} // namespace Ordo
