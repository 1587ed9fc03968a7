#include "itemappearance.h"

#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Ordo::Appearance {
namespace {

// An icon painted as vectors at whatever size it is asked for.
class PaintedIconEngine : public QIconEngine
{
public:
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pixmap;
    }
};

// Paints a rounded badge in the type's colour with a white glyph.
class TypeIconEngine final : public PaintedIconEngine
{
public:
    explicit TypeIconEngine(ItemType type)
        : m_type(type)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = qMin(rect.width(), rect.height());
        const QRectF box(rect.x() + (rect.width() - side) / 2.0,
                         rect.y() + (rect.height() - side) / 2.0,
                         side,
                         side);
        QColor color = typeColor(m_type);
        if (mode == QIcon::Disabled)
            color.setAlpha(110);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), side * 0.2, side * 0.2);
        painter->setBrush(Qt::white);
        painter->drawPath(glyph(box.adjusted(side * 0.25, side * 0.25, -side * 0.25, -side * 0.25)));
        painter->restore();
    }

    QIconEngine *clone() const override { return new TypeIconEngine(m_type); }

private:
    QPainterPath glyph(const QRectF &r) const
    {
        QPainterPath path;
        const qreal w = r.width();
        const qreal h = r.height();
        switch (m_type) {
        case ItemType::Story: // a bookmark
            path.moveTo(r.left() + w * 0.1, r.top());
            path.lineTo(r.right() - w * 0.1, r.top());
            path.lineTo(r.right() - w * 0.1, r.bottom());
            path.lineTo(r.center().x(), r.bottom() - h * 0.3);
            path.lineTo(r.left() + w * 0.1, r.bottom());
            path.closeSubpath();
            break;
        case ItemType::Bug: // a dot
            path.addEllipse(r.adjusted(w * 0.08, h * 0.08, -w * 0.08, -h * 0.08));
            break;
        case ItemType::Enabler: // an upward arrow
            path.moveTo(r.center().x(), r.top());
            path.lineTo(r.right(), r.top() + h * 0.5);
            path.lineTo(r.left() + w * 0.68, r.top() + h * 0.5);
            path.lineTo(r.left() + w * 0.68, r.bottom());
            path.lineTo(r.left() + w * 0.32, r.bottom());
            path.lineTo(r.left() + w * 0.32, r.top() + h * 0.5);
            path.lineTo(r.left(), r.top() + h * 0.5);
            path.closeSubpath();
            break;
        case ItemType::TechnicalDebt: // stacked bars
            for (int i = 0; i < 3; ++i)
                path.addRect(QRectF(r.left(), r.top() + i * h * 0.38, w * (1.0 - i * 0.25), h * 0.24));
            break;
        case ItemType::Spike: // a diamond
            path.moveTo(r.center().x(), r.top());
            path.lineTo(r.right(), r.center().y());
            path.lineTo(r.center().x(), r.bottom());
            path.lineTo(r.left(), r.center().y());
            path.closeSubpath();
            break;
        case ItemType::Epic: // a lightning bolt
            path.moveTo(r.left() + w * 0.62, r.top());
            path.lineTo(r.left() + w * 0.12, r.top() + h * 0.58);
            path.lineTo(r.left() + w * 0.46, r.top() + h * 0.58);
            path.lineTo(r.left() + w * 0.36, r.bottom());
            path.lineTo(r.left() + w * 0.88, r.top() + h * 0.40);
            path.lineTo(r.left() + w * 0.54, r.top() + h * 0.40);
            path.closeSubpath();
            break;
        }
        return path;
    }

    ItemType m_type;
};

} // namespace

QColor typeColor(ItemType type)
{
    switch (type) {
    case ItemType::Story: return QColor(0x2E, 0x9E, 0x6B);
    case ItemType::Bug: return QColor(0xD9, 0x3F, 0x35);
    case ItemType::Enabler: return QColor(0x25, 0x6F, 0xD8);
    case ItemType::TechnicalDebt: return QColor(0xE0, 0x7B, 0x10);
    case ItemType::Spike: return QColor(0x0C, 0x93, 0xA8);
    case ItemType::Epic: return QColor(0x6A, 0x4F, 0xC4);
    }
    return Qt::gray;
}

QIcon typeIcon(ItemType type)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(type));
    if (it == cache.end())
        it = cache.insert(int(type), QIcon(new TypeIconEngine(type)));
    return *it;
}

namespace {

class WarningIconEngine final : public PaintedIconEngine
{
public:
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = qMin(rect.width(), rect.height());
        const QRectF box(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0, side, side);
        QPainterPath triangle;
        triangle.moveTo(box.center().x(), box.top() + side * 0.06);
        triangle.lineTo(box.right() - side * 0.02, box.bottom() - side * 0.08);
        triangle.lineTo(box.left() + side * 0.02, box.bottom() - side * 0.08);
        triangle.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xE8, 0xA3, 0x17));
        painter->drawPath(triangle);
        painter->setBrush(QColor(0x2B, 0x21, 0x05));
        const qreal barWidth = side * 0.12;
        painter->drawRoundedRect(QRectF(box.center().x() - barWidth / 2, box.top() + side * 0.34, barWidth, side * 0.30), barWidth / 2, barWidth / 2);
        painter->drawEllipse(QPointF(box.center().x(), box.top() + side * 0.76), barWidth * 0.6, barWidth * 0.6);
        painter->restore();
    }

    QIconEngine *clone() const override { return new WarningIconEngine; }
};

} // namespace

QIcon warningIcon()
{
    static const QIcon icon(new WarningIconEngine);
    return icon;
}

QColor statusColor(ItemStatus status)
{
    switch (status) {
    case ItemStatus::New: return QColor(0xE4, 0xE7, 0xEC);
    case ItemStatus::Ready: return QColor(0xCF, 0xEE, 0xE6);
    case ItemStatus::ToDo: return QColor(0xDD, 0xE6, 0xF6);
    case ItemStatus::InProgress: return QColor(0x2F, 0x6F, 0xD6);
    case ItemStatus::InReview: return QColor(0x7A, 0x4F, 0xC9);
    case ItemStatus::Done: return QColor(0x2E, 0x9E, 0x6B);
    case ItemStatus::Accepted: return QColor(0x1D, 0x6B, 0x48);
    case ItemStatus::Rejected: return QColor(0xC7, 0x3A, 0x31);
    }
    return Qt::gray;
}

QColor statusTextColor(ItemStatus status)
{
    switch (status) {
    case ItemStatus::New:
    case ItemStatus::Ready:
    case ItemStatus::ToDo: return QColor(0x25, 0x2B, 0x36);
    case ItemStatus::InProgress:
    case ItemStatus::InReview:
    case ItemStatus::Done:
    case ItemStatus::Accepted:
    case ItemStatus::Rejected: return Qt::white;
    }
    return Qt::black;
}

} // namespace Ordo::Appearance
