#include "gherkin.h"

#include "gherkinlanguages.h"
#include "gherkinlexer.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

// The grammar is Cucumber's (gherkin.berp in cucumber/gherkin), read line by line as its
// generated parser reads it: every line is one token; each state accepts some kinds of token and
// moves on; a token that a state does not accept is a syntax error, skipped, and the parser stays
// where it was (so one stray line is one error, as Cucumber reports it). Tags are assigned by
// looking ahead past tags, comments and blank lines to the line they belong to.

namespace Ordo::Gherkin {
namespace {

using namespace Lexer;

// lupdate files these strings under the class they are used in.
QString tr(const char *text) { return QCoreApplication::translate("Ordo::Gherkin::Parser", text); }

QString shortened(QStringView text)
{
    constexpr int limit = 40;
    return text.size() > limit ? text.left(limit - 1).toString() + QChar(0x2026) : text.toString();
}

QString description(const QStringList &lines)
{
    qsizetype end = lines.size();
    while (end > 0 && lines.at(end - 1).trimmed().isEmpty())
        --end;
    return lines.mid(0, end).join(QLatin1Char('\n'));
}

enum class State {
    Start,             // before anything (a Language line may come first)
    AfterLanguage,     // after the Language line
    FeatureTags,       // tags above the Feature line
    FeatureHeader,     // after the Feature line
    FeatureDescription,
    BackgroundHeader,
    BackgroundDescription,
    ScenarioHeader,
    ScenarioDescription,
    Steps,             // after a step line (of a Background or a Scenario)
    DataTable,         // in a step's data table
    DocString,         // inside a step's doc string
    AfterDocString,    // after a step's doc string
    ExamplesHeader,
    ExamplesDescription,
    ExamplesTable,
    ScenarioTags,      // tags above a Scenario line
    ExamplesTags,      // tags above an Examples line
    RuleTags,          // tags above a Rule line
    RuleHeader,
    RuleDescription,
};

// Tags have been read, and the line they belong above is still to come.
bool awaitsTagged(State state)
{
    return state == State::FeatureTags || state == State::ScenarioTags || state == State::ExamplesTags
           || state == State::RuleTags;
}

class Parser
{
public:
    explicit Parser(QStringView text);
    Document run();

private:
    Token next();
    Tok taggedLine() const;
    void error(ErrorKind kind, int line, const QString &message);
    void unexpected(const Token &token);
    bool handle(const Token &token);
    bool handleTags(const Token &token, bool examplesAllowed);
    void readTags(const Token &token);
    void startDescription(const Token &token);
    void finishDescription();
    void finishTable();
    void finishScenario();
    Step *lastStep();
    Background *openBackground();

    QList<QStringView> m_lines;
    qsizetype m_next = 0;
    const Dialect *m_dialect;
    Document m_document;
    State m_state = State::Start;
    bool m_inBackground = false; // the open block is a Background (else a Scenario)
    bool m_scenarioOpen = false; // the last scenario still takes steps and Examples
    int m_rule = -1;             // the open Rule
    StepKeyword m_lastMain = StepKeyword::Given;
    bool m_haveMain = false;

