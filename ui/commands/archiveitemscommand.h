#pragma once

#include "editorcommand.h"

#include "domain/item.h"

namespace Ordo {

// Archives items (the backlog's "delete") or restores them from the archive.
class ArchiveItemsCommand : public EditorCommand
{
public:
    ArchiveItemsCommand(BacklogEditor &editor, const QList<ItemId> &ids, bool archive);

    void redo() override;
    void undo() override;

private:
    QList<ItemId> m_ids;
    bool m_archive;
};

} // namespace Ordo
