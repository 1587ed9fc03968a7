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
};

} // namespace Ordo
