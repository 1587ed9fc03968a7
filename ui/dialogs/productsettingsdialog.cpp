#include "productsettingsdialog.h"

#include "story/checklisteditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Ordo {

ProductSettingsDialog::ProductSettingsDialog(const Product &product, QWidget *parent)
    : QDialog(parent)
    , m_product(product)
    , m_tabs(new QTabWidget(this))
    , m_name(new QLineEdit(product.name, this))
    , m_keyPrefix(new QLineEdit(product.keyPrefix, this))
    , m_goal(new QPlainTextEdit(product.productGoal, this))
    , m_scale(new QComboBox(this))
    , m_sprintLength(new QSpinBox(this))
    , m_maxSize(new QDoubleSpinBox(this))
    , m_staleAfter(new QSpinBox(this))
    , m_readyAgreements(new ChecklistEditor(tr("New agreement"), this))
    , m_done(new ChecklistEditor(tr("New entry"), this))
{
    setWindowTitle(tr("Product Settings"));

    // General.
    auto *general = new QWidget(m_tabs);
    auto *form = new QFormLayout(general);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_keyPrefix->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z][A-Za-z0-9]{0,9}")), m_keyPrefix));
    m_goal->setTabChangesFocus(true);
    m_goal->setFixedHeight(m_goal->fontMetrics().lineSpacing() * 3 + 14);
    for (EstimationScale scale : {EstimationScale::Fibonacci, EstimationScale::PowersOfTwo,
                                  EstimationScale::TShirt, EstimationScale::Linear}) {
        m_scale->addItem(displayName(scale), int(scale));
    }
    m_scale->setCurrentIndex(m_scale->findData(int(product.estimationScale)));
    m_sprintLength->setRange(1, 60);
    m_sprintLength->setSuffix(tr(" days"));
    m_sprintLength->setValue(product.sprintLengthDays);
    m_maxSize->setRange(0.5, 1000);
    m_maxSize->setDecimals(1);
    m_maxSize->setSuffix(tr(" points"));
    m_maxSize->setValue(product.maxStorySize);
    m_maxSize->setToolTip(tr("The largest estimate a story may have and still count as Small"));
    form->addRow(tr("Product &name:"), m_name);
    form->addRow(tr("&Key prefix:"), m_keyPrefix);
    form->addRow(tr("Product &Goal:"), m_goal);
    form->addRow(tr("&Estimation scale:"), m_scale);
    form->addRow(tr("&Sprint length:"), m_sprintLength);
    form->addRow(tr("&Maximum story size:"), m_maxSize);
    m_staleAfter->setObjectName(QStringLiteral("staleAfterDays"));
    m_staleAfter->setRange(1, 3650);
    m_staleAfter->setSuffix(tr(" days"));
    m_staleAfter->setValue(product.staleAfterDays);
    m_staleAfter->setToolTip(tr("Backlog health calls an item stale when nobody changed it for this long"));
    form->addRow(tr("S&tale after:"), m_staleAfter);
    m_tabs->addTab(general, tr("General"));

    // Definition of Ready.
    auto *ready = new QWidget(m_tabs);
    auto *readyLayout = new QVBoxLayout(ready);
    auto *readyIntro = new QLabel(tr("An item is ready for Sprint Planning when it meets every "
                                     "rule ticked here. Ordo checks them and shows a Ready badge "
                                     "in the backlog."),
                                  ready);
    readyIntro->setWordWrap(true);
    readyLayout->addWidget(readyIntro);
    for (ReadyRule rule : allReadyRules) {
        auto *box = new QCheckBox(displayName(rule), ready);
        box->setObjectName(QStringLiteral("readyRule_%1").arg(storageName(rule)));
        box->setChecked(product.readyRules.contains(rule));
        readyLayout->addWidget(box);
        m_rules.append(box);
    }
    auto *agreements = new QLabel(tr("Further agreements of the team, shown in the story "
                                     "editor and checked by the team, not by Ordo:"),
                                  ready);
    agreements->setWordWrap(true);
    readyLayout->addSpacing(8);
    readyLayout->addWidget(agreements);
    m_readyAgreements->setItems(product.definitionOfReady);
    readyLayout->addWidget(m_readyAgreements, 1);
    m_tabs->addTab(ready, tr("Definition of Ready"));

    // Definition of Done.
    auto *done = new QWidget(m_tabs);
    auto *doneLayout = new QVBoxLayout(done);
    auto *doneIntro = new QLabel(tr("What every increment must meet, in the order the sprint "
                                    "review walks it. Double-click an entry to edit it; drag to "
                                    "reorder."),
                                 done);
    doneIntro->setWordWrap(true);
    doneLayout->addWidget(doneIntro);
    m_done->setObjectName(QStringLiteral("definitionOfDone"));
    m_done->setItems(product.definitionOfDone);
    doneLayout->addWidget(m_done, 1);
    m_tabs->addTab(done, tr("Definition of Done"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto validate = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_name->text().trimmed().isEmpty() && m_keyPrefix->hasAcceptableInput());
    };
    connect(m_name, &QLineEdit::textChanged, this, validate);
    connect(m_keyPrefix, &QLineEdit::textChanged, this, validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(qMax(560, sizeHint().width()), qMax(480, sizeHint().height()));
}

void ProductSettingsDialog::showDefinitionOfDone() { m_tabs->setCurrentIndex(2); }

Product ProductSettingsDialog::product() const
{
    Product product = m_product;
    product.name = m_name->text().trimmed();
    product.keyPrefix = m_keyPrefix->text().trimmed().toUpper();
    product.productGoal = m_goal->toPlainText().trimmed();
    product.estimationScale = EstimationScale(m_scale->currentData().toInt());
    product.sprintLengthDays = m_sprintLength->value();
    product.maxStorySize = m_maxSize->value();
    product.staleAfterDays = m_staleAfter->value();
    product.readyRules.clear();
    for (ReadyRule rule : allReadyRules) {
        if (m_rules.at(int(rule))->isChecked())
            product.readyRules.append(rule);
    }
    product.definitionOfReady = m_readyAgreements->items();
    product.definitionOfDone = m_done->items();
    return product;
}

} // namespace Ordo
