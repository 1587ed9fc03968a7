#pragma once

#include "domain/backlogrow.h"
#include "domain/history.h"
#include "domain/sprintchange.h"
#include "services/forecast.h"
#include "services/outcomes.h"
#include "services/velocity.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// What a sprint review's report says, for stakeholders: the sprint goal and its verdict, the items
// accepted, rejected (with what failed and why) and not done, each with its points, the velocity
// and the updated forecast, the outcome measures and the feedback written down at the review.
// Pure: the caller reads the rows, the review's records and the sprint's history; the screens
// and the command line then lay the same Report out as HTML, PDF or Markdown.

namespace Ordo::SprintReport {

// One item as the report names it.
struct Line
{
    ItemId id = 0;
    QString key; // "ORD-12"
    QString title;
    ItemType type = ItemType::Story;
    std::optional<double> points;
    QString reason;     // rejected: what acceptance needs
    QStringList failed; // rejected: the criteria and Definition of Done items not met
    QString note;       // the review's note on it
    QString requester;  // feedback: who asked
    friend bool operator==(const Line &, const Line &) = default;
};

struct Feedback
{
    ItemId item = 0;
    QString requester;
};

struct Input
{
    QString productName;
    QString keyPrefix;
    Sprint sprint;
    QList<BacklogRow> rows;       // the backlog's rows (archived ones may be left out)
    QList<ReviewRecord> notes;    // the review's records of the sprint with a note or a rejection
    QList<Feedback> feedback;     // the items written down from feedback at its review
    // The sprint's history (HistoryRepository::forSprint): which items left it when it closed.
    QList<HistoryEntry> history;
    Velocity::Summary velocity;          // over the last closed sprints
    std::optional<double> sprintVelocity; // this sprint's, once it is closed
    QString forecast;      // Forecast::sentence() over the backlog's unfinished work
    QString forecastRange; // Forecast::rangeSentence()
    double remainingPoints = 0;
    std::optional<Outcomes::SprintOutcome> outcome;
    QDateTime generatedAt;
};

struct Report
{
    QString productName;
    Sprint sprint;
    QList<Line> accepted;  // in backlog order
    QList<Line> rejected;  // rejected at this review and not accepted since
    QList<Line> notDone;   // in the sprint and neither accepted nor rejected (for a closed sprint:
                           // what its close carried back to the backlog)
    QList<Line> feedback;
    std::optional<double> committed; // the points committed when it started
    Velocity::Summary velocity;
    std::optional<double> sprintVelocity;
    QString forecast;
    QString forecastRange;
    double remainingPoints = 0;
    std::optional<Outcomes::SprintOutcome> outcome;
    QDateTime generatedAt;

    static double pointsOf(const QList<Line> &lines);
};

Report build(const Input &input);

// Points as the report writes them: "5", "2.5", "—" for no estimate.
QString pointsText(std::optional<double> points);
// "Sprint 5 · 2 March – 13 March 2026"
QString sprintHeading(const Sprint &sprint);
// The goal's verdict as a sentence part: "Met", "Partly met", "Not met" or "Not judged yet".
QString verdictText(const Sprint &sprint);

// A short summary for a chat message: the goal and its verdict, each list with its points, the
// velocity and the forecast. Text from the product (titles, reasons) has Markdown's special
// characters escaped.
QString markdown(const Report &report);

} // namespace Ordo::SprintReport
