#include "scoringeditor.h"

#include "domain/scoring.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace Ordo {
namespace {

using Field = ChangeFieldCommand::Field;

void setTextIfDifferent(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text && !edit->hasFocus())
        edit->setText(text);
}

} // namespace

QComboBox *ScoringEditor::choices(Field field, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    //: A score that has not been given
    box->addItem(tr("Not scored"), QVariant());
    switch (field) {
    case Field::MoscowField:
        for (MoSCoW m : allMoSCoW)
            box->addItem(displayName(m), int(m));
        break;
    case Field::KanoField:
        for (KanoCategory k : allKanoCategories)
            box->addItem(displayName(k), int(k));
        break;
    default:
        box->setItemText(0, tr("–"));
        for (int value : Scoring::wsjfScale)
            box->addItem(QLocale().toString(value), value);
        break;
    }
    return box;
}

QLineEdit *ScoringEditor::numberField(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    auto *validator = new QDoubleValidator(0, 1e9, 2, edit);
    validator->setNotation(QDoubleValidator::StandardNotation);
    edit->setValidator(validator);
    edit->setPlaceholderText(tr("none"));
    return edit;
}

QString ScoringEditor::numberText(std::optional<double> value)
{
    return value ? QLocale().toString(*value) : QString();
}

std::optional<QVariant> ScoringEditor::numberOf(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QVariant();
    bool ok = false;
    const double value = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok || value < 0)
        return std::nullopt;
    return QVariant(value);
}

ScoringEditor::ScoringEditor(QWidget *parent)
    : QWidget(parent)
    , m_moscow(choices(Field::MoscowField, this))
    , m_businessValue(choices(Field::BusinessValueField, this))
    , m_timeCriticality(choices(Field::TimeCriticalityField, this))
    , m_riskReduction(choices(Field::RiskReductionField, this))
    , m_jobSize(numberField(this))
    , m_wsjf(new QLabel(this))
    , m_kano(choices(Field::KanoField, this))
    , m_value(numberField(this))
    , m_effort(numberField(this))
    , m_valueForEffort(new QLabel(this))
    , m_goal(new QCheckBox(tr("Serves the Product Goal"), this))
{
    m_moscow->setObjectName(QStringLiteral("moscow"));
    m_kano->setObjectName(QStringLiteral("kano"));
    m_wsjf->setObjectName(QStringLiteral("wsjf"));
    m_wsjf->setWordWrap(true);
    m_valueForEffort->setWordWrap(true);
    m_businessValue->setToolTip(tr("Business value: how much users or the business gain"));
    m_timeCriticality->setToolTip(tr("Time criticality: how fast the value decays if we wait"));
    m_riskReduction->setToolTip(tr("Risk reduction / opportunity enablement: what doing it "
                                   "de-risks or makes possible"));
    m_goal->setToolTip(tr("Items under an epic that serves the Product Goal serve it too."));

    auto *wsjfInputs = new QHBoxLayout;
    wsjfInputs->setContentsMargins(0, 0, 0, 0);
    //: Short labels of the WSJF inputs: business value, time criticality, risk reduction
    wsjfInputs->addWidget(new QLabel(tr("BV"), this));
    wsjfInputs->addWidget(m_businessValue, 1);
    wsjfInputs->addWidget(new QLabel(tr("TC"), this));
    wsjfInputs->addWidget(m_timeCriticality, 1);
    wsjfInputs->addWidget(new QLabel(tr("RR|OE"), this));
    wsjfInputs->addWidget(m_riskReduction, 1);
    auto *valueEffort = new QHBoxLayout;
    valueEffort->setContentsMargins(0, 0, 0, 0);
    valueEffort->addWidget(m_value, 1);
    valueEffort->addWidget(new QLabel(tr("Effort"), this));
    valueEffort->addWidget(m_effort, 1);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("MoSCoW"), m_moscow);
    form->addRow(tr("Cost of delay"), wsjfInputs);
    form->addRow(tr("Job size"), m_jobSize);
    form->addRow(QString(), m_wsjf);
    form->addRow(tr("Kano"), m_kano);
    form->addRow(tr("Value"), valueEffort);
    form->addRow(QString(), m_valueForEffort);
    form->addRow(QString(), m_goal);

    const auto connectBox = [this](QComboBox *box, Field field) {
        connect(box, &QComboBox::activated, this, [this, box, field] {
            if (!m_loading)
                emit changed(field, box->currentData());
        });
    };
    connectBox(m_moscow, Field::MoscowField);
    connectBox(m_businessValue, Field::BusinessValueField);
    connectBox(m_timeCriticality, Field::TimeCriticalityField);
    connectBox(m_riskReduction, Field::RiskReductionField);
    connectBox(m_kano, Field::KanoField);
    const auto connectNumber = [this](QLineEdit *edit, Field field) {
        connect(edit, &QLineEdit::textEdited, this, [this, field](const QString &text) {
            if (auto value = numberOf(text); value && !m_loading)
                emit changed(field, *value);
        });
    };
    connectNumber(m_jobSize, Field::JobSizeField);
    connectNumber(m_value, Field::ValueField);
    connectNumber(m_effort, Field::EffortField);
    connect(m_goal, &QCheckBox::clicked, this, [this](bool checked) {
        if (!m_loading)
            emit changed(Field::ServesGoalField, checked);
    });
}

