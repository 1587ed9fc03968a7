#pragma once

#include "domain/product.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace Ordo {

class ChecklistEditor;

// The product's settings: name, key prefix, Product Goal, estimation, and
// its Definitions of Ready and Done. Applying them is one undoable step.
class ProductSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProductSettingsDialog(const Product &product, QWidget *parent = nullptr);

    Product product() const;
    // Opens on the Definition of Done tab.
    void showDefinitionOfDone();

    ChecklistEditor *definitionOfDoneEditor() const { return m_done; }
    // The Sprints tab: calendar, velocity, board and capacity allocation; and the team.
    void showSprints();
    QTableWidget *teamTable() const { return m_team; }
    QCheckBox *reviewColumnBox() const { return m_reviewColumn; }
    QSpinBox *velocitySprintsBox() const { return m_velocitySprints; }
    QCheckBox *workingDayBox(int day) const { return m_workingDays.at(day - 1); }
    QSpinBox *allocationBox(ItemType type) const;
    QCheckBox *readyRuleBox(ReadyRule rule) const { return m_rules.at(int(rule)); }

private:
    Product m_product;
    QTabWidget *m_tabs;
    QLineEdit *m_name;
    QLineEdit *m_keyPrefix;
    QPlainTextEdit *m_goal;
    QComboBox *m_scale;
    QSpinBox *m_sprintLength;
    QDoubleSpinBox *m_maxSize;
    QSpinBox *m_staleAfter;
    QList<QCheckBox *> m_rules;
    ChecklistEditor *m_readyAgreements;
    ChecklistEditor *m_done;
    QList<QCheckBox *> m_workingDays; // Monday first
    QSpinBox *m_velocitySprints;
    QCheckBox *m_reviewColumn;
    QList<QLineEdit *> m_columnNames;
    QList<QSpinBox *> m_wipLimits;
    QList<std::pair<ItemType, QSpinBox *>> m_allocation;
    QTableWidget *m_team;
};

} // namespace Ordo
