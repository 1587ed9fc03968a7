#include "reviewoperations.h"

#include "sprintoperations.h"

#include <QCoreApplication>

namespace Ordo::ReviewOperations {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("Ordo::ReviewOperations", text); }

struct Target
{
    const BacklogRow *row = nullptr;
    const Sprint *sprint = nullptr;
};

// The item to judge and its sprint, which must be running.
Expected<Target> targetOf(const QList<BacklogRow> &rows, const QList<Sprint> &sprints, ItemId item)
{
    Target target;
    for (const BacklogRow &row : rows) {
        if (row.id == item) {
            target.row = &row;
            break;
        }
    }
    if (!target.row || target.row->archived)
        return Error{tr("The Product Backlog item is no longer in the backlog.")};
    for (const Sprint &sprint : sprints) {
        if (sprint.id == target.row->sprintId)
            target.sprint = &sprint;
    }
    if (!target.sprint)
        return Error{tr("“%1” is in no sprint: the review judges the work of a sprint.").arg(target.row->title)};
    if (target.sprint->state != SprintState::Active)
        return Error{tr("“%1” is not running: its review is over.").arg(target.sprint->name)};
    return target;
}

} // namespace

ReviewRecord recordOf(SprintId sprint, ItemId item, const Review::Checks &checks, const QString &note)
{
    ReviewRecord record;
    record.sprint = sprint;
    record.item = item;
    record.note = note.trimmed();
    for (const Review::CriterionCheck &check : checks.criteria) {
        if (check.verdict != Review::Verdict::Unjudged)
            record.criteria.append({check.criterion.name, check.criterion.matchText, check.verdict == Review::Verdict::Met});
    }
    for (const Review::DodCheck &check : checks.definitionOfDone) {
        record.definitionOfDone.append(check.verdict == Review::Verdict::Unjudged ? std::nullopt
                                                                                  : std::optional<bool>(check.verdict == Review::Verdict::Met));
    }
    // Nothing judged at all is no record.
    const bool any = !record.criteria.isEmpty()
                     || std::any_of(record.definitionOfDone.cbegin(), record.definitionOfDone.cend(),
                                    [](const std::optional<bool> &v) { return v.has_value(); });
    if (!any)
        record.definitionOfDone.clear();
    return record;
}

Review::Checks checksOf(const QStringList &criteria, const ReviewRecord &stored, const QStringList &definitionOfDone,
                        Review::Carried *carried)
{
    const QList<Review::Criterion> current = Review::criteriaOf(criteria);
    QList<Review::StoredVerdict> previous;
    for (const ReviewRecord::Criterion &c : stored.criteria)
        previous.append({c.name, c.matchText, c.met ? Review::Verdict::Met : Review::Verdict::NotMet});
    const Review::Carried carry = Review::carryVerdicts(previous, current);
    Review::Checks checks;
    checks.criteria = Review::criterionChecks(current, carry);
    QList<Review::Verdict> done;
    for (const std::optional<bool> &v : stored.definitionOfDone)
        done.append(!v ? Review::Verdict::Unjudged : *v ? Review::Verdict::Met : Review::Verdict::NotMet);
    checks.definitionOfDone = Review::dodChecks(definitionOfDone, done);
    if (carried)
        *carried = carry;
    return checks;
}

Expected<SprintChange> judge(const QList<BacklogRow> &rows, const QList<Sprint> &sprints, ItemId item, const Review::Checks &checks,
                             const QString &note, const ReviewRecord &stored)
{
    auto target = targetOf(rows, sprints, item);
    if (!target)
        return target.error();
    ReviewRecord record = recordOf(target->sprint->id, item, checks, note);
    record.rejectionReason = stored.rejectionReason;
    record.failed = stored.failed;
    SprintChange change;
    if (record != stored)
        change.reviews.append(record);
    return change;
}

Expected<SprintChange> accept(const QList<BacklogRow> &rows, const QList<Sprint> &sprints, ItemId item, const Review::Checks &checks,
                              const QString &note)
{
    auto target = targetOf(rows, sprints, item);
    if (!target)
        return target.error();
    const ItemStatus status = target->row->status;
    if (status == ItemStatus::Rejected)
        return Error{tr("“%1” was rejected: the team reworks it and moves it to Done before it is judged again.").arg(target->row->title)};
    if (status != ItemStatus::Done && status != ItemStatus::InReview)
        return Error{tr("“%1” is not done yet: the team finishes it before it is accepted.").arg(target->row->title)};
    const Review::Allowed allowed = Review::allowed(checks);
    if (!allowed.accept)
        return Error{tr("“%1” cannot be accepted: %2.").arg(target->row->title, allowed.whyNotAccept)};
    SprintChange change;
    SprintPlacement placement = SprintOperations::placementOf(*target->row);
    placement.status = ItemStatus::Accepted;
    change.items.append(placement);
    change.reviews.append(recordOf(target->sprint->id, item, checks, note));
    return change;
}

Expected<SprintChange> reject(const QList<BacklogRow> &rows, const QList<Sprint> &sprints, ItemId item, const Review::Checks &checks,
                              const QString &note, const QString &reason, const QDateTime &now)
{
    auto target = targetOf(rows, sprints, item);
    if (!target)
        return target.error();
    const ItemStatus status = target->row->status;
    if (status != ItemStatus::Done && status != ItemStatus::InReview && status != ItemStatus::Accepted)
        return Error{tr("“%1” is not done yet: there is nothing to reject.").arg(target->row->title)};
    if (auto valid = Review::checkRejection(checks, reason); !valid)
        return valid.error();
    SprintChange change;
    SprintPlacement placement = SprintOperations::placementOf(*target->row);
    placement.status = ItemStatus::Rejected;
    change.items.append(placement);
    ReviewRecord record = recordOf(target->sprint->id, item, checks, note);
    record.rejectionReason = reason.trimmed();
    const Review::Failed failed = Review::failedItems(checks);
    record.failed = failed.criteria + failed.definitionOfDone;
    change.reviews.append(record);
    Decision decision;
    decision.itemId = item;
    decision.decision = tr("Rejected at the review of %1: %2").arg(target->sprint->name, record.failed.join(QStringLiteral("; ")));
    decision.reasoning = record.rejectionReason;
    decision.decidedAt = now;
    change.decisions.append(decision);
    return change;
}

} // namespace Ordo::ReviewOperations
