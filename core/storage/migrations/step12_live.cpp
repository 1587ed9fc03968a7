#include "migrations.h"

#include "../sql.h"

// Version 12: live updates between the clients of a server product.
// On PostgreSQL every statement that writes a table a client shows notifies the channel
// ordo_changes, once per statement, with a compact JSON payload:
//   {"table": "item", "op": "update", "ids": [4, 9], "user": "alice", "pid": 12345}
// `ids` are the item ids the statement touched (sprint ids for the sprint tables, the row's own
// id for the others); null when there are more than 200 of them: "reload all" (a NOTIFY payload
// is limited to 8000 bytes). `user` is the writer's PostgreSQL user, `pid` its backend, so that a
// client passes over its own writes. NOTIFY is delivered when the transaction commits, and the
// same payload twice in one transaction only once. A product file (SQLite) has no other clients:
// the step changes nothing there.

namespace Ordo::Migrations {
namespace {

struct Watched
{
    const char *table;
    const char *key; // the column whose values the payload lists
};

constexpr Watched watched[] = {
    {"item", "id"},
    {"acceptance_criterion", "item_id"},
    {"item_label", "item_id"},
    {"dependency", "item_id"},
    {"sprint", "id"},
    {"sprint_done", "sprint_id"},
    {"sprint_absence", "sprint_id"},
    {"product", "id"},
    {"checklist_item", "id"},
    {"team_member", "id"},
    {"decision", "id"},
    {"review", "item_id"},
    {"review_verdict", "item_id"},
};

QStringList postgresStatements()
{
    // One function for every table: the key column comes as the trigger's argument, and the
    // transition tables are named ordo_old / ordo_new on every trigger.
    QStringList statements{QStringLiteral(R"(CREATE FUNCTION ordo_notify_changes() RETURNS trigger
LANGUAGE plpgsql AS $body$
DECLARE
    touched bigint[];
    source text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        source := format('SELECT %I AS k FROM ordo_new', TG_ARGV[0]);
    ELSIF TG_OP = 'DELETE' THEN
        source := format('SELECT %I AS k FROM ordo_old', TG_ARGV[0]);
    ELSE
        source := format('SELECT %1$I AS k FROM ordo_new UNION SELECT %1$I FROM ordo_old', TG_ARGV[0]);
    END IF;
    EXECUTE 'SELECT array_agg(DISTINCT k ORDER BY k) FROM (' || source || ') touched_rows' INTO touched;
    IF touched IS NULL THEN
        RETURN NULL; -- the statement wrote no row
    END IF;
    PERFORM pg_notify('ordo_changes', json_build_object(
        'table', TG_TABLE_NAME,
        'op', lower(TG_OP),
        'ids', CASE WHEN cardinality(touched) > 200 THEN NULL ELSE to_json(touched) END,
        'user', current_user,
        'pid', pg_backend_pid())::text);
    RETURN NULL;
END
$body$)")};
    for (const Watched &w : watched) {
        const QString table = QString::fromLatin1(w.table);
        const QString key = QString::fromLatin1(w.key);
        statements << QStringLiteral("CREATE TRIGGER %1_notify_insert AFTER INSERT ON %1 "
                                     "REFERENCING NEW TABLE AS ordo_new "
                                     "FOR EACH STATEMENT EXECUTE FUNCTION ordo_notify_changes('%2')")
                          .arg(table, key)
                   << QStringLiteral("CREATE TRIGGER %1_notify_update AFTER UPDATE ON %1 "
                                     "REFERENCING OLD TABLE AS ordo_old NEW TABLE AS ordo_new "
                                     "FOR EACH STATEMENT EXECUTE FUNCTION ordo_notify_changes('%2')")
                          .arg(table, key)
                   << QStringLiteral("CREATE TRIGGER %1_notify_delete AFTER DELETE ON %1 "
                                     "REFERENCING OLD TABLE AS ordo_old "
                                     "FOR EACH STATEMENT EXECUTE FUNCTION ordo_notify_changes('%2')")
                          .arg(table, key);
    }
    return statements;
}

} // namespace

Status step12Live(const QSqlDatabase &db)
{
    // PostgreSQL's own statements, run as they are (no SQLite DDL to translate); nothing on SQLite.
    for (const QString &postgres : postgresStatements()) {
        const QString statement = Sql::choose(db, QString(), postgres);
        if (statement.isEmpty())
            continue;
        if (auto done = Sql::exec(db, statement); !done)
            return done.error();
    }
    return success();
}

} // namespace Ordo::Migrations
