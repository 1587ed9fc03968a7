#include "migrations.h"
#include "runstatements.h"

// Version 9: full-text search of the longer texts.
// The backlog's search box finds words in an item's story (who, what, why), its description and
// its acceptance criteria as the Product Owner types. A LIKE over those columns reads every row;
// an FTS5 index with the trigram tokenizer (SQLite 3.34 and later) answers a substring of three
// characters or more from the index. The index keeps its own copy of the texts, one row per item
// with the item's id as its rowid, and triggers keep it in step with every write, whichever code
// makes it. Titles and labels are not in it: the backlog holds them in memory already.

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
    return QStringLiteral("INSERT INTO item_text (rowid, story, description, criteria) "
                          "SELECT item.id, %1, item.description, %2 FROM item %3")
        .arg(storyOf(QStringLiteral("item")), criteriaOf(QStringLiteral("item.id")), where);
}

Status step9Search(const QSqlDatabase &db)
{
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
