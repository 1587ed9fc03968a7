#include "dependencycommand.h"

#include "backlogeditor.h"

#include <QCoreApplication>

namespace Ordo {

DependencyCommand::DependencyCommand(BacklogEditor &editor, ItemId item, ItemId dependsOn, bool add)
    : EditorCommand(editor)
    , m_item(item)
    , m_dependsOn(dependsOn)
    , m_add(add)
{
    setText(add ? QCoreApplication::translate("Ordo::Commands", "Add Dependency")
                : QCoreApplication::translate("Ordo::Commands", "Remove Dependency"));
}

Status DependencyCommand::apply(bool add)
{
    return add ? m_editor.addDependency(m_item, m_dependsOn)
               : m_editor.removeDependency(m_item, m_dependsOn);
}

void DependencyCommand::redo() { finish(apply(m_add)); }

void DependencyCommand::undo() { finish(apply(!m_add)); }

} // namespace Ordo
