#include "migrations.h"
#include "runstatements.h"

// Version 5: what running sprints adds.
// - An In Review status for the board's optional column, a Cancelled sprint state, and a
//   commitment row in the history when a sprint starts: three CHECK constraints widen. SQLite
//   cannot alter a CHECK, so each of those tables is rebuilt from its own stored definition with
//   the one list widened (SQLite's "make other kinds of table schema changes" procedure; migrate()
//   runs with foreign keys off for it and checks them before the step commits).
// - When a sprint started and closed, items marked as serving the sprint goal, the product's
//   working weekdays, board columns and WIP limits, how many sprints velocity averages, and the
//   capacity allocation per item type.
// - The team: members with their usual availability, and days off per member per sprint.

namespace Ordo::Migrations {

Status step5Sprints(const QSqlDatabase &db)
{
    if (auto widened = widenTable(db, QStringLiteral("item"), QStringLiteral("'in_progress', 'done',"),
                                  QStringLiteral("'in_progress', 'in_review', 'done',"));
        !widened) {
        return widened;
    }
    if (auto widened = widenTable(db, QStringLiteral("sprint"), QStringLiteral("('planned', 'active', 'closed')"),
                                  QStringLiteral("('planned', 'active', 'closed', 'cancelled')"));
        !widened) {
        return widened;
    }
    if (auto widened = widenTable(db, QStringLiteral("history"), QStringLiteral("'acceptance', 'archived')"),
                                  QStringLiteral("'acceptance', 'archived', 'committed')"));
        !widened) {
        return widened;
    }
    return runStatements(
        db,
        {
            QStringLiteral("ALTER TABLE sprint ADD COLUMN started_at TEXT"),
            QStringLiteral("ALTER TABLE sprint ADD COLUMN closed_at TEXT"),
            QStringLiteral("CREATE INDEX sprint_dates ON sprint (start_date)"),
            QStringLiteral("ALTER TABLE item ADD COLUMN serves_sprint_goal INTEGER NOT NULL DEFAULT 0 "
                           "CHECK (serves_sprint_goal IN (0, 1))"),
            // Qt's day numbers, 1 = Monday ... 7 = Sunday.
            QStringLiteral("ALTER TABLE product ADD COLUMN working_days TEXT NOT NULL DEFAULT '1,2,3,4,5'"),
            QStringLiteral("ALTER TABLE product ADD COLUMN velocity_sprints INTEGER NOT NULL DEFAULT 3 "
                           "CHECK (velocity_sprints BETWEEN 1 AND 5)"),
            QStringLiteral("ALTER TABLE product ADD COLUMN review_column INTEGER NOT NULL DEFAULT 0 "
                           "CHECK (review_column IN (0, 1))"),
            // The board's column names, To Do to Done, separated by newlines ('' keeps the default).
            QStringLiteral("ALTER TABLE product ADD COLUMN board_columns TEXT NOT NULL DEFAULT ''"),
            // The WIP limit of each column, in the same order ('0' = none), e.g. '0,3,2,0'.
            QStringLiteral("ALTER TABLE product ADD COLUMN wip_limits TEXT NOT NULL DEFAULT ''"),
            // A target share of the sprint per item type, e.g. 'technical_debt:20,bug:10'.
            QStringLiteral("ALTER TABLE product ADD COLUMN capacity_allocation TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(R"(CREATE TABLE team_member (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                availability INTEGER NOT NULL DEFAULT 100 CHECK (availability BETWEEN 0 AND 100),
                position INTEGER NOT NULL DEFAULT 0))"),
            QStringLiteral(R"(CREATE TABLE sprint_absence (
                sprint_id INTEGER NOT NULL REFERENCES sprint (id) ON DELETE CASCADE,
                member_id INTEGER NOT NULL REFERENCES team_member (id) ON DELETE CASCADE,
                days REAL NOT NULL CHECK (days >= 0),
                PRIMARY KEY (sprint_id, member_id)))"),
        });
}

} // namespace Ordo::Migrations
