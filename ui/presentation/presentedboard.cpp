#include "presentedboard.h"

#include "backlog/backlogmodel.h"
#include "documentchange.h"
#include "productdocument.h"
#include "services/sprintreport.h"
#include "sprinteditor.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QListWidget>
#include <QVBoxLayout>

namespace Ordo {

PresentedBoard::PresentedBoard(QWidget *parent)
    : PresentedPage(parent)
    , m_goal(label(this, Role::Heading))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_goal);
    auto *columns = new QHBoxLayout;
    const QList<QList<ItemStatus>> statuses{{ItemStatus::ToDo, ItemStatus::Rejected},
                                            {ItemStatus::InProgress},
                                            {ItemStatus::InReview},
                                            {ItemStatus::Done, ItemStatus::Accepted}};
    for (const QList<ItemStatus> &status : statuses) {
        Column column;
        column.statuses = status;
        column.box = new QWidget(this);
        column.title = label(column.box, Role::Heading);
        column.list = new QListWidget(column.box);
        column.list->setFrameShape(QFrame::NoFrame);
        column.list->setWordWrap(true);
        column.list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        column.list->setSpacing(4);
        setRole(column.list, Role::Body);
        column.list->installEventFilter(this);
        connect(column.list, &QListWidget::currentRowChanged, this, [this] { emit currentItemChanged(currentItem()); });
        auto *box = new QVBoxLayout(column.box);
        box->setContentsMargins(0, 0, 0, 0);
        box->addWidget(column.title);
        box->addWidget(column.list, 1);
        columns->addWidget(column.box, 1);
        m_columns.append(column);
    }
    layout->addLayout(columns, 1);
    setFocusProxy(m_columns.constFirst().list);
}

void PresentedBoard::setDocument(ProductDocument *document)
{
    disconnect(m_changes);
    m_document = document;
    if (document)
        m_changes = connect(document->changes(), &ChangeChannel::changed, this, &PresentedBoard::productChanged);
    // Drawn now when on the wall, else when shown.
    productChanged();
}

QString PresentedBoard::step() const { return tr("Sprint board"); }

QList<QListWidget *> PresentedBoard::columns() const
{
    QList<QListWidget *> lists;
    for (const Column &column : m_columns) {
        if (!column.box->isHidden())
            lists.append(column.list);
    }
    return lists;
}

QList<QLabel *> PresentedBoard::columnTitles() const
{
    QList<QLabel *> titles;
    for (const Column &column : m_columns) {
        if (!column.box->isHidden())
            titles.append(column.title);
    }
    return titles;
}

ItemId PresentedBoard::currentItem() const
{
    for (const Column &column : m_columns) {
        if (column.list->hasFocus() && column.list->currentItem())
            return column.list->currentItem()->data(Qt::UserRole).toLongLong();
    }
    return 0;
}

void PresentedBoard::showItem(ItemId id)
{
    for (const Column &column : m_columns) {
        for (int i = 0; i < column.list->count(); ++i) {
            if (column.list->item(i)->data(Qt::UserRole).toLongLong() == id) {
                const QSignalBlocker blocker(column.list);
                column.list->setCurrentRow(i);
                column.list->setFocus();
                return;
            }
        }
    }
}

void PresentedBoard::refresh()
{
    const Sprint *sprint = m_document ? m_document->sprintEditor()->activeSprint() : nullptr;
    m_sprint = sprint ? sprint->id : 0;
    const bool reviewColumn = m_document && m_document->product().reviewColumn;
    m_columns[2].box->setHidden(!reviewColumn);
    const QStringList names{tr("To Do"), tr("In Progress"), tr("In Review"), tr("Done")};
    for (Column &column : m_columns) {
        const QSignalBlocker blocker(column.list);
        column.list->clear();
    }
    if (!sprint) {
        m_goal->setText(tr("No sprint is running"));
        for (int c = 0; c < m_columns.size(); ++c)
            m_columns[c].title->setText(names.at(c));
        emit stepChanged();
        return;
    }
    m_goal->setText(sprint->goal.trimmed().isEmpty() ? sprint->name : tr("Sprint goal: %1").arg(sprint->goal.trimmed()));
    const BacklogModel &model = *m_document->backlogModel();
    QList<double> points(m_columns.size(), 0.0);
    for (const BacklogRow &row : model.rows()) {
        if (row.sprintId != sprint->id || row.archived || row.type == ItemType::Epic)
            continue;
        int c = 0;
        while (c < m_columns.size() && !m_columns.at(c).statuses.contains(row.status))
            ++c;
        if (c == 2 && !reviewColumn)
            c = 3;
        if (c >= m_columns.size())
            c = row.status == ItemStatus::Ready || row.status == ItemStatus::New ? 0 : 1;
        QString text = model.keyOf(row) + QStringLiteral("  ") + row.title;
        if (row.status == ItemStatus::Accepted)
            text = tr("✓ %1").arg(text);
        else if (row.status == ItemStatus::Rejected)
            text = tr("✗ %1 (rejected)").arg(text);
        auto *item = new QListWidgetItem(text, m_columns.at(c).list);
        item->setData(Qt::UserRole, row.id);
        points[c] += row.estimateValue().value_or(0);
    }
    for (int c = 0; c < m_columns.size(); ++c) {
        m_columns[c].title->setText(tr("%1 · %n card(s), %2 pts", nullptr, m_columns.at(c).list->count())
                                        .arg(names.at(c), SprintReport::pointsText(points.at(c))));
    }
    emit stepChanged();
}

bool PresentedBoard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right) {
            const QList<QListWidget *> lists = columns();
            const qsizetype at = lists.indexOf(static_cast<QListWidget *>(watched));
            const qsizetype to = at + (key->key() == Qt::Key_Left ? -1 : 1);
            if (at >= 0 && to >= 0 && to < lists.size()) {
                lists.at(to)->setFocus();
                if (!lists.at(to)->currentItem() && lists.at(to)->count() > 0)
                    lists.at(to)->setCurrentRow(0);
                emit currentItemChanged(currentItem());
            }
            return true;
        }
    }
    return PresentedPage::eventFilter(watched, event);
}

} // namespace Ordo
