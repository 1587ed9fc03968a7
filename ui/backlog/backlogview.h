#pragma once

#include "domain/item.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTableView>
#include <QTimer>

namespace Ordo {

class BacklogFilterModel;

// The table of the ordered Product Backlog: readable density, type icons,
// status pills, a tint for the active sprint's rows, and drag and drop with a
// line between rows. Near the top or bottom edge during a drag the view
// scrolls, faster the longer the pointer stays there, so an item from the
// bottom of 10,000 reaches the top in one drag.
//
// The title takes the width the other columns leave, and never less than the
// widest of them or two fifths of the table: the other columns fit their
// contents up to a maximum, and give up width (down to a few characters)
// before the title does. A width the
// Product Owner sets by dragging a column's edge is kept, per column.
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
    // Widths the Product Owner set, by column.
    const QHash<int, int> &userWidths() const { return m_userWidths; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void applyDefaultOrder();
    void applyDefaultVisibility();
    // The width a column fits its header and contents in, up to its maximum.
    int naturalWidth(int column) const;
    int defaultColumnWidth(int column) const;
    // Lays the columns out in the viewport's width (see the class comment).
    void fitColumns();
    void scheduleFit();
    static bool hiddenByDefault(int column);
    // Header context menu: show or hide columns (kept with saveLayout()).
    void showColumnMenu(const QPoint &position);
    void edgeScroll();
    void stopEdgeScroll();

    BacklogFilterModel *m_filterModel = nullptr;
    QHash<int, int> m_userWidths;
    bool m_fitting = false;
    QTimer m_fitTimer;
    QTimer m_edgeScrollTimer;
    QElapsedTimer m_edgeScrollSince;
    int m_edgeScrollDirection = 0; // -1 up, +1 down
    qreal m_edgeScrollDepth = 0;   // 0..1, how far into the edge zone the pointer is
};

} // namespace Ordo
