#pragma once

#include "expected.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QVariant>

#include <optional>

// How item values are written as text in the history and the item table, shared by the
// item repository and the item inserter.

namespace Ordo::ItemValues {

// What a write of an item that was deleted meanwhile says.
inline Error missingItem()
{
    return Error{QCoreApplication::translate("Ordo::Storage", "The Product Backlog item no longer exists.")};
}

inline QString estimateText(std::optional<double> estimate)
{
    return estimate ? QString::number(*estimate) : QString();
}

inline QString idText(std::optional<qint64> id)
{
    return id ? QString::number(*id) : QString();
}

// A measured value in a history row: the shortest decimal text that reads back as the same number.
inline QString measurementText(std::optional<double> actual)
{
    return actual ? QString::number(*actual, 'g', QLocale::FloatingPointShortest) : QString();
}

// The day a metric was measured: ISO text, NULL when there is none.
inline QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

} // namespace Ordo::ItemValues
