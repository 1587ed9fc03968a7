#pragma once

#include "services/backloghealth.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace Ordo {

class ProductDocument;

// Backlog health at a glance: one card per check (ready share, unestimated
// and oversized items near the top, unlinked and stale items, dependency
// order, stability of the top 20, runway), warnings first. A card's button
// selects the items behind it in the backlog. Computed in core from the
// backlog and its history, and recomputed shortly after changes while shown.
class HealthPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HealthPanel(QWidget *parent = nullptr);

    void setDocument(ProductDocument *document);
    // Recomputes now (the panel also does it by itself when shown and after changes).
    void refresh();
    const Health::Report &report() const { return m_report; }
    // The "Show items" button of a finding's card, for tests (nullptr if none).
    QPushButton *showButton(Health::Kind kind) const;

signals:
    void itemsRequested(const QList<ItemId> &ids);
    void cleanUpRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void rebuild();
    QWidget *card(const Health::Finding &finding);

    // The order history, read once and then only what is new (it is append-only
    // except when an item is deleted for good, which reads it all again).
    const QList<HistoryEntry> &orderingHistory();

    ProductDocument *m_document = nullptr;
    Health::Report m_report;
    QList<HistoryEntry> m_history;
    qint64 m_historyLastId = 0;
    QLabel *m_overview;
    QVBoxLayout *m_cards;
    QHash<int, QPushButton *> m_showButtons;
    bool m_stale = true;
    QTimer *m_timer;
};

} // namespace Ordo
