#include "backlogview.h"

#include "backlog/backlogmodel.h"
#include "backlog/statusdelegate.h"

#include <QHeaderView>

namespace Ordo {

BacklogView::BacklogView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("backlogView"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setCornerButtonEnabled(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setIconSize(QSize(16, 16));

    // Uniform row heights: the view never measures 100,000 rows.
    QHeaderView *rows = verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 14);

    QHeaderView *columns = horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(false);
    columns->setSectionsMovable(true);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
}

void BacklogView::setBacklogModel(BacklogModel *model)
{
    setModel(model);
    setItemDelegateForColumn(BacklogModel::StatusColumn, new StatusDelegate(this));
    horizontalHeader()->setSectionResizeMode(BacklogModel::TitleColumn, QHeaderView::Stretch);
    applyDefaultWidths();
}

void BacklogView::applyDefaultWidths()
{
    const QFontMetrics metrics = fontMetrics();
    const auto widthFor = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    setColumnWidth(BacklogModel::PositionColumn, widthFor(QStringLiteral("00000")));
    setColumnWidth(BacklogModel::KeyColumn, widthFor(QStringLiteral("ORD-00000")));
    setColumnWidth(BacklogModel::TypeColumn, widthFor(QStringLiteral("Technical debt")) + 16);
    setColumnWidth(BacklogModel::EpicColumn, widthFor(QStringLiteral("Checkout and payment")));
    setColumnWidth(BacklogModel::EstimateColumn, widthFor(QStringLiteral("Points")));
    setColumnWidth(BacklogModel::StatusColumn, widthFor(QStringLiteral("In progress")) + 16);
    setColumnWidth(BacklogModel::LabelsColumn, widthFor(QStringLiteral("checkout, mobile")));
}

QByteArray BacklogView::saveLayout() const { return horizontalHeader()->saveState(); }

void BacklogView::restoreLayout(const QByteArray &state)
{
    if (!state.isEmpty())
        horizontalHeader()->restoreState(state);
}

} // namespace Ordo
