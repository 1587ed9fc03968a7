#include "backlogfilter.h"

namespace Ordo {

bool BacklogFilter::isActive() const
{
    return !text.trimmed().isEmpty() || typeMask != 0 || statusMask != 0 || epic.has_value()
           || withoutEpic || !label.isEmpty() || readiness != Readiness::Any;
}

bool BacklogFilter::sameChoices(const BacklogFilter &other) const
{
    BacklogFilter a = *this;
    a.text = other.text;
    return a == other;
}

bool hasLabelStartingWith(QStringView labels, QStringView prefix)
{
    qsizetype at = 0;
    while (at <= labels.size()) {
        if (labels.sliced(at).startsWith(prefix))
            return true;
        const qsizetype next = labels.indexOf(QLatin1String(", "), at);
        if (next < 0)
            return false;
        at = next + 2;
    }
    return false;
}

qsizetype findFolded(QStringView text, QStringView word)
{
    // Qt's search of one character is vectorised; the few places where the word's first
    // letter stands are then compared. On short texts this beats Boyer-Moore and Qt's
    // rolling hash, which both step one character at a time.
    if (word.isEmpty())
        return 0;
    const QChar first = word.front();
    const QStringView rest = word.sliced(1);
    const qsizetype last = text.size() - word.size();
    for (qsizetype at = text.indexOf(first); at >= 0 && at <= last; at = text.indexOf(first, at + 1)) {
        if (text.sliced(at + 1, rest.size()) == rest)
            return at;
    }
    return -1;
}

BacklogFilterMatcher::BacklogFilterMatcher(const BacklogFilter &filter, Context context)
    : m_filter(filter)
    , m_context(std::move(context))
    , m_query(SearchQuery::parse(filter.text, m_context.keyPrefix))
{
    m_terms.reserve(m_query.terms.size());
    for (const SearchQuery::Term &term : std::as_const(m_query.terms)) {
        Term compiled{term, {}, false, BacklogRow::letterMask(term.text), BacklogRow::pairMask(term.text),
                      term.text.size() == 1 && BacklogRow::hasOwnLetterBit(term.text.front())};
        const auto found = m_context.fullText.constFind(term.text);
        if (found != m_context.fullText.cend()) {
            compiled.fullText = *found;
            compiled.searched = true;
        }
        m_terms.append(std::move(compiled));
    }
    if (m_context.epicsNamed) {
        for (const QString &epic : std::as_const(m_query.epics))
            m_epics.unite(m_context.epicsNamed(epic));
    }
    m_hasLabelTerms = !m_query.labels.isEmpty() || !m_query.excludedLabels.isEmpty();
    m_needsRow = !m_filter.sameChoices(BacklogFilter{}) || !m_query.sameFields(SearchQuery{});
}

bool BacklogFilterMatcher::matchesText(const BacklogRow &row, const SearchKey &key) const
{
    for (const Term &t : m_terms) {
        bool found;
        if (t.term.number)
            found = row.number == *t.term.number;
        else
            found = ((key.letters & t.letters) == t.letters && (key.pairs & t.pairs) == t.pairs
                     && (t.lettersDecide || findFolded(key.text, t.term.text) >= 0))
                    || (t.searched && t.fullText.contains(key.id));
        if (found == t.term.exclude)
            return false;
    }
    return true;
}

bool BacklogFilterMatcher::matchesFields(const BacklogRow &row) const
{
    const quint32 typeBit = 1u << int(row.type);
    const quint32 statusBit = 1u << int(row.status);
    if ((m_query.typeMask != 0 && !(m_query.typeMask & typeBit)) || (m_query.excludedTypes & typeBit))
        return false;
    if ((m_query.statusMask != 0 && !(m_query.statusMask & statusBit)) || (m_query.excludedStatuses & statusBit))
        return false;
    if (!m_query.keyNumbers.isEmpty() && !m_query.keyNumbers.contains(row.number))
        return false;
    if (!m_query.epics.isEmpty() && !m_epics.contains(row.parentId) && !m_epics.contains(row.id))
        return false;
    if (m_hasLabelTerms) {
        const QStringView labels = QStringView(row.searchText).sliced(row.title.size() + 1);
        for (const QString &label : m_query.labels) {
            if (!hasLabelStartingWith(labels, label))
                return false;
        }
        for (const QString &label : m_query.excludedLabels) {
            if (hasLabelStartingWith(labels, label))
                return false;
        }
    }
    return true;
}

bool BacklogFilterMatcher::matches(const BacklogRow &row) const
{
    return matches(row, SearchKey::of(row));
}

bool BacklogFilterMatcher::matches(const BacklogRow &row, const SearchKey &key) const
{
    if (m_query.impossible)
        return false;
    // The text first: a plain search never reads the row itself.
    if (!matchesText(row, key))
        return false;
    return !m_needsRow || (matchesChoices(row) && matchesFields(row));
}

bool BacklogFilterMatcher::matchesChoices(const BacklogRow &row) const
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
        && (m_context.isReady && m_context.isReady(row))
               != (m_filter.readiness == BacklogFilter::Readiness::Ready)) {
        return false;
    }
    return true;
}

bool BacklogFilterMatcher::narrows(const BacklogFilterMatcher &before) const
{
    if (!m_filter.sameChoices(before.m_filter) || !m_query.sameFields(before.m_query)
        || m_context.keyPrefix != before.m_context.keyPrefix) {
        return false;
    }
    if (m_query.impossible)
        return true;
    // Each word looked for before is part of a word looked for now, which the index
    // searched only if it searched the shorter one too (what contains the longer word
    // contains the shorter one). Each word excluded before is excluded still, at least
    // as widely.
    for (const Term &old : before.m_terms) {
        const auto covers = [&old](const Term &now) {
            if (now.term.exclude != old.term.exclude || now.term.number != old.term.number)
                return false;
            if (old.term.number)
                return true;
            if (old.term.exclude)
                return now.term.text == old.term.text && (now.searched || !old.searched);
            return now.term.text.contains(old.term.text) && (!now.searched || old.searched);
        };
        if (std::none_of(m_terms.cbegin(), m_terms.cend(), covers))
            return false;
    }
    return true;
}

} // namespace Ordo
