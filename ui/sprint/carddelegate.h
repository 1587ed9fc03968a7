#pragma once

#include <QStyledItemDelegate>

namespace Ordo {

// A card of the sprint board: the type's colour down the left edge, the key and the points on
// top, the title on two lines, and below the count of acceptance criteria, a blocked marker
// and a star for items that serve the sprint goal. Painted, so it stays crisp on a projector.
class CardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Ordo
