#include "epicsmodel.h"

#include "backlog/backlogmodel.h"
#include "commands/backlogcommands.h"
#include "itemappearance.h"

#include <QHash>
#include <QLocale>
#include <QMimeData>

namespace Ordo {

EpicsModel::EpicsModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &EpicsModel::refresh);
}

void EpicsModel::setBacklog(BacklogModel *model, BacklogEditor *editor, QUndoStack *stack)
{
    if (m_backlog)
        disconnect(m_backlog, nullptr, this, nullptr);
    m_backlog = model;
    m_editor = editor;
    m_stack = stack;
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &EpicsModel::scheduleRefresh);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &EpicsModel::scheduleRefresh);
        connect(model, &QAbstractItemModel::modelReset, this, &EpicsModel::scheduleRefresh);
        // Moving a story changes no epic's progress; moving an epic changes the list's order.
        connect(model, &QAbstractItemModel::rowsMoved, this,
                [this](const QModelIndex &, int start, int end, const QModelIndex &, int destination) {
                    const int count = end - start + 1;
                    const int now = destination > start ? destination - count : destination;
                    for (int row = now; row < now + count; ++row) {
                        if (m_backlog->rowAt(row).type == ItemType::Epic) {
                            scheduleRefresh();
                            return;
                        }
                    }
                });
        // A large reorder (a proposal applied) arrives as one layout change.
        connect(model, &QAbstractItemModel::layoutChanged, this, &EpicsModel::scheduleRefresh);
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    // Renumbered positions after a move change nothing here.
                    if (topLeft.column() != BacklogModel::PositionColumn || bottomRight.column() != BacklogModel::PositionColumn)
                        scheduleRefresh();
                });
    }
    refresh();
}

void EpicsModel::scheduleRefresh() { m_refresh.start(); }

void EpicsModel::refresh()
{
    m_refresh.stop();
    QList<Row> rows;
    Row all{Kind::AllItems, 0, tr("All items"), {}, 0, 0, 0, QList<int>(std::size(allItemStatuses), 0)};
    Row none{Kind::NoEpic, 0, tr("No epic"), {}, 0, 0, 0, QList<int>(std::size(allItemStatuses), 0)};
    rows.append(all);
    rows.append(none);
    if (m_backlog) {
        QHash<ItemId, int> epicRow;
        for (const BacklogRow &row : m_backlog->rows()) {
            if (row.type != ItemType::Epic)
                continue;
            epicRow.insert(row.id, int(rows.size()));
            rows.append({Kind::Epic, row.id, row.title, m_backlog->keyOf(row), 0, 0, 0,
                         QList<int>(std::size(allItemStatuses), 0)});
        }
        for (const BacklogRow &row : m_backlog->rows()) {
            if (row.type == ItemType::Epic)
                continue;
            const double points = row.isEstimated() ? double(row.estimate) : 0.0;
            const bool done = isFinishedStatus(row.status);
            int target = 1; // "No epic"
            if (row.parentId != 0 && epicRow.contains(row.parentId))
                target = epicRow.value(row.parentId);
            for (int r : {0, target}) {
                Row &counted = rows[r];
                ++counted.items;
                ++counted.perStatus[int(row.status)];
                counted.totalPoints += points;
                if (done)
                    counted.donePoints += points;
            }
        }
    }
    // Same rows: update in place (keeps the selection); otherwise reset.
    const bool sameShape = rows.size() == m_rows.size()
                           && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), [](const Row &a, const Row &b) {
                                  return a.kind == b.kind && a.epic == b.epic;
                              });
    if (sameShape) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int EpicsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EpicsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return row.title;
    case Qt::ToolTipRole: return row.key.isEmpty() ? row.title : row.key + QStringLiteral(" ") + row.title;
    case Qt::DecorationRole:
        return row.kind == Kind::Epic ? QVariant(Appearance::typeIcon(ItemType::Epic)) : QVariant();
    case KindRole: return int(row.kind);
    case EpicIdRole: return row.epic;
    case ProgressRole: return row.totalPoints > 0 ? row.donePoints / row.totalPoints : 0.0;
    case SummaryRole: {
        const QLocale locale;
        QStringList parts;
        //: Epic progress: points done of total
        parts.append(tr("%1 of %2 points done").arg(locale.toString(row.donePoints), locale.toString(row.totalPoints)));
        for (ItemStatus status : allItemStatuses) {
            if (const int n = row.perStatus.value(int(status)); n > 0)
                parts.append(QStringLiteral("%1 %2").arg(n).arg(displayName(status).toLower()));
        }
        if (row.items == 0)
            parts.append(tr("no items yet"));
        return parts.join(QStringLiteral(" · "));
    }
    default: return {};
    }
}

Qt::ItemFlags EpicsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_rows.at(index.row()).kind != Kind::AllItems)
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QStringList EpicsModel::mimeTypes() const { return {BacklogModel::itemIdsMimeType()}; }

Qt::DropActions EpicsModel::supportedDropActions() const { return Qt::MoveAction | Qt::CopyAction; }

bool EpicsModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                 const QModelIndex &parent) const
{
    // Only onto an epic or "No epic", never between rows.
    if (!m_editor || row != -1 || !parent.isValid() || m_rows.at(parent.row()).kind == Kind::AllItems)
        return false;
    const QList<ItemId> ids = BacklogModel::itemIdsFromMimeData(data);
    return !ids.isEmpty() && std::all_of(ids.cbegin(), ids.cend(), [this](ItemId id) {
        return m_backlog->rowOf(id) >= 0;
    });
}

bool EpicsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                              const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const Row &target = m_rows.at(parent.row());
    const std::optional<ItemId> epic = target.kind == Kind::Epic ? std::optional<ItemId>(target.epic) : std::nullopt;
    const Status assigned = Commands::setEpic({*m_editor, *m_stack}, BacklogModel::itemIdsFromMimeData(data), epic);
    if (!assigned) {
        emit dropRefused(assigned.errorMessage());
        return false;
    }
    refresh();
    return true;
}

} // namespace Ordo
