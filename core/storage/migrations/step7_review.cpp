#include "migrations.h"
#include "runstatements.h"

// Version 7: the sprint review.
// - A Definition of Done per sprint. A sprint keeps its own copy of the product's
// Definition of Done, taken when the sprint is created, edited while it is planned and frozen
// when it starts, so that its review checks what was agreed then, whatever the product's
// Definition of Done has become since (iceScrum keeps one on each sprint too). What a sprint of an
// older file agreed was never written down: such sprints take the product's Definition of Done as
// it is now, the best record there is.
// - What the review recorded of each item it judged in a sprint: a verdict per acceptance
//   criterion, kept with the scenario's name and text so that it follows the scenario when the
//   criteria are edited; a verdict per item of the sprint's Definition of Done; a note; and for a
//   rejection, why and what failed, which the story editor shows until the item is accepted.
// - The review's judgement of the sprint goal (met, partly met, not met) with a sentence.

namespace Ordo::Migrations {

Status step7Review(const QSqlDatabase &db)
{
    return runStatements(
        db,
        {
            QStringLiteral("CREATE TABLE sprint_done ("
                           "sprint_id INTEGER NOT NULL REFERENCES sprint (id) ON DELETE CASCADE, "
                           "position INTEGER NOT NULL, "
                           "text TEXT NOT NULL, "
                           "PRIMARY KEY (sprint_id, position))"),
            QStringLiteral("INSERT INTO sprint_done (sprint_id, position, text) "
                           "SELECT s.id, c.position, c.text FROM sprint s "
                           "JOIN checklist_item c ON c.checklist = 'done'"),
            QStringLiteral("ALTER TABLE sprint ADD COLUMN goal_verdict TEXT "
                           "CHECK (goal_verdict IN ('met', 'partly_met', 'not_met'))"),
            QStringLiteral("ALTER TABLE sprint ADD COLUMN goal_verdict_note TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE TABLE review ("
                           "sprint_id INTEGER NOT NULL REFERENCES sprint (id) ON DELETE CASCADE, "
                           "item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE, "
                           "note TEXT NOT NULL DEFAULT '', "
                           "rejection_reason TEXT NOT NULL DEFAULT '', "
                           "failed TEXT NOT NULL DEFAULT '', "
                           "PRIMARY KEY (sprint_id, item_id))"),
            QStringLiteral("CREATE TABLE review_verdict ("
                           "sprint_id INTEGER NOT NULL, "
                           "item_id INTEGER NOT NULL, "
                           "kind TEXT NOT NULL CHECK (kind IN ('criterion', 'done')), "
                           "position INTEGER NOT NULL, "
                           "name TEXT NOT NULL DEFAULT '', "
                           "match_text TEXT NOT NULL DEFAULT '', "
                           "met INTEGER NOT NULL CHECK (met IN (0, 1)), "
                           "PRIMARY KEY (sprint_id, item_id, kind, position), "
                           "FOREIGN KEY (sprint_id, item_id) REFERENCES review (sprint_id, item_id) ON DELETE CASCADE)"),
        });
}

} // namespace Ordo::Migrations
