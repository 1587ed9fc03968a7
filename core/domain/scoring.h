#pragma once

#include "item.h"

#include <QList>

#include <optional>

// Derived prioritization scores. A score is computed only from inputs that
// are there: a missing input gives a missing score, never a zero.

namespace Ordo::Scoring {

// The modified Fibonacci scale SAFe uses for WSJF inputs.
inline constexpr int wsjfScale[] = {1, 2, 3, 5, 8, 13, 20};
bool isOnWsjfScale(int value);

// Business value + time criticality + risk reduction / opportunity enablement.
std::optional<double> costOfDelay(const Scores &scores);
// The job size WSJF divides by: the explicit job size, else the estimate.
std::optional<double> jobSize(const Scores &scores, std::optional<double> estimate);
// Cost of delay / job size; missing when an input is missing or the job size is not positive.
std::optional<double> wsjf(const Scores &scores, std::optional<double> estimate);
// Value / effort; missing when either is missing or the effort is not positive.
std::optional<double> valueForEffort(const Scores &scores);

// What is missing for WSJF, as a translated sentence (empty if WSJF can be computed).
QString wsjfShortfall(const Scores &scores, std::optional<double> estimate);

} // namespace Ordo::Scoring
