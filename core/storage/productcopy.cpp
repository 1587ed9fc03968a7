#include "productcopy.h"

#include "dialect.h"
#include "migrations/migrations.h"
#include "sql.h"
#include "statement.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Ordo::ProductCopy {

namespace {

// Rows go to the target this many at a time between progress reports: whole RowBatch statements.
constexpr int rowsPerReport = Sql::RowBatch::rowsPerStatement * 16;

Status copyTable(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table, qint64 &done, qint64 total,
                 const Progress &progress)
{
    const QSqlRecord record = from.record(table);
    if (record.isEmpty())
        return Error{QCoreApplication::translate("Ordo::ProductCopy", "The product has no table “%1”.").arg(table)};
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names.append(quotedName(record.fieldName(i)));
    const int columns = int(names.size());
    const QString list = names.join(QStringLiteral(", "));
    QSqlQuery rows(from);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT %1 FROM %2").arg(list, quotedName(table))))
        return Sql::errorOf(rows);
    Sql::RowBatch batch(to, QStringLiteral("%1 (%2)").arg(quotedName(table), list), columns);
    QVariantList row(columns);
    int pending = 0;
    while (rows.next()) {
        for (int i = 0; i < columns; ++i) {
            const QVariant value = rows.value(i);
            // NULL stays NULL (a null text would be bound as ''), whatever type the driver gives it.
            row[i] = value.isNull() ? QVariant() : value;
        }
        batch.add(row.constData(), columns);
        if (++pending == rowsPerReport) {
            if (auto flushed = batch.flush(Sql::RowBatch::Flush::FullStatements); !flushed)
                return Error{QCoreApplication::translate("Ordo::ProductCopy", "A row of the table “%1” cannot be copied: %2")
                                 .arg(table, flushed.errorMessage())};
            done += pending;
            pending = 0;
            if (progress && !progress(done, total))
                return Error{QCoreApplication::translate("Ordo::ProductCopy", "Cancelled.")};
        }
    }
    if (rows.lastError().isValid())
        return Sql::errorOf(rows);
    if (auto flushed = batch.flush(); !flushed)
        return Error{QCoreApplication::translate("Ordo::ProductCopy", "A row of the table “%1” cannot be copied: %2")
                         .arg(table, flushed.errorMessage())};
    done += pending;
    if (progress && !progress(done, total))
        return Error{QCoreApplication::translate("Ordo::ProductCopy", "Cancelled.")};
    return success();
}

} // namespace

QString quotedName(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

QStringList tables()
{
    return {
        QStringLiteral("schema_migration"),
        QStringLiteral("product"),
        QStringLiteral("checklist_item"),
        QStringLiteral("team_member"),
        QStringLiteral("sprint"),
        QStringLiteral("sprint_done"),
        QStringLiteral("sprint_absence"),
        QStringLiteral("label"),
        QStringLiteral("item"),
        QStringLiteral("item_label"),
        QStringLiteral("acceptance_criterion"),
        QStringLiteral("dependency"),
        QStringLiteral("history"),
        QStringLiteral("decision"),
        QStringLiteral("review"),
        QStringLiteral("review_verdict"),
        QStringLiteral("item_source"),
    };
}

Expected<SuspendedIndex> suspendSearchIndex(const QSqlDatabase &db)
{
    SuspendedIndex suspended;
    const bool server = Sql::isPostgres(db);
    auto query = Sql::exec(db, server ? QStringLiteral("SELECT tgrelid::regclass::text, tgname FROM pg_trigger "
                                                       "WHERE NOT tgisinternal AND tgname LIKE 'item\\_text\\_%' ESCAPE '\\' "
                                                       "AND tgrelid::regclass::text IN ('item', 'acceptance_criterion') "
                                                       "ORDER BY tgname")
                                      : QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' "
                                                       "AND name LIKE 'item\\_text\\_%' ESCAPE '\\' ORDER BY name"));
    if (!query)
        return query.error();
    QStringList statements;
    while (query->next()) {
        if (server) {
            statements.append(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER %2")
                                  .arg(quotedName(query->value(0).toString()), quotedName(query->value(1).toString())));
            suspended.triggers.append(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER %2")
                                          .arg(quotedName(query->value(0).toString()), quotedName(query->value(1).toString())));
        } else {
            statements.append(QStringLiteral("DROP TRIGGER %1").arg(quotedName(query->value(0).toString())));
            suspended.triggers.append(query->value(1).toString());
        }
    }
    query->finish();
    for (const QString &statement : std::as_const(statements)) {
        if (auto done = Sql::exec(db, statement); !done)
            return done.error();
    }
    return suspended;
}

Status resumeSearchIndex(const QSqlDatabase &db, const SuspendedIndex &suspended, bool rebuild)
{
    const Sql::Engine engine = Sql::engineOf(db);
    QStringList statements;
    if (rebuild)
        statements << QStringLiteral("DELETE FROM item_text") << Migrations::indexItemTextSql(engine, QString());
    // PostgreSQL alters no table with reference checks still pending: they are made now (and a
    // broken reference is reported here rather than at the commit).
    if (engine == Sql::Engine::Postgres)
        statements << QStringLiteral("SET CONSTRAINTS ALL IMMEDIATE");
    statements << suspended.triggers;
    for (const QString &statement : std::as_const(statements)) {
        if (auto done = Sql::exec(db, statement); !done)
            return done.error();
    }
    return success();
}

Status copyRows(const QSqlDatabase &from, const QSqlDatabase &to, const Progress &progress)
{
    // One read transaction on the source: every table as of the same moment.
    Transaction reading(from);
    if (auto begun = reading.begun(); !begun)
        return begun;
    const QStringList names = tables();
    qint64 total = 0;
    for (const QString &table : names) {
        auto count = Sql::scalar(from, QStringLiteral("SELECT count(*) FROM %1").arg(quotedName(table)));
        if (!count)
            return count.error();
        total += count->toLongLong();
    }
    if (progress && !progress(0, total))
        return Error{QCoreApplication::translate("Ordo::ProductCopy", "Cancelled.")};

    // Rows refer to rows of the same table (an item's parent) in any order: the references are
    // checked once every row is in.
    const bool server = Sql::isPostgres(to);
    if (auto deferred = Sql::exec(to, server ? QStringLiteral("SET CONSTRAINTS ALL DEFERRED")
                                             : QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        !deferred) {
        return deferred.error();
    }
    Expected<SuspendedIndex> suspended = suspendSearchIndex(to);
    if (!suspended)
        return suspended.error();
    // What building the schema wrote (the record of its migrations) makes way for the copy's.
    for (auto table = names.crbegin(); table != names.crend(); ++table) {
        if (auto cleared = Sql::exec(to, QStringLiteral("DELETE FROM %1").arg(quotedName(*table))); !cleared)
            return cleared.error();
    }
    qint64 done = 0;
    for (const QString &table : names) {
        if (auto copied = copyTable(from, to, table, done, total, progress); !copied)
            return copied;
    }
    if (auto resumed = resumeSearchIndex(to, *suspended); !resumed)
        return resumed;
    if (!server) {
        auto dangling = Sql::exec(to, QStringLiteral("PRAGMA foreign_key_check"));
        if (!dangling)
            return dangling.error();
        if (dangling->next()) {
            return Error{QCoreApplication::translate("Ordo::ProductCopy",
                                                     "A row of the table “%1” refers to a row of the table “%2” that "
                                                     "does not exist.")
                             .arg(dangling->value(0).toString(), dangling->value(2).toString())};
        }
    }
    return reading.commit();
}

} // namespace Ordo::ProductCopy
