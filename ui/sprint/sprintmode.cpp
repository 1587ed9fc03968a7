#include "sprintmode.h"

#include "backlog/backlogmodel.h"
#include "backlogeditor.h"
#include "boardcolumnview.h"
#include "carddelegate.h"
#include "charts/burndownchart.h"
#include "closesprintdialog.h"
#include "productdocument.h"
#include "services/sprintoperations.h"
#include "sprinteditor.h"
#include "sprints/itemslicemodel.h"
#include "storage/historyrepository.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ordo {
namespace {

QString pointsText(double points) { return QLocale().toString(points, 'g', 4); }

// Working days from `from` to `to`, both included.
int workingDaysBetween(QDate from, QDate to, const QList<int> &working)
{
    int days = 0;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (working.isEmpty() || working.contains(d.dayOfWeek()))
            ++days;
    }
    return days;
}

} // namespace

SprintMode::SprintMode(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_board(new QWidget(this))
    , m_columnsArea(new QWidget(this))
    , m_empty(new QWidget(this))
    , m_emptyText(new QLabel(this))
    , m_title(new QLabel(this))
    , m_goal(new QLabel(this))
    , m_figures(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_goalRisk(new QLabel(this))
    , m_burndown(new BurndownChart(this))
    , m_burndownTimer(new QTimer(this))
    , m_epicFilter(new QComboBox(this))
    , m_labelFilter(new QLineEdit(this))
    , m_filterText(new QLineEdit(this))
{
    setObjectName(QStringLiteral("sprintMode"));
    m_closeAction = new QAction(tr("C&lose Sprint…"), this);
    m_closeAction->setStatusTip(tr("End the running sprint: decide on its unfinished and unaccepted items"));
    connect(m_closeAction, &QAction::triggered, this, &SprintMode::closeSprint);
    m_cancelAction = new QAction(tr("Ca&ncel Sprint…"), this);
    m_cancelAction->setStatusTip(tr("Cancel the running sprint because its goal became obsolete"));
    connect(m_cancelAction, &QAction::triggered, this, &SprintMode::cancelSprint);

    m_title->setObjectName(QStringLiteral("boardTitle"));
    m_goal->setObjectName(QStringLiteral("boardGoal"));
    m_figures->setObjectName(QStringLiteral("boardFigures"));
    m_goal->setWordWrap(true);
    QFont goalFont = m_goal->font();
    goalFont.setPointSizeF(goalFont.pointSizeF() * 1.5);
    goalFont.setBold(true);
    m_goal->setFont(goalFont);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_warning->setObjectName(QStringLiteral("boardWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #FDF0D5; color: #5C3D00; padding: 6px; border-radius: 4px; }"));
    m_warning->hide();
    m_goalRisk->setObjectName(QStringLiteral("boardGoalRisk"));
    m_goalRisk->setWordWrap(true);
    m_goalRisk->setStyleSheet(QStringLiteral("QLabel { background: #FBE3E1; color: #6B1A12; padding: 6px; border-radius: 4px; }"));
    m_goalRisk->hide();
    m_burndown->setObjectName(QStringLiteral("boardBurndown"));
    m_burndown->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    // A board move is instant; the chart follows once the moves pause.
    m_burndownTimer->setSingleShot(true);
    m_burndownTimer->setInterval(150);
    connect(m_burndownTimer, &QTimer::timeout, this, &SprintMode::updateBurndown);

    m_epicFilter->setObjectName(QStringLiteral("boardEpicFilter"));
    m_epicFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_labelFilter->setObjectName(QStringLiteral("boardLabelFilter"));
    m_labelFilter->setPlaceholderText(tr("Label"));
    m_labelFilter->setClearButtonEnabled(true);
    m_filterText->setObjectName(QStringLiteral("boardFilter"));
    m_filterText->setPlaceholderText(tr("Filter by title or key"));
    m_filterText->setClearButtonEnabled(true);
    connect(m_epicFilter, &QComboBox::currentIndexChanged, this, &SprintMode::applyFilter);
    connect(m_labelFilter, &QLineEdit::textChanged, this, &SprintMode::applyFilter);
    connect(m_filterText, &QLineEdit::textChanged, this, &SprintMode::applyFilter);

    const auto button = [this](QAction *action) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(button(m_cancelAction));
    top->addWidget(button(m_closeAction));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_figures, 1);
    filters->addWidget(m_epicFilter);
    filters->addWidget(m_labelFilter);
    filters->addWidget(m_filterText);
    m_filterText->setMinimumWidth(m_filterText->fontMetrics().horizontalAdvance(m_filterText->placeholderText()) + 40);

    new QHBoxLayout(m_columnsArea);
    m_columnsArea->layout()->setContentsMargins(0, 0, 0, 0);
    auto *boardLayout = new QVBoxLayout(m_board);
    boardLayout->setContentsMargins(0, 0, 0, 0);
    boardLayout->addLayout(top);
    boardLayout->addWidget(m_goal);
    boardLayout->addLayout(filters);
    boardLayout->addWidget(m_warning);
    boardLayout->addWidget(m_goalRisk);
    m_boardSplit = new QSplitter(Qt::Horizontal, m_board);
    m_boardSplit->setObjectName(QStringLiteral("boardSplitter"));
    m_boardSplit->addWidget(m_columnsArea);
    m_boardSplit->addWidget(m_burndown);
    m_boardSplit->setStretchFactor(0, 3);
    m_boardSplit->setStretchFactor(1, 1);
    boardLayout->addWidget(m_boardSplit, 1);

    m_emptyText->setObjectName(QStringLiteral("boardEmpty"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    auto *planning = new QPushButton(tr("Go to Planning"), this);
    planning->setObjectName(QStringLiteral("boardGoToPlanning"));
    connect(planning, &QPushButton::clicked, this, &SprintMode::planningRequested);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(planning, 0, Qt::AlignCenter);
    emptyLayout->addStretch(2);

    m_pages->addWidget(m_board);
    m_pages->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_pages);
    rebuildColumns();
}

void SprintMode::setDocument(ProductDocument *document)
{
    if (m_document)
        disconnect(m_document->changes(), nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document->changes(), &ChangeChannel::changed, this, [this](const DocumentChange &change) {
            switch (change.what) {
            case DocumentChange::What::Product: rebuildColumns(); break;
            case DocumentChange::What::Sprints:
            case DocumentChange::What::Dependencies:
            case DocumentChange::What::ItemFields:
                updateHeader();
                break;
            default: break;
            }
        });
    }
    rebuildColumns();
}

void SprintMode::rebuildColumns()
{
    for (Column &column : m_columns)
        delete column.frame;
    m_columns.clear();
    const Product product = m_document ? m_document->product() : Product();
    const bool review = product.reviewColumn;
    // A rejected item is reworked from To Do.
    m_columns.append({{ItemStatus::New, ItemStatus::Ready, ItemStatus::ToDo, ItemStatus::Rejected}, ItemStatus::ToDo, tr("To Do")});
    if (review) {
        m_columns.append({{ItemStatus::InProgress}, ItemStatus::InProgress, tr("In Progress")});
        m_columns.append({{ItemStatus::InReview}, ItemStatus::InReview, tr("In Review")});
    } else {
        m_columns.append({{ItemStatus::InProgress, ItemStatus::InReview}, ItemStatus::InProgress, tr("In Progress")});
    }
    m_columns.append({{ItemStatus::Done, ItemStatus::Accepted}, ItemStatus::Done, tr("Done")});

    auto *columnsLayout = static_cast<QHBoxLayout *>(m_columnsArea->layout());
    for (int i = 0; i < m_columns.size(); ++i) {
        Column &column = m_columns[i];
        column.frame = new QFrame(m_columnsArea);
        column.frame->setObjectName(QStringLiteral("boardColumn%1").arg(i));
        column.frame->setStyleSheet(QStringLiteral("#boardColumn%1 { background: palette(alternate-base); border-radius: 6px; }").arg(i));
        column.title = new QLabel(column.frame);
        column.title->setObjectName(QStringLiteral("boardColumnTitle%1").arg(i));
        QFont font = column.title->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.1);
        column.title->setFont(font);
        column.model = new ItemSliceModel(column.frame);
        column.model->setActive(m_active);
        column.view = new BoardColumnView(column.frame);
        column.view->setObjectName(QStringLiteral("boardColumnView%1").arg(i));
        column.view->setItemDelegate(new CardDelegate(column.view));
        column.model->setSource(m_document ? m_document->backlogModel() : nullptr);
        column.view->setModel(column.model);
        column.view->setModelColumn(ItemSliceModel::TitleColumn);
        // A card's menu: its review, for acceptance as items reach Done (deliver, then accept).
        column.view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(column.view, &QWidget::customContextMenuRequested, this, [this, i](const QPoint &at) {
            const Column &c = m_columns.at(i);
            const QModelIndex index = c.view->indexAt(at);
            if (!index.isValid() || !m_document)
                return;
            const ItemId id = c.model->idAt(index.row());
            const int row = m_document->backlogModel()->rowOf(id);
            const ItemStatus status = row >= 0 ? m_document->backlogModel()->rowAt(row).status : ItemStatus::New;
            QMenu menu(this);
            QAction *reviewAction = menu.addAction(tr("&Review…"), this, [this, id] { emit reviewRequested(id); });
            const bool finished = status == ItemStatus::Done || status == ItemStatus::InReview || status == ItemStatus::Accepted
                                  || status == ItemStatus::Rejected;
            reviewAction->setEnabled(finished);
            if (!finished)
                reviewAction->setToolTip(tr("Items are reviewed once they are done"));
            menu.exec(c.view->viewport()->mapToGlobal(at));
        });
        auto *layout = new QVBoxLayout(column.frame);
        layout->setContentsMargins(6, 8, 6, 6);
        layout->addWidget(column.title);
        layout->addWidget(column.view, 1);
        columnsLayout->addWidget(column.frame, 1);

        const ItemStatus drop = column.dropStatus;
        const int index = i;
        column.model->setDropHandler([this, drop, index](const QList<ItemId> &ids, int row) -> Status {
            QList<ItemId> moving;
            const QHash<ItemId, int> rows = m_document->backlogModel()->rowsOf(ids);
            for (ItemId id : ids) {
                if (!m_columns.at(index).statuses.contains(m_document->backlogModel()->rowAt(rows.value(id)).status))
                    moving.append(id);
            }
            if (!moving.isEmpty())
                return moveCards(moving, drop) ? success() : Status(Error{QString()});
            // Within the column: the backlog order.
            ItemSliceModel *model = m_columns.at(index).model;
            if (row < 0 || row >= model->rowCount())
                row = model->rowCount();
            const ItemId anchor = row > 0 ? model->idAt(row - 1) : m_document->editor()->itemAbove(model->idAt(0));
            if (ids.contains(anchor))
                return success();
            return Commands::moveItems(m_document->commands(), ids, anchor);
        });
        column.model->setFlagger([this](const BacklogRow &row) -> QString {
            if (!m_document || isFinishedStatus(row.status))
                return {};
            const int blocked = m_document->backlogModel()->unfinishedDependencyCount(row.id);
            return blocked > 0 ? tr("Blocked by %n unfinished item(s)", nullptr, blocked) : QString();
        });
        connect(column.model, &ItemSliceModel::dropRefused, this, [this](const QString &message) {
            if (!message.isEmpty())
                emit errorOccurred(message);
        });
        connect(column.model, &ItemSliceModel::contentsChanged, this, &SprintMode::updateColumnTitles);
        connect(column.view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, index](const QModelIndex &current) {
            if (current.isValid())
                emit currentItemChanged(m_columns.at(index).model->idAt(current.row()));
        });
        connect(column.view, &BoardColumnView::neighbourRequested, this, [this, index](int step, int row) {
            for (int target = index + step; target >= 0 && target < m_columns.size(); target += step) {
                const Column &next = m_columns.at(target);
                if (next.model->rowCount() == 0)
                    continue;
                next.view->setFocus();
                next.view->setCurrentIndex(next.model->index(std::min(row, next.model->rowCount() - 1), ItemSliceModel::TitleColumn));
                return;
            }
        });
        connect(column.view, &BoardColumnView::moveAcrossRequested, this, [this, index](int step) {
            const int target = index + step;
            const QModelIndex current = m_columns.at(index).view->currentIndex();
            if (target < 0 || target >= m_columns.size() || !current.isValid())
                return;
            const ItemId id = m_columns.at(index).model->idAt(current.row());
            if (moveCards({id}, m_columns.at(target).dropStatus)) {
                const Column &next = m_columns.at(target);
                next.view->setFocus();
                const int row = next.model->rowOfId(id);
                if (row >= 0)
                    next.view->setCurrentIndex(next.model->index(row, ItemSliceModel::TitleColumn));
            }
        });
        connect(column.view, &BoardColumnView::moveWithinRequested, this, [this, index](int step) { moveWithin(index, step); });
    }
    // The new columns take the running sprint's cards.
    m_sprint = 0;
    updateHeader();
}

