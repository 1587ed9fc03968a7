#pragma once

#include <QStyledItemDelegate>

namespace Ordo {

// Editors for editing the backlog in place: a combo box with icons for the
// type and status, the estimation scale for the estimate (with "?" for not
// estimated), a line edit for the title. It marks the words searched for in
// the title and labels.
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

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The words searched for (case-folded), marked where they occur.
    void setHighlightTerms(const QStringList &terms) { m_highlightTerms = terms; }
    const QStringList &highlightTerms() const { return m_highlightTerms; }

    // The estimates offered (Fibonacci-like scale).
    static QList<double> estimateScale();

private:
    QStringList m_highlightTerms;
};

} // namespace Ordo
