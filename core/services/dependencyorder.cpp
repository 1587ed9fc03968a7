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

Graph::Graph(const QList<Dependency> &dependencies)
{
    for (const Dependency &dependency : dependencies)
        add(dependency.itemId, dependency.dependsOnId);
}

bool Graph::wouldCreateCycle(ItemId item, ItemId dependsOn) const
{
    if (item == dependsOn)
        return true;
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
        stack += m_edges.value(current);
    }
    return false;
}

bool wouldCreateCycle(const QList<Dependency> &dependencies, ItemId item, ItemId dependsOn)
{
    return Graph(dependencies).wouldCreateCycle(item, dependsOn);
}

} // namespace Ordo::DependencyOrder
