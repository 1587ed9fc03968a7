#include "presentedplanning.h"

#include "backlog/backlogmodel.h"
#include "commands/sprintcommands.h"
#include "documentchange.h"
#include "planning/capacitybar.h"
#include "productdocument.h"
#include "services/sprintreport.h"
#include "sprinteditor.h"
#include "sprints/scopechangedialog.h"

#include <QCoreApplication>
#include <QFrame>
#include <QKeyEvent>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace Ordo {

void PresentedPage::setRole(QWidget *widget, Role role) { widget->setProperty(roleProperty, int(role)); }

PresentedPage::Role PresentedPage::roleOf(const QWidget *widget)
{
    return widget->property(roleProperty).toInt() == int(Role::Heading) ? Role::Heading : Role::Body;
}

QLabel *PresentedPage::label(QWidget *parent, Role role)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    setRole(label, role);
    return label;
}

PresentedPage::PresentedPage(QWidget *parent)
    : QWidget(parent)
{}

void PresentedPage::productChanged()
{
    if (isVisible()) {
        m_stale = false;
        refresh();
    } else {
        m_stale = true;
    }
}

void PresentedPage::showEvent(QShowEvent *event)
{
    if (m_stale) {
        m_stale = false;
        refresh();
    }
    QWidget::showEvent(event);
}

void PresentedPage::setTheme(const PresentationTheme &theme)
{
    m_theme = theme;
    themeChanged();
}

namespace {

QListWidget *presentedList(QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setFrameShape(QFrame::NoFrame);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setWordWrap(true);
    list->setUniformItemSizes(false);
    list->setSpacing(2);
    PresentedPage::setRole(list, PresentedPage::Role::Body);
    return list;
}

QString rowText(const BacklogModel &model, const BacklogRow &row)
{
    return QCoreApplication::translate("Ordo::PresentedPlanning", "%1  %2 · %3 pts")
        .arg(model.keyOf(row), row.title, SprintReport::pointsText(row.estimateValue()));
}

} // namespace

PresentedPlanning::PresentedPlanning(QWidget *parent)
    : PresentedPage(parent)
    , m_goal(label(this, Role::Heading))
    , m_dates(label(this))
    , m_capacity(new CapacityBar(this))
    , m_capacityText(label(this))
    , m_sprintTitle(label(this, Role::Heading))
    , m_sprintList(presentedList(this))
    , m_backlogTitle(label(this, Role::Heading))
    , m_backlogList(presentedList(this))
{
    m_dates->setForegroundRole(QPalette::PlaceholderText);
    m_capacityText->setForegroundRole(QPalette::PlaceholderText);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setForegroundRole(QPalette::Mid);
    line->setLineWidth(3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_goal);
    layout->addWidget(m_dates);
    layout->addWidget(m_capacity);
    layout->addWidget(m_capacityText);
    layout->addWidget(m_sprintTitle);
    layout->addWidget(m_sprintList, 3);
    layout->addWidget(line);
    layout->addWidget(m_backlogTitle);
    layout->addWidget(m_backlogList, 2);
    for (QListWidget *list : {m_sprintList, m_backlogList}) {
        list->installEventFilter(this);
        connect(list, &QListWidget::currentRowChanged, this, [this] { emit currentItemChanged(currentItem()); });
    }
    setFocusProxy(m_sprintList);
}

void PresentedPlanning::setDocument(ProductDocument *document)
{
    disconnect(m_changes);
    m_document = document;
    if (document)
        m_changes = connect(document->changes(), &ChangeChannel::changed, this, &PresentedPlanning::productChanged);
    // Drawn now when on the wall, else when shown.
    productChanged();
}

QString PresentedPlanning::step() const { return tr("Sprint Planning"); }

ItemId PresentedPlanning::currentItem() const
{
    const QListWidget *list = m_backlogList->hasFocus() ? m_backlogList : m_sprintList;
    const QListWidgetItem *item = list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void PresentedPlanning::showItem(ItemId id)
{
    for (QListWidget *list : {m_sprintList, m_backlogList}) {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toLongLong() == id) {
                const QSignalBlocker blocker(list);
                list->setCurrentRow(i);
                return;
            }
        }
    }
}