void SprintMode::setActive(bool active)
{
    m_active = active;
    for (Column &column : m_columns)
        column.model->setActive(active);
    if (active)
        updateColumnTitles();
}

ItemSliceModel *SprintMode::columnModel(int column) const { return m_columns.at(column).model; }
BoardColumnView *SprintMode::columnView(int column) const { return m_columns.at(column).view; }
ItemStatus SprintMode::columnStatus(int column) const { return m_columns.at(column).dropStatus; }
QLabel *SprintMode::columnTitle(int column) const { return m_columns.at(column).title; }

ItemId SprintMode::currentItem() const
{
    for (const Column &column : m_columns) {
        if (column.view->hasFocus() && column.view->currentIndex().isValid())
            return column.model->idAt(column.view->currentIndex().row());
    }
    return 0;
}

bool SprintMode::matchesFilter(const BacklogRow &row) const
{
    const ItemId epic = m_epicFilter->currentData().toLongLong();
    if (epic != 0 && row.parentId != epic)
        return false;
    const QString label = m_labelFilter->text().trimmed();
    if (!label.isEmpty() && !row.labels.split(QLatin1Char(',')).contains(label, Qt::CaseInsensitive))
        return false;
    const QString text = m_filterText->text().trimmed();
    if (!text.isEmpty() && !row.title.contains(text, Qt::CaseInsensitive)
        && !(m_document && m_document->backlogModel()->keyOf(row).contains(text, Qt::CaseInsensitive))) {
        return false;
    }
    return true;
}

