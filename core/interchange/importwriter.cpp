#include "importwriter.h"

#include "domain/orderkey.h"
#include "domain/scoring.h"
#include "services/dependencyorder.h"
#include "storage/iteminserter.h"
#include "services/sprintplanning.h"
#include "storage/itemrepository.h"
#include "storage/sprintrepository.h"
#include "storage/dialect.h"
#include "storage/sql.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdlib>
#include <tuple>

namespace Ordo::Import {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ordo::Import", text);
}

Expected<QHash<QString, ItemId>> existingKeys(const QSqlDatabase &db, const QString &tool)
{
    auto query = Sql::exec(db, QStringLiteral("SELECT source_key, item_id FROM item_source WHERE tool = ?"), {tool});
    if (!query)
        return query.error();
    QHash<QString, ItemId> keys;
    while (query->next())
        keys.insert(query->value(0).toString(), query->value(1).toLongLong());
    return keys;
}

// The WSJF scale's value nearest to `value` (the larger of two as near); none for 0 or less.
std::optional<int> onWsjfScale(int value)
{
    if (value <= 0)
        return std::nullopt;
    int nearest = Scoring::wsjfScale[0];
    for (int step : Scoring::wsjfScale) {
        if (std::abs(step - value) <= std::abs(nearest - value))
            nearest = step;
    }
    return nearest;
}

// The sprint names the items were in, in the order sprints ran: each item lists its sprints
// oldest first, so a name goes after every name some item was in before it; otherwise by the
// number that ends names alike ("Sprint 2" before "Sprint 10"), else in the order first met
// (and so where items disagree).
QStringList sprintNamesInOrder(const QList<SourceItem> &items)
{
    QStringList names;
    QHash<QString, int> firstMet;
    QHash<QString, QSet<QString>> before;
    for (const SourceItem &item : items) {
        QString previous;
        for (const QString &sprint : item.sprints) {
            const QString name = sprint.trimmed();
            if (name.isEmpty())
                continue;
            if (!firstMet.contains(name)) {
                firstMet.insert(name, int(names.size()));
                names.append(name);
            }
            if (!previous.isEmpty() && previous != name)
                before[name].insert(previous);
            previous = name;
        }
    }
    static const QRegularExpression numbered(QStringLiteral("^(.*?)(\\d{1,18})\\s*$"));
    QStringList ordered;
    QSet<QString> placed;
    while (ordered.size() < names.size()) {
        QString next;
        for (const QString &name : std::as_const(names)) {
            if (placed.contains(name))
                continue;
            bool ready = true;
            for (const QString &earlier : before.value(name))
                ready = ready && placed.contains(earlier);
            if (!ready)
                continue;
            if (next.isEmpty()) {
                next = name;
                continue;
            }
            const QRegularExpressionMatch a = numbered.match(next);
            const QRegularExpressionMatch b = numbered.match(name);
            if (a.hasMatch() && b.hasMatch() && a.captured(1) == b.captured(1)
                && b.captured(2).toULongLong() < a.captured(2).toULongLong()) {
                next = name;
            }
        }
        if (next.isEmpty()) { // items disagree on the order: the first met of those left
            for (const QString &name : std::as_const(names)) {
                if (!placed.contains(name)) {
                    next = name;
                    break;
                }
            }
        }
        placed.insert(next);
        ordered.append(next);
    }
    return ordered;
}

// The sprints of an import, by name: the product's own and those the import created.
struct SprintPlacement
{
    QHash<QString, SprintId> idOf; // by name, case-folded
    QSet<QString> refused;         // names whose sprint could not be created

    // The sprint an item goes into: its last one, if the product has it now.
    std::optional<SprintId> of(const SourceItem &item) const
    {
        if (item.sprints.isEmpty())
            return std::nullopt;
        const QString key = item.sprints.last().trimmed().toCaseFolded();
        if (refused.contains(key) || !idOf.contains(key))
            return std::nullopt;
        return idOf.value(key);
    }
};

