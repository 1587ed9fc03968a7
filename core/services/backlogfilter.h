#pragma once

#include "domain/backlogrow.h"
#include "services/searchquery.h"
#include "services/searchtexts.h"

#include <QHash>
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

    QString text;          // the search box, in SearchQuery's syntax
    quint32 typeMask = 0;   // bit (1 << int(ItemType)); 0 = every type
    quint32 statusMask = 0; // bit (1 << int(ItemStatus)); 0 = every status
    std::optional<ItemId> epic; // only children of this epic (and the epic itself)
    bool withoutEpic = false;   // only items with no epic
    QString label;              // only items with this label
    Readiness readiness = Readiness::Any;

    bool isActive() const;
    // The same filter but for the search text.
    bool sameChoices(const BacklogFilter &other) const;
    bool operator==(const BacklogFilter &other) const = default;
};

// The items whose story text, description or acceptance criteria contain a search
// term, by term (case-folded), as the full-text index found them. A term that is not
// here has not been searched (yet, or it is too short for the index): for it, only
// the key, title and labels are looked at.
using FullTextMatches = QHash<QString, QSet<ItemId>>;

// A filter prepared for matching many rows quickly: the query is parsed and
// case-folded once per keystroke; a row's text was folded when it was read.
class BacklogFilterMatcher
{
public:
    struct Context
    {
        QString keyPrefix;
        FullTextMatches fullText;
        // Whether a row meets the product's Definition of Ready.
        std::function<bool(const BacklogRow &)> isReady;
        // The epics an epic: term names: those whose title contains the (case-folded)
        // text, or whose key it is.
        std::function<QSet<ItemId>(const QString &)> epicsNamed;
    };

    BacklogFilterMatcher(const BacklogFilter &filter, Context context);

    bool matches(const BacklogRow &row) const;
    // The same, with the row's search key read from SearchTexts: a search of words alone
    // looks at the key only, never at `row`.
    bool matches(const BacklogRow &row, const SearchKey &key) const;
    // Whether every row this matches was matched by `before`, so that only the
    // rows `before` matched need a look (a longer word, one more word...).
    bool narrows(const BacklogFilterMatcher &before) const;

    const BacklogFilter &filter() const { return m_filter; }
    const SearchQuery &query() const { return m_query; }
    const FullTextMatches &fullText() const { return m_context.fullText; }

private:
    struct Term
    {
        SearchQuery::Term term;
        QSet<ItemId> fullText;
        bool searched = false;
        quint64 letters = 0; // BacklogRow::letterMask() of the term
        quint64 pairs = 0;
        bool lettersDecide = false; // a single letter or digit: the row's mask answers
    };

    bool matchesText(const BacklogRow &row, const SearchKey &key) const;
    bool matchesChoices(const BacklogRow &row) const; // the filter bar's choices
    bool matchesFields(const BacklogRow &row) const;  // the query's fields

    BacklogFilter m_filter;
    Context m_context;
    SearchQuery m_query;
    QList<Term> m_terms;
    QSet<ItemId> m_epics; // from epic: terms
    bool m_hasLabelTerms = false;
    bool m_needsRow = false; // more than words: choices or fields
};

// Whether one of the labels in "a, b, c" (case-folded) starts with `prefix`.
bool hasLabelStartingWith(QStringView labels, QStringView prefix);
// Where `word` first stands in `text`, both case-folded already, or -1.
qsizetype findFolded(QStringView text, QStringView word);

} // namespace Ordo
