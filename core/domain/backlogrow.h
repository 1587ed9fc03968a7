#pragma once

#include "item.h"

#include <cmath>

namespace Ordo {

// The part of a Product Backlog item the backlog table shows, kept compact
// because the backlog holds every item of the product in memory (100,000 rows
// must stay well under 1 KiB each beyond their text).
struct BacklogRow
{
    ItemId id = 0;
    ItemId parentId = 0;   // 0: no epic
    SprintId sprintId = 0; // 0: not in a sprint
    QString title;
    QString orderKey;
    QString labels; // comma-separated, sorted
    float estimate = std::nanf(""); // NaN: not estimated
    int number = 0;
    ItemType type = ItemType::Story;
    ItemStatus status = ItemStatus::New;
    bool archived = false;
    // What the Definition of Ready looks at, besides estimate and status.
    InvestChecks investChecks = 0;
    bool hasStoryVoice = false; // "I want" and "so that" are written
    bool hasMetric = false;     // a success metric is named
    quint16 criteriaCount = 0;

    bool isEstimated() const { return !std::isnan(estimate); }
};

} // namespace Ordo
