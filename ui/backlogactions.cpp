#include "backlogactions.h"
#include <QUndoStack>
#include "sprinteditor.h"

#include "backlog/backlogfiltermodel.h"
#include "backlog/backlogmodel.h"
#include "backlog/backlogpanel.h"
#include "backlog/backlogview.h"
#include "backlogeditor.h"
#include "decisionprompt.h"
#include "dialogs/scoredialog.h"
#include "dialogs/splitstorydialog.h"
#include "itemappearance.h"
#include "productdocument.h"

#include <QAction>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSet>

namespace Ordo {

BacklogActions::BacklogActions(BacklogPanel *panel, QWidget *dialogParent)
    : QObject(panel)
    , m_panel(panel)
    , m_dialogParent(dialogParent)
    , addItemAction(make(tr("&Add Item…"), {QKeySequence(Qt::Key_Insert), QKeySequence(tr("Ctrl+Shift+N"))}, &BacklogActions::addItem))
    , editTitleAction(make(tr("&Edit Title"), {QKeySequence(Qt::Key_F2)}, &BacklogActions::editTitle))
    , duplicateAction(make(tr("D&uplicate"), {QKeySequence(tr("Ctrl+D"))}, &BacklogActions::duplicate))
    , archiveAction(make(tr("Arc&hive"), {QKeySequence::Delete}, &BacklogActions::archive))
    , moveUpAction(make(tr("Move &Up"), {QKeySequence(tr("Alt+Up"))}, &BacklogActions::moveUp))
    , moveDownAction(make(tr("Move &Down"), {QKeySequence(tr("Alt+Down"))}, &BacklogActions::moveDown))
    , moveToTopAction(make(tr("Move to &Top"), {QKeySequence(tr("Alt+Home"))}, &BacklogActions::moveToTop))
    , moveToBottomAction(make(tr("Move to &Bottom"), {QKeySequence(tr("Alt+End"))}, &BacklogActions::moveToBottom))
    , moveToPositionAction(make(tr("Move to &Position…"), {QKeySequence(tr("Ctrl+G"))}, &BacklogActions::moveToPosition))
    , addDependencyAction(make(tr("Add &Dependency…"), {QKeySequence(tr("Ctrl+Shift+B"))}, &BacklogActions::addDependency))
    , fixDependencyAction(make(tr("Move Below Its Dependencies"), {QKeySequence(tr("Ctrl+Shift+F"))}, &BacklogActions::moveBelowDependencies))
    , findAction(make(tr("&Filter…"), {QKeySequence::Find}, &BacklogActions::find))
    , splitAction(make(tr("Sp&lit Story…"), {QKeySequence(tr("Ctrl+Shift+L"))}, &BacklogActions::split))
    , declineAction(make(tr("De&cline Request…"), {}, &BacklogActions::decline))
    , scoreAction(make(tr("Sc&ore…"), {QKeySequence(tr("Ctrl+Shift+O"))}, &BacklogActions::score))
    , statusMenu(new QMenu(tr("Set &Status"), dialogParent))
    , typeMenu(new QMenu(tr("Set T&ype"), dialogParent))
    , epicMenu(new QMenu(tr("Set E&pic"), dialogParent))
    , removeDependencyMenu(new QMenu(tr("&Remove Dependency"), dialogParent))
    , moscowMenu(new QMenu(tr("Set &MoSCoW"), dialogParent))
{
    declineAction->setStatusTip(tr("Say no to a request: archive it and record why, for the person who asked"));
    scoreAction->setStatusTip(tr("Give the selected items the same MoSCoW, WSJF, Kano or value/effort scores"));
    for (MoSCoW moscow : allMoSCoW) {
        QAction *action = moscowMenu->addAction(displayName(moscow));
        connect(action, &QAction::triggered, this, [this, moscow] {
            if (m_document)
                report(DecisionPrompt::setScore(m_document->commands(), m_panel->view()->selectedIds(),
                                                ChangeFieldCommand::Field::MoscowField, int(moscow))
                           .errorMessage());
        });
    }
    moscowMenu->addSeparator();
    connect(moscowMenu->addAction(tr("Not Scored")), &QAction::triggered, this, [this] {
        if (m_document)
            report(Commands::setScore(m_document->commands(), m_panel->view()->selectedIds(),
                                      ChangeFieldCommand::Field::MoscowField, QVariant())
                       .errorMessage());
    });
    addItemAction->setStatusTip(tr("Add an item above the selection"));
    archiveAction->setStatusTip(tr("Move the selected items to the Archive; nothing is lost"));
    fixDependencyAction->setStatusTip(tr("Place the item just below the lowest item it depends on"));
    for (ItemStatus status : allItemStatuses) {
        QAction *action = statusMenu->addAction(displayName(status));
        connect(action, &QAction::triggered, this, [this, status] {
            if (m_document)
                report(DecisionPrompt::setStatus(m_document->commands(), m_panel->view()->selectedIds(), status).errorMessage());
        });
    }
    for (int i = 0; i < int(std::size(allItemTypes)); ++i) {
        const ItemType type = allItemTypes[i];
        QAction *action = typeMenu->addAction(Appearance::typeIcon(type), displayName(type));
        connect(action, &QAction::triggered, this, [this, type] {
            if (m_document)
                report(Commands::setType(m_document->commands(), m_panel->view()->selectedIds(), type).errorMessage());
        });
    }
    connect(epicMenu, &QMenu::aboutToShow, this, [this] {
        epicMenu->clear();
        if (!m_document)
            return;
        const auto assign = [this](std::optional<ItemId> epic) {
            report(Commands::setEpic(m_document->commands(), m_panel->view()->selectedIds(), epic).errorMessage());
        };
        connect(epicMenu->addAction(tr("No Epic")), &QAction::triggered, this, [assign] { assign(std::nullopt); });
        epicMenu->addSeparator();
        const BacklogModel *model = m_document->backlogModel();
        for (const BacklogRow &row : model->rows()) {
            if (row.type != ItemType::Epic)
                continue;
            const ItemId epic = row.id;
            QAction *action = epicMenu->addAction(Appearance::typeIcon(ItemType::Epic), row.title);
            connect(action, &QAction::triggered, this, [assign, epic] { assign(epic); });
        }
    });
    connect(removeDependencyMenu, &QMenu::aboutToShow, this, [this] {
        removeDependencyMenu->clear();
        if (!m_document)
            return;
        const ItemId id = m_panel->view()->currentId();
        const BacklogModel *model = m_document->backlogModel();
        for (const Dependency &d : m_document->editor()->dependencies()) {
            if (d.itemId != id)
                continue;
            const int row = model->rowOf(d.dependsOnId);
            const QString name = row >= 0 ? model->keyOf(model->rowAt(row)) + QStringLiteral(" ") + model->rowAt(row).title
                                          : tr("An archived item");
            QAction *action = removeDependencyMenu->addAction(name);
            const ItemId blocker = d.dependsOnId;
            connect(action, &QAction::triggered, this, [this, id, blocker] {
                report(Commands::removeDependency(m_document->commands(), id, blocker).errorMessage());
            });
        }
        if (removeDependencyMenu->isEmpty())
            removeDependencyMenu->addAction(tr("No Dependencies"))->setEnabled(false);
    });

    for (QAction *action : allActions())
        action->setShortcutContext(Qt::WindowShortcut);
    // Typing in the filter or an editor keeps its own Delete, Home and End.
    for (QAction *action : {archiveAction, editTitleAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_panel->view()->addAction(action);
    }
    updateEnabled();
}

void BacklogActions::setKeysActive(bool active)
{
    for (QAction *action : allActions()) {
        if (action != archiveAction && action != editTitleAction)
            action->setShortcutContext(active ? Qt::WindowShortcut : Qt::WidgetWithChildrenShortcut);
    }
}

QAction *BacklogActions::make(const QString &text,
                              const QList<QKeySequence> &shortcuts,
                              void (BacklogActions::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcuts(shortcuts);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

QList<QAction *> BacklogActions::allActions() const
{
    return {addItemAction, editTitleAction, duplicateAction, archiveAction, moveUpAction,
            moveDownAction, moveToTopAction, moveToBottomAction, moveToPositionAction,
            addDependencyAction, fixDependencyAction, findAction, splitAction, declineAction,
            scoreAction};
}

void BacklogActions::fillEditMenu(QMenu *menu) const
{
    menu->addAction(addItemAction);
    menu->addAction(editTitleAction);
    menu->addAction(duplicateAction);
    menu->addAction(splitAction);
    menu->addAction(archiveAction);
    menu->addAction(declineAction);
    menu->addSeparator();
    menu->addAction(findAction);
}

void BacklogActions::fillItemMenu(QMenu *menu) const
{
    menu->addAction(moveUpAction);
    menu->addAction(moveDownAction);
    menu->addAction(moveToTopAction);
    menu->addAction(moveToBottomAction);
    menu->addAction(moveToPositionAction);
    menu->addSeparator();
    menu->addMenu(typeMenu);
    menu->addMenu(statusMenu);
    menu->addMenu(epicMenu);
    menu->addSeparator();
    menu->addMenu(moscowMenu);
    menu->addAction(scoreAction);
    menu->addSeparator();
    menu->addAction(addDependencyAction);
    menu->addMenu(removeDependencyMenu);
    menu->addAction(fixDependencyAction);
}

void BacklogActions::setDocument(ProductDocument *document)
{
    m_document = document;
    BacklogView *view = m_panel->view();
    if (view->selectionModel()) {
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &BacklogActions::updateEnabled, Qt::UniqueConnection);
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &BacklogActions::updateEnabled, Qt::UniqueConnection);
    }
    if (document) {
        connect(document->backlogModel(), &QAbstractItemModel::dataChanged, this, &BacklogActions::updateEnabled);
        connect(document->backlogModel(), &QAbstractItemModel::rowsMoved, this, &BacklogActions::updateEnabled);
    }
    updateEnabled();
}

void BacklogActions::updateEnabled()
{
    const bool open = m_document != nullptr;
    const QList<ItemId> selected = open ? m_panel->view()->selectedIds() : QList<ItemId>();
    // What the user's role allows (ui/access.h): a team member changes status and estimates, a
    // stakeholder only looks; nobody changes anything while the server's connection is lost.
    const Access access = open ? m_document->access() : Access();
    const bool backlog = open && access.may(Access::Change::Backlog);
    const bool any = !selected.isEmpty();
    const bool one = selected.size() == 1;
    addItemAction->setEnabled(backlog);
    findAction->setEnabled(open);
    for (QAction *action : {duplicateAction, editTitleAction, addDependencyAction, splitAction, declineAction})
        action->setEnabled(one && backlog);
    for (QAction *action : {archiveAction, moveUpAction, moveDownAction, moveToTopAction,
                            moveToBottomAction, moveToPositionAction, scoreAction})
        action->setEnabled(any && backlog);
    moscowMenu->setEnabled(any && backlog);
    statusMenu->setEnabled(any && access.may(Access::Change::Progress));
    typeMenu->setEnabled(any && backlog);
    epicMenu->setEnabled(any && backlog);
    removeDependencyMenu->setEnabled(one && backlog);
    fixDependencyAction->setEnabled(one && backlog && m_document
                                    && m_document->editor()->dependencyViolations().contains(selected.front()));
}

void BacklogActions::report(const QString &error)
{
    if (!error.isEmpty())
        emit errorOccurred(error);
}

void BacklogActions::addItem() { m_panel->openQuickAdd(); }

void BacklogActions::find() { m_panel->focusFilter(); }

void BacklogActions::editTitle()
{
    BacklogView *view = m_panel->view();
    const QModelIndex current = view->currentIndex();
    if (current.isValid())
        view->edit(current.siblingAtColumn(BacklogModel::TitleColumn));
}

void BacklogActions::duplicate()
{
    if (!m_document)
        return;
    const QList<ItemId> selected = m_panel->view()->selectedIds();
    if (selected.size() != 1)
        return;
    auto id = Commands::duplicateItem(m_document->commands(), selected.front());
    if (!id) {
        report(id.errorMessage());
        return;
    }
    m_panel->view()->selectIds({*id});
}

void BacklogActions::decline()
{
    if (!m_document)
        return;
    const QList<ItemId> selected = m_panel->view()->selectedIds();
    if (selected.size() == 1)
        report(DecisionPrompt::decline(m_document->commands(), selected.front()).errorMessage());
}

void BacklogActions::score()
{
    if (!m_document)
        return;
    const QList<ItemId> selected = m_panel->view()->selectedIds();
    if (selected.isEmpty())
        return;
    ScoreDialog dialog(int(selected.size()), m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(DecisionPrompt::setScores(m_document->commands(), selected, dialog.changes()).errorMessage());
}

void BacklogActions::archive()
{
    if (!m_document)
        return;
    BacklogView *view = m_panel->view();
    const QList<ItemId> selected = view->selectedIds();
    if (selected.isEmpty())
        return;
    // Keep the cursor where the archived items were.
    const int row = view->currentIndex().row();
    report(DecisionPrompt::archive(m_document->commands(), selected).errorMessage());
    const int rows = m_panel->filterModel()->rowCount();
    if (rows > 0) {
        const QModelIndex next = m_panel->filterModel()->index(qMin(row, rows - 1), BacklogModel::TitleColumn);
        view->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void BacklogActions::moveSelection(const std::function<std::optional<ItemId>(const QList<ItemId> &)> &anchorFor)
{
    if (!m_document)
        return;
    BacklogView *view = m_panel->view();
    const QList<ItemId> ids = view->selectedIds();
    if (ids.isEmpty())
        return;
    const std::optional<ItemId> anchor = anchorFor(ids);
    if (!anchor)
        return; // already at the edge
    report(Commands::moveItems(m_document->commands(), ids, *anchor).errorMessage());
    view->scrollTo(view->currentIndex());
}

void BacklogActions::moveUp()
{
    moveSelection([this](const QList<ItemId> &ids) -> std::optional<ItemId> {
        // Above the visible item just above the first selected one.
        const BacklogFilterModel *proxy = m_panel->filterModel();
        const BacklogModel &model = *m_document->backlogModel();
        const int firstVisible = proxy->proxyRow(model.rowOf(ids.front()));
        if (firstVisible <= 0)
            return std::nullopt;
        return model.stayingRowAbove(proxy->sourceRow(firstVisible - 1) - 1, ids);
    });
}

void BacklogActions::moveDown()
{
    moveSelection([this](const QList<ItemId> &ids) -> std::optional<ItemId> {
        // Below the visible item just below the last selected one.
        const BacklogFilterModel *proxy = m_panel->filterModel();
        const BacklogModel &model = *m_document->backlogModel();
        const int lastVisible = proxy->proxyRow(model.rowOf(ids.back()));
        if (lastVisible < 0 || lastVisible + 1 >= proxy->rowCount())
            return std::nullopt;
        return model.rowAt(proxy->sourceRow(lastVisible + 1)).id;
    });
}

void BacklogActions::moveToTop()
{
    moveSelection([](const QList<ItemId> &) { return std::optional<ItemId>(0); });
}

void BacklogActions::moveToBottom()
{
    moveSelection([this](const QList<ItemId> &ids) {
        const BacklogModel &model = *m_document->backlogModel();
        return std::optional<ItemId>(model.stayingRowAbove(model.rowCount() - 1, ids));
    });
}

void BacklogActions::moveToPosition()
{
    moveSelection([this](const QList<ItemId> &ids) -> std::optional<ItemId> {
        const BacklogModel &model = *m_document->backlogModel();
        bool ok = false;
        const int count = model.rowCount();
        const int position = QInputDialog::getInt(m_dialogParent,
                                                  tr("Move to Position"),
                                                  tr("New position in the backlog (1 to %1):").arg(count),
                                                  model.rowOf(ids.front()) + 1, 1, count, 1, &ok);
        if (!ok)
            return std::nullopt;
        // The position counts the backlog without the moving items.
        const QSet<ItemId> moving(ids.cbegin(), ids.cend());
        ItemId anchor = 0;
        int seen = 0;
        for (const BacklogRow &row : model.rows()) {
            if (seen == position - 1)
                break;
            if (!moving.contains(row.id)) {
                anchor = row.id;
                ++seen;
            }
        }
        return anchor;
    });
}

void BacklogActions::addDependency()
{
    if (!m_document)
        return;
    const ItemId id = m_panel->view()->currentId();
    if (id == 0)
        return;
    const BacklogModel &model = *m_document->backlogModel();
    bool ok = false;
    const QString key = QInputDialog::getText(m_dialogParent,
                                              tr("Add Dependency"),
                                              tr("This item is blocked by (key, e.g. %1-12):").arg(model.keyPrefix()),
                                              QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || key.isEmpty())
        return;
    for (const BacklogRow &row : model.rows()) {
        if (model.keyOf(row).compare(key, Qt::CaseInsensitive) == 0 || QString::number(row.number) == key) {
            report(Commands::addDependency(m_document->commands(), id, row.id).errorMessage());
            return;
        }
    }
    report(tr("There is no item %1 in the backlog.").arg(key));
}

void BacklogActions::split()
{
    if (!m_document)
        return;
    const ItemId id = m_panel->view()->currentId();
    auto item = m_document->editor()->loadItem(id);
    if (id == 0 || !item)
        return;
    const BacklogModel &model = *m_document->backlogModel();
    SplitStoryDialog dialog(*item, QStringLiteral("%1-%2").arg(model.keyPrefix()).arg(item->number),
                            m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Commands::SplitPlan plan = dialog.plan();
    const Sprint *sprint = item->sprintId ? m_document->sprintEditor()->sprint(*item->sprintId) : nullptr;
    if (!sprint || sprint->isOver()) {
        auto parts = Commands::splitItem(m_document->commands(), id, plan);
        if (!parts) {
            report(parts.errorMessage());
            return;
        }
        m_panel->view()->selectIds(*parts);
        return;
    }

    // In a sprint: the part that delivers the core value stays, the rest goes to the backlog
    // (seed: "reduce the story's scope to deliver the core value in the current sprint and
    // create a new story for the rest"). One undo step; in a running sprint, a scope change.
    QInputDialog ask(m_dialogParent);
    ask.setObjectName(QStringLiteral("splitKeepDialog"));
    ask.setWindowTitle(tr("Split in %1").arg(sprint->name));
    ask.setLabelText(tr("“%1” is in %2. Which part stays in the sprint? The others go to the backlog.")
                         .arg(item->title, sprint->name));
    ask.setComboBoxItems(plan.titles);
    ask.setComboBoxEditable(false);
    if (ask.exec() != QDialog::Accepted)
        return;
    const int kept = std::max(0, int(plan.titles.indexOf(ask.textValue())));
    const SprintId sprintId = sprint->id;
    const QString reason = tr("Split to deliver the core value in this sprint; the rest goes to the backlog.");
    QUndoStack &stack = *m_document->undoStack();
    const int before = stack.index();
    stack.beginMacro(tr("Split “%1” in %2").arg(item->title, sprint->name));
    Expected<QList<ItemId>> parts = Error{QString()};
    Status done = SprintCommands::push(m_document->sprintCommands(), {id}, reason);
    if (done) {
        parts = Commands::splitItem(m_document->commands(), id, plan);
        done = parts ? SprintCommands::pull(m_document->sprintCommands(), {parts->at(kept)}, sprintId, reason) : Status(parts.error());
    }
    stack.endMacro();
    if (!done) {
        // Nothing of a failed split stays.
        if (stack.index() > before)
            stack.undo();
        report(done.errorMessage());
        return;
    }
    m_panel->view()->selectIds(*parts);
}

void BacklogActions::moveBelowDependencies()
{
    if (!m_document)
        return;
    report(Commands::moveBelowDependencies(m_document->commands(), m_panel->view()->currentId()).errorMessage());
    m_panel->view()->scrollTo(m_panel->view()->currentIndex());
}

} // namespace Ordo