void PresentedPlanning::refresh()
{
    const SprintEditor *sprints = m_document ? m_document->sprintEditor() : nullptr;
    // The sprint being planned: the next planned one, else the running one.
    const Sprint *sprint = sprints ? (sprints->nextPlannedSprint() ? sprints->nextPlannedSprint() : sprints->activeSprint()) : nullptr;
    m_sprint = sprint ? sprint->id : 0;
    const ItemId sprintCurrent = m_sprintList->currentItem() ? m_sprintList->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    const ItemId backlogCurrent = m_backlogList->currentItem() ? m_backlogList->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    const int sprintRow = std::max(0, m_sprintList->currentRow());
    const int backlogRow = std::max(0, m_backlogList->currentRow());
    const QSignalBlocker sprintBlocker(m_sprintList);
    const QSignalBlocker backlogBlocker(m_backlogList);
    m_sprintList->clear();
    m_backlogList->clear();
    if (!sprint) {
        m_goal->setText(tr("No sprint to plan: create one in Planning."));
        m_dates->clear();
        m_capacity->setFigures({});
        m_capacityText->clear();
        m_sprintTitle->clear();
        m_backlogTitle->clear();
        emit stepChanged();
        return;
    }
    m_goal->setText(sprint->goal.trimmed().isEmpty() ? tr("%1 has no sprint goal yet").arg(sprint->name)
                                                     : tr("Sprint goal: %1").arg(sprint->goal.trimmed()));
    const QLocale locale;
    m_dates->setText(tr("%1 · %2 to %3").arg(sprint->name, locale.toString(sprint->start, QLocale::LongFormat),
                                             locale.toString(sprint->end, QLocale::LongFormat)));

    const BacklogModel &model = *m_document->backlogModel();
    CapacityBar::Figures figures;
    figures.capacity = sprint->capacity;
    const Velocity::Summary &velocity = sprints->velocity();
    figures.velocity = velocity.average;
    figures.velocityMin = velocity.min;
    figures.velocityMax = velocity.max;
    figures.velocitySprints = velocity.sprints;
    int inSprint = 0;
    for (const BacklogRow &row : model.rows()) {
        if (row.archived || row.type == ItemType::Epic)
            continue;
        if (row.sprintId == sprint->id) {
            ++inSprint;
            figures.committed += row.estimateValue().value_or(0);
            figures.unestimated += row.isEstimated() ? 0 : 1;
            auto *item = new QListWidgetItem(rowText(model, row), m_sprintList);
            item->setData(Qt::UserRole, row.id);
        } else if (row.sprintId == 0 && !isFinishedStatus(row.status) && row.status != ItemStatus::Accepted
                   && m_backlogList->count() < nextItems) {
            auto *item = new QListWidgetItem(rowText(model, row), m_backlogList);
            item->setData(Qt::UserRole, row.id);
        }
    }
    m_capacity->setFigures(figures);
    m_capacityText->setText(m_capacity->summary());
    m_sprintTitle->setText(tr("In %1: %n item(s)", nullptr, inSprint).arg(sprint->name));
    m_backlogTitle->setText(tr("Next in the Product Backlog"));
    // The chosen rows stay chosen: the same item, or the same place when it moved to the other list.
    const auto restore = [](QListWidget *list, ItemId id, int row) {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toLongLong() == id) {
                list->setCurrentRow(i);
                return;
            }
        }
        if (list->count() > 0)
            list->setCurrentRow(std::min(row, list->count() - 1));
    };
    restore(m_sprintList, sprintCurrent, sprintRow);
    restore(m_backlogList, backlogCurrent, backlogRow);
    emit stepChanged();
}

bool PresentedPlanning::pullCurrent() { return moveCurrent(true); }

bool PresentedPlanning::giveBackCurrent() { return moveCurrent(false); }

bool PresentedPlanning::moveCurrent(bool into)
{
    const QListWidgetItem *item = (into ? m_backlogList : m_sprintList)->currentItem();
    const Sprint *sprint = m_document ? m_document->sprintEditor()->sprint(m_sprint) : nullptr;
    if (!item || !sprint)
        return false;
    const QList<ItemId> ids{item->data(Qt::UserRole).toLongLong()};
    // A running sprint's scope changes with a reason, as in Planning mode.
    QString reason;
    if (sprint->state == SprintState::Active) {
        const auto asked = ScopeChangeDialog::ask(*m_document, m_sprint, ids, into, this);
        if (!asked)
            return false;
        reason = *asked;
    }
    const Status moved = into ? SprintCommands::pull(m_document->sprintCommands(), ids, m_sprint, reason)
                              : SprintCommands::push(m_document->sprintCommands(), ids, reason);
    if (!moved)
        emit errorOccurred(moved.errorMessage());
    return bool(moved);
}

bool PresentedPlanning::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool pullKey = (key->key() == Qt::Key_Up && key->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier))
                             || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const bool giveKey = (key->key() == Qt::Key_Down && key->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier))
                             || key->key() == Qt::Key_Delete;
        if (watched == m_backlogList && pullKey) {
            pullCurrent();
            return true;
        }
        if (watched == m_sprintList && giveKey) {
            giveBackCurrent();
            return true;
        }
    }
    if (event->type() == QEvent::FocusIn)
        emit currentItemChanged(currentItem());
    return PresentedPage::eventFilter(watched, event);
}

} // namespace Ordo
