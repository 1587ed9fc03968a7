// The main window's products on a PostgreSQL server: connecting, publishing a file there,
// granting roles, and what the window shows of the connection and of the user's role.
#include "mainwindow.h"
#include "mainwindowsettings.h"

#include "backlogactions.h"
#include "planning/planningmode.h"
#include "productdocument.h"
#include "review/reviewmode.h"
#include "server/connectdialog.h"
#include "server/grantdialog.h"
#include "sprint/sprintmode.h"
#include "story/storyeditor.h"
#include "storage/database.h"
#include "storage/server.h"
#include "widgets/productheader.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

namespace Ordo {

void MainWindow::connectToServer()
{
    ConnectDialog dialog(ConnectDialog::Purpose::Open, this);
    std::unique_ptr<ProductDocument> opened;
    dialog.setAttempt([&opened](const ServerAddress &address) {
        QString error;
        opened = ProductDocument::openServer(address, &error);
        return opened ? QString() : error;
    });
    if (dialog.exec() != QDialog::Accepted || !opened)
        return;
    showServerDocument(std::move(opened));
}

bool MainWindow::openServer(const ServerAddress &address)
{
    QString error;
    auto document = ProductDocument::openServer(address, &error);
    if (document) {
        showServerDocument(std::move(document));
        return true;
    }
    // Most often a password is missing: the dialog asks for it, with what went wrong.
    ConnectDialog dialog(ConnectDialog::Purpose::Open, this);
    dialog.setAddress(address);
    dialog.showProblem(error);
    std::unique_ptr<ProductDocument> opened;
    dialog.setAttempt([&opened](const ServerAddress &chosen) {
        QString why;
        opened = ProductDocument::openServer(chosen, &why);
        return opened ? QString() : why;
    });
    if (dialog.exec() != QDialog::Accepted || !opened)
        return false;
    showServerDocument(std::move(opened));
    return true;
}

void MainWindow::startUpOnServer(const ServerAddress &address)
{
    const int lastMode = QSettings().value(MainWindowSettings::modeKey, int(BacklogModeIndex)).toInt();
    if (openServer(address))
        setMode(lastMode);
}

void MainWindow::showServerDocument(std::unique_ptr<ProductDocument> document)
{
    const Expected<Server::Role> role = Server::roleOf(document->database());
    // A role that cannot be read gives the least: looking only.
    document->setAccess(Access::forRole(role ? *role : Server::Role::Stakeholder));
    document->watchConnection();
    if (document->isLoading())
        showFirstScreen(std::move(document));
    else
        setDocument(std::move(document));
}

void MainWindow::publishToServer()
{
    if (!m_document || m_document->database().isServer())
        return;
    const QString name = m_document->product().name;
    ConnectDialog dialog(ConnectDialog::Purpose::Publish, this);
    dialog.setAttempt([&](const ServerAddress &address) {
        QProgressDialog progress(tr("Publishing “%1” to %2…").arg(name, address.displayName()), tr("Cancel"), 0, 1000, &dialog);
        progress.setWindowTitle(tr("Publish to Server"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        progress.setAutoReset(false);
        progress.setAutoClose(false);
        const Status published = Server::publish(m_document->database(), address, [&progress](qint64 done, qint64 total) {
            progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
        if (published)
            return QString();
        if (progress.wasCanceled())
            return tr("Publishing was cancelled; nothing was written to the server.");
        return published.errorMessage();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ServerAddress address = dialog.address();
    QMessageBox question(QMessageBox::Question, tr("Published"),
                         tr("“%1” is on %2 now, and your team can connect to it. Grant them their roles with "
                            "File > Share with the Team once you have opened it there.")
                             .arg(name, address.displayName()),
                         QMessageBox::NoButton, this);
    question.setObjectName(QStringLiteral("publishedQuestion"));
    question.setInformativeText(tr("This file stays as it was; from now on the team's changes go to the server."));
    QPushButton *openThere = question.addButton(tr("Open on the Server"), QMessageBox::AcceptRole);
    question.addButton(tr("Keep This File Open"), QMessageBox::RejectRole);
    question.setDefaultButton(openThere);
    question.exec();
    if (question.clickedButton() == openThere)
        openServer(address);
}

void MainWindow::shareWithTeam()
{
    if (!m_document || !m_document->database().isServer())
        return;
    const ServerAddress address = m_document->database().serverAddress();
    GrantDialog dialog(m_document->product().name, this);
    dialog.setAttempt([address](Server::Role role, const QString &user) {
        const Status granted = Server::grant(address, role, user);
        return granted ? QString() : granted.errorMessage();
    });
    if (dialog.exec() == QDialog::Accepted) {
        statusBar()->showMessage(tr("%1 is now %2 of this product.").arg(dialog.user(), Server::roleTitle(dialog.role())),
                                 8000);
    }
}

void MainWindow::applyAccess()
{
    if (!m_roleLabel) // still assembling the window
        return;
    const Access access = m_document ? m_document->access() : Access();
    const bool open = m_document != nullptr;
    m_importAction->setEnabled(open && access.may(Access::Change::Product));
    m_productSettingsAction->setEnabled(open && access.may(Access::Change::Product));
    m_proposeAction->setEnabled(open && access.may(Access::Change::Backlog));
    m_cleanUpAction->setEnabled(open && access.may(Access::Change::Backlog));
    const bool onServer = open && m_document->database().isServer();
    m_publishAction->setEnabled(open && !onServer);
    m_shareAction->setEnabled(onServer && access.isConnected() && access.role() == Server::Role::ProductOwner);
    m_header->setGoalEditable(access.may(Access::Change::Product));
    if (open) {
        QUndoStack *stack = m_document->undoStack();
        m_undoAction->setEnabled(stack->canUndo() && access.mayChangeAnything());
        m_redoAction->setEnabled(stack->canRedo() && access.mayChangeAnything());
    }
    m_backlogActions->updateEnabled();
    m_storyEditor->updateAccess();
    m_planningMode->updateAccess();
    m_sprintMode->updateAccess();
    m_reviewMode->updateAccess();

    if (!onServer) {
        m_roleLabel->hide();
        m_connectionBanner->hide();
        return;
    }
    //: Status bar: the user's role in a product on a server, e.g. "Team member"
    m_roleLabel->setText(tr("%1 on the server").arg(Server::roleTitle(access.role())));
    m_roleLabel->setToolTip(m_document->path());
    m_roleLabel->show();
    m_connectionBanner->setVisible(!access.isConnected());
}

void MainWindow::showConnectionLost()
{
    m_connectionBanner->setText(tr("The connection to the server is lost. Ordo is reconnecting; until then "
                                   "nothing can be changed, and what you are typing stays where it is."));
    m_connectionBanner->show();
}

void MainWindow::showConnectionRestored()
{
    m_connectionBanner->hide();
    statusBar()->showMessage(tr("Connected to the server again."), 6000);
}

} // namespace Ordo
