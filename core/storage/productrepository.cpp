#include "productrepository.h"

#include "database.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>

#include <algorithm>

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

QString numbersText(const QList<int> &numbers)
{
    QStringList texts;
    for (int n : numbers)
        texts.append(QString::number(n));
    return texts.join(QLatin1Char(','));
}

QList<int> numbersOf(const QString &text)
{
    QList<int> numbers;
    for (QStringView part : QStringView(text).split(QLatin1Char(','), Qt::SkipEmptyParts))
        numbers.append(part.trimmed().toInt());
    return numbers;
}

// "technical_debt:20,bug:10"; unknown types and shares out of 1..100 are skipped.
QString allocationText(const QList<std::pair<ItemType, int>> &allocation)
{
    QStringList parts;
    for (const auto &[type, percent] : allocation)
        parts.append(QStringLiteral("%1:%2").arg(storageName(type)).arg(percent));
    return parts.join(QLatin1Char(','));
}

QList<std::pair<ItemType, int>> allocationOf(const QString &text)
{
    QList<std::pair<ItemType, int>> allocation;
    for (QStringView part : QStringView(text).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        const auto type = itemTypeFromStorage(part.left(colon).trimmed());
        const int percent = part.mid(colon + 1).toInt();
        if (colon > 0 && type && percent > 0 && percent <= 100)
            allocation.append({*type, percent});
    }
    return allocation;
}

// The settings written by both create() and update(), in this order.
QVariantList settingValues(const Product &product)
{
    QList<int> days = product.workingDays;
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return {product.name,
            product.keyPrefix,
            product.productGoal,
            storageName(product.estimationScale),
            product.sprintLengthDays,
            product.maxStorySize,
            readyRulesText(product.readyRules),
            product.staleAfterDays,
            numbersText(days),
            std::clamp(product.velocitySprints, 1, 5),
            product.reviewColumn ? 1 : 0,
            product.boardColumnNames.join(QLatin1Char('\n')),
            numbersText(product.wipLimits),
            allocationText(product.capacityAllocation)};
}

const QString settingColumns = QStringLiteral(
    "name, key_prefix, product_goal, estimation_scale, sprint_length_days, max_story_size, ready_rules, "
    "stale_after_days, working_days, velocity_sprints, review_column, board_columns, wip_limits, "
    "capacity_allocation");

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
    QVariantList values = settingValues(product);
    values.append(Sql::timestamp(created));
    if (auto inserted = Sql::execList(m_database.connection(),
                                 QStringLiteral("INSERT INTO product (id, %1, created_at) VALUES "
                                                "(1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                     .arg(settingColumns),
                                 values);
        !inserted) {
        return inserted.error();
    }
    if (auto written = writeChecklists(product); !written)
        return written;
    if (auto written = writeTeam(product); !written)
        return written;
    return transaction.commit();
}

Expected<Product> ProductRepository::load() const
{
    const QSqlDatabase db = m_database.connection();
    auto query = Sql::exec(db,
                           QStringLiteral("SELECT name, key_prefix, product_goal, estimation_scale, "
                                          "sprint_length_days, max_story_size, created_at, "
                                          "ready_rules, stale_after_days, working_days, velocity_sprints, "
                                          "review_column, board_columns, wip_limits, capacity_allocation "
                                          "FROM product WHERE id = 1"));
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
    product.workingDays = numbersOf(query->value(9).toString());
    product.velocitySprints = query->value(10).toInt();
    product.reviewColumn = query->value(11).toInt() != 0;
    const QString columns = query->value(12).toString();
    product.boardColumnNames = columns.isEmpty() ? QStringList() : columns.split(QLatin1Char('\n'));
    product.wipLimits = numbersOf(query->value(13).toString());
    product.capacityAllocation = allocationOf(query->value(14).toString());

    auto team = Sql::exec(db, QStringLiteral("SELECT id, name, availability FROM team_member ORDER BY position, id"));
    if (!team)
        return team.error();
    while (team->next())
        product.team.append({team->value(0).toLongLong(), team->value(1).toString(), team->value(2).toInt()});

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
    QString assignments = settingColumns;
    assignments.replace(QLatin1String(", "), QLatin1String(" = ?, "));
    if (auto updated = Sql::execList(m_database.connection(),
                                QStringLiteral("UPDATE product SET %1 = ? WHERE id = 1").arg(assignments),
                                settingValues(product));
        !updated) {
        return updated.error();
    }
    if (auto written = writeChecklists(product); !written)
        return written;
    if (auto written = writeTeam(product); !written)
        return written;
    return transaction.commit();
}

Status ProductRepository::writeTeam(const Product &product)
{
    const QSqlDatabase db = m_database.connection();
    // Members keep their ids (their days off refer to them); those not listed leave.
    QStringList kept;
    for (const TeamMember &member : product.team) {
        if (member.id > 0)
            kept.append(QString::number(member.id));
    }
    // The ids are numbers this class formats, never user input.
    const QString remove = kept.isEmpty() ? QStringLiteral("DELETE FROM team_member")
                                          : QStringLiteral("DELETE FROM team_member WHERE id NOT IN (%1)").arg(kept.join(QLatin1Char(',')));
    if (auto removed = Sql::exec(db, remove); !removed) {
        return removed.error();
    }
    for (int i = 0; i < product.team.size(); ++i) {
        const TeamMember &member = product.team.at(i);
        const int availability = std::clamp(member.availability, 0, 100);
        if (auto written = Sql::exec(db,
                                     QStringLiteral("INSERT INTO team_member (id, name, availability, position) VALUES (?, ?, ?, ?) "
                                                    "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                                                    "availability = excluded.availability, position = excluded.position"),
                                     {member.id > 0 ? QVariant(member.id) : QVariant(), member.name.trimmed(), availability, i});
            !written) {
            return written.error();
        }
    }
    return success();
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
