#pragma once

#include "domain/item.h"
#include "services/backlogfilter.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;

namespace Ordo {

class BacklogFilterModel;
class BacklogView;
class FilterBar;
class ProductDocument;
class QuickAddBar;

// The Product Backlog screen: filter bar, quick add and the ordered table.
class BacklogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BacklogPanel(QWidget *parent = nullptr);

    void setDocument(ProductDocument *document);
    BacklogView *view() const { return m_view; }
    BacklogFilterModel *filterModel() const { return m_filterModel; }
    FilterBar *filterBar() const { return m_filterBar; }

    void focusFilter();
    void openQuickAdd();
    void setEpicFilter(std::optional<ItemId> epic, bool withoutEpic);
    // Selects the items, clearing the filter first if it hides any of them.
    void showItems(const QList<ItemId> &ids);

signals:
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);
    // The words searched for (case-folded), for the story editor to mark.
    void highlightTermsChanged(const QStringList &terms);

private:
    void applyFilter();
    // The search terms the full-text index has not been asked about yet.
    QStringList unsearchedTerms() const;
    void searchFullText();
    void showFilterProblems();
    void addItem(ItemType type, const QString &title);
    void refreshLabels();

    ProductDocument *m_document = nullptr;
    FilterBar *m_filterBar;
    QuickAddBar *m_quickAdd;
    BacklogView *m_view;
    BacklogFilterModel *m_filterModel;
    QLabel *m_noMatches;
    QTimer m_fullTextSearch;  // the index search, right after the keystroke's in-memory filter
    FullTextMatches m_fullText; // what the index found, by term, while the term is searched for
    bool m_refreshFullText = false; // texts changed: ask the index again for every term
};

} // namespace Ordo
