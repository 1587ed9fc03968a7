#pragma once

#include "domain/backlogrow.h"
#include "storage/expected.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QSplitter;
class QTimer;

namespace Ordo {

class BoardColumnView;
class BurndownChart;
class ItemSliceModel;
class ProductDocument;

// Sprint mode: the running sprint's board. Columns To Do, In Progress, an optional In Review and
// Done (named in Product Settings, each with an optional WIP limit that is a hint, not a block);
// cards move between them by drag and drop or Alt+Left/Right, and within a column (the backlog
// order) by Alt+Up/Down. The header shows the sprint goal, the days left, and committed, done
// and remaining points; the filter narrows the cards by epic, label or text. Cancel and Close
// end the sprint. Without a running sprint it says so and offers Planning.
class SprintMode : public QWidget
{
    Q_OBJECT

public:
    explicit SprintMode(QWidget *parent = nullptr);

    void setDocument(ProductDocument *document);
    // While another mode is shown, this one's lists ignore the backlog (see ItemSliceModel).
    void setActive(bool active);

    // The board's columns, left to right, and the status a card dropped on each gets.
    int columnCount() const { return int(m_columns.size()); }
    ItemSliceModel *columnModel(int column) const;
    BoardColumnView *columnView(int column) const;
    ItemStatus columnStatus(int column) const;
    QLabel *columnTitle(int column) const;
    QLabel *goalLabel() const { return m_goal; }
    QLabel *figuresLabel() const { return m_figures; }
    // The running sprint's burndown beside the board, and the warning when the trend says the
    // items serving the sprint goal will not all finish.
    BurndownChart *burndownChart() const { return m_burndown; }
    QLabel *goalRiskLabel() const { return m_goalRisk; }
    // Draws the burndown and judges the goal now (it otherwise follows changes after a pause).
    void updateBurndown();
    QLineEdit *filterEdit() const { return m_filterText; }
    QAction *closeSprintAction() const { return m_closeAction; }
    // Enables what the user's role allows (ProductDocument::access()).
    void updateAccess();
    QAction *cancelSprintAction() const { return m_cancelAction; }

    // Moves cards to another column (a status change, one undo step).
    bool moveCards(const QList<ItemId> &ids, ItemStatus status);
    void closeSprint();
    void cancelSprint();
    // The item whose card has the focus (0: none).
    ItemId currentItem() const;

signals:
    void currentItemChanged(Ordo::ItemId id);
    void planningRequested();
    // The card's menu asks for the review page of a finished item (acceptance mid-sprint).
    void reviewRequested(Ordo::ItemId id);
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Column
    {
        QList<ItemStatus> statuses; // what it shows
        ItemStatus dropStatus;      // what a card dropped on it becomes
        QString defaultName;
        QWidget *frame = nullptr;
        QLabel *title = nullptr;
        BoardColumnView *view = nullptr;
        ItemSliceModel *model = nullptr;
    };
    void rebuildColumns();
    void updateHeader();
    void updateColumnTitles();
    void applyFilter();
    bool matchesFilter(const BacklogRow &row) const;
    void moveWithin(int column, int step);
    bool report(const Status &status);

    ProductDocument *m_document = nullptr;
    SprintId m_sprint = 0;
    QStackedWidget *m_pages;
    QWidget *m_board;
    QWidget *m_columnsArea;
    QWidget *m_empty;
    QLabel *m_emptyText;
    QLabel *m_title;
    QLabel *m_goal;
    QLabel *m_figures;
    QLabel *m_warning;
    QLabel *m_goalRisk;
    BurndownChart *m_burndown;
    QTimer *m_burndownTimer;
    QSplitter *m_boardSplit = nullptr;
    bool m_splitSized = false;
    QComboBox *m_epicFilter;
    QLineEdit *m_labelFilter;
    QLineEdit *m_filterText;
    QAction *m_closeAction;
    QAction *m_cancelAction;
    QList<Column> m_columns;
    bool m_active = true;
};

} // namespace Ordo
