#include "jiracsv.h"

#include "interchange/csvcolumns.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace Ordo::Import {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ordo::Import", text);
}

using Csv::Columns;

} // namespace

bool isJiraCsv(const Csv::Table &table)
{
    return !table.columns(QStringLiteral("Summary")).isEmpty()
           && (!table.columns(QStringLiteral("Issue key")).isEmpty() || !table.columns(QStringLiteral("Issue Type")).isEmpty());
}

Expected<Source> readJiraCsv(const Csv::Table &table, const ReadOptions &options)
{
    const Columns summary(table, {"Summary"});
    if (!summary.exists())
        return Error{tr("This is not a Jira export: it has no Summary column.")};
    const Columns key(table, {"Issue key"});
    const Columns id(table, {"Issue id"});
    const Columns type(table, {"Issue Type"});
    const Columns status(table, {"Status"});
    const Columns statusCategory(table, {"Status Category"});
    const Columns description(table, {"Description"});
    const Columns points(table, options.estimateColumn, {"Custom field (Story Points)", "Custom field (Story point estimate)"});
    const Columns labels(table, {"Labels"});
    const Columns parent(table, {"Parent key", "Parent", "Parent id", "Custom field (Epic Link)"});
    const Columns epicName(table, {"Custom field (Epic Name)"});
    const Columns sprints(table, {"Sprint"});
    const Columns criteria(table, options.criteriaColumn, {"Custom field (Acceptance Criteria)"});
    const Columns rank(table, {"Custom field (Rank)"});
    const Columns blocks(table, {"Outward issue link (Blocks)"});
    const Columns blockedBy(table, {"Inward issue link (Blocks)"});
    const Columns created(table, {"Created"});
    const Columns updated(table, {"Updated"});

    Source source;
    source.format = QStringLiteral("Jira CSV");
    source.tool = QStringLiteral("jira");
    source.read = options;
    source.columns = Csv::distinctNames(table);
    for (const QString &warning : table.warnings)
        source.problems.append({0, warning});
    QList<QString> ranks;
    QSet<QString> keys;
    QHash<QString, QString> epicKeys; // by Epic Name
    for (const Csv::Record &record : table.records) {
        SourceItem item;
        item.line = record.line;
        item.title = summary.first(record).trimmed();
        item.key = key.first(record).trimmed();
        if (item.title.isEmpty()) {
            source.problems.append({record.line, tr("No summary: the row was skipped.")});
            continue;
        }
        if (!item.key.isEmpty() && keys.contains(item.key)) {
            source.problems.append({record.line, tr("%1 appears again: the later row was skipped.").arg(item.key)});
            continue;
        }
        keys.insert(item.key);
        item.id = id.first(record).trimmed();
        item.type = type.first(record).trimmed();
        item.status = status.first(record).trimmed();
        item.statusCategory = statusCategory.first(record).trimmed();
        item.description = description.first(record);
        const QString estimate = points.first(record).trimmed();
        if (!estimate.isEmpty()) {
            item.estimate = parseNumber(estimate);
            if (!item.estimate)
                source.problems.append({record.line, tr("The story points “%1” are not a number: the item has no estimate.").arg(estimate)});
        }
        item.labels = labels.all(record);
        item.parentKey = parent.first(record).trimmed();
        item.sprints = sprints.all(record);
        item.criteria = criteriaFromText(criteria.first(record));
        item.blocks = blocks.all(record);
        item.blockedBy = blockedBy.all(record);
        for (auto [column, at] : {std::pair{&created, &item.createdAt}, std::pair{&updated, &item.updatedAt}}) {
            const QString text = column->first(record).trimmed();
            if (text.isEmpty())
                continue;
            *at = parseDate(text);
            if (!at->isValid())
                source.problems.append({record.line, tr("The date “%1” is not one Ordo reads: it was left out.").arg(text)});
        }
        // An epic's Epic Name stands in its children's Epic Link in some Server exports.
        if (const QString name = epicName.first(record).trimmed(); !name.isEmpty() && !item.key.isEmpty())
            epicKeys.insert(name, item.key);
        ranks.append(rank.first(record).trimmed());
        source.items.append(std::move(item));
    }

    // Backlog order: by rank, bytewise (LexoRank is ASCII); unranked items after, as in the file.
    QList<int> order(source.items.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&ranks](int a, int b) {
        const QString &ra = ranks.at(a);
        const QString &rb = ranks.at(b);
        if (ra.isEmpty() != rb.isEmpty())
            return rb.isEmpty();
        return QStringView(ra).compare(rb, Qt::CaseSensitive) < 0;
    });
    QList<SourceItem> ordered;
    ordered.reserve(order.size());
    for (int i : order)
        ordered.append(std::move(source.items[i]));
    source.items = std::move(ordered);

    // Parents are named by key, by internal id or (Epic Link) by the epic's name.
    QHash<QString, QString> keyOf = epicKeys;
    for (const SourceItem &item : std::as_const(source.items)) {
        if (!item.key.isEmpty())
            keyOf.insert(item.key, item.key);
        if (!item.id.isEmpty())
            keyOf.insert(item.id, item.key);
    }
    for (SourceItem &item : source.items) {
        if (item.parentKey.isEmpty())
            continue;
        const QString resolved = keyOf.value(item.parentKey);
        if (resolved.isEmpty() || resolved == item.key) {
            source.problems.append({item.line, tr("The parent “%1” is not in the file: the item was imported without it.").arg(item.parentKey)});
            item.parentKey.clear();
        } else {
            item.parentKey = resolved;
        }
    }
    std::stable_sort(source.problems.begin(), source.problems.end(),
                     [](const Problem &a, const Problem &b) { return a.line < b.line; });
    return source;
}

} // namespace Ordo::Import
