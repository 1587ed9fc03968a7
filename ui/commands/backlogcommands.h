#pragma once

#include "changefieldcommand.h"
#include "domain/decision.h"
#include "domain/item.h"
#include "domain/product.h"
#include "storage/expected.h"

#include <QVariant>

#include <functional>
#include <optional>

class QUndoStack;

namespace Ordo {

class Access;

class BacklogEditor;

// The UI's way to change the backlog: every function pushes one undoable
// step (a command that would change nothing is not pushed) and returns the
// error of a write that failed, for the caller to show.
namespace Commands {

struct Context
{
    BacklogEditor &editor;
    QUndoStack &stack;
    // What the user may change (ui/access.h); none: everything.
    const Access *access = nullptr;
};

// Moves items directly below `anchor` (0: to the top).
Status moveItems(const Context &context, const QList<ItemId> &ids, ItemId anchor);
Expected<ItemId> createItem(const Context &context,
                            const BacklogItem &item,
                            std::optional<ItemId> anchor);
Expected<ItemId> duplicateItem(const Context &context, ItemId id);
Status archiveItems(const Context &context, const QList<ItemId> &ids);
Status restoreItems(const Context &context, const QList<ItemId> &ids);

Status setTitle(const Context &context, ItemId id, const QString &title);
Status setType(const Context &context, const QList<ItemId> &ids, ItemType type);
Status setEstimate(const Context &context, const QList<ItemId> &ids, std::optional<double> estimate);
Status setStatus(const Context &context, const QList<ItemId> &ids, ItemStatus status);
Status setEpic(const Context &context, const QList<ItemId> &ids, std::optional<ItemId> epic);

Status addDependency(const Context &context, ItemId id, ItemId dependsOn);
Status removeDependency(const Context &context, ItemId id, ItemId dependsOn);
// Moves an item ordered above its dependencies to just below the lowest of them.
Status moveBelowDependencies(const Context &context, ItemId id);

// One field of one item (the story editor); repeated edits of the field merge.
Status setField(const Context &context, ItemId id, ChangeFieldCommand::Field field, const QVariant &value);
Status moveCriterion(const Context &context, ItemId id, int from, int to);
Status setProduct(const Context &context, const Product &product);

// Scores the items; several items change as one undo step.
Status setScore(const Context &context, const QList<ItemId> &ids, ChangeFieldCommand::Field field, const QVariant &value);
// Records an entry of the decision log as an undoable step (usually inside oneStep()).
Status recordDecision(const Context &context, const Decision &decision);
// Runs `steps` as one undo step called `text`. If a step fails, what the
// others already did is taken back and the error returned.
Status oneStep(const Context &context, const QString &text, const std::function<Status()> &steps);
// Places `ids`, in this order, directly below `anchor` (0: top) as one step
// called `text` (applying a proposed order).
Status reorder(const Context &context, const QList<ItemId> &ids, ItemId anchor, const QString &text);

// How to split a story: a title and the criteria (indexes into the
// original's criteria) for each part, and what becomes of the original.
struct SplitPlan
{
    QStringList titles;
    QList<QList<int>> criteria; // one list per part
    bool keepOriginalAsParent = false; // else the original is archived
};
// Splits `id` into parts that take its place in the order and its epic, as
// one undo step. Returns the parts' ids.
Expected<QList<ItemId>> splitItem(const Context &context, ItemId id, const SplitPlan &plan);

} // namespace Commands
} // namespace Ordo
