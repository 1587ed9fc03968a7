#pragma once

#include "domain/item.h"

#include "editorcommand.h"

namespace Ordo {

// Moves items to directly below an anchor item (0: the top of the backlog).
//
// The command remembers neighbours by id, not order keys: undo puts every
// run of moved items back below the item that was above it, so undo restores
// the exact previous order even if keys were rebalanced in between.
class MoveItemsCommand : public EditorCommand
{
public:
    // How the moved items are ordered below the anchor.
    enum class Order {
        Backlog, // as they are in the backlog (a drag, a keyboard move)
        AsGiven, // as in `ids` (a proposed order applied)
    };

    MoveItemsCommand(BacklogEditor &editor,
                     const QList<ItemId> &ids,
                     ItemId anchor,
                     Order order = Order::Backlog,
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // True if the move would leave the order as it is.
    bool changesNothing() const;

private:
    struct Run
    {
        ItemId above = 0; // the item above the run before the move (0: the top)
        QList<ItemId> ids;
    };

    static constexpr qsizetype maxRunsPlacedOneByOne = 8;

    QList<ItemId> m_ids;
    ItemId m_anchor;
    QList<Run> m_runs;
    // With many runs: every item from the first moved one to the last, in the
    // order before the move, and the item above them (0: the top).
    QList<ItemId> m_span;
    ItemId m_spanAbove = 0;
};

} // namespace Ordo
