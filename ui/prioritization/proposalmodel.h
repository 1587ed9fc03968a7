#pragma once

#include "services/prioritization.h"

#include <QAbstractTableModel>

namespace Ordo {

class ProductDocument;

// One side of a proposed order: today's order of the plannable items, or the
// proposed one, with each item's move. Items dragged from the proposed side
// and dropped on today's side move in the backlog (an undoable step).
class ProposalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Side { Today, Proposed };
    enum Column { PlaceColumn, MoveColumn, KeyColumn, TitleColumn, BasisColumn, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, ShiftRole /* int: places up (+) or down (−) */ };

    explicit ProposalModel(Side side, QObject *parent = nullptr);

    // The proposal for the document's backlog; the model keeps the document's rows by reference.
    void setProposal(const ProductDocument *document, const Prioritization::Proposal &proposal);
    const Prioritization::Proposal &proposal() const { return m_proposal; }
    Side side() const { return m_side; }
    ItemId idAt(int row) const;
    int rowOf(ItemId id) const;

    // Places up (positive) or down (negative) the item moves in the proposal.
    int shiftOf(ItemId id) const;
    // What the scheme ranks the item by, e.g. "Must · 4.3" (empty if unscored).
    static QString basis(const BacklogRow &row, Prioritization::Scheme scheme);
    static QString basisHeader(Prioritization::Scheme scheme);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    void errorOccurred(const QString &message);

private:
    const QList<ItemId> &ids() const;
    const BacklogRow *rowFor(ItemId id) const;

    Side m_side;
    const ProductDocument *m_document = nullptr;
    Prioritization::Proposal m_proposal;
};

} // namespace Ordo
