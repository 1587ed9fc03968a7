#pragma once

#include "domain/enums.h"

#include <QColor>
#include <QIcon>

// How item types and statuses look everywhere in Ordo: one colour and one
// icon per type, one colour per status. Icons are painted as vectors, so they
// stay crisp on a projector and on high-DPI screens.

namespace Ordo::Appearance {

QColor typeColor(ItemType type);
QIcon typeIcon(ItemType type);

// A small warning sign, e.g. for an item ordered above its dependency.
QIcon warningIcon();

QColor statusColor(ItemStatus status);
// Text colour with enough contrast on statusColor().
QColor statusTextColor(ItemStatus status);

} // namespace Ordo::Appearance
