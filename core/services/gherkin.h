#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A parser for acceptance criteria written in Gherkin, conformant with Cucumber's own parser:
// Feature, Rule, Background, Scenario / Example and Scenario Outline / Template with Examples
// (under any scenario, as since Gherkin 6), free-text descriptions after each of their lines,
// tags, comments, data tables and doc strings, in every language of Cucumber's
// gherkin-languages.json ("# language: fr" on the first line picks one).
//
// Acceptance criteria in Ordo are usually scenarios without a Feature line: the parser takes them
// as the scenarios of an unnamed feature. Everything else reads as Cucumber reads it.
//
// It never fails. Problems come back with a line number and a plain message, in two kinds: a
// syntax error means Cucumber would refuse the text; a warning is Ordo's own advice about a
// criterion that parses but is weak (a scenario without Then, an empty scenario, And as the first
// step, a <placeholder> that no Examples column fills). Only syntax errors block anything.

namespace Ordo::Gherkin {

struct Dialect;

enum class StepKeyword { Given, When, Then, And, But, Star };
enum class ScenarioKind { Scenario, Outline };

struct DataTable
{
    int line = 0;
    QList<QStringList> rows;
    QList<int> rowLines; // a blank line or a comment may stand between rows
};

struct DocString
{
    int line = 0;
    QString delimiter; // """ or ```
    QString mediaType; // after the opening delimiter, e.g. "json"; empty if none
    QString content;
};

struct Step
{
    // Given/When/Then, And/But (conjunctions), or Star for a keyword that is several kinds at
    // once (* in every language).
    StepKeyword keyword = StepKeyword::Given;
    // What the step means: And, But and * resolved to the Given/When/Then before them. A leading
    // And, But or * has nothing to continue: it stays as it is.
    StepKeyword effective = StepKeyword::Given;
    QString keywordText; // as written, e.g. "And " or "假如"
    QString text;
    int line = 0;
    std::optional<DataTable> dataTable;
    std::optional<DocString> docString;
};

struct ExamplesTable
{
    QString keyword; // "Examples", "Beispiele", ...
    QString name;
    QString description;
    QStringList tags;
    int line = 0;
    int tableLine = 0; // line of the header row; 0 without a table
    QStringList header;
    QList<QStringList> rows;
    QList<int> rowLines;
};

struct Background
{
    QString keyword;
    QString name;
    QString description;
    int line = 0;
    int endLine = 0;
    QList<Step> steps;
};

struct Rule
{
    QString keyword;
    QString name;
    QString description;
    QStringList tags;
    int line = 0;    // the Rule line
    int tagLine = 0; // the first tag line above it, or the Rule line
    std::optional<Background> background;
};

struct Scenario
{
    ScenarioKind kind = ScenarioKind::Scenario;
    QString keyword; // "Scenario", "Example", "Scenario Outline", "Szenario", ...
    QString name;
    QString description;
    int line = 0;    // 1-based line of the Scenario line
    int tagLine = 0; // the first tag line above it, or the Scenario line
    int endLine = 0; // last line that belongs to it
    int rule = -1;   // index into Document::rules, or -1 outside any Rule
    QList<Step> steps;
    QList<ExamplesTable> examples;
    QStringList tags;

    bool hasGiven() const;
    bool hasWhen() const;
    bool hasThen() const;
};

enum class ErrorKind {
    // Syntax errors: Cucumber refuses the text.
    UnrecognizedLine,      // free text where a step, table or keyword line must stand
    StepBeforeScenario,    // a step before any Scenario or Background line
    MisplacedLine,         // a keyword line where it cannot stand (a second Feature, ...)
    MisplacedTable,        // a table that follows no step and no Examples line
    MisplacedDocString,    // a doc string that follows no step, or a step's second one
    DanglingTags,          // tags that no Feature, Rule, Scenario or Examples line follows
    TagWithWhitespace,     // "@a tag"
    TableRowWidth,         // a row with another number of cells than the table's first
    UnterminatedDocString, // a doc string still open at the end
    UnknownLanguage,       // "# language: xx" names no language Gherkin knows
    // Warnings: Ordo's advice.
    ScenarioWithoutThen,
    EmptyScenario,
    ContinuationWithoutStep,
    UnknownPlaceholder,
    OutlineWithoutExamples,
};

enum class Severity { SyntaxError, Warning };

struct Error
{
    ErrorKind kind = ErrorKind::UnrecognizedLine;
    int line = 0;
    QString message; // translated, one line

    Severity severity() const;
    bool isSyntaxError() const { return severity() == Severity::SyntaxError; }
};

struct Document
{
    QString language = QStringLiteral("en"); // the dialect's code
    QString featureKeyword;                  // empty without a Feature line
    QString featureName;
    QString featureDescription;
    QStringList featureTags;
    int featureLine = 0;
    std::optional<Background> background; // the Feature's own
    QList<Rule> rules;
    QList<Scenario> scenarios; // in text order, each naming its Rule
    QList<Error> errors;       // syntax errors and warnings, at most maxErrors, in line order
    QList<int> descriptionLines; // the lines of free-text descriptions, ascending

    // No syntax error: Cucumber accepts the text. Warnings do not count.
    bool isValid() const;
    int syntaxErrorCount() const;
    int warningCount() const;
};

inline constexpr int maxErrors = 200;

Document parse(QStringView text);

// The language code a "# language: xx" line names, as Cucumber recognises the line; nullopt for
// any other line.
std::optional<QString> languageLine(QStringView line);

// The language a "# language: xx" line at the top of `text` names (above everything but blank
// lines and comments), if Gherkin knows it; English otherwise.
const Dialect &dialectOf(QStringView text);

// Step keywords with their trailing space, for completion: "Given ", "When ", ... in the
// language with this code (English if there is none).
QStringList stepKeywords(QStringView language = u"en");
// Every keyword of that language that ends with a colon when written: Feature, Rule, Background,
// Scenario, Scenario Outline, Examples, each without the colon.
QStringList titleKeywords(QStringView language = u"en");

// The chunks (core/services/gherkinchunks.cpp).

// One chunk of text per scenario: each starts at the scenario's tags or Scenario line, or at the
// Rule line (with its tags, description and Background) above the first scenario of a Rule. Text
// before the first scenario (a Feature line, its description, its Background) stays at the start
// of the first chunk, so nothing is lost. Chunks are trimmed of blank lines.
QStringList splitScenarios(QStringView text);
// The same, or nothing where the text holds no scenario (one parse, where an import would
// otherwise parse to ask and then again to split).
QStringList scenarioChunks(QStringView text);
// The chunks with one blank line between them.
QString joinScenarios(const QStringList &chunks);

// The scenarios at these indexes (of parse(text).scenarios), as chunks that carry their context:
// the first chunk starts with the "# language:" line, the Feature line with its description and
// the Feature's Background; the first chunk of each Rule starts with that Rule's line, description
// and Background. Joined, they parse to the same scenarios, in the same Rules, with the same
// Backgrounds. Used to deal criteria out to the parts of a split story.
QStringList scenariosWithContext(QStringView text, const QList<int> &indexes);
// The same for stored criteria (chunks of splitScenarios()): the criteria at `chosen`, with the
// Feature, Rule and Background lines they need. A criterion that holds no scenario is kept as it is.
QStringList criteriaWithContext(const QStringList &criteria, const QList<int> &chosen);

} // namespace Ordo::Gherkin
