#include "backlogpanel.h"

#include "backlog/backlogfiltermodel.h"
#include "backlog/backlogmodel.h"
#include "backlog/backlogview.h"
#include "backlog/filterbar.h"
#include "backlog/quickaddbar.h"
#include "backlogeditor.h"
#include "productdocument.h"
#include "storage/itemrepository.h"
#include "services/searchquery.h"
#include "documentchange.h"

#include <QLabel>
#include <QSet>
#include <QVBoxLayout>

#include <utility>

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

    // Key, title and labels filter on the keystroke itself; the longer texts are looked up
    // in the full-text index right after it (the rows it adds then show), once for the
    // keystrokes that arrived together.
    m_fullTextSearch.setSingleShot(true);
    m_fullTextSearch.setInterval(0);
    connect(&m_fullTextSearch, &QTimer::timeout, this, &BacklogPanel::searchFullText);
    connect(m_filterBar, &FilterBar::filterChanged, this, &BacklogPanel::applyFilter);
    connect(m_quickAdd, &QuickAddBar::addRequested, this, &BacklogPanel::addItem);
    connect(m_quickAdd, &QuickAddBar::closed, m_view, [this] { m_view->setFocus(); });
    const auto updateNoMatches = [this] {
        m_noMatches->setVisible(m_filterModel->isFiltering() && m_filterModel->rowCount() == 0);
        showFilterProblems();
    };
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this, updateNoMatches);
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this, [this] {
        emit highlightTermsChanged(m_filterModel->highlightTerms());
    });
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this, updateNoMatches);
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, updateNoMatches);
}

void BacklogPanel::setDocument(ProductDocument *document)
{
    // The same document again (its first screen was shown while the rest was read) must not
    // connect twice.
    if (m_document) {
        disconnect(m_document->backlogModel(), nullptr, this, nullptr);
        disconnect(m_document->changes(), nullptr, this, nullptr);
    }
    m_document = document;
    m_filterModel->setBacklogModel(document ? document->backlogModel() : nullptr);
    if (!document)
        return;
    connect(document->backlogModel(), &BacklogModel::editRefused, this, &BacklogPanel::errorOccurred);
    connect(document->backlogModel(), &QAbstractItemModel::modelReset, this, &BacklogPanel::refreshLabels);
    // Once an item's texts change, the index is asked again: what it finds now joins what it
    // found, so that an item being edited does not vanish under the Product Owner's hands.
    connect(document->changes(), &ChangeChannel::changed, this, [this](const DocumentChange &change) {
        if (change.what != DocumentChange::What::ItemFields && change.what != DocumentChange::What::Archive)
            return;
        m_refreshFullText = true;
        m_fullTextSearch.start();
    });
    m_fullText.clear();
    refreshLabels();
    applyFilter();
}

void BacklogPanel::refreshLabels()
{
    QSet<QString> labels;
    QStringList epics;
    for (const BacklogRow &row : m_document->backlogModel()->rows()) {
        if (row.type == ItemType::Epic)
            epics.append(row.title);
        if (row.labels.isEmpty())
            continue;
        for (const QString &label : row.labels.split(QStringLiteral(", "), Qt::SkipEmptyParts))
            labels.insert(label);
    }
    QStringList sorted(labels.cbegin(), labels.cend());
    sorted.sort(Qt::CaseInsensitive);
    m_filterBar->setLabels(sorted);
    m_filterBar->setEpics(epics);
}

void BacklogPanel::applyFilter()
{
    const BacklogFilter filter = m_filterBar->filter();
    // Terms searched before keep their matches (a term typed on from one has fewer, which
    // the index then says).
    FullTextMatches known;
    const QString keyPrefix = m_document ? m_document->backlogModel()->keyPrefix() : QString();
    for (const SearchQuery::Term &term : SearchQuery::parse(filter.text, keyPrefix).terms) {
        const auto found = m_fullText.constFind(term.text);
        if (found != m_fullText.cend())
            known.insert(term.text, *found);
    }
    m_fullText = known;
    m_filterModel->setFilter(filter, known);
    if (!unsearchedTerms().isEmpty())
        m_fullTextSearch.start();
    else
        m_fullTextSearch.stop();
}

QStringList BacklogPanel::unsearchedTerms() const
{
    QStringList terms;
    if (!m_document)
        return terms;
    const SearchQuery query = SearchQuery::parse(m_filterBar->filter().text, m_document->backlogModel()->keyPrefix());
    for (const SearchQuery::Term &term : query.terms) {
        if (!term.number && term.text.size() >= ItemRepository::minimumTextSearch && !m_fullText.contains(term.text))
            terms.append(term.text);
    }
    return terms;
}

void BacklogPanel::searchFullText()
{
    if (!m_document)
        return;
    const bool refresh = std::exchange(m_refreshFullText, false);
    QStringList terms = unsearchedTerms();
    if (refresh)
        terms += m_fullText.keys();
    if (terms.isEmpty())
        return;
    const ItemRepository items(m_document->database());
    for (const QString &term : std::as_const(terms)) {
        auto ids = items.idsWithText(term);
        if (!ids) {
            emit errorOccurred(ids.errorMessage());
            return;
        }
        m_fullText[term].unite(*ids);
    }
    m_filterModel->setFilter(m_filterBar->filter(), m_fullText);
}

void BacklogPanel::showFilterProblems()
{
    const QString keyPrefix = m_document ? m_document->backlogModel()->keyPrefix() : QString();
    const QStringList problems = SearchQuery::parse(m_filterBar->filter().text, keyPrefix).problems;
    m_noMatches->setText(problems.isEmpty() ? tr("No item matches the filter.") : problems.join(QLatin1Char('\n')));
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
