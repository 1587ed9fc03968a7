#include "checklisteditor.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ordo {

ChecklistEditor::ChecklistEditor(const QString &newItemText, QWidget *parent)
    : QWidget(parent)
    , m_newItemText(newItemText)
    , m_list(new QListWidget(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
{
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_list->setAlternatingRowColors(true);

    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("Add an entry below the selected one"));
    m_remove->setText(tr("Remove"));
    m_up->setArrowType(Qt::UpArrow);
    m_up->setToolTip(tr("Move up"));
    m_down->setArrowType(Qt::DownArrow);
    m_down->setToolTip(tr("Move down"));
    for (QToolButton *button : {m_add, m_remove})
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, &ChecklistEditor::addItem);
    connect(m_remove, &QToolButton::clicked, this, &ChecklistEditor::removeItem);
    connect(m_up, &QToolButton::clicked, this, [this] { moveItem(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveItem(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ChecklistEditor::updateButtons);
    updateButtons();
}

void ChecklistEditor::setItems(const QStringList &items)
{
    m_list->clear();
    for (const QString &text : items) {
        auto *item = new QListWidgetItem(text, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    updateButtons();
}

QStringList ChecklistEditor::items() const
{
    QStringList result;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString text = m_list->item(i)->text().trimmed();
        if (!text.isEmpty())
            result.append(text);
    }
    return result;
}

void ChecklistEditor::addItem()
{
    auto *item = new QListWidgetItem(m_newItemText);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_list->insertItem(m_list->currentRow() + 1, item);
    m_list->setCurrentItem(item);
    m_list->editItem(item);
}

void ChecklistEditor::removeItem()
{
    delete m_list->takeItem(m_list->currentRow());
    updateButtons();
}

void ChecklistEditor::moveItem(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
}

void ChecklistEditor::updateButtons()
{
    const int row = m_list->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
}

} // namespace Ordo
