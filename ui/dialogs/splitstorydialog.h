#pragma once

#include "commands/backlogcommands.h"
#include "domain/item.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTableWidget;
class QVBoxLayout;

namespace Ordo {

// Splitting a story: how many parts, their titles, which acceptance
// criterion goes to which part, and whether the original is archived or
// kept (as an epic) as the parts' parent.
class SplitStoryDialog : public QDialog
{
    Q_OBJECT

public:
    SplitStoryDialog(const BacklogItem &item, const QString &key, QWidget *parent = nullptr);

    Commands::SplitPlan plan() const;

    // For tests.
    QList<QLineEdit *> titleEdits() const { return m_titles; }
    QTableWidget *criteriaTable() const { return m_criteria; }
    QRadioButton *keepOption() const { return m_keep; }
    void addPart();

private:
    void updatePartChoices();
    void validate();

    const BacklogItem m_item;
    QVBoxLayout *m_partsLayout;
    QList<QLineEdit *> m_titles;
    QTableWidget *m_criteria;
    QRadioButton *m_archive;
    QRadioButton *m_keep;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Ordo
