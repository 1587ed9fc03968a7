#include "dialect.h"

#include <QRegularExpression>

namespace Ordo::Sql {

Engine engineOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Engine::Postgres : Engine::Sqlite;
}

QStringList schemaStatements(Engine engine, const QString &statement)
{
    if (engine == Engine::Sqlite)
        return {statement};
    static const QRegularExpression numberedTable(
        QStringLiteral("^\\s*CREATE TABLE (\\w+)\\s*\\(\\s*id INTEGER PRIMARY KEY\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
    // A reference with its optional action, not yet deferrable.
    static const QRegularExpression reference(
        QStringLiteral("(\\bREFERENCES\\s+\\w+\\s*\\([^)]*\\)(\\s+ON\\s+DELETE\\s+(CASCADE|SET\\s+NULL|RESTRICT|NO\\s+ACTION))?)"
                       "(?!\\s+DEFERRABLE)"));
    QString sql = statement;
    sql.replace(integer, QStringLiteral("BIGINT"));
    sql.replace(real, QStringLiteral("DOUBLE PRECISION"));
    sql.replace(reference, QStringLiteral("\\1 DEFERRABLE INITIALLY IMMEDIATE"));
    QStringList statements{sql};
    if (const auto numbered = numberedTable.match(statement); numbered.hasMatch()) {
        statements.append(QStringLiteral("CREATE TRIGGER %1_next_id BEFORE INSERT ON %1 FOR EACH ROW "
                                         "WHEN (NEW.id IS NULL) EXECUTE FUNCTION ordo_next_id()")
                              .arg(numbered.captured(1)));
    }
    return statements;
}

QString idLockSql(const QSqlDatabase &db, const QString &table)
{
    if (!isPostgres(db))
        return QString();
    return QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.%1'))").arg(table);
}

QString withoutIndex(const QSqlDatabase &db, const QString &column)
{
    return isPostgres(db) ? column : u'+' + column;
}

QString indexedBy(const QSqlDatabase &db, const QString &index)
{
    return isPostgres(db) ? QString() : QStringLiteral(" INDEXED BY ") + index;
}

QString returningId(const QSqlDatabase &db)
{
    return isPostgres(db) ? QStringLiteral(" RETURNING id") : QString();
}

qint64 insertedId(QSqlQuery &query)
{
    if (query.isSelect() && query.next())
        return query.value(0).toLongLong();
    return query.lastInsertId().toLongLong();
}

QString insertOrIgnore(const QSqlDatabase &db, const QString &into)
{
    if (isPostgres(db))
        return QStringLiteral("INSERT INTO %1 ON CONFLICT DO NOTHING").arg(into);
    return QStringLiteral("INSERT OR IGNORE INTO %1").arg(into);
}

QString epochSecondsSql(Engine engine, const QString &column)
{
    if (engine == Engine::Postgres)
        return QStringLiteral("CAST(floor(extract(epoch FROM CAST(%1 AS timestamptz))) AS BIGINT)").arg(column);
    return QStringLiteral("CAST(strftime('%s', %1) AS INTEGER)").arg(column);
}

QString totalSql(const QSqlDatabase &db, const QString &expression)
{
    if (isPostgres(db))
        return QStringLiteral("coalesce(sum(%1), 0.0)").arg(expression);
    return QStringLiteral("total(%1)").arg(expression);
}

QString realOfTextSql(const QSqlDatabase &db, const QString &expression)
{
    if (isPostgres(db))
        return QStringLiteral("CAST(NULLIF(%1, '') AS DOUBLE PRECISION)").arg(expression);
    return QStringLiteral("CAST(%1 AS REAL)").arg(expression);
}

QString containsPattern(const QString &needle)
{
    QString escaped = needle;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace Ordo::Sql
