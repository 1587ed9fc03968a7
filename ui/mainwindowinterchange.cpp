// The main window's imports and exports: File > Import... and File > Export.
#include "mainwindow.h"

#include "backlog/backlogpanel.h"
#include "backlog/backlogview.h"
#include "interchange/importwizard.h"
#include "productdocument.h"

#include <QDir>
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
    const QList<ItemId> created = wizard.result().created;
    if (created.isEmpty() || !m_document)
        return;
    // The new items, selected where they landed in the backlog.
    setMode(BacklogModeIndex);
    m_backlogPanel->view()->selectIds(created);
    statusBar()->showMessage(tr("Imported %n item(s) from %1", "", int(created.size()))
                                 .arg(QDir::toNativeSeparators(wizard.path())),
                             8000);
}

} // namespace Ordo
