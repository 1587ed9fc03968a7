#pragma once

#include "gherkin.h"

#include <QList>
#include <QString>
#include <QStringList>

// The parser's lexer (internal to core/services): one token per line, read with a dialect's
// keywords. A line's kind does not depend on where it stands; the parser's states decide which
// kinds they take and read any other line as free text where they allow it.

namespace Ordo::Gherkin::Lexer {

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

    explicit Keywords(const Dialect &dialect);
};

// The keywords of `dialect`, built once for every language (a thread-safe static).
const Keywords &keywordsOf(const Dialect &dialect);

QStringView leftTrimmed(QStringView text);

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
Token classify(QStringView raw, int number, const Keywords &keywords);

// Cells between pipes, as Cucumber splits them: "\|" is a pipe, "\n" a line break, "\\" a
// backslash; anything after the last pipe is not part of the table.
QStringList cellsOf(QStringView trimmed);

} // namespace Ordo::Gherkin::Lexer
