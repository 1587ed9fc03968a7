#pragma once

#include "commands/changefieldcommand.h"

#include <QDialog>
#include <QList>
#include <QPair>
#include <QVariant>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace Ordo {

// Scores several items at once. Every field starts at "Keep as is", so only
// what the Product Owner touches changes.
class ScoreDialog : public QDialog
{
    Q_OBJECT

public:
    using Change = QPair<ChangeFieldCommand::Field, QVariant>;

    explicit ScoreDialog(int itemCount, QWidget *parent = nullptr);

    // The fields the user set, with their new values (an invalid value clears).
    QList<Change> changes() const;

    // For tests.
    QComboBox *box(ChangeFieldCommand::Field field) const;
    QLineEdit *numberEdit(ChangeFieldCommand::Field field) const;
    QCheckBox *goalBox() const { return m_goal; }

private:
    void updateOk();

    QList<QPair<ChangeFieldCommand::Field, QComboBox *>> m_boxes;
    QList<QPair<ChangeFieldCommand::Field, QLineEdit *>> m_numbers;
    QCheckBox *m_goal;
    QPushButton *m_ok = nullptr;
};

} // namespace Ordo
