#include "moveitemscommand.h"

#include "backlog/backlogmodel.h"
#include "backlogeditor.h"

#include <QCoreApplication>
#include <QSet>

namespace Ordo {

MoveItemsCommand::MoveItemsCommand(BacklogEditor &editor,
                                   const QList<ItemId> &ids,
                                   ItemId anchor,
                                   QUndoCommand *parent)
    : EditorCommand(editor, parent)
    , m_anchor(anchor)
{
    // Keep the moved items in their backlog order, and remember where each run of them was.
    const BacklogModel &model = editor.model();
    QList<std::pair<int, ItemId>> byRow;
    for (ItemId id : ids) {
        const int row = model.rowOf(id);
        if (row >= 0)
            byRow.append({row, id});
    }
    std::sort(byRow.begin(), byRow.end());
    int previousRow = -2;
    for (const auto &[row, id] : std::as_const(byRow)) {
        m_ids.append(id);
        if (row != previousRow + 1)
            m_runs.append(Run{row > 0 ? model.rowAt(row - 1).id : 0, {}});
        m_runs.last().ids.append(id);
        previousRow = row;
    }
    setText(QCoreApplication::translate("Ordo::Commands", "Move %n item(s)", nullptr, int(m_ids.size())));
}

bool MoveItemsCommand::changesNothing() const
{
    return m_ids.isEmpty() || (m_runs.size() == 1 && m_runs.front().above == m_anchor);
}

void MoveItemsCommand::redo() { finish(m_editor.placeItems(m_ids, m_anchor)); }

void MoveItemsCommand::undo()
{
    // Runs go back top to bottom; each anchor is an item that did not move.
    for (const Run &run : std::as_const(m_runs)) {
        const Status placed = m_editor.placeItems(run.ids, run.above);
        if (!placed) {
            finish(placed);
            return;
        }
    }
}

} // namespace Ordo
