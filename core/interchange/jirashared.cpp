#include "jirashared.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace Ordo::Import::Jira {

namespace {

// The context lupdate gives the strings of this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("Ordo::Import::Jira", text);
}

} // namespace

void readEstimate(Source &source, SourceItem &item, const QString &points)
{
    const QString estimate = points.trimmed();
    if (estimate.isEmpty())
        return;
    item.estimate = parseNumber(estimate);
    if (!item.estimate)
        source.problems.append({item.line, tr("The story points “%1” are not a number: the item has no estimate.").arg(estimate)});
}

void readDate(Source &source, int line, const QString &text, QDateTime &at)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    at = parseDate(trimmed);
    if (!at.isValid())
        source.problems.append({line, tr("The date “%1” is not one Ordo reads: it was left out.").arg(trimmed)});
}

void finish(Source &source, const QStringList &ranks, const QHash<QString, QString> &epicKeys)
{
    // Backlog order: by rank, bytewise (LexoRank is ASCII); unranked items after, as in the file.
    QList<int> order(source.items.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&ranks](int a, int b) {
        const QString ra = ranks.value(a);
        const QString rb = ranks.value(b);
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
}

} // namespace Ordo::Import::Jira
