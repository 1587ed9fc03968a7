#include "decisiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ordo {

DecisionDialog::DecisionDialog(const QString &statement,
                               const QString &details,
                               const QString &stakeholder,
                               const QStringList &knownStakeholders,
                               QWidget *parent)
    : QDialog(parent)
    , m_reasoning(new QPlainTextEdit(this))
    , m_stakeholder(new QComboBox(this))
    , m_askAgain(new QCheckBox(tr("Ask for the reasoning every time"), this))
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(tr("Record the Decision"));

    auto *heading = new QLabel(statement, this);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);
    heading->setWordWrap(true);
    auto *detailLabel = new QLabel(details, this);
    detailLabel->setWordWrap(true);
    detailLabel->setVisible(!details.isEmpty());

    m_reasoning->setObjectName(QStringLiteral("reasoning"));
    m_reasoning->setPlaceholderText(
        tr("Why? Stakeholders will read this in the decision log, e.g. “Only two customers "
           "asked; the export covers it.”"));
    m_reasoning->setTabChangesFocus(true);
    m_reasoning->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    m_stakeholder->setObjectName(QStringLiteral("stakeholder"));
    m_stakeholder->setEditable(true);
    m_stakeholder->setInsertPolicy(QComboBox::NoInsert);
    m_stakeholder->addItems(knownStakeholders);
    m_stakeholder->setCurrentText(stakeholder);
    m_stakeholder->lineEdit()->setPlaceholderText(tr("Who asked, or who is affected (optional)"));
    m_askAgain->setChecked(true);
    m_askAgain->setToolTip(tr("When off, Ordo records decisions without asking; turn it back on "
                              "in the Decisions view."));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Reasoning:"), m_reasoning);
    form->addRow(tr("S&takeholder:"), m_stakeholder);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *record = buttons->addButton(tr("Record Decision"), QDialogButtonBox::AcceptRole);
    record->setDefault(true);
    QPushButton *skip = buttons->addButton(tr("Don't Record"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(skip, &QPushButton::clicked, this, [this] { done(Skip); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(detailLabel);
    layout->addLayout(form);
    layout->addWidget(m_askAgain);
    layout->addWidget(buttons);
    resize(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 70), sizeHint().height());
    m_reasoning->setFocus();
}

QString DecisionDialog::reasoning() const { return m_reasoning->toPlainText().trimmed(); }

QString DecisionDialog::stakeholder() const { return m_stakeholder->currentText().trimmed(); }

bool DecisionDialog::askAgain() const { return m_askAgain->isChecked(); }

} // namespace Ordo
