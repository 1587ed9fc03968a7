#pragma once

#include "editorcommand.h"

#include "domain/item.h"

#include <optional>

namespace Ordo {

// Creates an item below an anchor (0: the top; nullopt: the bottom). Undo
// removes it; redo brings it back with the same id and key number.
class CreateItemCommand : public EditorCommand
{
public:
    CreateItemCommand(BacklogEditor &editor,
                      const BacklogItem &item,
                      std::optional<ItemId> anchor,
                      const QString &text);

    ItemId createdId() const { return m_item.id; }

    void redo() override;
    void undo() override;

private:
    BacklogItem m_item;
    std::optional<ItemId> m_anchor;
};

} // namespace Ordo
