#pragma once

#include "../dialect.h"
#include "../expected.h"

#include <QSqlDatabase>

// Versioned schema migrations.
//
// The schema version of a product file is kept in SQLite's `user_version`
// header field (on a PostgreSQL server, in the one row of the table ordo_header)
// and each applied step is recorded in the `schema_migration`
// table. Step N takes a file from version N-1 to N, runs in its own
// transaction together with the version bump, and is never edited once
// released: a change to the schema is a new step in a new file.

namespace Ordo::Migrations {

// The newest schema version this build of Ordo knows.
int latestVersion();

// Applies every step after the file's current version, up to `targetVersion`
// (default: the latest). Each step commits on its own; a failing step rolls
// back and leaves the file at the previous version.
Status migrate(QSqlDatabase db, int targetVersion = -1);

// The version recorded in the file.
Expected<int> currentVersion(const QSqlDatabase &db);

// One step per version, each defined in its own file.
Status step1InitialSchema(const QSqlDatabase &db);
Status step2HistoryAndDecisions(const QSqlDatabase &db);
Status step3ReadinessAndSplits(const QSqlDatabase &db);
Status step4ScoringAndHealth(const QSqlDatabase &db);
Status step5Sprints(const QSqlDatabase &db);
Status step6Charts(const QSqlDatabase &db);
Status step7Review(const QSqlDatabase &db);
Status step8Feedback(const QSqlDatabase &db);
Status step9Search(const QSqlDatabase &db);
Status step10Import(const QSqlDatabase &db);
Status step11Versions(const QSqlDatabase &db);
Status step12Live(const QSqlDatabase &db); // live updates (PostgreSQL only)
Status step13Ids(const QSqlDatabase &db);  // ids no two server clients both take
Status step14UniqueKeys(const QSqlDatabase &db); // no two items share an order key

// The statement that puts items into the full-text index (format 9) as its triggers do:
// `where` picks them ("WHERE id BETWEEN 5 AND 9"; empty for all). Bulk writes suspend the
// insert triggers and index their items with it once.
QString indexItemTextSql(const QString &where);
// The same for either engine (PostgreSQL's item_text is keyed by item_id; see step 9).
QString indexItemTextSql(Sql::Engine engine, const QString &where);

// PostgreSQL: the text of item_text the trigram index covers, for ILIKE (see step 9).
QString itemTextDocument();

} // namespace Ordo::Migrations
