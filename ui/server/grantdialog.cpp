#include "grantdialog.h"

#include "problemlabel.h"

#include <QApplication>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Ordo {

GrantDialog::GrantDialog(const QString &productName, QWidget *parent)
    : QDialog(parent)
    , m_user(new QLineEdit(this))
    , m_roles(new QButtonGroup(this))
    , m_problem(makeProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("grantDialog"));
    setWindowTitle(tr("Share with the Team"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Grant"));

    auto *intro = new QLabel(tr("Give a colleague a role in “%1”. They connect with their own PostgreSQL "
                                "login, which the server's administrator creates.")
                                 .arg(productName),
                             this);
    intro->setWordWrap(true);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("their PostgreSQL login, e.g. alice"));

    auto *rolesBox = new QWidget(this);
    auto *rolesLayout = new QVBoxLayout(rolesBox);
    rolesLayout->setContentsMargins(0, 0, 0, 0);
    const struct
    {
        Server::Role role;
        QString explanation;
    } roles[] = {
        {Server::Role::TeamMember, tr("moves cards on the sprint board, estimates and edits acceptance criteria")},
        {Server::Role::Stakeholder, tr("looks at the backlog, the sprints and the reports, and changes nothing")},
        {Server::Role::ProductOwner, tr("can change everything, and share the product with others")},
    };
    for (const auto &entry : roles) {
        //: A role and what it may do, e.g. "Team member: moves cards on the sprint board, ..."
        auto *button = new QRadioButton(tr("%1: %2").arg(Server::roleTitle(entry.role), entry.explanation), rolesBox);
        button->setObjectName(Server::roleKey(entry.role));
        m_roles->addButton(button, int(entry.role));
        rolesLayout->addWidget(button);
    }
    m_roles->button(int(Server::Role::TeamMember))->setChecked(true);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Role:"), rolesBox);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &GrantDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GrantDialog::reject);
    const auto validate = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!user().isEmpty()); };
    connect(m_user, &QLineEdit::textChanged, this, validate);
    validate();
}

QString GrantDialog::user() const { return m_user->text().trimmed(); }

Server::Role GrantDialog::role() const { return Server::Role(m_roles->checkedId()); }

void GrantDialog::setRole(Server::Role role) { m_roles->button(int(role))->setChecked(true); }

void GrantDialog::accept()
{
    if (m_attempt) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const QString problem = m_attempt(role(), user());
        QApplication::restoreOverrideCursor();
        if (!problem.isEmpty()) {
            m_problem->setText(problem);
            m_problem->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace Ordo
