#include "backlogcommands.h"

#include "services/gherkin.h"

#include "archiveitemscommand.h"
#include "backlogeditor.h"
#include "changefieldcommand.h"
#include "createitemcommand.h"
#include "dependencycommand.h"
#include "moveitemscommand.h"
#include "storycommands.h"
#include "storage/itemrepository.h"

#include <QCoreApplication>
#include "access.h"

#include <QUndoStack>

namespace Ordo::Commands {
namespace {

// What changing `field` needs leave to do (ui/access.h).
Access::Change changeOf(ChangeFieldCommand::Field field)
{
    switch (field) {
    case ChangeFieldCommand::Field::EstimateField:
        return Access::Change::Estimate;
    case ChangeFieldCommand::Field::StatusField:
        return Access::Change::Progress;
    case ChangeFieldCommand::Field::CriteriaField:
        return Access::Change::Criteria;
    default:
        return Access::Change::Backlog;
    }
}

Status allowed(const Context &context, Access::Change change)
{
    return context.access ? context.access->check(change) : success();
}


// Pushes `command` (which runs it) and returns the error of its first run.
Status push(QUndoStack &stack, EditorCommand *command)
{
    QString error;
    command->setErrorSink(&error);
    stack.push(command); // may delete the command if it failed
    if (!error.isEmpty())
        return Error{error};
    return success();
}

// Several field changes as one undo step.
Status changeFields(const Context &context,
                    const QList<ItemId> &ids,
                    ChangeFieldCommand::Field field,
                    const QVariant &value,
                    const QString &macroText)
{
    if (auto allowedNow = allowed(context, changeOf(field)); !allowedNow)
        return allowedNow.error();
    QList<ChangeFieldCommand *> changes;
    for (ItemId id : ids) {
        auto *change = new ChangeFieldCommand(context.editor, id, field, value);
        if (change->changesNothing())
            delete change;
        else
            changes.append(change);
    }
    if (changes.isEmpty())
        return success();
    if (changes.size() == 1)
        return push(context.stack, changes.front());
    Status result = success();
    context.stack.beginMacro(macroText);
    for (ChangeFieldCommand *change : std::as_const(changes)) {
        if (!result) {
            delete change;
            continue;
        }
        result = push(context.stack, change);
    }
    context.stack.endMacro();
    return result;
}

} // namespace

Status moveItems(const Context &context, const QList<ItemId> &ids, ItemId anchor)
{
    if (auto allowedNow = allowed(context, Access::Change::Backlog); !allowedNow)
        return allowedNow.error();
    auto *command = new MoveItemsCommand(context.editor, ids, anchor);
    if (command->changesNothing()) {
        delete command;
        return success();
    }
    return push(context.stack, command);
}

Expected<ItemId> createItem(const Context &context, const BacklogItem &item, std::optional<ItemId> anchor)
{
    if (auto allowedNow = allowed(context, Access::Change::Backlog); !allowedNow)
        return allowedNow.error();
    auto *command = new CreateItemCommand(context.editor, item, anchor, QCoreApplication::translate("Ordo::Commands", "Add “%1”").arg(item.title));
    ItemId created = 0;
    QString error;
    command->setErrorSink(&error);
    context.stack.push(command);
    if (!error.isEmpty())
        return Error{error};
    created = command->createdId();
    return created;
}

Expected<ItemId> duplicateItem(const Context &context, ItemId id)
{
    if (auto allowedNow = allowed(context, Access::Change::Backlog); !allowedNow)
        return allowedNow.error();
    auto original = ItemRepository(context.editor.database()).load(id);
    if (!original)
        return original.error();
    BacklogItem copy = *original;
    copy.id = 0;
    copy.number = 0;
    copy.orderKey.clear();
    copy.createdAt = {};
    copy.sprintId.reset();
    copy.status = isFinishedStatus(copy.status) || isInSprintStatus(copy.status) ? ItemStatus::New
                                                                                 : copy.status;
    //: Title of a duplicated item; %1 is the original title
    copy.title = QCoreApplication::translate("Ordo::Commands", "Copy of %1").arg(original->title);
    auto *command = new CreateItemCommand(context.editor, copy, id, QCoreApplication::translate("Ordo::Commands", "Duplicate “%1”").arg(original->title));
    QString error;
    command->setErrorSink(&error);
    context.stack.push(command);
    if (!error.isEmpty())
        return Error{error};
    return command->createdId();
}

Status archiveItems(const Context &context, const QList<ItemId> &ids)
{
    if (auto allowedNow = allowed(context, Access::Change::Backlog); !allowedNow)
        return allowedNow.error();
    if (ids.isEmpty())
        return success();
    return push(context.stack, new ArchiveItemsCommand(context.editor, ids, true));
}

Status restoreItems(const Context &context, const QList<ItemId> &ids)
{
    if (auto allowedNow = allowed(context, Access::Change::Backlog); !allowedNow)
        return allowedNow.error();
    if (ids.isEmpty())
        return success();
    return push(context.stack, new ArchiveItemsCommand(context.editor, ids, false));
}

Status setTitle(const Context &context, ItemId id, const QString &title)
{
    return changeFields(context, {id}, ChangeFieldCommand::Field::TitleField, title.trimmed(), QCoreApplication::translate("Ordo::Commands", "Change Title"));
}

Status setType(const Context &context, const QList<ItemId> &ids, ItemType type)
{
    return changeFields(context,
                        ids,
                        ChangeFieldCommand::Field::TypeField,
                        int(type),
                        QCoreApplication::translate("Ordo::Commands", "Change Type of %n Item(s)", nullptr, int(ids.size())));
}

Status setEstimate(const Context &context, const QList<ItemId> &ids, std::optional<double> estimate)
{
    return changeFields(context,
                        ids,
                        ChangeFieldCommand::Field::EstimateField,
                        estimate ? QVariant(*estimate) : QVariant(),
                        QCoreApplication::translate("Ordo::Commands", "Estimate %n Item(s)", nullptr, int(ids.size())));
}

Status setStatus(const Context &context, const QList<ItemId> &ids, ItemStatus status)
{
    return changeFields(context,
                        ids,
                        ChangeFieldCommand::Field::StatusField,
                        int(status),
                        QCoreApplication::translate("Ordo::Commands", "Change Status of %n Item(s)", nullptr, int(ids.size())));
}

Status setEpic(const Context &context, const QList<ItemId> &ids, std::optional<ItemId> epic)
{
    QList<ItemId> children = ids;
    if (epic)
        children.removeAll(*epic);
    return changeFields(context,
                        children,
                        ChangeFieldCommand::Field::ParentField,
                        QVariant::fromValue(epic.value_or(0)),
                        QCoreApplication::translate("Ordo::Commands", "Assign %n Item(s) to an Epic", nullptr, int(children.size())));
}

Status addDependency(const Context &context, ItemId id, ItemId dependsOn)
{
    if (auto allowedNow = allowed(context, Access::Change::Backlog); !allowedNow)
        return allowedNow.error();
    const auto &existing = context.editor.dependencies();
    if (std::any_of(existing.cbegin(), existing.cend(), [&](const Dependency &d) {
            return d.itemId == id && d.dependsOnId == dependsOn;
        })) {
        return success();
    }
    return push(context.stack, new DependencyCommand(context.editor, id, dependsOn, true));
}

Status removeDependency(const Context &context, ItemId id, ItemId dependsOn)
{
    if (auto allowedNow = allowed(context, Access::Change::Backlog); !allowedNow)
        return allowedNow.error();
    return push(context.stack, new DependencyCommand(context.editor, id, dependsOn, false));
}

Status moveBelowDependencies(const Context &context, ItemId id)
{
    if (auto allowedNow = allowed(context, Access::Change::Backlog); !allowedNow)
        return allowedNow.error();
    const QList<ItemId> blockers = context.editor.dependencyViolations().value(id);
    if (blockers.isEmpty())
        return success();
    auto *command = new MoveItemsCommand(context.editor, {id}, blockers.constLast());
    command->setText(QCoreApplication::translate("Ordo::Commands", "Move Below Its Dependencies"));
    return push(context.stack, command);
}

Status setField(const Context &context, ItemId id, ChangeFieldCommand::Field field, const QVariant &value)
{
    if (auto allowedNow = allowed(context, changeOf(field)); !allowedNow)
        return allowedNow.error();
    auto *change = new ChangeFieldCommand(context.editor, id, field, value);
    if (change->changesNothing()) {
        delete change;
        return success();
    }
    return push(context.stack, change);
}

Status moveCriterion(const Context &context, ItemId id, int from, int to)
{
    if (auto allowedNow = allowed(context, Access::Change::Criteria); !allowedNow)
        return allowedNow.error();
    if (from == to)
        return success();
    return push(context.stack, new MoveCriterionCommand(context.editor, id, from, to));
}

Status setProduct(const Context &context, const Product &product)
{
    if (auto allowedNow = allowed(context, Access::Change::Product); !allowedNow)
        return allowedNow.error();
    auto *change = new ChangeProductCommand(context.editor, product);
    if (change->changesNothing()) {
        delete change;
        return success();
    }
    return push(context.stack, change);
}

Status setScore(const Context &context, const QList<ItemId> &ids, ChangeFieldCommand::Field field, const QVariant &value)
{
    return changeFields(context,
                        ids,
                        field,
                        value,
                        QCoreApplication::translate("Ordo::Commands", "Score %n Item(s)", nullptr, int(ids.size())));
}

Status recordDecision(const Context &context, const Decision &decision)
{
    if (auto allowedNow = allowed(context, Access::Change::Backlog); !allowedNow)
        return allowedNow.error();
    return push(context.stack, new RecordDecisionCommand(context.editor, decision));
}

Status oneStep(const Context &context, const QString &text, const std::function<Status()> &steps)
{
    const int before = context.stack.index();
    context.stack.beginMacro(text);
    const Status result = steps();
    context.stack.endMacro();
    if (context.stack.index() > before) {
        // A step that failed, or that changed nothing, leaves nothing on the stack.
        const QUndoCommand *macro = context.stack.command(context.stack.index() - 1);
        if (!result || macro->childCount() == 0) {
            // QUndoStack skips undo() of an obsolete command, and redo() drops one without
            // running it: undo what ran first, then mark the macro and let redo() drop it.
            context.stack.undo();
            const_cast<QUndoCommand *>(macro)->setObsolete(true);
            context.stack.redo();
        }
    }
    return result;
}

Status reorder(const Context &context, const QList<ItemId> &ids, ItemId anchor, const QString &text)
{
    if (auto allowedNow = allowed(context, Access::Change::Backlog); !allowedNow)
        return allowedNow.error();
    auto *command = new MoveItemsCommand(context.editor, ids, anchor, MoveItemsCommand::Order::AsGiven);
    if (command->changesNothing()) {
        delete command;
        return success();
    }
    command->setText(text);
    return push(context.stack, command);
}

Expected<QList<ItemId>> splitItem(const Context &context, ItemId id, const SplitPlan &plan)
{
    if (auto allowedNow = allowed(context, Access::Change::Backlog); !allowedNow)
        return allowedNow.error();
    auto original = context.editor.loadItem(id);
    if (!original)
        return original.error();
    if (plan.titles.size() < 2 || plan.criteria.size() != plan.titles.size()) {
        return Error{QCoreApplication::translate("Ordo::Commands",
                                                 "A story splits into at least two parts.")};
    }
    for (const QString &title : plan.titles) {
        if (title.trimmed().isEmpty()) {
            return Error{QCoreApplication::translate("Ordo::Commands",
                                                     "Every part of the split needs a title.")};
        }
    }

    const int before = context.stack.index();
    context.stack.beginMacro(
        QCoreApplication::translate("Ordo::Commands", "Split “%1”").arg(original->title));
    const auto fail = [&](const Error &error) -> Expected<QList<ItemId>> {
        context.stack.endMacro();
        // Take back what the macro already did: nothing of a failed split stays.
        if (context.stack.index() > before)
            context.stack.undo();
        return error;
    };

    // Keeping the original as the parts' parent makes it an epic: a story
    // too big for a sprint, now refined into parts.
    const std::optional<ItemId> parent = plan.keepOriginalAsParent ? std::optional<ItemId>(id)
                                                                   : original->parentId;
    if (plan.keepOriginalAsParent && original->type != ItemType::Epic) {
        if (auto typed = setType(context, {id}, ItemType::Epic); !typed)
            return fail(typed.error());
    }
    QList<ItemId> parts;
    ItemId anchor = id;
    for (qsizetype p = 0; p < plan.titles.size(); ++p) {
        BacklogItem part;
        part.type = original->type == ItemType::Epic ? ItemType::Story : original->type;
        part.title = plan.titles.at(p).trimmed();
        part.role = original->role;
        part.want = original->want;
        part.benefit = original->benefit;
        part.description = original->description;
        part.labels = original->labels;
        part.requester = original->requester;
        part.parentId = parent;
        part.splitFromId = id;
        part.metric = original->metric;
        part.impactHypothesis = original->impactHypothesis;
        part.scores = original->scores;
        part.scores.jobSize.reset();
        // Each part's criteria keep the Feature, Rule and Background lines they stand under.
        QStringList texts;
        for (const AcceptanceCriterion &criterion : original->criteria)
            texts.append(criterion.text);
        for (const QString &text : Gherkin::criteriaWithContext(texts, plan.criteria.at(p)))
            part.criteria.append({0, int(part.criteria.size()), text});
        auto created = createItem(context, part, anchor);
        if (!created)
            return fail(created.error());
        parts.append(*created);
        anchor = *created;
    }
    if (!plan.keepOriginalAsParent) {
        if (auto archived = archiveItems(context, {id}); !archived)
            return fail(archived.error());
    }
    context.stack.endMacro();
    return parts;
}

} // namespace Ordo::Commands
