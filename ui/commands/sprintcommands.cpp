#include "sprintcommands.h"

#include "backlog/backlogmodel.h"
#include "commandids.h"
#include "services/reviewoperations.h"
#include "storage/reviewrepository.h"
#include "sprinteditor.h"
#include "storage/database.h"

#include <QCoreApplication>
#include "access.h"

#include <QUndoStack>

namespace Ordo {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("Ordo::SprintCommands", text); }

} // namespace

SprintChangeCommand::SprintChangeCommand(SprintEditor &editor, SprintChange change, const QString &text, SprintId mergeSprint)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_after(std::move(change))
    , m_mergeSprint(mergeSprint)
{}

void SprintChangeCommand::redo()
{
    if (!m_done) {
        m_before = SprintOperations::before(m_after, m_editor.model().rows(), m_editor.sprints(), {});
        // What the review holds now is the undo; unread, the step is not taken.
        auto recorded = m_editor.recordedNow(m_after.reviews);
        if (!recorded) {
            m_done = true;
            m_error = recorded.error().message;
            if (m_sink)
                *m_sink = m_error;
            setObsolete(true);
            return;
        }
        m_before.reviews = *recorded;
    }
    auto added = m_editor.apply(m_after);
    if (!m_done) {
        m_done = true;
        if (!added) {
            m_error = added.errorMessage();
            if (m_sink)
                *m_sink = m_error;
            setObsolete(true);
            return;
        }
        // Redo adds the same decisions again, undo takes exactly those back.
        for (qsizetype i = 0; i < m_after.decisions.size() && i < added->size(); ++i)
            m_after.decisions[i].id = added->at(i);
        m_before.removedDecisions = *added;
        return;
    }
    m_editor.report(added ? success() : Status(added.error()));
}

void SprintChangeCommand::undo()
{
    auto undone = m_editor.apply(m_before);
    m_editor.report(undone ? success() : Status(undone.error()));
}

int SprintChangeCommand::id() const { return m_mergeSprint ? int(CommandId::EditSprint) : -1; }

bool SprintChangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const SprintChangeCommand *>(other);
    if (edit->m_mergeSprint != m_mergeSprint || !m_error.isEmpty() || !edit->m_error.isEmpty())
        return false;
    m_after = edit->m_after;
    setText(edit->text());
    return true;
}

