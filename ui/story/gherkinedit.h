#pragma once

#include <QPlainTextEdit>

class QCompleter;
class QStringListModel;

namespace Ordo {

class GherkinHighlighter;

// The acceptance criteria editor: Gherkin with syntax highlighting and keyword completion at the
// start of a line (Tab or Enter accepts), both in the language a "# language:" first line names,
// and wavy underlines on the lines with syntax errors (red) and advice (amber).
class GherkinEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit GherkinEdit(QWidget *parent = nullptr);

    // See GherkinHighlighter::setLineRoles().
    void setLineRoles(const QSet<int> &errors, const QSet<int> &warnings, const QSet<int> &descriptions = {});
    GherkinHighlighter *highlighter() const { return m_highlighter; }
    // Moves the cursor to the start of a 1-based line and shows it.
    void goToLine(int line);
    QCompleter *completer() const { return m_completer; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    // The text between the start of the cursor's line and the cursor, if it is
    // only the beginning of a keyword (leading spaces allowed).
    QString keywordPrefix() const;
    void insertCompletion(const QString &completion);
    void updateKeywords();

    GherkinHighlighter *m_highlighter;
    QCompleter *m_completer;
    QStringListModel *m_keywords;
};

} // namespace Ordo
