#include "backlogfiltermodel.h"

#include "backlogmodel.h"

#include <algorithm>

namespace Ordo {

BacklogFilterModel::BacklogFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{}

void BacklogFilterModel::setBacklogModel(BacklogModel *model)
{
    beginResetModel();
    if (m_backlog)
        disconnect(m_backlog, nullptr, this, nullptr);
    m_backlog = model;
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &BacklogFilterModel::beginResetModel);
        connect(model, &QAbstractItemModel::modelReset, this, &BacklogFilterModel::sourceReset);
        connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, &BacklogFilterModel::sourceRowsAboutToBeMoved);
        connect(model, &QAbstractItemModel::rowsMoved, this, &BacklogFilterModel::sourceRowsMoved);
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &BacklogFilterModel::sourceRowsAboutToBeInserted);
        connect(model, &QAbstractItemModel::rowsInserted, this, &BacklogFilterModel::sourceRowsInserted);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &BacklogFilterModel::sourceRowsAboutToBeRemoved);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &BacklogFilterModel::sourceRowsRemoved);
        connect(model, &QAbstractItemModel::dataChanged, this, &BacklogFilterModel::sourceDataChanged);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
        // A large reorder arrives as one layout change; selection and current row follow it.
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &BacklogFilterModel::sourceLayoutAboutToBeChanged);
        connect(model, &QAbstractItemModel::layoutChanged, this, &BacklogFilterModel::sourceLayoutChanged);
    }
    m_texts.reset(model ? model->rows() : QList<BacklogRow>());
    m_filtering = model && m_filter.isActive();
    m_matcher.reset();
    if (m_filtering)
        m_map = computeMap(matcher());
    endResetModel();
}

BacklogFilterMatcher BacklogFilterModel::matcher() const
{
    const BacklogModel *backlog = m_backlog;
    BacklogFilterMatcher::Context context;
    context.keyPrefix = backlog->keyPrefix();
    context.fullText = m_fullText;
    context.isReady = [backlog](const BacklogRow &row) { return backlog->isReady(row); };
    context.epicsNamed = [backlog](const QString &name) {
        QSet<ItemId> epics;
        const std::optional<int> number = SearchQuery::keyNumber(name, backlog->keyPrefix());
        for (const BacklogRow &row : backlog->rows()) {
            if (row.type == ItemType::Epic
                && ((number && row.number == *number) || QStringView(row.searchText).first(row.title.size()).contains(name)))
                epics.insert(row.id);
        }
        return epics;
    };
    return BacklogFilterMatcher(m_filter, std::move(context));
}

QList<int> BacklogFilterModel::computeMap(const BacklogFilterMatcher &matcher) const
{
    QList<int> map;
    const QList<BacklogRow> &rows = m_backlog->rows();
    for (int i = 0; i < rows.size(); ++i) {
        if (matcher.matches(rows.at(i), m_texts.key(i)))
            map.append(i);
    }
    return map;
}

QList<int> BacklogFilterModel::narrowMap(const BacklogFilterMatcher &matcher) const
{
    QList<int> map;
    map.reserve(m_map.size());
    const QList<BacklogRow> &rows = m_backlog->rows();
    // The rows read are far apart: the text of one a few places ahead is asked for early.
    constexpr qsizetype lookAhead = 8;
    for (qsizetype i = 0; i < m_map.size(); ++i) {
        if (i + lookAhead < m_map.size())
            m_texts.prefetch(m_map.at(i + lookAhead));
        const int row = m_map.at(i);
        if (matcher.matches(rows.at(row), m_texts.key(row)))
            map.append(row);
    }
    return map;
}

QStringList BacklogFilterModel::highlightTerms() const
{
    QStringList terms;
    if (!m_filtering)
        return terms;
    for (const SearchQuery::Term &term : SearchQuery::parse(m_filter.text, m_backlog ? m_backlog->keyPrefix() : QString()).terms) {
        if (!term.exclude && !term.number)
            terms.append(term.text);
    }
    return terms;
}

