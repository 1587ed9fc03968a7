#include "gherkin.h"

#include <algorithm>

// Acceptance criteria are stored one scenario per criterion: these functions cut a text into
// those chunks and put chosen chunks back together with the Feature, Rule and Background lines
// they stand under. They work on the parser's line numbers and never change a line.

namespace Ordo::Gherkin {

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
            if (above.startsWith(QLatin1Char('#')) && !languageLine(above))
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

// One chunk per scenario of `layout`, which has at least one.
QStringList chunksOf(const Layout &layout)
{
    const QList<Scenario> &scenarios = layout.document.scenarios;
    QStringList chunks;
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

} // namespace

QStringList splitScenarios(QStringView text)
{
    const Layout layout = layoutOf(text);
    if (layout.document.scenarios.isEmpty()) {
        const QString all = trimBlankLines(layout.lines, 0, layout.lines.size());
        return all.isEmpty() ? QStringList() : QStringList{all};
    }
    return chunksOf(layout);
}

QStringList scenarioChunks(QStringView text)
{
    const Layout layout = layoutOf(text);
    return layout.document.scenarios.isEmpty() ? QStringList() : chunksOf(layout);
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
