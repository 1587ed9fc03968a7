#include "createitemcommand.h"

#include "backlogeditor.h"
#include "storage/itemrepository.h"

namespace Ordo {

CreateItemCommand::CreateItemCommand(BacklogEditor &editor,
                                     const BacklogItem &item,
                                     std::optional<ItemId> anchor,
                                     const QString &text)
    : EditorCommand(editor)
    , m_item(item)
    , m_anchor(anchor)
{
    setText(text);
}

void CreateItemCommand::redo()
{
    auto id = m_editor.createItem(m_item, m_anchor);
    if (id && m_item.id == 0) {
        // Remember id and number, so a redo after undo recreates the same item.
        m_item.id = *id;
        if (auto created = ItemRepository(m_editor.database()).load(*id))
            m_item.number = created->number;
    }
    finish(id ? success() : Status(id.error()));
}

void CreateItemCommand::undo() { finish(m_editor.deleteItem(m_item.id)); }

} // namespace Ordo
