#pragma once

#include "domain/item.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Ordo::Invest {

// What the hints know beyond the item itself.
struct Context
{
    QStringList unfinishedDependencies; // keys of items it depends on that are not finished
    double maxStorySize = 13;
    std::optional<double> averageVelocity;
};

// Ordo's opinion on one INVEST quality: agrees that the story has it, or
// not, with a one-line reason. Hints inform the Product Owner's own tick;
// they never block anything.
struct Hint
{
    InvestQuality quality = InvestQuality::Independent;
    bool agrees = false;
    QString explanation;
};

// The six hints, in INVEST order.
QList<Hint> hints(const BacklogItem &item, const Context &context);
Hint hint(InvestQuality quality, const BacklogItem &item, const Context &context);

// Words in `text` that prescribe the user interface or the implementation
// ("button", "database", ...) rather than describe the problem, in order of
// appearance, without repeats. English and German.
QStringList prescriptiveTerms(QStringView text);

} // namespace Ordo::Invest
