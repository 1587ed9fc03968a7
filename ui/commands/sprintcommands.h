#pragma once

#include "services/review.h"

#include "domain/sprintchange.h"
#include "services/sprintoperations.h"
#include "storage/expected.h"

#include <QUndoCommand>

class QUndoStack;

namespace Ordo {

class Access;

class SprintEditor;

// One sprint action as an undo step: redo applies the change, undo applies the state before it,
// both through SprintEditor (one transaction each, with their history rows). The state before is
// taken when the command first runs; decisions the change adds keep their ids on redo.
class SprintChangeCommand : public QUndoCommand
{
public:
    // `mergeSprint`: edits of one sprint's own fields merge into one step (0: never merges).
    SprintChangeCommand(SprintEditor &editor, SprintChange change, const QString &text, SprintId mergeSprint = 0);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    // push() deletes a command whose first run failed: the facade reads the error through this.
    void setErrorSink(QString *sink) { m_sink = sink; }

private:
    SprintEditor &m_editor;
    SprintChange m_after;
    SprintChange m_before;
    SprintId m_mergeSprint = 0;
    bool m_done = false;
    QString m_error;
    QString *m_sink = nullptr;
};

// The UI's way to run sprint actions: each pushes one undoable step (nothing for a change that
// changes nothing) and returns the error to show, with nothing written.
namespace SprintCommands {

struct Context
{
    SprintEditor &editor;
    QUndoStack &stack;
    // What the user may change (ui/access.h); none: everything.
    const Access *access = nullptr;
};

// Runs a computed change (an error from SprintOperations is returned as it is).
Status run(const Context &context, const Expected<SprintChange> &change, const QString &text, SprintId mergeSprint = 0);

Expected<SprintId> createSprint(const Context &context, Sprint sprint);
// Edits a sprint's own fields; consecutive edits of one sprint merge.
Status editSprint(const Context &context, const Sprint &sprint);
Status deleteSprint(const Context &context, SprintId id);

Status pull(const Context &context, const QList<ItemId> &ids, SprintId sprint, const QString &reason = {});
Status push(const Context &context, const QList<ItemId> &ids, const QString &reason = {});
Status start(const Context &context, SprintId sprint);
Status cancel(const Context &context, SprintId sprint, const QString &reason);
Status close(const Context &context, SprintId sprint, const SprintOperations::CloseChoices &choices);
Status moveOnBoard(const Context &context, const QList<ItemId> &ids, ItemStatus status);
Status setServesSprintGoal(const Context &context, const QList<ItemId> &ids, bool serves);

// The sprint review (ReviewOperations): the verdicts given so far, and the decisions.
Status judge(const Context &context, ItemId item, const Review::Checks &checks, const QString &note);
Status accept(const Context &context, ItemId item, const Review::Checks &checks, const QString &note);
Status reject(const Context &context, ItemId item, const Review::Checks &checks, const QString &note, const QString &reason);

} // namespace SprintCommands
} // namespace Ordo
