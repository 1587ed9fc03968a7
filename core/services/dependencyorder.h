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

// Dependencies as a graph that grows link by link, for checking many new links in a row
// (an import) without building it again for each.
class Graph
{
public:
    Graph() = default;
    explicit Graph(const QList<Dependency> &dependencies);
    void add(ItemId item, ItemId dependsOn) { m_edges[item].append(dependsOn); }
    bool has(ItemId item, ItemId dependsOn) const { return m_edges.value(item).contains(dependsOn); }
    // True if adding "item depends on dependsOn" would close a cycle.
    bool wouldCreateCycle(ItemId item, ItemId dependsOn) const;

private:
    QHash<ItemId, QList<ItemId>> m_edges;
};

// True if adding "item depends on dependsOn" would close a cycle.
bool wouldCreateCycle(const QList<Dependency> &dependencies, ItemId item, ItemId dependsOn);

} // namespace Ordo::DependencyOrder
