#pragma once

#include "domain/backlogrow.h"

#include <QHash>
#include <QList>

// Proposing a backlog order from scores. A proposal reorders the plannable
// items (see Readiness::isPlannable) among themselves and never places an
// item above something it depends on.

namespace Ordo::Prioritization {

enum class Scheme {
    Wsjf,           // weighted shortest job first, highest first
    ValueForEffort, // value / effort, highest first
    MoscowThenWsjf, // Must, Should, Could, unscored, Won't; WSJF within each
    Kano,           // must-be first, then performance by value, then delighters
};
inline constexpr Scheme allSchemes[] = {Scheme::Wsjf,
                                        Scheme::ValueForEffort,
                                        Scheme::MoscowThenWsjf,
                                        Scheme::Kano};

QString displayName(Scheme scheme);
// One sentence on how the scheme orders items.
QString description(Scheme scheme);

struct Proposal
{
    Scheme scheme = Scheme::Wsjf;
    QList<ItemId> current;  // the plannable items in today's order
    QList<ItemId> proposed; // the same items in the proposed order
    // Non-empty if the proposal was refused: items that depend on each other
    // in a circle, in dependency order (each depends on the next).
    QList<ItemId> cycle;

    bool isRefused() const { return !cycle.isEmpty(); }
    // An item's index in today's and in the proposed order (-1 if not in it).
    int currentIndex(ItemId id) const;
    int proposedIndex(ItemId id) const;
    // Items whose index differs between the two orders.
    int movedCount() const;
    // How many of today's top `count` items the proposal takes out of the top `count`.
    int topChange(int count = 10) const;

private:
    friend Proposal propose(const QList<BacklogRow> &, const QList<Dependency> &, Scheme);
    QHash<ItemId, int> m_currentIndex;
    QHash<ItemId, int> m_proposedIndex;
};

// Orders the plannable items of `rows` (in backlog order) by `scheme`.
//
// Items without the scheme's score go below the scored ones; equal scores
// keep today's order. A dependency is always placed above the items that
// depend on it, and is lifted to the rank of the best-ranked item waiting for
// it, so that enabling work rises with the work it enables. A dependency
// cycle among the items refuses the proposal.
Proposal propose(const QList<BacklogRow> &rows, const QList<Dependency> &dependencies, Scheme scheme);

// A block move (see MoveItemsCommand): `ids`, in this order, go directly
// below `anchor` (0: the top of the backlog).
struct Reordering
{
    ItemId anchor = 0;
    QList<ItemId> ids;

    bool isEmpty() const { return ids.isEmpty(); }
};

// The smallest block move that applies the whole proposal to `rows` (the
// backlog the proposal was made from): the plannable items take the places
// plannable items hold today, in the proposed order; every other item keeps
// its place. Empty if nothing would move or the proposal was refused.
Reordering applying(const QList<BacklogRow> &rows, const Proposal &proposal);

// The move that takes one item to its proposed place: directly below the
// item the proposal puts above it, or, for the proposal's first item, to
// where today's first plannable item is. Empty if the item is not in the
// proposal or already there.
Reordering toProposedPlace(const QList<BacklogRow> &rows, const Proposal &proposal, ItemId id);

} // namespace Ordo::Prioritization
