#include "pivotalcsv.h"

#include "interchange/csvcolumns.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace Ordo::Import {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ordo::Import", text);
}

using Csv::Columns;

// Pivotal writes "Jun 3, 2024" (and "Jun 3, 2024 9:15 AM" where a time goes with it); the
// formats parseDate() reads are taken too.
QDateTime pivotalDate(const QString &text)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    for (const char *format : {"MMM d, yyyy", "MMM d, yyyy h:mm AP", "MMM d, yyyy h:mm:ss AP", "MMMM d, yyyy"}) {
        const QDateTime at = english.toDateTime(text, QString::fromLatin1(format));
        if (at.isValid())
            return at;
    }
    return parseDate(text);
}

struct Blocker
{
    QString text;
    bool resolved = false;
};

} // namespace

bool isPivotalCsv(const Csv::Table &table)
{
    return !table.columns(QStringLiteral("Id")).isEmpty() && !table.columns(QStringLiteral("Title")).isEmpty()
           && !table.columns(QStringLiteral("Current State")).isEmpty();
}

Expected<Source> readPivotalCsv(const Csv::Table &table, const ReadOptions &options)
{
    const Columns title(table, {"Title"});
    if (!title.exists())
        return Error{tr("This is not a Pivotal Tracker export: it has no Title column.")};
    const Columns id(table, {"Id"});
    const Columns labels(table, {"Labels"});
    const Columns iteration(table, {"Iteration"});
    const Columns iterationStart(table, {"Iteration Start"});
    const Columns iterationEnd(table, {"Iteration End"});
    const Columns type(table, {"Type", "Story Type"});
    const Columns estimate(table, options.estimateColumn, {"Estimate"});
    // Pivotal has no criteria column; the Product Owner may name one (a custom export's).
    const Columns criteria(table, options.criteriaColumn, {});
    const Columns state(table, {"Current State"});
    const Columns created(table, {"Created at"});
    const Columns accepted(table, {"Accepted at"});
    const Columns deadline(table, {"Deadline"});
    const Columns description(table, {"Description"});
    const Columns tasks(table, {"Task"});
    const Columns taskStatuses(table, {"Task Status"});
    const Columns blockers(table, {"Blocker"});
    const Columns blockerStatuses(table, {"Blocker Status"});

    Source source;
    source.format = QStringLiteral("Pivotal Tracker CSV");
    source.tool = QStringLiteral("pivotal");
    source.columns = Csv::distinctNames(table);
    source.read = options;
    for (const QString &warning : table.warnings)
        source.problems.append({0, warning});
    QSet<QString> ids;
    QSet<QString> sprintsSeen;
    QList<QList<Blocker>> blockersOf; // by item, read before the ids they name are all known
    QStringList deadlines;
    for (const Csv::Record &record : table.records) {
        SourceItem item;
        item.line = record.line;
        item.title = title.first(record).trimmed();
        item.key = id.first(record).trimmed();
        if (item.key.startsWith(QLatin1Char('#')))
            item.key.remove(0, 1);
        item.id = item.key;
        item.type = type.first(record).trimmed();
        if (item.title.isEmpty()) {
            source.problems.append({record.line, tr("No title: the row was skipped.")});
            continue;
        }
        if (item.type.compare(QLatin1String("release"), Qt::CaseInsensitive) == 0) {
            source.problems.append({record.line, tr("“%1” is a release marker, which is no backlog item in Ordo: it was left out.")
                                                     .arg(item.title)});
            continue;
        }
        if (!item.key.isEmpty() && ids.contains(item.key)) {
            source.problems.append({record.line, tr("%1 appears again: the later row was skipped.").arg(item.key)});
            continue;
        }
        ids.insert(item.key);
        item.status = state.first(record).trimmed();
        item.description = description.first(record);
        if (criteria.exists())
            item.criteria = criteriaFromText(criteria.first(record));
        for (const QString &label : labels.first(record).split(QLatin1Char(','))) {
            if (!label.trimmed().isEmpty() && !item.labels.contains(label.trimmed()))
                item.labels.append(label.trimmed());
        }
        // Pivotal leaves bugs, chores and unestimated features empty (older exports write -1).
        if (const QString points = estimate.first(record).trimmed(); !points.isEmpty() && points != QLatin1String("-1")) {
            item.estimate = parseNumber(points);
            if (!item.estimate)
                source.problems.append({record.line, tr("The estimate “%1” is not a number: the item has no estimate.").arg(points)});
        }
        const auto readDate = [&](const Columns &column) -> QDateTime {
            const QString text = column.first(record).trimmed();
            if (text.isEmpty())
                return {};
            const QDateTime at = pivotalDate(text);
            if (!at.isValid())
                source.problems.append({record.line, tr("The date “%1” is not one Ordo reads: it was left out.").arg(text)});
            return at;
        };
        item.createdAt = readDate(created);
        item.updatedAt = readDate(accepted);
        if (const QString number = iteration.first(record).trimmed(); !number.isEmpty()) {
            const QString name = tr("Iteration %1").arg(number);
            item.sprints = {name};
            const QDate start = readDate(iterationStart).date();
            const QDate end = readDate(iterationEnd).date();
            if (!sprintsSeen.contains(name) && start.isValid() && end.isValid()) {
                sprintsSeen.insert(name);
                source.sprints.append({name, start, end});
            }
        }
        const QDateTime due = readDate(deadline);
        deadlines.append(due.isValid() ? due.date().toString(Qt::ISODate) : QString());

        // Tasks: a checklist at the end of the description.
        QStringList checklist;
        for (int n = 0; n < tasks.indexes().size(); ++n) {
            const QString task = tasks.at(record, n).trimmed();
            if (task.isEmpty())
                continue;
            const QString status = taskStatuses.at(record, n).trimmed();
            const bool done = status.compare(QLatin1String("completed"), Qt::CaseInsensitive) == 0;
            checklist.append((done ? QLatin1String("- [x] ") : QLatin1String("- [ ] ")) + task);
        }
        if (!checklist.isEmpty()) {
            if (!item.description.trimmed().isEmpty())
                item.description += QLatin1String("\n\n");
            item.description += tr("Tasks:") + QLatin1Char('\n') + checklist.join(QLatin1Char('\n'));
        }
        QList<Blocker> itemBlockers;
        for (int n = 0; n < blockers.indexes().size(); ++n) {
            const QString text = blockers.at(record, n).trimmed();
            if (!text.isEmpty())
                itemBlockers.append({text, blockerStatuses.at(record, n).trimmed().compare(QLatin1String("resolved"), Qt::CaseInsensitive) == 0});
        }
        blockersOf.append(itemBlockers);
        source.items.append(std::move(item));
    }

    // Blockers: dependencies where they name stories of the file and still hold, notes otherwise.
    static const QRegularExpression storyId(QStringLiteral("#(\\d+)"));
    for (qsizetype i = 0; i < source.items.size(); ++i) {
        SourceItem &item = source.items[i];
        QStringList notes;
        for (const Blocker &blocker : std::as_const(blockersOf.at(i))) {
            QStringList named;
            bool allKnown = true;
            for (auto match = storyId.globalMatch(blocker.text); match.hasNext();) {
                const QString blockerId = match.next().captured(1);
                allKnown = allKnown && ids.contains(blockerId) && blockerId != item.key;
                named.append(blockerId);
            }
            if (!blocker.resolved && !named.isEmpty() && allKnown) {
                for (const QString &blockerId : std::as_const(named)) {
                    if (!item.blockedBy.contains(blockerId))
                        item.blockedBy.append(blockerId);
                }
                continue;
            }
            notes.append(QLatin1String("- ") + (blocker.resolved ? tr("%1 (resolved)").arg(blocker.text) : blocker.text));
        }
        QString appended;
        if (!notes.isEmpty())
            appended = tr("Blockers:") + QLatin1Char('\n') + notes.join(QLatin1Char('\n'));
        if (!deadlines.at(i).isEmpty())
            appended += (appended.isEmpty() ? QString() : QStringLiteral("\n\n")) + tr("Deadline: %1").arg(deadlines.at(i));
        if (!appended.isEmpty())
            item.description += (item.description.trimmed().isEmpty() ? QString() : QStringLiteral("\n\n")) + appended;
    }
    std::stable_sort(source.problems.begin(), source.problems.end(),
                     [](const Problem &a, const Problem &b) { return a.line < b.line; });
    return source;
}

} // namespace Ordo::Import
