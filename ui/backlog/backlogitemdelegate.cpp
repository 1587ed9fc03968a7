#include "backlogitemdelegate.h"

#include "backlog/backlogmodel.h"
#include "itemappearance.h"
#include "searchhighlight.h"
#include "story/scoringeditor.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>

namespace Ordo {

void BacklogItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (m_highlightTerms.isEmpty()
        || (index.column() != BacklogModel::TitleColumn && index.column() != BacklogModel::LabelsColumn)) {
        return;
    }
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    SearchHighlight::paintCell(painter, cell, m_highlightTerms);
}

QList<double> BacklogItemDelegate::estimateScale() { return {0, 0.5, 1, 2, 3, 5, 8, 13, 20, 40, 100}; }

QWidget *BacklogItemDelegate::createEditor(QWidget *parent,
                                           const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    switch (index.column()) {
    case BacklogModel::TypeColumn: {
        auto *combo = new QComboBox(parent);
        for (ItemType type : allItemTypes)
            combo->addItem(Appearance::typeIcon(type), displayName(type), int(type));
        return combo;
    }
    case BacklogModel::StatusColumn: {
        auto *combo = new QComboBox(parent);
        for (ItemStatus status : allItemStatuses)
            combo->addItem(displayName(status), int(status));
        return combo;
    }
    case BacklogModel::EstimateColumn: {
        auto *combo = new QComboBox(parent);
        //: The estimate of an item that is not estimated yet
        combo->addItem(tr("?"), QVariant());
        const QLocale locale;
        for (double points : estimateScale())
            combo->addItem(locale.toString(points), points);
        return combo;
    }
    default:
        if (const auto field = BacklogModel::scoreFieldOf(index.column())) {
            if (ScoringEditor::isNumber(*field))
                return ScoringEditor::numberField(parent);
            return ScoringEditor::choices(*field, parent);
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void BacklogItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QVariant value = index.data(Qt::EditRole);
        const int at = combo->findData(value);
        combo->setCurrentIndex(at >= 0 ? at : 0);
        return;
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor); line && BacklogModel::scoreFieldOf(index.column())) {
        // In the user's locale ("2,5" in German), as numberOf() reads it back.
        const QVariant value = index.data(Qt::EditRole);
        line->setText(ScoringEditor::numberText(value.isNull() ? std::nullopt
                                                               : std::optional<double>(value.toDouble())));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void BacklogItemDelegate::setModelData(QWidget *editor,
                                       QAbstractItemModel *model,
                                       const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (BacklogModel::scoreFieldOf(index.column())) {
            // A score: empty clears it, anything else must be a number.
            if (const auto value = ScoringEditor::numberOf(line->text()))
                model->setData(index, *value, Qt::EditRole);
            return;
        }
        if (line->text().trimmed().isEmpty())
            return; // an empty title is not a title: keep the old one
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Ordo
