#pragma once

#include "domain/item.h"
#include "domain/sprint.h"
#include "services/review.h"
#include "storage/expected.h"

#include <QWidget>

class QAction;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace Ordo {

class ProductDocument;

// Review mode: the sprint review's acceptance walkthrough. The running sprint's finished items
// are listed on the left (waiting, accepted or rejected); the page on the right shows one item at
// a time: its story voice, why and success metric, each acceptance criterion (a Gherkin scenario,
// keywords in bold) and each item of the sprint's Definition of Done, each marked Met or Not met,
// a note, and what acceptance needs for a rejection.
//
// The rules are Review::allowed(): Accept only when everything is met, and then it is the only
// decision besides leaving it for later; Reject only when something is not met, with a reason
// (Review::checkRejection()). Every verdict is kept as it is given (SprintCommands::judge), so a
// walkthrough can stop and go on; each is one undo step, and so is each decision. Keys: Up and
// Down (or Previous/Next) go through the items, 1-9 toggle the criteria, Ctrl+Return accepts.
// Beside the list: the sprint goal with its verdict (met, partly met, not met, and why), the
// items not done, and Close Sprint, where they find their place.
class ReviewMode : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewMode(QWidget *parent = nullptr);

    void setDocument(ProductDocument *document);
    // While another mode is shown, this one does not follow the product.
    void setActive(bool active);

    // The items on the list, in backlog order, and the one on the page.
    QList<ItemId> items() const { return m_items; }
    ItemId currentItem() const;
    void showItem(ItemId id);

    // The verdicts on the page, as the rules see them.
    const Review::Checks &checks() const { return m_checks; }
    // Gives a verdict on the criterion (or, with `definitionOfDone`, the Definition of Done item)
    // at `index`, as the page's buttons do.
    void setVerdict(int index, Review::Verdict verdict, bool definitionOfDone = false);

    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *rejectButton() const { return m_reject; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QLineEdit *noteEdit() const { return m_note; }
    QLabel *statusLabel() const { return m_decision; }
    QListWidget *itemList() const { return m_list; }
    QComboBox *goalVerdictChooser() const { return m_goalVerdict; }
    QLineEdit *goalVerdictNote() const { return m_goalNote; }
    QLabel *notDoneLabel() const { return m_notDone; }

    bool accept();
    bool reject();

    // The sprint whose review this is: the running one, or after its close the last one closed.
    const Sprint *reviewedSprint() const;
    // New Item from Feedback (Ctrl+Shift+M): asks what was said and by whom, then addFeedback().
    QAction *feedbackAction() const { return m_feedbackAction; }
    // Enables what the user's role allows (ProductDocument::access()).
    void updateAccess();
    // Writes down a stakeholder's feedback as a new item of the Product Backlog (at its top or its
    // bottom, never in the sprint), linked to the reviewed sprint; one undo step.
    Expected<ItemId> addFeedback(BacklogItem item, bool atTop);
    // The review's report for stakeholders (PDF, HTML, print, Markdown).
    QAction *reportAction() const { return m_reportAction; }

signals:
    void currentItemChanged(Ordo::ItemId id);
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);
    // The review ends with the sprint's close, where the items not done find their place.
    void closeSprintRequested();
    // A feedback item was written down: the backlog can show it.
    void feedbackAdded(Ordo::ItemId id);

private:
    void refresh();
    void fillList();
    void showPage();
    void clearRows(QVBoxLayout *layout);
    QWidget *verdictRow(const QString &html, int index, bool definitionOfDone, Review::Verdict verdict);
    void updateDecision();
    void updateGoal();
    void keepGoal();
    void keep();
    void askFeedback();
    void showReport();
    void updateActions();
    bool report(const Status &status);

    ProductDocument *m_document = nullptr;
    QMetaObject::Connection m_changes;
    bool m_active = false;
    bool m_stale = true;
    QList<ItemId> m_items;
    ItemId m_current = 0;
    ItemId m_shown = 0; // the item the page was last drawn for
    QString m_shownNote;   // the note and reason as the file held them then
    QString m_shownReason;
    BacklogItem m_item;
    Review::Checks m_checks;

    QLabel *m_sprintTitle;
    QLabel *m_goal;
    QComboBox *m_goalVerdict;
    QLineEdit *m_goalNote;
    QLabel *m_notDone;
    QPushButton *m_close;
    QListWidget *m_list;
    QWidget *m_page;
    QLabel *m_empty;
    QLabel *m_title;
    QLabel *m_story;
    QLabel *m_metric;
    QLabel *m_banner;
    QVBoxLayout *m_criteriaRows;
    QVBoxLayout *m_doneRows;
    QLineEdit *m_note;
    QPlainTextEdit *m_reason;
    QLabel *m_decision;
    QLabel *m_why;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QAction *m_feedbackAction;
    QAction *m_reportAction;
};

} // namespace Ordo
