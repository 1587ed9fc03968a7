#include "archiveview.h"

#include "archive/archivemodel.h"
#include "backlogeditor.h"
#include "productdocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Ordo {

ArchiveView::ArchiveView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ArchiveModel(this))
    , m_pages(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
    , m_delete(new QPushButton(tr("Delete Permanently…"), this))
{
    setObjectName(QStringLiteral("archiveView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ArchiveModel::TitleColumn, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(16);
    m_empty->setText(tr("No archived items.\n\nArchived items leave the backlog but are never lost: restore "
                        "them from here whenever they matter again."));
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_empty);
    m_restore->setToolTip(tr("Put the selected items back in the backlog, where they were"));
    m_delete->setToolTip(tr("Remove the selected items and their history for good"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_restore, &QPushButton::clicked, this, &ArchiveView::restoreSelected);
    connect(m_delete, &QPushButton::clicked, this, &ArchiveView::deleteSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ArchiveView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ArchiveView::updateButtons);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu menu(this);
        menu.addAction(tr("Restore"), this, &ArchiveView::restoreSelected)->setEnabled(m_restore->isEnabled());
        menu.addAction(tr("Delete Permanently…"), this, &ArchiveView::deleteSelected)->setEnabled(m_delete->isEnabled());
        menu.exec(m_table->viewport()->mapToGlobal(position));
    });
    updateButtons();
}

void ArchiveView::setDocument(ProductDocument *document)
{
    m_document = document;
    if (document)
        connect(document->changes(), &ChangeChannel::changed, this, [this](const DocumentChange &change) {
            if (change.what == DocumentChange::What::Archive)
                reload();
        });
    reload();
}

void ArchiveView::reload()
{
    m_model->reload(m_document ? &m_document->database() : nullptr,
                    m_document ? m_document->product().keyPrefix : QString());
    m_pages->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_table) : m_empty);
}

QList<qint64> ArchiveView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(m_model->idAt(index.row()));
    return ids;
}

void ArchiveView::updateButtons()
{
    const bool any = m_document && m_table->selectionModel()->hasSelection();
    m_restore->setEnabled(any);
    m_delete->setEnabled(any);
}

void ArchiveView::restoreSelected()
{
    if (!m_document)
        return;
    if (auto restored = Commands::restoreItems(m_document->commands(), selectedIds()); !restored)
        emit errorOccurred(restored.errorMessage());
}

void ArchiveView::deleteSelected()
{
    if (!m_document)
        return;
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const auto answer = QMessageBox::warning(
        this,
        tr("Delete Permanently?"),
        tr("Delete %n archived item(s) and their history for good? This cannot be undone, and it clears the undo history.", nullptr, int(ids.size())),
        QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    for (qint64 id : ids) {
        if (auto deleted = m_document->editor()->deleteItem(id); !deleted) {
            emit errorOccurred(deleted.errorMessage());
            break;
        }
    }
    // Undo steps that created or restored these items can no longer be replayed.
    m_document->undoStack()->clear();
}

} // namespace Ordo
