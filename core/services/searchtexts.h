#pragma once

#include "domain/backlogrow.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace Ordo {

// What the backlog's filter reads of one row on every keystroke.
struct SearchKey
{
    QStringView text;     // BacklogRow::searchText: the title and labels, case-folded
    quint64 letters = 0;  // BacklogRow::searchLetters
    quint64 pairs = 0;    // BacklogRow::searchPairs
    ItemId id = 0;

    static SearchKey of(const BacklogRow &row)
    {
        return {row.searchText, row.searchLetters, row.searchPairs, row.id};
    }
};

// The search keys of a backlog's rows, in the backlog's order, laid out for reading
// many rows quickly. A keystroke that filters 100,000 rows spends its time fetching
// each row's text from wherever the heap put it; here every text lies in one buffer,
// in row order, and the masks and ids in one array beside it, so the filter reads
// memory front to back. The owner keeps it in step with the rows: a change of text
// is appended, and the buffer is compacted once more of it is dead than alive.
class SearchTexts
{
public:
    void reset(const QList<BacklogRow> &rows);
    // rows[first, last] were inserted into the backlog; the keys follow.
    void insert(const QList<BacklogRow> &rows, int first, int last);
    void remove(int first, int last);
    // Rows [first, last] moved to before `destination`, as in QAbstractItemModel::rowsMoved.
    void move(int first, int last, int destination);
    // rows[first, last] may have changed.
    void update(const QList<BacklogRow> &rows, int first, int last);

    qsizetype size() const { return qsizetype(m_entries.size()); }
    SearchKey key(qsizetype row) const
    {
        const Entry &e = m_entries[std::size_t(row)];
        return {QStringView(m_buffer).sliced(e.offset, e.length), e.letters, e.pairs, e.id};
    }
    // Asks the processor for a row's key and text ahead of reading them.
    void prefetch(qsizetype row) const
    {
        if (row < size()) {
            const Entry &e = m_entries[std::size_t(row)];
            __builtin_prefetch(m_buffer.constData() + e.offset);
        }
    }
    // The characters the buffer holds, alive or not (for tests and the benchmark).
    qsizetype bufferSize() const { return m_buffer.size(); }

private:
    struct Entry
    {
        quint64 letters = 0;
        quint64 pairs = 0;
        ItemId id = 0;
        qint32 offset = 0;
        qint32 length = 0;
    };

    Entry append(const BacklogRow &row);
    void compactIfWasteful();

    QString m_buffer;
    std::vector<Entry> m_entries;
    qsizetype m_live = 0; // characters of m_buffer that entries point at
};

} // namespace Ordo
