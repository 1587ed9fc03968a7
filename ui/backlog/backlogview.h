#pragma once

#include "domain/item.h"

#include <QElapsedTimer>
#include <QTableView>
#include <QTimer>

namespace Ordo {

class BacklogFilterModel;

// The table of the ordered Product Backlog: readable density, type icons,
// status pills, a tint for the active sprint's rows, and drag and drop with a
// line between rows. Near the top or bottom edge during a drag the view
// scrolls, faster the longer the pointer stays there, so an item from the
// bottom of 10,000 reaches the top in one drag.
class BacklogView : public QTableView
{
    Q_OBJECT

public:
    explicit BacklogView(QWidget *parent = nullptr);

    void setFilterModel(BacklogFilterModel *model);
    BacklogFilterModel *filterModel() const { return m_filterModel; }

    // The selected items in backlog order (the current one if none is
    // selected), and the current one.
    QList<ItemId> selectedIds() const;
    ItemId currentId() const;
    // Selects these items (those visible) and makes the first one current.
    void selectIds(const QList<ItemId> &ids);

    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

protected:
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void applyDefaultWidths();
    void applyDefaultVisibility();
    int defaultColumnWidth(int column) const;
    static bool hiddenByDefault(int column);
    // Header context menu: show or hide columns (kept with saveLayout()).
    void showColumnMenu(const QPoint &position);
    void edgeScroll();
    void stopEdgeScroll();

    BacklogFilterModel *m_filterModel = nullptr;
    QTimer m_edgeScrollTimer;
    QElapsedTimer m_edgeScrollSince;
    int m_edgeScrollDirection = 0; // -1 up, +1 down
    qreal m_edgeScrollDepth = 0;   // 0..1, how far into the edge zone the pointer is
};

} // namespace Ordo
