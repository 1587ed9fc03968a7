#pragma once

#include <QSet>
#include <QStringList>
#include <QSyntaxHighlighter>

namespace Ordo {

// Colours Gherkin as the Product Owner types: Feature, Rule, Background, Scenario and Examples
// lines, step keywords, tags, comments, tables, doc strings and <placeholders>, in the language
// the text's "# language:" line names. Lines with a syntax error get a red wavy underline; lines
// with Ordo's advice an amber one.
class GherkinHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit GherkinHighlighter(QTextDocument *document);

    // The Gherkin language whose keywords to colour ("en", "fr", ...).
    void setLanguage(const QString &code);
    QString language() const { return m_language; }

    // 1-based line numbers with syntax errors, and with warnings.
    void setProblemLines(const QSet<int> &errors, const QSet<int> &warnings);

protected:
    void highlightBlock(const QString &text) override;

private:
    QString m_language;
    QStringList m_titleKeywords; // with their colon, longest first
    QStringList m_stepKeywords;  // longest first
    QSet<int> m_errorLines;
    QSet<int> m_warningLines;
};

} // namespace Ordo
