#pragma once

#include <QSet>
#include <QStringList>
#include <QSyntaxHighlighter>

namespace Ordo {

// Colours Gherkin as the Product Owner types: Feature, Rule, Background, Scenario and Examples
// lines, step keywords, tags, comments, tables, doc strings and <placeholders>, in the language
// the text's "# language:" line names, and descriptions in italics. Lines with a syntax error get a
// red wavy underline; lines with Ordo's advice an amber one.
class GherkinHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit GherkinHighlighter(QTextDocument *document);

    // The Gherkin language whose keywords to colour ("en", "fr", ...).
    void setLanguage(const QString &code);
    QString language() const { return m_language; }

    // 1-based line numbers with syntax errors, with warnings, and of free-text descriptions (as the
    // parser read them: a description line looks like any other text).
    void setLineRoles(const QSet<int> &errors, const QSet<int> &warnings, const QSet<int> &descriptions = {});

protected:
    void highlightBlock(const QString &text) override;

private:
    QString m_language;
    QStringList m_titleKeywords; // with their colon, longest first
    QStringList m_stepKeywords;  // longest first
    QSet<int> m_errorLines;
    QSet<int> m_warningLines;
    QSet<int> m_descriptionLines;
};

} // namespace Ordo
