#include "jiracsv.h"

#include "interchange/csvcolumns.h"
#include "interchange/jirashared.h"

#include <QCoreApplication>

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
    QStringList ranks;
    QSet<QString> keys;
    QHash<QString, QString> epicKeys; // by Epic Name
    CriteriaTexts criteriaTexts; // parsed at the end, on every core
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
        Jira::readEstimate(source, item, points.first(record));
        item.labels = labels.all(record);
        item.parentKey = parent.first(record).trimmed();
        item.sprints = sprints.all(record);
        criteriaTexts.add(source.items.size(), criteria.first(record));
        item.blocks = blocks.all(record);
        item.blockedBy = blockedBy.all(record);
        Jira::readDate(source, record.line, created.first(record), item.createdAt);
        Jira::readDate(source, record.line, updated.first(record), item.updatedAt);
        // An epic's Epic Name stands in its children's Epic Link in some Server exports.
        if (const QString name = epicName.first(record).trimmed(); !name.isEmpty() && !item.key.isEmpty())
            epicKeys.insert(name, item.key);
        ranks.append(rank.first(record).trimmed());
        source.items.append(std::move(item));
    }

    criteriaTexts.parseInto(source.items);
    Jira::finish(source, ranks, epicKeys);
    return source;
}

} // namespace Ordo::Import
