#pragma once

#include "commands/changefieldcommand.h"
#include "domain/backlogrow.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Ordo {

// The prioritization inputs of one item (MoSCoW, the WSJF inputs, Kano,
// value and effort, the Product Goal link) with the scores Ordo computes
// from them. Used by the story editor and, for several items, the Score dialog.
class ScoringEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ScoringEditor(QWidget *parent = nullptr);

    // Shows the row's scores (no signal is emitted).
    void setRow(const BacklogRow &row);

    // For tests and the Score dialog.
    QComboBox *box(ChangeFieldCommand::Field field) const;
    QLineEdit *numberEdit(ChangeFieldCommand::Field field) const;
    // Whether the field is a number (job size, value, effort) rather than a choice.
    static bool isNumber(ChangeFieldCommand::Field field);
    QCheckBox *goalBox() const { return m_goal; }
    QLabel *wsjfLabel() const { return m_wsjf; }
    QLabel *valueForEffortLabel() const { return m_valueForEffort; }

    // A combo box of a score's choices, "Not scored" first (data: invalid QVariant).
    static QComboBox *choices(ChangeFieldCommand::Field field, QWidget *parent);
    // A number field; empty means "not scored".
    static QLineEdit *numberField(QWidget *parent);
    static std::optional<QVariant> numberOf(const QString &text); // nullopt: not a number
    static QString numberText(std::optional<double> value);       // in the user's locale

signals:
    void changed(ChangeFieldCommand::Field field, const QVariant &value);

private:
    void showScores(const BacklogRow &row);

    bool m_loading = false;
    QComboBox *m_moscow;
    QComboBox *m_businessValue;
    QComboBox *m_timeCriticality;
    QComboBox *m_riskReduction;
    QLineEdit *m_jobSize;
    QLabel *m_wsjf;
    QComboBox *m_kano;
    QLineEdit *m_value;
    QLineEdit *m_effort;
    QLabel *m_valueForEffort;
    QCheckBox *m_goal;
};

} // namespace Ordo
