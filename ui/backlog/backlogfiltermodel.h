#pragma once

#include "services/backlogfilter.h"

#include <QAbstractProxyModel>
#include <QList>

namespace Ordo {

class BacklogModel;

// The backlog as the Product Owner filtered it.
//
// QSortFilterProxyModel takes seconds for the first keystroke at 100,000 rows
// and turns every move into a layout change. This proxy keeps a sorted list of
// the visible source rows instead: a keystroke is one pass over the rows that
// can still match (only those shown before, when the text grew), against text
// case-folded when the row was read; the view gets one layout change. A
// mapping is a binary search, and a source move becomes a proxy row move (or
// nothing, if the moved row is hidden). Without a filter it is a pass-through.
//
// Rows that stop matching because of an edit stay visible until the filter
// changes, so an item does not vanish while the Product Owner works on it.
// Inserted rows show only if they match.
class BacklogFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit BacklogFilterModel(QObject *parent = nullptr);

    void setBacklogModel(BacklogModel *model);
    BacklogModel *backlogModel() const { return m_backlog; }

    // Applies a filter; `fullText` holds, per search term, the ids whose longer
    // texts contain it (the story text, description and acceptance criteria).
    void setFilter(const BacklogFilter &filter, const FullTextMatches &fullText = {});
    const BacklogFilter &filter() const { return m_filter; }
    const FullTextMatches &fullText() const { return m_fullText; }
    // The words searched for (case-folded), which views highlight.
    QStringList highlightTerms() const;
    bool isFiltering() const { return m_filtering; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

    // Drops land between visible rows; the items go between those neighbours.
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    int sourceRow(int proxyRow) const;
    // The proxy row of a source row, or -1 if it is hidden.
    int proxyRow(int sourceRow) const;

private:
    void sourceReset();
    void sourceLayoutAboutToBeChanged();
    void sourceLayoutChanged();
    void sourceRowsAboutToBeMoved(const QModelIndex &, int first, int last, const QModelIndex &, int destination);
    void sourceRowsMoved(const QModelIndex &, int first, int last, const QModelIndex &, int destination);
    void sourceRowsAboutToBeInserted(const QModelIndex &, int first, int last);
    void sourceRowsInserted(const QModelIndex &, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &, int first, int last);
    void sourceRowsRemoved(const QModelIndex &, int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    QList<int> computeMap(const BacklogFilterMatcher &matcher) const;
    // The rows of m_map that `matcher` keeps.
    QList<int> narrowMap(const BacklogFilterMatcher &matcher) const;
    BacklogFilterMatcher matcher() const;
    // Index in m_map of the first entry >= sourceRow.
    int lowerBound(int sourceRow) const;

    BacklogModel *m_backlog = nullptr;
    BacklogFilter m_filter;
    FullTextMatches m_fullText;
    std::optional<BacklogFilterMatcher> m_matcher; // what m_map was computed with
    bool m_filtering = false;
    QList<int> m_map; // visible source rows, ascending; only used while filtering
    SearchTexts m_texts; // the source rows' search keys, in step with them
    QModelIndexList m_layoutProxyIndexes;                // during a source layout change
    QList<QPersistentModelIndex> m_layoutSourceIndexes; // their source items
    bool m_movePending = false; // a proxy move was begun in aboutToBeMoved
    bool m_insertForwarded = false;
    bool m_removeForwarded = false;
};

} // namespace Ordo
