#include "searchtexts.h"

#include <algorithm>

namespace Ordo {

SearchTexts::Entry SearchTexts::append(const BacklogRow &row)
{
    Entry entry{row.searchLetters, row.searchPairs, row.id, qint32(m_buffer.size()), qint32(row.searchText.size())};
    m_buffer.append(row.searchText);
    m_live += entry.length;
    return entry;
}

void SearchTexts::reset(const QList<BacklogRow> &rows)
{
    m_buffer.clear();
    m_entries.clear();
    m_live = 0;
    qsizetype characters = 0;
    for (const BacklogRow &row : rows)
        characters += row.searchText.size();
    m_buffer.reserve(characters);
    m_entries.reserve(std::size_t(rows.size()));
    for (const BacklogRow &row : rows)
        m_entries.push_back(append(row));
}

void SearchTexts::insert(const QList<BacklogRow> &rows, int first, int last)
{
    std::vector<Entry> added;
    added.reserve(std::size_t(last - first + 1));
    for (int row = first; row <= last; ++row)
        added.push_back(append(rows.at(row)));
    m_entries.insert(m_entries.begin() + first, added.cbegin(), added.cend());
}

void SearchTexts::remove(int first, int last)
{
    const auto begin = m_entries.begin() + first;
    const auto end = m_entries.begin() + last + 1;
    for (auto it = begin; it != end; ++it)
        m_live -= it->length;
    m_entries.erase(begin, end);
    compactIfWasteful();
}

void SearchTexts::move(int first, int last, int destination)
{
    const auto begin = m_entries.begin();
    if (destination > last)
        std::rotate(begin + first, begin + last + 1, begin + destination);
    else if (destination < first)
        std::rotate(begin + destination, begin + first, begin + last + 1);
}

void SearchTexts::update(const QList<BacklogRow> &rows, int first, int last)
{
    for (int row = first; row <= last; ++row) {
        Entry &entry = m_entries[std::size_t(row)];
        const BacklogRow &now = rows.at(row);
        if (entry.id == now.id && QStringView(m_buffer).sliced(entry.offset, entry.length) == now.searchText)
            continue;
        m_live -= entry.length;
        entry = append(now);
    }
    compactIfWasteful();
}

void SearchTexts::compactIfWasteful()
{
    if (m_buffer.size() < 4096 || m_live * 2 >= m_buffer.size())
        return;
    QString buffer;
    buffer.reserve(m_live);
    for (Entry &entry : m_entries) {
        const qint32 offset = qint32(buffer.size());
        buffer.append(QStringView(m_buffer).sliced(entry.offset, entry.length));
        entry.offset = offset;
    }
    m_buffer = std::move(buffer);
}

} // namespace Ordo
