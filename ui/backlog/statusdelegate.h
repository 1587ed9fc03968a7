#pragma once

#include "backlog/backlogitemdelegate.h"

namespace Ordo {

// Paints an item's status as a coloured pill, so the state of the backlog
// reads at a glance from across a room.
class StatusDelegate : public BacklogItemDelegate
{
    Q_OBJECT

public:
    using BacklogItemDelegate::BacklogItemDelegate;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Ordo