// Creates the sprints the items were in that the product does not have yet (see
// Import::write()), before the items: new items are written straight into their sprint.
Expected<SprintPlacement> createSprints(const Database &database, const Source &source, const QList<SprintId> &sprintIds,
                                        Result &result)
{
    SprintPlacement placement;
    const QStringList names = sprintNamesInOrder(source.items);
    if (names.isEmpty())
        return placement;
    const QSqlDatabase db = database.connection();
    // SprintRepository takes the database it writes through; the import writes inside its own
    // transaction on the same connection, which SprintRepository's joins.
    SprintRepository sprints(const_cast<Database &>(database));
    auto existing = sprints.all();
    if (!existing)
        return existing.error();
    QHash<QString, SprintId> &idOf = placement.idOf;
    for (const Sprint &sprint : std::as_const(*existing))
        idOf.insert(sprint.name.trimmed().toCaseFolded(), sprint.id);
    QHash<QString, const SourceSprint *> dated;
    for (const SourceSprint &sprint : source.sprints) {
        if (sprint.start.isValid() && sprint.end.isValid())
            dated.insert(sprint.name.trimmed().toCaseFolded(), &sprint);
    }
    QHash<QString, int> lineOf; // of the first item in each sprint, for the report
    for (const SourceItem &item : source.items) {
        for (const QString &name : item.sprints) {
            if (!lineOf.contains(name.trimmed().toCaseFolded()))
                lineOf.insert(name.trimmed().toCaseFolded(), item.line);
        }
    }

    // Sprints without dates run back to back, the product's sprint length each, the last one
    // ending on the day of the latest update in the source (today if the source has none).
    QStringList undated;
    for (const QString &name : names) {
        if (!idOf.contains(name.toCaseFolded()) && !dated.contains(name.toCaseFolded()))
            undated.append(name);
    }
    auto length = Sql::scalar(db, QStringLiteral("SELECT sprint_length_days FROM product"));
    if (!length)
        return length.error();
    const int days = std::max(1, length->isNull() ? 14 : length->toInt());
    QDate last;
    for (const SourceItem &item : source.items) {
        const QDateTime at = item.updatedAt.isValid() ? item.updatedAt : item.createdAt;
        if (at.isValid() && (!last.isValid() || at.date() > last))
            last = at.date();
    }
    if (!last.isValid())
        last = database.now().date();

    for (const QString &name : names) {
        const QString key = name.toCaseFolded();
        if (idOf.contains(key))
            continue;
        Sprint sprint;
        sprint.id = sprintIds.value(result.sprints.size()); // a redo's sprints keep their ids
        sprint.name = name;
        if (const SourceSprint *from = dated.value(key)) {
            sprint.start = from->start;
            sprint.end = from->end;
        } else {
            const qsizetype later = undated.size() - 1 - undated.indexOf(name);
            sprint.end = last.addDays(-later * days);
            sprint.start = sprint.end.addDays(-(days - 1));
        }
        // Checked here, beside the sprints written so far: a refusal inside create() would
        // take the whole import back with it.
        if (auto valid = SprintPlanning::check(sprint, *existing); !valid) {
            result.problems.append({lineOf.value(key), tr("The sprint “%1” could not be created (%2): its items were imported "
                                                          "outside any sprint.")
                                                           .arg(name, valid.errorMessage())});
            placement.refused.insert(key);
            continue;
        }
        auto created = sprints.create(sprint);
        if (!created)
            return created.error();
        sprint.id = *created;
        existing->append(sprint);
        idOf.insert(key, sprint.id);
        result.sprints.append(sprint.id);
    }
    return placement;
}

