#pragma once

#include <QColor>
#include <QList>
#include <QStringList>
#include <QTextEdit>

class QPainter;
class QPalette;
class QPlainTextEdit;
class QStyleOptionViewItem;

namespace Ordo::SearchHighlight {

// Where the search terms (case-folded) occur in `text`, as (start, length), merged where
// they overlap. Case folding keeps positions: it maps one UTF-16 unit to one.
QList<std::pair<qsizetype, qsizetype>> matches(const QString &text, const QStringList &terms);

// The marker colour of a found word on this palette.
QColor color(const QPalette &palette);

// Marks the terms in the text of an item view cell that was just painted from `option`
// (initialised for the index): the part of the cell that shows the text gets the marker
// colour under its letters, also in an elided text.
void paintCell(QPainter *painter, const QStyleOptionViewItem &option, const QStringList &terms);

// The terms in a text editor, as extra selections.
QList<QTextEdit::ExtraSelection> selections(QPlainTextEdit *editor, const QStringList &terms);

} // namespace Ordo::SearchHighlight
