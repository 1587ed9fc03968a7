#pragma once

#include "domain/enums.h"
#include "storage/expected.h"

#include <QList>
#include <QString>
#include <QStringList>

// The sprint review's acceptance rules, apart from storage and screens.
//
// At the review the Product Owner walks a done story criterion by criterion, then through the
// sprint's Definition of Done, and decides:
//
//     criteria (one per Gherkin scenario) ─┐
//                                          ├─ allowed() ─> accept / reject / defer
//     Definition of Done checklist ────────┘
//
// - Accept only when every criterion and every Definition of Done item is met. When all is met,
//   rejecting is refused: work that meets everything agreed upon must be accepted. The one other
//   choice then is to decide later.
// - Reject only when something is marked not met, with a reason that says what (checkRejection()),
//   so that the story editor's banner and the review report can name it (failedItems()).
// - Defer is always possible.
//
// Verdicts are remembered by the criterion's name and text rather than by its position: stories
// are still edited after a review (a scenario inserted above, one removed, a story split), and a
// verdict must stay with the scenario it was given to. A criterion whose steps changed since it
// was judged has to be looked at again, so its verdict is dropped and the change reported.

namespace Ordo::Review {

enum class Verdict { Unjudged, Met, NotMet };

// Whether an item of a running sprint is up for review: finished (Done, In Review) or judged.
inline bool isUpForReview(ItemStatus status)
{
    return status == ItemStatus::Done || status == ItemStatus::InReview || status == ItemStatus::Accepted
           || status == ItemStatus::Rejected;
}

// One acceptance criterion as the review sees it: one Gherkin scenario (a Scenario Outline with
// its Examples is one), or one stored chunk of free text that holds no scenario.
struct Criterion
{
    QString name;      // the Scenario line's name, trimmed; empty when unnamed or free text
    QString keyword;   // "Scenario", "Scenario Outline", ... as written; empty for free text
    QString firstLine; // the first step ("Given a cart"), or free text's first line
    // What the verdict is matched on: the steps (with their tables and doc strings) and the
    // Examples, whitespace collapsed, case kept; for free text its whole text.
    QString matchText;
    int chunk = 0; // index of the stored criterion (chunk) it was read from

    // How to name it to the user: its name, or its first line when it has none.
    QString label() const { return name.isEmpty() ? firstLine : name; }
};

// The criteria of an item's stored acceptance criteria, in order: each chunk is parsed as
// Gherkin; every scenario in it is one criterion, its Feature, Rule and Background lines only
// context. A chunk with no scenario is one free-text criterion; a blank chunk is none.
QList<Criterion> criteriaOf(const QStringList &chunks);

// A verdict as it is kept between reviews: with what it was given to.
struct StoredVerdict
{
    QString name;
    QString matchText;
    Verdict verdict = Verdict::Unjudged;
    friend bool operator==(const StoredVerdict &, const StoredVerdict &) = default;
};

StoredVerdict remember(const Criterion &criterion, Verdict verdict);

struct CarriedVerdict
{
    Verdict verdict = Verdict::Unjudged;
    // Its name matched a judged criterion whose steps were different: the verdict (`before`) was
    // dropped and the Product Owner must look again.
    bool changedSinceJudged = false;
    Verdict before = Verdict::Unjudged;
    friend bool operator==(const CarriedVerdict &, const CarriedVerdict &) = default;
};

struct Carried
{
    QList<CarriedVerdict> verdicts; // one per current criterion, in its order
    // Judged verdicts that found no criterion: criteria removed since the review. For a part of a
    // split story these are the criteria the other parts took.
    QList<StoredVerdict> removed;
};

// The previous verdicts given to the current criteria. A criterion is paired by name first
// (trimmed, case-insensitive), when the name is non-empty and unique among the previous verdicts
// and among the current criteria; the verdict carries only if the match text is unchanged, else it
// is dropped as changed since judged. The rest pair by identical, non-empty match text (so a
// renamed scenario keeps its verdict), in order; whatever is left is Unjudged.
Carried carryVerdicts(const QList<StoredVerdict> &previous, const QList<Criterion> &current);

// The review's checklist: each criterion and each Definition of Done item with its verdict.
struct CriterionCheck
{
    Criterion criterion;
    Verdict verdict = Verdict::Unjudged;
};

struct DodCheck
{
    QString item; // as the sprint's copy of the Definition of Done words it
    Verdict verdict = Verdict::Unjudged; // Met: ticked
};

struct Checks
{
    QList<CriterionCheck> criteria;
    QList<DodCheck> definitionOfDone;
};

// The criteria with their carried verdicts (`carried` from carryVerdicts() on `criteria`).
QList<CriterionCheck> criterionChecks(const QList<Criterion> &criteria, const Carried &carried);
// The sprint's Definition of Done with the verdicts given so far by position (the sprint keeps
// its own copy, so positions are stable); items past the end of `verdicts` are Unjudged.
QList<DodCheck> dodChecks(const QStringList &definitionOfDone, const QList<Verdict> &verdicts);

struct Allowed
{
    bool accept = false;
    bool reject = false;
    bool defer = true;
    QString whyNotAccept; // translated, one line; empty when accept is allowed
};

// What the Product Owner may decide. An empty Definition of Done, and an item without criteria,
// count as all met.
Allowed allowed(const Checks &checks);

// Real text a rejection reason needs at least: letters and digits, so "n/a ......" is not one.
inline constexpr int minimumReasonLength = 10;

// Whether a rejection with this reason may be recorded: something must be marked not met and the
// reason must say something. The error is for the user.
Status checkRejection(const Checks &checks, QStringView reason);

// What is not met, to name in the story editor's banner and the review report: the criteria by
// label(), the Definition of Done items by their text.
struct Failed
{
    QStringList criteria;
    QStringList definitionOfDone;
    bool isEmpty() const { return criteria.isEmpty() && definitionOfDone.isEmpty(); }
};
Failed failedItems(const Checks &checks);

} // namespace Ordo::Review
