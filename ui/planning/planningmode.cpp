#include "planningmode.h"

#include "backlog/backlogmodel.h"
#include "backlogeditor.h"
#include "capacitybar.h"
#include "filldialog.h"
#include "productdocument.h"
#include "services/readiness.h"
#include "services/sprintoperations.h"
#include "services/sprintplanning.h"
#include "sprinteditor.h"
#include "sprints/itemslicemodel.h"
#include "sprints/scopechangedialog.h"
#include "sprints/sprintdialog.h"
#include "sprints/sprintsmodel.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Ordo {
namespace {

QTableView *makeItemTable(ItemSliceModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setDragEnabled(true);
    view->setAcceptDrops(true);
    view->setDropIndicatorShown(true);
    view->setDragDropMode(QAbstractItemView::DragDrop);
    view->setDefaultDropAction(Qt::MoveAction);
    view->setDragDropOverwriteMode(false);
    view->setShowGrid(false);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    // Widths from the font, not from the contents: measuring 100,000 rows would cost a second.
    QHeaderView *header = view->horizontalHeader();
    const QFontMetrics metrics = view->fontMetrics();
    const auto widest = [&metrics](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width + 24;
    };
    QStringList types, statuses;
    for (ItemType type : allItemTypes)
        types << displayName(type);
    for (ItemStatus status : allItemStatuses)
        statuses << displayName(status);
    const auto headerText = [model](int column) { return model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(); };
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The key carries the type's icon (its name in the tooltip): no Type column to make room for.
    header->resizeSection(ItemSliceModel::KeyColumn, widest({QStringLiteral("WWW-00000"), headerText(ItemSliceModel::KeyColumn)}) + 20);
    view->setColumnHidden(ItemSliceModel::TypeColumn, true);
    header->resizeSection(ItemSliceModel::TypeColumn, widest(types + QStringList{headerText(ItemSliceModel::TypeColumn)}) + 20);
    header->resizeSection(ItemSliceModel::PointsColumn, widest({QStringLiteral("000"), headerText(ItemSliceModel::PointsColumn)}));
    header->resizeSection(ItemSliceModel::StatusColumn, widest(statuses + QStringList{headerText(ItemSliceModel::StatusColumn)}));
    header->resizeSection(ItemSliceModel::GoalColumn, widest({headerText(ItemSliceModel::GoalColumn)}) + 12);
    header->setSectionResizeMode(ItemSliceModel::TitleColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    return view;
}

QString pointsText(double points) { return QLocale().toString(points, 'g', 4); }

} // namespace

PlanningMode::PlanningMode(QWidget *parent)
    : QWidget(parent)
    , m_sprints(new SprintsModel(this))
    , m_sprintItems(new ItemSliceModel(this))
    , m_backlogItems(new ItemSliceModel(this))
    , m_sprintList(new QTreeView(this))
    , m_sprintChoice(new QComboBox(this))
    , m_dates(new QLabel(this))
    , m_goal(new QLineEdit(this))
    , m_capacityEdit(new QDoubleSpinBox(this))
    , m_capacity(new CapacityBar(this))
    , m_capacityText(new QLabel(this))
    , m_sprintTitle(new QLabel(this))
    , m_backlogTitle(new QLabel(this))
    , m_warning(new QLabel(this))
{
    setObjectName(QStringLiteral("planningMode"));

    m_pullAction = new QAction(tr("&Pull into Sprint"), this);
    m_pullAction->setShortcut(QKeySequence(tr("Ctrl+Shift+Up")));
    m_pullAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_pullAction->setStatusTip(tr("Move the selected backlog items into the sprint being planned"));
    connect(m_pullAction, &QAction::triggered, this, &PlanningMode::pullSelected);
    m_returnAction = new QAction(tr("&Return to Backlog"), this);
    m_returnAction->setShortcut(QKeySequence(tr("Ctrl+Shift+Down")));
    m_returnAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_returnAction->setStatusTip(tr("Move the selected sprint items back to the backlog"));
    connect(m_returnAction, &QAction::triggered, this, &PlanningMode::returnSelected);
    m_newSprintAction = new QAction(tr("&New Sprint…"), this);
    m_newSprintAction->setStatusTip(tr("Plan a new sprint after the last one"));
    connect(m_newSprintAction, &QAction::triggered, this, &PlanningMode::newSprint);
    m_editSprintAction = new QAction(tr("&Edit Sprint…"), this);
    connect(m_editSprintAction, &QAction::triggered, this, &PlanningMode::editSprint);
    m_deleteSprintAction = new QAction(tr("&Delete Sprint"), this);
    m_deleteSprintAction->setStatusTip(tr("Delete a planned sprint that holds no items"));
    connect(m_deleteSprintAction, &QAction::triggered, this, &PlanningMode::deleteSprint);
    m_startSprintAction = new QAction(tr("&Start Sprint"), this);
    m_startSprintAction->setStatusTip(tr("Start the sprint: its items' estimates become the commitment"));
    connect(m_startSprintAction, &QAction::triggered, this, &PlanningMode::startSprint);
    m_fillAction = new QAction(tr("&Fill to Velocity…"), this);
    m_fillAction->setStatusTip(tr("Propose the top Ready items that fit under the lower of capacity and average velocity"));
    connect(m_fillAction, &QAction::triggered, this, &PlanningMode::fillToVelocity);
    m_moveUpAction = new QAction(tr("Move Up"), this);
    m_moveUpAction->setShortcut(QKeySequence(tr("Alt+Up")));
    m_moveDownAction = new QAction(tr("Move Down"), this);
    m_moveDownAction->setShortcut(QKeySequence(tr("Alt+Down")));
    for (QAction *action : {m_moveUpAction, m_moveDownAction})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_moveUpAction, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_moveDownAction, &QAction::triggered, this, [this] { moveCurrent(1); });
    addActions({m_pullAction, m_returnAction, m_moveUpAction, m_moveDownAction});

