#pragma once

#include "domain/item.h"

#include <QHash>
#include <QList>

#include <functional>

namespace Ordo::DependencyOrder {

// For every item ordered above something it depends on: the ids of those
// dependencies, in backlog order. `positionOf` gives an item's place in the
// backlog (or -1 if it is not in the backlog, e.g. archived or finished).
QHash<ItemId, QList<ItemId>> violations(const QList<Dependency> &dependencies,
                                        const std::function<int(ItemId)> &positionOf);

// True if adding "item depends on dependsOn" would close a cycle.
bool wouldCreateCycle(const QList<Dependency> &dependencies, ItemId item, ItemId dependsOn);

} // namespace Ordo::DependencyOrder
