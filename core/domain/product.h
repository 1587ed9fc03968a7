#pragma once

#include "enums.h"

#include <QDateTime>
#include <QString>
#include <QList>
#include <QStringList>

namespace Ordo {

// A member of the team, for the capacity forecast only (Ordo tracks no hours).
struct TeamMember
{
    qint64 id = 0;
    QString name;
    int availability = 100; // usual share of a working day on this product, in percent

    friend bool operator==(const TeamMember &, const TeamMember &) = default;
};

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
    // The weekdays the team works, as Qt numbers them (1 = Monday ... 7 = Sunday): sprint dates
    // start on one, and the burndown stays flat on the others.
    QList<int> workingDays{1, 2, 3, 4, 5};
    int velocitySprints = 3; // velocity and every forecast average the last N closed sprints (1-5)
    // The sprint board: an optional In Review column, the columns' own names (To Do, In
    // Progress, In Review, Done; an empty name keeps the default) and WIP limits (0: none).
    bool reviewColumn = false;
    QStringList boardColumnNames;
    QList<int> wipLimits;
    // A target share of each sprint, in percent, per item type (e.g. 20% technical debt).
    QList<std::pair<ItemType, int>> capacityAllocation;
    QList<TeamMember> team;
    QDateTime createdAt;

    friend bool operator==(const Product &, const Product &) = default;
};

} // namespace Ordo
