#include "backlogview.h"

#include "backlog/backlogfiltermodel.h"
#include "backlog/backlogitemdelegate.h"
#include "backlog/backlogmodel.h"
#include "backlog/statusdelegate.h"

#include <QDragMoveEvent>
#include <QHeaderView>
#include <QItemSelection>
#include <QMenu>
#include <QScrollBar>

#include <algorithm>

namespace Ordo {
namespace {

constexpr int edgeZone = 56;      // pixels at the top and bottom that scroll during a drag
constexpr int edgeScrollTick = 30; // milliseconds

} // namespace

BacklogView::BacklogView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("backlogView"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setCornerButtonEnabled(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::SelectedClicked);
    setIconSize(QSize(16, 16));
    setItemDelegate(new BacklogItemDelegate(this));

    // Drag and drop moves items; the drop indicator is a line between rows.
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDragDropOverwriteMode(false);
    setAutoScroll(false); // replaced by the accelerating edge scroll below

    // Uniform row heights: the view never measures 100,000 rows.
    QHeaderView *rows = verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 14);

    QHeaderView *columns = horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(false);
    columns->setSectionsMovable(true);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(columns, &QHeaderView::customContextMenuRequested, this, &BacklogView::showColumnMenu);

    m_edgeScrollTimer.setInterval(edgeScrollTick);
    connect(&m_edgeScrollTimer, &QTimer::timeout, this, &BacklogView::edgeScroll);
}

void BacklogView::setFilterModel(BacklogFilterModel *model)
{
    m_filterModel = model;
    setModel(model);
    setItemDelegateForColumn(BacklogModel::StatusColumn, new StatusDelegate(this));
    horizontalHeader()->setSectionResizeMode(BacklogModel::TitleColumn, QHeaderView::Stretch);
    applyDefaultWidths();
    applyDefaultVisibility();
}

void BacklogView::applyDefaultWidths()
{
    const QFontMetrics metrics = fontMetrics();
    const auto widthFor = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    setColumnWidth(BacklogModel::PositionColumn, widthFor(QStringLiteral("00000")));
    setColumnWidth(BacklogModel::KeyColumn, widthFor(QStringLiteral("ORD-00000")));
    // Type and status columns fit their longest translated value.
    int typeWidth = 0;
    for (ItemType type : allItemTypes)
        typeWidth = qMax(typeWidth, widthFor(displayName(type)));
    int statusWidth = 0;
    for (ItemStatus status : allItemStatuses)
        statusWidth = qMax(statusWidth, widthFor(displayName(status)));
    setColumnWidth(BacklogModel::TypeColumn, typeWidth + iconSize().width() + 8);
    // The title gets the room: epic and labels show their start and elide.
    setColumnWidth(BacklogModel::EpicColumn, metrics.averageCharWidth() * 12 + 12);
    setColumnWidth(BacklogModel::EstimateColumn, widthFor(tr("Points")));
    setColumnWidth(BacklogModel::StatusColumn, statusWidth + 28);
    setColumnWidth(BacklogModel::ReadinessColumn,
                   qMax(widthFor(tr("Not ready")), widthFor(model() ? model()->headerData(BacklogModel::ReadinessColumn, Qt::Horizontal).toString() : QString())));
    setColumnWidth(BacklogModel::LabelsColumn, metrics.averageCharWidth() * 10 + 12);
    // Scores are short: each column fits its header or its widest value.
    for (int column = BacklogModel::MoscowColumn; column <= BacklogModel::GoalColumn; ++column) {
        const QString header = model() ? model()->headerData(column, Qt::Horizontal).toString() : QString();
        setColumnWidth(column, qMax(widthFor(header), widthFor(QStringLiteral("00.0"))));
    }
    setColumnWidth(BacklogModel::MoscowColumn,
                   qMax(columnWidth(BacklogModel::MoscowColumn), widthFor(tr("Should"))));
    horizontalHeader()->setMinimumSectionSize(metrics.averageCharWidth() * 4);
}

void BacklogView::applyDefaultVisibility()
{
    // MoSCoW and WSJF show by default; the other scores are one click away
    // in the column menu and always in the story editor.
    for (int column : {BacklogModel::BusinessValueColumn, BacklogModel::TimeCriticalityColumn,
                       BacklogModel::RiskReductionColumn, BacklogModel::JobSizeColumn,
                       BacklogModel::KanoColumn, BacklogModel::ValueColumn, BacklogModel::EffortColumn,
                       BacklogModel::ValueForEffortColumn, BacklogModel::GoalColumn}) {
        horizontalHeader()->setSectionHidden(column, true);
    }
}

QList<ItemId> BacklogView::selectedIds() const
{
    QList<int> rows;
    const QModelIndexList selected = selectionModel() ? selectionModel()->selectedRows()
                                                      : QModelIndexList();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    // With nothing selected, the keyboard acts on the current item.
    if (rows.isEmpty() && currentIndex().isValid())
        rows.append(currentIndex().row());
    std::sort(rows.begin(), rows.end());
    QList<ItemId> ids;
    for (int row : std::as_const(rows))
        ids.append(model()->index(row, 0).data(BacklogModel::ItemIdRole).toLongLong());
    return ids;
}

