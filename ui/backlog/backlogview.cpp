#include "backlogview.h"

#include "backlog/backlogfiltermodel.h"
#include "backlog/backlogitemdelegate.h"
#include "backlog/backlogmodel.h"
#include "backlog/statusdelegate.h"

#include <QDataStream>
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
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setMinimumSectionSize(fontMetrics().averageCharWidth() * 4);
    connect(columns, &QHeaderView::customContextMenuRequested, this, &BacklogView::showColumnMenu);
    // A width set by hand is kept; the title's is what the others leave, so it is not.
    connect(columns, &QHeaderView::sectionResized, this, [this](int column, int, int width) {
        if (m_fitting || column == BacklogModel::TitleColumn || horizontalHeader()->isSectionHidden(column) || width == 0)
            return;
        m_userWidths.insert(column, width);
        scheduleFit();
    });
    connect(columns, &QHeaderView::sectionCountChanged, this, &BacklogView::scheduleFit);
    m_fitTimer.setSingleShot(true);
    m_fitTimer.setInterval(0);
    connect(&m_fitTimer, &QTimer::timeout, this, &BacklogView::fitColumns);

    m_edgeScrollTimer.setInterval(edgeScrollTick);
    connect(&m_edgeScrollTimer, &QTimer::timeout, this, &BacklogView::edgeScroll);
}

void BacklogView::setFilterModel(BacklogFilterModel *model)
{
    m_filterModel = model;
    setModel(model);
    setItemDelegateForColumn(BacklogModel::StatusColumn, new StatusDelegate(this));
    applyDefaultOrder();
    applyDefaultVisibility();
    // The words searched for are marked. The columns fit the product's contents when it is
    // read, not every keystroke's rows: they stay put while the Product Owner types.
    const auto searched = [this] {
        if (auto *delegate = qobject_cast<BacklogItemDelegate *>(itemDelegate()))
            delegate->setHighlightTerms(m_filterModel->highlightTerms());
        viewport()->update();
    };
    connect(model, &QAbstractItemModel::layoutChanged, this, searched);
    connect(model, &QAbstractItemModel::modelReset, this, searched);
    connect(model, &QAbstractItemModel::modelReset, this, &BacklogView::scheduleFit);
    scheduleFit();
}

bool BacklogView::viewportEvent(QEvent *event)
{
    // The viewport also changes width when the vertical scroll bar comes or goes.
    if (event->type() == QEvent::Resize)
        scheduleFit();
    return QTableView::viewportEvent(event);
}

void BacklogView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitColumns();
}

void BacklogView::scheduleFit()
{
    if (!m_fitTimer.isActive())
        m_fitTimer.start();
}

int BacklogView::naturalWidth(int column) const
{
    const QFontMetrics metrics = fontMetrics();
    const int header = horizontalHeader()->sectionSizeHint(column);
    switch (column) {
    // As many digits as the backlog has rows.
    case BacklogModel::PositionColumn:
        return qMax(header, metrics.horizontalAdvance(QString(QString::number(model() ? model()->rowCount() : 0).size(),
                                                              QLatin1Char('0')))
                                + 20);
    // The keys on screen (and up to a thousand more).
    case BacklogModel::KeyColumn:
        return qMax(header, model() && model()->rowCount() > 0 ? sizeHintForColumn(column) : defaultColumnWidth(column));
    // Their widest value is known (a translated name); rows need not be looked at.
    case BacklogModel::TypeColumn:
    case BacklogModel::StatusColumn:
    case BacklogModel::ReadinessColumn:
    case BacklogModel::MoscowColumn:
    case BacklogModel::KanoColumn:
    case BacklogModel::GoalColumn:
        return qMax(header, defaultColumnWidth(column));
    default:
        break;
    }
    // The rows on screen (and up to a thousand more) say how wide the texts and numbers are.
    const int contents = model() && model()->rowCount() > 0 ? sizeHintForColumn(column) : 0;
    const int maximum = column == BacklogModel::EpicColumn || column == BacklogModel::LabelsColumn
                            ? metrics.averageCharWidth() * 18 + 16
                            : metrics.averageCharWidth() * 8 + 16;
    const int low = defaultColumnWidth(column);
    return qBound(low, qMax(header, contents), std::max({maximum, header, low}));
}

