#include "gherkin.h"

#include <QCoreApplication>
#include <QSet>

namespace Ordo::Gherkin {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("Ordo::Gherkin", text); }

enum class LineKind { Blank, Comment, Tag, Feature, Rule, Background, Scenario, Outline, Examples, Step, TableRow, DocFence, Other };

struct Dialect
{
    QStringList feature, rule, background, scenario, outline, examples;
    QList<std::pair<QString, StepKeyword>> steps; // longest first
};

const Dialect &english()
{
    static const Dialect d{
        {QStringLiteral("Feature:"), QStringLiteral("Business Need:"), QStringLiteral("Ability:")},
        {QStringLiteral("Rule:")},
        {QStringLiteral("Background:")},
        {QStringLiteral("Scenario:"), QStringLiteral("Example:")},
        {QStringLiteral("Scenario Outline:"), QStringLiteral("Scenario Template:")},
        {QStringLiteral("Examples:"), QStringLiteral("Scenarios:")},
        {{QStringLiteral("Given "), StepKeyword::Given},
         {QStringLiteral("When "), StepKeyword::When},
         {QStringLiteral("Then "), StepKeyword::Then},
         {QStringLiteral("And "), StepKeyword::And},
         {QStringLiteral("But "), StepKeyword::But},
         {QStringLiteral("* "), StepKeyword::Star}}};
    return d;
}

const Dialect &german()
{
    static const Dialect d{
        {QStringLiteral("Funktionalität:"), QStringLiteral("Funktion:")},
        {QStringLiteral("Regel:")},
        {QStringLiteral("Grundlage:"), QStringLiteral("Hintergrund:"), QStringLiteral("Voraussetzungen:")},
        {QStringLiteral("Szenario:"), QStringLiteral("Beispiel:")},
        {QStringLiteral("Szenariogrundriss:"), QStringLiteral("Szenarien:")},
        {QStringLiteral("Beispiele:")},
        {{QStringLiteral("Gegeben seien "), StepKeyword::Given},
         {QStringLiteral("Gegeben sei "), StepKeyword::Given},
         {QStringLiteral("Angenommen "), StepKeyword::Given},
         {QStringLiteral("Wenn "), StepKeyword::When},
         {QStringLiteral("Dann "), StepKeyword::Then},
         {QStringLiteral("Und "), StepKeyword::And},
         {QStringLiteral("Aber "), StepKeyword::But},
         {QStringLiteral("* "), StepKeyword::Star}}};
    return d;
}

bool startsWithAny(QStringView line, const QStringList &keywords, QString *rest)
{
    for (const QString &keyword : keywords) {
        if (line.startsWith(keyword)) {
            *rest = line.mid(keyword.size()).trimmed().toString();
            return true;
        }
    }
    return false;
}

struct Line
{
    LineKind kind = LineKind::Other;
    QString rest; // name after a keyword, step text, or the trimmed line
    StepKeyword step = StepKeyword::Given;
    QString keywordText;
};

Line classify(QStringView trimmed, const Dialect &d)
{
    Line line;
    if (trimmed.isEmpty()) {
        line.kind = LineKind::Blank;
        return line;
    }
    line.rest = trimmed.toString();
    if (trimmed.startsWith(u'#')) {
        line.kind = LineKind::Comment;
    } else if (trimmed.startsWith(u'@')) {
        line.kind = LineKind::Tag;
    } else if (trimmed.startsWith(u'|')) {
        line.kind = LineKind::TableRow;
    } else if (trimmed.startsWith(u"\"\"\"") || trimmed.startsWith(u"```")) {
        line.kind = LineKind::DocFence;
    } else if (startsWithAny(trimmed, d.outline, &line.rest)) {
        line.kind = LineKind::Outline; // before Scenario: "Scenario Outline:" starts with "Scenario"
    } else if (startsWithAny(trimmed, d.scenario, &line.rest)) {
        line.kind = LineKind::Scenario;
    } else if (startsWithAny(trimmed, d.examples, &line.rest)) {
        line.kind = LineKind::Examples;
    } else if (startsWithAny(trimmed, d.background, &line.rest)) {
        line.kind = LineKind::Background;
    } else if (startsWithAny(trimmed, d.feature, &line.rest)) {
        line.kind = LineKind::Feature;
    } else if (startsWithAny(trimmed, d.rule, &line.rest)) {
        line.kind = LineKind::Rule;
    } else {
        for (const auto &[keyword, step] : d.steps) {
            if (trimmed.startsWith(keyword) || trimmed == QStringView(keyword).trimmed()) {
                line.kind = LineKind::Step;
                line.step = step;
                line.keywordText = keyword;
                line.rest = trimmed.mid(qMin(keyword.size(), trimmed.size())).trimmed().toString();
                break;
            }
        }
    }
    return line;
}

