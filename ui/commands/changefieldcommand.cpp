#include "changefieldcommand.h"

#include "backlog/backlogmodel.h"
#include "backlogeditor.h"
#include "commandids.h"
#include "storage/itemrepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace Ordo {
namespace {

using TextField = ItemRepository::TextField;
using NumberField = ItemRepository::NumberField;
using ScoreField = ItemRepository::ScoreField;

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
    case ChangeFieldCommand::Field::MetricMeasurementField:
        return QCoreApplication::translate("Ordo::Commands", "Record Metric Measurement");
    case ChangeFieldCommand::Field::LabelsField:
        return QCoreApplication::translate("Ordo::Commands", "Change Labels");
    case ChangeFieldCommand::Field::CriteriaField:
        return QCoreApplication::translate("Ordo::Commands", "Edit Acceptance Criteria");
    case ChangeFieldCommand::Field::InvestField:
        return QCoreApplication::translate("Ordo::Commands", "Tick INVEST");
    case ChangeFieldCommand::Field::MoscowField:
        return QCoreApplication::translate("Ordo::Commands", "Change MoSCoW");
    case ChangeFieldCommand::Field::BusinessValueField:
        return QCoreApplication::translate("Ordo::Commands", "Change Business Value");
    case ChangeFieldCommand::Field::TimeCriticalityField:
        return QCoreApplication::translate("Ordo::Commands", "Change Time Criticality");
    case ChangeFieldCommand::Field::RiskReductionField:
        return QCoreApplication::translate("Ordo::Commands", "Change Risk Reduction");
    case ChangeFieldCommand::Field::JobSizeField:
        return QCoreApplication::translate("Ordo::Commands", "Change Job Size");
    case ChangeFieldCommand::Field::KanoField:
        return QCoreApplication::translate("Ordo::Commands", "Change Kano Category");
    case ChangeFieldCommand::Field::ValueField:
        return QCoreApplication::translate("Ordo::Commands", "Change Value");
    case ChangeFieldCommand::Field::EffortField:
        return QCoreApplication::translate("Ordo::Commands", "Change Effort");
    case ChangeFieldCommand::Field::ServesGoalField:
        return QCoreApplication::translate("Ordo::Commands", "Link to Product Goal");
    }
    return {};
}

// The field's name, as the conflict dialog shows it.
QString nameOf(ChangeFieldCommand::Field field)
{
    using F = ChangeFieldCommand::Field;
    switch (field) {
    case F::TitleField: return QCoreApplication::translate("Ordo::Commands", "Title");
    case F::TypeField: return QCoreApplication::translate("Ordo::Commands", "Type");
    case F::EstimateField: return QCoreApplication::translate("Ordo::Commands", "Estimate");
    case F::StatusField: return QCoreApplication::translate("Ordo::Commands", "Status");
    case F::ParentField: return QCoreApplication::translate("Ordo::Commands", "Epic");
    case F::RoleField: return QCoreApplication::translate("Ordo::Commands", "As a");
    case F::WantField: return QCoreApplication::translate("Ordo::Commands", "I want");
    case F::BenefitField: return QCoreApplication::translate("Ordo::Commands", "So that");
    case F::DescriptionField: return QCoreApplication::translate("Ordo::Commands", "Description");
    case F::RequesterField: return QCoreApplication::translate("Ordo::Commands", "Requester");
    case F::ImpactField: return QCoreApplication::translate("Ordo::Commands", "Impact hypothesis");
    case F::MetricNameField: return QCoreApplication::translate("Ordo::Commands", "Success metric");
    case F::MetricBaselineField: return QCoreApplication::translate("Ordo::Commands", "Metric baseline");
    case F::MetricTargetField: return QCoreApplication::translate("Ordo::Commands", "Metric target");
    case F::MetricMeasurementField: return QCoreApplication::translate("Ordo::Commands", "Metric measurement");
    case F::LabelsField: return QCoreApplication::translate("Ordo::Commands", "Labels");
    case F::CriteriaField: return QCoreApplication::translate("Ordo::Commands", "Acceptance criteria");
    case F::InvestField: return QCoreApplication::translate("Ordo::Commands", "INVEST");
    case F::MoscowField: return QCoreApplication::translate("Ordo::Commands", "MoSCoW");
    case F::BusinessValueField: return QCoreApplication::translate("Ordo::Commands", "Business value");
    case F::TimeCriticalityField: return QCoreApplication::translate("Ordo::Commands", "Time criticality");
    case F::RiskReductionField: return QCoreApplication::translate("Ordo::Commands", "Risk reduction");
    case F::JobSizeField: return QCoreApplication::translate("Ordo::Commands", "Job size");
    case F::KanoField: return QCoreApplication::translate("Ordo::Commands", "Kano category");
    case F::ValueField: return QCoreApplication::translate("Ordo::Commands", "Value");
    case F::EffortField: return QCoreApplication::translate("Ordo::Commands", "Effort");
    case F::ServesGoalField: return QCoreApplication::translate("Ordo::Commands", "Serves the Product Goal");
    }
    return {};
}

QVariant optionalValue(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant();
}

// Fields a backlog row holds; an invalid value of one of them means "none".
bool isRowField(ChangeFieldCommand::Field field)
{
    using F = ChangeFieldCommand::Field;
    switch (field) {
    case F::TitleField:
    case F::TypeField:
    case F::EstimateField:
    case F::StatusField:
    case F::ParentField:
    case F::MoscowField:
    case F::BusinessValueField:
    case F::TimeCriticalityField:
    case F::RiskReductionField:
    case F::JobSizeField:
    case F::KanoField:
    case F::ValueField:
    case F::EffortField:
    case F::ServesGoalField: return true;
    default: return false;
    }
}

