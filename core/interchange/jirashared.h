#pragma once

#include "interchange/importsource.h"

#include <QHash>
#include <QStringList>

// What Jira's exports share, whatever their format (CSV or XML): the rules by which a reader
// turns Jira's fields into a Source, written once for all of them.

namespace Ordo::Import::Jira {

// The estimate from the story points as written; a problem on the item's line if they are not
// a number.
void readEstimate(Source &source, SourceItem &item, const QString &points);

// A date (Created, Updated) as written into `at`; a problem on the line if Ordo cannot read it.
void readDate(Source &source, int line, const QString &text, QDateTime &at);

// Puts the items in backlog order and their parents by key, then the problems in line order:
// - `ranks` holds each item's Rank (LexoRank, ASCII), in the order of `source.items`; the items
//   are sorted by it bytewise, those without one after, in file order;
// - a parent is named by key, by Jira's internal id, or (Epic Link) by the epic's Epic Name,
//   found in `epicKeys`; a parent not in the file is dropped with a problem.
void finish(Source &source, const QStringList &ranks, const QHash<QString, QString> &epicKeys);

} // namespace Ordo::Import::Jira