    // The sprint list, beside.
    m_sprintList->setObjectName(QStringLiteral("sprintList"));
    m_sprintList->setModel(m_sprints);
    m_sprintList->setRootIsDecorated(false);
    m_sprintList->setAlternatingRowColors(true);
    m_sprintList->setUniformRowHeights(true);
    m_sprintList->header()->setStretchLastSection(false);
    m_sprintList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sprintList->header()->setSectionResizeMode(SprintsModel::GoalColumn, QHeaderView::Stretch);
    m_sprintList->header()->moveSection(SprintsModel::GoalColumn, SprintsModel::ColumnCount - 1);
    connect(m_sprintList, &QTreeView::activated, this, [this](const QModelIndex &index) {
        setSprint(m_sprints->sprintAt(index.row()));
    });
    connect(m_sprintList, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        setSprint(m_sprints->sprintAt(index.row()));
    });

    // The header: which sprint, its goal, its capacity.
    m_sprintChoice->setObjectName(QStringLiteral("sprintChoice"));
    m_sprintChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_sprintChoice, &QComboBox::activated, this, [this](int index) {
        setSprint(m_sprintChoice->itemData(index).toLongLong());
    });
    m_goal->setObjectName(QStringLiteral("planningGoal"));
    m_goal->setPlaceholderText(sprintGoalPlaceholder());
    QFont goalFont = m_goal->font();
    goalFont.setPointSizeF(goalFont.pointSizeF() * 1.4);
    m_goal->setFont(goalFont);
    connect(m_goal, &QLineEdit::editingFinished, this, [this] {
        if (m_updating || !m_document || !m_document->sprintEditor()->sprint(m_sprint))
            return;
        Sprint edited = *m_document->sprintEditor()->sprint(m_sprint);
        if (edited.goal == m_goal->text().trimmed())
            return;
        edited.goal = m_goal->text().trimmed();
        report(SprintCommands::editSprint(m_document->sprintCommands(), edited));
    });
    m_capacityEdit->setObjectName(QStringLiteral("planningCapacity"));
    m_capacityEdit->setRange(0, 10000);
    m_capacityEdit->setDecimals(0);
    m_capacityEdit->setSpecialValueText(tr("Not set"));
    m_capacityEdit->setSuffix(tr(" points"));
    m_capacityEdit->setKeyboardTracking(false);
    connect(m_capacityEdit, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (m_updating || !m_document || !m_document->sprintEditor()->sprint(m_sprint))
            return;
        Sprint edited = *m_document->sprintEditor()->sprint(m_sprint);
        edited.capacity = value > 0 ? std::optional<double>(value) : std::nullopt;
        report(SprintCommands::editSprint(m_document->sprintCommands(), edited));
    });
    m_capacityText->setObjectName(QStringLiteral("capacityText"));
    m_capacityText->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("planningWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #FDF0D5; color: #5C3D00; padding: 6px; border-radius: 4px; }"));
    m_warning->hide();

    const auto toolButton = [this](QAction *action) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return button;
    };
    auto *choiceRow = new QHBoxLayout;
    auto *choiceLabel = new QLabel(tr("&Plan:"), this);
    choiceLabel->setBuddy(m_sprintChoice);
    choiceRow->addWidget(choiceLabel);
    choiceRow->addWidget(m_sprintChoice);
    choiceRow->addWidget(m_dates);
    choiceRow->addStretch(1);
    choiceRow->addWidget(toolButton(m_newSprintAction));
    choiceRow->addWidget(toolButton(m_editSprintAction));
    choiceRow->addWidget(toolButton(m_deleteSprintAction));
    auto *start = new QPushButton(this);
    start->setObjectName(QStringLiteral("startSprintButton"));
    connect(start, &QPushButton::clicked, m_startSprintAction, &QAction::trigger);
    connect(m_startSprintAction, &QAction::changed, start, [start, this] {
        start->setText(m_startSprintAction->text().remove(QLatin1Char('&')));
        start->setEnabled(m_startSprintAction->isEnabled());
    });
    start->setText(m_startSprintAction->text().remove(QLatin1Char('&')));
    choiceRow->addWidget(start);

    auto *goalRow = new QHBoxLayout;
    auto *goalLabel = new QLabel(tr("Sprint &goal:"), this);
    goalLabel->setBuddy(m_goal);
    goalRow->addWidget(goalLabel);
    goalRow->addWidget(m_goal, 1);
    auto *capacityLabel = new QLabel(tr("&Capacity:"), this);
    capacityLabel->setBuddy(m_capacityEdit);
    goalRow->addWidget(capacityLabel);
    goalRow->addWidget(m_capacityEdit);

    m_sprintView = makeItemTable(m_sprintItems, QStringLiteral("planningSprintView"), this);
    m_backlogView = makeItemTable(m_backlogItems, QStringLiteral("planningBacklogView"), this);
    m_backlogView->setColumnHidden(ItemSliceModel::GoalColumn, true);
    for (QLabel *title : {m_sprintTitle, m_backlogTitle}) {
        QFont font = title->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.15);
        title->setFont(font);
    }
    m_sprintTitle->setObjectName(QStringLiteral("planningSprintTitle"));
    m_backlogTitle->setObjectName(QStringLiteral("planningBacklogTitle"));

    auto *sprintPane = new QWidget(this);
    auto *sprintLayout = new QVBoxLayout(sprintPane);
    sprintLayout->setContentsMargins(0, 0, 0, 0);
    sprintLayout->addWidget(m_sprintTitle);
    sprintLayout->addWidget(m_sprintView);
    auto *moveRow = new QHBoxLayout;
    moveRow->addWidget(toolButton(m_pullAction));
    moveRow->addWidget(toolButton(m_returnAction));
    moveRow->addStretch(1);
    moveRow->addWidget(toolButton(m_fillAction));
    sprintLayout->addLayout(moveRow);
    auto *backlogPane = new QWidget(this);
    auto *backlogLayout = new QVBoxLayout(backlogPane);
    backlogLayout->setContentsMargins(0, 0, 0, 0);
    backlogLayout->addWidget(m_backlogTitle);
    backlogLayout->addWidget(m_backlogView);
    auto *stack = new QSplitter(Qt::Vertical, this);
    stack->setObjectName(QStringLiteral("planningSplitter"));
    stack->addWidget(sprintPane);
    stack->addWidget(backlogPane);
    stack->setChildrenCollapsible(false);

    auto *main = new QWidget(this);
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->addLayout(choiceRow);
    mainLayout->addLayout(goalRow);
    mainLayout->addWidget(m_capacity);
    mainLayout->addWidget(m_capacityText);
    mainLayout->addWidget(m_warning);
    mainLayout->addWidget(stack, 1);

    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->setObjectName(QStringLiteral("planningSides"));
    sides->addWidget(m_sprintList);
    sides->addWidget(main);
    sides->setStretchFactor(0, 0);
    sides->setStretchFactor(1, 1);
    // Room for a sprint's name, dates, points and the start of its goal.
    m_sprintList->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    sides->setSizes({fontMetrics().averageCharWidth() * 72, fontMetrics().averageCharWidth() * 140});
    sides->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(sides);

    // Drops: into the sprint pulls, onto the backlog returns; within one list, the backlog order.
    m_sprintItems->setDropHandler([this](const QList<ItemId> &ids, int) -> Status {
        return pull(ids) ? success() : Status(Error{QString()});
    });
    m_backlogItems->setDropHandler([this](const QList<ItemId> &ids, int row) -> Status {
        if (!m_document)
            return success();
        QList<ItemId> fromSprint;
        const QHash<ItemId, int> rows = m_document->backlogModel()->rowsOf(ids);
        for (ItemId id : ids) {
            if (m_document->backlogModel()->rowAt(rows.value(id)).sprintId != 0)
                fromSprint.append(id);
        }
        if (!fromSprint.isEmpty())
            return giveBack(fromSprint) ? success() : Status(Error{QString()});
        // A reorder within the backlog: below the item above the drop row.
        const ItemId anchor = row > 0 ? m_backlogItems->idAt(std::min(row, m_backlogItems->rowCount()) - 1)
                                      : m_document->editor()->itemAbove(m_backlogItems->rowCount() ? m_backlogItems->idAt(0) : 0);
        return Commands::moveItems(m_document->commands(), ids, anchor);
    });
    m_sprintItems->setGoalHandler([this](ItemId id, bool serves) {
        return SprintCommands::setServesSprintGoal(m_document->sprintCommands(), {id}, serves);
    });
    const auto flagger = [this](const BacklogRow &row) { return flagOf(row); };
    m_sprintItems->setFlagger(flagger);
    m_backlogItems->setFlagger(flagger);
    for (ItemSliceModel *model : {m_sprintItems, m_backlogItems}) {
        connect(model, &ItemSliceModel::dropRefused, this, [this](const QString &message) {
            if (!message.isEmpty())
                emit errorOccurred(message);
        });
        connect(model, &ItemSliceModel::contentsChanged, this, &PlanningMode::updateHeader);
    }
    for (QTableView *view : {m_sprintView, m_backlogView}) {
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, view](const QModelIndex &current) {
            if (current.isValid())
                emit currentItemChanged(static_cast<ItemSliceModel *>(view->model())->idAt(current.row()));
            updateActions();
        });
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PlanningMode::updateActions);
    }
    updateActions();
}

