#include "itemslicemodel.h"

#include "backlog/backlogmodel.h"
#include "itemappearance.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMimeData>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace Ordo {
namespace {

// Edits of more rows than this at once are re-read whole.
constexpr int incrementalUpTo = 64;

} // namespace

ItemSliceModel::ItemSliceModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ItemSliceModel::setSource(BacklogModel *source)
{
    if (m_source == source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    connectSource();
    beginResetModel();
    m_ids.clear();
    m_rows.clear();
    endResetModel();
    sync();
}

void ItemSliceModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    connectSource();
    sync();
}

void ItemSliceModel::connectSource()
{
    if (m_source && m_active) {
        // A reset or a re-sort of the backlog (thousands of rows placed at once) resets the slice:
        // its row numbers are stale from the moment the backlog changes, so views must not read
        // them in between.
        connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this, &ItemSliceModel::sourceAboutToReset);
        connect(m_source, &QAbstractItemModel::layoutAboutToBeChanged, this, &ItemSliceModel::sourceAboutToReset);
        connect(m_source, &QAbstractItemModel::modelReset, this, &ItemSliceModel::sourceReset);
        connect(m_source, &QAbstractItemModel::layoutChanged, this, &ItemSliceModel::sourceReset);
        connect(m_source, &QAbstractItemModel::rowsInserted, this, &ItemSliceModel::sourceRowsInserted);
        connect(m_source, &QAbstractItemModel::rowsAboutToBeRemoved, this, &ItemSliceModel::sourceRowsAboutToBeRemoved);
        connect(m_source, &QAbstractItemModel::rowsRemoved, this, &ItemSliceModel::sourceRowsRemoved);
        connect(m_source, &QAbstractItemModel::rowsMoved, this, &ItemSliceModel::sourceRowsMoved);
        connect(m_source, &QAbstractItemModel::dataChanged, this, &ItemSliceModel::sourceDataChanged);
    }
}

void ItemSliceModel::setPredicate(Predicate predicate)
{
    m_predicate = std::move(predicate);
    sync();
}

void ItemSliceModel::setFlagger(Flagger flagger)
{
    m_flagger = std::move(flagger);
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ToolTipRole, Qt::DecorationRole, FlagRole});
}

void ItemSliceModel::refresh() { sync(); }

const BacklogRow &ItemSliceModel::rowAt(int row) const
{
    const BacklogRow &found = m_source->rowAt(m_rows.at(row));
    Q_ASSERT(found.id == m_ids.at(row));
    return found;
}

int ItemSliceModel::lowerBound(int sourceRow) const
{
    return int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), sourceRow) - m_rows.cbegin());
}

void ItemSliceModel::insertMember(int sourceRow)
{
    const int at = lowerBound(sourceRow);
    beginInsertRows({}, at, at);
    m_ids.insert(at, m_source->rowAt(sourceRow).id);
    m_rows.insert(at, sourceRow);
    endInsertRows();
}

void ItemSliceModel::sync()
{
    QList<ItemId> ids;
    QList<int> rows;
    if (m_source && m_predicate && m_active) {
        const QList<BacklogRow> &all = m_source->rows();
        for (int i = 0; i < all.size(); ++i) {
            if (m_predicate(all.at(i))) {
                ids.append(all.at(i).id);
                rows.append(i);
            }
        }
    }
    if (std::equal(ids.cbegin(), ids.cend(), m_ids.cbegin(), m_ids.cend())) {
        m_rows = std::move(rows);
        emit contentsChanged();
        return;
    }
    const QSet<ItemId> before(m_ids.cbegin(), m_ids.cend());
    const QSet<ItemId> after(ids.cbegin(), ids.cend());
    if (before == after) {
        // Only the order changed: one layout change keeps selections.
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList persistent = persistentIndexList();
        QList<std::pair<ItemId, int>> held;
        for (const QModelIndex &index : persistent)
            held.append({m_ids.at(index.row()), index.column()});
        m_ids = std::move(ids);
        m_rows = std::move(rows);
        QHash<ItemId, int> position;
        for (int i = 0; i < m_ids.size(); ++i)
            position.insert(m_ids.at(i), i);
        QModelIndexList moved;
        for (const auto &[id, column] : held)
            moved.append(index(position.value(id), column));
        changePersistentIndexList(persistent, moved);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        beginResetModel();
        m_ids = std::move(ids);
        m_rows = std::move(rows);
        endResetModel();
    }
    emit contentsChanged();
}

void ItemSliceModel::scheduleContentsChanged()
{
    // Inside the backlog's own signal other slices have not caught up yet: listeners that read
    // several slices hear of it once the signal is over.
    if (m_contentsChangePending)
        return;
    m_contentsChangePending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_contentsChangePending = false;
            emit contentsChanged();
        },
        Qt::QueuedConnection);
}

