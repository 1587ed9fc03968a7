#include "exportitems.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QSet>
#include <QSqlQuery>

namespace Ordo::Export {

Expected<ExportedBacklog> readBacklog(const Database &database)
{
    const QSqlDatabase db = database.connection();
    ExportedBacklog backlog;
    {
        auto product = Sql::exec(db, QStringLiteral("SELECT name, key_prefix FROM product WHERE id = 1"));
        if (!product)
            return product.error();
        if (product->next()) {
            backlog.productName = product->value(0).toString();
            backlog.keyPrefix = product->value(1).toString();
        }
    }
    QHash<SprintId, QString> sprintNames;
    {
        auto sprints = Sql::exec(db, QStringLiteral("SELECT id, name FROM sprint"));
        if (!sprints)
            return sprints.error();
        while (sprints->next())
            sprintNames.insert(sprints->value(0).toLongLong(), sprints->value(1).toString());
    }
    QHash<ItemId, qsizetype> indexOf;
    {
        auto items = Sql::exec(db, QStringLiteral("SELECT id, number, type, status, title, description, estimate, "
                                                  "parent_id, sprint_id FROM item WHERE archived = 0 "
                                                  "ORDER BY order_key, id"));
        if (!items)
            return items.error();
        while (items->next()) {
            ExportItem item;
            item.id = items->value(0).toLongLong();
            item.number = items->value(1).toInt();
            item.type = itemTypeFromStorage(items->value(2).toString()).value_or(ItemType::Story);
            item.status = itemStatusFromStorage(items->value(3).toString()).value_or(ItemStatus::New);
            item.title = items->value(4).toString();
            item.description = items->value(5).toString();
            item.estimate = Sql::optionalOf<double>(items->value(6));
            item.parentId = Sql::optionalOf<ItemId>(items->value(7));
            if (const auto sprint = Sql::optionalOf<SprintId>(items->value(8)))
                item.sprint = sprintNames.value(*sprint);
            indexOf.insert(item.id, backlog.items.size());
            backlog.items.append(std::move(item));
        }
    }
    for (ExportItem &item : backlog.items) {
        if (item.parentId && (!indexOf.contains(*item.parentId) || *item.parentId == item.id))
            item.parentId.reset();
    }
    {
        auto labels = Sql::exec(db, QStringLiteral("SELECT il.item_id, l.name FROM item_label il "
                                                   "JOIN label l ON l.id = il.label_id ORDER BY il.item_id, l.name"));
        if (!labels)
            return labels.error();
        while (labels->next()) {
            if (const auto at = indexOf.constFind(labels->value(0).toLongLong()); at != indexOf.cend())
                backlog.items[*at].labels.append(labels->value(1).toString());
        }
    }
    {
        auto criteria = Sql::exec(db, QStringLiteral("SELECT item_id, text FROM acceptance_criterion "
                                                     "ORDER BY item_id, position, id"));
        if (!criteria)
            return criteria.error();
        while (criteria->next()) {
            if (const auto at = indexOf.constFind(criteria->value(0).toLongLong()); at != indexOf.cend())
                backlog.items[*at].criteria.append(criteria->value(1).toString());
        }
    }
    return backlog;
}

QString pointsText(double points)
{
    return QString::number(points, 'g', 15);
}

} // namespace Ordo::Export
