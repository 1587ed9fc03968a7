#include "gherkinedit.h"

#include "gherkinhighlighter.h"
#include "services/gherkin.h"
#include "services/gherkinlanguages.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

namespace Ordo {
namespace {

// What completion offers: the language's step keywords, then its Feature, Rule, Background,
// Scenario, Scenario Outline and Examples keywords with their colon.
QStringList keywordsFor(QStringView language)
{
    QStringList keywords = Gherkin::stepKeywords(language);
    for (const QString &title : Gherkin::titleKeywords(language))
        keywords.append(title + QStringLiteral(": "));
    return keywords;
}

} // namespace

GherkinEdit::GherkinEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new GherkinHighlighter(document()))
    , m_completer(new QCompleter(this))
    , m_keywords(new QStringListModel(keywordsFor(u"en"), this))
{
    setObjectName(QStringLiteral("criteriaEdit"));
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(qMax(font.pointSizeF(), QPlainTextEdit::font().pointSizeF()));
    setFont(font);
    setTabChangesFocus(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setPlaceholderText(tr("Scenario: Pay with a saved card\n"
                          "  Given I have a saved card\n"
                          "  When I pay for my basket\n"
                          "  Then the order is confirmed"));

    m_completer->setModel(m_keywords);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &GherkinEdit::insertCompletion);
    connect(this, &QPlainTextEdit::textChanged, this, &GherkinEdit::updateKeywords);
}

void GherkinEdit::setLineRoles(const QSet<int> &errors, const QSet<int> &warnings, const QSet<int> &descriptions)
{
    m_highlighter->setLineRoles(errors, warnings, descriptions);
}

void GherkinEdit::goToLine(int line)
{
    // A problem at the end of the text (an unclosed doc string) names the line after the last.
    const QTextBlock block = document()->findBlockByNumber(qBound(0, line - 1, document()->blockCount() - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

void GherkinEdit::updateKeywords()
{
    // "# language: fr" above everything else switches completion and colours to French keywords:
    // only the blank and comment lines at the top are read.
    QString top;
    for (QTextBlock block = document()->firstBlock(); block.isValid(); block = block.next()) {
        const QString line = block.text().trimmed();
        top += block.text() + QLatin1Char('\n');
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            break;
    }
    const QString code = Gherkin::dialectOf(top).code;
    if (code == m_highlighter->language())
        return;
    m_highlighter->setLanguage(code);
    m_keywords->setStringList(keywordsFor(code));
}

QString GherkinEdit::keywordPrefix() const
{
    const QTextCursor cursor = textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const QString word = before.trimmed();
    // One word, at the start of the line (after indentation only), ending at the cursor.
    if (word.isEmpty() || word.contains(QLatin1Char(' ')) || !before.endsWith(word))
        return {};
    return word;
}

void GherkinEdit::insertCompletion(const QString &completion)
{
    QTextCursor cursor = textCursor();
    const QString prefix = m_completer->completionPrefix();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(prefix.size()));
    cursor.insertText(completion);
    setTextCursor(cursor);
}

void GherkinEdit::focusInEvent(QFocusEvent *event)
{
    m_completer->setWidget(this);
    QPlainTextEdit::focusInEvent(event);
}

void GherkinEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
        case Qt::Key_Escape:
        case Qt::Key_Backtab:
            event->ignore(); // the completer's popup takes these
            return;
        default: break;
        }
    }
    QPlainTextEdit::keyPressEvent(event);

    const QString prefix = keywordPrefix();
    if (prefix.isEmpty() || event->text().isEmpty() || !event->text().at(0).isLetter()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0
        || (m_completer->completionCount() == 1
            && m_completer->currentCompletion().trimmed().compare(prefix, Qt::CaseInsensitive) == 0)) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0)
                  + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

} // namespace Ordo
