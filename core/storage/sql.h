#pragma once

#include "expected.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <optional>

// Small helpers that make "bound parameters only, lastError() checked" the
// easy way to talk to the database. Only core/storage includes Qt Sql.

namespace Ordo::Sql {

// Prepares `sql`, binds `values` positionally and executes it.
Expected<QSqlQuery> exec(const QSqlDatabase &db,
                         const QString &sql,
                         std::initializer_list<QVariant> values = {});

// The same with values gathered at run time.
Expected<QSqlQuery> execList(const QSqlDatabase &db, const QString &sql, const QVariantList &values);

// Executes and returns the first column of the first row (or an error if there is no row).
Expected<QVariant> scalar(const QSqlDatabase &db,
                          const QString &sql,
                          std::initializer_list<QVariant> values = {});

Error errorOf(const QSqlQuery &query);

// The value to bind for `value`. Qt binds a null QString as SQL NULL; Ordo
// stores "no text" as an empty string, and uses an invalid QVariant (see
// nullable()) where it means NULL.
QVariant bindable(const QVariant &value);

// Optional values map to NULL.
template<typename T>
QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

template<typename T>
std::optional<T> optionalOf(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.value<T>();
}

// Timestamps are stored as ISO 8601 UTC text with milliseconds, which sorts as time does.
QString timestamp(const QDateTime &dateTime);
QDateTime dateTimeOf(const QVariant &value);

} // namespace Ordo::Sql
