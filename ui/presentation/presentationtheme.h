#pragma once

#include <QColor>
#include <QPalette>

namespace Ordo {

// The colours and type sizes of presentation mode, made for a projector in a lit room: a light
// and a dark theme whose text reaches at least WCAG AA contrast (4.5:1) on its backgrounds, and
// body text and headings sized from the height they are shown at (1/45 and 1/27 of it), never
// smaller, larger by the presenter's zoom.
struct PresentationTheme
{
    enum class Kind { Light, Dark };

    Kind kind = Kind::Light;
    QColor background;
    QColor surface; // rows, cards and the bar
    QColor text;
    QColor muted;   // secondary text, still AA on both backgrounds
    QColor accent;  // selection and focus
    QColor accentText;
    QColor good;    // met, accepted
    QColor bad;     // not met, rejected, over capacity
    QColor line;

    static PresentationTheme of(Kind kind);
    QPalette palette() const;

    // WCAG 2.x contrast ratio of two opaque colours, from 1 to 21.
    static double contrast(const QColor &a, const QColor &b);

    // Smallest sizes for a presentation `height` pixels high; `zoom` (1 or more) enlarges them.
    static int bodyPixels(int height, double zoom = 1.0);
    static int headingPixels(int height, double zoom = 1.0);
    static constexpr double minimumZoom = 1.0;
    static constexpr double maximumZoom = 2.0;
};

} // namespace Ordo
