#include "gherkin.h"

#include "gherkinlanguages.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

// The grammar is Cucumber's (gherkin.berp in cucumber/gherkin), read line by line as its
// generated parser reads it: every line is one token; each state accepts some kinds of token and
// moves on; a token that a state does not accept is a syntax error, skipped, and the parser stays
// where it was (so one stray line is one error, as Cucumber reports it). Tags are assigned by
// looking ahead past tags, comments and blank lines to the line they belong to.

namespace Ordo::Gherkin {
namespace {

// lupdate files these strings under the class they are used in.
QString tr(const char *text) { return QCoreApplication::translate("Ordo::Gherkin::Parser", text); }

enum class Tok { Eof, Empty, Comment, Language, Tag, Feature, Rule, Background, Scenario, Examples, Step, DocSeparator, TableRow, Other };

// Keyword lists of one dialect, longest first, so that a keyword that is a prefix of another
// ("Le " and "Le sa a ") never wins over it.
struct Keywords
{
    struct StepEntry
    {
        QString keyword;
        StepKeyword kind;
    };
    QList<std::pair<QString, Tok>> titles; // without the colon
    QList<QString> outline;                // the Scenario Outline keywords among the titles
    QList<StepEntry> steps;

    explicit Keywords(const Dialect &dialect)
    {
        const auto addTitles = [this](const QStringList &keywords, Tok kind) {
            for (const QString &keyword : keywords)
                titles.append({keyword, kind});
        };
        addTitles(dialect.feature, Tok::Feature);
        addTitles(dialect.rule, Tok::Rule);
        addTitles(dialect.background, Tok::Background);
        addTitles(dialect.scenario, Tok::Scenario);
        addTitles(dialect.scenarioOutline, Tok::Scenario);
        addTitles(dialect.examples, Tok::Examples);
        outline = dialect.scenarioOutline;
        std::stable_sort(titles.begin(), titles.end(),
                         [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });

        QStringList all;
        for (const QStringList *list : {&dialect.given, &dialect.when, &dialect.then, &dialect.conjunction, &dialect.contrast}) {
            for (const QString &keyword : *list) {
                if (!all.contains(keyword))
                    all.append(keyword);
            }
        }
        for (const QString &keyword : std::as_const(all)) {
            const bool given = dialect.given.contains(keyword);
            const bool when = dialect.when.contains(keyword);
            const bool then = dialect.then.contains(keyword);
            const bool conjunction = dialect.conjunction.contains(keyword);
            const bool contrast = dialect.contrast.contains(keyword);
            const int kinds = int(given) + int(when) + int(then) + int(conjunction) + int(contrast);
            StepKeyword kind = StepKeyword::Star;
            if (kinds == 1)
                kind = given ? StepKeyword::Given
                       : when ? StepKeyword::When
                       : then ? StepKeyword::Then
                       : conjunction ? StepKeyword::And
                                     : StepKeyword::But;
            steps.append({keyword, kind});
        }
        std::stable_sort(steps.begin(), steps.end(),
                         [](const StepEntry &a, const StepEntry &b) { return a.keyword.size() > b.keyword.size(); });
    }
};

const Keywords &keywordsOf(const Dialect &dialect)
{
    // Built once, for every language (a thread-safe static).
    static const QHash<QString, Keywords> all = [] {
        QHash<QString, Keywords> table;
        for (const Dialect &d : dialects())
            table.insert(d.code, Keywords(d));
        return table;
    }();
    return *all.find(dialect.code);
}

QStringView leftTrimmed(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    return text.mid(i);
}

struct Token
{
    Tok kind = Tok::Other;
    int line = 0;
    QStringView raw;     // the line without its line break
    QStringView trimmed; // without leading white space
    QString keyword;     // title or step keyword as written
    QString rest;        // the name after a title keyword, or a step's text
    StepKeyword step = StepKeyword::Given;
    bool outline = false;
};

// A line's kind when nothing about the state is known: the parser states that take free text
// (descriptions, doc strings) read any line as Other themselves.
Token classify(QStringView raw, int number, const Keywords &keywords)
{
    Token token;
    token.line = number;
    token.raw = raw;
    token.trimmed = leftTrimmed(raw);
    const QStringView t = token.trimmed;
    if (t.isEmpty()) {
        token.kind = Tok::Empty;
    } else if (t.startsWith(u'#')) {
        token.kind = Tok::Comment;
    } else if (t.startsWith(u'@')) {
        token.kind = Tok::Tag;
    } else if (t.startsWith(u'|')) {
        token.kind = Tok::TableRow;
    } else if (t.startsWith(u"\"\"\"") || t.startsWith(u"```")) {
        token.kind = Tok::DocSeparator;
        token.keyword = t.left(3).toString();
        token.rest = t.mid(3).trimmed().toString();
    } else {
        for (const auto &[keyword, kind] : keywords.titles) {
            if (t.startsWith(keyword) && t.size() > keyword.size() && t.at(keyword.size()) == u':') {
                token.kind = kind;
                token.keyword = keyword;
                token.rest = t.mid(keyword.size() + 1).trimmed().toString();
                token.outline = kind == Tok::Scenario && keywords.outline.contains(keyword);
                return token;
            }
        }
        for (const Keywords::StepEntry &entry : keywords.steps) {
            if (t.startsWith(entry.keyword)) {
                token.kind = Tok::Step;
                token.keyword = entry.keyword;
                token.step = entry.kind;
                token.rest = t.mid(entry.keyword.size()).trimmed().toString();
                return token;
            }
        }
        token.kind = Tok::Other;
    }
    return token;
}

// "# language: fr", as Cucumber recognises it.
std::optional<QString> languageOf(QStringView raw)
{
    static const QRegularExpression language(QStringLiteral("^\\s*#\\s*language\\s*:\\s*([a-zA-Z\\-_]+)\\s*$"));
    const auto match = language.match(raw.toString());
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1);
}

// Cells between pipes, as Cucumber splits them: "\|" is a pipe, "\n" a line break, "\\" a
// backslash; anything after the last pipe is not part of the table.
QStringList cellsOf(QStringView trimmed)
{
    QStringList cells;
    QString cell;
    bool first = true;
    const auto isBlank = [](QChar c) { return c != u'\n' && c.isSpace(); };
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        QChar c = trimmed.at(i);
        if (c == u'|') {
            if (!first) {
                qsizetype from = 0;
                qsizetype to = cell.size();
                while (from < to && isBlank(cell.at(from)))
                    ++from;
                while (to > from && isBlank(cell.at(to - 1)))
                    --to;
                cells.append(cell.mid(from, to - from));
            }
            first = false;
            cell.clear();
        } else if (c == u'\\') {
            if (i + 1 >= trimmed.size())
                break; // a backslash at the end escapes nothing
            c = trimmed.at(++i);
            if (c == u'n') {
                cell += u'\n';
            } else {
                if (c != u'|' && c != u'\\')
                    cell += u'\\';
                cell += c;
            }
        } else {
            cell += c;
        }
    }
    return cells;
}

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
    bool lookaheadFinds(Tok kind) const;
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
        if (const std::optional<QString> language = languageOf(raw)) {
            Token token = classify(raw, number, keywordsOf(*m_dialect));
            token.kind = Tok::Language;
            token.rest = *language;
            return token;
        }
    }
    return classify(raw, number, keywordsOf(*m_dialect));
}

