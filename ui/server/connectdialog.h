#pragma once

#include "storage/database.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace Ordo {

// Where a product on a PostgreSQL server is: host, port, database, user, password (or none, for
// ~/.pgpass) and the TLS mode, with the recent connections (ServerConnections) to pick from.
// File > Connect to Server opens a product there; File > Publish to Server copies this one there.
//
// The dialog stays open until `attempt` (given the address) succeeds: a refused login or an
// unreachable server shows its message under the fields, with everything typed kept.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Open, Publish };
    // Returns an empty string on success, else why it failed (shown in the dialog).
    using Attempt = std::function<QString(const ServerAddress &address)>;

    explicit ConnectDialog(Purpose purpose, QWidget *parent = nullptr);

    void setAttempt(Attempt attempt) { m_attempt = std::move(attempt); }
    void setAddress(const ServerAddress &address);
    ServerAddress address() const;
    // Shows why the last attempt failed (before the dialog opens, e.g. `ordo postgresql://...`).
    void showProblem(const QString &problem);

    // The libpq TLS modes (sslmode), in the order the dialog offers them.
    static QStringList tlsModes();

    void accept() override;

private:
    void recentChosen();
    void forgetRecent();
    void fillRecent();
    void validate();

    Purpose m_purpose;
    Attempt m_attempt;
    QListWidget *m_recent;
    QPushButton *m_forget;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_tls;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QString m_otherOptions; // libpq options besides sslmode, kept from a recent connection
};

} // namespace Ordo
