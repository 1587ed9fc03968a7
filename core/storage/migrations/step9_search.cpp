#include "migrations.h"
#include "runstatements.h"

#include "../dialect.h"

// Version 9: full-text search of the longer texts.
// The backlog's search box finds words in an item's story (who, what, why), its description and
// its acceptance criteria as the Product Owner types. A LIKE over those columns reads every row;
// an FTS5 index with the trigram tokenizer (SQLite 3.34 and later) answers a substring of three
// characters or more from the index. The index keeps its own copy of the texts, one row per item
// with the item's id as its rowid, and triggers keep it in step with every write, whichever code
// makes it. Titles and labels are not in it: the backlog holds them in memory already.
//
// PostgreSQL has no FTS5. There item_text is a plain table of the same texts keyed by item_id,
// with a pg_trgm trigram index (GIN) over them that answers ILIKE '%needle%', and PL/pgSQL
// triggers on the same writes keep it in step. pg_trgm ships with Debian's postgresql-15 and is
// a trusted extension: the database's owner may create it.

namespace Ordo::Migrations {

namespace {

QString criteriaOf(const QString &item)
{
    return QStringLiteral("coalesce((SELECT group_concat(text, char(10)) FROM "
                          "(SELECT text FROM acceptance_criterion WHERE item_id = %1 ORDER BY position)), '')")
        .arg(item);
}

QString storyOf(const QString &row)
{
    return QStringLiteral("%1.role || char(10) || %1.want || char(10) || %1.benefit").arg(row);
}

// Rewrites the criteria of the item `item` in the index.
QString refreshCriteria(const QString &item)
{
    return QStringLiteral("UPDATE item_text SET criteria = %1 WHERE rowid = %2;").arg(criteriaOf(item), item);
}

} // namespace

QString indexItemTextSql(const QString &where)
{
    return indexItemTextSql(Sql::Engine::Sqlite, where);
}

QString indexItemTextSql(Sql::Engine engine, const QString &where)
{
    if (engine == Sql::Engine::Postgres) {
        return QStringLiteral("INSERT INTO item_text (item_id, story, description, criteria) "
                              "SELECT item.id, item.role || E'\\n' || item.want || E'\\n' || item.benefit, "
                              "item.description, item_text_criteria(item.id) FROM item %1")
            .arg(where);
    }
    return QStringLiteral("INSERT INTO item_text (rowid, story, description, criteria) "
                          "SELECT item.id, %1, item.description, %2 FROM item %3")
        .arg(storyOf(QStringLiteral("item")), criteriaOf(QStringLiteral("item.id")), where);
}

namespace {

Status step9SearchOnServer(const QSqlDatabase &db)
{
    return runStatements(
        db,
        {
            QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
            QStringLiteral("CREATE TABLE item_text (item_id BIGINT PRIMARY KEY, story TEXT NOT NULL DEFAULT '', "
                           "description TEXT NOT NULL DEFAULT '', criteria TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX item_text_trigram ON item_text USING gin "
                           "((%1) gin_trgm_ops)").arg(itemTextDocument()),
            QStringLiteral("CREATE FUNCTION item_text_criteria(item BIGINT) RETURNS TEXT LANGUAGE sql STABLE AS $$ "
                           "SELECT coalesce(string_agg(text, E'\\n' ORDER BY position), '') "
                           "FROM acceptance_criterion WHERE item_id = item $$"),
            QStringLiteral("CREATE FUNCTION item_text_item() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                           "IF TG_OP = 'INSERT' THEN "
                           "INSERT INTO item_text (item_id, story, description, criteria) VALUES (NEW.id, "
                           "NEW.role || E'\\n' || NEW.want || E'\\n' || NEW.benefit, NEW.description, item_text_criteria(NEW.id)); "
                           "ELSIF TG_OP = 'UPDATE' THEN "
                           "UPDATE item_text SET story = NEW.role || E'\\n' || NEW.want || E'\\n' || NEW.benefit, "
                           "description = NEW.description WHERE item_id = NEW.id; "
                           "ELSE DELETE FROM item_text WHERE item_id = OLD.id; "
                           "END IF; RETURN NULL; END $$"),
            QStringLiteral("CREATE FUNCTION item_text_criterion() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                           "IF TG_OP <> 'INSERT' THEN "
                           "UPDATE item_text SET criteria = item_text_criteria(OLD.item_id) WHERE item_id = OLD.item_id; "
                           "END IF; "
                           "IF TG_OP <> 'DELETE' THEN "
                           "UPDATE item_text SET criteria = item_text_criteria(NEW.item_id) WHERE item_id = NEW.item_id; "
                           "END IF; RETURN NULL; END $$"),
            indexItemTextSql(Sql::Engine::Postgres, QString()),
            QStringLiteral("CREATE TRIGGER item_text_insert AFTER INSERT ON item "
                           "FOR EACH ROW EXECUTE FUNCTION item_text_item()"),
            QStringLiteral("CREATE TRIGGER item_text_update AFTER UPDATE OF role, want, benefit, description ON item "
                           "FOR EACH ROW EXECUTE FUNCTION item_text_item()"),
            QStringLiteral("CREATE TRIGGER item_text_delete AFTER DELETE ON item "
                           "FOR EACH ROW EXECUTE FUNCTION item_text_item()"),
            QStringLiteral("CREATE TRIGGER item_text_criterion_insert AFTER INSERT ON acceptance_criterion "
                           "FOR EACH ROW EXECUTE FUNCTION item_text_criterion()"),
            QStringLiteral("CREATE TRIGGER item_text_criterion_update AFTER UPDATE ON acceptance_criterion "
                           "FOR EACH ROW EXECUTE FUNCTION item_text_criterion()"),
            QStringLiteral("CREATE TRIGGER item_text_criterion_delete AFTER DELETE ON acceptance_criterion "
                           "FOR EACH ROW EXECUTE FUNCTION item_text_criterion()"),
        });
}

} // namespace

QString itemTextDocument()
{
    return QStringLiteral("story || E'\\n' || description || E'\\n' || criteria");
}

Status step9Search(const QSqlDatabase &db)
{
    if (Sql::isPostgres(db))
        return step9SearchOnServer(db);
    return runStatements(
        db,
        {
            QStringLiteral("CREATE VIRTUAL TABLE item_text USING fts5"
                           "(story, description, criteria, tokenize = 'trigram')"),
            indexItemTextSql(QString()),
            QStringLiteral("CREATE TRIGGER item_text_insert AFTER INSERT ON item BEGIN "
                           "INSERT INTO item_text (rowid, story, description, criteria) "
                           "VALUES (new.id, %1, new.description, %2); END")
                .arg(storyOf(QStringLiteral("new")), criteriaOf(QStringLiteral("new.id"))),
            QStringLiteral("CREATE TRIGGER item_text_update AFTER UPDATE OF role, want, benefit, description ON item "
                           "BEGIN UPDATE item_text SET story = %1, description = new.description "
                           "WHERE rowid = new.id; END")
                .arg(storyOf(QStringLiteral("new"))),
            QStringLiteral("CREATE TRIGGER item_text_delete AFTER DELETE ON item BEGIN "
                           "DELETE FROM item_text WHERE rowid = old.id; END"),
            QStringLiteral("CREATE TRIGGER item_text_criterion_insert AFTER INSERT ON acceptance_criterion BEGIN %1 END")
                .arg(refreshCriteria(QStringLiteral("new.item_id"))),
            QStringLiteral("CREATE TRIGGER item_text_criterion_update AFTER UPDATE ON acceptance_criterion BEGIN %1 %2 END")
                .arg(refreshCriteria(QStringLiteral("old.item_id")), refreshCriteria(QStringLiteral("new.item_id"))),
            QStringLiteral("CREATE TRIGGER item_text_criterion_delete AFTER DELETE ON acceptance_criterion BEGIN %1 END")
                .arg(refreshCriteria(QStringLiteral("old.item_id"))),
        });
}

} // namespace Ordo::Migrations