void SprintMode::applyFilter()
{
    const SprintId sprint = m_sprint;
    for (Column &column : m_columns) {
        const QList<ItemStatus> statuses = column.statuses;
        column.model->setPredicate([this, sprint, statuses](const BacklogRow &row) {
            return sprint != 0 && row.sprintId == sprint && !row.archived && statuses.contains(row.status) && matchesFilter(row);
        });
    }
    updateColumnTitles();
}

void SprintMode::updateAccess()
{
    updateHeader();
    // Moving a card changes the item's status: team members may, stakeholders may not.
    const bool mayMove = m_document && m_document->access().may(Access::Change::Progress);
    for (const Column &column : std::as_const(m_columns)) {
        if (column.view)
            column.view->setDragDropMode(mayMove ? QAbstractItemView::DragDrop : QAbstractItemView::NoDragDrop);
    }
}

void SprintMode::updateHeader()
{
    const Sprint *active = m_document ? m_document->sprintEditor()->activeSprint() : nullptr;
    const SprintId sprint = active ? active->id : 0;
    const bool mayClose = m_document && m_document->access().may(Access::Change::Sprints);
    m_closeAction->setEnabled(active && mayClose);
    m_cancelAction->setEnabled(active && mayClose);
    if (!active) {
        m_sprint = 0;
        applyFilter();
        const Sprint *next = m_document ? m_document->sprintEditor()->nextPlannedSprint() : nullptr;
        m_emptyText->setText(next ? tr("No sprint is running. “%1” is planned: start it in Planning mode.").arg(next->name)
                                  : tr("No sprint is running. Plan one in Planning mode: pull the top of the backlog "
                                       "into a sprint, set its goal, and start it."));
        m_pages->setCurrentWidget(m_empty);
        return;
    }
    m_pages->setCurrentWidget(m_board);
    if (sprint != m_sprint) {
        m_sprint = sprint;
        // Epics of the product, for the filter.
        const ItemId epic = m_epicFilter->currentData().toLongLong();
        m_epicFilter->blockSignals(true);
        m_epicFilter->clear();
        m_epicFilter->addItem(tr("All epics"), 0);
        for (const BacklogRow &row : m_document->backlogModel()->rows()) {
            if (row.type == ItemType::Epic)
                m_epicFilter->addItem(row.title, row.id);
        }
        m_epicFilter->setCurrentIndex(std::max(0, m_epicFilter->findData(epic)));
        m_epicFilter->blockSignals(false);
        applyFilter();
    }
    const Product &product = m_document->product();
    const QLocale locale;
    const QDate today = QDate::currentDate();
    const int total = workingDaysBetween(active->start, active->end, product.workingDays);
    const int left = today > active->end ? 0 : workingDaysBetween(std::max(today, active->start), active->end, product.workingDays);
    m_title->setText(tr("<b>%1</b> · %2 – %3 · %n working day(s) left", nullptr, left)
                         .arg(active->name.toHtmlEscaped(), locale.toString(active->start, QLocale::ShortFormat),
                              locale.toString(active->end, QLocale::ShortFormat))
                     + tr(" of %1").arg(total));
    m_goal->setText(active->goal.isEmpty() ? tr("No sprint goal") : active->goal);
    const SprintOperations::Points points = SprintOperations::pointsOf(m_document->backlogModel()->rows(), active->id);
    const std::optional<double> commitment = m_document->sprintEditor()->commitmentOf(active->id);
    QString figures = tr("Committed %1 · done %2 · remaining %3 points")
                          .arg(pointsText(commitment.value_or(points.total)), pointsText(points.done), pointsText(points.remaining));
    if (commitment && std::abs(*commitment - points.total) > 1e-9)
        figures += tr(" · scope now %1").arg(pointsText(points.total));
    m_figures->setText(figures);
    m_burndownTimer->start();
    m_warning->setVisible(m_document->sprintEditor()->hasSeveralActiveSprints());
    m_warning->setText(tr("This file has more than one active sprint (it was edited outside Ordo). The board shows “%1”; "
                          "close or cancel the others from here once this one ends, or cancel this one now.")
                           .arg(active->name));
    updateColumnTitles();
}

