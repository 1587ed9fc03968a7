#include "sql.h"

#include "dialect.h"
#include "uniquekeys.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

namespace Ordo::Sql {

Error errorOf(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    if (UniqueKeys::isTaken(error.text())) {
        Error taken{QCoreApplication::translate("Ordo::Storage", "Someone else put an item at the same place in the backlog "
                                                                 "at the same moment. Nothing was changed; please try again.")};
        taken.positionTaken = true;
        return taken;
    }
    return Error{QCoreApplication::translate("Ordo::Storage", "The database reported an error: %1")
                     .arg(error.text())};
}

QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

Expected<QSqlQuery> exec(const QSqlDatabase &db,
                         const QString &sql,
                         std::initializer_list<QVariant> values)
{
    return execList(db, sql, QVariantList(values));
}

Expected<QSqlQuery> execList(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    // QPSQL reads a forward-only query row by row from the server (libpq's single-row mode), and a
    // second statement on the connection discards what the first has not read yet: Ordo reads
    // rows while it writes (a loop over a query that updates), so PostgreSQL results arrive whole.
    query.setForwardOnly(!isPostgres(db));
    // QPSQL prepares with PREPARE, which PostgreSQL takes only for SELECT, INSERT, UPDATE, DELETE
    // and VALUES: a statement without values (schema changes, SET) runs as it is.
    if (values.isEmpty() && isPostgres(db)) {
        if (!query.exec(sql))
            return errorOf(query);
        return query;
    }
    if (!query.prepare(sql))
        return errorOf(query);
    for (const QVariant &value : values)
        query.addBindValue(bindable(value));
    if (!query.exec())
        return errorOf(query);
    return query;
}

Expected<QVariant> scalar(const QSqlDatabase &db,
                          const QString &sql,
                          std::initializer_list<QVariant> values)
{
    auto query = exec(db, sql, values);
    if (!query)
        return query.error();
    if (!query->next())
        return Error{QCoreApplication::translate("Ordo::Storage", "The database returned no row.")};
    return query->value(0);
}

QString timestamp(const QDateTime &dateTime)
{
    // What toString(Qt::ISODateWithMs) writes for UTC ("2024-05-11T15:26:00.000Z"), written by
    // hand: an import formats one per item, and Qt's general path costs several microseconds.
    const QDateTime utc = dateTime.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    if (!date.isValid() || !time.isValid() || date.year() < 0 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    QString text(24, Qt::Uninitialized);
    QChar *out = text.data();
    const auto put = [&out](int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            out[i] = QLatin1Char(char('0' + value % 10));
        out += digits;
    };
    const auto mark = [&out](char c) { *out++ = QLatin1Char(c); };
    put(date.year(), 4);
    mark('-');
    put(date.month(), 2);
    mark('-');
    put(date.day(), 2);
    mark('T');
    put(time.hour(), 2);
    mark(':');
    put(time.minute(), 2);
    mark(':');
    put(time.second(), 2);
    mark('.');
    put(time.msec(), 3);
    mark('Z');
    return text;
}

QDateTime dateTimeOf(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace Ordo::Sql
