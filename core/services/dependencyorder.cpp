#include "dependencyorder.h"

#include <QSet>

#include <algorithm>

namespace Ordo::DependencyOrder {

QHash<ItemId, QList<ItemId>> violations(const QList<Dependency> &dependencies,
                                        const std::function<int(ItemId)> &positionOf)
{
    QHash<ItemId, QList<ItemId>> result;
    for (const Dependency &dependency : dependencies) {
        const int item = positionOf(dependency.itemId);
        const int blocker = positionOf(dependency.dependsOnId);
        if (item >= 0 && blocker > item)
            result[dependency.itemId].append(dependency.dependsOnId);
    }
    for (auto it = result.begin(); it != result.end(); ++it) {
        std::sort(it->begin(), it->end(), [&positionOf](ItemId a, ItemId b) {
            return positionOf(a) < positionOf(b);
        });
    }
    return result;
}

bool wouldCreateCycle(const QList<Dependency> &dependencies, ItemId item, ItemId dependsOn)
{
    if (item == dependsOn)
        return true;
    QHash<ItemId, QList<ItemId>> edges;
    for (const Dependency &dependency : dependencies)
        edges[dependency.itemId].append(dependency.dependsOnId);
    // Can `dependsOn` already reach `item`?
    QList<ItemId> stack{dependsOn};
    QSet<ItemId> seen;
    while (!stack.isEmpty()) {
        const ItemId current = stack.takeLast();
        if (current == item)
            return true;
        if (seen.contains(current))
            continue;
        seen.insert(current);
        stack += edges.value(current);
    }
    return false;
}

} // namespace Ordo::DependencyOrder
