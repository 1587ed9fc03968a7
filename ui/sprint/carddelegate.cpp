#include "carddelegate.h"

#include "backlog/backlogmodel.h"
#include "itemappearance.h"
#include "sprints/itemslicemodel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace Ordo {
namespace {

constexpr int margin = 6;
constexpr int padding = 10;

// Up to `lines` lines of `text` in `rect`, the last one elided.
void drawLines(QPainter *painter, const QRectF &rect, const QString &text, int lines)
{
    const QFontMetricsF metrics(painter->font());
    QTextLayout layout(text, painter->font());
    layout.beginLayout();
    qreal y = rect.top();
    for (int i = 0; i < lines; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        const bool last = i == lines - 1;
        const QString rest = text.mid(line.textStart());
        if (last && line.textStart() + line.textLength() < text.size()) {
            painter->drawText(QPointF(rect.left(), y + metrics.ascent()), metrics.elidedText(rest, Qt::ElideRight, rect.width()));
        } else {
            painter->drawText(QPointF(rect.left(), y + metrics.ascent()), text.mid(line.textStart(), line.textLength()));
        }
        y += metrics.lineSpacing();
    }
    layout.endLayout();
}

} // namespace

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    const int width = option.rect.width() > 0 ? option.rect.width() : metrics.averageCharWidth() * 30;
    return {width, metrics.lineSpacing() * 4 + 2 * padding + 2 * margin + 4};
}

void CardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const ItemSliceModel *>(index.model());
    if (!model)
        return;
    const BacklogRow &row = model->rowAt(index.row());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(margin, margin, -margin, -margin);
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const QPalette &palette = option.palette;

    QPainterPath shape;
    shape.addRoundedRect(card, 6, 6);
    painter->fillPath(shape, selected ? palette.color(QPalette::Highlight).lighter(185) : palette.color(QPalette::Base));
    painter->setPen(QPen(selected || focused ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid), focused ? 2.5 : 1));
    painter->drawPath(shape);
    // The type's colour down the left edge.
    painter->save();
    painter->setClipPath(shape);
    painter->fillRect(QRectF(card.left(), card.top(), 6, card.height()), Appearance::typeColor(row.type));
    painter->restore();

    const QRectF inner = card.adjusted(padding + 4, padding, -padding, -padding);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetricsF smallMetrics(small);
    const QColor ink = palette.color(QPalette::Text);
    const QColor muted = QColor(0x55, 0x5B, 0x66);

    // Top line: key on the left, points on the right.
    painter->setFont(small);
    painter->setPen(muted);
    const QString key = model->source()->keyOf(row);
    painter->drawText(QRectF(inner.left(), inner.top(), inner.width(), smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, key);
    const QString points = row.isEstimated() ? QLocale().toString(row.estimate, 'g', 3) : tr("?");
    painter->setFont(bold);
    const QFontMetricsF boldMetrics(bold);
    const qreal pointsWidth = boldMetrics.horizontalAdvance(points) + 12;
    const QRectF pill(inner.right() - pointsWidth, inner.top() - 1, pointsWidth, boldMetrics.height() + 2);
    QPainterPath pillShape;
    pillShape.addRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter->fillPath(pillShape, QColor(0xE4, 0xE7, 0xEC));
    painter->setPen(QColor(0x25, 0x2B, 0x36));
    painter->drawText(pill, Qt::AlignCenter, points);

    // The title, on two lines.
    painter->setFont(option.font);
    painter->setPen(ink);
    const QFontMetricsF metrics(option.font);
    const QRectF title(inner.left(), inner.top() + smallMetrics.height() + 4, inner.width(), metrics.lineSpacing() * 2);
    drawLines(painter, title, row.title, 2);

    // Bottom line: criteria, blocked, sprint goal.
    painter->setFont(small);
    QStringList parts;
    if (row.criteriaCount > 0)
        parts << tr("%n criteria", nullptr, row.criteriaCount);
    if (row.servesSprintGoal)
        parts << tr("★ sprint goal");
    qreal x = inner.left();
    const qreal baseline = inner.bottom() - smallMetrics.descent();
    const bool blocked = !index.data(ItemSliceModel::FlagRole).toString().isEmpty();
    if (blocked) {
        const QString text = tr("Blocked");
        const qreal w = smallMetrics.horizontalAdvance(text) + 10;
        const QRectF badge(x, inner.bottom() - smallMetrics.height() - 1, w, smallMetrics.height() + 2);
        QPainterPath badgeShape;
        badgeShape.addRoundedRect(badge, 3, 3);
        painter->fillPath(badgeShape, QColor(0xC7, 0x3A, 0x31));
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, text);
        x += w + 8;
    }
    painter->setPen(muted);
    painter->drawText(QPointF(x, baseline), smallMetrics.elidedText(parts.join(QStringLiteral(" · ")), Qt::ElideRight, inner.right() - x));
    painter->restore();
}

} // namespace Ordo