PlanningMode::~PlanningMode() = default;

void PlanningMode::setActive(bool active)
{
    m_sprintItems->setActive(active);
    m_backlogItems->setActive(active);
    if (active)
        updateHeader();
}

void PlanningMode::setDocument(ProductDocument *document)
{
    if (m_document)
        disconnect(m_document->changes(), nullptr, this, nullptr);
    m_document = document;
    m_sprint = 0;
    m_sprints->setDocument(document);
    BacklogModel *model = document ? document->backlogModel() : nullptr;
    m_backlogItems->setSource(model);
    m_sprintItems->setSource(model);
    m_backlogItems->setPredicate([](const BacklogRow &row) { return row.sprintId == 0 && Readiness::isPlannable(row); });
    if (m_document) {
        connect(m_document->changes(), &ChangeChannel::changed, this, [this](const DocumentChange &change) {
            switch (change.what) {
            case DocumentChange::What::Sprints:
                rebuildSprintChoice();
                break;
            case DocumentChange::What::Dependencies:
            case DocumentChange::What::Product:
                m_sprintItems->setFlagger([this](const BacklogRow &row) { return flagOf(row); });
                m_backlogItems->setFlagger([this](const BacklogRow &row) { return flagOf(row); });
                updateHeader();
                break;
            default: break;
            }
        });
    }
    rebuildSprintChoice();
}

