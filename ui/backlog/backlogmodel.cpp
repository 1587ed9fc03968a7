#include "backlogmodel.h"

#include "itemappearance.h"

#include "backlogeditor.h"
#include "services/backlogfilter.h"
#include "services/readiness.h"

#include <QColor>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QSet>
#include <QUndoStack>
#include <QFont>
#include <QLocale>

namespace Ordo {

BacklogModel::BacklogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BacklogModel::setRows(QList<BacklogRow> rows, QString keyPrefix, SprintId activeSprint)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_keyPrefix = std::move(keyPrefix);
    m_activeSprint = activeSprint;
    m_epicTitles.clear();
    m_dependencyWarnings.clear();
    for (const BacklogRow &row : std::as_const(m_rows)) {
        if (row.type == ItemType::Epic)
            m_epicTitles.insert(row.id, row.title);
    }
    endResetModel();
}

int BacklogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BacklogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int BacklogModel::rowOf(ItemId id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

ItemId BacklogModel::stayingRowAbove(int row, const QList<ItemId> &moving) const
{
    const QSet<ItemId> skip(moving.cbegin(), moving.cend());
    for (int r = qMin(row, int(m_rows.size()) - 1); r >= 0; --r) {
        if (!skip.contains(m_rows.at(r).id))
            return m_rows.at(r).id;
    }
    return 0;
}

QString BacklogModel::keyOf(const BacklogRow &row) const
{
    return QStringLiteral("%1-%2").arg(m_keyPrefix).arg(row.number);
}

QVariant BacklogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BacklogRow &row = m_rows.at(index.row());
    const bool inActiveSprint = m_activeSprint != 0 && row.sprintId == m_activeSprint;

    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case PositionColumn: return index.row() + 1;
        case KeyColumn: return keyOf(row);
        case TypeColumn: return displayName(row.type);
        case TitleColumn: return row.title;
        case EpicColumn: return m_epicTitles.value(row.parentId);
        case EstimateColumn:
            return row.isEstimated() ? QLocale().toString(double(row.estimate)) : QString();
        case StatusColumn: return displayName(row.status);
        case ReadinessColumn:
            if (row.type == ItemType::Epic || isInSprintStatus(row.status) || isFinishedStatus(row.status))
                return QString();
            return isReady(row) ? tr("✓ Ready") : tr("Not ready");
        case LabelsColumn: return row.labels;
        case ColumnCount: break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn && m_dependencyWarnings.contains(row.id)) {
            QStringList keys;
            for (ItemId blocker : m_dependencyWarnings.value(row.id)) {
                const int blockerRow = rowOf(blocker);
                if (blockerRow >= 0)
                    keys.append(keyOf(m_rows.at(blockerRow)));
            }
            //: %1 is the item title, %2 a list of item keys such as ORD-4, ORD-9
            return tr("%1\n\nOrdered above %2, which it depends on. Use “Move Below Its "
                      "Dependencies” to fix the order.")
                .arg(row.title, keys.join(QStringLiteral(", ")));
        }
        if (index.column() == TitleColumn || index.column() == EpicColumn)
            return data(index, Qt::DisplayRole);
        if (index.column() == TypeColumn)
            return displayName(row.type);
        if (index.column() == EstimateColumn && !row.isEstimated())
            return tr("Not estimated yet");
        if (index.column() == ReadinessColumn && Readiness::appliesTo(row.type)) {
            const QStringList missing = readinessShortfalls(row);
            if (missing.isEmpty())
                return tr("Meets the Definition of Ready");
            //: Tooltip of the Readiness column; %1 is a list, one unmet rule per line
            return tr("Not ready for Sprint Planning:\n%1").arg(missing.join(QLatin1Char('\n')));
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == TypeColumn)
            return Appearance::typeIcon(row.type);
        if (index.column() == TitleColumn && m_dependencyWarnings.contains(row.id))
            return Appearance::warningIcon();
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PositionColumn || index.column() == EstimateColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::BackgroundRole:
        // The active sprint's items carry a tint, so the sprint reads as a block at the top.
        if (inActiveSprint)
            return QColor(0xE8, 0xF0, 0xFC);
        break;
    case Qt::ForegroundRole:
        // The Ready badge: green when the item meets the Definition of Ready.
        if (index.column() == ReadinessColumn)
            return isReady(row) ? QColor(0x15, 0x80, 0x3D) : QColor(0x6B, 0x72, 0x80);
        if (isFinishedStatus(row.status) && index.column() != StatusColumn)
            return QColor(0x6B, 0x72, 0x80);
        break;
    case Qt::FontRole:
        if ((row.type == ItemType::Epic && index.column() == TitleColumn)
            || (index.column() == ReadinessColumn && isReady(row))) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::EditRole:
        switch (Column(index.column())) {
        case TitleColumn: return row.title;
        case TypeColumn: return int(row.type);
        case EstimateColumn: return row.isEstimated() ? QVariant(double(row.estimate)) : QVariant();
        case StatusColumn: return int(row.status);
        default: return data(index, Qt::DisplayRole);
        }
    case ItemIdRole: return row.id;
    case ItemTypeRole: return int(row.type);
    case ItemStatusRole: return int(row.status);
    case InActiveSprintRole: return inActiveSprint;
    case OrderKeyRole: return row.orderKey;
    case BlockedByBelowRole: return QVariant::fromValue(m_dependencyWarnings.value(row.id));
    case ReadyRole: return isReady(row);
    default: break;
    }
    return {};
}

