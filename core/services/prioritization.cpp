#include "prioritization.h"

#include "domain/scoring.h"
#include "readiness.h"

#include <QCoreApplication>
#include <QSet>

#include <set>
#include <tuple>

namespace Ordo::Prioritization {
namespace {

// Lower ranks first: a tier (a group such as "Must" or "not scored"), the
// score within the tier (higher first), then today's position.
struct Rank
{
    int tier = 0;
    double score = 0;
    int position = 0;

    auto key() const { return std::make_tuple(tier, -score, position); }
    bool operator<(const Rank &other) const { return key() < other.key(); }
};

// Tier and score of an item with an optional score: scored items first.
std::pair<int, double> scored(std::optional<double> score, int tier)
{
    return score ? std::make_pair(tier, *score) : std::make_pair(tier + 1, 0.0);
}

Rank rankOf(const BacklogRow &row, Scheme scheme, int position)
{
    const Scores scores = row.scores();
    std::pair<int, double> tierAndScore;
    switch (scheme) {
    case Scheme::Wsjf:
        tierAndScore = scored(Scoring::wsjf(scores, row.estimateValue()), 0);
        break;
    case Scheme::ValueForEffort:
        tierAndScore = scored(Scoring::valueForEffort(scores), 0);
        break;
    case Scheme::MoscowThenWsjf: {
        // Must 0, Should 2, Could 4, not scored 6, Won't 8; +1 without WSJF.
        int group = 6;
        if (scores.moscow) {
            switch (*scores.moscow) {
            case MoSCoW::Must: group = 0; break;
            case MoSCoW::Should: group = 2; break;
            case MoSCoW::Could: group = 4; break;
            case MoSCoW::Wont: group = 8; break;
            }
        }
        tierAndScore = scored(Scoring::wsjf(scores, row.estimateValue()), group);
        break;
    }
    case Scheme::Kano: {
        // Must-be items are deficient until delivered: all of them first, in
        // today's order. Then performance and delighters by value (scored
        // first), then unclassified, then indifferent.
        if (!scores.kano) {
            tierAndScore = {5, 0};
            break;
        }
        switch (*scores.kano) {
        case KanoCategory::MustBe: tierAndScore = {0, 0}; break;
        case KanoCategory::Performance: tierAndScore = scored(scores.value, 1); break;
        case KanoCategory::Delighter: tierAndScore = scored(scores.value, 3); break;
        case KanoCategory::Indifferent: tierAndScore = {6, 0}; break;
        }
        break;
    }
    }
    return {tierAndScore.first, tierAndScore.second, position};
}

} // namespace

QString displayName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Wsjf: return QCoreApplication::translate("Ordo::Prioritization", "WSJF");
    case Scheme::ValueForEffort:
        return QCoreApplication::translate("Ordo::Prioritization", "Value for effort");
    case Scheme::MoscowThenWsjf:
        return QCoreApplication::translate("Ordo::Prioritization", "MoSCoW, then WSJF");
    case Scheme::Kano: return QCoreApplication::translate("Ordo::Prioritization", "Kano");
    }
    return {};
}

QString description(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Wsjf:
        return QCoreApplication::translate("Ordo::Prioritization",
                                           "Highest cost of delay per unit of job size first.");
    case Scheme::ValueForEffort:
        return QCoreApplication::translate("Ordo::Prioritization",
                                           "Highest value per unit of effort first.");
    case Scheme::MoscowThenWsjf:
        return QCoreApplication::translate("Ordo::Prioritization",
                                           "Must, Should, Could, unscored, then Won't; by WSJF "
                                           "within each group.");
    case Scheme::Kano:
        return QCoreApplication::translate("Ordo::Prioritization",
                                           "Missing must-be items first, then performance items "
                                           "by value, then delighters, then the rest.");
    }
    return {};
}

int Proposal::currentIndex(ItemId id) const { return m_currentIndex.value(id, -1); }

int Proposal::proposedIndex(ItemId id) const { return m_proposedIndex.value(id, -1); }

int Proposal::movedCount() const
{
    int moved = 0;
    for (qsizetype i = 0; i < proposed.size(); ++i)
        moved += proposed.at(i) != current.at(i) ? 1 : 0;
    return moved;
}

int Proposal::topChange(int count) const
{
    int left = 0;
    for (qsizetype i = 0; i < qMin(qsizetype(count), current.size()); ++i) {
        const int to = proposedIndex(current.at(i));
        left += (to < 0 || to >= count) ? 1 : 0;
    }
    return left;
}