bool Parser::lookaheadFinds(Tok kind) const
{
    const Keywords &keywords = keywordsOf(*m_dialect);
    for (qsizetype i = m_next; i < m_lines.size(); ++i) {
        const Token token = classify(m_lines.at(i), int(i) + 1, keywords);
        if (token.kind == Tok::Empty || token.kind == Tok::Comment || token.kind == Tok::Tag)
            continue;
        return token.kind == kind;
    }
    return false;
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
        if (m_state == State::Start || m_state == State::AfterLanguage || m_state == State::FeatureTags) {
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
        if (m_state == State::Start || m_state == State::AfterLanguage || m_state == State::FeatureTags) {
            error(ErrorKind::UnrecognizedLine, token.line,
                  tr("“%1” is not Gherkin: start with a Feature or Scenario line, or make it a comment with #.")
                      .arg(text));
        } else if (awaitsTagged(m_state)) {
            error(ErrorKind::DanglingTags, token.line,
                  tr("Tags belong right above a Feature, Rule, Scenario or Examples line."));
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
    if (examplesAllowed && lookaheadFinds(Tok::Examples))
        m_state = State::ExamplesTags;
    else if (lookaheadFinds(Tok::Scenario))
        m_state = State::ScenarioTags;
    else
        m_state = State::RuleTags;
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
            if (lookaheadFinds(Tok::Scenario))
                m_state = State::ScenarioTags;
            else if (lookaheadFinds(Tok::Rule))
                m_state = State::RuleTags;
            else
                m_state = State::FeatureTags;
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

const Dialect &dialectOf(QStringView text)
{
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QStringView line = text.mid(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        if (const std::optional<QString> language = languageOf(line)) {
            if (const Dialect *d = dialect(*language))
                return *d;
            break;
        }
        if (!line.startsWith(u'#'))
            break; // the language is named above everything but blank lines and comments
    }
    return defaultDialect();
}

QStringList stepKeywords(QStringView language)
{
    const Dialect *d = dialect(language);
    if (!d)
        d = &defaultDialect();
    QStringList keywords;
    for (const QStringList *list : {&d->given, &d->when, &d->then, &d->conjunction, &d->contrast}) {
        for (const QString &keyword : *list) {
            if (keyword.trimmed() != QLatin1String("*") && !keywords.contains(keyword))
                keywords.append(keyword);
        }
    }
    return keywords;
}

QStringList titleKeywords(QStringView language)
{
    const Dialect *d = dialect(language);
    if (!d)
        d = &defaultDialect();
    QStringList keywords;
    for (const QStringList *list : {&d->feature, &d->rule, &d->background, &d->scenario, &d->scenarioOutline, &d->examples}) {
        for (const QString &keyword : *list) {
            if (!keywords.contains(keyword))
                keywords.append(keyword);
        }
    }
    return keywords;
}

namespace {

QString trimBlankLines(const QStringList &lines, qsizetype from, qsizetype to)
{
    while (from < to && lines.at(from).trimmed().isEmpty())
        ++from;
    while (to > from && lines.at(to - 1).trimmed().isEmpty())
        --to;
    return lines.mid(from, to - from).join(QLatin1Char('\n'));
}

// Where each scenario's own text starts and ends (0-based line indexes, end exclusive), and where
// each Rule's text starts: at its tags, with the comments right above them.
struct Layout
{
    QStringList lines;
    Document document;
    QList<qsizetype> scenarioStart, scenarioEnd, ruleStart;
};

Layout layoutOf(QStringView text)
{
    Layout layout;
    QString normalized = text.toString();
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    layout.lines = normalized.split(QLatin1Char('\n'));
    layout.document = parse(normalized);
    const QStringList &lines = layout.lines;
    const auto withCommentsAbove = [&lines](qsizetype start, qsizetype floor) {
        while (start > floor) {
            const QString above = lines.at(start - 1).trimmed();
            if (above.startsWith(QLatin1Char('#')) && !languageOf(above))
                --start;
            else
                break;
        }
        return start;
    };
    // Boundaries in text order: every Rule and every scenario starts one.
    QList<qsizetype> boundaries;
    for (const Rule &rule : layout.document.rules) {
        layout.ruleStart.append(withCommentsAbove(rule.tagLine - 1, 0));
        boundaries.append(layout.ruleStart.last());
    }
    for (const Scenario &scenario : layout.document.scenarios) {
        layout.scenarioStart.append(withCommentsAbove(scenario.tagLine - 1, 0));
        boundaries.append(layout.scenarioStart.last());
    }
    std::sort(boundaries.begin(), boundaries.end());
    for (qsizetype start : std::as_const(layout.scenarioStart)) {
        const auto next = std::upper_bound(boundaries.cbegin(), boundaries.cend(), start);
        layout.scenarioEnd.append(next == boundaries.cend() ? lines.size() : *next);
    }
    return layout;
}

// Where a Rule's header, description and Background end: at its first scenario, or the next Rule.
qsizetype rulePreambleEnd(const Layout &layout, int rule)
{
    qsizetype end = layout.lines.size();
    for (qsizetype i = 0; i < layout.document.scenarios.size(); ++i) {
        if (layout.document.scenarios.at(i).rule == rule) {
            end = layout.scenarioStart.at(i);
            break;
        }
    }
    for (qsizetype r = rule + 1; r < layout.ruleStart.size(); ++r)
        end = qMin(end, layout.ruleStart.at(r));
    return end;
}

} // namespace

QStringList splitScenarios(QStringView text)
{
    const Layout layout = layoutOf(text);
    const QList<Scenario> &scenarios = layout.document.scenarios;
    QStringList chunks;
    if (scenarios.isEmpty()) {
        const QString all = trimBlankLines(layout.lines, 0, layout.lines.size());
        if (!all.isEmpty())
            chunks.append(all);
        return chunks;
    }
    for (qsizetype i = 0; i < scenarios.size(); ++i) {
        qsizetype start = layout.scenarioStart.at(i);
        const int rule = scenarios.at(i).rule;
        if (rule >= 0 && (i == 0 || scenarios.at(i - 1).rule != rule))
            start = qMin(start, layout.ruleStart.at(rule)); // the first scenario of a Rule carries it
        if (i == 0)
            start = 0; // what comes before the first scenario stays with it
        const qsizetype end = i + 1 < scenarios.size()
                                  ? (scenarios.at(i + 1).rule >= 0 && scenarios.at(i + 1).rule != rule
                                         ? layout.ruleStart.at(scenarios.at(i + 1).rule)
                                         : layout.scenarioStart.at(i + 1))
                                  : layout.lines.size();
        const QString chunk = trimBlankLines(layout.lines, start, qMax(start, end));
        if (!chunk.isEmpty())
            chunks.append(chunk);
    }
    return chunks;
}

QString joinScenarios(const QStringList &chunks)
{
    return chunks.join(QStringLiteral("\n\n"));
}

QStringList scenariosWithContext(QStringView text, const QList<int> &indexes)
{
    const Layout layout = layoutOf(text);
    const QList<Scenario> &scenarios = layout.document.scenarios;
    QList<int> chosen;
    for (int index : indexes) {
        if (index >= 0 && index < scenarios.size() && !chosen.contains(index))
            chosen.append(index);
    }
    std::sort(chosen.begin(), chosen.end());
    if (chosen.isEmpty())
        return {};

    // The Feature's own lines: the language, the Feature line, its description, its Background.
    qsizetype featureEnd = layout.scenarioStart.constFirst();
    if (!layout.ruleStart.isEmpty())
        featureEnd = qMin(featureEnd, layout.ruleStart.constFirst());

    // Each chunk is a few ranges of lines; ranges that touch in the text are taken as one, so a
    // scenario that stands right under its Rule keeps the text exactly as it was.
    QStringList chunks;
    int previousRule = -1;
    for (int index : std::as_const(chosen)) {
        const Scenario &scenario = scenarios.at(index);
        QList<std::pair<qsizetype, qsizetype>> ranges;
        const auto add = [&ranges](qsizetype from, qsizetype to) {
            if (to <= from)
                return;
            if (!ranges.isEmpty() && ranges.last().second == from)
                ranges.last().second = to;
            else
                ranges.append({from, to});
        };
        if (chunks.isEmpty())
            add(0, featureEnd);
        if (scenario.rule >= 0 && scenario.rule != previousRule)
            add(layout.ruleStart.at(scenario.rule), rulePreambleEnd(layout, scenario.rule));
        add(layout.scenarioStart.at(index), layout.scenarioEnd.at(index));
        QStringList parts;
        for (const auto &[from, to] : std::as_const(ranges)) {
            const QString part = trimBlankLines(layout.lines, from, to);
            if (!part.isEmpty())
                parts.append(part);
        }
        chunks.append(parts.join(QStringLiteral("\n\n")));
        previousRule = scenario.rule;
    }
    return chunks;
}

QStringList criteriaWithContext(const QStringList &criteria, const QList<int> &chosen)
{
    const QString joined = joinScenarios(criteria);
    QList<int> firstLine; // where each criterion starts in `joined`, 1-based
    int line = 1;
    for (const QString &criterion : criteria) {
        firstLine.append(line);
        line += int(criterion.count(QLatin1Char('\n'))) + 2; // its lines and the blank line after it
    }
    QList<int> sorted = chosen;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    const Document document = parse(joined);
    QList<int> scenarios;
    QStringList loose;
    for (int index : std::as_const(sorted)) {
        if (index < 0 || index >= criteria.size())
            continue;
        const int from = firstLine.at(index);
        const int to = index + 1 < firstLine.size() ? firstLine.at(index + 1) : line;
        bool any = false;
        for (qsizetype i = 0; i < document.scenarios.size(); ++i) {
            if (document.scenarios.at(i).line >= from && document.scenarios.at(i).line < to) {
                scenarios.append(int(i));
                any = true;
            }
        }
        if (!any)
            loose.append(criteria.at(index));
    }
    return scenariosWithContext(joined, scenarios) + loose;
}

} // namespace Ordo::Gherkin
