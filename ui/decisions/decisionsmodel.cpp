#include "decisionsmodel.h"

#include "storage/decisionrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Ordo {

DecisionsModel::DecisionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

Status DecisionsModel::reload(const Database *database, const QString &keyPrefix)
{
    QList<DecisionLog::Entry> entries;
    Status result = success();
    if (database) {
        const DecisionRepository repository(*database);
        auto decisions = repository.all();
        auto items = repository.decidedItems();
        if (decisions && items) {
            entries.reserve(decisions->size());
            for (Decision &decision : *decisions) {
                DecisionLog::Entry entry;
                if (decision.itemId) {
                    const auto item = items->constFind(*decision.itemId);
                    if (item != items->cend()) {
                        entry.itemKey = QStringLiteral("%1-%2").arg(keyPrefix).arg(item->number);
                        entry.itemTitle = item->title;
                    } else {
                        //: Item column of the decision log for an item that no longer exists
                        entry.itemKey = tr("Deleted item");
                    }
                }
                entry.decision = std::move(decision);
                entries.append(std::move(entry));
            }
        } else {
            result = decisions ? items.error() : decisions.error();
        }
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    return result;
}

int DecisionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DecisionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DecisionsModel::itemText(const DecisionLog::Entry &entry)
{
    // Word for word what an export writes (DecisionLog's translation context).
    if (entry.itemKey.isEmpty())
        return QCoreApplication::translate("Ordo::DecisionLog", "Whole backlog");
    if (entry.itemTitle.isEmpty())
        return entry.itemKey;
    return QStringLiteral("%1 %2").arg(entry.itemKey, entry.itemTitle);
}

QVariant DecisionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DecisionLog::Entry &entry = m_entries.at(index.row());
    const Decision &decision = entry.decision;
    switch (role) {
    case DecisionIdRole:
        return decision.id;
    case ItemIdRole:
        return decision.itemId ? QVariant(*decision.itemId) : QVariant();
    case StakeholderRole:
        return decision.stakeholder;
    case Qt::ToolTipRole:
        // The table shows the reasoning wrapped, and a long one cut off.
        return decision.reasoning.isEmpty() ? data(index, Qt::DisplayRole)
                                            : QVariant(decision.reasoning);
    case SortRole:
        if (index.column() == DateColumn)
            return decision.decidedAt.toMSecsSinceEpoch();
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case DateColumn:
        return QLocale().toString(decision.decidedAt.toLocalTime(), QLocale::ShortFormat);
    case ItemColumn:
        return itemText(entry);
    case DecisionColumn:
        return decision.decision;
    case ReasoningColumn:
        return decision.reasoning;
    case StakeholderColumn:
        return decision.stakeholder;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DecisionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DateColumn:
        return tr("Date");
    case ItemColumn:
        return tr("Item");
    case DecisionColumn:
        return tr("Decision");
    case ReasoningColumn:
        return tr("Reasoning");
    case StakeholderColumn:
        return tr("Stakeholder");
    case ColumnCount:
        break;
    }
    return {};
}

QStringList DecisionsModel::stakeholders() const
{
    QStringList names;
    QSet<QString> seen;
    for (const DecisionLog::Entry &entry : m_entries) {
        const QString name = entry.decision.stakeholder.trimmed();
        if (!name.isEmpty() && !seen.contains(name.toCaseFolded())) {
            seen.insert(name.toCaseFolded());
            names.append(name);
        }
    }
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a.toCaseFolded(), b.toCaseFolded()) < 0;
    });
    return names;
}

DecisionsFilterModel::DecisionsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DecisionsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void DecisionsFilterModel::setItemFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_itemFilter)
        return;
    m_itemFilter = trimmed;
    invalidateRowsFilter();
}

void DecisionsFilterModel::setStakeholder(const QString &stakeholder)
{
    const QString trimmed = stakeholder.trimmed();
    if (trimmed == m_stakeholder)
        return;
    m_stakeholder = trimmed;
    invalidateRowsFilter();
}

bool DecisionsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const DecisionsModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    const DecisionLog::Entry &entry = model->entryAt(sourceRow);
    if (!m_stakeholder.isEmpty() && QString::compare(entry.decision.stakeholder.trimmed(),
                                                     m_stakeholder,
                                                     Qt::CaseInsensitive) != 0) {
        return false;
    }
    if (m_itemFilter.isEmpty())
        return true;
    // Key and title together, so "ORD-12 Export" finds the item too.
    return DecisionsModel::itemText(entry).contains(m_itemFilter, Qt::CaseInsensitive);
}

QList<DecisionLog::Entry> DecisionsFilterModel::shownEntries() const
{
    QList<DecisionLog::Entry> shown;
    const auto *model = qobject_cast<const DecisionsModel *>(sourceModel());
    if (!model)
        return shown;
    shown.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        shown.append(model->entryAt(mapToSource(index(row, 0)).row()));
    return shown;
}

} // namespace Ordo