namespace SprintCommands {

Status run(const Context &context, const Expected<SprintChange> &change, const QString &text, SprintId mergeSprint)
{
    if (!change)
        return change.error();
    if (change->isEmpty())
        return success();
    auto *command = new SprintChangeCommand(context.editor, *change, text, mergeSprint);
    QString error;
    command->setErrorSink(&error);
    context.stack.push(command); // runs it; deletes it again if it failed (obsolete)
    if (!error.isEmpty())
        return Error{error};
    return success();
}

namespace {

Status allowed(const Context &context, Access::Change change)
{
    return context.access ? context.access->check(change) : success();
}

const QList<BacklogRow> &rowsOf(const Context &context) { return context.editor.model().rows(); }
QDateTime nowOf(const Context &context) { return context.editor.database().now(); }

QString sprintName(const Context &context, SprintId id)
{
    const Sprint *sprint = context.editor.sprint(id);
    return sprint ? sprint->name : QString();
}

} // namespace

Expected<SprintId> createSprint(const Context &context, Sprint sprint)
{
    if (auto allowedNow = allowed(context, Access::Change::Sprints); !allowedNow)
        return allowedNow.error();
    sprint.id = context.editor.nextSprintId();
    sprint.state = SprintState::Planned;
    SprintChange change;
    change.sprints.append(sprint);
    if (auto created = run(context, change, tr("Create “%1”").arg(sprint.name.trimmed())); !created)
        return created.error();
    return sprint.id;
}

Status editSprint(const Context &context, const Sprint &sprint)
{
    if (auto allowedNow = allowed(context, Access::Change::Sprints); !allowedNow)
        return allowedNow.error();
    const Sprint *current = context.editor.sprint(sprint.id);
    if (!current)
        return Error{tr("The sprint no longer exists.")};
    if (current->isOver())
        return Error{tr("“%1” is over: it can no longer be changed.").arg(current->name)};
    if (*current == sprint)
        return success();
    SprintChange change;
    change.sprints.append(sprint);
    return run(context, change, tr("Edit “%1”").arg(sprint.name.trimmed()), sprint.id);
}

Status deleteSprint(const Context &context, SprintId id)
{
    if (auto allowedNow = allowed(context, Access::Change::Sprints); !allowedNow)
        return allowedNow.error();
    const Sprint *sprint = context.editor.sprint(id);
    if (!sprint)
        return Error{tr("The sprint no longer exists.")};
    if (sprint->state != SprintState::Planned)
        return Error{tr("Only a planned sprint can be deleted; a sprint that has started is cancelled or closed instead.")};
    if (!SprintOperations::itemsOf(rowsOf(context), id).isEmpty())
        return Error{tr("“%1” still holds items: move them back to the backlog before deleting it.").arg(sprint->name)};
    SprintChange change;
    change.deletedSprints.append(id);
    return run(context, change, tr("Delete “%1”").arg(sprint->name));
}

Status pull(const Context &context, const QList<ItemId> &ids, SprintId sprint, const QString &reason)
{
    if (auto allowedNow = allowed(context, Access::Change::Sprints); !allowedNow)
        return allowedNow.error();
    return run(context, SprintOperations::pull(rowsOf(context), context.editor.sprints(), ids, sprint, reason, nowOf(context)),
               QCoreApplication::translate("Ordo::SprintCommands", "Plan %n item(s) into “%1”", nullptr, int(ids.size())).arg(sprintName(context, sprint)));
}

Status push(const Context &context, const QList<ItemId> &ids, const QString &reason)
{
    if (auto allowedNow = allowed(context, Access::Change::Sprints); !allowedNow)
        return allowedNow.error();
    return run(context, SprintOperations::push(rowsOf(context), context.editor.sprints(), ids, reason, nowOf(context)),
               QCoreApplication::translate("Ordo::SprintCommands", "Return %n item(s) to the backlog", nullptr, int(ids.size())));
}

Status start(const Context &context, SprintId sprint)
{
    if (auto allowedNow = allowed(context, Access::Change::Sprints); !allowedNow)
        return allowedNow.error();
    return run(context, SprintOperations::start(rowsOf(context), context.editor.sprints(), sprint, nowOf(context)),
               tr("Start “%1”").arg(sprintName(context, sprint)));
}

Status cancel(const Context &context, SprintId sprint, const QString &reason)
{
    if (auto allowedNow = allowed(context, Access::Change::Sprints); !allowedNow)
        return allowedNow.error();
    return run(context, SprintOperations::cancel(rowsOf(context), context.editor.sprints(), sprint, reason, nowOf(context)),
               tr("Cancel “%1”").arg(sprintName(context, sprint)));
}

Status close(const Context &context, SprintId sprint, const SprintOperations::CloseChoices &choices)
{
    if (auto allowedNow = allowed(context, Access::Change::Sprints); !allowedNow)
        return allowedNow.error();
    return run(context, SprintOperations::close(rowsOf(context), context.editor.sprints(), sprint, choices, nowOf(context)),
               tr("Close “%1”").arg(sprintName(context, sprint)));
}

Status moveOnBoard(const Context &context, const QList<ItemId> &ids, ItemStatus status)
{
    if (auto allowedNow = allowed(context, Access::Change::Progress); !allowedNow)
        return allowedNow.error();
    return run(context, SprintOperations::moveOnBoard(rowsOf(context), context.editor.sprints(), ids, status),
               QCoreApplication::translate("Ordo::SprintCommands", "Move %n card(s) to %1", nullptr, int(ids.size())).arg(displayName(status)));
}

namespace {

QString titleOf(const Context &context, ItemId item)
{
    const int row = context.editor.model().rowOf(item);
    return row < 0 ? QString() : context.editor.model().rowAt(row).title;
}

} // namespace

Status judge(const Context &context, ItemId item, const Review::Checks &checks, const QString &note)
{
    if (auto allowedNow = allowed(context, Access::Change::Review); !allowedNow)
        return allowedNow.error();
    const int row = context.editor.model().rowOf(item);
    const SprintId sprint = row < 0 ? 0 : context.editor.model().rowAt(row).sprintId;
    auto stored = ReviewRepository(context.editor.database()).record(sprint, item);
    if (!stored)
        return stored.error();
    return run(context, ReviewOperations::judge(rowsOf(context), context.editor.sprints(), item, checks, note, *stored),
               QCoreApplication::translate("Ordo::SprintCommands", "Review “%1”").arg(titleOf(context, item)));
}

Status accept(const Context &context, ItemId item, const Review::Checks &checks, const QString &note)
{
    if (auto allowedNow = allowed(context, Access::Change::Review); !allowedNow)
        return allowedNow.error();
    return run(context, ReviewOperations::accept(rowsOf(context), context.editor.sprints(), item, checks, note),
               QCoreApplication::translate("Ordo::SprintCommands", "Accept “%1”").arg(titleOf(context, item)));
}

Status reject(const Context &context, ItemId item, const Review::Checks &checks, const QString &note, const QString &reason)
{
    if (auto allowedNow = allowed(context, Access::Change::Review); !allowedNow)
        return allowedNow.error();
    return run(context,
               ReviewOperations::reject(rowsOf(context), context.editor.sprints(), item, checks, note, reason,
                                        context.editor.database().now()),
               QCoreApplication::translate("Ordo::SprintCommands", "Reject “%1”").arg(titleOf(context, item)));
}

Status setServesSprintGoal(const Context &context, const QList<ItemId> &ids, bool serves)
{
    if (auto allowedNow = allowed(context, Access::Change::Sprints); !allowedNow)
        return allowedNow.error();
    return run(context, SprintOperations::setServesSprintGoal(rowsOf(context), context.editor.sprints(), ids, serves),
               serves ? QCoreApplication::translate("Ordo::SprintCommands", "Mark %n item(s) as serving the sprint goal", nullptr, int(ids.size()))
                      : QCoreApplication::translate("Ordo::SprintCommands", "Unmark %n item(s) as serving the sprint goal", nullptr, int(ids.size())));
}

} // namespace SprintCommands
} // namespace Ordo
