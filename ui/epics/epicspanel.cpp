#include "epicspanel.h"

#include "epics/epicsmodel.h"
#include "productdocument.h"
#include "backlog/backlogmodel.h"

#include <QApplication>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace Ordo {
namespace {

// Title, a thin progress bar and a one-line summary per epic.
class EpicDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        opt.text.clear();
        opt.icon = QIcon();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = option.state & QStyle::State_Selected;
        const QPalette &palette = option.palette;
        const QRect r = option.rect.adjusted(10, 6, -10, -6);
        const QFontMetrics metrics(option.font);
        const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
        int x = r.left();
        if (!icon.isNull()) {
            icon.paint(painter, QRect(x, r.top() + 1, 16, 16));
            x += 22;
        }
        painter->save();
        QFont bold = option.font;
        bold.setWeight(QFont::DemiBold);
        painter->setFont(bold);
        painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(QRect(x, r.top(), r.right() - x, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, r.right() - x));
        const int barTop = r.top() + metrics.height() + 5;
        const QRect bar(r.left(), barTop, r.width(), 5);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? palette.color(QPalette::HighlightedText).darker(130) : palette.color(QPalette::Mid).lighter(130));
        painter->drawRoundedRect(bar, 2.5, 2.5);
        const double progress = index.data(EpicsModel::ProgressRole).toDouble();
        if (progress > 0) {
            painter->setBrush(QColor(0x2E, 0x9E, 0x6B));
            painter->drawRoundedRect(QRect(bar.left(), bar.top(), qMax(5, int(bar.width() * progress)), bar.height()), 2.5, 2.5);
        }
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.9);
        painter->setFont(small);
        painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        const QString summary = index.data(EpicsModel::SummaryRole).toString();
        painter->drawText(QRect(r.left(), barTop + 9, r.width(), QFontMetrics(small).height()), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(small).elidedText(summary, Qt::ElideRight, r.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics metrics(option.font);
        return QSize(metrics.averageCharWidth() * 24, 12 + metrics.height() * 2 + 14);
    }
};

} // namespace

EpicsPanel::EpicsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new EpicsModel(this))
    , m_view(new QListView(this))
{
    setObjectName(QStringLiteral("epicsPanel"));
    m_view->setObjectName(QStringLiteral("epicsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new EpicDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DropOnly);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setToolTip(tr("Select an epic to see its items; drop items on an epic to assign them."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &EpicsPanel::selectionChanged);
    connect(m_model, &EpicsModel::dropRefused, this, &EpicsPanel::errorOccurred);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->setCurrentIndex(m_model->index(0));
    });
}

void EpicsPanel::setDocument(ProductDocument *document)
{
    if (!document) {
        m_model->setBacklog(nullptr, nullptr, nullptr);
        return;
    }
    m_model->setBacklog(document->backlogModel(), document->editor(), document->undoStack());
    m_view->setCurrentIndex(m_model->index(0));
}

void EpicsPanel::selectionChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        emit epicFilterChanged(std::nullopt, false);
        return;
    }
    switch (EpicsModel::Kind(current.data(EpicsModel::KindRole).toInt())) {
    case EpicsModel::Kind::AllItems: emit epicFilterChanged(std::nullopt, false); break;
    case EpicsModel::Kind::NoEpic: emit epicFilterChanged(std::nullopt, true); break;
    case EpicsModel::Kind::Epic:
        emit epicFilterChanged(current.data(EpicsModel::EpicIdRole).toLongLong(), false);
        break;
    }
}

} // namespace Ordo