void BacklogView::fitColumns()
{
    if (!model() || m_fitting)
        return;
    m_fitting = true;
    QHeaderView *header = horizontalHeader();
    const int available = viewport()->width();
    const int minimum = header->minimumSectionSize();
    QHash<int, int> widths;
    int used = 0;
    int widest = 0;
    for (int column = 0; column < BacklogModel::ColumnCount; ++column) {
        if (column == BacklogModel::TitleColumn || header->isSectionHidden(column))
            continue;
        const auto user = m_userWidths.constFind(column);
        const int width = user != m_userWidths.cend() ? *user : naturalWidth(column);
        widths.insert(column, width);
        used += width;
        widest = qMax(widest, width);
    }
    // The title is never narrower than the widest other column, nor than a readable phrase,
    // nor than two fifths of the table: the other columns give up their width first.
    const int titleFloor = qMax(widest, fontMetrics().averageCharWidth() * 30);
    const int titleMinimum = qMax(titleFloor, available * 2 / 5);
    // First the epic and the labels (they show their start), down to a few characters; then
    // readiness and the scores; then type, estimate and status. Position and key stay whole.
    const auto tierOf = [](int column) {
        switch (column) {
        case BacklogModel::EpicColumn:
        case BacklogModel::LabelsColumn: return 0;
        case BacklogModel::TypeColumn:
        case BacklogModel::StatusColumn:
        case BacklogModel::EstimateColumn: return 2;
        case BacklogModel::PositionColumn:
        case BacklogModel::KeyColumn: return 3;
        default: return 1; // readiness and the scores
        }
    };
    const int labelMinimum = fontMetrics().averageCharWidth() * 7;
    for (int tier = 0; tier < 3 && available - used < titleMinimum; ++tier) {
        QHash<int, int> room; // how much each column of this tier may give up
        int giving = 0;
        for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
            if (tierOf(it.key()) != tier || m_userWidths.contains(it.key()))
                continue;
            const int floor = tier == 0 ? qMax(minimum, labelMinimum) : minimum;
            const int give = qMax(0, it.value() - floor);
            room.insert(it.key(), give);
            giving += give;
        }
        if (giving == 0)
            continue;
        const int taken = qMin(titleMinimum - (available - used), giving);
        int left = taken;
        for (auto it = room.cbegin(); it != room.cend() && left > 0; ++it) {
            const int share = qMin(left, int(qint64(taken) * it.value() / giving + 1));
            widths[it.key()] -= share;
            left -= share;
        }
        used -= taken - left;
    }
    for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
        if (header->sectionSize(it.key()) != it.value())
            header->resizeSection(it.key(), it.value());
    }
    // The title takes what the others leave as the header sized them (it keeps each at least
    // at its minimum); where they cannot give enough, less than two fifths before the table
    // scrolls sideways.
    int others = 0;
    for (auto it = widths.cbegin(); it != widths.cend(); ++it)
        others += header->sectionSize(it.key());
    const int title = qMax(titleFloor, available - others);
    if (header->sectionSize(BacklogModel::TitleColumn) != title)
        header->resizeSection(BacklogModel::TitleColumn, title);
    m_fitting = false;
}

int BacklogView::defaultColumnWidth(int column) const
{
    const QFontMetrics metrics = fontMetrics();
    const auto widthFor = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    // Each column fits its header and its longest translated value.
    const auto widest = [&widthFor](const auto &values) {
        int width = 0;
        for (const auto value : values)
            width = qMax(width, widthFor(displayName(value)));
        return width;
    };
    const int header = widthFor(model() ? model()->headerData(column, Qt::Horizontal).toString() : QString());
    switch (column) {
    case BacklogModel::PositionColumn: return widthFor(QStringLiteral("00000"));
    case BacklogModel::KeyColumn: return widthFor(QStringLiteral("ORD-00000"));
    case BacklogModel::TypeColumn: return widest(allItemTypes) + iconSize().width() + 8;
    // The title gets the room (it stretches): epic and labels show their start and elide.
    case BacklogModel::EpicColumn: return metrics.averageCharWidth() * 12 + 12;
    case BacklogModel::EstimateColumn: return widthFor(tr("Points"));
    case BacklogModel::StatusColumn: return widest(allItemStatuses) + 28;
    case BacklogModel::ReadinessColumn: return qMax(widthFor(tr("Not ready")), header);
    case BacklogModel::LabelsColumn: return metrics.averageCharWidth() * 10 + 12;
    case BacklogModel::MoscowColumn: return qMax(header, widest(allMoSCoW));
    case BacklogModel::KanoColumn: return qMax(header, widest(allKanoCategories));
    default:
        // The other scores are short numbers.
        return qMax(header, widthFor(QStringLiteral("00.0")));
    }
}

