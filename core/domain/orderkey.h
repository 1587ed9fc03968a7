#pragma once

#include <QList>
#include <QString>

#include <optional>

// Fractional order keys.
//
// The Product Backlog order is stored as one string per item that sorts
// bytewise (SQLite's BINARY collation, COLLATE "C" on PostgreSQL). Moving an
// item gives it a new key between its new neighbours' keys, so a move writes
// exactly one row, however long the backlog is.
//
// A key is an "integer part" followed by a fraction, over the 62 digits
// 0-9 A-Z a-z. The integer part's head letter encodes its length ('a' = one
// digit, 'b' = two, ... 'A'..'Z' for negative numbers), so appending at either
// end grows keys only logarithmically: 100,000 appends stay under 5 characters.
// Inserting repeatedly into the same gap grows the fraction by about one
// character per six insertions (log2(62) bits each); see needsRebalance().
//
// The algorithm is the well-known one behind Figma's and Jira's (LexoRank)
// orderings, written afresh for QString.

namespace Ordo::OrderKey {

// A key strictly between `before` and `after`; an empty string means "no
// neighbour" on that side. Returns nullopt if the inputs are invalid or not
// ordered (before >= after).
std::optional<QString> between(const QString &before, const QString &after);

// `count` evenly spread keys strictly between the two bounds, in ascending order.
// Used to lay out many items at once (new product, import, rebalance).
QList<QString> spread(const QString &before, const QString &after, int count);

// True if `key` is a well-formed order key.
bool isValid(const QString &key);

// Keys longer than this are a sign that one gap has been bisected many times.
// 40 characters keep every key small in memory and in an index, while a
// realistic backlog reaches it only after ~200 insertions into the same gap.
// When a move would produce a longer key, the backlog is rebalanced (every key
// rewritten evenly spread, in one transaction) before the move.
inline constexpr int maxKeyLength = 40;
bool needsRebalance(const QString &key);

} // namespace Ordo::OrderKey
