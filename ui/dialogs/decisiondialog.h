#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QPlainTextEdit;

namespace Ordo {

// Asks for the reasoning behind a decision and the stakeholder it concerns,
// so the decision log can explain it later. Recording is optional: "Don't
// Record" goes ahead without an entry, Cancel goes back without a change.
class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    enum Outcome { Record = QDialog::Accepted, Cancel = QDialog::Rejected, Skip = 2 };

    DecisionDialog(const QString &statement,
                   const QString &details,
                   const QString &stakeholder,
                   const QStringList &knownStakeholders,
                   QWidget *parent = nullptr);

    QString reasoning() const;
    QString stakeholder() const;
    // Whether Ordo should ask again next time.
    bool askAgain() const;

    // For tests.
    QPlainTextEdit *reasoningEdit() const { return m_reasoning; }
    QComboBox *stakeholderBox() const { return m_stakeholder; }

private:
    QPlainTextEdit *m_reasoning;
    QComboBox *m_stakeholder;
    QCheckBox *m_askAgain;
};

} // namespace Ordo