void PlanningMode::rebuildSprintChoice()
{
    m_updating = true;
    m_sprintChoice->clear();
    SprintId keep = 0;
    if (m_document) {
        const SprintEditor *editor = m_document->sprintEditor();
        for (const Sprint &sprint : editor->sprints()) {
            if (sprint.isOver())
                continue;
            const QString text = sprint.state == SprintState::Active ? tr("%1 (running)").arg(sprint.name) : sprint.name;
            m_sprintChoice->addItem(text, sprint.id);
            if (sprint.id == m_sprint)
                keep = sprint.id;
        }
        if (keep == 0) {
            // By default the next sprint to plan, else the running one.
            const Sprint *next = editor->nextPlannedSprint();
            const Sprint *active = editor->activeSprint();
            keep = next ? next->id : active ? active->id : 0;
        }
    }
    m_updating = false;
    setSprint(keep);
}

void PlanningMode::setSprint(SprintId sprint)
{
    const Sprint *s = m_document ? m_document->sprintEditor()->sprint(sprint) : nullptr;
    m_sprint = s ? sprint : 0;
    m_sprintChoice->setCurrentIndex(m_sprintChoice->findData(m_sprint));
    const SprintId shown = m_sprint;
    m_sprintItems->setPredicate([shown](const BacklogRow &row) { return shown != 0 && row.sprintId == shown && !row.archived; });
    const int listRow = m_sprints->rowOf(m_sprint);
    if (listRow >= 0)
        m_sprintList->setCurrentIndex(m_sprints->index(listRow, 0));
    updateHeader();
    updateActions();
}