void SprintMode::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The board three quarters, the burndown the rest, until the user moves the handle.
    if (!m_splitSized && m_boardSplit->width() > 0) {
        m_splitSized = true;
        const int total = m_boardSplit->width();
        m_boardSplit->setSizes({total * 3 / 4, total - total * 3 / 4});
    }
}

void SprintMode::updateBurndown()
{
    m_burndownTimer->stop();
    const Sprint *active = m_document ? m_document->sprintEditor()->sprint(m_sprint) : nullptr;
    if (!active || active->state != SprintState::Active) {
        m_goalRisk->hide();
        return;
    }
    auto history = HistoryRepository(m_document->database()).forSprint(active->id);
    if (!history) {
        report(history.error());
        return;
    }
    const Burndown::Chart chart = Burndown::compute(*active, *history, QDate::currentDate(), m_document->product().workingDays);
    const BacklogModel *model = m_document->backlogModel();
    m_burndown->setData(chart, active->name, false, [model](qint64 id) {
        const int row = model->rowOf(id);
        return row < 0 ? tr("an item no longer in the backlog") : model->keyOf(model->rowAt(row)) + u' ' + model->rowAt(row).title;
    });

    QList<Burndown::GoalItem> items;
    for (const BacklogRow *row : SprintOperations::itemsOf(model->rows(), active->id))
        items.append({row->id, row->isEstimated() ? double(row->estimate) : 0.0, row->servesSprintGoal, isFinishedStatus(row->status)});
    const Burndown::GoalRisk risk = Burndown::goalRisk(chart, items);
    m_goalRisk->setVisible(risk.atRisk);
    if (!risk.atRisk)
        return;
    QStringList giving;
    for (qint64 id : risk.couldGiveWay) {
        const int row = model->rowOf(id);
        if (row >= 0)
            giving.append(model->keyOf(model->rowAt(row)));
    }
    QString text = tr("The sprint goal is at risk: the items serving it need %1 more points, and at the pace so far "
                      "(%2 points a day) the %n working day(s) left finish about %3.", nullptr, risk.workingDaysLeft)
                       .arg(pointsText(risk.goalRemaining), pointsText(risk.pacePerDay), pointsText(risk.projected));
    text += QStringLiteral(" ")
            + (giving.isEmpty() ? tr("Every item left serves the goal: talk with the team about the scope now.")
                                : tr("Items not serving the goal that could give way: %1.").arg(giving.join(QStringLiteral(", "))));
    m_goalRisk->setText(text);
}

