#include "export.h"

#include "interchange/csvreader.h"
#include "interchange/exportitems.h"

#include <QCoreApplication>
#include <QSet>

// Azure DevOps' CSV import (Boards > Work items > Import work items) as a tree: each row names
// its title in the column of its depth (Title 1 for an epic, Title 2 for its items...), and a
// row is the child of the nearest row above it one level up. New work items have an empty ID.
// Azure DevOps imports at most 1,000 rows per file: the export writes several files, each
// epic's tree whole in one of them.

namespace Ordo::Export {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ordo::Export", text);
}

// The Agile process's types and states.
QString azureType(ItemType type)
{
    switch (type) {
    case ItemType::Epic:
        return QStringLiteral("Epic");
    case ItemType::Bug:
        return QStringLiteral("Bug");
    case ItemType::Story:
    case ItemType::Enabler:
    case ItemType::TechnicalDebt:
    case ItemType::Spike:
        return QStringLiteral("User Story");
    }
    return QStringLiteral("User Story");
}

QString azureState(ItemStatus status)
{
    switch (status) {
    case ItemStatus::New:
    case ItemStatus::Ready:
    case ItemStatus::Rejected:
        return QStringLiteral("New");
    case ItemStatus::ToDo:
    case ItemStatus::InProgress:
        return QStringLiteral("Active");
    case ItemStatus::InReview:
        return QStringLiteral("Resolved");
    case ItemStatus::Done:
    case ItemStatus::Accepted:
        return QStringLiteral("Closed");
    }
    return QStringLiteral("New");
}

// Text as Azure DevOps' HTML fields hold it: escaped, a line break per line.
QString html(const QString &text)
{
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    while (normalized.endsWith(QLatin1Char('\n')))
        normalized.chop(1);
    return normalized.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString descriptionHtml(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    QString result;
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    for (const QString &line : normalized.split(QLatin1Char('\n')))
        result += QStringLiteral("<div>%1</div>").arg(line.isEmpty() ? QStringLiteral("<br>") : line.toHtmlEscaped());
    return result;
}

QString criteriaHtml(const QStringList &criteria)
{
    QString items;
    for (const QString &criterion : criteria) {
        if (!criterion.trimmed().isEmpty())
            items += QStringLiteral("<li>%1</li>").arg(html(criterion));
    }
    return items.isEmpty() ? QString() : QStringLiteral("<ul>%1</ul>").arg(items);
}

// Azure DevOps separates tags with semicolons: one inside a label becomes a comma.
QString tags(const QStringList &labels)
{
    QStringList names;
    for (const QString &label : labels)
        names.append(QString(label).replace(QLatin1Char(';'), QLatin1Char(',')).trimmed());
    return names.join(QStringLiteral("; "));
}

struct Row
{
    qsizetype item = 0; // in the backlog
    int depth = 1;      // 1 for a tree's root
};

} // namespace

Expected<QList<CsvFile>> azureCsv(const Database &database, int rowsPerFile)
{
    Expected<ExportedBacklog> backlog = readBacklog(database);
    if (!backlog)
        return backlog.error();
    const QList<ExportItem> &items = backlog->items;
    QHash<ItemId, qsizetype> indexOf;
    for (qsizetype i = 0; i < items.size(); ++i)
        indexOf.insert(items.at(i).id, i);
    QHash<qsizetype, QList<qsizetype>> children; // in backlog order
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).parentId)
            children[indexOf.value(*items.at(i).parentId)].append(i);
    }

    // Trees first (epics and items with items of their own, each followed by its tree), then
    // the items on their own. An item whose parents form a circle starts a tree of its own.
    QList<QList<Row>> blocks;
    QSet<qsizetype> placed;
    const auto treeFrom = [&](qsizetype root) {
        QList<Row> rows;
        QList<Row> stack{{root, 1}};
        while (!stack.isEmpty()) {
            const Row row = stack.takeLast();
            if (placed.contains(row.item))
                continue;
            placed.insert(row.item);
            rows.append(row);
            const QList<qsizetype> below = children.value(row.item);
            for (auto child = below.crbegin(); child != below.crend(); ++child)
                stack.append({*child, row.depth + 1});
        }
        return rows;
    };
    QList<qsizetype> loose;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).parentId)
            continue;
        if (items.at(i).type == ItemType::Epic || children.contains(i))
            blocks.append(treeFrom(i));
        else
            loose.append(i);
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).parentId && !placed.contains(i))
            blocks.append(treeFrom(i));
    }
    for (qsizetype i : std::as_const(loose))
        blocks.append(treeFrom(i));

    int depth = 1;
    bool anySprint = false;
    for (const QList<Row> &block : std::as_const(blocks)) {
        for (const Row &row : block) {
            depth = std::max(depth, row.depth);
            anySprint = anySprint || !items.at(row.item).sprint.isEmpty();
        }
        if (block.size() > rowsPerFile) {
            return Error{tr("The epic “%1” and its items make %2 rows, more than the %3 Azure DevOps imports from one "
                            "file, and an epic's tree cannot be split between files. Split the epic, or archive its "
                            "finished items, and export again.")
                             .arg(items.at(block.constFirst().item).title)
                             .arg(block.size())
                             .arg(rowsPerFile)};
        }
    }

    QStringList header{QStringLiteral("ID"), QStringLiteral("Work Item Type")};
    for (int level = 1; level <= depth; ++level)
        header.append(QStringLiteral("Title %1").arg(level));
    header += {QStringLiteral("State"), QStringLiteral("Story Points"), QStringLiteral("Tags"),
               QStringLiteral("Description"), QStringLiteral("Acceptance Criteria")};
    if (anySprint)
        header.append(QStringLiteral("Iteration Path"));
    const QString headerRow = Csv::formatRow(header);

    QList<CsvFile> files;
    QString text;
    int rows = 0;
    const auto finish = [&] {
        if (rows > 0)
            files.append(CsvFile{text.toUtf8(), rows});
        text.clear();
        rows = 0;
    };
    for (const QList<Row> &block : std::as_const(blocks)) {
        if (rows + block.size() > rowsPerFile)
            finish();
        if (rows == 0)
            text = headerRow;
        for (const Row &row : block) {
            const ExportItem &item = items.at(row.item);
            QStringList fields{QString(), azureType(item.type)};
            for (int level = 1; level <= depth; ++level)
                fields.append(level == row.depth ? item.title : QString());
            fields += {azureState(item.status), item.estimate ? pointsText(*item.estimate) : QString(),
                       tags(item.labels), descriptionHtml(item.description),
                       criteriaHtml(item.criteria)};
            if (anySprint) {
                fields.append(item.sprint.isEmpty() ? QString()
                                                    : backlog->productName + QLatin1Char('\\') + item.sprint);
            }
            text += Csv::formatRow(fields);
            ++rows;
        }
    }
    finish();
    if (files.isEmpty())
        files.append(CsvFile{headerRow.toUtf8(), 0});
    return files;
}

} // namespace Ordo::Export
