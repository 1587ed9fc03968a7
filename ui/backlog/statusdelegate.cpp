#include "statusdelegate.h"

#include "backlog/backlogmodel.h"
#include "itemappearance.h"

#include <QApplication>
#include <QPainter>

namespace Ordo {
namespace {

constexpr int horizontalPadding = 8;
constexpr int margin = 4;

} // namespace

void StatusDelegate::paint(QPainter *painter,
                           const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto status = ItemStatus(index.data(BacklogModel::ItemStatusRole).toInt());
    const QFontMetrics metrics(opt.font);
    // A little slack: elidedText() measures with fractional advances.
    const int width = qMin(metrics.horizontalAdvance(text) + 2 * horizontalPadding + 4,
                           opt.rect.width() - 2 * margin);
    const int height = metrics.height() + 4;
    const QRect pill(opt.rect.left() + margin,
                     opt.rect.center().y() - height / 2 + 1,
                     width,
                     height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Appearance::statusColor(status));
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(Appearance::statusTextColor(status));
    painter->setFont(opt.font);
    painter->drawText(pill.adjusted(horizontalPadding, 0, -horizontalPadding, 0),
                      Qt::AlignCenter,
                      metrics.elidedText(text, Qt::ElideRight, width - 2 * horizontalPadding));
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 2 * (horizontalPadding + margin);
    return size;
}

} // namespace Ordo
