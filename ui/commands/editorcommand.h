#pragma once

#include "storage/expected.h"

#include <QUndoCommand>

namespace Ordo {

class BacklogEditor;

// Base of the backlog's undo commands.
//
//   UI action ──> Commands::moveItems(...)      (facade, backlogcommands.h)
//                   └─ push(MoveItemsCommand)   ──redo()──> BacklogEditor ──> file + model
//
// QUndoStack::push() runs redo() once. If that first write fails, the command
// marks itself obsolete, so the stack drops it, and keeps the error for the
// facade to show. A failure in a later undo/redo is reported by the editor.
class EditorCommand : public QUndoCommand
{
public:
    bool succeeded() const { return m_error.isEmpty(); }
    // push() may delete a failed command: the facade reads the first redo's
    // error through this pointer instead of from the command.
    void setErrorSink(QString *sink) { m_sink = sink; }

protected:
    explicit EditorCommand(BacklogEditor &editor, QUndoCommand *parent = nullptr);

    // Call with the result of the write done in redo() or undo().
    void finish(const Status &status);

    BacklogEditor &m_editor;

private:
    bool m_firstRedoDone = false;
    QString m_error;
    QString *m_sink = nullptr;
};

} // namespace Ordo
