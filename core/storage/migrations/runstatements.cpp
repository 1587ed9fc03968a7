#include "runstatements.h"

#include "../sql.h"

#include <QCoreApplication>

namespace Ordo::Migrations {

Status runStatements(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        if (auto result = Sql::exec(db, statement); !result)
            return result.error();
    }
    return success();
}

Status widenTable(const QSqlDatabase &db, const QString &table, const QString &from, const QString &to)
{
    auto definition = Sql::scalar(db, QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?"), {table});
    if (!definition)
        return definition.error();
    QString sql = definition->toString();
    // A table rebuilt by an earlier step is stored under its quoted name (SQLite's RENAME quotes it).
    QString head = QStringLiteral("CREATE TABLE %1 (").arg(table);
    if (const QString quoted = QStringLiteral("CREATE TABLE \"%1\" (").arg(table); sql.startsWith(quoted))
        head = quoted;
    if (!sql.startsWith(head) || sql.count(from) != 1) {
        return Error{QCoreApplication::translate("Ordo::Storage", "The table “%1” is not as this step expects.")
                         .arg(table)};
    }
    sql.replace(from, to);
    sql.replace(0, head.size(), QStringLiteral("CREATE TABLE %1_widened (").arg(table));

    QStringList indexes;
    auto query = Sql::exec(db, QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? "
                                              "AND sql IS NOT NULL ORDER BY name"), {table});
    if (!query)
        return query.error();
    while (query->next())
        indexes.append(query->value(0).toString());
    query->finish();

    QStringList statements{sql,
                           QStringLiteral("INSERT INTO %1_widened SELECT * FROM %1").arg(table),
                           QStringLiteral("DROP TABLE %1").arg(table),
                           QStringLiteral("ALTER TABLE %1_widened RENAME TO %1").arg(table)};
    statements += indexes;
    return runStatements(db, statements);
}


} // namespace Ordo::Migrations
