#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A parser for acceptance criteria written in Gherkin: scenarios with
// Given / When / Then / And / But steps, Scenario Outlines with Examples
// tables, Background, tags, comments, data tables and doc strings, in
// English or (after "# language: de") German. It never fails: problems come
// back as errors with a line number and a plain message.

namespace Ordo::Gherkin {

enum class StepKeyword { Given, When, Then, And, But, Star };
enum class ScenarioKind { Scenario, Outline };

struct Step
{
    StepKeyword keyword = StepKeyword::Given;
    StepKeyword effective = StepKeyword::Given; // And/But/* resolved to the Given/When/Then before
    QString keywordText;                        // as written, e.g. "And "
    QString text;
    int line = 0;
};

struct ExamplesTable
{
    QString name;
    int line = 0;
    QStringList header;
    QList<QStringList> rows;
};

struct Scenario
{
    ScenarioKind kind = ScenarioKind::Scenario;
    QString name;
    int line = 0;    // 1-based line of the Scenario line
    int endLine = 0; // last line that belongs to it
    QList<Step> steps;
    QList<ExamplesTable> examples;
    QStringList tags;

    bool hasGiven() const;
    bool hasWhen() const;
    bool hasThen() const;
};

enum class ErrorKind {
    StepBeforeScenario,
    ScenarioWithoutThen,
    EmptyScenario,
    ContinuationWithoutStep,
    UnrecognizedLine,
    OutlineWithoutExamples,
    ExamplesOutsideOutline,
    TableRowWidth,
    UnknownPlaceholder,
    UnterminatedDocString,
};

struct Error
{
    ErrorKind kind = ErrorKind::UnrecognizedLine;
    int line = 0;
    QString message; // translated, one line
};

struct Document
{
    QString featureName;
    QList<Scenario> scenarios;
    QList<Error> errors; // at most maxErrors, in line order
    bool isValid() const { return errors.isEmpty(); }
};

inline constexpr int maxErrors = 200;

Document parse(QStringView text);

// Step keywords with their trailing space, for completion: "Given ", "When ", ...
QStringList stepKeywords(QStringView language = u"en");

// One chunk of text per scenario: each starts at the scenario's tags or
// Scenario line. Text before the first scenario stays at the start of the
// first chunk, so nothing is lost. Chunks are trimmed of blank lines.
QStringList splitScenarios(QStringView text);
// The chunks with one blank line between them.
QString joinScenarios(const QStringList &chunks);

} // namespace Ordo::Gherkin