void BacklogFilterModel::setFilter(const BacklogFilter &filter, const FullTextMatches &fullText)
{
    if (filter == m_filter && fullText == m_fullText)
        return;
    m_filter = filter;
    m_fullText = fullText;
    if (!m_backlog)
        return;

    // A layout change keeps the selection of rows that stay visible.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<int> persistentSourceRows;
    persistentSourceRows.reserve(persistent.size());
    for (const QModelIndex &index : persistent)
        persistentSourceRows.append(sourceRow(index.row()));

    const bool wasFiltering = m_filtering;
    m_filtering = m_filter.isActive();
    if (!m_filtering) {
        m_map.clear();
        m_matcher.reset();
    } else {
        BacklogFilterMatcher next = matcher();
        // Rows that did not match before cannot match a narrower filter.
        m_map = wasFiltering && m_matcher && next.narrows(*m_matcher) ? narrowMap(next) : computeMap(next);
        m_matcher.emplace(std::move(next));
    }

    QModelIndexList updated;
    updated.reserve(persistent.size());
    for (int i = 0; i < persistent.size(); ++i) {
        const int row = proxyRow(persistentSourceRows.at(i));
        updated.append(row >= 0 ? index(row, persistent.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(persistent, updated);
    emit layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
}

void BacklogFilterModel::sourceLayoutAboutToBeChanged()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    // The source moves its own persistent indexes; ours are found again through them.
    m_layoutProxyIndexes = persistentIndexList();
    m_layoutSourceIndexes.clear();
    m_layoutSourceIndexes.reserve(m_layoutProxyIndexes.size());
    for (const QModelIndex &index : std::as_const(m_layoutProxyIndexes))
        m_layoutSourceIndexes.append(QPersistentModelIndex(mapToSource(index)));
}

void BacklogFilterModel::sourceLayoutChanged()
{
    m_texts.reset(m_backlog->rows());
    if (m_filtering) {
        m_matcher.emplace(matcher());
        m_map = computeMap(*m_matcher);
    }
    QModelIndexList updated;
    updated.reserve(m_layoutProxyIndexes.size());
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSourceIndexes))
        updated.append(mapFromSource(source));
    changePersistentIndexList(m_layoutProxyIndexes, updated);
    m_layoutProxyIndexes.clear();
    m_layoutSourceIndexes.clear();
    emit layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
}

int BacklogFilterModel::lowerBound(int sourceRow) const
{
    return int(std::lower_bound(m_map.cbegin(), m_map.cend(), sourceRow) - m_map.cbegin());
}

int BacklogFilterModel::sourceRow(int proxyRow) const
{
    if (!m_filtering)
        return proxyRow;
    return proxyRow >= 0 && proxyRow < m_map.size() ? m_map.at(proxyRow) : -1;
}

int BacklogFilterModel::proxyRow(int sourceRow) const
{
    if (!m_filtering)
        return sourceRow;
    const int i = lowerBound(sourceRow);
    return i < m_map.size() && m_map.at(i) == sourceRow ? i : -1;
}

QModelIndex BacklogFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_backlog)
        return {};
    const int row = sourceRow(proxyIndex.row());
    return row >= 0 ? m_backlog->index(row, proxyIndex.column()) : QModelIndex();
}

QModelIndex BacklogFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const int row = proxyRow(sourceIndex.row());
    return row >= 0 ? createIndex(row, sourceIndex.column()) : QModelIndex();
}

QModelIndex BacklogFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex BacklogFilterModel::parent(const QModelIndex &) const { return {}; }

int BacklogFilterModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_backlog)
        return 0;
    return m_filtering ? int(m_map.size()) : m_backlog->rowCount();
}

int BacklogFilterModel::columnCount(const QModelIndex &parent) const
{
    // The columns are fixed, so the view's header keeps its layout between products.
    return parent.isValid() ? 0 : BacklogModel::ColumnCount;
}

void BacklogFilterModel::sourceReset()
{
    m_texts.reset(m_backlog->rows());
    m_filtering = m_filter.isActive();
    m_matcher.reset();
    if (m_filtering)
        m_matcher.emplace(matcher());
    m_map = m_filtering ? computeMap(*m_matcher) : QList<int>();
    endResetModel();
}

void BacklogFilterModel::sourceRowsAboutToBeMoved(const QModelIndex &, int first, int last,
                                                  const QModelIndex &, int destination)
{
    m_movePending = false;
    if (!m_filtering) {
        m_movePending = beginMoveRows({}, first, last, {}, destination);
        return;
    }
    // Visible rows of the moved block move to where the destination falls among visible rows.
    const int begin = lowerBound(first);
    const int end = lowerBound(last + 1);
    if (begin == end)
        return; // all hidden: the proxy rows stay as they are
    const int proxyDestination = lowerBound(destination);
    if (proxyDestination >= begin && proxyDestination <= end)
        return; // stays in place among visible rows
    m_movePending = beginMoveRows({}, begin, end - 1, {}, proxyDestination);
}

