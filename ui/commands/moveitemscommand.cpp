#include "moveitemscommand.h"

#include "backlog/backlogmodel.h"
#include "backlogeditor.h"

#include <QCoreApplication>
#include <QSet>

namespace Ordo {

MoveItemsCommand::MoveItemsCommand(BacklogEditor &editor,
                                   const QList<ItemId> &ids,
                                   ItemId anchor,
                                   Order order,
                                   QUndoCommand *parent)
    : EditorCommand(editor, parent)
    , m_anchor(anchor)
{
    // Keep the moved items in their backlog order, and remember where each run of them was.
    const BacklogModel &model = editor.model();
    QList<std::pair<int, ItemId>> byRow;
    const QHash<ItemId, int> rows = model.rowsOf(ids);
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (it.value() >= 0)
            byRow.append({it.value(), it.key()});
    }
    std::sort(byRow.begin(), byRow.end());
    int previousRow = -2;
    for (const auto &[row, id] : std::as_const(byRow)) {
        if (order == Order::Backlog)
            m_ids.append(id);
        if (row != previousRow + 1)
            m_runs.append(Run{row > 0 ? model.rowAt(row - 1).id : 0, {}});
        m_runs.last().ids.append(id);
        previousRow = row;
    }
    if (order == Order::AsGiven) {
        QSet<ItemId> taken;
        for (ItemId id : ids) {
            if (rows.value(id, -1) >= 0 && !taken.contains(id)) {
                taken.insert(id);
                m_ids.append(id);
            }
        }
    }
    // Many runs that fill most of their span (a whole proposal applied): undo puts the span
    // back in one placement instead of one per run. A few items scattered over a long
    // backlog go back run by run, so the items between them keep their keys.
    const int first = byRow.isEmpty() ? 0 : byRow.front().first;
    const int last = byRow.isEmpty() ? -1 : byRow.back().first;
    if (m_runs.size() > maxRunsPlacedOneByOne && last - first + 1 <= 2 * byRow.size()) {
        m_spanAbove = first > 0 ? model.rowAt(first - 1).id : 0;
        m_span.reserve(last - first + 1);
        for (int row = first; row <= last; ++row)
            m_span.append(model.rowAt(row).id);
    }
    setText(QCoreApplication::translate("Ordo::Commands", "Move %n item(s)", nullptr, int(m_ids.size())));
}

bool MoveItemsCommand::changesNothing() const
{
    // One run placed where it is, in the order it has.
    return m_ids.isEmpty()
           || (m_runs.size() == 1 && m_runs.front().above == m_anchor && m_runs.front().ids == m_ids);
}

void MoveItemsCommand::redo() { finish(m_editor.placeItems(m_ids, m_anchor)); }

void MoveItemsCommand::undo()
{
    if (!m_span.isEmpty()) {
        finish(m_editor.placeItems(m_span, m_spanAbove));
        return;
    }
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
