#include "mainwindow.h"
#include "mainwindowsettings.h"
#include "presentation/presentationwindow.h"
#include "review/reviewmode.h"
#include "story/storyeditor.h"

#include <QAction>
#include <QGuiApplication>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>

// The main window's part in presentation mode: opening it on the chosen screen with the current
// mode's meeting, and keeping the two windows on one item.

namespace Ordo {

using namespace MainWindowSettings;

PresentationWindow *MainWindow::presentation() const { return m_presentation.data(); }

QScreen *MainWindow::presentationScreen() const
{
    // The screen chosen in View › Present On while it is connected, else the one this is not on.
    const QString chosen = QSettings().value(presentationScreenKey).toString();
    for (QScreen *screen : QGuiApplication::screens()) {
        if (!chosen.isEmpty() && screen->name() == chosen)
            return screen;
    }
    return PresentationWindow::defaultScreen(this);
}

void MainWindow::fillScreenMenu(QMenu *menu)
{
    menu->clear();
    const QScreen *current = presentationScreen();
    for (QScreen *screen : QGuiApplication::screens()) {
        QAction *action = menu->addAction(tr("%1 (%2×%3)").arg(screen->name()).arg(screen->size().width()).arg(screen->size().height()));
        action->setCheckable(true);
        action->setChecked(screen == current);
        connect(action, &QAction::triggered, this, [this, name = screen->name()] {
            QSettings().setValue(presentationScreenKey, name);
            present();
        });
    }
}

void MainWindow::present()
{
    if (!m_document)
        return;
    if (!m_presentation) {
        m_presentation = new PresentationWindow(m_document.get());
        m_presentation->setAttribute(Qt::WA_DeleteOnClose);
        // The two windows follow one item: the presented one shows in the story editor and the
        // review, the one chosen here shows on the wall.
        connect(m_presentation, &PresentationWindow::currentItemChanged, this, [this](ItemId id) {
            if (id == 0)
                return;
            m_storyEditor->setItem(id);
            m_reviewMode->showItem(id);
        });
        connect(m_presentation, &PresentationWindow::errorOccurred, this, &MainWindow::showError);
    }
    // The meeting of the mode on screen; from the backlog, the planning it prepares.
    switch (m_modes->currentIndex()) {
    case SprintModeIndex: m_presentation->setPage(PresentationWindow::BoardPage); break;
    case ReviewModeIndex: m_presentation->setPage(PresentationWindow::ReviewPage); break;
    case ReportsModeIndex: m_presentation->setPage(PresentationWindow::ReportsPage); break;
    default: m_presentation->setPage(PresentationWindow::PlanningPage); break;
    }
    m_presentation->present(presentationScreen());
}

} // namespace Ordo
