#pragma once

#include "domain/enums.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ordo {

// What the Product Owner types in the backlog's search box, parsed.
//
//   pay card            both words (AND), anywhere in the key, title, labels or longer texts
//   "saved card"        the phrase, as written
//   -android            not this word; -"gift card" not this phrase
//   key:ORD-12  #12     the item with this key (several key: terms: any of them)
//   label:mobile        items with a label starting with this (every label: term applies)
//   type:bug  status:ready   one of these types or statuses (prefixes work: status:in)
//   -type:epic          not of this type (also -status:, -label:)
//   epic:"Checkout"     the children of epics whose title contains this, or epic:ORD-4
//
// Text is case-folded once, here. A field value that names nothing (type:bgu) is reported
// in `problems` and makes the query match nothing, so a typo does not show the whole backlog.
struct SearchQuery
{
    enum Field { KeyField, LabelField, TypeField, StatusField, EpicField };

    struct Term
    {
        QString text;               // case-folded
        bool exclude = false;
        std::optional<int> number;  // "ORD-42", "#42": the item's number, matched alone
        bool operator==(const Term &other) const = default;
    };

    QList<Term> terms;
    QList<int> keyNumbers;
    QStringList labels;          // case-folded prefixes, all required
    QStringList excludedLabels;  // case-folded prefixes, none allowed
    quint32 typeMask = 0;        // bit (1 << int(ItemType)); 0: any
    quint32 excludedTypes = 0;
    quint32 statusMask = 0;      // bit (1 << int(ItemStatus)); 0: any
    quint32 excludedStatuses = 0;
    QStringList epics;           // case-folded title parts or keys of epics
    QStringList problems;        // what was not understood, for the user
    bool impossible = false;     // a value named nothing: the query matches nothing

    static SearchQuery parse(QStringView text, const QString &keyPrefix);

    bool isEmpty() const;
    // Everything but the text terms is the same.
    bool sameFields(const SearchQuery &other) const;
    bool operator==(const SearchQuery &other) const = default;

    // The field's name as typed ("type"), and the values completion offers for the
    // types and statuses (their storage names, e.g. "in_progress").
    static QString fieldName(Field field);
    static QStringList fieldValues(Field field);
    // The item number in "ORD-42", "42" or "#42" (any prefix if keyPrefix is empty).
    static std::optional<int> keyNumber(QStringView text, const QString &keyPrefix);
};

} // namespace Ordo
