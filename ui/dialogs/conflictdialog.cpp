#include "conflictdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Ordo {
namespace {

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QLabel *headerLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setWordWrap(true);
    return label;
}

} // namespace

ConflictDialog::ConflictDialog(const QString &item, const QList<ConflictField> &fields, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Changed by Someone Else"));
    auto *layout = new QVBoxLayout(this);
    //: %1 is the Product Backlog item's key and title
    auto *intro = new QLabel(tr("Someone else changed %1 while you were editing it. Choose, for each field, "
                                "which value to keep.")
                                 .arg(item),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->addWidget(headerLabel(tr("Field"), this), 0, 0);
    grid->addWidget(headerLabel(tr("Theirs (now in the product)"), this), 0, 1, 1, 2);
    grid->addWidget(headerLabel(tr("Mine"), this), 0, 3, 1, 2);
    for (int i = 0; i < fields.size(); ++i) {
        const ConflictField &field = fields.at(i);
        const int row = i + 1;
        auto *name = new QLabel(field.name, this);
        name->setWordWrap(true);
        name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(name, row, 0);

        auto *group = new QButtonGroup(this);
        auto *theirs = new QRadioButton(this);
        //: The choice that keeps the value someone else wrote; %1 is the field's name
        theirs->setAccessibleName(tr("Keep theirs: %1").arg(field.name));
        theirs->setChecked(true);
        auto *mine = new QRadioButton(this);
        //: The choice that writes the user's own value again; %1 is the field's name
        mine->setAccessibleName(tr("Keep mine: %1").arg(field.name));
        group->addButton(theirs);
        group->addButton(mine);
        m_theirs.append(theirs);
        m_mine.append(mine);

        QString theirsText = field.theirs;
        if (!field.changedBy.isEmpty())
            //: %1 is a value, %2 who wrote it
            theirsText = tr("%1\n(changed by %2)").arg(field.theirs, field.changedBy);
        grid->addWidget(theirs, row, 1, Qt::AlignTop);
        QLabel *theirsLabel = valueLabel(theirsText, this);
        theirsLabel->setBuddy(theirs);
        grid->addWidget(theirsLabel, row, 2);
        grid->addWidget(mine, row, 3, Qt::AlignTop);
        QLabel *mineLabel = valueLabel(field.mine, this);
        mineLabel->setBuddy(mine);
        grid->addWidget(mineLabel, row, 4);
    }
    grid->setColumnStretch(2, 1);
    grid->setColumnStretch(4, 1);
    layout->addLayout(grid);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply Choices"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Keep Theirs"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QList<bool> ConflictDialog::keepMine() const
{
    QList<bool> choices;
    for (const QRadioButton *mine : m_mine)
        choices.append(mine->isChecked());
    return choices;
}

void ConflictDialog::setKeepMine(int field, bool mine)
{
    if (field < 0 || field >= m_mine.size())
        return;
    (mine ? m_mine : m_theirs).at(field)->setChecked(true);
}

QList<bool> ConflictDialog::ask(QWidget *parent, const QString &item, const QList<ConflictField> &fields)
{
    ConflictDialog dialog(item, fields, parent);
    if (dialog.exec() != QDialog::Accepted)
        return QList<bool>(fields.size(), false);
    return dialog.keepMine();
}

} // namespace Ordo
