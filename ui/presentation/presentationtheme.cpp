#include "presentationtheme.h"

#include <algorithm>
#include <cmath>

namespace Ordo {
namespace {

double luminance(const QColor &colour)
{
    const auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

} // namespace

PresentationTheme PresentationTheme::of(Kind kind)
{
    PresentationTheme t;
    t.kind = kind;
    if (kind == Kind::Light) {
        t.background = QColor(0xFF, 0xFF, 0xFF);
        t.surface = QColor(0xF1, 0xF3, 0xF4);
        t.text = QColor(0x11, 0x11, 0x11);
        t.muted = QColor(0x45, 0x4A, 0x50);
        t.accent = QColor(0x0B, 0x57, 0xD0);
        t.accentText = QColor(0xFF, 0xFF, 0xFF);
        t.good = QColor(0x0A, 0x6B, 0x2B);
        t.bad = QColor(0xB3, 0x26, 0x1E);
        t.line = QColor(0x5F, 0x63, 0x68);
    } else {
        t.background = QColor(0x10, 0x12, 0x14);
        t.surface = QColor(0x20, 0x24, 0x28);
        t.text = QColor(0xF5, 0xF5, 0xF5);
        t.muted = QColor(0xC4, 0xC7, 0xCB);
        t.accent = QColor(0x8A, 0xB4, 0xF8);
        t.accentText = QColor(0x10, 0x12, 0x14);
        t.good = QColor(0x81, 0xD9, 0x95);
        t.bad = QColor(0xFF, 0x9C, 0x94);
        t.line = QColor(0x9A, 0xA0, 0xA6);
    }
    return t;
}

QPalette PresentationTheme::palette() const
{
    QPalette p;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Window, background);
        p.setColor(group, QPalette::Base, background);
        p.setColor(group, QPalette::AlternateBase, surface);
        p.setColor(group, QPalette::Button, surface);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::PlaceholderText, muted);
        p.setColor(group, QPalette::Highlight, accent);
        p.setColor(group, QPalette::HighlightedText, accentText);
        p.setColor(group, QPalette::Mid, line);
        p.setColor(group, QPalette::Dark, line);
    }
    // Disabled text stays readable from the back of the room: muted, not faded.
    p.setColor(QPalette::Disabled, QPalette::WindowText, muted);
    p.setColor(QPalette::Disabled, QPalette::Text, muted);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, muted);
    return p;
}

double PresentationTheme::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

int PresentationTheme::bodyPixels(int height, double zoom)
{
    return int(std::ceil(height / 45.0 * std::clamp(zoom, minimumZoom, maximumZoom)));
}

int PresentationTheme::headingPixels(int height, double zoom)
{
    return int(std::ceil(height / 27.0 * std::clamp(zoom, minimumZoom, maximumZoom)));
}

} // namespace Ordo
