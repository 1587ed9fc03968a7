#pragma once

#include "domain/item.h"

#include <QDialog>
#include <QSet>

class QComboBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace Ordo {

class ProductDocument;
class CleanUpModel;

// A guided clean-up: the items the team would not reach in the next three
// sprints at average velocity, all chosen to begin with. The chosen ones go
// to the Archive in one undoable step, each with an entry in the decision
// log carrying the shared reasoning. Archived items can always be restored.
class CleanUpDialog : public QDialog
{
    Q_OBJECT

public:
    CleanUpDialog(ProductDocument *document, const QList<ItemId> &candidates, double velocity,
                  QWidget *parent = nullptr);
    ~CleanUpDialog() override;

    QList<ItemId> chosen() const;
    void setChosen(ItemId id, bool chosen);
    // Archives the chosen items and records the decision (the dialog's accept).
    void archiveChosen();

    // For tests.
    QListView *list() const { return m_list; }
    QPlainTextEdit *reasoningEdit() const { return m_reasoning; }
    QComboBox *stakeholderBox() const { return m_stakeholder; }
    QPushButton *archiveButton() const { return m_archive; }

signals:
    void errorOccurred(const QString &message);

private:
    void updateButton();

    ProductDocument *m_document;
    CleanUpModel *m_model;
    QListView *m_list;
    QPlainTextEdit *m_reasoning;
    QComboBox *m_stakeholder;
    QPushButton *m_archive;
};

} // namespace Ordo