QStringList cellsOf(QStringView row)
{
    // "| a | b \| c |" -> {"a", "b | c"}
    QStringList cells;
    QString cell;
    bool started = false;
    for (qsizetype i = 0; i < row.size(); ++i) {
        const QChar c = row.at(i);
        if (c == u'\\' && i + 1 < row.size()) {
            const QChar next = row.at(i + 1);
            cell += next == u'n' ? QChar(u'\n') : next;
            ++i;
        } else if (c == u'|') {
            if (started)
                cells.append(cell.trimmed());
            cell.clear();
            started = true;
        } else {
            cell += c;
        }
    }
    if (!cell.trimmed().isEmpty())
        cells.append(cell.trimmed()); // a row without its closing pipe
    return cells;
}

QString shortened(const QString &text)
{
    constexpr int limit = 40;
    return text.size() > limit ? text.left(limit - 1) + QChar(0x2026) : text;
}

QString quotedName(const Scenario &scenario)
{
    return scenario.name.isEmpty() ? QString() : shortened(scenario.name);
}

class Parser
{
public:
    explicit Parser(QStringView text)
        : m_text(text)
    {}

    Document run();

private:
    void error(ErrorKind kind, int line, const QString &message)
    {
        if (m_document.errors.size() < maxErrors)
            m_document.errors.append({kind, line, message});
    }
    void closeScenario();
    void addStep(const Line &line, int number);

    QStringView m_text;
    Document m_document;
    Scenario *m_current = nullptr; // the open scenario (nullptr in a Background)
    bool m_inBackground = false;
    ExamplesTable *m_examples = nullptr;
    StepKeyword m_lastMain = StepKeyword::Given;
    bool m_haveMain = false;
    int m_tableWidth = -1; // width of the step's data table being read
    QStringList m_pendingTags;
};

void Parser::addStep(const Line &line, int number)
{
    Step step;
    step.keyword = line.step;
    step.keywordText = line.keywordText;
    step.text = line.rest;
    step.line = number;
    const bool continuation = line.step == StepKeyword::And || line.step == StepKeyword::But
                              || line.step == StepKeyword::Star;
    if (continuation) {
        if (!m_haveMain) {
            error(ErrorKind::ContinuationWithoutStep, number,
                  tr("“And” and “But” continue a step: start the scenario with Given, When or Then."));
        }
        step.effective = m_lastMain;
    } else {
        step.effective = line.step;
        m_lastMain = line.step;
        m_haveMain = true;
    }
    if (m_current)
        m_current->steps.append(step);
}

