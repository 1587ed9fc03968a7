#pragma once

#include "../domain/item.h"
#include "expected.h"

#include <QList>

namespace Ordo {

class Database;

// Inserts new items, with their labels, criteria and first history rows, using statements
// prepared once for the whole batch: a one-item creation and a 100,000-row import take the
// same path. Call it inside a transaction (ItemRepository::createMany() opens one).
//
// Each item's acceptance criteria are written before the item itself, with the foreign key
// checks deferred to the commit, so that the full-text index's trigger on the item indexes
// the item once with all its criteria instead of once more for every criterion added.
// Items without an id or number get the next free ones.
Expected<QList<ItemId>> insertItems(const Database &database, const QList<BacklogItem> &items,
                                    const QList<QString> &orderKeys);

} // namespace Ordo
