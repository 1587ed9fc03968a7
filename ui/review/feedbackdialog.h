#pragma once

#include "domain/item.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace Ordo {

// New Item from Feedback: what a stakeholder asked for at the sprint review, written down as a
// new Product Backlog item (never into the sprint) with who asked and which review it came from.
class FeedbackDialog : public QDialog
{
    Q_OBJECT

public:
    FeedbackDialog(const QString &sprintName, QWidget *parent = nullptr);

    // The item as filled in (its sprint link is the caller's).
    BacklogItem item() const;
    // Where it goes: the top of the Product Backlog, or the bottom.
    bool atTop() const;

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *requesterEdit() const { return m_requester; }
    QComboBox *typeChooser() const { return m_type; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QRadioButton *topChoice() const { return m_top; }

private:
    void updateOk();

    QLineEdit *m_title;
    QComboBox *m_type;
    QLineEdit *m_requester;
    QPlainTextEdit *m_description;
    QRadioButton *m_top;
    QRadioButton *m_bottom;
    QPushButton *m_ok;
};

} // namespace Ordo