std::optional<double> optionalOf(const QVariant &value)
{
    return value.isValid() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

} // namespace

QString ChangeFieldCommand::displayText(Field field, const QVariant &value)
{
    const auto none = [] { return QCoreApplication::translate("Ordo::Commands", "(none)"); };
    if (!value.isValid() || value.isNull())
        return none();
    switch (field) {
    case Field::TypeField: return displayName(ItemType(value.toInt()));
    case Field::StatusField: return displayName(ItemStatus(value.toInt()));
    case Field::MoscowField: return displayName(MoSCoW(value.toInt()));
    case Field::KanoField: return displayName(KanoCategory(value.toInt()));
    case Field::ServesGoalField:
        return value.toBool() ? QCoreApplication::translate("Ordo::Commands", "Yes")
                              : QCoreApplication::translate("Ordo::Commands", "No");
    case Field::ParentField: return value.toLongLong() == 0 ? none() : value.toString();
    case Field::LabelsField: return value.toStringList().join(QStringLiteral(", "));
    case Field::CriteriaField: return value.toStringList().join(QLatin1Char('\n'));
    case Field::MetricMeasurementField: {
        const QVariantList measurement = value.toList();
        if (!measurement.value(0).isValid())
            return none();
        //: A measured value and the day it was measured
        return QCoreApplication::translate("Ordo::Commands", "%1 on %2")
            .arg(QLocale().toString(measurement.value(0).toDouble()),
                 QLocale().toString(measurement.value(1).toDate(), QLocale::ShortFormat));
    }
    default: break;
    }
    if (value.typeId() == QMetaType::Double)
        return QLocale().toString(value.toDouble());
    const QString text = value.toString();
    return text.isEmpty() ? none() : text;
}

Status ChangeFieldCommand::applyResolving(const QVariant &value, QVariant &replaced)
{
    const Status written = apply(value);
    if (written || !written.error().isConflict())
        return written;
    // The editor has re-read the row: what the field holds now is theirs.
    const QVariant theirs = currentValue(m_editor, m_item, m_field);
    if (theirs == value)
        return success(); // they wrote what this command writes
    const QList<bool> keepMine = m_editor.resolveConflict(
        m_item, {{nameOf(m_field), displayText(m_field, theirs), displayText(m_field, value), QString()}});
    if (!keepMine.value(0))
        return written; // theirs stays; nothing of this command was written
    // Mine again, over theirs, with the version just read; undoing it brings theirs back.
    replaced = theirs;
    return apply(value);
}

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
    if (const QVariant value = rowValue(model.rowAt(row), field); value.isValid() || isRowField(field))
        return value;
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
    case Field::MetricMeasurementField: return measurementValue(item->metric.actual, item->metric.measuredOn);
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

QVariant ChangeFieldCommand::rowValue(const BacklogRow &r, Field field)
{
    switch (field) {
    case Field::TitleField: return r.title;
    case Field::TypeField: return int(r.type);
    case Field::EstimateField: return r.isEstimated() ? QVariant(double(r.estimate)) : QVariant();
    case Field::StatusField: return int(r.status);
    case Field::ParentField: return r.parentId;
    case Field::MoscowField: return r.moscow >= 0 ? QVariant(int(r.moscow)) : QVariant();
    case Field::KanoField: return r.kano >= 0 ? QVariant(int(r.kano)) : QVariant();
    case Field::BusinessValueField: return r.businessValue ? QVariant(int(r.businessValue)) : QVariant();
    case Field::TimeCriticalityField: return r.timeCriticality ? QVariant(int(r.timeCriticality)) : QVariant();
    case Field::RiskReductionField: return r.riskReduction ? QVariant(int(r.riskReduction)) : QVariant();
    case Field::JobSizeField: return optionalValue(r.scores().jobSize);
    case Field::ValueField: return optionalValue(r.scores().value);
    case Field::EffortField: return optionalValue(r.scores().effort);
    case Field::ServesGoalField: return r.servesGoal;
    default: break;
    }
    return {};
}

QVariant ChangeFieldCommand::measurementValue(std::optional<double> actual, QDate measuredOn)
{
    return QVariantList{optionalValue(actual), measuredOn.isValid() ? QVariant(measuredOn) : QVariant()};
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
    case Field::MetricMeasurementField: {
        const QVariantList measurement = value.toList();
        return m_editor.setMeasurement(m_item, optionalOf(measurement.value(0)), measurement.value(1).toDate());
    }
    case Field::LabelsField: return m_editor.setLabels(m_item, value.toStringList());
    case Field::CriteriaField: return m_editor.setCriteria(m_item, value.toStringList());
    case Field::InvestField: return m_editor.setInvestChecks(m_item, InvestChecks(value.toInt()));
    case Field::MoscowField: return m_editor.setScore(m_item, ScoreField::MoSCoW, value);
    case Field::BusinessValueField: return m_editor.setScore(m_item, ScoreField::BusinessValue, value);
    case Field::TimeCriticalityField: return m_editor.setScore(m_item, ScoreField::TimeCriticality, value);
    case Field::RiskReductionField: return m_editor.setScore(m_item, ScoreField::RiskReduction, value);
    case Field::JobSizeField: return m_editor.setScore(m_item, ScoreField::JobSize, value);
    case Field::KanoField: return m_editor.setScore(m_item, ScoreField::Kano, value);
    case Field::ValueField: return m_editor.setScore(m_item, ScoreField::Value, value);
    case Field::EffortField: return m_editor.setScore(m_item, ScoreField::Effort, value);
    case Field::ServesGoalField: return m_editor.setServesGoal(m_item, value.toBool());
    }
    return success();
}

void ChangeFieldCommand::redo() { finish(applyResolving(m_new, m_old)); }

void ChangeFieldCommand::undo() { finish(applyResolving(m_old, m_new)); }

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