void BacklogFilterModel::sourceRowsMoved(const QModelIndex &, int first, int last,
                                         const QModelIndex &, int destination)
{
    m_texts.move(first, last, destination);
    if (m_filtering) {
        const int count = last - first + 1;
        // Where each source row went, as QList::move does it.
        const auto moved = [&](int row) {
            if (row >= first && row <= last)
                return destination > last ? row + (destination - last - 1) : row - (first - destination);
            if (destination > last && row > last && row < destination)
                return row - count;
            if (destination < first && row >= destination && row < first)
                return row + count;
            return row;
        };
        for (int &row : m_map)
            row = moved(row);
        std::sort(m_map.begin(), m_map.end());
    }
    if (m_movePending) {
        m_movePending = false;
        endMoveRows();
    }
}

void BacklogFilterModel::sourceRowsAboutToBeInserted(const QModelIndex &, int first, int last)
{
    m_insertForwarded = !m_filtering;
    if (m_insertForwarded)
        beginInsertRows({}, first, last);
}

void BacklogFilterModel::sourceRowsInserted(const QModelIndex &, int first, int last)
{
    m_texts.insert(m_backlog->rows(), first, last);
    if (m_insertForwarded) {
        m_insertForwarded = false;
        endInsertRows();
        return;
    }
    const int count = last - first + 1;
    for (int &row : m_map) {
        if (row >= first)
            row += count;
    }
    // Inserted rows (new, restored or recreated items) show if they match.
    const BacklogFilterMatcher matcher = this->matcher();
    QList<int> matching;
    for (int row = first; row <= last; ++row) {
        if (matcher.matches(m_backlog->rowAt(row), m_texts.key(row)))
            matching.append(row);
    }
    if (matching.isEmpty())
        return;
    const int at = lowerBound(first);
    beginInsertRows({}, at, at + int(matching.size()) - 1);
    for (int i = 0; i < matching.size(); ++i)
        m_map.insert(at + i, matching.at(i));
    endInsertRows();
}

void BacklogFilterModel::sourceRowsAboutToBeRemoved(const QModelIndex &, int first, int last)
{
    m_removeForwarded = !m_filtering;
    if (m_removeForwarded) {
        beginRemoveRows({}, first, last);
        return;
    }
    const int begin = lowerBound(first);
    const int end = lowerBound(last + 1);
    if (begin < end) {
        beginRemoveRows({}, begin, end - 1);
        m_map.remove(begin, end - begin);
        endRemoveRows();
    }
}

void BacklogFilterModel::sourceRowsRemoved(const QModelIndex &, int first, int last)
{
    m_texts.remove(first, last);
    if (m_removeForwarded) {
        m_removeForwarded = false;
        endRemoveRows();
        return;
    }
    const int count = last - first + 1;
    for (int &row : m_map) {
        if (row > last)
            row -= count;
    }
}

void BacklogFilterModel::sourceDataChanged(const QModelIndex &topLeft,
                                           const QModelIndex &bottomRight,
                                           const QList<int> &roles)
{
    // Only a change shown in the title or the labels can change a row's search text.
    const auto covers = [&](int column) { return topLeft.column() <= column && column <= bottomRight.column(); };
    if ((covers(BacklogModel::TitleColumn) || covers(BacklogModel::LabelsColumn))
        && (roles.isEmpty() || roles.contains(Qt::DisplayRole) || roles.contains(Qt::EditRole))) {
        m_texts.update(m_backlog->rows(), topLeft.row(), bottomRight.row());
    }
    if (!m_filtering) {
        emit dataChanged(createIndex(topLeft.row(), topLeft.column()),
                         createIndex(bottomRight.row(), bottomRight.column()),
                         roles);
        return;
    }
    const int begin = lowerBound(topLeft.row());
    const int end = lowerBound(bottomRight.row() + 1);
    // A hidden row that changed may match now: the next keystroke looks at every row.
    if (end - begin < bottomRight.row() - topLeft.row() + 1)
        m_matcher.reset();
    if (begin < end)
        emit dataChanged(createIndex(begin, topLeft.column()), createIndex(end - 1, bottomRight.column()), roles);
}

bool BacklogFilterModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int,
                                         int column, const QModelIndex &) const
{
    // Any place between visible rows is a valid destination.
    return m_backlog && m_backlog->canDropMimeData(data, action, -1, column, {});
}

bool BacklogFilterModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                      int column, const QModelIndex &parent)
{
    if (!m_backlog)
        return false;
    // Dropped on a row means "above it"; past the last row means "at the end".
    if (row < 0)
        row = parent.isValid() ? parent.row() : rowCount();
    // Translate to the source row the items go above: the visible row's own row,
    // or just below the last visible row.
    int sourceDestination;
    if (row < rowCount())
        sourceDestination = sourceRow(row);
    else
        sourceDestination = rowCount() > 0 ? sourceRow(rowCount() - 1) + 1 : m_backlog->rowCount();
    return m_backlog->dropMimeData(data, action, sourceDestination, column, {});
}

} // namespace Ordo
