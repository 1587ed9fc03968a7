#pragma once

#include "services/sprintoperations.h"

#include <QDialog>

class QComboBox;
class QTableWidget;

namespace Ordo {

class ProductDocument;

// Closing the running sprint: every unfinished item with where it goes (the top of the backlog
// in order, the next planned sprint, created if there is none, or its old place in the
// backlog), and every item that is done but not accepted with its verdict (accept, or count it
// as not done). Close stays disabled until each done item has a verdict.
class CloseSprintDialog : public QDialog
{
    Q_OBJECT

public:
    CloseSprintDialog(const ProductDocument &document, SprintId sprint, QWidget *parent = nullptr);

    SprintOperations::CloseChoices choices() const;
    QTableWidget *table() const { return m_table; }
    // The choice box of an item (for tests and keyboard users).
    QComboBox *choiceOf(ItemId id) const;

private:
    void updateButtons();

    const ProductDocument &m_document;
    SprintId m_sprint;
    QTableWidget *m_table;
    QList<ItemId> m_unfinished;
    QList<ItemId> m_done;
    class QPushButton *m_close = nullptr;
};

} // namespace Ordo
