#include "migrations.h"
#include "runstatements.h"
#include "storage/dialect.h"

// Version 13: ids that two clients of one server product never both take.
// PostgreSQL numbers a row inserted without an id as SQLite does, the highest id plus one
// (format 1's ordo_next_id()). Two people writing at the same moment both read the same highest
// id, and one of their writes failed on the primary key. The numbering now waits for the other
// transactions numbering the same table (a transaction-level advisory lock, released at their
// commit) and then reads the highest id as committed; ItemRepository takes the same lock before
// it numbers a batch of items itself (Sql::idLockSql()). Nothing changes for a product file:
// SQLite has one writer at a time.

namespace Ordo::Migrations {

Status step13Ids(const QSqlDatabase &db)
{
    if (!Sql::isPostgres(db))
        return success();
    return runStatements(db, {QStringLiteral("CREATE OR REPLACE FUNCTION ordo_next_id() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                             "PERFORM pg_advisory_xact_lock(hashtext(TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME)); "
                                             "EXECUTE format('SELECT coalesce(max(id), 0) + 1 FROM %I.%I', "
                                             "TG_TABLE_SCHEMA, TG_TABLE_NAME) INTO NEW.id; RETURN NEW; END $$")});
}

} // namespace Ordo::Migrations
