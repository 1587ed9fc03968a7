#include "searchhighlight.h"

#include <QApplication>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTextBlock>

#include <algorithm>

namespace Ordo::SearchHighlight {

QList<std::pair<qsizetype, qsizetype>> matches(const QString &text, const QStringList &terms)
{
    QList<std::pair<qsizetype, qsizetype>> found;
    if (terms.isEmpty() || text.isEmpty())
        return found;
    const QString folded = text.toCaseFolded();
    for (const QString &term : terms) {
        if (term.isEmpty())
            continue;
        for (qsizetype at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.size()))
            found.append({at, term.size()});
    }
    std::sort(found.begin(), found.end());
    QList<std::pair<qsizetype, qsizetype>> merged;
    for (const auto &[start, length] : std::as_const(found)) {
        if (!merged.isEmpty() && start <= merged.last().first + merged.last().second) {
            auto &last = merged.last();
            last.second = qMax(last.first + last.second, start + length) - last.first;
        } else {
            merged.append({start, length});
        }
    }
    return merged;
}

QColor color(const QPalette &palette)
{
    // A marker-pen yellow on light backgrounds, a dim amber on dark ones.
    return palette.color(QPalette::Base).lightness() > 128 ? QColor(255, 221, 87) : QColor(122, 96, 0);
}

void paintCell(QPainter *painter, const QStyleOptionViewItem &option, const QStringList &terms)
{
    const auto found = matches(option.text, terms);
    if (found.isEmpty())
        return;
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    // The text rectangle and margin as QCommonStyle draws an item's text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &option, widget).adjusted(margin, 0, -margin, 0);
    const QFontMetrics metrics(option.font);
    const QString elided = metrics.elidedText(option.text, option.textElideMode, textRect.width());
    // The characters shown before the ellipsis.
    const qsizetype shown = elided == option.text ? option.text.size() : qMax<qsizetype>(0, elided.size() - 1);
    const int height = metrics.height();
    const int top = textRect.top() + (textRect.height() - height) / 2;

    painter->save();
    painter->setClipRect(textRect);
    // Multiplying keeps the letters as dark as they were on a light row, selected or not;
    // on a dark palette the marker lightens instead.
    const bool light = option.palette.color(QPalette::Base).lightness() > 128;
    painter->setCompositionMode(light ? QPainter::CompositionMode_Multiply : QPainter::CompositionMode_Screen);
    for (const auto &[start, length] : found) {
        if (start >= shown)
            break;
        const qsizetype end = qMin(start + length, shown);
        const int left = textRect.left() + metrics.horizontalAdvance(option.text.left(start));
        const int right = textRect.left() + metrics.horizontalAdvance(option.text.left(end));
        painter->fillRect(QRect(left, top, right - left, height), color(option.palette));
    }
    painter->restore();
}

QList<QTextEdit::ExtraSelection> selections(QPlainTextEdit *editor, const QStringList &terms)
{
    QList<QTextEdit::ExtraSelection> result;
    if (terms.isEmpty())
        return result;
    QTextCharFormat format;
    format.setBackground(color(editor->palette()));
    for (QTextBlock block = editor->document()->begin(); block.isValid(); block = block.next()) {
        for (const auto &[start, length] : matches(block.text(), terms)) {
            QTextCursor cursor(block);
            cursor.setPosition(block.position() + int(start));
            cursor.setPosition(block.position() + int(start + length), QTextCursor::KeepAnchor);
            result.append({cursor, format});
        }
    }
    return result;
}

} // namespace Ordo::SearchHighlight