bool BacklogView::hiddenByDefault(int column)
{
    // MoSCoW and WSJF show by default; the other scores are one click away
    // in the column menu and always in the story editor.
    switch (column) {
    case BacklogModel::BusinessValueColumn:
    case BacklogModel::TimeCriticalityColumn:
    case BacklogModel::RiskReductionColumn:
    case BacklogModel::JobSizeColumn:
    case BacklogModel::KanoColumn:
    case BacklogModel::ValueColumn:
    case BacklogModel::EffortColumn:
    case BacklogModel::ValueForEffortColumn:
    case BacklogModel::GoalColumn: return true;
    default: return false;
    }
}

void BacklogView::applyDefaultOrder()
{
    // The model's order, but the position first.
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < BacklogModel::ColumnCount; ++column)
        header->moveSection(header->visualIndex(column), column);
    header->moveSection(header->visualIndex(BacklogModel::PositionColumn), 0);
}

void BacklogView::applyDefaultVisibility()
{
    for (int column = 0; column < BacklogModel::ColumnCount; ++column)
        horizontalHeader()->setSectionHidden(column, hiddenByDefault(column));
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
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            fitColumns();
        });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Reset Columns")), &QAction::triggered, this, [this, header] {
        for (int column = 0; column < BacklogModel::ColumnCount; ++column)
            header->setSectionHidden(column, false);
        applyDefaultOrder();
        m_userWidths.clear();
        applyDefaultVisibility();
        fitColumns();
    });
    menu.exec(header->viewport()->mapToGlobal(position));
}

namespace {
// A saved layout starts with this tag and the number of columns it knew. Layouts saved with
// another tag ("ORCL") or none had the position as the model's first column, before the key:
// their sections would land on the wrong columns, so they are not restored.
constexpr quint32 layoutTag = 0x4F524332; // "ORC2"
} // namespace

QByteArray BacklogView::saveLayout() const
{
    QByteArray layout;
    QDataStream stream(&layout, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << layoutTag << qint32(BacklogModel::ColumnCount) << horizontalHeader()->saveState();
    // The widths set by hand; the others follow the contents and the window.
    QHash<qint32, qint32> userWidths;
    for (auto it = m_userWidths.cbegin(); it != m_userWidths.cend(); ++it)
        userWidths.insert(it.key(), it.value());
    stream << userWidths;
    return layout;
}

void BacklogView::restoreLayout(const QByteArray &layout)
{
    if (!layout.isEmpty()) {
        QByteArray headerState = layout;
        int knownColumns = BacklogModel::ColumnCount;
        QDataStream stream(layout);
        stream.setVersion(QDataStream::Qt_6_4);
        quint32 tag = 0;
        stream >> tag;
        m_userWidths.clear();
        if (tag != layoutTag) {
            headerState.clear();
        } else {
            qint32 columns = 0;
            stream >> columns >> headerState;
            knownColumns = stream.status() == QDataStream::Ok ? columns : BacklogModel::ColumnCount;
            QHash<qint32, qint32> userWidths;
            stream >> userWidths; // absent from layouts saved before widths were kept
            if (stream.status() == QDataStream::Ok) {
                for (auto it = userWidths.cbegin(); it != userWidths.cend(); ++it) {
                    if (it.key() >= 0 && it.key() < BacklogModel::ColumnCount && it.key() != BacklogModel::TitleColumn
                        && it.value() > 0)
                        m_userWidths.insert(it.key(), it.value());
                }
            }
        }
        // Restoring resizes sections: those are not the Product Owner's widths.
        m_fitting = true;
        const bool restored = !headerState.isEmpty() && horizontalHeader()->restoreState(headerState);
        m_fitting = false;
        if (restored) {
            // Columns added since the layout was saved start as a new user would see them.
            for (int column = qMax(knownColumns, 0); column < BacklogModel::ColumnCount; ++column)
                horizontalHeader()->setSectionHidden(column, hiddenByDefault(column));
        }
    }
    // Layouts of earlier versions stretched the title; every column is laid out here now.
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(false);
    fitColumns();
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
