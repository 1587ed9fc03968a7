#include "feedbackdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Ordo {

FeedbackDialog::FeedbackDialog(const QString &sprintName, QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_requester(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_top(new QRadioButton(tr("At the &top of the Product Backlog"), this))
    , m_bottom(new QRadioButton(tr("At the &bottom, to be ordered later"), this))
{
    setWindowTitle(tr("New Item from Feedback"));
    auto *intro = new QLabel(tr("What a stakeholder asked for at the %1 review becomes a new item in the Product "
                                "Backlog, not in the sprint. The review's report lists it with who asked.")
                                 .arg(sprintName),
                             this);
    intro->setWordWrap(true);
    m_title->setPlaceholderText(tr("What they asked for, in a few words"));
    m_requester->setPlaceholderText(tr("Who asked, e.g. “Anna Berg, Partner stores”"));
    m_description->setPlaceholderText(tr("What was said, and why it matters to them"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 5 + 12);
    for (ItemType type : {ItemType::Story, ItemType::Bug, ItemType::Enabler, ItemType::Spike, ItemType::TechnicalDebt})
        m_type->addItem(displayName(type), int(type));
    m_bottom->setChecked(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("&Requester:"), m_requester);
    form->addRow(tr("&What was said:"), m_description);
    auto *place = new QVBoxLayout;
    place->addWidget(m_bottom);
    place->addWidget(m_top);
    form->addRow(tr("Place:"), place);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Add to Backlog"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &FeedbackDialog::updateOk);
    connect(m_requester, &QLineEdit::textChanged, this, &FeedbackDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    updateOk();
}

void FeedbackDialog::updateOk()
{
    const bool complete = !m_title->text().trimmed().isEmpty() && !m_requester->text().trimmed().isEmpty();
    m_ok->setEnabled(complete);
    m_ok->setToolTip(complete ? QString() : tr("Write what was asked for and who asked"));
}

BacklogItem FeedbackDialog::item() const
{
    BacklogItem item;
    item.type = ItemType(m_type->currentData().toInt());
    item.title = m_title->text().simplified();
    item.requester = m_requester->text().simplified();
    item.description = m_description->toPlainText().trimmed();
    return item;
}

bool FeedbackDialog::atTop() const { return m_top->isChecked(); }

} // namespace Ordo
