#pragma once

#include "domain/item.h"

#include <QWidget>

#include <optional>

class QListView;

namespace Ordo {

class EpicsModel;
class ProductDocument;

// The epics panel: every epic with its progress. Selecting an epic filters
// the backlog to it; dropping backlog items on an epic assigns them.
class EpicsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EpicsPanel(QWidget *parent = nullptr);

    void setDocument(ProductDocument *document);
    EpicsModel *model() const { return m_model; }
    QListView *view() const { return m_view; }

signals:
    // epic set: only that epic's items; withoutEpic: only items with no epic; neither: all.
    void epicFilterChanged(std::optional<ItemId> epic, bool withoutEpic);
    void errorOccurred(const QString &message);

private:
    void selectionChanged();

    EpicsModel *m_model;
    QListView *m_view;
};

} // namespace Ordo
