#pragma once

#include "editorcommand.h"

#include "domain/item.h"

namespace Ordo {

// Adds or removes "item is blocked by dependsOn".
class DependencyCommand : public EditorCommand
{
public:
    DependencyCommand(BacklogEditor &editor, ItemId item, ItemId dependsOn, bool add);

    void redo() override;
    void undo() override;

private:
    Status apply(bool add);

    ItemId m_item;
    ItemId m_dependsOn;
    bool m_add;
};

} // namespace Ordo
