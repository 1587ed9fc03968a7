#include "gherkinedit.h"

#include "gherkinhighlighter.h"
#include "services/gherkin.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

namespace Ordo {
namespace {

QStringList keywordsFor(QStringView language)
{
    QStringList keywords;
    for (QString step : Gherkin::stepKeywords(language))
        keywords.append(step);
    if (language == u"de") {
        keywords << QStringLiteral("Szenario: ") << QStringLiteral("Szenariogrundriss: ")
                 << QStringLiteral("Beispiele:") << QStringLiteral("Grundlage:");
    } else {
        keywords << QStringLiteral("Scenario: ") << QStringLiteral("Scenario Outline: ")
                 << QStringLiteral("Examples:") << QStringLiteral("Background:");
    }
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

void GherkinEdit::setErrorLines(const QSet<int> &lines) { m_highlighter->setErrorLines(lines); }

void GherkinEdit::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(qMax(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

void GherkinEdit::updateKeywords()
{
    // "# language: de" on the first line switches completion to German keywords.
    const QString first = document()->firstBlock().text().trimmed();
    const bool german = first.startsWith(QLatin1Char('#'))
                        && first.contains(QLatin1String("language: de"));
    const QStringList wanted = keywordsFor(german ? u"de" : u"en");
    if (m_keywords->stringList() != wanted)
        m_keywords->setStringList(wanted);
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
