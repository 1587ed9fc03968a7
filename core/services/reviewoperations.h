#pragma once

#include "domain/backlogrow.h"
#include "domain/sprintchange.h"
#include "services/review.h"
#include "storage/expected.h"

#include <QDateTime>

// The sprint review's decisions as sprint changes (see SprintOperations): each takes the backlog's
// rows and the sprints as they are, the verdicts given so far (Review::Checks), and returns the
// change that records them, or an error for the user that writes nothing. The rules themselves
// are Review::allowed() and Review::checkRejection(): the same the review's screen follows, so
// that nothing the screen disables can be written another way.
//
// An item is judged in its sprint while that sprint runs (as it reaches Done, or at the review
// before the close). A rejected item stays in the sprint as Rejected: its points count as
// remaining again, the team may rework it, and the close carries it back to the backlog with the
// other unfinished items. Its rejection stays recorded until it is accepted.

namespace Ordo::ReviewOperations {

// The record of `checks` for `item` in `sprint` (judged criteria by name and text, the
// Definition of Done by position), with `note`.
ReviewRecord recordOf(SprintId sprint, ItemId item, const Review::Checks &checks, const QString &note);

// The checklist of an item as the review left it: its criteria (the stored chunks) with the
// verdicts `stored` carries to them (Review::carryVerdicts, reported in `carried`), and the
// sprint's Definition of Done with its verdicts.
Review::Checks checksOf(const QStringList &criteria,
                        const ReviewRecord &stored,
                        const QStringList &definitionOfDone,
                        Review::Carried *carried = nullptr);

// Keeps the verdicts given so far, without a decision. A rejection recorded in `stored` (what the
// review holds now) stays until the item is accepted; a change to nothing is no change.
Expected<SprintChange> judge(const QList<BacklogRow> &rows,
                             const QList<Sprint> &sprints,
                             ItemId item,
                             const Review::Checks &checks,
                             const QString &note,
                             const ReviewRecord &stored);

// Accepts a Done (or In Review) item of the active sprint (a rejected one is reworked and done
// again first): refused unless
// every criterion and every item of the sprint's Definition of Done is met.
Expected<SprintChange> accept(const QList<BacklogRow> &rows,
                              const QList<Sprint> &sprints,
                              ItemId item,
                              const Review::Checks &checks,
                              const QString &note);

// Rejects a Done, In Review or Accepted item of the active sprint: refused unless something is
// marked not met and `reason` says what acceptance needs. The rejection goes into the decision log.
Expected<SprintChange> reject(const QList<BacklogRow> &rows,
                              const QList<Sprint> &sprints,
                              ItemId item,
                              const Review::Checks &checks,
                              const QString &note,
                              const QString &reason,
                              const QDateTime &now);

} // namespace Ordo::ReviewOperations
