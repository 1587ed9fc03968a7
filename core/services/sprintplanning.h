#pragma once

#include "domain/product.h"
#include "domain/sprint.h"
#include "storage/expected.h"

#include <QDate>
#include <QList>

// The rules of a sprint's calendar and commitment, apart from storage and screens: what a new
// sprint defaults to, and which sprints cannot stand beside the others.

namespace Ordo::SprintPlanning {

// The weekdays the team works, as Qt numbers them (1 = Monday ... 7 = Sunday).
using WorkingDays = QList<int>;
inline const WorkingDays mondayToFriday{1, 2, 3, 4, 5};

// The first working day on or after `day`.
QDate firstWorkingDay(QDate day, const WorkingDays &working = mondayToFriday);

// A new sprint's defaults after `existing`: named "Sprint N" (one more than the sprints there
// are), starting on the first working day after the last sprint ends (or on or after `today` when
// there is none, or when the last one ended before today), and lasting `lengthDays` calendar days.
Sprint nextSprint(const QList<Sprint> &existing, int lengthDays, QDate today, const WorkingDays &working = mondayToFriday);

// Whether `sprint` may be written beside `others` (the product's other sprints; `sprint` itself,
// by id, is skipped): a name, an end on or after the start, no overlap with another sprint, no
// negative capacity, and at most one active sprint. The error says which, for the user.
Status check(const Sprint &sprint, const QList<Sprint> &others);

// Working days of a sprint, its first and last day included.
int workingDaysOf(const Sprint &sprint, const WorkingDays &working = mondayToFriday);

// The person-days the team has in `sprint`: for each member, the sprint's working days at their
// usual availability, less their days off in it.
double availablePersonDays(const Sprint &sprint, const QList<TeamMember> &team, const WorkingDays &working = mondayToFriday);

// The capacity to suggest for `sprint`: the average velocity scaled by the team's availability,
// velocity x (available person-days this sprint / average available person-days of the sprints
// the velocity came from). Without a team, the average velocity itself.
struct Suggestion
{
    double points = 0;
    double velocity = 0;
    double personDays = 0;        // this sprint's
    double averagePersonDays = 0; // of the velocity's sprints (0: no team)
};
std::optional<Suggestion> suggestCapacity(const Sprint &sprint,
                                          std::optional<double> averageVelocity,
                                          const QList<Sprint> &velocitySprints,
                                          const QList<TeamMember> &team,
                                          const WorkingDays &working = mondayToFriday);

} // namespace Ordo::SprintPlanning
