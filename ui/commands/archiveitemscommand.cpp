#include "archiveitemscommand.h"

#include "backlogeditor.h"

#include <QCoreApplication>

namespace Ordo {

ArchiveItemsCommand::ArchiveItemsCommand(BacklogEditor &editor, const QList<ItemId> &ids, bool archive)
    : EditorCommand(editor)
    , m_ids(ids)
    , m_archive(archive)
{
    const int n = int(ids.size());
    setText(archive ? QCoreApplication::translate("Ordo::Commands", "Archive %n item(s)", nullptr, n)
                    : QCoreApplication::translate("Ordo::Commands", "Restore %n item(s)", nullptr, n));
}

void ArchiveItemsCommand::redo() { finish(m_editor.setArchived(m_ids, m_archive)); }

void ArchiveItemsCommand::undo() { finish(m_editor.setArchived(m_ids, !m_archive)); }

} // namespace Ordo
