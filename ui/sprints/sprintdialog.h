#pragma once

#include "domain/sprint.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Ordo {

// Creates or edits a sprint: name, first and last day, the sprint goal in value terms, and
// capacity in points (with the suggestion from velocity). What SprintPlanning::check() refuses
// is said under the fields, and OK stays disabled until it is fixed.
class SprintDialog : public QDialog
{
    Q_OBJECT

public:
    SprintDialog(const Sprint &sprint, const QList<Sprint> &others, std::optional<double> suggestedCapacity,
                 const QString &suggestionText, QWidget *parent = nullptr);

    Sprint sprint() const;
    QString problem() const;

private:
    void validate();

    Sprint m_sprint;
    QList<Sprint> m_others;
    QLineEdit *m_name;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QPlainTextEdit *m_goal;
    QDoubleSpinBox *m_capacity;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

// The placeholder of a sprint goal: a goal in value terms, and what a goal is not.
QString sprintGoalPlaceholder();

} // namespace Ordo
