#pragma once

#include "presentedpage.h"

class QListWidget;

namespace Ordo {

// The running sprint's board on the wall: To Do, In Progress, In Review (when the product uses
// it) and Done, each with its count and points, the cards as large rows. Left and Right go between
// the columns, Up and Down through the cards; the chosen card shows in the Product Owner's window.
class PresentedBoard : public PresentedPage
{
    Q_OBJECT

public:
    explicit PresentedBoard(QWidget *parent = nullptr);

    void setDocument(ProductDocument *document) override;
    QString step() const override;
    SprintId sprint() const override { return m_sprint; }
    ItemId currentItem() const override;
    void showItem(ItemId id) override;

    // The columns shown, left to right, with their statuses.
    QList<QListWidget *> columns() const;
    QList<QLabel *> columnTitles() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

protected:
    void refresh() override;

private:

    ProductDocument *m_document = nullptr;
    QMetaObject::Connection m_changes;
    SprintId m_sprint = 0;
    QLabel *m_goal;
    struct Column
    {
        QList<ItemStatus> statuses;
        QLabel *title = nullptr;
        QListWidget *list = nullptr;
        QWidget *box = nullptr;
    };
    QList<Column> m_columns;
};

} // namespace Ordo