void SprintMode::updateColumnTitles()
{
    const Product product = m_document ? m_document->product() : Product();
    for (int i = 0; i < m_columns.size(); ++i) {
        const Column &column = m_columns.at(i);
        // The names in Product Settings follow the four statuses; this column's is its drop status's.
        const int slot = column.dropStatus == ItemStatus::ToDo ? 0
                         : column.dropStatus == ItemStatus::InProgress ? 1
                         : column.dropStatus == ItemStatus::InReview  ? 2
                                                                      : 3;
        const QString name = slot < product.boardColumnNames.size() && !product.boardColumnNames.at(slot).trimmed().isEmpty()
                                 ? product.boardColumnNames.at(slot).trimmed()
                                 : column.defaultName;
        const int count = column.model->rowCount();
        const int limit = slot < product.wipLimits.size() ? product.wipLimits.at(slot) : 0;
        QString text = tr("%1 · %2 pts").arg(name, pointsText(column.model->points()));
        QString style;
        if (limit > 0) {
            //: A board column's card count against its WIP limit
            text += tr(" · %1/%2 WIP").arg(count).arg(limit);
            if (count > limit) {
                style = QStringLiteral("color: #B3261E;");
                column.title->setToolTip(tr("Over the WIP limit of %1: finish work before starting more.").arg(limit));
            } else {
                column.title->setToolTip(tr("WIP limit %1 (a hint, not a block)").arg(limit));
            }
        } else {
            text += tr(" · %n card(s)", nullptr, count);
            column.title->setToolTip(QString());
        }
        column.title->setText(text);
        column.title->setStyleSheet(style);
    }
}

