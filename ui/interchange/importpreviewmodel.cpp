#include "importpreviewmodel.h"

#include "itemappearance.h"

#include <QLocale>

namespace Ordo {

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportPreviewModel::setSource(const Import::Source *source, const Import::Mapping *mapping)
{
    beginResetModel();
    m_source = source;
    m_mapping = mapping;
    m_byKey.clear();
    m_rows = 0;
    if (m_source && m_mapping) {
        m_rows = int(qMin<qsizetype>(m_source->items.size(), previewRows));
        m_byKey.reserve(m_source->items.size());
        for (qsizetype i = 0; i < m_source->items.size(); ++i) {
            if (const QString &key = m_source->items.at(i).key; !key.isEmpty())
                m_byKey.insert(key, i);
        }
    }
    endResetModel();
}

const Import::SourceItem *ImportPreviewModel::epicOf(const Import::SourceItem &item) const
{
    const Import::SourceItem *parent = &item;
    for (int level = 0; level < 2; ++level) {
        const qsizetype at = m_byKey.value(parent->parentKey, -1);
        if (parent->parentKey.isEmpty() || at < 0)
            return nullptr;
        parent = &m_source->items.at(at);
        if (m_mapping->typeOf(*parent) == ItemType::Epic)
            return parent;
    }
    return nullptr;
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_source)
        return {};
    const Import::SourceItem &item = m_source->items.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case KeyColumn:
            return item.key;
        case TypeColumn:
            return displayName(m_mapping->typeOf(item));
        case TitleColumn:
            return item.title;
        case StatusColumn:
            return displayName(m_mapping->statusOf(item));
        case EstimateColumn:
            return item.estimate ? locale.toString(*item.estimate) : QString();
        case EpicColumn:
            if (m_mapping->typeOf(item) == ItemType::Epic)
                return {};
            if (const Import::SourceItem *epic = epicOf(item))
                return epic->title;
            return {};
        case LabelsColumn:
            return item.labels.join(QStringLiteral(", "));
        case CriteriaColumn:
            if (role == Qt::ToolTipRole)
                return item.criteria.join(QStringLiteral("\n\n"));
            return item.criteria.isEmpty() ? QString() : locale.toString(item.criteria.size());
        case SprintColumn:
            return item.sprints.isEmpty() ? QString() : item.sprints.constLast();
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::DecorationRole && index.column() == TypeColumn)
        return Appearance::typeIcon(m_mapping->typeOf(item));
    if (role == Qt::TextAlignmentRole && (index.column() == EstimateColumn || index.column() == CriteriaColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case KeyColumn:
        return tr("Key");
    case TypeColumn:
        return tr("Type");
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case EstimateColumn:
        return tr("Estimate");
    case EpicColumn:
        return tr("Epic");
    case LabelsColumn:
        return tr("Labels");
    case CriteriaColumn:
        return tr("Criteria");
    case SprintColumn:
        return tr("Sprint");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Ordo
