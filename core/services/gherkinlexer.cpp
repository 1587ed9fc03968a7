#include "gherkinlexer.h"

#include "gherkinlanguages.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Ordo::Gherkin::Lexer {

Keywords::Keywords(const Dialect &dialect)
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

} // namespace Ordo::Gherkin::Lexer

namespace Ordo::Gherkin {

std::optional<QString> languageLine(QStringView raw)
{
    static const QRegularExpression language(QStringLiteral("^\\s*#\\s*language\\s*:\\s*([a-zA-Z\\-_]+)\\s*$"));
    const auto match = language.match(raw.toString());
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1);
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
        if (const std::optional<QString> language = languageLine(line)) {
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

} // namespace Ordo::Gherkin