    // Tags read above the next Feature, Rule, Scenario or Examples line.
    QStringList m_tags;
    int m_tagLine = 0;
    // Description lines of the open header, and where they go.
    QStringList m_description;
    QString *m_descriptionTarget = nullptr;
    // The open table (a step's data table or an Examples table) and its width.
    int m_tableWidth = -1;
    bool m_tableReported = false;
    // The open doc string.
    QString m_docDelimiter;
    int m_docIndent = 0;
    QStringList m_docLines;
};

Parser::Parser(QStringView text)
    : m_dialect(&defaultDialect())
{
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        QStringView line = text.mid(start, end - start);
        if (line.endsWith(u'\r'))
            line.chop(1);
        m_lines.append(line);
        start = end + 1;
    }
}

Token Parser::next()
{
    if (m_next >= m_lines.size()) {
        Token eof;
        eof.kind = Tok::Eof;
        eof.line = int(m_lines.size()) + 1;
        return eof;
    }
    const int number = int(m_next) + 1;
    const QStringView raw = m_lines.at(m_next++);
    if (m_state == State::DocString) {
        Token token;
        token.line = number;
        token.raw = raw;
        token.trimmed = leftTrimmed(raw);
        token.kind = token.trimmed.startsWith(m_docDelimiter) ? Tok::DocSeparator : Tok::Other;
        return token;
    }
    if (m_state == State::Start) {
        if (const std::optional<QString> language = languageLine(raw)) {
            Token token = classify(raw, number, keywordsOf(*m_dialect));
            token.kind = Tok::Language;
            token.rest = *language;
            return token;
        }
    }
    return classify(raw, number, keywordsOf(*m_dialect));
}

// What the tags just read stand above: the kind of the next line that is not a tag, a comment or
// blank (Eof if there is none).
Tok Parser::taggedLine() const
{
    const Keywords &keywords = keywordsOf(*m_dialect);
    for (qsizetype i = m_next; i < m_lines.size(); ++i) {
        const Tok kind = classify(m_lines.at(i), int(i) + 1, keywords).kind;
        if (kind != Tok::Empty && kind != Tok::Comment && kind != Tok::Tag)
            return kind;
    }
    return Tok::Eof;
}

void Parser::error(ErrorKind kind, int line, const QString &message)
{
    if (m_document.errors.size() < maxErrors)
        m_document.errors.append({kind, line, message});
}

Step *Parser::lastStep()
{
    if (m_inBackground) {
        Background *background = openBackground();
        return background && !background->steps.isEmpty() ? &background->steps.last() : nullptr;
    }
    if (m_document.scenarios.isEmpty() || m_document.scenarios.last().steps.isEmpty())
        return nullptr;
    return &m_document.scenarios.last().steps.last();
}

Background *Parser::openBackground()
{
    std::optional<Background> &background = m_rule >= 0 ? m_document.rules[m_rule].background
                                                        : m_document.background;
    return background ? &*background : nullptr;
}

void Parser::readTags(const Token &token)
{
    if (m_tags.isEmpty())
        m_tagLine = token.line;
    // Cucumber: a comment may follow the tags after white space; each tag runs to the next @.
    QStringView line = token.trimmed;
    for (qsizetype i = 1; i < line.size(); ++i) {
        if (line.at(i) == u'#' && line.at(i - 1).isSpace()) {
            line = line.left(i);
            break;
        }
    }
    const QList<QStringView> items = line.split(u'@');
    for (qsizetype i = 1; i < items.size(); ++i) {
        const QStringView tag = items.at(i).trimmed();
        if (tag.isEmpty())
            continue;
        if (std::any_of(tag.cbegin(), tag.cend(), [](QChar c) { return c.isSpace(); })) {
            error(ErrorKind::TagWithWhitespace, token.line,
                  tr("“@%1” is not a tag: a tag may not contain white space.").arg(shortened(tag)));
            continue;
        }
        m_tags.append(u'@' + tag.toString());
    }
}

void Parser::startDescription(const Token &token)
{
    m_description = {token.raw.toString()};
    m_document.descriptionLines.append(token.line);
}

void Parser::finishDescription()
{
    if (m_descriptionTarget && !m_description.isEmpty())
        *m_descriptionTarget = description(m_description);
    m_description.clear();
    m_descriptionTarget = nullptr;
}

void Parser::finishTable()
{
    m_tableWidth = -1;
    m_tableReported = false;
}

// Ordo's advice on a scenario that parses: warnings, never errors.
void Parser::finishScenario()
{
    if (!m_scenarioOpen)
        return;
    m_scenarioOpen = false;
    const Scenario &s = m_document.scenarios.last();
    const QString name = s.name.isEmpty() ? QString() : shortened(s.name);
    const bool unknownKinds = std::any_of(s.steps.cbegin(), s.steps.cend(),
                                          [](const Step &step) { return step.effective == StepKeyword::Star; });
    if (s.steps.isEmpty()) {
        error(ErrorKind::EmptyScenario, s.line,
              name.isEmpty() ? tr("This scenario has no steps yet.")
                             : tr("Scenario “%1” has no steps yet.").arg(name));
    } else if (!s.hasThen() && !unknownKinds) {
        error(ErrorKind::ScenarioWithoutThen, s.line,
              name.isEmpty() ? tr("This scenario has no Then step: add the outcome that proves it works.")
                             : tr("Scenario “%1” has no Then step: add the outcome that proves it works.").arg(name));
    }
    if (!s.steps.isEmpty() && (s.steps.constFirst().keyword == StepKeyword::And
                               || s.steps.constFirst().keyword == StepKeyword::But)) {
        error(ErrorKind::ContinuationWithoutStep, s.steps.constFirst().line,
              tr("“%1” continues a step, but nothing comes before it: start the scenario with a "
                 "context, an action or an outcome.")
                  .arg(s.steps.constFirst().keywordText.trimmed()));
    }
    bool anyRows = false;
    QSet<QString> columns;
    for (const ExamplesTable &table : s.examples) {
        anyRows = anyRows || !table.rows.isEmpty();
        for (const QString &column : table.header)
            columns.insert(column);
    }
    if (s.kind == ScenarioKind::Outline && !anyRows) {
        error(ErrorKind::OutlineWithoutExamples, s.line,
              name.isEmpty() ? tr("This Scenario Outline needs an Examples table with at least one row.")
                             : tr("Scenario Outline “%1” needs an Examples table with at least one row.").arg(name));
    }
    if (anyRows) {
        for (const Step &step : s.steps) {
            qsizetype from = 0;
            while ((from = step.text.indexOf(u'<', from)) >= 0) {
                const qsizetype to = step.text.indexOf(u'>', from + 1);
                if (to < 0)
                    break;
                const QString placeholder = step.text.mid(from + 1, to - from - 1);
                if (!placeholder.isEmpty() && !columns.contains(placeholder)) {
                    error(ErrorKind::UnknownPlaceholder, step.line,
                          tr("<%1> is not a column of the Examples table.").arg(shortened(placeholder)));
                }
                from = to + 1;
            }
        }
    }
}

void Parser::unexpected(const Token &token)
{
    const QString text = shortened(token.trimmed.trimmed());
    const bool beforeScenarios = m_state == State::Start || m_state == State::AfterLanguage || m_state == State::FeatureTags;
    switch (token.kind) {
    case Tok::Eof:
        if (m_state == State::DocString) {
            const Step *step = lastStep();
            error(ErrorKind::UnterminatedDocString, token.line,
                  tr("The doc string opened with %1 on line %2 is never closed.")
                      .arg(m_docDelimiter)
                      .arg(step && step->docString ? step->docString->line : token.line));
        } else if (awaitsTagged(m_state)) {
            error(ErrorKind::DanglingTags, token.line,
                  tr("The tags on line %1 are not followed by a Feature, Rule, Scenario or Examples line.")
                      .arg(m_tagLine));
        } else {
            error(ErrorKind::MisplacedLine, token.line, tr("The text ends before a Feature or Scenario line."));
        }
        return;
    case Tok::Step:
        if (beforeScenarios) {
            error(ErrorKind::StepBeforeScenario, token.line,
                  tr("This step comes before any Scenario line: start the criterion with “%1: …”.")
                      .arg(m_dialect->scenario.value(m_dialect->scenario.size() > 1 ? 1 : 0)));
            return;
        }
        break;
    case Tok::TableRow:
        error(ErrorKind::MisplacedTable, token.line, tr("A table must follow a step or an Examples line."));
        return;
    case Tok::DocSeparator:
        error(ErrorKind::MisplacedDocString, token.line,
              tr("A doc string must follow a step, and a step takes only one."));
        return;
    case Tok::Other:
        if (beforeScenarios) {
            error(ErrorKind::UnrecognizedLine, token.line,
                  tr("“%1” is not Gherkin: start with a Feature or Scenario line, or make it a comment with #.")
                      .arg(text));
        } else if (awaitsTagged(m_state)) {
            break; // below: tags with nothing to stand above
        } else {
            const auto first = [](const QStringList &keywords) {
                for (const QString &keyword : keywords) {
                    if (keyword.trimmed() != QLatin1String("*"))
                        return keyword.trimmed();
                }
                return QString();
            };
            error(ErrorKind::UnrecognizedLine, token.line,
                  tr("“%1” is not a Gherkin step: start the line with %2, %3, %4, %5 or %6.")
                      .arg(text, first(m_dialect->given), first(m_dialect->when), first(m_dialect->then),
                           first(m_dialect->conjunction), first(m_dialect->contrast)));
        }
        return;
    default:
        break;
    }
    if (awaitsTagged(m_state)) {
        error(ErrorKind::DanglingTags, token.line,
              tr("Tags belong right above a Feature, Rule, Scenario or Examples line."));
        return;
    }
    switch (token.kind) {
    case Tok::Feature:
        error(ErrorKind::MisplacedLine, token.line, tr("A document has one Feature line, at its top."));
        break;
    case Tok::Background:
        error(ErrorKind::MisplacedLine, token.line,
              tr("A Background comes before the first scenario of its Feature or Rule, and only once."));
        break;
    case Tok::Examples:
        error(ErrorKind::MisplacedLine, token.line, tr("Examples belong under a scenario."));
        break;
    default:
        error(ErrorKind::MisplacedLine, token.line, tr("“%1” cannot stand here.").arg(text));
        break;
    }
}

// Tags at a place where the next thing may be a Scenario, a Rule, or (examplesAllowed) Examples.
bool Parser::handleTags(const Token &token, bool examplesAllowed)
{
    finishDescription();
    finishTable();
    const Tok tagged = taggedLine();
    if (examplesAllowed && tagged == Tok::Examples)
        m_state = State::ExamplesTags;
    else if (tagged == Tok::Scenario)
        m_state = State::ScenarioTags;
    else
        m_state = State::RuleTags; // Cucumber's last choice; a line that is no Rule is then an error
    readTags(token);
    return true;
}

Document Parser::run()
{
    while (true) {
        const Token token = next();
        if (!handle(token)) {
            unexpected(token);
            if (token.kind == Tok::Eof)
                break;
        } else if (token.kind == Tok::Eof) {
            break;
        }
    }
    finishDescription();
    finishScenario();
    std::stable_sort(m_document.errors.begin(), m_document.errors.end(),
                     [](const Error &a, const Error &b) { return a.line < b.line; });
    return std::move(m_document);
}

// One token in the current state: true when the state accepts it.
bool Parser::handle(const Token &token)
{
    const State state = m_state;
    const bool inScenario = !m_inBackground && !m_document.scenarios.isEmpty();
    const auto isHeader = [state] {
        return state == State::FeatureHeader || state == State::BackgroundHeader || state == State::ScenarioHeader
               || state == State::ExamplesHeader || state == State::RuleHeader;
    };
    const auto isDescription = [state] {
        return state == State::FeatureDescription || state == State::BackgroundDescription
               || state == State::ScenarioDescription || state == State::ExamplesDescription
               || state == State::RuleDescription;
    };
    const auto toDescription = [this, state] {
        switch (state) {
        case State::FeatureHeader: return State::FeatureDescription;
        case State::BackgroundHeader: return State::BackgroundDescription;
        case State::ScenarioHeader: return State::ScenarioDescription;
        case State::ExamplesHeader: return State::ExamplesDescription;
        case State::RuleHeader: return State::RuleDescription;
        default: return m_state;
        }
    };
    // Where a Scenario, a Rule, a Background, a step or Examples may start from here.
    const bool beforeAnything = state == State::Start || state == State::AfterLanguage;
    const bool featureLevel = beforeAnything || state == State::FeatureHeader || state == State::FeatureDescription;
    const bool ruleLevel = state == State::RuleHeader || state == State::RuleDescription;
    const bool inBlock = state == State::BackgroundHeader || state == State::BackgroundDescription
                         || state == State::ScenarioHeader || state == State::ScenarioDescription
                         || state == State::Steps || state == State::DataTable || state == State::AfterDocString;
    const bool inExamples = state == State::ExamplesHeader || state == State::ExamplesDescription
                            || state == State::ExamplesTable;
    const bool scenarioAllowed = featureLevel || ruleLevel || inBlock || inExamples;

    if (state == State::DocString) {
        if (token.kind == Tok::Eof)
            return false;
        if (token.kind == Tok::DocSeparator) {
            Step *step = lastStep();
            if (step && step->docString) {
                QString content = m_docLines.join(QLatin1Char('\n'));
                const QString escaped = m_docDelimiter == QLatin1String("```") ? QStringLiteral("\\`\\`\\`")
                                                                               : QStringLiteral("\\\"\\\"\\\"");
                content.replace(escaped, m_docDelimiter);
                step->docString->content = content;
            }
            m_docLines.clear();
            m_state = State::AfterDocString;
            return true;
        }
        // Content: the line without the opening delimiter's indentation.
        const qsizetype indent = token.raw.size() - token.trimmed.size();
        m_docLines.append(m_docIndent > indent ? token.trimmed.toString() : token.raw.mid(m_docIndent).toString());
        return true;
    }

    switch (token.kind) {
    case Tok::Eof:
        finishDescription();
        return !awaitsTagged(state);

    case Tok::Language:
        if (const Dialect *language = dialect(token.rest)) {
            m_dialect = language;
            m_document.language = language->code;
        } else {
            error(ErrorKind::UnknownLanguage, token.line,
                  tr("Gherkin has no language “%1”: the keywords stay English.").arg(shortened(token.rest)));
        }
        m_state = State::AfterLanguage;
        return true;

    case Tok::Empty:
        if (isDescription())
            m_description.append(token.raw.toString());
        return true; // rows after blank lines or comments still belong to the open table

    case Tok::Comment:
        return true;

    case Tok::Tag:
        if (beforeAnything) {
            // Ordo's criteria may start with a tagged scenario, without a Feature line.
            finishDescription();
            const Tok tagged = taggedLine();
            m_state = tagged == Tok::Scenario ? State::ScenarioTags
                      : tagged == Tok::Rule   ? State::RuleTags
                                              : State::FeatureTags;
            readTags(token);
            return true;
        }
        if (awaitsTagged(state)) {
            readTags(token);
            return true;
        }
        if (featureLevel || ruleLevel)
            return handleTags(token, false);
        if (inBlock || inExamples)
            return handleTags(token, inScenario);
        break;

    case Tok::Feature:
        if (!(beforeAnything || state == State::FeatureTags))
            break;
        m_document.featureKeyword = token.keyword;
        m_document.featureName = token.rest;
        m_document.featureLine = token.line;
        m_document.featureTags = m_tags;
        m_tags.clear();
        m_descriptionTarget = &m_document.featureDescription;
        m_state = State::FeatureHeader;
        return true;

    case Tok::Background: {
        const bool featureBackground = featureLevel && !m_document.background && m_document.scenarios.isEmpty();
        const bool ruleBackground = ruleLevel && !m_document.rules[m_rule].background;
        if (!featureBackground && !ruleBackground)
            break;
        finishDescription();
        Background background;
        background.keyword = token.keyword;
        background.name = token.rest;
        background.line = token.line;
        background.endLine = token.line;
        std::optional<Background> &slot = ruleBackground ? m_document.rules[m_rule].background : m_document.background;
        slot = background;
        m_descriptionTarget = &slot->description;
        m_inBackground = true;
        m_haveMain = false;
        m_state = State::BackgroundHeader;
        return true;
    }

    case Tok::Scenario: {
        if (!(scenarioAllowed || state == State::ScenarioTags))
            break;
        finishDescription();
        finishTable();
        finishScenario();
        Scenario scenario;
        scenario.kind = token.outline ? ScenarioKind::Outline : ScenarioKind::Scenario;
        scenario.keyword = token.keyword;
        scenario.name = token.rest;
        scenario.line = token.line;
        scenario.tagLine = m_tags.isEmpty() ? token.line : m_tagLine;
        scenario.endLine = token.line;
        scenario.rule = m_rule;
        scenario.tags = m_tags;
        m_tags.clear();
        m_document.scenarios.append(scenario);
        m_descriptionTarget = &m_document.scenarios.last().description;
        m_scenarioOpen = true;
        m_inBackground = false;
        m_haveMain = false;
        m_state = State::ScenarioHeader;
        return true;
    }

    case Tok::Rule: {
        if (!(scenarioAllowed || state == State::RuleTags))
            break;
        finishDescription();
        finishTable();
        finishScenario();
        Rule rule;
        rule.keyword = token.keyword;
        rule.name = token.rest;
        rule.line = token.line;
        rule.tagLine = m_tags.isEmpty() ? token.line : m_tagLine;
        rule.tags = m_tags;
        m_tags.clear();
        m_document.rules.append(rule);
        m_rule = int(m_document.rules.size()) - 1;
        m_descriptionTarget = &m_document.rules.last().description;
        m_inBackground = false;
        m_state = State::RuleHeader;
        return true;
    }

    case Tok::Examples: {
        const bool allowed = (inScenario && (inBlock || inExamples) && !m_inBackground) || state == State::ExamplesTags;
        if (!allowed)
            break;
        finishDescription();
        finishTable();
        ExamplesTable examples;
        examples.keyword = token.keyword;
        examples.name = token.rest;
        examples.line = token.line;
        examples.tags = m_tags;
        m_tags.clear();
        Scenario &scenario = m_document.scenarios.last();
        scenario.examples.append(examples);
        scenario.endLine = token.line;
        m_descriptionTarget = &scenario.examples.last().description;
        m_state = State::ExamplesHeader;
        return true;
    }

    case Tok::Step: {
        const bool allowed = state == State::BackgroundHeader || state == State::BackgroundDescription
                             || state == State::ScenarioHeader || state == State::ScenarioDescription
                             || state == State::Steps || state == State::DataTable || state == State::AfterDocString;
        if (!allowed)
            break;
        finishDescription();
        finishTable();
        Step step;
        step.keyword = token.step;
        step.keywordText = token.keyword;
        step.text = token.rest;
        step.line = token.line;
        if (token.step == StepKeyword::Given || token.step == StepKeyword::When || token.step == StepKeyword::Then) {
            step.effective = token.step;
            m_lastMain = token.step;
            m_haveMain = true;
        } else {
            step.effective = m_haveMain ? m_lastMain : token.step;
        }
        if (m_inBackground) {
            Background *background = openBackground();
            background->steps.append(step);
            background->endLine = token.line;
        } else {
            m_document.scenarios.last().steps.append(step);
            m_document.scenarios.last().endLine = token.line;
        }
        m_state = State::Steps;
        return true;
    }

    case Tok::TableRow: {
        Step *step = (state == State::Steps || state == State::DataTable || state == State::AfterDocString) ? lastStep()
                                                                                                            : nullptr;
        const QStringList cells = cellsOf(token.trimmed);
        const auto checkWidth = [this, &token, &cells] {
            if (m_tableWidth < 0) {
                m_tableWidth = int(cells.size());
            } else if (cells.size() != m_tableWidth && !m_tableReported) {
                error(ErrorKind::TableRowWidth, token.line,
                      tr("This row has %1 cells; the table's first row has %2.").arg(cells.size()).arg(m_tableWidth));
                m_tableReported = true; // one report per table, as Cucumber gives
            }
        };
        if (step && (state == State::Steps || state == State::DataTable
                     || (state == State::AfterDocString && !step->dataTable))) {
            if (state != State::DataTable) {
                finishTable();
                step->dataTable = DataTable{token.line, {}, {}};
            }
            checkWidth();
            step->dataTable->rows.append(cells);
            step->dataTable->rowLines.append(token.line);
            (m_inBackground ? openBackground()->endLine : m_document.scenarios.last().endLine) = token.line;
            m_state = State::DataTable;
            return true;
        }
        if (state == State::ExamplesHeader || state == State::ExamplesDescription || state == State::ExamplesTable) {
            finishDescription();
            ExamplesTable &examples = m_document.scenarios.last().examples.last();
            if (state != State::ExamplesTable) {
                finishTable();
                examples.header = cells;
                examples.tableLine = token.line;
            } else {
                examples.rows.append(cells);
                examples.rowLines.append(token.line);
            }
            checkWidth();
            m_document.scenarios.last().endLine = token.line;
            m_state = State::ExamplesTable;
            return true;
        }
        break;
    }

    case Tok::DocSeparator: {
        Step *step = (state == State::Steps || state == State::DataTable) ? lastStep() : nullptr;
        if (!step || step->docString)
            break;
        finishTable();
        step->docString = DocString{token.line, token.keyword, token.rest, QString()};
        m_docDelimiter = token.keyword;
        m_docIndent = int(token.raw.size() - token.trimmed.size());
        m_docLines.clear();
        m_state = State::DocString;
        return true;
    }

    case Tok::Other:
        break;
    }

    // Free text (any line these states take no other way): a description, where a header has
    // just been read.
    if (isHeader()) {
        startDescription(token);
        m_state = toDescription();
        return true;
    }
    if (isDescription()) {
        m_description.append(token.raw.toString());
        m_document.descriptionLines.append(token.line);
        return true;
    }
    return false;
}

bool hasEffective(const Scenario &scenario, StepKeyword keyword)
{
    return std::any_of(scenario.steps.cbegin(), scenario.steps.cend(),
                       [keyword](const Step &step) { return step.effective == keyword; });
}

} // namespace

Severity Error::severity() const
{
    switch (kind) {
    case ErrorKind::ScenarioWithoutThen:
    case ErrorKind::EmptyScenario:
    case ErrorKind::ContinuationWithoutStep:
    case ErrorKind::UnknownPlaceholder:
    case ErrorKind::OutlineWithoutExamples:
        return Severity::Warning;
    default:
        return Severity::SyntaxError;
    }
}

bool Document::isValid() const { return syntaxErrorCount() == 0; }

int Document::syntaxErrorCount() const
{
    return int(std::count_if(errors.cbegin(), errors.cend(), [](const Error &e) { return e.isSyntaxError(); }));
}

int Document::warningCount() const { return int(errors.size()) - syntaxErrorCount(); }

bool Scenario::hasGiven() const { return hasEffective(*this, StepKeyword::Given); }
bool Scenario::hasWhen() const { return hasEffective(*this, StepKeyword::When); }
bool Scenario::hasThen() const { return hasEffective(*this, StepKeyword::Then); }

Document parse(QStringView text)
{
    return Parser(text).run();
}

} // namespace Ordo::Gherkin
