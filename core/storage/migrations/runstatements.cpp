#include "runstatements.h"

#include "../dialect.h"
#include "../sql.h"

#include <QRegularExpression>

#include <QCoreApplication>

namespace Ordo::Migrations {

Status runStatements(const QSqlDatabase &db, const QStringList &statements)
{
    const Sql::Engine engine = Sql::engineOf(db);
    for (const QString &statement : statements) {
        for (const QString &sql : Sql::schemaStatements(engine, statement)) {
            if (auto result = Sql::exec(db, sql); !result)
                return result.error();
        }
    }
    return success();
}

namespace {

QStringList literalsOf(const QString &text, const QRegularExpression &literal)
{
    QStringList values;
    for (auto it = literal.globalMatch(text); it.hasNext();)
        values.append(it.next().captured(1));
    return values;
}

// PostgreSQL alters a CHECK in place: the constraint whose list holds the literals of `from`, in
// that order, is replaced by one with those literals replaced by the literals of `to`, under the
// same name. PostgreSQL keeps `x IN ('a', 'b')` as `x = ANY (ARRAY['a'::text, 'b'::text])`.
Status widenServerTable(const QSqlDatabase &db, const QString &table, const QString &from, const QString &to)
{
    static const QRegularExpression quoted(QStringLiteral("'([^']*)'"));
    static const QRegularExpression stored(QStringLiteral("'([^']*)'::text"));
    static const QRegularExpression column(QStringLiteral("^CHECK \\(+(\\w+) = ANY"));
    const QStringList fromValues = literalsOf(from, quoted);
    const QStringList toValues = literalsOf(to, quoted);
    auto query = Sql::exec(db, QStringLiteral("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                                              "WHERE conrelid = to_regclass(?) AND contype = 'c' ORDER BY conname"),
                           {table});
    if (!query)
        return query.error();
    QString name, columnName;
    QStringList values;
    int found = 0;
    while (query->next()) {
        const QString definition = query->value(1).toString();
        const QStringList listed = literalsOf(definition, stored);
        const auto match = column.match(definition);
        for (qsizetype at = 0; match.hasMatch() && at + fromValues.size() <= listed.size(); ++at) {
            if (listed.mid(at, fromValues.size()) == fromValues) {
                ++found;
                name = query->value(0).toString();
                columnName = match.captured(1);
                values = listed.mid(0, at) + toValues + listed.mid(at + fromValues.size());
                break;
            }
        }
    }
    query->finish();
    if (found != 1 || fromValues.isEmpty()) {
        return Error{QCoreApplication::translate("Ordo::Storage", "The table “%1” is not as this step expects.")
                         .arg(table)};
    }
    QStringList literals;
    for (const QString &value : std::as_const(values))
        literals.append(QLatin1Char('\'') + value + QLatin1Char('\''));
    return runStatements(db, {QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(table, name),
                              QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 CHECK (%3 IN (%4))")
                                  .arg(table, name, columnName, literals.join(QStringLiteral(", ")))});
}

} // namespace

Status widenTable(const QSqlDatabase &db, const QString &table, const QString &from, const QString &to)
{
    if (Sql::isPostgres(db))
        return widenServerTable(db, table, from, to);
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
