#pragma once

#include "storage/server.h"

#include <QDialog>

#include <functional>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Ordo {

// File > Share with the Team: the Product Owner gives a colleague (a PostgreSQL login) one of the
// product's three roles. The dialog stays open until `attempt` succeeds, showing why it did not.
class GrantDialog : public QDialog
{
    Q_OBJECT

public:
    // Returns an empty string on success, else why it failed.
    using Attempt = std::function<QString(Server::Role role, const QString &user)>;

    explicit GrantDialog(const QString &productName, QWidget *parent = nullptr);

    void setAttempt(Attempt attempt) { m_attempt = std::move(attempt); }
    QString user() const;
    Server::Role role() const;
    void setRole(Server::Role role);

    void accept() override;

private:
    Attempt m_attempt;
    QLineEdit *m_user;
    QButtonGroup *m_roles;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Ordo
