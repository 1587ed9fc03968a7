#include "editorcommand.h"

#include "backlogeditor.h"

namespace Ordo {

EditorCommand::EditorCommand(BacklogEditor &editor, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_editor(editor)
{}

void EditorCommand::finish(const Status &status)
{
    if (!m_firstRedoDone) {
        m_firstRedoDone = true;
        if (!status) {
            m_error = status.errorMessage();
            if (m_sink)
                *m_sink = m_error;
            setObsolete(true);
        }
        return;
    }
    m_editor.report(status);
}

} // namespace Ordo
