#pragma once

#include "domain/sprintchange.h"
#include "expected.h"

namespace Ordo {

class Database;

// What the sprint review recorded of each item it judged (see ReviewRecord): read for the review's
// pages, the story editor's rejection banner and the review report; written only through
// SprintRepository::apply(), inside the transaction of the decision that records it.
class ReviewRepository
{
public:
    explicit ReviewRepository(Database &database);

    // The record of `item` in `sprint`; an empty one (with the ids) when nothing was recorded.
    Expected<ReviewRecord> record(SprintId sprint, ItemId item) const;
    // The item's newest rejection (empty when there is none): what the story editor's banner
    // shows while the item is not accepted. Accepting clears it.
    Expected<ReviewRecord> openRejection(ItemId item) const;

    // The items of `sprint` whose record holds a note or a rejection (verdicts are not read):
    // what the review's report names. By item id.
    Expected<QList<ReviewRecord>> notesOf(SprintId sprint) const;

    // An item written down from a stakeholder's feedback at a sprint's review.
    struct Feedback
    {
        ItemId item = 0;
        QString requester;
    };
    // The feedback items of `sprint`'s review, in the order they were written down.
    Expected<QList<Feedback>> feedbackOf(SprintId sprint) const;

    // Replaces the record of its item and sprint (an empty record removes it). Runs inside the
    // caller's transaction.
    Status write(const ReviewRecord &record);

private:
    Database &m_database;
};

} // namespace Ordo
