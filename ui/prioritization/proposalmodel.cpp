#include "proposalmodel.h"

#include "backlog/backlogmodel.h"
#include "domain/scoring.h"
#include "productdocument.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QMimeData>

namespace Ordo {
namespace {

constexpr int topCount = 10;

QString number(double value) { return QLocale().toString(value, 'f', value < 10 ? 1 : 0); }

} // namespace

ProposalModel::ProposalModel(Side side, QObject *parent)
    : QAbstractTableModel(parent)
    , m_side(side)
{
}

void ProposalModel::setProposal(const ProductDocument *document, const Prioritization::Proposal &proposal)
{
    beginResetModel();
    m_document = document;
    m_proposal = proposal;
    endResetModel();
}

const QList<ItemId> &ProposalModel::ids() const
{
    return m_side == Side::Today ? m_proposal.current : m_proposal.proposed;
}

ItemId ProposalModel::idAt(int row) const { return row >= 0 && row < ids().size() ? ids().at(row) : 0; }

int ProposalModel::rowOf(ItemId id) const
{
    return m_side == Side::Today ? m_proposal.currentIndex(id) : m_proposal.proposedIndex(id);
}

int ProposalModel::shiftOf(ItemId id) const
{
    const int from = m_proposal.currentIndex(id);
    const int to = m_proposal.proposedIndex(id);
    return from < 0 || to < 0 ? 0 : from - to;
}

const BacklogRow *ProposalModel::rowFor(ItemId id) const
{
    if (!m_document)
        return nullptr;
    const BacklogModel *model = m_document->backlogModel();
    const int row = model->rowOf(id);
    return row >= 0 ? &model->rowAt(row) : nullptr;
}

QString ProposalModel::basis(const BacklogRow &row, Prioritization::Scheme scheme)
{
    using Prioritization::Scheme;
    const Scores scores = row.scores();
    const auto wsjf = Scoring::wsjf(scores, row.estimateValue());
    switch (scheme) {
    case Scheme::Wsjf:
        return wsjf ? number(*wsjf) : QString();
    case Scheme::ValueForEffort: {
        const auto ve = Scoring::valueForEffort(scores);
        return ve ? number(*ve) : QString();
    }
    case Scheme::MoscowThenWsjf: {
        QStringList parts;
        if (scores.moscow)
            parts.append(displayName(*scores.moscow));
        if (wsjf)
            parts.append(number(*wsjf));
        return parts.join(QStringLiteral(" · "));
    }
    case Scheme::Kano: {
        if (!scores.kano)
            return {};
        QString text = displayName(*scores.kano);
        if (scores.value && *scores.kano != KanoCategory::MustBe)
            //: Kano category and value, e.g. "Performance · value 8"
            text = tr("%1 · value %2").arg(text, number(*scores.value));
        return text;
    }
    }
    return {};
}

QString ProposalModel::basisHeader(Prioritization::Scheme scheme)
{
    switch (scheme) {
    case Prioritization::Scheme::Wsjf: return tr("WSJF");
    case Prioritization::Scheme::ValueForEffort: return tr("Value/effort");
    case Prioritization::Scheme::MoscowThenWsjf: return tr("MoSCoW · WSJF");
    case Prioritization::Scheme::Kano: return tr("Kano");
    }
    return {};
}

int ProposalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ids().size());
}

int ProposalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProposalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ItemId id = ids().at(index.row());
    const int shift = shiftOf(id);
    const int from = m_proposal.currentIndex(id);
    const int to = m_proposal.proposedIndex(id);
    // Today: items leaving the top ten. Proposed: items entering it.
    const bool leavesTop = m_side == Side::Today && from < topCount && to >= topCount;
    const bool entersTop = m_side == Side::Proposed && to < topCount && from >= topCount;

    switch (role) {
    case ItemIdRole: return id;
    case ShiftRole: return shift;
    case Qt::DisplayRole: {
        const BacklogRow *row = rowFor(id);
        switch (index.column()) {
        case PlaceColumn: return QLocale().toString(index.row() + 1);
        case MoveColumn:
            if (shift == 0)
                return QString();
            //: An item's move in the proposed order: ▲ 3 places up, ▼ 2 places down
            return shift > 0 ? tr("▲ %1").arg(QLocale().toString(shift))
                             : tr("▼ %1").arg(QLocale().toString(-shift));
        case KeyColumn: return row && m_document ? m_document->backlogModel()->keyOf(*row) : QString();
        case TitleColumn: return row ? row->title : QString();
        case BasisColumn: {
            if (!row)
                return QString();
            const QString text = basis(*row, m_proposal.scheme);
            return text.isEmpty() ? tr("–") : text;
        }
        }
        return {};
    }
    case Qt::ToolTipRole: {
        if (index.column() == BasisColumn) {
            const BacklogRow *row = rowFor(id);
            if (row && basis(*row, m_proposal.scheme).isEmpty())
                return tr("Not scored for this scheme: it goes below the scored items, in today's order.");
        }
        if (shift == 0)
            return tr("Stays at place %1.").arg(QLocale().toString(from + 1));
        const QString move = tr("From place %1 to place %2.").arg(QLocale().toString(from + 1), QLocale().toString(to + 1));
        if (leavesTop)
            return move + QLatin1Char(' ') + tr("Leaves the top ten.");
        if (entersTop)
            return move + QLatin1Char(' ') + tr("New in the top ten.");
        return move;
    }
    case Qt::ForegroundRole:
        if (index.column() == MoveColumn && shift != 0)
            return shift > 0 ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb0, 0x3a, 0x2e);
        if (index.column() == BasisColumn) {
            const BacklogRow *row = rowFor(id);
            if (row && basis(*row, m_proposal.scheme).isEmpty())
                return QColor(Qt::gray);
        }
        if (leavesTop || entersTop)
            return QColor(Qt::black);
        return {};
    case Qt::BackgroundRole:
        if (entersTop)
            return QColor(0xdf, 0xf3, 0xe3);
        if (leavesTop)
            return QColor(0xfb, 0xe4, 0xe1);
        return {};
    case Qt::FontRole:
        if (index.column() == MoveColumn && shift != 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PlaceColumn || index.column() == MoveColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant ProposalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    //: Column header: the place in the order
    case PlaceColumn: return tr("#");
    case MoveColumn: return m_side == Side::Today ? tr("Goes") : tr("Moves");
    case KeyColumn: return tr("Key");
    case TitleColumn: return tr("Title");
    case BasisColumn: return basisHeader(m_proposal.scheme);
    }
    return {};
}

Qt::ItemFlags ProposalModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_side == Side::Proposed && index.isValid() && !m_proposal.isRefused())
        flags |= Qt::ItemIsDragEnabled;
    if (m_side == Side::Today && !index.isValid())
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QStringList ProposalModel::mimeTypes() const { return {BacklogModel::itemIdsMimeType()}; }

QMimeData *ProposalModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && !rows.contains(index.row()))
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    QList<ItemId> result;
    for (int row : std::as_const(rows))
        result.append(idAt(row));
    return result.isEmpty() ? nullptr : BacklogModel::mimeDataFor(result);
}

Qt::DropActions ProposalModel::supportedDragActions() const { return Qt::MoveAction | Qt::CopyAction; }

Qt::DropActions ProposalModel::supportedDropActions() const { return Qt::MoveAction | Qt::CopyAction; }

bool ProposalModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const
{
    if (m_side != Side::Today || !m_document)
        return false;
    const QList<ItemId> dropped = BacklogModel::itemIdsFromMimeData(data);
    return !dropped.isEmpty() && std::all_of(dropped.cbegin(), dropped.cend(), [this](ItemId id) {
        return m_proposal.currentIndex(id) >= 0;
    });
}

bool ProposalModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<ItemId> dropped = BacklogModel::itemIdsFromMimeData(data);
    if (row < 0)
        row = parent.isValid() ? parent.row() : rowCount();
    // Directly below the nearest item above the drop that is not moving; at
    // the top, where today's first plannable item is.
    ItemId anchor = 0;
    int above = row - 1;
    while (above >= 0 && dropped.contains(idAt(above)))
        --above;
    const BacklogModel *backlog = m_document->backlogModel();
    if (above >= 0) {
        anchor = idAt(above);
    } else {
        const int first = backlog->rowOf(m_proposal.current.front());
        anchor = first > 0 ? backlog->rowAt(first - 1).id : 0;
    }
    const QString text = dropped.size() == 1
                             //: Undo step: %1 is an item key
                             ? tr("Move %1 Across From the Proposal").arg(backlog->keyOf(backlog->rowAt(backlog->rowOf(dropped.front()))))
                             : tr("Move %n Item(s) Across From the Proposal", nullptr, int(dropped.size()));
    const Status moved = Commands::reorder(m_document->commands(), dropped, anchor, text);
    if (!moved)
        emit errorOccurred(moved.errorMessage());
    // The dialog recomputes the proposal from the moved backlog.
    return bool(moved);
}

} // namespace Ordo
