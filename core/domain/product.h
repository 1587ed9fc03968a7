#pragma once

#include "enums.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Ordo {

// The product a file holds: one product per file.
struct Product
{
    QString name;
    QString keyPrefix = QStringLiteral("ORD"); // item keys read ORD-1, ORD-2, ...
    QString productGoal;
    QStringList definitionOfDone;  // ordered checklist
    QStringList definitionOfReady; // ordered checklist
    EstimationScale estimationScale = EstimationScale::Fibonacci;
    int sprintLengthDays = 14;
    double maxStorySize = 13; // largest estimate a story may have and still be Small
    QDateTime createdAt;
};

} // namespace Ordo