// Puts each item of `ids` (by index in source.items: the items an earlier import made) into its
// last sprint, with its history row like any sprint change: what ItemRepository::setSprint()
// writes, with statements prepared once for a large import.
Status placeInSprints(const Database &database, const Source &source, const QHash<int, ItemId> &ids,
                      const SprintPlacement &placement)
{
    if (placement.idOf.isEmpty())
        return success();
    const QSqlDatabase db = database.connection();
    QSqlQuery read(db);
    QSqlQuery write(db);
    QSqlQuery history(db);
    if (!read.prepare(QStringLiteral("SELECT sprint_id FROM item WHERE id = ?"))
        || !write.prepare(QStringLiteral("UPDATE item SET sprint_id = ?, updated_at = ?, version = version + 1 WHERE id = ?"))
        || !history.prepare(QStringLiteral("INSERT INTO history (item_id, at, field, old_value, new_value) VALUES (?, ?, ?, ?, ?)"))) {
        return Sql::errorOf(read.lastError().isValid() ? read : write.lastError().isValid() ? write : history);
    }
    const QString at = Sql::timestamp(database.now());
    const QString field = storageName(HistoryField::SprintChanged);
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        const std::optional<SprintId> placed = placement.of(source.items.at(it.key()));
        if (!placed)
            continue;
        const SprintId sprint = *placed;
        read.addBindValue(it.value());
        if (!read.exec())
            return Sql::errorOf(read);
        if (!read.next())
            continue;
        const QVariant now = read.value(0);
        read.finish();
        if (!now.isNull() && now.toLongLong() == sprint)
            continue;
        for (const QVariant &value : {QVariant(sprint), QVariant(at), QVariant(it.value())})
            write.addBindValue(value);
        if (!write.exec())
            return Sql::errorOf(write);
        for (const QVariant &value : {QVariant(it.value()), QVariant(at), QVariant(field),
                                      Sql::bindable(now.isNull() ? QString() : now.toString()), QVariant(QString::number(sprint))})
            history.addBindValue(value);
        if (!history.exec())
            return Sql::errorOf(history);
    }
    return success();
}

} // namespace

Expected<int> countExisting(const Database &database, const Source &source, const QString &tool)
{
    auto keys = existingKeys(database.connection(), tool);
    if (!keys)
        return keys.error();
    int count = 0;
    for (const SourceItem &item : source.items) {
        if (!item.key.isEmpty() && keys->contains(item.key))
            ++count;
    }
    return count;
}

Expected<QList<BacklogItem>> itemsToUpdate(const Database &database, const Source &source, const Options &options)
{
    QList<BacklogItem> before;
    if (!options.updateExisting)
        return before;
    auto keys = existingKeys(database.connection(), options.tool);
    if (!keys)
        return keys.error();
    ItemRepository items(database);
    for (const SourceItem &entry : source.items) {
        const ItemId id = entry.key.isEmpty() ? 0 : keys->value(entry.key);
        if (id == 0)
            continue;
        auto item = items.load(id);
        if (!item)
            return item.error();
        before.append(std::move(*item));
    }
    return before;
}

Status unwrite(const Database &database, const Result &result, const QList<BacklogItem> &before)
{
    const QSqlDatabase db = database.connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    ItemRepository items(database);
    for (const Dependency &link : result.links) {
        if (auto removed = items.removeDependency(link.itemId, link.dependsOnId); !removed)
            return removed;
    }
    // Children before their epics would not matter (a parent link is cleared on delete), but a
    // few hundred ids per statement keeps a large import's undo to a few hundred statements.
    constexpr qsizetype perStatement = 500;
    for (qsizetype from = 0; from < result.created.size(); from += perStatement) {
        const QList<ItemId> part = result.created.mid(from, perStatement);
        QString marks = QStringLiteral("?");
        marks.append(QStringLiteral(",?").repeated(part.size() - 1));
        QVariantList values;
        values.reserve(part.size());
        for (ItemId id : part)
            values.append(id);
        if (auto deleted = Sql::execList(db, QStringLiteral("DELETE FROM item WHERE id IN (%1)").arg(marks), values); !deleted)
            return deleted.error();
    }
    for (const BacklogItem &item : before) {
        QStringList criteria;
        for (const AcceptanceCriterion &criterion : item.criteria)
            criteria.append(criterion.text);
        const auto score = [](const std::optional<int> &value) { return value ? QVariant(*value) : QVariant(); };
        for (const Status &status : {items.setTitle(item.id, item.title), items.setType(item.id, item.type),
                                     items.setText(item.id, ItemRepository::TextField::Description, item.description),
                                     items.setEstimate(item.id, item.estimate), items.setStatus(item.id, item.status),
                                     items.setLabels(item.id, item.labels), items.setParent(item.id, item.parentId),
                                     items.setCriteria(item.id, criteria), items.setSprint(item.id, item.sprintId),
                                     items.setScore(item.id, ItemRepository::ScoreField::BusinessValue, score(item.scores.businessValue)),
                                     items.setScore(item.id, ItemRepository::ScoreField::TimeCriticality, score(item.scores.timeCriticality)),
                                     items.setArchived(item.id, item.archived)}) {
            if (!status)
                return status;
        }
    }
    // The sprints it created hold none of the product's items any more.
    SprintRepository sprints(const_cast<Database &>(database));
    for (SprintId sprint : result.sprints) {
        if (auto removed = sprints.remove(sprint); !removed)
            return removed;
    }
    return transaction.commit();
}

