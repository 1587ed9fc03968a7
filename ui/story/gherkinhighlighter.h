#pragma once

#include <QSet>
#include <QSyntaxHighlighter>

namespace Ordo {

// Colours Gherkin as the Product Owner types: Feature/Scenario lines, step
// keywords, tags, comments, tables, doc strings and <placeholders>, and a
// wavy underline on the lines the parser found a problem with.
class GherkinHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit GherkinHighlighter(QTextDocument *document);

    // 1-based line numbers to mark as wrong.
    void setErrorLines(const QSet<int> &lines);

protected:
    void highlightBlock(const QString &text) override;

private:
    QSet<int> m_errorLines;
};

} // namespace Ordo
