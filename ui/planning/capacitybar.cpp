#include "capacitybar.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Ordo {
namespace {

QString points(double value) { return QLocale().toString(value, 'g', 4); }

QColor loadColor(SprintOperations::Load load)
{
    switch (load) {
    case SprintOperations::Load::Green: return QColor(0x2E, 0x9E, 0x6B);
    case SprintOperations::Load::Amber: return QColor(0xD9, 0x8E, 0x04);
    case SprintOperations::Load::Red: return QColor(0xC7, 0x3A, 0x31);
    }
    return Qt::gray;
}

} // namespace

CapacityBar::CapacityBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("capacityBar"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void CapacityBar::setFigures(const Figures &figures)
{
    m_figures = figures;
    updateToolTip();
    update();
}

SprintOperations::Load CapacityBar::load() const
{
    return SprintOperations::loadOf(m_figures.committed, m_figures.capacity, m_figures.velocity);
}

QString CapacityBar::summary() const
{
    QString text;
    if (m_figures.capacity)
        text = tr("%1 of %2 points committed").arg(points(m_figures.committed), points(*m_figures.capacity));
    else
        text = tr("%1 points committed, no capacity set").arg(points(m_figures.committed));
    if (m_figures.velocity) {
        //: %1 average velocity, %2-%3 its range over the last sprints
        text += tr(" · velocity %1 (%2–%3)")
                    .arg(points(*m_figures.velocity), points(m_figures.velocityMin), points(m_figures.velocityMax));
    } else {
        text += tr(" · no velocity yet");
    }
    if (m_figures.unestimated > 0)
        text += tr(" · %n unestimated", nullptr, m_figures.unestimated);
    return text;
}

void CapacityBar::updateToolTip()
{
    QStringList lines{summary()};
    if (m_figures.velocity) {
        lines << tr("Velocity: the points accepted per sprint, averaged over the last %n closed sprint(s).", nullptr,
                    m_figures.velocitySprints);
    }
    lines << tr("Green up to the lower of capacity and average velocity, amber up to the higher, red beyond both.");
    for (const Figures::Share &share : m_figures.shares)
        lines << tr("%1: %2 of %3 points allocated").arg(share.name, points(share.held), points(share.target));
    if (m_figures.unestimated > 0)
        lines << tr("%n item(s) without an estimate count as 0 points.", nullptr, m_figures.unestimated);
    setToolTip(lines.join(QLatin1Char('\n')));
}

QSize CapacityBar::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 30, line * 2 + 6};
}

QSize CapacityBar::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 8, line * 2 + 6};
}

void CapacityBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF bar = QRectF(rect()).adjusted(1, 3, -1, -3);
    const qreal radius = bar.height() / 4;
    const QColor track = palette().color(QPalette::Mid).lighter(160);
    QPainterPath outline;
    outline.addRoundedRect(bar, radius, radius);
    painter.fillPath(outline, track);

    const double scale = std::max({m_figures.committed, m_figures.capacity.value_or(0), m_figures.velocityMax,
                                   m_figures.velocity.value_or(0), 1.0})
                         * 1.15;
    const auto xOf = [&](double value) { return bar.left() + bar.width() * std::clamp(value / scale, 0.0, 1.0); };

    painter.save();
    painter.setClipPath(outline);
    // The velocity's min-max band behind the fill.
    if (m_figures.velocity) {
        const QRectF band(QPointF(xOf(m_figures.velocityMin), bar.top()), QPointF(xOf(m_figures.velocityMax), bar.bottom()));
        painter.fillRect(band, palette().color(QPalette::Highlight).lighter(180));
    }
    const QColor fill = loadColor(load());
    painter.fillRect(QRectF(bar.topLeft(), QPointF(xOf(m_figures.committed), bar.bottom())), fill);
    // Allocated shares: the part of the limit kept for each, in its lower third, hatched where
    // it is still free.
    double shareStart = 0;
    for (const Figures::Share &share : m_figures.shares) {
        const QRectF target(QPointF(xOf(shareStart), bar.bottom() - bar.height() / 3),
                            QPointF(xOf(shareStart + share.target), bar.bottom()));
        painter.fillRect(target, QBrush(palette().color(QPalette::WindowText), Qt::BDiagPattern));
        const QRectF held(target.topLeft(), QPointF(xOf(shareStart + std::min(share.held, share.target)), bar.bottom()));
        painter.fillRect(held, palette().color(QPalette::WindowText));
        shareStart += share.target;
    }
    painter.restore();

    // Capacity: a solid mark; average velocity: a dashed one.
    const QColor ink = palette().color(QPalette::WindowText);
    if (m_figures.capacity) {
        painter.setPen(QPen(ink, 3));
        painter.drawLine(QPointF(xOf(*m_figures.capacity), rect().top()), QPointF(xOf(*m_figures.capacity), rect().bottom()));
    }
    if (m_figures.velocity) {
        painter.setPen(QPen(ink, 2, Qt::DashLine));
        painter.drawLine(QPointF(xOf(*m_figures.velocity), rect().top()), QPointF(xOf(*m_figures.velocity), rect().bottom()));
    }
    // The committed figure inside the bar, in a colour that reads on the fill.
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    const QRectF filled(bar.topLeft(), QPointF(xOf(m_figures.committed), bar.bottom()));
    const QString label = points(m_figures.committed);
    if (filled.width() > painter.fontMetrics().horizontalAdvance(label) + 12)
        painter.drawText(filled.adjusted(0, 0, -6, 0), Qt::AlignRight | Qt::AlignVCenter, label);
}

} // namespace Ordo
