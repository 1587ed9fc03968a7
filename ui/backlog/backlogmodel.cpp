#include "backlogmodel.h"

#include "itemappearance.h"

#include <QColor>
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
        case LabelsColumn: return row.labels;
        case ColumnCount: break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn || index.column() == EpicColumn)
            return data(index, Qt::DisplayRole);
        if (index.column() == TypeColumn)
            return displayName(row.type);
        if (index.column() == EstimateColumn && !row.isEstimated())
            return tr("Not estimated yet");
        break;
    case Qt::DecorationRole:
        if (index.column() == TypeColumn)
            return Appearance::typeIcon(row.type);
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
        if (isFinishedStatus(row.status) && index.column() != StatusColumn)
            return QColor(0x6B, 0x72, 0x80);
        break;
    case Qt::FontRole:
        if (row.type == ItemType::Epic && index.column() == TitleColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case ItemIdRole: return row.id;
    case ItemTypeRole: return int(row.type);
    case ItemStatusRole: return int(row.status);
    case InActiveSprintRole: return inActiveSprint;
    case OrderKeyRole: return row.orderKey;
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
    case LabelsColumn: return tr("Labels");
    case ColumnCount: break;
    }
    return {};
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