QVariant BacklogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    //: Column header: the item's place in the ordered backlog
    case PositionColumn: return tr("#");
    case KeyColumn: return tr("Key");
    case TypeColumn: return tr("Type");
    case TitleColumn: return tr("Title");
    case EpicColumn: return tr("Epic");
    //: Column header: story points
    case EstimateColumn: return tr("Points");
    case StatusColumn: return tr("Status");
    case ReadinessColumn: return tr("Readiness");
    case LabelsColumn: return tr("Labels");
    case ColumnCount: break;
    }
    return {};
}

void BacklogModel::moveRow(int from, int to)
{
    Q_ASSERT(from >= 0 && from < m_rows.size() && to >= 0 && to <= m_rows.size());
    if (to == from || to == from + 1)
        return;
    beginMoveRows({}, from, from, {}, to);
    m_rows.move(from, to > from ? to - 1 : to);
    endMoveRows();
    // Positions between the two places changed.
    const int first = qMin(from, to);
    const int last = qMin(int(m_rows.size()) - 1, qMax(from, to));
    emit dataChanged(index(first, PositionColumn), index(last, PositionColumn), {Qt::DisplayRole});
}

void BacklogModel::placeRow(int row, const QString &orderKey)
{
    // Rows are sorted by key, the moving row included, so lower_bound finds
    // the destination in pre-move indexing, as beginMoveRows wants it.
    const int destination = insertionRow(orderKey);
    moveRow(row, destination);
    const int now = destination > row ? destination - 1 : destination;
    m_rows[now].orderKey = orderKey;
}

void BacklogModel::insertBacklogRow(int at, const BacklogRow &row)
{
    beginInsertRows({}, at, at);
    m_rows.insert(at, row);
    if (row.type == ItemType::Epic)
        m_epicTitles.insert(row.id, row.title);
    endInsertRows();
    if (at + 1 < m_rows.size()) {
        emit dataChanged(index(at + 1, PositionColumn),
                         index(int(m_rows.size()) - 1, PositionColumn),
                         {Qt::DisplayRole});
    }
}

void BacklogModel::removeBacklogRow(int row)
{
    beginRemoveRows({}, row, row);
    const BacklogRow removed = m_rows.takeAt(row);
    endRemoveRows();
    if (removed.type == ItemType::Epic) {
        m_epicTitles.remove(removed.id);
        emitColumnChanged(EpicColumn);
    }
    if (row < m_rows.size()) {
        emit dataChanged(index(row, PositionColumn),
                         index(int(m_rows.size()) - 1, PositionColumn),
                         {Qt::DisplayRole});
    }
}

void BacklogModel::updateBacklogRow(int row, const BacklogRow &updated)
{
    const BacklogRow old = m_rows.at(row);
    m_rows[row] = updated;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (old.type == ItemType::Epic || updated.type == ItemType::Epic) {
        m_epicTitles.remove(old.id);
        if (updated.type == ItemType::Epic)
            m_epicTitles.insert(updated.id, updated.title);
        emitColumnChanged(EpicColumn);
    }
}

void BacklogModel::setOrderKeys(const QList<QString> &keys)
{
    Q_ASSERT(keys.size() == m_rows.size());
    for (qsizetype i = 0; i < keys.size(); ++i)
        m_rows[i].orderKey = keys.at(i);
}

void BacklogModel::setDependencyWarnings(const QHash<ItemId, QList<ItemId>> &warnings)
{
    m_dependencyWarnings = warnings;
    emitColumnChanged(TitleColumn);
}

void BacklogModel::setDefinitionOfReady(const QList<ReadyRule> &rules, double maxStorySize)
{
    if (rules == m_readyRules && maxStorySize == m_maxStorySize)
        return;
    m_readyRules = rules;
    m_maxStorySize = maxStorySize;
    emitColumnChanged(ReadinessColumn);
}

void BacklogModel::setUnfinishedDependencies(const QHash<ItemId, int> &counts)
{
    if (counts == m_unfinishedDependencies)
        return;
    m_unfinishedDependencies = counts;
    emitColumnChanged(ReadinessColumn);
}

void BacklogModel::setKeyPrefix(const QString &keyPrefix)
{
    if (keyPrefix == m_keyPrefix)
        return;
    m_keyPrefix = keyPrefix;
    emitColumnChanged(KeyColumn);
}

