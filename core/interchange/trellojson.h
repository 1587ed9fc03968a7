#pragma once

#include "interchange/importsource.h"
#include "storage/expected.h"

#include <QByteArray>
#include <QJsonObject>

// A Trello board exported as JSON (Menu, Print and export, Export as JSON).
//
// What becomes what:
// - Each card is an item keyed by its id (24 hex digits), which never changes: the short number
//   Trello shows ("#12") is the board's and a copy or a move to another board renumbers it. The
//   creation time is the one Trello's ids carry (their first 8 hex digits are Unix seconds);
//   dateLastActivity is the last update.
// - The list a card is in is its status, as named on the board: the mapping page maps it.
// - Backlog order: the lists in board order (their pos), then each list's cards by pos.
// - A closed card, or any card of a closed list, is archived.
// - Labels by name, or by colour where they have none; desc is the description.
// - A checklist named "Acceptance criteria", "Acceptance", "AC" (any case, a trailing colon
//   allowed) gives one criterion per check item, in pos order. Other checklists go at the end
//   of the description as "- [x] item" lines under their name, unless
//   Options::allChecklistsAsCriteria makes them criteria too.
// - A number custom field named "Effort", "Points", "Story Points" or "Estimate" is the
//   estimate.
// Trello has no types, sprints or links between cards: items are stories, outside any sprint.
// Members and comments (actions) name people and are not read.

namespace Ordo::Import {

struct TrelloOptions
{
    bool allChecklistsAsCriteria = false;
};

// Whether the JSON is a Trello board: an object with "cards" and "lists" arrays.
bool isTrelloJson(const QJsonObject &board);

// Reads a board from its JSON bytes; invalid JSON (including nesting deeper than the JSON
// parser takes) is refused with the parser's message and the byte where it stopped.
Expected<Source> readTrelloJson(const QByteArray &json, const TrelloOptions &options = {});
Expected<Source> readTrelloJson(const QJsonObject &board, const TrelloOptions &options = {});

} // namespace Ordo::Import