QString PlanningMode::flagOf(const BacklogRow &row) const
{
    if (!m_document)
        return {};
    QStringList lines;
    const BacklogModel *model = m_document->backlogModel();
    if (Readiness::appliesTo(row.type) && !model->isReady(row) && !isInSprintStatus(row.status) && !isFinishedStatus(row.status)) {
        lines << tr("Not ready:");
        for (const QString &shortfall : model->readinessShortfalls(row))
            lines << QStringLiteral("• ") + shortfall;
    }
    // Only an item with an unfinished dependency can be blocked: the rest skip the search.
    if (m_sprint != 0 && !isFinishedStatus(row.status) && model->unfinishedDependencyCount(row.id) > 0) {
        QHash<ItemId, QList<ItemId>> dependencies;
        for (const Dependency &d : m_document->editor()->dependencies()) {
            if (d.itemId == row.id)
                dependencies[d.itemId].append(d.dependsOnId);
        }
        const QList<ItemId> blocking = SprintOperations::blockingDependencies(
            model->rows(), m_document->sprintEditor()->sprints(), row.id, m_sprint, dependencies);
        if (!blocking.isEmpty()) {
            QStringList keys;
            const QHash<ItemId, int> rows = model->rowsOf(blocking);
            for (ItemId id : blocking)
                keys << model->keyOf(model->rowAt(rows.value(id)));
            lines << tr("Blocked: waits for %1, which is neither finished nor planned in this or an earlier sprint.")
                         .arg(keys.join(QStringLiteral(", ")));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

std::optional<double> PlanningMode::suggestedCapacity(const Sprint &sprint, QString *arithmetic) const
{
    if (!m_document)
        return std::nullopt;
    const SprintEditor *editor = m_document->sprintEditor();
    const Velocity::Summary &velocity = editor->velocity();
    QList<Sprint> sources;
    QStringList figures;
    for (SprintId id : velocity.sprintIds) {
        if (const Sprint *s = editor->sprint(id)) {
            sources.append(*s);
            figures << tr("%1: %2").arg(s->name, pointsText(editor->velocityOf(id).value_or(0)));
        }
    }
    const Product &product = m_document->product();
    const auto suggestion = SprintPlanning::suggestCapacity(sprint, velocity.average, sources, product.team, product.workingDays);
    if (!suggestion)
        return std::nullopt;
    if (arithmetic) {
        QStringList lines;
        lines << tr("Average velocity of the last %n closed sprint(s): %1 = %2 points", nullptr, velocity.sprints)
                     .arg(figures.join(QStringLiteral(", ")), pointsText(suggestion->velocity));
        if (suggestion->averagePersonDays > 0) {
            lines << tr("× available person-days this sprint (%1) ÷ their average in those sprints (%2)")
                         .arg(pointsText(suggestion->personDays), pointsText(suggestion->averagePersonDays));
            lines << tr("= %1 points").arg(pointsText(suggestion->points));
        } else {
            lines << tr("Add the team in Product Settings to scale it by who is available.");
        }
        *arithmetic = lines.join(QLatin1Char('\n'));
    }
    return suggestion->points;
}

void PlanningMode::updateHeader()
{
    if (m_updating)
        return;
    const Sprint *sprint = m_document ? m_document->sprintEditor()->sprint(m_sprint) : nullptr;
    m_updating = true;
    m_goal->setEnabled(sprint);
    m_capacityEdit->setEnabled(sprint);
    if (!m_goal->hasFocus()) {
        m_goal->setText(sprint ? sprint->goal : QString());
        m_goal->setCursorPosition(0);
    }
    m_capacityEdit->setValue(sprint ? sprint->capacity.value_or(0) : 0);
    m_updating = false;
    const QLocale locale;
    m_dates->setText(sprint ? tr("%1 – %2").arg(locale.toString(sprint->start, QLocale::ShortFormat),
                                               locale.toString(sprint->end, QLocale::ShortFormat))
                            : QString());

    CapacityBar::Figures figures;
    figures.committed = m_sprintItems->points();
    figures.unestimated = m_sprintItems->unestimatedCount();
    if (sprint)
        figures.capacity = sprint->capacity;
    if (m_document) {
        const Velocity::Summary &velocity = m_document->sprintEditor()->velocity();
        figures.velocity = velocity.average;
        figures.velocityMin = velocity.min;
        figures.velocityMax = velocity.max;
        figures.velocitySprints = velocity.sprints;
        const Product &product = m_document->product();
        const std::optional<double> limit = [&]() -> std::optional<double> {
            std::optional<double> l = figures.capacity;
            if (figures.velocity)
                l = l ? std::min(*l, *figures.velocity) : *figures.velocity;
            return l;
        }();
        for (const auto &[type, percent] : product.capacityAllocation) {
            double held = 0;
            for (int i = 0; i < m_sprintItems->rowCount(); ++i) {
                const BacklogRow &row = m_sprintItems->rowAt(i);
                if (row.type == type && row.isEstimated())
                    held += row.estimate;
            }
            figures.shares.append({tr("%1 (%2%)").arg(displayName(type)).arg(percent), limit.value_or(0) * percent / 100.0, held});
        }
    }
    m_capacity->setFigures(figures);
    QString text = m_capacity->summary();
    for (const CapacityBar::Figures::Share &share : figures.shares)
        text += tr(" · %1: %2 of %3").arg(share.name, pointsText(share.held), pointsText(share.target));
    m_capacityText->setText(text);

    m_sprintTitle->setText(sprint ? tr("%1 · %n item(s)", nullptr, m_sprintItems->rowCount()).arg(sprint->name)
                                  : tr("No sprint to plan: create one with New Sprint"));
    m_backlogTitle->setText(tr("Product Backlog · %n plannable item(s)", nullptr, m_backlogItems->rowCount()));

    QStringList warnings;
    if (m_document && m_document->sprintEditor()->hasSeveralActiveSprints()) {
        warnings << tr("This file has more than one active sprint (it was edited outside Ordo). Close or cancel "
                       "all but one in Sprint mode; until then the board shows the first.");
    }
    if (sprint && sprint->state == SprintState::Active)
        warnings << tr("“%1” is running: adding or removing items is a scope change, recorded with its reason.").arg(sprint->name);
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());
}

void PlanningMode::updateActions()
{
    const Sprint *sprint = m_document ? m_document->sprintEditor()->sprint(m_sprint) : nullptr;
    // Planning is the Product Owner's (ui/access.h): others look at the plan.
    const bool mayPlan = m_document && m_document->access().may(Access::Change::Sprints);
    const bool planned = mayPlan && sprint && sprint->state == SprintState::Planned;
    const bool open = mayPlan && sprint && !sprint->isOver();
    m_newSprintAction->setEnabled(mayPlan);
    m_editSprintAction->setEnabled(open);
    m_deleteSprintAction->setEnabled(planned && m_sprintItems->rowCount() == 0);
    m_startSprintAction->setEnabled(planned);
    m_fillAction->setEnabled(open);
    m_pullAction->setEnabled(open && m_backlogView->selectionModel()->hasSelection());
    m_returnAction->setEnabled(open && m_sprintView->selectionModel()->hasSelection());
}

void PlanningMode::updateAccess()
{
    updateActions();
    const bool mayPlan = m_document && m_document->access().may(Access::Change::Sprints);
    for (QTableView *view : {m_backlogView, m_sprintView})
        view->setDragDropMode(mayPlan ? QAbstractItemView::DragDrop : QAbstractItemView::NoDragDrop);
}

QList<ItemId> PlanningMode::selectedIds(QTableView *view) const
{
    QList<int> rows;
    for (const QModelIndex &index : view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<ItemId> ids;
    const auto *model = static_cast<const ItemSliceModel *>(view->model());
    for (int row : std::as_const(rows))
        ids.append(model->idAt(row));
    return ids;
}

bool PlanningMode::report(const Status &status)
{
    if (!status && !status.errorMessage().isEmpty())
        emit errorOccurred(status.errorMessage());
    return bool(status);
}

bool PlanningMode::pull(const QList<ItemId> &ids)
{
    const Sprint *sprint = m_document ? m_document->sprintEditor()->sprint(m_sprint) : nullptr;
    if (!sprint || ids.isEmpty())
        return false;
    QString reason;
    if (sprint->state == SprintState::Active) {
        const auto asked = ScopeChangeDialog::ask(*m_document, m_sprint, ids, true, this);
        if (!asked)
            return false;
        reason = *asked;
    }
    return bool(report(SprintCommands::pull(m_document->sprintCommands(), ids, m_sprint, reason)));
}

bool PlanningMode::giveBack(const QList<ItemId> &ids)
{
    if (!m_document || ids.isEmpty())
        return false;
    QString reason;
    const Sprint *active = m_document->sprintEditor()->activeSprint();
    if (active) {
        QList<ItemId> running;
        const QHash<ItemId, int> rows = m_document->backlogModel()->rowsOf(ids);
        for (ItemId id : ids) {
            if (rows.value(id, -1) >= 0 && m_document->backlogModel()->rowAt(rows.value(id)).sprintId == active->id)
                running.append(id);
        }
        if (!running.isEmpty()) {
            const auto asked = ScopeChangeDialog::ask(*m_document, active->id, running, false, this);
            if (!asked)
                return false;
            reason = *asked;
        }
    }
    return bool(report(SprintCommands::push(m_document->sprintCommands(), ids, reason)));
}

void PlanningMode::pullSelected()
{
    const QList<ItemId> ids = selectedIds(m_backlogView);
    if (pull(ids)) {
        const int row = m_sprintItems->rowOfId(ids.constLast());
        if (row >= 0)
            m_sprintView->setCurrentIndex(m_sprintItems->index(row, ItemSliceModel::TitleColumn));
        m_backlogView->setFocus();
    }
}

void PlanningMode::returnSelected()
{
    const QList<ItemId> ids = selectedIds(m_sprintView);
    if (giveBack(ids))
        m_sprintView->setFocus();
}

void PlanningMode::moveCurrent(int step)
{
    if (!m_document)
        return;
    QTableView *view = m_backlogView->hasFocus()  ? m_backlogView
                       : m_sprintView->hasFocus() ? m_sprintView
                       : m_sprintView->currentIndex().isValid() ? m_sprintView
                                                                : m_backlogView;
    auto *model = static_cast<ItemSliceModel *>(view->model());
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return;
    const int target = current.row() + step;
    if (target < 0 || target >= model->rowCount())
        return;
    const ItemId id = model->idAt(current.row());
    // Below the item that will be above it: one up goes below the item two up.
    const ItemId anchor = step < 0 ? (target > 0 ? model->idAt(target - 1) : m_document->editor()->itemAbove(model->idAt(target)))
                                   : model->idAt(target);
    if (report(Commands::moveItems(m_document->commands(), {id}, anchor))) {
        const int now = model->rowOfId(id);
        if (now >= 0)
            view->setCurrentIndex(model->index(now, ItemSliceModel::TitleColumn));
    }
}

void PlanningMode::newSprint()
{
    if (!m_document)
        return;
    const Product &product = m_document->product();
    SprintEditor *editor = m_document->sprintEditor();
    Sprint sprint = SprintPlanning::nextSprint(editor->sprints(), product.sprintLengthDays, QDate::currentDate(), product.workingDays);
    const std::optional<double> suggestion = suggestedCapacity(sprint, nullptr);
    sprint.capacity = suggestion ? std::optional<double>(qRound(*suggestion)) : std::nullopt;
    sprint.definitionOfDone = product.definitionOfDone; // the sprint's own copy, to adjust here
    SprintDialog dialog(sprint, editor->sprints(), product.team,
                        [this](const Sprint &s, QString *arithmetic) { return suggestedCapacity(s, arithmetic); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto created = SprintCommands::createSprint(m_document->sprintCommands(), dialog.sprint());
    if (!created) {
        report(created.error());
        return;
    }
    setSprint(*created);
    emit statusMessage(tr("Created “%1”: drag items into it from the backlog").arg(dialog.sprint().name));
}

void PlanningMode::editSprint()
{
    const Sprint *sprint = m_document ? m_document->sprintEditor()->sprint(m_sprint) : nullptr;
    if (!sprint)
        return;
    SprintDialog dialog(*sprint, m_document->sprintEditor()->sprints(), m_document->product().team,
                        [this](const Sprint &s, QString *arithmetic) { return suggestedCapacity(s, arithmetic); }, this);
    if (dialog.exec() == QDialog::Accepted)
        report(SprintCommands::editSprint(m_document->sprintCommands(), dialog.sprint()));
}

void PlanningMode::deleteSprint()
{
    const Sprint *sprint = m_document ? m_document->sprintEditor()->sprint(m_sprint) : nullptr;
    if (!sprint)
        return;
    report(SprintCommands::deleteSprint(m_document->sprintCommands(), sprint->id));
}

void PlanningMode::startSprint()
{
    const Sprint *sprint = m_document ? m_document->sprintEditor()->sprint(m_sprint) : nullptr;
    if (!sprint)
        return;
    QStringList concerns;
    if (sprint->goal.trimmed().isEmpty())
        concerns << tr("It has no sprint goal: the team will not know what to keep when something must give.");
    const double committed = m_sprintItems->points();
    if (sprint->capacity && committed > *sprint->capacity) {
        concerns << tr("Its %1 points exceed the capacity of %2 points.")
                        .arg(pointsText(committed), pointsText(*sprint->capacity));
    }
    if (m_sprintItems->rowCount() == 0)
        concerns << tr("It holds no items.");
    if (!concerns.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Start Sprint"), tr("Start “%1” anyway?").arg(sprint->name),
                        QMessageBox::NoButton, this);
        box.setInformativeText(concerns.join(QLatin1Char('\n')));
        QPushButton *startButton = box.addButton(tr("Start Anyway"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != startButton)
            return;
    }
    if (report(SprintCommands::start(m_document->sprintCommands(), sprint->id)))
        emit statusMessage(tr("Started “%1” with %2 points committed").arg(sprint->name, pointsText(committed)));
}

void PlanningMode::fillToVelocity()
{
    const Sprint *sprint = m_document ? m_document->sprintEditor()->sprint(m_sprint) : nullptr;
    if (!sprint)
        return;
    const Velocity::Summary &velocity = m_document->sprintEditor()->velocity();
    std::optional<double> limit = sprint->capacity;
    QString limitText = tr("the capacity");
    if (velocity.average && (!limit || *velocity.average < *limit)) {
        limit = velocity.average;
        limitText = tr("the average velocity");
    }
    if (!limit) {
        QMessageBox::information(this, tr("Fill to Velocity"),
                                 tr("Set the sprint's capacity first: there is no closed sprint yet to take a velocity from."));
        return;
    }
    const BacklogModel *model = m_document->backlogModel();
    SprintOperations::FillRules rules;
    rules.isReady = [model](const BacklogRow &row) { return model->isReady(row); };
    for (const Dependency &d : m_document->editor()->dependencies())
        rules.dependencies[d.itemId].append(d.dependsOnId);
    rules.allocation = m_document->product().capacityAllocation;
    const SprintOperations::Fill fill = SprintOperations::fillToVelocity(model->rows(), m_document->sprintEditor()->sprints(),
                                                                         m_sprint, *limit, rules);
    FillDialog dialog(*model, fill, *limit, limitText, this);
    if (dialog.exec() == QDialog::Accepted)
        pull(fill.take);
}

} // namespace Ordo
