#pragma once

#include "enums.h"

#include <QDateTime>
#include <QString>
#include <QList>
#include <QStringList>

namespace Ordo {

// The product a file holds: one product per file.
struct Product
{
    QString name;
    QString keyPrefix = QStringLiteral("ORD"); // item keys read ORD-1, ORD-2, ...
    QString productGoal;
    QStringList definitionOfDone;  // ordered checklist
    // The Definition of Ready: rules Ordo checks, and the team's own wording
    // of further agreements (an ordered checklist, shown, not checked).
    QList<ReadyRule> readyRules{ReadyRule::InvestConfirmed,
                                ReadyRule::CriteriaWritten,
                                ReadyRule::Estimated,
                                ReadyRule::DependenciesResolved};
    QStringList definitionOfReady;
    EstimationScale estimationScale = EstimationScale::Fibonacci;
    int sprintLengthDays = 14;
    double maxStorySize = 13; // largest estimate a story may have and still be Small
    int staleAfterDays = 90;  // an item unchanged for longer is stale (backlog health)
    QDateTime createdAt;
};

} // namespace Ordo
