#include "migrations.h"
#include "runstatements.h"

#include "../sprintrepository.h"

// Version 6: what the charts need.
// - A success metric's measurements: the date the actual value was measured, and a history row
//   per measurement (the field widens to 'metric').
// - A sprint's own history read through an index: the rows that moved an item into or out of
//   it, so that one sprint's burndown never reads the whole table; and the items ever rejected.
// - A sprint's figures frozen when it starts and closes (the points committed and the points
//   accepted), so that velocity over many sprints reads one row each. Sprints that started or
//   closed before this step get theirs from the history, as velocity replayed it until now.

namespace Ordo::Migrations {

Status step6Charts(const QSqlDatabase &db)
{
    if (auto widened = widenTable(db, QStringLiteral("history"), QStringLiteral("'archived', 'committed')"),
                                  QStringLiteral("'archived', 'committed', 'metric')"));
        !widened) {
        return widened;
    }
    if (auto done = runStatements(
            db,
            {
                QStringLiteral("ALTER TABLE item ADD COLUMN metric_measured_on TEXT"),
                QStringLiteral("CREATE INDEX history_sprint_in ON history (new_value) WHERE field = 'sprint'"),
                QStringLiteral("CREATE INDEX history_sprint_out ON history (old_value) WHERE field = 'sprint'"),
                QStringLiteral("CREATE INDEX history_rejected ON history (item_id) WHERE field = 'status' AND new_value = 'rejected'"),
                QStringLiteral("ALTER TABLE sprint ADD COLUMN committed_points REAL"),
                QStringLiteral("ALTER TABLE sprint ADD COLUMN completed_points REAL"),
            });
        !done) {
        return done;
    }

    return SprintRepository::freezeFromHistory(db);
}

} // namespace Ordo::Migrations
