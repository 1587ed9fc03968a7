#include "archivemodel.h"

#include "itemappearance.h"
#include "storage/itemrepository.h"

#include <QLocale>

namespace Ordo {

ArchiveModel::ArchiveModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ArchiveModel::reload(const Database *database, const QString &keyPrefix)
{
    beginResetModel();
    m_rows.clear();
    m_keyPrefix = keyPrefix;
    if (database) {
        if (auto rows = ItemRepository(*database).archivedRows())
            m_rows = std::move(*rows);
    }
    endResetModel();
}

int ArchiveModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArchiveModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArchiveModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BacklogRow &row = m_rows.at(index.row());
    if (role == ItemIdRole)
        return row.id;
    if (role == Qt::DecorationRole && index.column() == TypeColumn)
        return Appearance::typeIcon(row.type);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case KeyColumn: return QStringLiteral("%1-%2").arg(m_keyPrefix).arg(row.number);
    case TypeColumn: return displayName(row.type);
    case TitleColumn: return row.title;
    case EstimateColumn: return row.isEstimated() ? QLocale().toString(double(row.estimate)) : QString();
    case StatusColumn: return displayName(row.status);
    case ColumnCount: break;
    }
    return {};
}

QVariant ArchiveModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case KeyColumn: return tr("Key");
    case TypeColumn: return tr("Type");
    case TitleColumn: return tr("Title");
    case EstimateColumn: return tr("Points");
    case StatusColumn: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Ordo
