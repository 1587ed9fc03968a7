#pragma once

#include "enums.h"

#include <QDateTime>
#include <QString>

namespace Ordo {

// One row of the history table. Values are stored as text: a status's storage
// name, an estimate as a decimal number, a sprint id, an order key, an
// acceptance verdict, "1"/"0" for archived. An empty string means "none".
struct HistoryEntry
{
    qint64 id = 0;
    qint64 itemId = 0;
    QDateTime at;
    HistoryField field = HistoryField::Created;
    QString oldValue;
    QString newValue;
};

} // namespace Ordo
