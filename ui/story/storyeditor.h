#pragma once

#include "commands/changefieldcommand.h"
#include "domain/item.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace Ordo {

class GherkinEdit;
class ScoringEditor;
class ProductDocument;

// The story editor: every field of the current Product Backlog item, in the
// side panel (or a window of its own on a second screen). Each edit is saved
// as it happens through an undoable command; repeated edits of one field
// merge into one undo step. Undo, redo and edits elsewhere show up here.
class StoryEditor : public QWidget
{
    Q_OBJECT

public:
    explicit StoryEditor(QWidget *parent = nullptr);

    // `addDependency` and `split` act on the backlog's current item, which this editor shows.
    void setActions(QAction *addDependency, QAction *split);
    void setDocument(ProductDocument *document);
    // Makes the fields editable as far as the user's role allows, and read-only while the
    // connection to the server is lost (storyeditoraccess.cpp).
    void updateAccess();
    // Shows the item (0: nothing selected).
    void setItem(ItemId id);
    ItemId item() const { return m_id; }
    // Marks the words the backlog is searched for (case-folded) in the story text,
    // description and acceptance criteria.
    void setHighlightTerms(const QStringList &terms);

    // For tests: the widgets a user types into.
    QLineEdit *titleEdit() const { return m_title; }
    QLabel *rejectionBanner() const { return m_rejection; }
    QLineEdit *roleEdit() const { return m_role; }
    QPlainTextEdit *wantEdit() const { return m_want; }
    QPlainTextEdit *benefitEdit() const { return m_benefit; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QComboBox *estimateBox() const { return m_estimate; }
    GherkinEdit *criteriaEdit() const { return m_criteria; }
    QLabel *criteriaProblems() const { return m_problems; }
    QCheckBox *investBox(InvestQuality quality) const { return m_investBoxes.at(int(quality)); }
    QLabel *investHint(InvestQuality quality) const { return m_investHints.at(int(quality)); }
    QLabel *readinessLabel() const { return m_readiness; }
    QLineEdit *metricNameEdit() const { return m_metricName; }
    QLineEdit *baselineEdit() const { return m_baseline; }
    QLineEdit *targetEdit() const { return m_target; }
    QLineEdit *actualEdit() const { return m_actual; }
    QDateEdit *measuredOnEdit() const { return m_measuredOn; }
    // "Target reached" or "Not yet at target"; empty while there is no target or no actual.
    QLabel *targetVerdictLabel() const { return m_targetVerdict; }
    ScoringEditor *scoringEditor() const { return m_scoring; }

signals:
    void errorOccurred(const QString &message);

private:
    QWidget *createForm();
    void scheduleRefresh();
    void refresh();
    void showCriteriaProblems();
    void markSearchTerms();
    void commit(ChangeFieldCommand::Field field, const QVariant &value);
    // Saves the actual and the day shown (today if none is shown yet).
    void commitMeasurement(std::optional<double> actual);
    // The database clock's today: the latest day a measurement may carry.
    QDate today() const;
    void commitCriteria();
    void moveCriterion(int delta);
    void removeDependency();
    void fillEpics();
    void fillEstimates(std::optional<double> current);

    QPointer<ProductDocument> m_document;
    ItemId m_id = 0;
    QStringList m_highlightTerms;
    bool m_marked = false; // some editor shows marks
    bool m_loading = false;
    bool m_refreshPending = false;
    QAction *m_addDependencyAction = nullptr;
    QAction *m_splitAction = nullptr;

    QStackedWidget *m_pages;
    QLabel *m_key = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_splitFrom = nullptr;
    QLabel *m_rejection = nullptr; // the open rejection of the review, until the item is accepted
    QLineEdit *m_role = nullptr;
    QPlainTextEdit *m_want = nullptr;
    QPlainTextEdit *m_benefit = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_estimate = nullptr;
    QComboBox *m_epic = nullptr;
    QLineEdit *m_labels = nullptr;
    QLineEdit *m_requester = nullptr;
    QLabel *m_feedbackFrom = nullptr; // the sprint review a feedback item was written down at
    QListWidget *m_dependencies = nullptr;
    QToolButton *m_removeDependency = nullptr;
    QLineEdit *m_metricName = nullptr;
    QLineEdit *m_baseline = nullptr;
    QLineEdit *m_target = nullptr;
    QLineEdit *m_actual = nullptr;
    QDateEdit *m_measuredOn = nullptr;
    QLabel *m_targetVerdict = nullptr;
    QPlainTextEdit *m_impact = nullptr;
    GherkinEdit *m_criteria = nullptr;
    QLabel *m_problems = nullptr;
    QListWidget *m_scenarios = nullptr;
    QToolButton *m_criterionUp = nullptr;
    QToolButton *m_criterionDown = nullptr;
    QWidget *m_investSection = nullptr;
    QList<QCheckBox *> m_investBoxes;
    QList<QLabel *> m_investHints;
    QList<QLabel *> m_investReasons;
    QLabel *m_readiness = nullptr;
    QLabel *m_definitionOfDone = nullptr;
    ScoringEditor *m_scoring = nullptr;
};

} // namespace Ordo
