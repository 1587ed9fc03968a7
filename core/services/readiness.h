#pragma once

#include "domain/backlogrow.h"

#include <QList>

#include <functional>
#include <optional>

namespace Ordo::Readiness {

// What the Definition of Ready looks at for one item.
struct Facts
{
    ItemType type = ItemType::Story;
    std::optional<double> estimate;
    InvestChecks investChecks = 0;
    int criteriaCount = 0;
    bool hasStoryVoice = false;
    bool hasMetric = false;
    int unfinishedDependencies = 0;
};

Facts factsOf(const BacklogRow &row, int unfinishedDependencies);

// Epics are refined into smaller items and never pulled into a sprint
// themselves, so the Definition of Ready does not apply to them.
bool appliesTo(ItemType type);

// The rules of `definition` the item does not meet, in the order given.
QList<ReadyRule> unmetRules(const Facts &facts, const QList<ReadyRule> &definition, double maxStorySize);

inline bool isReady(const Facts &facts, const QList<ReadyRule> &definition, double maxStorySize)
{
    return appliesTo(facts.type) && unmetRules(facts, definition, maxStorySize).isEmpty();
}

// One line saying what an unmet rule is missing, e.g. "Waits for 2 unfinished items".
QString shortfall(ReadyRule rule, const Facts &facts, double maxStorySize);

// The items Sprint Planning will look at next: from the top of the backlog,
// the items not yet in a sprint's work or finished (epics skipped) until
// their estimates fill `sprints` sprints at `velocity` points. Without a
// velocity, the top `fallbackCount` such items.
struct Window
{
    int items = 0;
    int ready = 0;
    double points = 0;
    bool byVelocity = false;
};
// Items Sprint Planning can still pull: not archived, not an epic, not yet
// in a sprint's work and not finished.
bool isPlannable(const BacklogRow &row);
// The indexes into `rows` of the items upcoming() counts, top first.
QList<int> upcomingRows(const QList<BacklogRow> &rows,
                        std::optional<double> velocity,
                        int sprints = 2,
                        int fallbackCount = 10);
Window upcoming(const QList<BacklogRow> &rows,
                const std::function<bool(const BacklogRow &)> &isRowReady,
                std::optional<double> velocity,
                int sprints = 2,
                int fallbackCount = 10);

} // namespace Ordo::Readiness
