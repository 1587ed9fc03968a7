#include "storycommands.h"

#include "backlogeditor.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace Ordo {

MoveCriterionCommand::MoveCriterionCommand(BacklogEditor &editor, ItemId item, int from, int to)
    : EditorCommand(editor)
    , m_item(item)
    , m_from(from)
    , m_to(to)
{
    setText(QCoreApplication::translate("Ordo::Commands", "Reorder Acceptance Criteria"));
}

void MoveCriterionCommand::redo() { finish(m_editor.moveCriterion(m_item, m_from, m_to)); }

void MoveCriterionCommand::undo() { finish(m_editor.moveCriterion(m_item, m_to, m_from)); }

ChangeProductCommand::ChangeProductCommand(BacklogEditor &editor, Product product)
    : EditorCommand(editor)
    , m_old(editor.product())
    , m_new(std::move(product))
{
    setText(QCoreApplication::translate("Ordo::Commands", "Change Product Settings"));
}

bool ChangeProductCommand::changesNothing() const
{
    return m_old == m_new;
}

void ChangeProductCommand::redo() { finish(m_editor.setProduct(m_new)); }

void ChangeProductCommand::undo() { finish(m_editor.setProduct(m_old)); }

RecordDecisionCommand::RecordDecisionCommand(BacklogEditor &editor, Decision decision)
    : EditorCommand(editor)
    , m_decision(std::move(decision))
{
    setText(QCoreApplication::translate("Ordo::Commands", "Record Decision"));
}

void RecordDecisionCommand::redo()
{
    // A redo brings it back with its first date, so the log keeps its order.
    if (!m_decision.decidedAt.isValid())
        m_decision.decidedAt = m_editor.database().now();
    auto added = m_editor.addDecision(m_decision);
    if (added)
        m_decision.id = *added; // a redo brings it back with the same id
    finish(added ? success() : Status(added.error()));
}

void RecordDecisionCommand::undo() { finish(m_editor.removeDecision(m_decision.id)); }

} // namespace Ordo
