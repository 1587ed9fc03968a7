#pragma once

#include <QStyledItemDelegate>

namespace Ordo {

// Editors for editing the backlog in place: a combo box with icons for the
// type and status, the estimation scale for the estimate (with "?" for not
// estimated), a line edit for the title.
class BacklogItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent,
                          const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor,
                      QAbstractItemModel *model,
                      const QModelIndex &index) const override;

    // The estimates offered (Fibonacci-like scale).
    static QList<double> estimateScale();
};

} // namespace Ordo
