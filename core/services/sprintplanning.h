#pragma once

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

} // namespace Ordo::SprintPlanning
