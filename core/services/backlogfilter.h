#pragma once

#include "domain/backlogrow.h"

#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace Ordo {

// What the Product Owner narrows the backlog to. An empty criterion matches
// everything; all criteria must match.
struct BacklogFilter
{
    enum class Readiness { Any, Ready, NotReady };

    QString text;          // filter-as-you-type: key, title, labels (+ story text, see below)
    quint32 typeMask = 0;   // bit (1 << int(ItemType)); 0 = every type
    quint32 statusMask = 0; // bit (1 << int(ItemStatus)); 0 = every status
    std::optional<ItemId> epic; // only children of this epic (and the epic itself)
    bool withoutEpic = false;   // only items with no epic
    QString label;              // only items with this label
    Readiness readiness = Readiness::Any;

    bool isActive() const;
    bool operator==(const BacklogFilter &other) const = default;
};

// A filter prepared for matching many rows quickly: the text is lowered and
// parsed once per keystroke, not once per row.
class BacklogFilterMatcher
{
public:
    // `textMatches`: ids whose story text, description or acceptance criteria
    // contain the text (searched in the product file, see ItemRepository::idsWithText).
    // `isReady`: whether a row meets the product's Definition of Ready.
    BacklogFilterMatcher(const BacklogFilter &filter,
                         const QString &keyPrefix,
                         QSet<ItemId> textMatches = {},
                         std::function<bool(const BacklogRow &)> isReady = {});

    bool matches(const BacklogRow &row) const;

private:
    bool matchesText(const BacklogRow &row) const;

    BacklogFilter m_filter;
    QString m_text;
    std::optional<int> m_number; // "ORD-42", "ord-42" or "42" look for item 42
    QSet<ItemId> m_textMatches;
    std::function<bool(const BacklogRow &)> m_isReady;
};

} // namespace Ordo
