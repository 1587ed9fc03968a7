#include "export.h"

#include "interchange/csvreader.h"
#include "interchange/exportitems.h"
#include "services/gherkin.h"

#include <QRegularExpression>

// Jira's CSV importer (System > External system import > CSV): a header row, then one row per
// issue. It links a child to its parent through the "Issue Id" column: each row gets one (the
// item's number) and "Parent" names the parent's. "Issue key" carries Ordo's key, which Jira's
// importer may leave unmapped and Ordo's own Jira reader uses to find parents. Labels are one
// column per label under a repeated header, as Jira exports them; Jira refuses spaces in a
// label, so they become underscores. An epic repeats its summary as its Epic Name, which
// company-managed projects require of an epic.

namespace Ordo::Export {

namespace {

QString jiraType(ItemType type)
{
    switch (type) {
    case ItemType::Story:
        return QStringLiteral("Story");
    case ItemType::Bug:
        return QStringLiteral("Bug");
    case ItemType::Enabler:
        return QStringLiteral("Task");
    case ItemType::TechnicalDebt:
        return QStringLiteral("Technical Debt");
    case ItemType::Spike:
        return QStringLiteral("Spike");
    case ItemType::Epic:
        return QStringLiteral("Epic");
    }
    return QStringLiteral("Story");
}

// The names of Jira's default workflows where one fits; Ordo's reader maps each back.
QString jiraStatus(ItemStatus status)
{
    switch (status) {
    case ItemStatus::New:
        return QStringLiteral("Backlog");
    case ItemStatus::Ready:
        return QStringLiteral("Selected for Development");
    case ItemStatus::ToDo:
        return QStringLiteral("To Do");
    case ItemStatus::InProgress:
        return QStringLiteral("In Progress");
    case ItemStatus::InReview:
        return QStringLiteral("In Review");
    case ItemStatus::Done:
    case ItemStatus::Accepted:
        return QStringLiteral("Done");
    case ItemStatus::Rejected:
        return QStringLiteral("Rejected");
    }
    return QStringLiteral("Backlog");
}

QString jiraLabel(const QString &label)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return label.trimmed().replace(space, QStringLiteral("_"));
}

// The criteria in one field: Gherkin scenarios as stored, a blank line between them; other
// criteria one per line.
QString criteriaText(const QStringList &criteria)
{
    QStringList texts;
    for (const QString &criterion : criteria) {
        QString text = criterion;
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        while (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
        if (!text.trimmed().isEmpty())
            texts.append(text);
    }
    const bool gherkin = std::all_of(texts.cbegin(), texts.cend(), [](const QString &text) {
        return !Gherkin::parse(text).scenarios.isEmpty();
    });
    return texts.join(gherkin ? QStringLiteral("\n\n") : QStringLiteral("\n"));
}

} // namespace

Expected<CsvFile> jiraCsv(const Database &database)
{
    Expected<ExportedBacklog> backlog = readBacklog(database);
    if (!backlog)
        return backlog.error();
    qsizetype labelColumns = 0;
    for (const ExportItem &item : std::as_const(backlog->items))
        labelColumns = std::max(labelColumns, item.labels.size());
    QHash<ItemId, int> numberOf;
    for (const ExportItem &item : std::as_const(backlog->items))
        numberOf.insert(item.id, item.number);

    QStringList header{QStringLiteral("Issue Id"), QStringLiteral("Issue key"), QStringLiteral("Parent"),
                       QStringLiteral("Summary"), QStringLiteral("Issue Type"), QStringLiteral("Custom field (Epic Name)"),
                       QStringLiteral("Status"),
                       QStringLiteral("Description"), QStringLiteral("Custom field (Story Points)")};
    for (qsizetype i = 0; i < labelColumns; ++i)
        header.append(QStringLiteral("Labels"));
    header += {QStringLiteral("Sprint"), QStringLiteral("Custom field (Acceptance Criteria)")};

    QString text = Csv::formatRow(header);
    for (const ExportItem &item : std::as_const(backlog->items)) {
        QStringList row{QString::number(item.number),
                        QStringLiteral("%1-%2").arg(backlog->keyPrefix).arg(item.number),
                        item.parentId ? QString::number(numberOf.value(*item.parentId)) : QString(),
                        item.title,
                        jiraType(item.type),
                        item.type == ItemType::Epic ? item.title : QString(),
                        jiraStatus(item.status),
                        item.description,
                        item.estimate ? pointsText(*item.estimate) : QString()};
        for (qsizetype i = 0; i < labelColumns; ++i)
            row.append(i < item.labels.size() ? jiraLabel(item.labels.at(i)) : QString());
        row += {item.sprint, criteriaText(item.criteria)};
        text += Csv::formatRow(row);
    }
    return CsvFile{text.toUtf8(), int(backlog->items.size())};
}

} // namespace Ordo::Export
