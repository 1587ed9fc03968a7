#pragma once

#include "domain/decision.h"

#include <QList>
#include <QString>

// Sharing the decision log with stakeholders: the decisions, with the item
// each concerns, as a Markdown table or a CSV file.

namespace Ordo::DecisionLog {

struct Entry
{
    Decision decision;
    QString itemKey;   // e.g. ORD-12; empty for a decision about the whole backlog
    QString itemTitle;
};

// A Markdown document: a heading naming the product, then one table row per
// decision in the order given. Pipes are escaped and line breaks become <br>.
QString toMarkdown(const QList<Entry> &entries, const QString &productName);
// RFC 4180 CSV with a header row and CRLF line ends; fields with a comma,
// quote or line break are quoted, quotes doubled. Dates are ISO 8601 (UTC).
QString toCsv(const QList<Entry> &entries);

} // namespace Ordo::DecisionLog