Proposal propose(const QList<BacklogRow> &rows, const QList<Dependency> &dependencies, Scheme scheme)
{
    Proposal proposal;
    proposal.scheme = scheme;
    QList<Rank> ranks;
    for (const BacklogRow &row : rows) {
        if (!Readiness::isPlannable(row))
            continue;
        const int position = int(proposal.current.size());
        proposal.m_currentIndex.insert(row.id, position);
        proposal.current.append(row.id);
        ranks.append(rankOf(row, scheme, position));
    }
    const int n = int(proposal.current.size());

    // Edges among the items: blockers[i] are the items i depends on.
    QList<QList<int>> blockers(n);
    QList<QList<int>> waiting(n); // the items waiting for i
    for (const Dependency &dependency : dependencies) {
        const int item = proposal.currentIndex(dependency.itemId);
        const int blocker = proposal.currentIndex(dependency.dependsOnId);
        if (item < 0 || blocker < 0 || blockers[item].contains(blocker))
            continue;
        blockers[item].append(blocker);
        waiting[blocker].append(item);
    }

    // A topological order (blockers first), to find cycles and to lift
    // blockers to the best rank waiting for them.
    QList<int> open(n);
    QList<int> topological;
    topological.reserve(n);
    for (int i = 0; i < n; ++i) {
        open[i] = int(blockers[i].size());
        if (open[i] == 0)
            topological.append(i);
    }
    for (qsizetype next = 0; next < topological.size(); ++next) {
        for (int item : std::as_const(waiting[topological.at(next)])) {
            if (--open[item] == 0)
                topological.append(item);
        }
    }
    if (topological.size() < n) {
        // Every item left over waits for another left-over item; following
        // those links must come back to an item already seen: the cycle.
        int at = 0;
        while (open[at] == 0)
            ++at;
        QList<int> path;
        QHash<int, int> seenAt;
        while (!seenAt.contains(at)) {
            seenAt.insert(at, int(path.size()));
            path.append(at);
            for (int blocker : std::as_const(blockers[at])) {
                if (open[blocker] > 0) {
                    at = blocker;
                    break;
                }
            }
        }
        for (qsizetype i = seenAt.value(at); i < path.size(); ++i)
            proposal.cycle.append(proposal.current.at(path.at(i)));
        proposal.proposed = proposal.current;
        return proposal;
    }

    QList<Rank> lifted = ranks;
    for (auto it = topological.crbegin(); it != topological.crend(); ++it) {
        for (int blocker : std::as_const(blockers[*it])) {
            if (lifted[*it] < lifted[blocker])
                lifted[blocker] = lifted[*it];
        }
    }

    // Kahn's algorithm again, always taking the best-ranked available item.
    const auto before = [&](int a, int b) {
        return std::make_tuple(lifted[a].key(), ranks[a].key())
               < std::make_tuple(lifted[b].key(), ranks[b].key());
    };
    std::set<int, decltype(before)> available(before);
    for (int i = 0; i < n; ++i) {
        open[i] = int(blockers[i].size());
        if (open[i] == 0)
            available.insert(i);
    }
    proposal.proposed.reserve(n);
    while (!available.empty()) {
        const int next = *available.begin();
        available.erase(available.begin());
        proposal.m_proposedIndex.insert(proposal.current.at(next), int(proposal.proposed.size()));
        proposal.proposed.append(proposal.current.at(next));
        for (int item : std::as_const(waiting[next])) {
            if (--open[item] == 0)
                available.insert(item);
        }
    }
    return proposal;
}

Reordering applying(const QList<BacklogRow> &rows, const Proposal &proposal)
{
    if (proposal.isRefused())
        return {};
    // The target order: plannable places filled in the proposed order.
    QList<ItemId> target;
    target.reserve(rows.size());
    qsizetype next = 0;
    for (const BacklogRow &row : rows) {
        if (proposal.currentIndex(row.id) >= 0 && next < proposal.proposed.size())
            target.append(proposal.proposed.at(next++));
        else
            target.append(row.id);
    }
    qsizetype first = 0;
    while (first < target.size() && target.at(first) == rows.at(first).id)
        ++first;
    if (first == target.size())
        return {};
    qsizetype last = target.size() - 1;
    while (target.at(last) == rows.at(last).id)
        --last;
    return {first > 0 ? rows.at(first - 1).id : 0, target.mid(first, last - first + 1)};
}

Reordering toProposedPlace(const QList<BacklogRow> &rows, const Proposal &proposal, ItemId id)
{
    const int to = proposal.proposedIndex(id);
    if (proposal.isRefused() || to < 0)
        return {};
    ItemId anchor = 0;
    if (to > 0) {
        anchor = proposal.proposed.at(to - 1);
    } else {
        // Where today's first plannable item is: below the row above it.
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i).id == proposal.current.front()) {
                anchor = i > 0 ? rows.at(i - 1).id : 0;
                break;
            }
        }
        if (anchor == id)
            return {};
    }
    // Already there: the row above it is the anchor.
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).id == id) {
            if ((i == 0 && anchor == 0) || (i > 0 && rows.at(i - 1).id == anchor))
                return {};
            break;
        }
    }
    return {anchor, {id}};
}

} // namespace Ordo::Prioritization