void ItemSliceModel::sourceAboutToReset()
{
    if (m_resetting)
        return;
    m_resetting = true;
    beginResetModel();
}

void ItemSliceModel::sourceReset()
{
    if (!m_resetting)
        return;
    m_ids.clear();
    m_rows.clear();
    if (m_source && m_predicate && m_active) {
        const QList<BacklogRow> &all = m_source->rows();
        for (int i = 0; i < all.size(); ++i) {
            if (m_predicate(all.at(i))) {
                m_ids.append(all.at(i).id);
                m_rows.append(i);
            }
        }
    }
    m_resetting = false;
    endResetModel();
    scheduleContentsChanged();
}

void ItemSliceModel::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (qsizetype i = lowerBound(first); i < m_rows.size(); ++i)
        m_rows[i] += count;
    bool changed = false;
    if (m_predicate) {
        for (int r = first; r <= last; ++r) {
            if (m_predicate(m_source->rowAt(r))) {
                insertMember(r);
                changed = true;
            }
        }
    }
    if (changed)
        scheduleContentsChanged();
}

void ItemSliceModel::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int from = lowerBound(first);
    const int to = lowerBound(last + 1);
    if (from < to) {
        beginRemoveRows({}, from, to - 1);
        m_ids.remove(from, to - from);
        m_rows.remove(from, to - from);
        endRemoveRows();
    }
}

void ItemSliceModel::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (qsizetype i = lowerBound(first); i < m_rows.size(); ++i)
        m_rows[i] -= count;
    scheduleContentsChanged();
}

void ItemSliceModel::sourceRowsMoved(const QModelIndex &parent, int start, int end, const QModelIndex &, int destination)
{
    if (parent.isValid())
        return;
    const int count = end - start + 1;
    // Where each source row is after the move (destination is before the move, as Qt gives it).
    const auto moved = [&](int row) {
        if (row >= start && row <= end)
            return destination > end ? row - start + destination - count : row - start + destination;
        if (destination > end && row > end && row < destination)
            return row - count;
        if (destination < start && row >= destination && row < start)
            return row + count;
        return row;
    };
    // The slice rows of the moving items (before), and whether the order among members changes.
    const int movingFrom = lowerBound(start);
    const int movingTo = lowerBound(end + 1);
    for (int &row : m_rows)
        row = moved(row);
    if (std::is_sorted(m_rows.cbegin(), m_rows.cend()))
        return; // no member passed another: nothing the views see
    if (movingTo - movingFrom == 1) {
        // One member moved: one row move of the slice.
        const int sourceRow = m_rows.at(movingFrom);
        const ItemId id = m_ids.at(movingFrom);
        m_rows.removeAt(movingFrom);
        m_ids.removeAt(movingFrom);
        const int target = lowerBound(sourceRow);
        m_rows.insert(movingFrom, sourceRow);
        m_ids.insert(movingFrom, id);
        // beginMoveRows wants the destination before the move.
        const int destinationRow = target >= movingFrom ? target + 1 : target;
        if (beginMoveRows({}, movingFrom, movingFrom, {}, destinationRow)) {
            m_rows.removeAt(movingFrom);
            m_ids.removeAt(movingFrom);
            m_rows.insert(target, sourceRow);
            m_ids.insert(target, id);
            endMoveRows();
        }
        return;
    }
    // Several: re-sort as one layout change.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<std::pair<ItemId, int>> held;
    for (const QModelIndex &index : persistent)
        held.append({m_ids.at(index.row()), index.column()});
    QList<int> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](int a, int b) { return m_rows.at(a) < m_rows.at(b); });
    QList<ItemId> ids;
    QList<int> rows;
    for (int i : std::as_const(order)) {
        ids.append(m_ids.at(i));
        rows.append(m_rows.at(i));
    }
    m_ids = std::move(ids);
    m_rows = std::move(rows);
    QModelIndexList now;
    for (const auto &[id, column] : held)
        now.append(index(rowOfId(id), column));
    changePersistentIndexList(persistent, now);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ItemSliceModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!m_predicate || !topLeft.isValid())
        return;
    if (bottomRight.row() - topLeft.row() >= incrementalUpTo) {
        sync();
        if (!m_ids.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    bool changed = false;
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        const bool member = m_predicate(m_source->rowAt(r));
        const int at = lowerBound(r);
        const bool was = at < m_rows.size() && m_rows.at(at) == r;
        if (member && was) {
            emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
        } else if (member) {
            insertMember(r);
            changed = true;
        } else if (was) {
            beginRemoveRows({}, at, at);
            m_ids.removeAt(at);
            m_rows.removeAt(at);
            endRemoveRows();
            changed = true;
        }
    }
    if (changed)
        emit contentsChanged();
}

int ItemSliceModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_ids.size()); }

int ItemSliceModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ItemSliceModel::flagOf(int row) const { return m_flagger ? m_flagger(rowAt(row)) : QString(); }

QVariant ItemSliceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int sourceRow = m_rows.at(index.row());
    const BacklogRow &row = rowAt(index.row());
    if (role == FlagRole)
        return flagOf(index.row());
    if (role >= Qt::UserRole)
        return m_source->data(m_source->index(sourceRow, BacklogModel::TitleColumn), role);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn: return m_source->keyOf(row);
        case TypeColumn: return displayName(row.type);
        case TitleColumn: return row.title;
        case PointsColumn: return row.isEstimated() ? QLocale().toString(row.estimate, 'g', 3) : QStringLiteral("–");
        case StatusColumn: return displayName(row.status);
        default: return {};
        }
    case Qt::CheckStateRole:
        if (index.column() == GoalColumn && m_goalHandler)
            return row.servesSprintGoal ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole: {
        QString tip = row.title;
        const QString flag = flagOf(index.row());
        if (!flag.isEmpty())
            tip += QStringLiteral("\n") + flag;
        if (index.column() == GoalColumn)
            return tr("Serves the sprint goal: what the team keeps when something must give");
        if (index.column() == KeyColumn)
            return displayName(row.type);
        return tip;
    }
    case Qt::DecorationRole:
        if (index.column() == TitleColumn && !flagOf(index.row()).isEmpty())
            return Appearance::warningIcon();
        if (index.column() == TypeColumn || index.column() == KeyColumn)
            return Appearance::typeIcon(row.type);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PointsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant ItemSliceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn: return tr("Key");
    case TypeColumn: return tr("Type");
    case TitleColumn: return tr("Title");
    case PointsColumn: return tr("Points");
    case StatusColumn: return tr("Status");
    case GoalColumn: return tr("Goal");
    default: return {};
    }
}

Qt::ItemFlags ItemSliceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_dropHandler ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.column() == GoalColumn && m_goalHandler)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool ItemSliceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != GoalColumn || !m_goalHandler || !index.isValid())
        return false;
    const Status status = m_goalHandler(m_ids.at(index.row()), value.toInt() == Qt::Checked);
    if (!status)
        emit dropRefused(status.errorMessage());
    return bool(status);
}

QStringList ItemSliceModel::mimeTypes() const { return {BacklogModel::itemIdsMimeType()}; }

QMimeData *ItemSliceModel::mimeData(const QModelIndexList &indexes) const
{
    const QList<int> rows = BacklogModel::draggedRows(indexes, this);
    if (rows.isEmpty())
        return nullptr;
    QList<ItemId> ids;
    for (int row : std::as_const(rows))
        ids.append(m_ids.at(row));
    return BacklogModel::mimeDataFor(ids);
}

Qt::DropActions ItemSliceModel::supportedDragActions() const { return Qt::MoveAction; }

Qt::DropActions ItemSliceModel::supportedDropActions() const { return Qt::MoveAction; }

bool ItemSliceModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    if (!m_dropHandler || !m_source || action != Qt::MoveAction || !data)
        return false;
    const QList<ItemId> ids = BacklogModel::itemIdsFromMimeData(data);
    if (ids.isEmpty())
        return false;
    // Only items of this backlog: an archived or deleted item is not among its rows.
    const QHash<ItemId, int> rows = m_source->rowsOf(ids);
    return std::none_of(rows.cbegin(), rows.cend(), [](int row) { return row < 0; });
}

bool ItemSliceModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        if (m_dropHandler && data && data->hasFormat(BacklogModel::itemIdsMimeType()))
            emit dropRefused(tr("These items are no longer in the backlog: they were archived or deleted."));
        return false;
    }
    if (row < 0 && parent.isValid())
        row = parent.row();
    const Status status = m_dropHandler(BacklogModel::itemIdsFromMimeData(data), row);
    if (!status) {
        emit dropRefused(status.errorMessage());
        return false;
    }
    // The action moved the items itself: the view must not remove the dragged rows.
    return false;
}

double ItemSliceModel::points() const
{
    double total = 0;
    for (int i = 0; i < m_ids.size(); ++i) {
        const BacklogRow &row = rowAt(i);
        if (row.isEstimated())
            total += row.estimate;
    }
    return total;
}

int ItemSliceModel::unestimatedCount() const
{
    int count = 0;
    for (int i = 0; i < m_ids.size(); ++i)
        count += rowAt(i).isEstimated() ? 0 : 1;
    return count;
}

} // namespace Ordo