bool SprintMode::report(const Status &status)
{
    if (!status && !status.errorMessage().isEmpty())
        emit errorOccurred(status.errorMessage());
    return bool(status);
}

bool SprintMode::moveCards(const QList<ItemId> &ids, ItemStatus status)
{
    if (!m_document || ids.isEmpty())
        return false;
    return report(SprintCommands::moveOnBoard(m_document->sprintCommands(), ids, status));
}

void SprintMode::moveWithin(int column, int step)
{
    const Column &c = m_columns.at(column);
    const QModelIndex current = c.view->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    const int target = row + step;
    if (target < 0 || target >= c.model->rowCount())
        return;
    const ItemId id = c.model->idAt(row);
    // Below the card that will be above it: one up goes below the card two up.
    const ItemId anchor = step < 0 ? (target > 0 ? c.model->idAt(target - 1) : m_document->editor()->itemAbove(c.model->idAt(target)))
                                   : c.model->idAt(target);
    if (report(Commands::moveItems(m_document->commands(), {id}, anchor))) {
        const int now = c.model->rowOfId(id);
        if (now >= 0)
            c.view->setCurrentIndex(c.model->index(now, ItemSliceModel::TitleColumn));
    }
}

void SprintMode::closeSprint()
{
    const Sprint *active = m_document ? m_document->sprintEditor()->activeSprint() : nullptr;
    if (!active)
        return;
    CloseSprintDialog dialog(*m_document, active->id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = active->name;
    if (report(SprintCommands::close(m_document->sprintCommands(), active->id, dialog.choices())))
        emit statusMessage(tr("Closed “%1”; Undo reopens it").arg(name));
}

void SprintMode::cancelSprint()
{
    const Sprint *active = m_document ? m_document->sprintEditor()->activeSprint() : nullptr;
    if (!active)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Cancel %1").arg(active->name),
        tr("Cancelling is the Product Owner's call when the sprint goal became obsolete. The unaccepted items "
           "return to the top of the backlog in their order.\n\nWhy is “%1” cancelled? (for the decision log)")
            .arg(active->goal.isEmpty() ? active->name : active->goal),
        QString(), &ok);
    if (!ok)
        return;
    if (reason.trimmed().isEmpty()) {
        emit errorOccurred(tr("A sprint is cancelled only with a reason: nothing was changed."));
        return;
    }
    const QString name = active->name;
    if (report(SprintCommands::cancel(m_document->sprintCommands(), active->id, reason)))
        emit statusMessage(tr("Cancelled “%1”; its items are at the top of the backlog").arg(name));
}

} // namespace Ordo
