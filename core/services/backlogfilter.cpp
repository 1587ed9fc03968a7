#include "backlogfilter.h"

#include <QRegularExpression>

namespace Ordo {

bool BacklogFilter::isActive() const
{
    return !text.trimmed().isEmpty() || typeMask != 0 || statusMask != 0 || epic.has_value()
           || withoutEpic || !label.isEmpty() || readiness != Readiness::Any;
}

BacklogFilterMatcher::BacklogFilterMatcher(const BacklogFilter &filter,
                                           const QString &keyPrefix,
                                           QSet<ItemId> textMatches,
                                           std::function<bool(const BacklogRow &)> isReady)
    : m_filter(filter)
    , m_text(filter.text.trimmed())
    , m_textMatches(std::move(textMatches))
    , m_isReady(std::move(isReady))
{
    // "ORD-42" and "#42" find the item by key.
    static const QRegularExpression keyPattern(QStringLiteral("^(?:([A-Za-z][A-Za-z0-9]*)-|#)(\\d+)$"));
    const auto match = keyPattern.match(m_text);
    if (match.hasMatch()
        && (match.captured(1).isEmpty() || match.captured(1).compare(keyPrefix, Qt::CaseInsensitive) == 0)) {
        m_number = match.captured(2).toInt();
    }
}

bool BacklogFilterMatcher::matchesText(const BacklogRow &row) const
{
    if (m_text.isEmpty())
        return true;
    if (m_number)
        return row.number == *m_number;
    return row.title.contains(m_text, Qt::CaseInsensitive)
           || row.labels.contains(m_text, Qt::CaseInsensitive) || m_textMatches.contains(row.id);
}

bool BacklogFilterMatcher::matches(const BacklogRow &row) const
{
    if (m_filter.typeMask != 0 && !(m_filter.typeMask & (1u << int(row.type))))
        return false;
    if (m_filter.statusMask != 0 && !(m_filter.statusMask & (1u << int(row.status))))
        return false;
    if (m_filter.epic && row.parentId != *m_filter.epic && row.id != *m_filter.epic)
        return false;
    if (m_filter.withoutEpic && (row.parentId != 0 || row.type == ItemType::Epic))
        return false;
    if (!m_filter.label.isEmpty()) {
        const QStringList labels = row.labels.split(QStringLiteral(", "), Qt::SkipEmptyParts);
        if (!labels.contains(m_filter.label, Qt::CaseInsensitive))
            return false;
    }
    if (m_filter.readiness != BacklogFilter::Readiness::Any
        && (m_isReady && m_isReady(row))
               != (m_filter.readiness == BacklogFilter::Readiness::Ready)) {
        return false;
    }
    return matchesText(row);
}

} // namespace Ordo
