#pragma once

#include "enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ordo {

struct Sprint
{
    qint64 id = 0;
    QString name;
    QDate start;
    QDate end;
    QString goal;
    std::optional<double> capacity; // points the team expects to finish
    SprintState state = SprintState::Planned;
    QDateTime startedAt; // when the Product Owner started it (the commitment's moment)
    QDateTime closedAt;  // when it was closed or cancelled
    // Days off per team member in this sprint (member id, days), for the capacity forecast.
    QList<std::pair<qint64, double>> daysOff;
    // Figures frozen by the file when the sprint starts (the points committed) and closes (the
    // points accepted in it): velocity reads them instead of replaying the history. Written by
    // SprintRepository::apply() only; a sprint written through create() or update() keeps them.
    std::optional<double> committedPoints;
    std::optional<double> completedPoints;
    // The sprint's own Definition of Done, the one its review checks. A new sprint without one
    // takes a copy of the product's when it is written; the copy changes only while the sprint is
    // planned (SprintRepository refuses a change once it has started). Read back, it is always set.
    std::optional<QStringList> definitionOfDone;
    // The review's judgement of the sprint goal, and the sentence that explains it.
    std::optional<GoalVerdict> goalVerdict;
    QString goalVerdictNote;

    bool isOver() const { return isFinishedSprint(state); }
    friend bool operator==(const Sprint &, const Sprint &) = default;
};

} // namespace Ordo
