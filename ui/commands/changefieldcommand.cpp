#include "changefieldcommand.h"

#include "backlog/backlogmodel.h"
#include "backlogeditor.h"
#include "commandids.h"
#include "storage/itemrepository.h"

#include <QCoreApplication>

namespace Ordo {
namespace {

using TextField = ItemRepository::TextField;
using NumberField = ItemRepository::NumberField;

QString textFor(ChangeFieldCommand::Field field)
{
    switch (field) {
    case ChangeFieldCommand::Field::TitleField:
        return QCoreApplication::translate("Ordo::Commands", "Change Title");
    case ChangeFieldCommand::Field::TypeField:
        return QCoreApplication::translate("Ordo::Commands", "Change Type");
    case ChangeFieldCommand::Field::EstimateField:
        return QCoreApplication::translate("Ordo::Commands", "Change Estimate");
    case ChangeFieldCommand::Field::StatusField:
        return QCoreApplication::translate("Ordo::Commands", "Change Status");
    case ChangeFieldCommand::Field::ParentField:
        return QCoreApplication::translate("Ordo::Commands", "Change Epic");
    case ChangeFieldCommand::Field::RoleField:
        return QCoreApplication::translate("Ordo::Commands", "Change “As a”");
    case ChangeFieldCommand::Field::WantField:
        return QCoreApplication::translate("Ordo::Commands", "Change “I want”");
    case ChangeFieldCommand::Field::BenefitField:
        return QCoreApplication::translate("Ordo::Commands", "Change “So that”");
    case ChangeFieldCommand::Field::DescriptionField:
        return QCoreApplication::translate("Ordo::Commands", "Change Description");
    case ChangeFieldCommand::Field::RequesterField:
        return QCoreApplication::translate("Ordo::Commands", "Change Requester");
    case ChangeFieldCommand::Field::ImpactField:
        return QCoreApplication::translate("Ordo::Commands", "Change Impact Hypothesis");
    case ChangeFieldCommand::Field::MetricNameField:
        return QCoreApplication::translate("Ordo::Commands", "Change Success Metric");
    case ChangeFieldCommand::Field::MetricBaselineField:
        return QCoreApplication::translate("Ordo::Commands", "Change Metric Baseline");
    case ChangeFieldCommand::Field::MetricTargetField:
        return QCoreApplication::translate("Ordo::Commands", "Change Metric Target");
    case ChangeFieldCommand::Field::LabelsField:
        return QCoreApplication::translate("Ordo::Commands", "Change Labels");
    case ChangeFieldCommand::Field::CriteriaField:
        return QCoreApplication::translate("Ordo::Commands", "Edit Acceptance Criteria");
    case ChangeFieldCommand::Field::InvestField:
        return QCoreApplication::translate("Ordo::Commands", "Tick INVEST");
    }
    return {};
}

QVariant optionalValue(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<double> optionalOf(const QVariant &value)
{
    return value.isValid() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

} // namespace

ChangeFieldCommand::ChangeFieldCommand(BacklogEditor &editor,
                                       ItemId id,
                                       Field field,
                                       const QVariant &value)
    : EditorCommand(editor)
    , m_item(id)
    , m_field(field)
    , m_old(currentValue(editor, id, field))
    , m_new(value)
{
    setText(textFor(field));
}

QVariant ChangeFieldCommand::currentValue(const BacklogEditor &editor, ItemId id, Field field)
{
    const BacklogModel &model = editor.model();
    const int row = model.rowOf(id);
    if (row < 0)
        return {};
    const BacklogRow &r = model.rowAt(row);
    switch (field) {
    case Field::TitleField: return r.title;
    case Field::TypeField: return int(r.type);
    case Field::EstimateField: return r.isEstimated() ? QVariant(double(r.estimate)) : QVariant();
    case Field::StatusField: return int(r.status);
    case Field::ParentField: return r.parentId;
    default: break;
    }
    // The story editor's fields are not in the backlog row: read the item.
    auto item = editor.loadItem(id);
    if (!item)
        return {};
    switch (field) {
    case Field::RoleField: return item->role;
    case Field::WantField: return item->want;
    case Field::BenefitField: return item->benefit;
    case Field::DescriptionField: return item->description;
    case Field::RequesterField: return item->requester;
    case Field::ImpactField: return item->impactHypothesis;
    case Field::MetricNameField: return item->metric.name;
    case Field::MetricBaselineField: return optionalValue(item->metric.baseline);
    case Field::MetricTargetField: return optionalValue(item->metric.target);
    case Field::LabelsField: return item->labels;
    case Field::CriteriaField: {
        QStringList texts;
        for (const AcceptanceCriterion &criterion : std::as_const(item->criteria))
            texts.append(criterion.text);
        return texts;
    }
    case Field::InvestField: return int(item->investChecks);
    default: break;
    }
    return {};
}

Status ChangeFieldCommand::apply(const QVariant &value)
{
    switch (m_field) {
    case Field::TitleField: return m_editor.setTitle(m_item, value.toString());
    case Field::TypeField: return m_editor.setType(m_item, ItemType(value.toInt()));
    case Field::EstimateField:
        return m_editor.setEstimate(m_item,
                                    value.isValid() ? std::optional<double>(value.toDouble())
                                                    : std::nullopt);
    case Field::StatusField: return m_editor.setStatus(m_item, ItemStatus(value.toInt()));
    case Field::ParentField:
        return m_editor.setParent(m_item,
                                  value.toLongLong() != 0 ? std::optional<ItemId>(value.toLongLong())
                                                          : std::nullopt);
    case Field::RoleField: return m_editor.setText(m_item, TextField::Role, value.toString());
    case Field::WantField: return m_editor.setText(m_item, TextField::Want, value.toString());
    case Field::BenefitField: return m_editor.setText(m_item, TextField::Benefit, value.toString());
    case Field::DescriptionField:
        return m_editor.setText(m_item, TextField::Description, value.toString());
    case Field::RequesterField:
        return m_editor.setText(m_item, TextField::Requester, value.toString());
    case Field::ImpactField:
        return m_editor.setText(m_item, TextField::ImpactHypothesis, value.toString());
    case Field::MetricNameField:
        return m_editor.setText(m_item, TextField::MetricName, value.toString());
    case Field::MetricBaselineField:
        return m_editor.setNumber(m_item, NumberField::MetricBaseline, optionalOf(value));
    case Field::MetricTargetField:
        return m_editor.setNumber(m_item, NumberField::MetricTarget, optionalOf(value));
    case Field::LabelsField: return m_editor.setLabels(m_item, value.toStringList());
    case Field::CriteriaField: return m_editor.setCriteria(m_item, value.toStringList());
    case Field::InvestField: return m_editor.setInvestChecks(m_item, InvestChecks(value.toInt()));
    }
    return success();
}

void ChangeFieldCommand::redo() { finish(apply(m_new)); }

void ChangeFieldCommand::undo() { finish(apply(m_old)); }

int ChangeFieldCommand::id() const
{
    switch (m_field) {
    case Field::TitleField: return CommandId::ChangeTitle;
    case Field::TypeField: return CommandId::ChangeType;
    case Field::EstimateField: return CommandId::ChangeEstimate;
    case Field::StatusField: return CommandId::ChangeStatus;
    case Field::ParentField: return CommandId::ChangeParent;
    default: return CommandId::ChangeStoryField + int(m_field);
    }
}

bool ChangeFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *change = static_cast<const ChangeFieldCommand *>(other);
    if (change->m_item != m_item || change->m_field != m_field || !change->succeeded())
        return false;
    m_new = change->m_new;
    setObsolete(m_old == m_new);
    return true;
}

} // namespace Ordo
