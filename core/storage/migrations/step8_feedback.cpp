#include "migrations.h"
#include "runstatements.h"

// Version 8: stakeholder feedback from the sprint review.
// An item written down from what a stakeholder said at a sprint review keeps which sprint's review
// it came from (its requester is the stakeholder), so that the review's report lists it. The item
// itself goes to the Product Backlog, never into the sprint: feedback is new work to be ordered.
// Removing the sprint keeps the item and forgets the link.

namespace Ordo::Migrations {

Status step8Feedback(const QSqlDatabase &db)
{
    return runStatements(
        db,
        {
            QStringLiteral("ALTER TABLE item ADD COLUMN feedback_sprint_id INTEGER "
                           "REFERENCES sprint (id) ON DELETE SET NULL"),
            QStringLiteral("CREATE INDEX item_feedback ON item (feedback_sprint_id) "
                           "WHERE feedback_sprint_id IS NOT NULL"),
        });
}

} // namespace Ordo::Migrations