bool BacklogModel::isReady(const BacklogRow &row) const
{
    return Readiness::isReady(Readiness::factsOf(row, m_unfinishedDependencies.value(row.id)),
                              m_readyRules,
                              m_maxStorySize);
}

QStringList BacklogModel::readinessShortfalls(const BacklogRow &row) const
{
    const Readiness::Facts facts = Readiness::factsOf(row, m_unfinishedDependencies.value(row.id));
    QStringList lines;
    for (ReadyRule rule : Readiness::unmetRules(facts, m_readyRules, m_maxStorySize))
        lines.append(Readiness::shortfall(rule, facts, m_maxStorySize));
    return lines;
}

void BacklogModel::emitColumnChanged(int column)
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, column), index(int(m_rows.size()) - 1, column));
}

int BacklogModel::insertionRow(const QString &orderKey) const
{
    const auto it = std::lower_bound(m_rows.cbegin(),
                                     m_rows.cend(),
                                     orderKey,
                                     [](const BacklogRow &row, const QString &key) {
                                         return row.orderKey < key;
                                     });
    return int(it - m_rows.cbegin());
}

void BacklogModel::setCommandContext(BacklogEditor *editor, QUndoStack *stack)
{
    m_editor = editor;
    m_stack = stack;
}

bool BacklogModel::report(const Status &status)
{
    if (status)
        return true;
    m_lastError = status.errorMessage();
    emit editRefused(m_lastError);
    return false;
}

Qt::ItemFlags BacklogModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
    switch (Column(index.column())) {
    case TitleColumn:
    case TypeColumn:
    case EstimateColumn:
    case StatusColumn:
        if (m_editor)
            flags |= Qt::ItemIsEditable;
        break;
    default: break;
    }
    return flags;
}

bool BacklogModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editor || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const ItemId id = m_rows.at(index.row()).id;
    const Commands::Context context{*m_editor, *m_stack};
    switch (Column(index.column())) {
    case TitleColumn: return report(Commands::setTitle(context, id, value.toString()));
    case TypeColumn: return report(Commands::setType(context, {id}, ItemType(value.toInt())));
    case EstimateColumn:
        return report(Commands::setEstimate(context,
                                            {id},
                                            value.isValid() && !value.isNull()
                                                ? std::optional<double>(value.toDouble())
                                                : std::nullopt));
    case StatusColumn: return report(Commands::setStatus(context, {id}, ItemStatus(value.toInt())));
    default: return false;
    }
}

QString BacklogModel::itemIdsMimeType() { return QStringLiteral("application/x-ordo-item-ids"); }

QList<ItemId> BacklogModel::itemIdsFromMimeData(const QMimeData *data)
{
    if (!data || !data->hasFormat(itemIdsMimeType()))
        return {};
    QByteArray bytes = data->data(itemIdsMimeType());
    QDataStream stream(&bytes, QIODevice::ReadOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    QList<qint64> ids;
    stream >> ids;
    if (stream.status() != QDataStream::Ok || !stream.atEnd() || ids.isEmpty())
        return {};
    return ids;
}

QStringList BacklogModel::mimeTypes() const { return {itemIdsMimeType()}; }

QMimeData *BacklogModel::mimeData(const QModelIndexList &indexes) const
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
    QList<qint64> ids;
    for (int row : std::as_const(rows))
        ids.append(m_rows.at(row).id);
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << ids;
    auto *data = new QMimeData;
    data->setData(itemIdsMimeType(), bytes);
    return data;
}

Qt::DropActions BacklogModel::supportedDragActions() const { return Qt::MoveAction; }

Qt::DropActions BacklogModel::supportedDropActions() const { return Qt::MoveAction; }

bool BacklogModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                   const QModelIndex &) const
{
    if (!m_editor || action != Qt::MoveAction)
        return false;
    const QList<ItemId> ids = itemIdsFromMimeData(data);
    return !ids.isEmpty() && std::all_of(ids.cbegin(), ids.cend(), [this](ItemId id) {
        return rowOf(id) >= 0;
    });
}

bool BacklogModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<ItemId> ids = itemIdsFromMimeData(data);
    if (row < 0)
        row = parent.isValid() ? parent.row() : int(m_rows.size());
    row = qBound(0, row, int(m_rows.size()));
    // The items go directly below the nearest row above the drop that is not moving.
    return report(Commands::moveItems({*m_editor, *m_stack}, ids, stayingRowAbove(row - 1, ids)));
}

double BacklogModel::totalEstimate() const
{
    double total = 0;
    for (const BacklogRow &row : m_rows) {
        if (row.isEstimated() && row.type != ItemType::Epic)
            total += row.estimate;
    }
    return total;
}

int BacklogModel::countWithStatus(ItemStatus status) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [status](const BacklogRow &row) {
        return row.status == status;
    }));
}

} // namespace Ordo