void Parser::closeScenario()
{
    if (!m_current)
        return;
    Scenario &s = *m_current;
    const QString name = quotedName(s);
    if (s.steps.isEmpty()) {
        error(ErrorKind::EmptyScenario, s.line,
              name.isEmpty() ? tr("This scenario has no steps yet.")
                             : tr("Scenario “%1” has no steps yet.").arg(name));
    } else if (!s.hasThen()) {
        error(ErrorKind::ScenarioWithoutThen, s.line,
              name.isEmpty()
                  ? tr("This scenario has no Then step: add the outcome that proves it works.")
                  : tr("Scenario “%1” has no Then step: add the outcome that proves it works.").arg(name));
    }
    if (s.kind == ScenarioKind::Outline) {
        bool anyRows = false;
        QSet<QString> columns;
        for (const ExamplesTable &table : std::as_const(s.examples)) {
            anyRows = anyRows || !table.rows.isEmpty();
            for (const QString &column : table.header)
                columns.insert(column);
        }
        if (!anyRows) {
            error(ErrorKind::OutlineWithoutExamples, s.line,
                  tr("Scenario Outline “%1” needs an Examples table with at least one row.").arg(name));
        } else {
            for (const Step &step : std::as_const(s.steps)) {
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
    m_current = nullptr;
    m_examples = nullptr;
}

Document Parser::run()
{
    const Dialect *dialect = &english();
    int number = 0;
    int docStart = 0;
    bool inDoc = false;
    QString docFence;
    bool seenContent = false;

    qsizetype start = 0;
    while (start <= m_text.size()) {
        qsizetype end = m_text.indexOf(u'\n', start);
        if (end < 0)
            end = m_text.size();
        QStringView raw = m_text.mid(start, end - start);
        start = end + 1;
        ++number;
        if (raw.endsWith(u'\r'))
            raw.chop(1);
        const QStringView trimmed = raw.trimmed();

        if (inDoc) {
            if (trimmed.startsWith(docFence))
                inDoc = false;
            if (end == m_text.size())
                break;
            continue;
        }
        // "# language: de" before anything else picks the keywords.
        if (!seenContent && trimmed.startsWith(u'#')) {
            const QStringView comment = trimmed.mid(1).trimmed();
            if (comment.startsWith(u"language:")) {
                const QStringView language = comment.mid(9).trimmed();
                dialect = language == u"de" ? &german() : &english();
            }
        }
        const Line line = classify(trimmed, *dialect);
        if (line.kind != LineKind::Blank && line.kind != LineKind::Comment)
            seenContent = true;
        if (line.kind != LineKind::TableRow)
            m_tableWidth = -1;

        switch (line.kind) {
        case LineKind::Blank:
        case LineKind::Comment: break;
        case LineKind::Tag:
            for (QStringView tag : trimmed.split(u' ', Qt::SkipEmptyParts)) {
                if (tag.startsWith(u'@'))
                    m_pendingTags.append(tag.toString());
            }
            break;
        case LineKind::Feature:
            closeScenario();
            m_inBackground = false;
            if (m_document.featureName.isEmpty())
                m_document.featureName = line.rest;
            m_pendingTags.clear();
            break;
        case LineKind::Rule:
            closeScenario();
            m_inBackground = false;
            m_pendingTags.clear();
            break;
        case LineKind::Background:
            closeScenario();
            m_inBackground = true;
            m_haveMain = false;
            m_pendingTags.clear();
            break;
        case LineKind::Scenario:
        case LineKind::Outline: {
            closeScenario();
            m_inBackground = false;
            Scenario scenario;
            scenario.kind = line.kind == LineKind::Outline ? ScenarioKind::Outline : ScenarioKind::Scenario;
            scenario.name = line.rest;
            scenario.line = number;
            scenario.endLine = number;
            scenario.tags = m_pendingTags;
            m_pendingTags.clear();
            m_document.scenarios.append(scenario);
            m_current = &m_document.scenarios.last();
            m_haveMain = false;
            break;
        }
        case LineKind::Examples:
            if (!m_current || m_current->kind != ScenarioKind::Outline) {
                error(ErrorKind::ExamplesOutsideOutline, number,
                      tr("Examples belong under a Scenario Outline: change “Scenario:” to "
                         "“Scenario Outline:”."));
                m_examples = nullptr;
            } else {
                m_current->examples.append({line.rest, number, {}, {}});
                m_examples = &m_current->examples.last();
            }
            m_pendingTags.clear();
            break;
        case LineKind::Step:
            if (m_examples && m_current) {
                // A step after an Examples table still belongs to the outline.
                m_examples = nullptr;
            }
            if (!m_current && !m_inBackground) {
                error(ErrorKind::StepBeforeScenario, number,
                      tr("This step comes before any Scenario line: start the criterion with "
                         "“Scenario: …”."));
                addStep(line, number);
            } else {
                addStep(line, number);
            }
            break;
        case LineKind::TableRow: {
            const QStringList cells = cellsOf(trimmed);
            if (m_examples) {
                if (m_examples->header.isEmpty()) {
                    m_examples->header = cells;
                } else {
                    if (cells.size() != m_examples->header.size()) {
                        error(ErrorKind::TableRowWidth, number,
                              tr("This row has %1 cells; the Examples header has %2.")
                                  .arg(cells.size())
                                  .arg(m_examples->header.size()));
                    }
                    m_examples->rows.append(cells);
                }
            } else if ((m_current && !m_current->steps.isEmpty()) || m_inBackground) {
                // A data table as the argument of the step above.
                if (m_tableWidth < 0) {
                    m_tableWidth = int(cells.size());
                } else if (cells.size() != m_tableWidth) {
                    error(ErrorKind::TableRowWidth, number,
                          tr("This row has %1 cells; the table's first row has %2.")
                              .arg(cells.size())
                              .arg(m_tableWidth));
                }
            } else {
                error(ErrorKind::UnrecognizedLine, number,
                      tr("A table must follow a step or an Examples line."));
            }
            if (m_tableWidth < 0 && !m_examples)
                m_tableWidth = int(cells.size());
            break;
        }
        case LineKind::DocFence:
            inDoc = true;
            docStart = number;
            docFence = trimmed.startsWith(u"```") ? QStringLiteral("```") : QStringLiteral("\"\"\"");
            break;
        case LineKind::Other:
            error(ErrorKind::UnrecognizedLine, number,
                  tr("“%1” is not a Gherkin step: start the line with Given, When, Then, And or But.")
                      .arg(shortened(line.rest)));
            break;
        }
        if (m_current && line.kind != LineKind::Blank && line.kind != LineKind::Comment)
            m_current->endLine = number;
        if (end == m_text.size())
            break;
    }
    if (inDoc) {
        error(ErrorKind::UnterminatedDocString, docStart,
              tr("The doc string opened here is never closed."));
    }
    closeScenario();
    std::stable_sort(m_document.errors.begin(), m_document.errors.end(),
                     [](const Error &a, const Error &b) { return a.line < b.line; });
    return std::move(m_document);
}

bool hasEffective(const Scenario &scenario, StepKeyword keyword)
{
    for (const Step &step : scenario.steps) {
        if (step.effective == keyword)
            return true;
    }
    return false;
}

} // namespace

bool Scenario::hasGiven() const { return hasEffective(*this, StepKeyword::Given); }
bool Scenario::hasWhen() const { return hasEffective(*this, StepKeyword::When); }
bool Scenario::hasThen() const { return hasEffective(*this, StepKeyword::Then); }

Document parse(QStringView text)
{
    return Parser(text).run();
}

QStringList stepKeywords(QStringView language)
{
    if (language == u"de") {
        return {QStringLiteral("Angenommen "), QStringLiteral("Gegeben sei "),
                QStringLiteral("Wenn "), QStringLiteral("Dann "), QStringLiteral("Und "),
                QStringLiteral("Aber ")};
    }
    return {QStringLiteral("Given "), QStringLiteral("When "), QStringLiteral("Then "),
            QStringLiteral("And "), QStringLiteral("But ")};
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

} // namespace

QStringList splitScenarios(QStringView text)
{
    QString normalized = text.toString();
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = normalized.split(QLatin1Char('\n'));
    const Document document = parse(normalized);

    // Where each scenario's chunk starts: its Scenario line, or the tag and
    // comment lines right above it.
    QList<qsizetype> starts;
    for (const Scenario &scenario : document.scenarios) {
        qsizetype start = scenario.line - 1;
        while (start > 0) {
            const QString above = lines.at(start - 1).trimmed();
            if (above.startsWith(QLatin1Char('@')) || (above.startsWith(QLatin1Char('#')) && !above.contains(QLatin1String("language:"))))
                --start;
            else
                break;
        }
        if (!starts.isEmpty() && start <= starts.last())
            start = scenario.line - 1;
        starts.append(start);
    }
    QStringList chunks;
    if (starts.isEmpty()) {
        const QString all = trimBlankLines(lines, 0, lines.size());
        if (!all.isEmpty())
            chunks.append(all);
        return chunks;
    }
    starts[0] = 0; // what comes before the first scenario stays with it
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const qsizetype to = i + 1 < starts.size() ? starts.at(i + 1) : lines.size();
        const QString chunk = trimBlankLines(lines, starts.at(i), to);
        if (!chunk.isEmpty())
            chunks.append(chunk);
    }
    return chunks;
}

QString joinScenarios(const QStringList &chunks)
{
    return chunks.join(QStringLiteral("\n\n"));
}

} // namespace Ordo::Gherkin
