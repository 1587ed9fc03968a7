#include "boardcolumnview.h"

#include <QKeyEvent>

namespace Ordo {

BoardColumnView::BoardColumnView(QWidget *parent)
    : QListView(parent)
{
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDragDropOverwriteMode(false);
    setUniformItemSizes(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setFrameShape(QFrame::NoFrame);
    setSpacing(0);
    viewport()->setAutoFillBackground(false);
}

void BoardColumnView::keyPressEvent(QKeyEvent *event)
{
    const bool alt = event->modifiers() & Qt::AltModifier;
    const int row = currentIndex().isValid() ? currentIndex().row() : 0;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int step = event->key() == Qt::Key_Left ? -1 : 1;
        if (alt)
            emit moveAcrossRequested(step);
        else
            emit neighbourRequested(step, row);
        event->accept();
        return;
    }
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (alt) {
            emit moveWithinRequested(event->key() == Qt::Key_Up ? -1 : 1);
            event->accept();
            return;
        }
        break;
    default: break;
    }
    QListView::keyPressEvent(event);
}

void BoardColumnView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    // Cards take the column's width.
    scheduleDelayedItemsLayout();
}

} // namespace Ordo
