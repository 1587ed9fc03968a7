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

    // Replaces the record of its item and sprint (an empty record removes it). Runs inside the
    // caller's transaction.
    Status write(const ReviewRecord &record);

private:
    Database &m_database;
};

} // namespace Ordo
