#include "azurecsv.h"

#include "interchange/csvcolumns.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Ordo::Import {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ordo::Import", text);
}

using Csv::Columns;

// The Title 1, Title 2... columns of a tree query, by depth (empty for a flat query).
QList<int> treeTitleColumns(const Csv::Table &table)
{
    QList<int> columns;
    for (int depth = 1;; ++depth) {
        const QList<int> found = table.columns(QStringLiteral("Title %1").arg(depth));
        if (found.isEmpty())
            return columns;
        columns.append(found.first());
    }
}

} // namespace

bool isAzureCsv(const Csv::Table &table)
{
    return !table.columns(QStringLiteral("Work Item Type")).isEmpty()
           && (!table.columns(QStringLiteral("Title")).isEmpty() || !table.columns(QStringLiteral("Title 1")).isEmpty());
}

Expected<Source> readAzureCsv(const Csv::Table &table, const ReadOptions &options)
{
    const QList<int> treeTitles = treeTitleColumns(table);
    const Columns title(table, {"Title"});
    if (treeTitles.isEmpty() && !title.exists())
        return Error{tr("This is not an Azure DevOps query export: it has no Title or Title 1 column.")};
    const bool tree = !treeTitles.isEmpty();
    const Columns id(table, {"ID"});
    const Columns type(table, {"Work Item Type"});
    const Columns state(table, {"State"});
    const Columns iteration(table, {"Iteration Path"});
    const Columns points(table, options.estimateColumn, {"Story Points", "Effort", "Size"});
    const Columns priority(table, {"Backlog Priority", "Stack Rank"});
    const Columns tags(table, {"Tags"});
    const Columns description(table, {"Description"});
    const Columns criteria(table, options.criteriaColumn, {"Acceptance Criteria"});
    const Columns businessValue(table, {"Business Value"});
    const Columns timeCriticality(table, {"Time Criticality"});
    const Columns valueArea(table, {"Value Area"});
    const Columns created(table, {"Created Date"});
    const Columns changed(table, {"Changed Date"});
    const Columns parent(table, {"Parent"});

    Source source;
    source.format = tree ? QStringLiteral("Azure DevOps tree query CSV") : QStringLiteral("Azure DevOps query CSV");
    source.tool = QStringLiteral("azure");
    source.columns = Csv::distinctNames(table);
    source.read = options;
    for (const QString &warning : table.warnings)
        source.problems.append({0, warning});
    QList<std::optional<double>> ranks;
    QSet<QString> ids;
    // Tree queries: the ID of the last row seen at each depth, for the rows below it.
    QList<QString> ancestors;
    // `message` says what is left out, with %1 for the text.
    const auto number = [&](const Columns &column, const Csv::Record &record, const QString &message) -> std::optional<double> {
        const QString text = column.first(record).trimmed();
        if (text.isEmpty())
            return std::nullopt;
        const std::optional<double> value = parseNumber(text);
        if (!value)
            source.problems.append({record.line, message.arg(text)});
        return value;
    };
    for (const Csv::Record &record : table.records) {
        SourceItem item;
        item.line = record.line;
        int depth = 0;
        if (tree) {
            for (int d = 0; d < treeTitles.size(); ++d) {
                const int column = treeTitles.at(d);
                if (column < record.fields.size() && !record.fields.at(column).trimmed().isEmpty()) {
                    depth = d;
                    item.title = record.fields.at(column).trimmed();
                    break;
                }
            }
        } else {
            item.title = title.first(record).trimmed();
        }
        item.key = id.first(record).trimmed();
        item.id = item.key;
        if (item.title.isEmpty()) {
            source.problems.append({record.line, tr("No title: the row was skipped.")});
            continue;
        }
        if (!item.key.isEmpty() && ids.contains(item.key)) {
            source.problems.append({record.line, tr("%1 appears again: the later row was skipped.").arg(item.key)});
            continue;
        }
        ids.insert(item.key);
        if (tree) {
            // The parent is the nearest row above at a shallower depth.
            ancestors.resize(depth + 1);
            for (int d = depth - 1; d >= 0 && item.parentKey.isEmpty(); --d)
                item.parentKey = ancestors.at(d);
            ancestors[depth] = item.key;
        } else {
            item.parentKey = parent.first(record).trimmed();
        }
        item.type = type.first(record).trimmed();
        item.status = state.first(record).trimmed();
        // "Fabrikam\Release 1\Sprint 3": the sprint is the last segment; the project alone is none.
        const QStringList path = iteration.first(record).trimmed().split(QLatin1Char('\\'), Qt::SkipEmptyParts);
        if (path.size() > 1)
            item.sprints = {path.last().trimmed()};
        item.estimate = number(points, record, tr("The estimate “%1” is not a number: the item has no estimate."));
        for (const QString &tag : tags.first(record).split(QLatin1Char(';'))) {
            if (!tag.trimmed().isEmpty() && !item.labels.contains(tag.trimmed()))
                item.labels.append(tag.trimmed());
        }
        if (valueArea.first(record).trimmed().compare(QLatin1String("Architectural"), Qt::CaseInsensitive) == 0
            && !item.labels.contains(QLatin1String("Architectural"))) {
            item.labels.append(QStringLiteral("Architectural"));
        }
        item.description = plainTextFromHtml(description.first(record));
        // Azure's field holds HTML; a column the Product Owner chose may hold plain lines.
        const QString criteriaText = criteria.first(record);
        item.criteria = criteriaFromText(criteriaText.contains(QLatin1Char('<')) ? plainTextFromHtml(criteriaText) : criteriaText);
        // Whole numbers; the writer fits them to the WSJF scale.
        if (const auto value = number(businessValue, record, tr("The business value “%1” is not a number: it was left out.")))
            item.businessValue = int(std::lround(std::min(*value, 1e6)));
        if (const auto value = number(timeCriticality, record, tr("The time criticality “%1” is not a number: it was left out.")))
            item.timeCriticality = int(std::lround(std::min(*value, 1e6)));
        for (auto [column, at] : {std::pair{&created, &item.createdAt}, std::pair{&changed, &item.updatedAt}}) {
            const QString text = column->first(record).trimmed();
            if (text.isEmpty())
                continue;
            *at = parseDate(text);
            if (!at->isValid())
                source.problems.append({record.line, tr("The date “%1” is not one Ordo reads: it was left out.").arg(text)});
        }
        std::optional<double> rank;
        if (!tree)
            rank = number(priority, record, tr("The backlog priority “%1” is not a number: the item comes after those that have one."));
        ranks.append(rank);
        source.items.append(std::move(item));
    }

    // Backlog order: by priority, smallest first; the rows without one after, in file order.
    QList<int> order(source.items.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&ranks](int a, int b) {
        const std::optional<double> &ra = ranks.at(a);
        const std::optional<double> &rb = ranks.at(b);
        if (ra.has_value() != rb.has_value())
            return ra.has_value();
        return ra && *ra < *rb;
    });
    QList<SourceItem> ordered;
    ordered.reserve(order.size());
    for (int i : order)
        ordered.append(std::move(source.items[i]));
    source.items = std::move(ordered);

    for (SourceItem &item : source.items) {
        if (item.parentKey.isEmpty())
            continue;
        if (!ids.contains(item.parentKey) || item.parentKey == item.key) {
            source.problems.append({item.line, tr("The parent “%1” is not in the file: the item was imported without it.").arg(item.parentKey)});
            item.parentKey.clear();
        }
    }
    std::stable_sort(source.problems.begin(), source.problems.end(),
                     [](const Problem &a, const Problem &b) { return a.line < b.line; });
    return source;
}

} // namespace Ordo::Import