QComboBox *ScoringEditor::box(Field field) const
{
    switch (field) {
    case Field::MoscowField: return m_moscow;
    case Field::BusinessValueField: return m_businessValue;
    case Field::TimeCriticalityField: return m_timeCriticality;
    case Field::RiskReductionField: return m_riskReduction;
    case Field::KanoField: return m_kano;
    default: return nullptr;
    }
}

bool ScoringEditor::isNumber(Field field)
{
    return field == Field::JobSizeField || field == Field::ValueField || field == Field::EffortField;
}

QLineEdit *ScoringEditor::numberEdit(Field field) const
{
    switch (field) {
    case Field::JobSizeField: return m_jobSize;
    case Field::ValueField: return m_value;
    case Field::EffortField: return m_effort;
    default: return nullptr;
    }
}

void ScoringEditor::setRow(const BacklogRow &row)
{
    m_loading = true;
    for (Field field : {Field::MoscowField, Field::BusinessValueField, Field::TimeCriticalityField,
                        Field::RiskReductionField, Field::KanoField}) {
        QComboBox *combo = box(field);
        combo->setCurrentIndex(qMax(0, combo->findData(ChangeFieldCommand::rowValue(row, field))));
    }
    const Scores scores = row.scores();
    setTextIfDifferent(m_jobSize, numberText(scores.jobSize));
    m_jobSize->setPlaceholderText(row.isEstimated() ? tr("the estimate, %1").arg(QLocale().toString(double(row.estimate)))
                                                    : tr("none"));
    setTextIfDifferent(m_value, numberText(scores.value));
    setTextIfDifferent(m_effort, numberText(scores.effort));
    m_goal->setChecked(row.servesGoal);
    showScores(row);
    m_loading = false;
}

void ScoringEditor::showScores(const BacklogRow &row)
{
    const Scores scores = row.scores();
    const QLocale locale;
    if (const auto wsjf = Scoring::wsjf(scores, row.estimateValue())) {
        //: %1 the WSJF score, %2 cost of delay, %3 job size
        m_wsjf->setText(tr("<b>WSJF %1</b> = cost of delay %2 ÷ job size %3")
                            .arg(locale.toString(*wsjf, 'f', 1),
                                 locale.toString(*Scoring::costOfDelay(scores)),
                                 locale.toString(*Scoring::jobSize(scores, row.estimateValue()))));
    } else {
        m_wsjf->setText(Scoring::wsjfShortfall(scores, row.estimateValue()).toHtmlEscaped());
    }
    if (const auto ratio = Scoring::valueForEffort(scores))
        m_valueForEffort->setText(tr("<b>Value/effort %1</b>").arg(locale.toString(*ratio, 'f', 1)));
    else
        m_valueForEffort->setText(tr("Value/effort needs a value and an effort above zero."));
}

} // namespace Ordo
