#include "backlogpanel.h"

#include "backlog/backlogfiltermodel.h"
#include "backlog/backlogmodel.h"
#include "backlog/backlogview.h"
#include "backlog/filterbar.h"
#include "backlog/quickaddbar.h"
#include "backlogeditor.h"
#include "productdocument.h"
#include "storage/itemrepository.h"

#include <QLabel>
#include <QSet>
#include <QVBoxLayout>

namespace Ordo {

BacklogPanel::BacklogPanel(QWidget *parent)
    : QWidget(parent)
    , m_filterBar(new FilterBar(this))
    , m_quickAdd(new QuickAddBar(this))
    , m_view(new BacklogView(this))
    , m_filterModel(new BacklogFilterModel(this))
    , m_noMatches(new QLabel(this))
{
    setObjectName(QStringLiteral("backlogPanel"));
    m_view->setFilterModel(m_filterModel);
    m_noMatches->setText(tr("No item matches the filter."));
    m_noMatches->setAlignment(Qt::AlignCenter);
    m_noMatches->setObjectName(QStringLiteral("noMatches"));
    m_noMatches->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_quickAdd);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_noMatches);

    // Key, title and labels filter on every keystroke; the longer texts are
    // searched in the file once typing pauses.
    m_storyTextSearch.setSingleShot(true);
    m_storyTextSearch.setInterval(250);
    connect(&m_storyTextSearch, &QTimer::timeout, this, &BacklogPanel::searchStoryText);
    connect(m_filterBar, &FilterBar::filterChanged, this, &BacklogPanel::applyFilter);
    connect(m_quickAdd, &QuickAddBar::addRequested, this, &BacklogPanel::addItem);
    connect(m_quickAdd, &QuickAddBar::closed, m_view, [this] { m_view->setFocus(); });
    const auto updateNoMatches = [this] {
        m_noMatches->setVisible(m_filterModel->isFiltering() && m_filterModel->rowCount() == 0);
    };
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this, updateNoMatches);
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this, updateNoMatches);
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, updateNoMatches);
}

void BacklogPanel::setDocument(ProductDocument *document)
{
    m_document = document;
    m_filterModel->setBacklogModel(document ? document->backlogModel() : nullptr);
    if (!document)
        return;
    connect(document->backlogModel(), &BacklogModel::editRefused, this, &BacklogPanel::errorOccurred);
    connect(document->backlogModel(), &QAbstractItemModel::modelReset, this, &BacklogPanel::refreshLabels);
    refreshLabels();
    applyFilter();
}

void BacklogPanel::refreshLabels()
{
    QSet<QString> labels;
    for (const BacklogRow &row : m_document->backlogModel()->rows()) {
        if (row.labels.isEmpty())
            continue;
        for (const QString &label : row.labels.split(QStringLiteral(", "), Qt::SkipEmptyParts))
            labels.insert(label);
    }
    QStringList sorted(labels.cbegin(), labels.cend());
    sorted.sort(Qt::CaseInsensitive);
    m_filterBar->setLabels(sorted);
}

void BacklogPanel::applyFilter()
{
    m_filterModel->setFilter(m_filterBar->filter());
    if (m_filterBar->filter().text.trimmed().size() >= 2)
        m_storyTextSearch.start();
    else
        m_storyTextSearch.stop();
}

void BacklogPanel::searchStoryText()
{
    if (!m_document)
        return;
    const BacklogFilter filter = m_filterBar->filter();
    auto ids = ItemRepository(m_document->database()).idsWithText(filter.text.trimmed());
    if (!ids) {
        emit errorOccurred(ids.errorMessage());
        return;
    }
    m_filterModel->setFilter(filter, *ids);
}

void BacklogPanel::focusFilter() { m_filterBar->focusSearch(); }

void BacklogPanel::openQuickAdd() { m_quickAdd->open(); }

void BacklogPanel::setEpicFilter(std::optional<ItemId> epic, bool withoutEpic)
{
    m_filterBar->setEpicFilter(epic, withoutEpic);
}

void BacklogPanel::showItems(const QList<ItemId> &ids)
{
    if (!m_document || ids.isEmpty())
        return;
    const QHash<ItemId, int> rows = m_document->backlogModel()->rowsOf(ids);
    const bool hidden = std::any_of(rows.cbegin(), rows.cend(), [this](int row) {
        return row >= 0 && m_filterModel->proxyRow(row) < 0;
    });
    if (hidden) {
        m_filterBar->clear();
        emit statusMessage(tr("Cleared the filter to show all %n item(s)", nullptr, int(ids.size())));
    }
    m_view->selectIds(ids);
    m_view->setFocus();
}

void BacklogPanel::addItem(ItemType type, const QString &title)
{
    if (!m_document)
        return;
    BacklogItem item;
    item.type = type;
    item.title = title;
    // Above the selection: below the item above the first selected one (or at the bottom).
    const QList<ItemId> selected = m_view->selectedIds();
    std::optional<ItemId> anchor;
    if (!selected.isEmpty())
        anchor = m_document->editor()->itemAbove(selected.front());
    if (auto filter = m_filterBar->filter(); filter.epic)
        item.parentId = filter.epic;
    auto id = Commands::createItem(m_document->commands(), item, anchor);
    if (!id) {
        emit errorOccurred(id.errorMessage());
        return;
    }
    const BacklogModel *model = m_document->backlogModel();
    const int row = m_filterModel->proxyRow(model->rowOf(*id));
    if (row < 0) {
        emit statusMessage(tr("Added %1; it is hidden by the filter.").arg(model->keyOf(model->rowAt(model->rowOf(*id)))));
        return;
    }
    m_view->scrollTo(m_filterModel->index(row, 0));
}

} // namespace Ordo