ItemId BacklogView::currentId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(BacklogModel::ItemIdRole).toLongLong() : 0;
}

void BacklogView::selectIds(const QList<ItemId> &ids)
{
    if (!m_filterModel || !m_filterModel->backlogModel())
        return;
    // One lookup for all ids, and one selection range per run of adjacent rows: a health
    // finding may name tens of thousands of items.
    const QHash<ItemId, int> sourceRows = m_filterModel->backlogModel()->rowsOf(ids);
    QList<int> rows;
    rows.reserve(ids.size());
    QModelIndex first;
    for (ItemId id : ids) {
        const int row = m_filterModel->proxyRow(sourceRows.value(id, -1));
        if (row < 0)
            continue;
        rows.append(row);
        if (!first.isValid())
            first = m_filterModel->index(row, BacklogModel::TitleColumn);
    }
    std::sort(rows.begin(), rows.end());
    QItemSelection selection;
    const int lastColumn = m_filterModel->columnCount() - 1;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype end = i;
        while (end + 1 < rows.size() && rows.at(end + 1) <= rows.at(end) + 1)
            ++end;
        selection.append(QItemSelectionRange(m_filterModel->index(rows.at(i), 0),
                                             m_filterModel->index(rows.at(end), lastColumn)));
        i = end + 1;
    }
    if (!first.isValid())
        return;
    selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    scrollTo(first);
}

void BacklogView::showColumnMenu(const QPoint &position)
{
    QHeaderView *header = horizontalHeader();
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    for (int column = 0; column < BacklogModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The title is what a row is about: it stays.
        action->setEnabled(column != BacklogModel::TitleColumn);
        connect(action, &QAction::toggled, this, [header, column](bool shown) {
            header->setSectionHidden(column, !shown);
        });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Reset Columns")), &QAction::triggered, this, [this, header] {
        for (int column = 0; column < BacklogModel::ColumnCount; ++column) {
            header->setSectionHidden(column, false);
            header->moveSection(header->visualIndex(column), column);
        }
        applyDefaultWidths();
        applyDefaultVisibility();
    });
    menu.exec(header->viewport()->mapToGlobal(position));
}

QByteArray BacklogView::saveLayout() const { return horizontalHeader()->saveState(); }

void BacklogView::restoreLayout(const QByteArray &state)
{
    if (!state.isEmpty())
        horizontalHeader()->restoreState(state);
    // A layout saved before a column existed would hide it: keep the count right.
    horizontalHeader()->setSectionResizeMode(BacklogModel::TitleColumn, QHeaderView::Stretch);
}

void BacklogView::dragMoveEvent(QDragMoveEvent *event)
{
    QTableView::dragMoveEvent(event);
    const int y = event->position().toPoint().y();
    const int height = viewport()->height();
    int direction = 0;
    qreal depth = 0;
    if (y < edgeZone) {
        direction = -1;
        depth = qreal(edgeZone - y) / edgeZone;
    } else if (y > height - edgeZone) {
        direction = 1;
        depth = qreal(y - (height - edgeZone)) / edgeZone;
    }
    if (direction == 0) {
        stopEdgeScroll();
        return;
    }
    if (direction != m_edgeScrollDirection)
        m_edgeScrollSince.start();
    m_edgeScrollDirection = direction;
    m_edgeScrollDepth = qBound<qreal>(0.1, depth, 1.0);
    if (!m_edgeScrollTimer.isActive())
        m_edgeScrollTimer.start();
}

void BacklogView::dragLeaveEvent(QDragLeaveEvent *event)
{
    stopEdgeScroll();
    QTableView::dragLeaveEvent(event);
}

void BacklogView::dropEvent(QDropEvent *event)
{
    stopEdgeScroll();
    const QList<ItemId> moved = BacklogModel::itemIdsFromMimeData(event->mimeData());
    QTableView::dropEvent(event);
    // The model moved the rows itself (it has no removeRows for the view to call).
    if (event->isAccepted())
        selectIds(moved);
}

void BacklogView::edgeScroll()
{
    if (m_edgeScrollDirection == 0) {
        stopEdgeScroll();
        return;
    }
    // From a few rows a second to thousands: speed grows with depth and with time held.
    const qreal seconds = m_edgeScrollSince.elapsed() / 1000.0;
    const qreal rowHeight = verticalHeader()->defaultSectionSize();
    const qreal rowsPerTick = (0.25 + 1.5 * m_edgeScrollDepth) * (1.0 + seconds * seconds * 12.0);
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + m_edgeScrollDirection * qMax(1, qRound(rowsPerTick * rowHeight)));
    viewport()->update();
}

void BacklogView::stopEdgeScroll()
{
    m_edgeScrollTimer.stop();
    m_edgeScrollDirection = 0;
}

} // namespace Ordo
