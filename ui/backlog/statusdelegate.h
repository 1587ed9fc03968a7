#pragma once

#include <QStyledItemDelegate>

namespace Ordo {

// Paints an item's status as a coloured pill, so the state of the backlog
// reads at a glance from across a room.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Ordo
