#include "sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

namespace Ordo::Sql {

Error errorOf(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
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
    query.setForwardOnly(true);
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
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime dateTimeOf(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace Ordo::Sql
