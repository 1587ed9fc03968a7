#include "gherkinhighlighter.h"

#include "services/gherkin.h"

#include <QColor>
#include <QTextBlock>
#include <QRegularExpression>
#include <QTextCharFormat>

namespace Ordo {
namespace {

enum BlockState { Normal = 0, InDocString = 1 };

QTextCharFormat makeFormat(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(color);
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}

QStringList longestFirst(QStringList keywords)
{
    keywords.removeDuplicates();
    std::stable_sort(keywords.begin(), keywords.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return keywords;
}

} // namespace

GherkinHighlighter::GherkinHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setLanguage(QStringLiteral("en"));
}

void GherkinHighlighter::setLanguage(const QString &code)
{
    if (code == m_language)
        return;
    m_language = code;
    QStringList titles;
    for (const QString &keyword : Gherkin::titleKeywords(code))
        titles.append(keyword + QLatin1Char(':'));
    m_titleKeywords = longestFirst(titles);
    m_stepKeywords = longestFirst(Gherkin::stepKeywords(code) << QStringLiteral("* "));
    rehighlight();
}

void GherkinHighlighter::setLineRoles(const QSet<int> &errors, const QSet<int> &warnings, const QSet<int> &descriptions)
{
    if (errors == m_errorLines && warnings == m_warningLines && descriptions == m_descriptionLines)
        return;
    m_errorLines = errors;
    m_warningLines = warnings;
    m_descriptionLines = descriptions;
    rehighlight();
}

void GherkinHighlighter::highlightBlock(const QString &text)
{
    static const QTextCharFormat sectionFormat = makeFormat(QColor(0x1D, 0x4E, 0xD8), true);
    static const QTextCharFormat stepFormat = makeFormat(QColor(0x7C, 0x3A, 0xED), true);
    static const QTextCharFormat commentFormat = makeFormat(QColor(0x6B, 0x72, 0x80), false, true);
    static const QTextCharFormat tagFormat = makeFormat(QColor(0x0F, 0x76, 0x6E));
    static const QTextCharFormat tableFormat = makeFormat(QColor(0x9A, 0x34, 0x12));
    static const QTextCharFormat docFormat = makeFormat(QColor(0x15, 0x80, 0x3D));
    static const QTextCharFormat descriptionFormat = makeFormat(QColor(0x37, 0x41, 0x51), false, true);
    static const QTextCharFormat placeholderFormat = makeFormat(QColor(0xC2, 0x41, 0x0C), true);
    static const QRegularExpression placeholder(QStringLiteral("<[^<>\\s][^<>]*>"));

    const QString trimmed = text.trimmed();
    const qsizetype indent = text.indexOf(trimmed.isEmpty() ? QString() : trimmed.left(1));
    const bool fence = trimmed.startsWith(QLatin1String("\"\"\"")) || trimmed.startsWith(QLatin1String("```"));

    if (previousBlockState() == InDocString) {
        setFormat(0, int(text.size()), docFormat);
        setCurrentBlockState(fence ? Normal : InDocString);
    } else if (fence) {
        setFormat(0, int(text.size()), docFormat);
        setCurrentBlockState(InDocString);
    } else if (m_descriptionLines.contains(currentBlock().blockNumber() + 1)) {
        setCurrentBlockState(Normal);
        setFormat(0, int(text.size()), descriptionFormat);
    } else {
        setCurrentBlockState(Normal);
        if (trimmed.startsWith(QLatin1Char('#'))) {
            setFormat(0, int(text.size()), commentFormat);
        } else if (trimmed.startsWith(QLatin1Char('@'))) {
            setFormat(0, int(text.size()), tagFormat);
        } else if (trimmed.startsWith(QLatin1Char('|'))) {
            setFormat(0, int(text.size()), tableFormat);
        } else {
            bool matched = false;
            for (const QString &keyword : std::as_const(m_titleKeywords)) {
                if (trimmed.startsWith(keyword)) {
                    setFormat(int(indent), int(keyword.size()), sectionFormat);
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                for (const QString &keyword : std::as_const(m_stepKeywords)) {
                    if (trimmed.startsWith(keyword)) {
                        setFormat(int(indent), int(keyword.size()), stepFormat);
                        break;
                    }
                }
            }
            for (auto it = placeholder.globalMatch(text); it.hasNext();) {
                const auto match = it.next();
                setFormat(int(match.capturedStart()), int(match.capturedLength()), placeholderFormat);
            }
        }
    }

    const int line = currentBlock().blockNumber() + 1;
    const bool error = m_errorLines.contains(line);
    if ((error || m_warningLines.contains(line)) && !trimmed.isEmpty()) {
        const QColor colour = error ? QColor(0xDC, 0x26, 0x26) : QColor(0xD9, 0x77, 0x06);
        for (int i = 0; i < text.size(); ++i) {
            QTextCharFormat f = QSyntaxHighlighter::format(i);
            f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            f.setUnderlineColor(colour);
            setFormat(i, 1, f);
        }
    }
}

} // namespace Ordo
