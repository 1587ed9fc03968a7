#pragma once

#include "domain/product.h"
#include "domain/sprint.h"

#include <QDialog>

#include <functional>

class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Ordo {

class ChecklistEditor;

// Creates or edits a sprint: name, first and last day, the sprint goal in value terms, the team's
// days off, the sprint's Definition of Done (a copy of the product's, frozen once the sprint
// starts), and capacity in points, with the capacity suggested from velocity and availability
// (its arithmetic in the tooltip). What SprintPlanning::check() refuses is said under the fields,
// and OK stays disabled until it is fixed.
class SprintDialog : public QDialog
{
    Q_OBJECT

public:
    // The suggested capacity for the sprint as entered so far, and its arithmetic.
    using Suggest = std::function<std::optional<double>(const Sprint &sprint, QString *arithmetic)>;

    SprintDialog(const Sprint &sprint, const QList<Sprint> &others, const QList<TeamMember> &team, Suggest suggest,
                 QWidget *parent = nullptr);

    Sprint sprint() const;
    QString problem() const;
    QPushButton *suggestionButton() const { return m_suggest; }
    QTableWidget *daysOffTable() const { return m_daysOff; }
    // The sprint's Definition of Done: editable while the sprint is planned (null once it has
    // started, when the dialog only shows it).
    ChecklistEditor *definitionOfDoneEditor() const { return m_done; }

private:
    void validate();
    void updateSuggestion();

    Sprint m_sprint;
    QList<Sprint> m_others;
    QLineEdit *m_name;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QPlainTextEdit *m_goal;
    QDoubleSpinBox *m_capacity;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QList<TeamMember> m_team;
    Suggest m_suggestFor;
    QTableWidget *m_daysOff = nullptr;
    QPushButton *m_suggest = nullptr;
    std::optional<double> m_suggestion;
    ChecklistEditor *m_done = nullptr;
};

// The placeholder of a sprint goal: a goal in value terms, and what a goal is not.
QString sprintGoalPlaceholder();

} // namespace Ordo
