#pragma once

#include "domain/enums.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What an import read from another tool's export, before it is mapped onto Ordo's types and
// statuses and written. Every reader (Jira, Azure DevOps, Trello, Pivotal Tracker) produces
// this; the preview, the mapping page and the writer only ever see it.

namespace Ordo::Import {

struct SourceItem
{
    int line = 0;        // where the item starts in the file (0 where the format has no lines)
    QString key;         // the other tool's key ("HRV-12"): repeated imports update by it
    QString id;          // the other tool's internal id, where links use it
    QString type;        // as the other tool names it ("Story", "Sub-task")
    QString status;      // as the other tool names it
    QString statusCategory; // Jira's "To Do", "In Progress", "Done", where the export has it
    QString title;
    QString description;
    std::optional<double> estimate;
    QStringList labels;
    QString parentKey;   // the parent's key or id, as the export gives it
    QStringList sprints; // the sprints the item was in, oldest first
    QStringList criteria; // one acceptance criterion each (a Gherkin scenario or a line)
    QStringList blocks;   // keys of the items this one blocks
    QStringList blockedBy; // keys of the items that block this one
    std::optional<int> businessValue;
    std::optional<int> timeCriticality;
    bool archived = false;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Something the reader did not understand or had to guess, with its line.
struct Problem
{
    int line = 0;
    QString message;
};

// The Product Owner's choice of the columns that hold the estimate and the acceptance
// criteria, for formats with columns; empty: the columns the format usually has.
struct ReadOptions
{
    QString estimateColumn;
    QString criteriaColumn;
    // Trello: every checklist of a card becomes acceptance criteria, not only those named like
    // "Acceptance criteria".
    bool allChecklistsAsCriteria = false;
};

// A sprint as the export describes it, where it has dates for it (Pivotal Tracker's iterations).
// Sprints named by items but not listed here get dates from the writer (see Import::write()).
struct SourceSprint
{
    QString name;
    QDate start;
    QDate end;
};

struct Source
{
    QString format;            // "Jira CSV", for the preview and the report
    QString tool;              // "jira": the tool whose keys the items keep
    QStringList columns;       // the file's column names, once each, for the mapping page
    ReadOptions read;          // the columns the estimate and the criteria were read from
    QList<SourceItem> items;   // in backlog order
    QList<Problem> problems;   // in line order
    QList<SourceSprint> sprints; // the sprints with dates, where the export has them

    // The types and statuses met, in the order first met: what the mapping page lists.
    QStringList types() const;
    QStringList statuses() const;
};

// How the other tool's types and statuses become Ordo's; the mapping page edits it.
struct Mapping
{
    QHash<QString, ItemType> types;       // by the source's name, case-folded
    QHash<QString, ItemStatus> statuses;  // by the source's name, case-folded
    // Statuses by Jira's status category, where the export has one and a status is not mapped.
    QHash<QString, ItemStatus> statusCategories;

    ItemType typeOf(const SourceItem &item) const;
    ItemStatus statusOf(const SourceItem &item) const;

    // The key of a source's name in `types` and `statuses`.
    static QString keyOf(const QString &name);
};

// Ordo's guess for every type and status the source holds, by their usual names.
Mapping defaultMapping(const Source &source);

// Acceptance criteria from one text: Gherkin becomes one criterion per scenario; anything else
// one criterion per non-empty line, without list bullets or numbers.
QStringList criteriaFromText(const QString &text);

// criteriaFromText() for the items of a large export, on every core: it is the longest part of
// reading one. Add each item's text as the item is read, then parse them into the items before
// they are reordered.
class CriteriaTexts
{
public:
    // `item` is the item's index in the list parseInto() gets.
    void add(qsizetype item, const QString &text);
    void parseInto(QList<SourceItem> &items) const;

private:
    QList<std::pair<qsizetype, QString>> m_texts;
};

// A date as exports write them: "11/May/24 3:26 PM" (Jira, with the month in English or
// another language), ISO 8601, "2024-05-11 15:26", "5/11/2024 3:26:00 PM" (Azure DevOps),
// "Sat, 11 May 2024 15:26:00 +0000" (RFC 2822, Jira's XML export).
// Invalid if none of these.
QDateTime parseDate(const QString &text);

// A number of points as exports write them: "5", "2.5", "2,5"; nullopt for anything else.
std::optional<double> parseNumber(const QString &text);

} // namespace Ordo::Import
