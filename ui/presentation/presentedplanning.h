#pragma once

#include "presentedpage.h"

class QListWidget;

namespace Ordo {

class CapacityBar;

// Sprint Planning on the wall: the sprint goal large at the top, what the sprint holds against
// its capacity and the team's velocity, the sprint's items as large rows, and below a line the
// next items of the Product Backlog. Ctrl+Shift+Up (or Return) pulls the chosen backlog item in,
// Ctrl+Shift+Down (or Delete) gives the chosen sprint item back; Tab goes between the lists.
class PresentedPlanning : public PresentedPage
{
    Q_OBJECT

public:
    explicit PresentedPlanning(QWidget *parent = nullptr);

    void setDocument(ProductDocument *document) override;
    QString step() const override;
    SprintId sprint() const override { return m_sprint; }
    ItemId currentItem() const override;
    void showItem(ItemId id) override;

    QListWidget *sprintList() const { return m_sprintList; }
    QListWidget *backlogList() const { return m_backlogList; }
    QLabel *goalLabel() const { return m_goal; }
    CapacityBar *capacityBar() const { return m_capacity; }

    bool pullCurrent();
    bool giveBackCurrent();

    // How many of the next backlog items are shown below the sprint's.
    static constexpr int nextItems = 6;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

protected:
    void refresh() override;

private:
    // Pulls the chosen backlog item into the sprint (`into`), or gives the chosen sprint item back.
    bool moveCurrent(bool into);

    ProductDocument *m_document = nullptr;
    QMetaObject::Connection m_changes;
    SprintId m_sprint = 0;
    QLabel *m_goal;
    QLabel *m_dates;
    CapacityBar *m_capacity;
    QLabel *m_capacityText;
    QLabel *m_sprintTitle;
    QListWidget *m_sprintList;
    QLabel *m_backlogTitle;
    QListWidget *m_backlogList;
};

} // namespace Ordo
