#include "connectdialog.h"

#include "problemlabel.h"
#include "serverconnections.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Ordo {
namespace {

const QString sslModeKey = QStringLiteral("sslmode=");
const QString defaultTlsMode = QStringLiteral("prefer");

// The libpq options of a ServerAddress ("a=1;b=2") as a list, without empty parts.
QStringList optionList(const QString &options)
{
    QStringList list;
    for (const QString &option : options.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!option.trimmed().isEmpty())
            list.append(option.trimmed());
    }
    return list;
}

} // namespace

QStringList ConnectDialog::tlsModes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

ConnectDialog::ConnectDialog(Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_recent(new QListWidget(this))
    , m_forget(new QPushButton(tr("&Forget"), this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_problem(makeProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("connectDialog"));
    const bool publishing = purpose == Purpose::Publish;
    setWindowTitle(publishing ? tr("Publish to Server") : tr("Connect to Server"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(publishing ? tr("&Publish") : tr("&Connect"));

    auto *intro = new QLabel(publishing
                                 ? tr("Copy this product into a database on a PostgreSQL server, so that the "
                                      "team shares one backlog. The database must be empty; if it does not "
                                      "exist yet, Ordo creates it when you may create databases. Publishing "
                                      "also creates the roles Product Owner, team member and stakeholder.")
                                 : tr("Open a product that your team shares on a PostgreSQL server."),
                             this);
    intro->setWordWrap(true);

    m_recent->setObjectName(QStringLiteral("recentConnections"));
    m_recent->setAlternatingRowColors(true);
    m_recent->setMaximumHeight(m_recent->fontMetrics().lineSpacing() * 6 + 8);
    m_forget->setToolTip(tr("Remove the chosen connection from this list"));

    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("e.g. db.example.com"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setAccelerated(true);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setPlaceholderText(tr("one database per product"));
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setText(qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER")));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass or PGPASSWORD"));
    m_password->setToolTip(tr("The password is never kept by Ordo. Leave it empty to let the server's "
                              "client library read it from ~/.pgpass or the PGPASSWORD variable."));
    m_tls->setObjectName(QStringLiteral("tls"));
    const QStringList descriptions = {
        tr("Off: never encrypt"),
        tr("Allow: encrypt only if the server insists"),
        tr("Prefer: encrypt when the server can (default)"),
        tr("Require: always encrypt, trust any certificate"),
        tr("Verify CA: encrypt, certificate signed by a trusted authority"),
        tr("Verify full: encrypt, trusted certificate for this host name"),
    };
    const QStringList modes = tlsModes();
    for (int i = 0; i < modes.size(); ++i)
        m_tls->addItem(descriptions.at(i), modes.at(i));
    m_tls->setCurrentIndex(int(modes.indexOf(defaultTlsMode)));

    auto *recentBox = new QWidget(this);
    auto *recentLayout = new QVBoxLayout(recentBox);
    recentLayout->setContentsMargins(0, 0, 0, 0);
    auto *recentLabel = new QLabel(tr("&Recent connections:"), recentBox);
    recentLabel->setBuddy(m_recent);
    auto *recentRow = new QHBoxLayout;
    recentRow->addWidget(m_recent, 1);
    recentRow->addWidget(m_forget, 0, Qt::AlignTop);
    recentLayout->addWidget(recentLabel);
    recentLayout->addLayout(recentRow);

    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("P&ort:"), this);
    portLabel->setBuddy(m_port);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *hostLabel = new QLabel(tr("&Server:"), this);
    hostLabel->setBuddy(m_host); // a row holding a layout gets no buddy by itself
    form->addRow(hostLabel, hostRow);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Encryption:"), m_tls);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(recentBox);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(m_recent, &QListWidget::currentRowChanged, this, &ConnectDialog::recentChosen);
    connect(m_recent, &QListWidget::itemActivated, this, [this] {
        recentChosen();
        m_password->setFocus();
    });
    connect(m_forget, &QPushButton::clicked, this, &ConnectDialog::forgetRecent);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::validate);

    fillRecent();
    recentBox->setVisible(m_recent->count() > 0);
    if (m_recent->count() > 0 && purpose == Purpose::Open)
        m_recent->setCurrentRow(0);
    else if (m_host->text().isEmpty())
        m_host->setText(QStringLiteral("localhost"));
    validate();
}

void ConnectDialog::fillRecent()
{
    m_recent->clear();
    for (const ServerAddress &address : ServerConnections::recent()) {
        auto *item = new QListWidgetItem(address.displayName(), m_recent);
        item->setData(Qt::UserRole, QVariant::fromValue(address.displayName()));
    }
    m_forget->setEnabled(m_recent->count() > 0);
}

void ConnectDialog::recentChosen()
{
    const int row = m_recent->currentRow();
    const QList<ServerAddress> addresses = ServerConnections::recent();
    if (row < 0 || row >= addresses.size())
        return;
    setAddress(addresses.at(row));
}

void ConnectDialog::forgetRecent()
{
    const int row = m_recent->currentRow();
    const QList<ServerAddress> addresses = ServerConnections::recent();
    if (row < 0 || row >= addresses.size())
        return;
    ServerConnections::forget(addresses.at(row));
    fillRecent();
}

void ConnectDialog::setAddress(const ServerAddress &address)
{
    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    m_password->setText(address.password);
    QString mode = defaultTlsMode;
    QStringList others;
    for (const QString &option : optionList(address.options)) {
        if (option.startsWith(sslModeKey))
            mode = option.mid(sslModeKey.size());
        else
            others.append(option);
    }
    const int index = m_tls->findData(mode);
    m_tls->setCurrentIndex(index >= 0 ? index : m_tls->findData(defaultTlsMode));
    m_otherOptions = others.join(QLatin1Char(';'));
    validate();
}

ServerAddress ConnectDialog::address() const
{
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.password = m_password->text();
    QStringList options = optionList(m_otherOptions);
    options.prepend(sslModeKey + m_tls->currentData().toString());
    // A server that does not answer should not hang the window for minutes.
    if (!m_otherOptions.contains(QLatin1String("connect_timeout=")))
        options.append(QStringLiteral("connect_timeout=10"));
    address.options = options.join(QLatin1Char(';'));
    return address;
}

void ConnectDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void ConnectDialog::validate()
{
    const bool complete = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
        && !m_user->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

void ConnectDialog::accept()
{
    const ServerAddress chosen = address();
    if (m_attempt) {
        m_problem->hide();
        QString problem;
        {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            setEnabled(false);
            problem = m_attempt(chosen);
            setEnabled(true);
            QApplication::restoreOverrideCursor();
        }
        if (!problem.isEmpty()) {
            m_problem->setText(problem);
            m_problem->show();
            return;
        }
    }
    ServerConnections::remember(chosen);
    QDialog::accept();
}

} // namespace Ordo
