#pragma once

#include "enums.h"

#include <QList>
#include <QString>

#include <optional>

namespace Ordo::Estimation {

// The estimates a product's scale offers, smallest first. T-shirt sizes are
// stored as points (XS = 1 ... XXL = 13) so that velocity can add them up.
QList<double> values(EstimationScale scale);

// How an estimate reads on this scale: "5", "½", "M", or "?" when not estimated.
QString label(EstimationScale scale, std::optional<double> estimate);

} // namespace Ordo::Estimation
