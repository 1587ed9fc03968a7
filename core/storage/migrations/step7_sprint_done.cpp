#include "migrations.h"
#include "runstatements.h"

// Version 7: a Definition of Done per sprint. A sprint keeps its own copy of the product's
// Definition of Done, taken when the sprint is created, edited while it is planned and frozen
// when it starts, so that its review checks what was agreed then, whatever the product's
// Definition of Done has become since (iceScrum keeps one on each sprint too). What a sprint of an
// older file agreed was never written down: such sprints take the product's Definition of Done as
// it is now, the best record there is.

namespace Ordo::Migrations {

Status step7SprintDone(const QSqlDatabase &db)
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
        });
}

} // namespace Ordo::Migrations