Expected<Result> write(const Database &database, const Source &imported, const Mapping &mapping,
                       const Options &options, const Progress &progress)
{
    const QSqlDatabase db = database.connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    ItemRepository items(database);
    auto existing = existingKeys(db, options.tool);
    if (!existing)
        return existing.error();

    Result result;
    const int total = int(imported.items.size());
    int written = 0;
    const Error cancelled{tr("The import was cancelled: nothing was written.")};

    // Which source items are new, and where they go.
    QHash<QString, const SourceItem *> byKey;
    QList<int> fresh;
    for (int i = 0; i < total; ++i) {
        const SourceItem &item = imported.items.at(i);
        if (!item.key.isEmpty())
            byKey.insert(item.key, &item);
        if (!(options.updateExisting && !item.key.isEmpty() && existing->contains(item.key)))
            fresh.append(i);
    }
    QString before;
    QString after;
    if (options.placement == Placement::Bottom) {
        auto last = items.lastOrderKey();
        if (!last)
            return last.error();
        before = *last;
    } else {
        auto first = Sql::scalar(db, QStringLiteral("SELECT min(order_key) FROM item"));
        if (!first)
            return first.error();
        after = first->toString();
    }
    const QList<QString> orderKeys = OrderKey::spread(before, after, int(fresh.size()));
    if (orderKeys.size() != fresh.size())
        return Error{tr("There is no room in the backlog's order for %L1 more items.").arg(fresh.size())};

    // Ids by source key, for parents and links: the existing first, then each new item.
    QHash<QString, ItemId> idOf = options.updateExisting ? *existing : QHash<QString, ItemId>();
    const auto typeOfKey = [&](const QString &key) -> std::optional<ItemType> {
        if (const SourceItem *item = byKey.value(key))
            return mapping.typeOf(*item);
        return std::nullopt;
    };
    // The epic an item goes under: its parent if that is an epic, else its parent's epic.
    const auto epicOf = [&](const SourceItem &item) -> QString {
        if (item.parentKey.isEmpty())
            return {};
        if (typeOfKey(item.parentKey) == ItemType::Epic)
            return item.parentKey;
        const SourceItem *parent = byKey.value(item.parentKey);
        const QString grandparent = parent ? parent->parentKey : QString();
        if (!grandparent.isEmpty() && typeOfKey(grandparent) == ItemType::Epic) {
            result.problems.append({item.line, tr("%1's parent %2 is not an epic: %1 was put under %2's epic, %3.")
                                                   .arg(item.key, item.parentKey, grandparent)});
            return grandparent;
        }
        result.problems.append({item.line, tr("%1's parent %2 is not an epic and has none: %1 was imported without an epic.")
                                               .arg(item.key, item.parentKey)});
        return {};
    };
    const auto toItem = [&](const SourceItem &from) {
        BacklogItem item;
        item.type = mapping.typeOf(from);
        item.status = mapping.statusOf(from);
        item.title = from.title;
        item.description = from.description;
        item.estimate = from.estimate;
        item.labels = from.labels;
        item.archived = from.archived;
        item.createdAt = from.createdAt;
        // WSJF inputs are on the modified Fibonacci scale; other tools take any number.
        for (auto [read, score, message] :
             {std::tuple{from.businessValue, &item.scores.businessValue,
                         tr("The business value %1 is not on the WSJF scale (1, 2, 3, 5, 8, 13, 20): it was imported as %2.")},
              std::tuple{from.timeCriticality, &item.scores.timeCriticality,
                         tr("The time criticality %1 is not on the WSJF scale (1, 2, 3, 5, 8, 13, 20): it was imported as %2.")}}) {
            if (!read)
                continue;
            *score = onWsjfScale(*read);
            if (*score != read)
                result.problems.append({from.line, message.arg(*read).arg(*score ? QString::number(**score) : tr("none"))});
        }
        for (int i = 0; i < from.criteria.size(); ++i)
            item.criteria.append({0, i, from.criteria.at(i)});
        return item;
    };

    // Sprints first, so that each new item is written straight into its last sprint.
    auto sprints = createSprints(database, imported, options.sprintIds, result);
    if (!sprints)
        return sprints.error();

    // Epics first, so that their children can name them; each keeps its place in the order.
    Sql::Statement remember(db, Sql::insertOrIgnore(db, QStringLiteral("item_source (item_id, tool, source_key) VALUES (?, ?, ?)")));
    // Written in chunks, so that a long import can say how far it got and be cancelled.
    constexpr int chunk = 8 * Sql::RowBatch::rowsPerStatement;
    QHash<int, ItemId> createdAt; // by index in imported.items
    // The new items are indexed for search once, after the last batch.
    BulkIndex bulk(database);
    if (fresh.size() >= 64) {
        if (auto begun = bulk.begin(); !begun)
            return begun.error();
    }
    for (bool epics : {true, false}) {
        QList<int> indexes;
        QList<BacklogItem> batch;
        const auto flush = [&]() -> Status {
            auto ids = items.createMany(batch, &bulk);
            if (!ids)
                return Error{tr("The items from line %1 on could not be written: %2")
                                 .arg(imported.items.at(indexes.first()).line).arg(ids.errorMessage())};
            for (int k = 0; k < indexes.size(); ++k) {
                const SourceItem &entry = imported.items.at(indexes.at(k));
                const ItemId id = ids->at(k);
                createdAt.insert(indexes.at(k), id);
                if (entry.key.isEmpty())
                    continue;
                if (!idOf.contains(entry.key))
                    idOf.insert(entry.key, id);
                if (auto remembered = remember.run({id, options.tool, entry.key}); !remembered)
                    return remembered;
            }
            written += int(indexes.size());
            indexes.clear();
            batch.clear();
            if (progress && !progress(written, total))
                return cancelled;
            return success();
        };
        for (int n = 0; n < fresh.size(); ++n) {
            const SourceItem &entry = imported.items.at(fresh.at(n));
            if ((mapping.typeOf(entry) == ItemType::Epic) != epics)
                continue;
            BacklogItem item = toItem(entry);
            item.orderKey = orderKeys.at(n);
            item.id = options.ids.value(n);
            item.sprintId = sprints->of(entry);
            if (!epics) {
                if (const QString epic = epicOf(entry); !epic.isEmpty())
                    item.parentId = idOf.value(epic);
            }
            indexes.append(fresh.at(n));
            batch.append(std::move(item));
            if (batch.size() == chunk) {
                if (auto flushed = flush(); !flushed)
                    return flushed.error();
            }
        }
        if (!batch.isEmpty()) {
            if (auto flushed = flush(); !flushed)
                return flushed.error();
        }
    }
    for (int n = 0; n < fresh.size(); ++n)
        result.created.append(createdAt.value(fresh.at(n)));
    if (auto indexed = bulk.finish(); !indexed)
        return indexed.error();
    QHash<int, ItemId> updatedAt; // the items imported before, by index: for their sprints

    // Items imported before: their fields follow the export; each change has its history.
    if (options.updateExisting) {
        for (int index = 0; index < total; ++index) {
            const SourceItem &entry = imported.items.at(index);
            const ItemId id = existing->value(entry.key);
            if (entry.key.isEmpty() || id == 0)
                continue;
            updatedAt.insert(index, id);
            const BacklogItem item = toItem(entry);
            std::optional<ItemId> epic;
            if (item.type != ItemType::Epic) {
                if (const QString key = epicOf(entry); !key.isEmpty())
                    epic = idOf.value(key);
            }
            for (const Status &status : {items.setTitle(id, item.title), items.setType(id, item.type),
                                         items.setText(id, ItemRepository::TextField::Description, item.description),
                                         items.setEstimate(id, item.estimate), items.setStatus(id, item.status),
                                         items.setLabels(id, item.labels), items.setParent(id, epic),
                                         items.setCriteria(id, entry.criteria)}) {
                if (!status)
                    return Error{tr("Line %1 (%2) could not be updated: %3").arg(entry.line).arg(entry.title, status.errorMessage())};
            }
            // Scores and the archive only where the source has them: an item the Product Owner
            // scored or archived in Ordo keeps that when the other tool says nothing of it.
            QList<Status> more;
            if (item.scores.businessValue)
                more.append(items.setScore(id, ItemRepository::ScoreField::BusinessValue, *item.scores.businessValue));
            if (item.scores.timeCriticality)
                more.append(items.setScore(id, ItemRepository::ScoreField::TimeCriticality, *item.scores.timeCriticality));
            if (item.archived)
                more.append(items.setArchived(id, true));
            for (const Status &status : std::as_const(more)) {
                if (!status)
                    return Error{tr("Line %1 (%2) could not be updated: %3").arg(entry.line).arg(entry.title, status.errorMessage())};
            }
            result.updated.append(id);
            ++written;
            if (progress && written % chunk == 0 && !progress(written, total))
                return cancelled;
        }
    }

    if (auto placed = placeInSprints(database, imported, updatedAt, *sprints); !placed)
        return placed.error();

    // Links: "A blocks B" means B depends on A.
    const QSet<ItemId> createdIds(result.created.cbegin(), result.created.cend());
    auto known = items.dependencies();
    if (!known)
        return known.error();
    // Links that would close a cycle are refused here, before they are written: a refused
    // write inside the import's transaction would undo all of it.
    DependencyOrder::Graph graph(*known);
    const auto link = [&](const SourceItem &at, const QString &blockerKey, const QString &blockedKey) -> Status {
        const ItemId blocker = idOf.value(blockerKey);
        const ItemId blocked = idOf.value(blockedKey);
        if (blocker == 0 || blocked == 0) {
            result.problems.append({at.line, tr("%1 blocks %2, but %3 is neither in the file nor in the product: the link was left out.")
                                                 .arg(blockerKey, blockedKey, blocker == 0 ? blockerKey : blockedKey)});
            return success();
        }
        if (blocker == blocked || graph.has(blocked, blocker))
            return success();
        if (graph.wouldCreateCycle(blocked, blocker)) {
            result.problems.append({at.line, tr("%1 blocks %2 would close a circle of dependencies: the link was left out.")
                                                 .arg(blockerKey, blockedKey)});
            return success();
        }
        if (auto added = items.addDependency(blocked, blocker); !added)
            return added;
        graph.add(blocked, blocker);
        ++result.dependencies;
        if (!createdIds.contains(blocked) && !createdIds.contains(blocker))
            result.links.append({blocked, blocker});
        return success();
    };
    for (const SourceItem &entry : imported.items) {
        if (entry.key.isEmpty())
            continue;
        for (const QString &blocked : entry.blocks) {
            if (auto linked = link(entry, entry.key, blocked); !linked)
                return linked.error();
        }
        for (const QString &blocker : entry.blockedBy) {
            if (auto linked = link(entry, blocker, entry.key); !linked)
                return linked.error();
        }
    }

    if (progress && !progress(total, total))
        return cancelled;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const Problem &a, const Problem &b) { return a.line < b.line; });
    return result;
}

} // namespace Ordo::Import
