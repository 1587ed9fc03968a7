#pragma once

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QTableView;
class QTableWidget;
class QWidget;

// The pages of ImportWizard, in their order. Each reads and writes the wizard's state (the
// file, the source as read, the mapping, the result); none talks to another page.

namespace Ordo {

class ImportPreviewModel;
class ImportWizard;

class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);
    bool validatePage() override;

private:
    void browse();

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QLabel *m_problem;
};

class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard *wizard);
    void initializePage() override;

private:
    ImportWizard *m_wizard;
    ImportPreviewModel *m_model;
    QTableView *m_table;
    QLabel *m_counts;
    QLabel *m_problemsHeading;
    QListWidget *m_problems;
};

class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard);
    void initializePage() override;

private:
    void fillTables();
    void fillColumns();
    void readAgain();

    ImportWizard *m_wizard;
    QTableWidget *m_types;
    QTableWidget *m_statuses;
    QWidget *m_columnsBox;
    QComboBox *m_estimateColumn;
    QComboBox *m_criteriaColumn;
    QCheckBox *m_allChecklists; // Trello boards
    QLabel *m_problem;
};

class ImportDestinationPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportDestinationPage(ImportWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

private:
    void browse();
    void updateEnabled();

    ImportWizard *m_wizard;
    QRadioButton *m_top;
    QRadioButton *m_bottom;
    QRadioButton *m_newProduct;
    QLineEdit *m_productPath;
    QWidget *m_productRow;
    QWidget *m_existingBox;
    QLabel *m_existing;
    QRadioButton *m_update;
    QRadioButton *m_copies;
    QLabel *m_problem;
    int m_existingCount = 0;
};

class ImportReportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportReportPage(ImportWizard *wizard);
    void initializePage() override;

private:
    void save();

    ImportWizard *m_wizard;
    QLabel *m_summary;
    QPlainTextEdit *m_report;
};

} // namespace Ordo
