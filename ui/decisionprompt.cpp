#include "decisionprompt.h"

#include "backlog/backlogmodel.h"
#include "backlogeditor.h"
#include "dialogs/decisiondialog.h"
#include "storage/decisionrepository.h"

#include <QApplication>
#include <QCoreApplication>
#include <QSet>
#include <QSettings>
#include <QUndoStack>

#include <algorithm>

namespace Ordo::DecisionPrompt {
namespace {

const QString askKey = QStringLiteral("decisions/ask");

QString tr(const char *text) { return QCoreApplication::translate("Ordo::DecisionPrompt", text); }

} // namespace

QStringList knownStakeholders(const BacklogEditor &editor)
{
    QStringList names;
    QSet<QString> seen;
    const auto decisions = DecisionRepository(editor.database()).all();
    if (!decisions)
        return names;
    for (const Decision &decision : *decisions) {
        const QString name = decision.stakeholder.trimmed();
        if (!name.isEmpty() && !seen.contains(name.toCaseFolded())) {
            seen.insert(name.toCaseFolded());
            names.append(name);
        }
    }
    return names;
}

namespace {

// "ORD-12 “Export to PDF”", or "3 items" for several.
QString itemsText(const BacklogEditor &editor, const QList<ItemId> &ids)
{
    const BacklogModel &model = editor.model();
    if (ids.size() == 1) {
        const int row = model.rowOf(ids.front());
        if (row >= 0) {
            const BacklogRow &r = model.rowAt(row);
            //: %1 an item key such as ORD-12, %2 its title
            return tr("%1 “%2”").arg(model.keyOf(r), r.title);
        }
    }
    return QCoreApplication::translate("Ordo::DecisionPrompt", "%n item(s)", nullptr, int(ids.size()));
}

} // namespace

bool asks() { return QSettings().value(askKey, true).toBool(); }

void setAsks(bool ask) { QSettings().setValue(askKey, ask); }

Status decide(const Commands::Context &context,
              const QString &stepText,
              const QString &statement,
              const QList<ItemId> &items,
              const QString &details,
              const std::function<Status()> &edit,
              QString stakeholder)
{
    QString reasoning;
    bool record = true;
    if (asks()) {
        DecisionDialog dialog(stepText, details, stakeholder, knownStakeholders(context.editor),
                              QApplication::activeWindow());
        const int outcome = dialog.exec();
        if (outcome == DecisionDialog::Cancel)
            return success();
        if (!dialog.askAgain())
            setAsks(false);
        record = outcome == DecisionDialog::Record;
        reasoning = dialog.reasoning();
        stakeholder = dialog.stakeholder();
    }
    return Commands::oneStep(context, stepText, [&]() -> Status {
        if (auto done = edit(); !done)
            return done;
        if (!record)
            return success();
        if (items.isEmpty())
            return Commands::recordDecision(context, {0, std::nullopt, statement, reasoning, stakeholder, {}});
        for (ItemId id : items) {
            if (auto recorded = Commands::recordDecision(context, {0, id, statement, reasoning, stakeholder, {}});
                !recorded) {
                return recorded;
            }
        }
        return success();
    });
}

Status archive(const Commands::Context &context, const QList<ItemId> &ids)
{
    if (ids.isEmpty())
        return success();
    //: Undo step and decision dialog heading; %1 is an item ("ORD-12 “Title”") or "3 items"
    return decide(context,
                  tr("Archive %1").arg(itemsText(context.editor, ids)),
                  tr("Archived"),
                  ids,
                  tr("Archived items leave the backlog and stay in the Archive; you can restore "
                     "them at any time."),
                  [&] { return Commands::archiveItems(context, ids); });
}

Status decline(const Commands::Context &context, ItemId id)
{
    auto item = context.editor.loadItem(id);
    if (!item)
        return item.error();
    return decide(context,
                  tr("Decline %1").arg(itemsText(context.editor, {id})),
                  tr("Declined the request"),
                  {id},
                  tr("Saying no is a decision too: the request goes to the Archive with your "
                     "reasoning, ready to share with whoever asked."),
                  [&] { return Commands::archiveItems(context, {id}); },
                  item->requester);
}

Status setScore(const Commands::Context &context,
                const QList<ItemId> &ids,
                ChangeFieldCommand::Field field,
                const QVariant &value)
{
    return setScores(context, ids, {{field, value}});
}

Status setScores(const Commands::Context &context,
                 const QList<ItemId> &ids,
                 const QList<QPair<ChangeFieldCommand::Field, QVariant>> &changes)
{
    const auto apply = [&]() -> Status {
        for (const auto &[field, value] : changes) {
            if (auto done = Commands::setScore(context, ids, field, value); !done)
                return done;
        }
        return success();
    };
    const auto isWont = [](const QPair<ChangeFieldCommand::Field, QVariant> &change) {
        return change.first == ChangeFieldCommand::Field::MoscowField && change.second.isValid()
               && MoSCoW(change.second.toInt()) == MoSCoW::Wont;
    };
    // Only items not already Won't are being decided on.
    QList<ItemId> deciding;
    if (std::any_of(changes.begin(), changes.end(), isWont)) {
        const BacklogModel &model = context.editor.model();
        for (ItemId id : ids) {
            const int row = model.rowOf(id);
            if (row >= 0 && model.rowAt(row).moscow != qint8(MoSCoW::Wont))
                deciding.append(id);
        }
    }
    const QString step = QCoreApplication::translate("Ordo::Commands", "Score %n Item(s)", nullptr, int(ids.size()));
    if (deciding.isEmpty())
        return changes.size() == 1 ? apply() : Commands::oneStep(context, step, apply);
    return decide(context,
                  changes.size() == 1 ? tr("Won't Have %1 This Time").arg(itemsText(context.editor, deciding))
                                      : step,
                  tr("Won't have this time"),
                  deciding,
                  tr("The item stays in the backlog, at the bottom of MoSCoW orderings."),
                  apply);
}

Status setStatus(const Commands::Context &context, const QList<ItemId> &ids, ItemStatus status)
{
    if (status != ItemStatus::Rejected)
        return Commands::setStatus(context, ids, status);
    return decide(context,
                  tr("Reject %1").arg(itemsText(context.editor, ids)),
                  tr("Rejected"),
                  ids,
                  tr("Say what is missing, so the team knows what acceptance needs."),
                  [&] { return Commands::setStatus(context, ids, status); });
}

} // namespace Ordo::DecisionPrompt
