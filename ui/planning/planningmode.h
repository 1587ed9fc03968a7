#pragma once

#include "domain/backlogrow.h"
#include "domain/sprint.h"
#include "storage/expected.h"

#include <QWidget>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTreeView;

namespace Ordo {

class CapacityBar;
class ItemSliceModel;
class ProductDocument;
class SprintsModel;

// Planning mode: the plannable backlog, top first, below the chosen sprint (as Jira's backlog
// screen stacks them), with the sprint goal at the top and a capacity bar of committed points
// against capacity and the velocity range. Items are dragged into the sprint and back, or moved
// with the keyboard (Ctrl+Shift+Up pulls the selected backlog items in, Ctrl+Shift+Down returns
// the selected sprint items). Fill to Velocity proposes the top Ready items that fit. Beside it,
// every sprint of the product with its dates, goal, committed and completed points.
class PlanningMode : public QWidget
{
    Q_OBJECT

public:
    explicit PlanningMode(QWidget *parent = nullptr);
    ~PlanningMode() override;

    void setDocument(ProductDocument *document);
    // While another mode is shown, this one's lists ignore the backlog (see ItemSliceModel).
    void setActive(bool active);

    // The sprint being planned (0: none).
    SprintId sprint() const { return m_sprint; }
    void setSprint(SprintId sprint);

    ItemSliceModel *sprintItems() const { return m_sprintItems; }
    ItemSliceModel *backlogItems() const { return m_backlogItems; }
    QTableView *sprintView() const { return m_sprintView; }
    QTableView *backlogView() const { return m_backlogView; }
    SprintsModel *sprintsModel() const { return m_sprints; }
    CapacityBar *capacityBar() const { return m_capacity; }
    QLineEdit *goalEdit() const { return m_goal; }
    // Enables what the user's role allows (ProductDocument::access()).
    void updateAccess();
    QAction *pullAction() const { return m_pullAction; }
    QAction *returnAction() const { return m_returnAction; }
    QAction *newSprintAction() const { return m_newSprintAction; }
    QAction *editSprintAction() const { return m_editSprintAction; }
    QAction *deleteSprintAction() const { return m_deleteSprintAction; }
    QAction *startSprintAction() const { return m_startSprintAction; }
    QAction *fillAction() const { return m_fillAction; }

    // The actions, also for the menu bar.
    void newSprint();
    void editSprint();
    void deleteSprint();
    void startSprint();
    void fillToVelocity();
    void pullSelected();
    void returnSelected();
    // Moves the current item of the focused list one place up (-1) or down (+1) among that
    // list's items: the backlog order (Alt+Up, Alt+Down, as in the backlog).
    void moveCurrent(int step);
    // Pulls `ids` into the sprint being planned (asks for a reason when it is running).
    bool pull(const QList<ItemId> &ids);
    bool giveBack(const QList<ItemId> &ids);

    // The suggested capacity of `sprint` (average velocity, scaled by the team's availability)
    // and its arithmetic.
    std::optional<double> suggestedCapacity(const Sprint &sprint, QString *arithmetic) const;

signals:
    void currentItemChanged(Ordo::ItemId id);
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);

private:
    void rebuildSprintChoice();
    void updateHeader();
    void updateActions();
    QString flagOf(const BacklogRow &row) const;
    QList<ItemId> selectedIds(QTableView *view) const;
    // Shows the error of a refused action; true if it went through.
    bool report(const Status &status);

    ProductDocument *m_document = nullptr;
    SprintId m_sprint = 0;
    SprintsModel *m_sprints;
    ItemSliceModel *m_sprintItems;
    ItemSliceModel *m_backlogItems;
    QTreeView *m_sprintList;
    QComboBox *m_sprintChoice;
    QLabel *m_dates;
    QLineEdit *m_goal;
    QDoubleSpinBox *m_capacityEdit;
    CapacityBar *m_capacity;
    QLabel *m_capacityText;
    QLabel *m_sprintTitle;
    QLabel *m_backlogTitle;
    QLabel *m_warning;
    QTableView *m_sprintView;
    QTableView *m_backlogView;
    QAction *m_pullAction;
    QAction *m_returnAction;
    QAction *m_newSprintAction;
    QAction *m_editSprintAction;
    QAction *m_deleteSprintAction;
    QAction *m_startSprintAction;
    QAction *m_fillAction;
    QAction *m_moveUpAction;
    QAction *m_moveDownAction;
    bool m_updating = false;
};

} // namespace Ordo
