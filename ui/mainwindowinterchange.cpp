// The main window's imports and exports: File > Import... and File > Export.
#include "mainwindow.h"

#include "backlog/backlogpanel.h"
#include "backlog/backlogview.h"
#include "interchange/export.h"
#include "interchange/importwizard.h"
#include "productdocument.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace Ordo {

void MainWindow::importBacklog()
{
    if (m_loading)
        return;
    ImportWizard wizard(m_document.get(), this);
    wizard.exec();
    if (!wizard.newProductPath().isEmpty()) {
        openFile(wizard.newProductPath());
        return;
    }
    const QList<ItemId> created = wizard.importResult().created;
    if (created.isEmpty() || !m_document)
        return;
    // The new items, selected where they landed in the backlog.
    setMode(BacklogModeIndex);
    m_backlogPanel->view()->selectIds(created);
    statusBar()->showMessage(tr("Imported %n item(s) from %1", "", int(created.size()))
                                 .arg(QDir::toNativeSeparators(wizard.path())),
                             8000);
}

void MainWindow::fillExportMenu(QMenu *menu)
{
    const auto add = [this, menu](const QString &text, const QString &tip, Export::Format format) {
        QAction *action = menu->addAction(text);
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, [this, format] { exportBacklog(int(format)); });
    };
    add(tr("&Jira CSV…"), tr("The backlog in order, for Jira's CSV importer"), Export::Format::JiraCsv);
    add(tr("&Azure DevOps CSV…"), tr("The backlog as a tree of epics and their items, for Azure DevOps' import (1,000 rows per file)"),
        Export::Format::AzureCsv);
    menu->addSeparator();
    add(tr("Ordo &Backup (JSON)…"), tr("Everything in the product in one JSON file, which Ordo restores as it was"),
        Export::Format::Json);
}

void MainWindow::exportBacklog(int which)
{
    if (!m_document)
        return;
    const auto format = Export::Format(which);
    const QFileInfo product(m_document->path());
    QString suffix;
    QString filter;
    switch (format) {
    case Export::Format::JiraCsv:
        //: Suggested file name of a Jira export: %1 is the product file's name
        suffix = tr("%1 for Jira.csv");
        filter = tr("CSV files (*.csv)");
        break;
    case Export::Format::AzureCsv:
        //: Suggested file name of an Azure DevOps export: %1 is the product file's name
        suffix = tr("%1 for Azure DevOps.csv");
        filter = tr("CSV files (*.csv)");
        break;
    case Export::Format::Json:
        //: Suggested file name of a backup: %1 is the product file's name, %2 today's date
        suffix = tr("%1 backup %2.json").arg(QStringLiteral("%1"), QDate::currentDate().toString(Qt::ISODate));
        filter = tr("Ordo backups (*.json)");
        break;
    }
    const QString suggestion = product.absoluteDir().filePath(suffix.arg(product.completeBaseName()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggestion, filter);
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = Export::exportTo(m_document->database(), format, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(this, tr("Cannot Export"), written.errorMessage());
        return;
    }
    if (written->size() == 1) {
        statusBar()->showMessage(tr("Exported %n item(s) to %1", "", written->constFirst().items)
                                     .arg(QDir::toNativeSeparators(written->constFirst().path)),
                                 8000);
        return;
    }
    // Several files: the Product Owner needs their names to import them one by one.
    QStringList files;
    int items = 0;
    for (const Export::ExportedFile &file : *written) {
        //: One file of an export in several files: %1 is its name, %n its items
        files.append(tr("%1 (%n item(s))", "", file.items).arg(QFileInfo(file.path).fileName()));
        items += file.items;
    }
    QMessageBox box(QMessageBox::Information, tr("Exported"),
                    tr("%n item(s) in %1 files, each under Azure DevOps' limit of 1,000 rows, with every epic's "
                       "tree in one file:", "", items)
                        .arg(written->size()),
                    QMessageBox::Ok, this);
    box.setInformativeText(files.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace Ordo
