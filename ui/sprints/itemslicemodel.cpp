#include "itemslicemodel.h"

#include "backlog/backlogmodel.h"
#include "itemappearance.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMimeData>

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
    if (m_source) {
        const auto structural = [this] {
            m_sourceRowsDirty = true;
            sync();
        };
        connect(m_source, &QAbstractItemModel::modelReset, this, structural);
        connect(m_source, &QAbstractItemModel::rowsInserted, this, structural);
        connect(m_source, &QAbstractItemModel::rowsRemoved, this, structural);
        connect(m_source, &QAbstractItemModel::rowsMoved, this, structural);
        connect(m_source, &QAbstractItemModel::layoutChanged, this, structural);
        connect(m_source, &QAbstractItemModel::dataChanged, this, &ItemSliceModel::sourceDataChanged);
    }
    beginResetModel();
    m_ids.clear();
    m_positions.clear();
    m_sourceRowsDirty = true;
    endResetModel();
    sync();
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
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ToolTipRole, Qt::DecorationRole});
}

void ItemSliceModel::refresh() { sync(); }

int ItemSliceModel::sourceRowOf(ItemId id) const
{
    if (m_sourceRowsDirty) {
        m_sourceRows.clear();
        m_sourceRows.reserve(m_ids.size());
        const QList<BacklogRow> &rows = m_source->rows();
        for (int i = 0; i < rows.size(); ++i) {
            if (m_positions.contains(rows.at(i).id))
                m_sourceRows.insert(rows.at(i).id, i);
        }
        m_sourceRowsDirty = false;
    }
    return m_sourceRows.value(id, -1);
}

const BacklogRow &ItemSliceModel::rowAt(int row) const { return m_source->rowAt(sourceRowOf(m_ids.at(row))); }

void ItemSliceModel::reindex(int from)
{
    for (int i = from; i < m_ids.size(); ++i)
        m_positions.insert(m_ids.at(i), i);
}

void ItemSliceModel::sync()
{
    QList<ItemId> now;
    if (m_source && m_predicate) {
        for (const BacklogRow &row : m_source->rows()) {
            if (m_predicate(row))
                now.append(row.id);
        }
    }
    if (now == m_ids) {
        emit contentsChanged();
        return;
    }
    const QSet<ItemId> before(m_ids.cbegin(), m_ids.cend());
    const QSet<ItemId> after(now.cbegin(), now.cend());
    if (before == after) {
        // Only the order changed: one layout change keeps selections.
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList persistent = persistentIndexList();
        QList<std::pair<ItemId, int>> held;
        for (const QModelIndex &index : persistent)
            held.append({m_ids.at(index.row()), index.column()});
        m_ids = now;
        m_positions.clear();
        reindex(0);
        QModelIndexList moved;
        for (const auto &[id, column] : held)
            moved.append(index(m_positions.value(id), column));
        changePersistentIndexList(persistent, moved);
        m_sourceRowsDirty = true;
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        beginResetModel();
        m_ids = now;
        m_positions.clear();
        reindex(0);
        m_sourceRowsDirty = true;
        endResetModel();
    }
    emit contentsChanged();
}

int ItemSliceModel::insertionRow(const QString &orderKey) const
{
    int low = 0;
    int high = int(m_ids.size());
    while (low < high) {
        const int mid = (low + high) / 2;
        if (rowAt(mid).orderKey < orderKey)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
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
        const BacklogRow &row = m_source->rowAt(r);
        const bool member = m_predicate(row);
        const int position = m_positions.value(row.id, -1);
        if (member && position >= 0) {
            emit dataChanged(index(position, 0), index(position, ColumnCount - 1));
        } else if (member) {
            const int at = insertionRow(row.orderKey);
            beginInsertRows({}, at, at);
            m_ids.insert(at, row.id);
            reindex(at);
            if (!m_sourceRowsDirty)
                m_sourceRows.insert(row.id, r);
            endInsertRows();
            changed = true;
        } else if (position >= 0) {
            beginRemoveRows({}, position, position);
            m_ids.removeAt(position);
            m_positions.remove(row.id);
            m_sourceRows.remove(row.id);
            reindex(position);
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
    const int sourceRow = sourceRowOf(m_ids.at(index.row()));
    if (sourceRow < 0)
        return {};
    const BacklogRow &row = m_source->rowAt(sourceRow);
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
        return tip;
    }
    case Qt::DecorationRole:
        if (index.column() == TitleColumn && !flagOf(index.row()).isEmpty())
            return Appearance::warningIcon();
        if (index.column() == TypeColumn)
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
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this)
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
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
