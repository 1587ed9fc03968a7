#include "mainwindow.h"
#include "presentation/presentationwindow.h"
#include "mainwindowsettings.h"

#include "backlog/backlogmode.h"
#include "backlog/backlogmodel.h"
#include "backlogeditor.h"
#include "backlog/backlogpanel.h"
#include "backlog/backlogview.h"
#include "archive/archiveview.h"
#include "backlogactions.h"
#include "epics/epicspanel.h"
#include "decisions/decisionspanel.h"
#include "health/healthpanel.h"
#include "prioritization/proposaldialog.h"
#include "dialogs/cleanupdialog.h"
#include "dialogs/conflictdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "dialogs/newproductdialog.h"
#include "dialogs/productsettingsdialog.h"
#include "services/readiness.h"
#include "story/storyeditor.h"
#include "productdocument.h"
#include "sprinteditor.h"
#include "productlocations.h"
#include "recentfiles.h"
#include "services/demoproduct.h"
#include "storage/database.h"
#include "start/startpage.h"
#include "widgets/emptybacklog.h"
#include "widgets/panelaction.h"
#include "widgets/productheader.h"
#include "modes/modebar.h"
#include "planning/planningmode.h"
#include "reports/reportsmode.h"
#include "review/reviewmode.h"
#include "sprint/sprintmode.h"
#include "sprinteditor.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QUndoStack>
#include <QUndoView>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace Ordo {
namespace {

using namespace MainWindowSettings;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_modeBar(new ModeBar(this))
    , m_modes(new QStackedWidget(this))
    , m_planningMode(new PlanningMode(this))
    , m_sprintMode(new SprintMode(this))
    , m_reviewMode(new ReviewMode(this))
    , m_reportsMode(new ReportsMode(this))
    , m_modeStates(ModeCount)
    , m_backlogMode(new BacklogMode(this))
    , m_header(m_backlogMode->header())
    , m_pages(m_backlogMode->pages())
    , m_backlogPanel(m_backlogMode->panel())
    , m_emptyBacklog(m_backlogMode->emptyBacklog())
    , m_startPage(m_backlogMode->startPage())
    , m_recentFiles(new RecentFiles(this))
    , m_backlogActions(new BacklogActions(m_backlogPanel, this))
    , m_undoView(new QUndoView(this))
    , m_epicsPanel(new EpicsPanel(this))
    , m_archiveView(new ArchiveView(this))
    , m_storyEditor(new StoryEditor(this))
    , m_healthPanel(new HealthPanel(this))
    , m_decisionsPanel(new DecisionsPanel(this))
    , m_readinessSummary(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Ordo"));

    // The modes, each its own widget: the window only assembles them.
    m_modes->addWidget(m_backlogMode);
    m_modes->addWidget(m_planningMode);
    m_modes->addWidget(m_sprintMode);
    m_modes->addWidget(m_reviewMode);
    m_modes->addWidget(m_reportsMode);
    auto *central = new QWidget(this);
    auto *modesLayout = new QHBoxLayout(central);
    modesLayout->setContentsMargins(0, 0, 0, 0);
    modesLayout->setSpacing(0);
    modesLayout->addWidget(m_modeBar);
    modesLayout->addWidget(m_modes, 1);
    // Above the modes, while the connection to a server is lost: what it means for the user.
    m_connectionBanner = new QLabel(this);
    m_connectionBanner->setObjectName(QStringLiteral("connectionBanner"));
    m_connectionBanner->setWordWrap(true);
    m_connectionBanner->setMargin(fontMetrics().height() / 2);
    m_connectionBanner->setStyleSheet(QStringLiteral("QLabel#connectionBanner { background: #8a1c1c; color: white; font-weight: bold; }"));
    m_connectionBanner->hide();
    auto *outer = new QWidget(this);
    auto *outerLayout = new QVBoxLayout(outer);
    outerLayout->setContentsMargins(0, 0, 0, 0);
    outerLayout->setSpacing(0);
    outerLayout->addWidget(m_connectionBanner);
    outerLayout->addWidget(central, 1);
    setCentralWidget(outer);

    createDocks();
    createModes();
    createActions();
    createMenus();
    m_readinessSummary->setObjectName(QStringLiteral("readinessSummary"));
    statusBar()->addPermanentWidget(m_readinessSummary);
    m_roleLabel = new QLabel(this);
    m_roleLabel->setObjectName(QStringLiteral("roleLabel"));
    m_roleLabel->hide();
    statusBar()->addPermanentWidget(m_roleLabel);

    BacklogView *view = m_backlogPanel->view();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_backlogActions, &BacklogActions::errorOccurred, this, &MainWindow::showError);
    connect(m_backlogPanel, &BacklogPanel::errorOccurred, this, &MainWindow::showError);
    connect(m_backlogPanel, &BacklogPanel::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 6000);
    });

    connect(m_header, &ProductHeader::goalEdited, this, [this](const QString &goal) {
        if (!m_document)
            return;
        Product product = m_document->product();
        product.productGoal = goal;
        if (auto changed = Commands::setProduct(m_document->commands(), product); !changed)
            showError(changed.errorMessage());
    });
    connect(m_recentFiles, &RecentFiles::fileRequested, this, &MainWindow::openFile);
    connect(m_emptyBacklog, &EmptyBacklog::demoRequested, this, &MainWindow::openDemo);
    connect(m_startPage, &StartPage::newProductRequested, this, &MainWindow::newProduct);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::open);
    connect(m_startPage, &StartPage::demoRequested, this, &MainWindow::openDemo);
    connect(m_startPage, &StartPage::fileRequested, this, &MainWindow::openFile);

    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(qMin(1280, available.width() * 9 / 10), qMin(800, available.height() * 9 / 10));
    }
    for (int mode = PlanningModeIndex; mode < ModeCount; ++mode)
        m_modeStates[mode] = settings.value(modeStateKey(mode)).toByteArray();
    if (!restoreState(settings.value(stateKey).toByteArray())) {
        // First start: room for epic names beside the backlog.
        QTimer::singleShot(0, this, [this] {
            const QList<QDockWidget *> left{findChild<QDockWidget *>(QStringLiteral("epicsDock"))};
            resizeDocks(left, {fontMetrics().averageCharWidth() * 36}, Qt::Horizontal);
        });
    }
    // Until startUp() or openFile() opens a product.
    showStartPage();
}

MainWindow::~MainWindow()
{
    // Views let go of the document's models before the document goes.
    attachViews(nullptr);
    delete m_presentation;
    delete m_proposalDialog;
    m_undoView->setStack(nullptr);
}

void MainWindow::createModes()
{
    m_modeBar->addMode(tr("Backlog"), tr("Groom the Product Backlog: order, refine, split, score (Ctrl+1)"));
    m_modeBar->addMode(tr("Planning"), tr("Plan a sprint against capacity and velocity (Ctrl+2)"));
    m_modeBar->addMode(tr("Sprint"), tr("The running sprint's board (Ctrl+3)"));
    m_modeBar->addMode(tr("Review"), tr("The sprint review: accept or reject each finished item, criterion by criterion (Ctrl+4)"));
    m_modeBar->addMode(tr("Reports"), tr("Burndown, velocity, release burnup, forecasts and outcomes for stakeholders (Ctrl+5)"));
    connect(m_modeBar, &ModeBar::modeChanged, this, &MainWindow::setMode);
    for (QAction *action : m_modeBar->actions())
        addAction(action);

    // The item chosen in any mode shows in the story editor, and on the wall while presenting.
    const auto follow = [this](ItemId id) {
        m_storyEditor->setItem(id);
        if (m_presentation)
            m_presentation->showItem(id);
    };
    connect(m_planningMode, &PlanningMode::currentItemChanged, this, follow);
    connect(m_sprintMode, &SprintMode::currentItemChanged, this, follow);
    connect(m_reviewMode, &ReviewMode::currentItemChanged, this, follow);
    connect(m_reviewMode, &ReviewMode::feedbackAdded, this, follow);
    connect(m_reviewMode, &ReviewMode::errorOccurred, this, &MainWindow::showError);
    connect(m_planningMode, &PlanningMode::errorOccurred, this, &MainWindow::showError);
    connect(m_sprintMode, &SprintMode::errorOccurred, this, &MainWindow::showError);
    connect(m_reportsMode, &ReportsMode::errorOccurred, this, &MainWindow::showError);
    const auto message = [this](const QString &text) { statusBar()->showMessage(text, 6000); };
    connect(m_planningMode, &PlanningMode::statusMessage, this, message);
    connect(m_sprintMode, &SprintMode::statusMessage, this, message);
    connect(m_reviewMode, &ReviewMode::statusMessage, this, message);
    connect(m_reviewMode, &ReviewMode::closeSprintRequested, m_sprintMode, &SprintMode::closeSprint);
    connect(m_sprintMode, &SprintMode::planningRequested, this, [this] { setMode(PlanningModeIndex); });
    connect(m_sprintMode, &SprintMode::reviewRequested, this, [this](ItemId id) {
        setMode(ReviewModeIndex);
        m_reviewMode->showItem(id);
    });
    // Only the mode on screen follows the backlog.
    m_planningMode->setActive(false);
    m_sprintMode->setActive(false);
}

int MainWindow::currentMode() const { return m_mode; }

void MainWindow::setMode(int mode)
{
    if (mode < 0 || mode >= ModeCount)
        return;
    m_modeBar->setCurrentMode(mode);
    if (mode == m_mode)
        return;
    if (m_pages->currentWidget() != m_startPage)
        m_modeStates[m_mode] = saveState();
    m_mode = mode;
    m_planningMode->setActive(mode == PlanningModeIndex);
    m_sprintMode->setActive(mode == SprintModeIndex);
    m_reviewMode->setActive(mode == ReviewModeIndex);
    m_reportsMode->setActive(mode == ReportsModeIndex);
    m_backlogActions->setKeysActive(mode == BacklogModeIndex);
    m_modes->setCurrentIndex(mode);
    if (m_pages->currentWidget() != m_startPage) {
        if (!m_modeStates.at(mode).isEmpty() && restoreState(m_modeStates.at(mode))) {
            // This mode's own layout.
        } else if (mode != BacklogModeIndex) {
            // First visit: the room for the mode's own work; Planning keeps the story editor
            // beside it, the board takes the whole width.
            for (QDockWidget *dock : findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
                if (mode != PlanningModeIndex || dock->objectName() != QLatin1String("storyDock"))
                    dock->hide();
            }
            if (mode == PlanningModeIndex) {
                auto *story = findChild<QDockWidget *>(QStringLiteral("storyDock"));
                story->show();
                story->raise();
            }
        }
    }
    switch (mode) {
    case PlanningModeIndex: m_planningMode->backlogView()->setFocus(); break;
    case SprintModeIndex: m_sprintMode->setFocus(); break;
    case ReviewModeIndex: m_reviewMode->itemList()->setFocus(); break;
    case ReportsModeIndex: m_reportsMode->setFocus(); break;
    default: m_backlogPanel->view()->setFocus(); break;
    }
}

void MainWindow::createDocks()
{
    const auto addDock = [this](const QString &title, const char *name, QWidget *widget, Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(QString::fromLatin1(name));
        dock->setWidget(widget);
        addDockWidget(area, dock);
        return dock;
    };
    addDock(tr("Epics"), "epicsDock", m_epicsPanel, Qt::LeftDockWidgetArea);
    connect(m_healthPanel, &HealthPanel::itemsRequested, m_backlogPanel, &BacklogPanel::showItems);
    connect(m_healthPanel, &HealthPanel::cleanUpRequested, this, &MainWindow::cleanUp);
    QDockWidget *story = addDock(tr("Story"), "storyDock", m_storyEditor, Qt::RightDockWidgetArea);
    story->setMinimumWidth(360);
    // Health sits behind the story editor: one tab away, as wide as the editor.
    QDockWidget *health = addDock(tr("Backlog Health"), "healthDock", m_healthPanel, Qt::RightDockWidgetArea);
    tabifyDockWidget(story, health);
    story->raise();
    m_storyEditor->setActions(m_backlogActions->addDependencyAction, m_backlogActions->splitAction);
    connect(m_storyEditor, &StoryEditor::errorOccurred, this, &MainWindow::showError);
    connect(m_backlogPanel, &BacklogPanel::highlightTermsChanged, m_storyEditor, &StoryEditor::setHighlightTerms);
    addDock(tr("Archive"), "archiveDock", m_archiveView, Qt::RightDockWidgetArea)->hide();
    addDock(tr("Decisions"), "decisionsDock", m_decisionsPanel, Qt::BottomDockWidgetArea)->hide();
    connect(m_decisionsPanel, &DecisionsPanel::errorOccurred, this, &MainWindow::showError);
    m_undoView->setObjectName(QStringLiteral("undoView"));
    m_undoView->setEmptyLabel(tr("<opened>"));
    addDock(tr("Undo History"), "undoDock", m_undoView, Qt::RightDockWidgetArea)->hide();

    connect(m_epicsPanel, &EpicsPanel::epicFilterChanged, m_backlogPanel, &BacklogPanel::setEpicFilter);
    connect(m_epicsPanel, &EpicsPanel::errorOccurred, this, &MainWindow::showError);
    connect(m_archiveView, &ArchiveView::errorOccurred, this, &MainWindow::showError);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(tr("&New Product…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Create a new product file with an empty Product Backlog"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newProduct);

    m_openAction = new QAction(tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a product file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::open);

    m_saveCopyAction = new QAction(tr("Save a &Copy…"), this);
    m_saveCopyAction->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    m_saveCopyAction->setStatusTip(
        tr("Write a consistent backup copy of the product; you keep working on the original"));
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopy);

    m_connectAction = new QAction(tr("Connect to Ser&ver…"), this);
    m_connectAction->setStatusTip(tr("Open a product your team shares on a PostgreSQL server"));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectToServer);

    m_publishAction = new QAction(tr("&Publish to Server…"), this);
    m_publishAction->setStatusTip(tr("Copy this product file to a PostgreSQL server, so that the team shares one backlog"));
    connect(m_publishAction, &QAction::triggered, this, &MainWindow::publishToServer);

    m_shareAction = new QAction(tr("S&hare with the Team…"), this);
    m_shareAction->setStatusTip(tr("Give a colleague a role in this product on the server: team member, stakeholder or Product Owner"));
    connect(m_shareAction, &QAction::triggered, this, &MainWindow::shareWithTeam);

    m_importAction = new QAction(tr("&Import…"), this);
    m_importAction->setStatusTip(tr("Bring in a backlog exported from Jira, Azure DevOps, Trello or Pivotal Tracker"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importBacklog);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About Ordo"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);

    m_presentAction = new QAction(tr("&Present"), this);
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_presentAction->setStatusTip(tr("The current mode's meeting full screen on the projector, legible from the back of the room (Esc leaves)"));
    connect(m_presentAction, &QAction::triggered, this, &MainWindow::present);

    m_shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcutsAction->setShortcut(QKeySequence(tr("Ctrl+/")));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_productSettingsAction = new QAction(tr("Product &Settings…"), this);
    m_productSettingsAction->setShortcut(QKeySequence(tr("Ctrl+,")));
    m_productSettingsAction->setStatusTip(
        tr("Name, Product Goal, estimation, Definition of Ready and Definition of Done"));
    m_productSettingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_productSettingsAction, &QAction::triggered, this, &MainWindow::editProductSettings);

    m_proposeAction = new QAction(tr("&Propose an Order…"), this);
    m_proposeAction->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    m_proposeAction->setStatusTip(
        tr("Order the backlog by WSJF, value for effort, MoSCoW or Kano, side by side with today's order"));
    connect(m_proposeAction, &QAction::triggered, this, &MainWindow::proposeOrder);

    m_cleanUpAction = new QAction(tr("&Clean Up the Backlog…"), this);
    m_cleanUpAction->setStatusTip(tr("Archive items the team will not reach in the next three sprints"));
    connect(m_cleanUpAction, &QAction::triggered, this, &MainWindow::cleanUp);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] {
        m_recentFiles->populate(m_recentMenu);
    });
    m_recentFiles->populate(m_recentMenu);
    file->addAction(m_connectAction);
    file->addSeparator();
    file->addAction(m_saveCopyAction);
    file->addAction(m_importAction);
    m_exportMenu = file->addMenu(tr("&Export"));
    fillExportMenu(m_exportMenu);
    file->addAction(m_reportsMode->dashboardAction());
    file->addSeparator();
    file->addAction(m_publishAction);
    file->addAction(m_shareAction);
    file->addSeparator();
    file->addAction(m_productSettingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = edit->addAction(tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = edit->addAction(tr("&Redo"));
    // Ctrl+Shift+Z everywhere, plus the platform's own (Ctrl+Y on some).
    QList<QKeySequence> redoKeys{QKeySequence(tr("Ctrl+Shift+Z"))};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    m_redoAction->setShortcuts(redoKeys);
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    edit->addSeparator();
    m_backlogActions->fillEditMenu(edit);

    QMenu *item = menuBar()->addMenu(tr("&Item"));
    m_backlogActions->fillItemMenu(item);

    QMenu *prioritize = menuBar()->addMenu(tr("&Prioritize"));
    prioritize->addAction(m_proposeAction);
    prioritize->addAction(m_cleanUpAction);
    prioritize->addSeparator();
    prioritize->addMenu(m_backlogActions->moscowMenu);
    prioritize->addAction(m_backlogActions->scoreAction);
    prioritize->addAction(m_backlogActions->declineAction);

    QMenu *sprint = menuBar()->addMenu(tr("&Sprint"));
    sprint->addAction(m_planningMode->newSprintAction());
    sprint->addAction(m_planningMode->editSprintAction());
    sprint->addAction(m_planningMode->deleteSprintAction());
    sprint->addSeparator();
    sprint->addAction(m_planningMode->pullAction());
    sprint->addAction(m_planningMode->returnAction());
    sprint->addAction(m_planningMode->fillAction());
    sprint->addSeparator();
    sprint->addAction(m_planningMode->startSprintAction());
    sprint->addAction(m_sprintMode->closeSprintAction());
    sprint->addAction(m_sprintMode->cancelSprintAction());
    sprint->addSeparator();
    sprint->addAction(m_reviewMode->feedbackAction());
    sprint->addAction(m_reviewMode->reportAction());

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    for (QAction *action : m_modeBar->actions())
        viewMenu->addAction(action);
    viewMenu->addSeparator();
    viewMenu->addAction(m_presentAction);
    // Which screen the presentation goes to: the second by default, any by choice.
    QMenu *screens = viewMenu->addMenu(tr("Present &On"));
    connect(screens, &QMenu::aboutToShow, this, [this, screens] { fillScreenMenu(screens); });
    viewMenu->addSeparator();
    const auto addPanel = [this, viewMenu](const char *dock, const QString &text, const QKeySequence &key) {
        auto *action = new PanelAction(findChild<QDockWidget *>(QString::fromLatin1(dock)), text, key, this);
        viewMenu->addAction(action);
        m_panelActions.append(action);
        return action;
    };
    addPanel("epicsDock", tr("&Epics"), QKeySequence(tr("Ctrl+Shift+E")));
    addPanel("healthDock", tr("Backlog &Health"), QKeySequence(tr("Ctrl+Shift+K")))
        ->setStatusTip(tr("How ready, sized, linked, fresh and stable the backlog is"));
    addPanel("archiveDock", tr("&Archive"), QKeySequence(tr("Ctrl+Shift+R")));
    addPanel("decisionsDock", tr("&Decisions"), QKeySequence(tr("Ctrl+Shift+J")));
    addPanel("storyDock", tr("&Story Editor"), QKeySequence(tr("Ctrl+Shift+I")));
    addPanel("undoDock", tr("Undo &History"), QKeySequence(tr("Ctrl+Shift+H")));
    QAction *detach = viewMenu->addAction(tr("Story Editor in a Separate &Window"));
    m_panelActions.append(detach);
    detach->setStatusTip(tr("Move the story editor to a window of its own, e.g. on a second screen"));
    connect(detach, &QAction::triggered, this, &MainWindow::detachStoryEditor);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcutsAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::showStartPage()
{
    // The start page lives in the backlog's room.
    if (m_pages->currentWidget() != m_startPage && m_mode != BacklogModeIndex)
        setMode(BacklogModeIndex);
    if (m_pages->currentWidget() != m_startPage) {
        // The panels show nothing without a product: out of the way until one opens.
        m_panelsBeforeStart = saveState();
        for (QDockWidget *dock : findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly))
            dock->hide();
    }
    m_header->hide();
    m_modeBar->hide();
    m_startPage->setRecentFiles(m_recentFiles->files());
    m_pages->setCurrentWidget(m_startPage);
    setWindowFilePath(QString());
    setWindowTitle(QStringLiteral("Ordo"));
    updateDocumentActions();
    m_startPage->setFocus();
}

void MainWindow::updateDocumentActions()
{
    const bool open = m_document != nullptr;
    for (QAction *action : {m_saveCopyAction, m_productSettingsAction, m_proposeAction, m_cleanUpAction, m_presentAction,
                            m_exportMenu->menuAction()})
        action->setEnabled(open);
    for (QAction *action : std::as_const(m_panelActions))
        action->setEnabled(open);
    for (QAction *action : m_modeBar->actions())
        action->setEnabled(open);
    if (!open) {
        m_undoAction->setEnabled(false);
        m_redoAction->setEnabled(false);
    }
    applyAccess();
}

void MainWindow::leaveStartPage()
{
    if (m_pages->currentWidget() != m_startPage)
        return;
    m_header->show();
    m_modeBar->show();
    restoreState(m_panelsBeforeStart);
    m_panelsBeforeStart.clear();
}

void MainWindow::attachViews(ProductDocument *document)
{
    m_backlogPanel->setDocument(document);
    m_backlogActions->setDocument(document);
    m_epicsPanel->setDocument(document);
    m_archiveView->setDocument(document);
    m_storyEditor->setDocument(document);
    m_healthPanel->setDocument(document);
    m_decisionsPanel->setDocument(document);
    m_planningMode->setDocument(document);
    m_sprintMode->setDocument(document);
    m_reviewMode->setDocument(document);
    m_reportsMode->setDocument(document);
}

void MainWindow::setDocument(std::unique_ptr<ProductDocument> document)
{
    leaveStartPage();
    // A presentation shows the old product: it ends with it.
    delete m_presentation;
    // The views let go of the old models before the old document is destroyed.
    attachViews(document.get());
    // A large product still being read is dropped for the one opened since.
    if (m_loading) {
        endFirstScreen();
        m_loading.reset();
    }
    delete m_proposalDialog; // it shows the old product
    m_proposalDialog = nullptr;
    m_undoView->setStack(document->undoStack());
    m_document = std::move(document);
    if (BacklogEditor *editor = m_document->editor()) {
        // Someone else changed an item the user was writing: the user chooses per field.
        editor->setConflictResolver([this](const QString &item, const QList<ConflictField> &fields) {
            return ConflictDialog::ask(this, item, fields);
        });
        connect(editor, &BacklogEditor::movedByOthers, this, [this](const QStringList &keys) {
            //: %1 lists Product Backlog item keys, e.g. "HRV-12"
            statusBar()->showMessage(tr("Someone else moved %1 at the same time; your move was applied last.")
                                         .arg(QLocale().createSeparatedList(keys)),
                                     8000);
        });
    }
    updateDocumentActions();
    const QString path = m_document->path();
    m_backlogPanel->view()->restoreLayout(QSettings().value(backlogColumnsKey).toByteArray());

    QUndoStack *stack = m_document->undoStack();
    disconnect(m_undoAction, &QAction::triggered, nullptr, nullptr);
    disconnect(m_redoAction, &QAction::triggered, nullptr, nullptr);
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    // Undo and Redo write too: not while the user may change nothing (ui/access.h).
    connect(stack, &QUndoStack::canUndoChanged, this, [this](bool can) {
        m_undoAction->setEnabled(can && m_document->access().mayChangeAnything());
    });
    connect(stack, &QUndoStack::canRedoChanged, this, [this](bool can) {
        m_redoAction->setEnabled(can && m_document->access().mayChangeAnything());
    });
    const auto updateUndoTexts = [this, stack] {
        m_undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        m_redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    };
    connect(stack, &QUndoStack::indexChanged, this, updateUndoTexts);
    updateUndoTexts();
    connect(m_document.get(), &ProductDocument::accessChanged, this, &MainWindow::applyAccess);
    connect(m_document.get(), &ProductDocument::connectionLost, this, &MainWindow::showConnectionLost);
    connect(m_document.get(), &ProductDocument::connectionRestored, this, &MainWindow::showConnectionRestored);
    applyAccess();
    connect(m_document->editor(), &BacklogEditor::errorOccurred, this, &MainWindow::showError);
    connect(m_document->sprintEditor(), &SprintEditor::errorOccurred, this, &MainWindow::showError);
    // Who did what on a server product, as it arrives.
    connect(m_document.get(), &ProductDocument::remoteChange, this, [this](const QString &description) {
        statusBar()->showMessage(description, 6000);
    });
    if (m_document->sprintEditor()->hasSeveralActiveSprints()) {
        QTimer::singleShot(0, this, [this] {
            QMessageBox::warning(this, tr("Several Active Sprints"),
                                 tr("This product file has more than one active sprint; it was probably edited "
                                    "outside Ordo. Ordo opened it and shows the first one on the board: close or "
                                    "cancel the others so that one sprint runs at a time."));
        });
    }

    // The header's summary and the empty state follow the backlog.
    BacklogModel *model = m_document->backlogModel();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(model, signal, this, &MainWindow::updateBacklogState);
    }
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        // Only estimates and statuses change the summary; moves renumber positions only.
        // Coalesced: one sum over the backlog after a burst of edits (a sprint starting changes hundreds).
        if (topLeft.column() <= BacklogModel::StatusColumn && bottomRight.column() >= BacklogModel::EstimateColumn
            && !m_summaryUpdatePending) {
            m_summaryUpdatePending = true;
            QTimer::singleShot(0, this, [this] {
                m_summaryUpdatePending = false;
                if (m_document)
                    m_header->setSummary(*m_document->backlogModel());
            });
        }
    });
    connect(model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateReadinessSummary);
    connect(model, &QAbstractItemModel::rowsMoved, this, &MainWindow::updateReadinessSummary);
    connect(m_document->changes(), &ChangeChannel::changed, this, [this](const DocumentChange &change) {
        if (change.what == DocumentChange::What::Product)
            productChanged();
    });
    // The story editor follows the backlog's current item, and so does a presentation.
    connect(m_backlogPanel->view()->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_storyEditor->setItem(m_backlogPanel->view()->currentId());
        if (m_presentation)
            m_presentation->showItem(m_backlogPanel->view()->currentId());
    });
    m_header->setProduct(m_document->product());
    m_header->setSummary(*m_document->backlogModel());
    updateBacklogState();
    m_storyEditor->setItem(m_backlogPanel->view()->currentId());
    updateReadinessSummary();

    setWindowFilePath(path);
    //: Window title: %1 is the product name; [*] marks unsaved state
    setWindowTitle(tr("%1[*] — Ordo").arg(m_document->product().name));
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        setWindowModified(!clean);
    });
    setWindowModified(false);

    // A product on a server is not a file to offer again (its connection is in File > Connect to Server).
    if (!m_document->database().isServer()) {
        m_recentFiles->add(path);
        QSettings().setValue(lastProductKey, QFileInfo(path).absoluteFilePath());
    }
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 4000);
}

BacklogView *MainWindow::backlogView() const { return m_backlogPanel->view(); }

void MainWindow::updateBacklogState()
{
    m_header->setSummary(*m_document->backlogModel());
    updateReadinessSummary();
    const bool empty = m_document->backlogModel()->rowCount() == 0;
    m_pages->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyBacklog) : m_backlogPanel);
    BacklogView *view = m_backlogPanel->view();
    if (!empty && !view->currentIndex().isValid() && view->model()->rowCount() > 0)
        view->setCurrentIndex(view->model()->index(0, BacklogModel::TitleColumn));
}

void MainWindow::updateReadinessSummary()
{
    // Coalesced: one count after a burst of changes.
    if (m_readinessUpdatePending)
        return;
    m_readinessUpdatePending = true;
    QTimer::singleShot(0, this, [this] {
        m_readinessUpdatePending = false;
        if (!m_document)
            return;
        const BacklogModel *model = m_document->backlogModel();
        const std::optional<double> velocity = m_document->sprintEditor()->averageVelocity();
        const Health::GoalShare share = Health::goalShare(model->rows(), velocity);
        m_header->setGoalShare(share.serving, share.items);
        const Readiness::Window window = Readiness::upcoming(
            model->rows(), [model](const BacklogRow &row) { return model->isReady(row); }, velocity);
        if (window.byVelocity) {
            //: Status bar: of the items that fill the next two sprints, how many meet the Definition of Ready
            m_readinessSummary->setText(tr("Next two sprints: %1 of %n item(s) ready", nullptr, window.items)
                                            .arg(window.ready));
            m_readinessSummary->setToolTip(
                tr("The items from the top of the backlog that fill two sprints at the average "
                   "velocity of %1 points, and how many of them meet the Definition of Ready.")
                    .arg(qRound(*velocity)));
        } else {
            m_readinessSummary->setText(tr("Top %n item(s): %1 ready", nullptr, window.items).arg(window.ready));
            m_readinessSummary->setToolTip(
                tr("No sprint has closed yet, so there is no velocity: counting the top items "
                   "instead."));
        }
    });
}

void MainWindow::productChanged()
{
    m_header->setProduct(m_document->product());
    //: Window title: %1 is the product name; [*] marks unsaved state
    setWindowTitle(tr("%1[*] — Ordo").arg(m_document->product().name));
    updateReadinessSummary();
}

void MainWindow::editProductSettings()
{
    if (!m_document)
        return;
    ProductSettingsDialog dialog(m_document->product(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto changed = Commands::setProduct(m_document->commands(), dialog.product()); !changed)
        showError(changed.errorMessage());
}

void MainWindow::proposeOrder()
{
    if (!m_document)
        return;
    if (!m_proposalDialog) {
        m_proposalDialog = new ProposalDialog(m_document.get(), this);
        connect(m_proposalDialog, &ProposalDialog::errorOccurred, this, &MainWindow::showError);
        connect(m_proposalDialog, &QObject::destroyed, this, [this] { m_proposalDialog = nullptr; });
    }
    m_proposalDialog->show();
    m_proposalDialog->raise();
    m_proposalDialog->activateWindow();
}

void MainWindow::cleanUp()
{
    if (!m_document)
        return;
    const std::optional<double> velocity = m_document->sprintEditor()->averageVelocity();
    if (!velocity) {
        QMessageBox::information(this, tr("Clean Up the Backlog"),
                                 tr("The clean-up offers the items the team would not reach in the next "
                                    "three sprints, which needs an average velocity. Close a sprint "
                                    "first."));
        return;
    }
    const QList<ItemId> candidates = Health::beyondHorizon(m_document->backlogModel()->rows(), velocity, 3);
    if (candidates.isEmpty()) {
        QMessageBox::information(this, tr("Clean Up the Backlog"),
                                 tr("Everything in the backlog fits in the next three sprints at the "
                                    "average velocity of %1 points: there is nothing to clean up.")
                                     .arg(QLocale().toString(*velocity, 'f', 0)));
        return;
    }
    CleanUpDialog dialog(m_document.get(), candidates, *velocity, this);
    connect(&dialog, &CleanUpDialog::errorOccurred, this, &MainWindow::showError);
    if (dialog.exec() == QDialog::Accepted) {
        statusBar()->showMessage(tr("Archived %n item(s); Undo brings them back", nullptr,
                                    int(dialog.chosen().size())),
                                 6000);
    }
}

void MainWindow::detachStoryEditor()
{
    auto *dock = findChild<QDockWidget *>(QStringLiteral("storyDock"));
    dock->show();
    dock->setFloating(true);
    const QRect available = dock->screen() ? dock->screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    dock->resize(qMin(640, available.width()), qMin(960, available.height() * 9 / 10));
    dock->raise();
}

void MainWindow::showError(const QString &message)
{
    // A write to a server that went away: the banner says so once, instead of a box per edit.
    if (m_document && m_document->database().isServer()) {
        m_document->checkConnection();
        if (!m_document->access().isConnected())
            return;
    }
    QMessageBox::warning(this, tr("Change Not Made"), message);
}

void MainWindow::showContextMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.addAction(m_backlogActions->addItemAction);
    menu.addAction(m_backlogActions->editTitleAction);
    menu.addAction(m_backlogActions->duplicateAction);
    menu.addSeparator();
    m_backlogActions->fillItemMenu(&menu);
    menu.addSeparator();
    menu.addAction(m_backlogActions->archiveAction);
    menu.exec(m_backlogPanel->view()->viewport()->mapToGlobal(position));
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(menuBar(), this);
    dialog.exec();
}

void MainWindow::about()
{
    QMessageBox::about(
        this,
        tr("About Ordo"),
        tr("<h3>Ordo %1</h3>"
           "<p>The ordered Product Backlog for Scrum Product Owners: groom it at your desk, "
           "plan sprints on the wall, and walk the sprint review criterion by criterion.</p>"
           "<p>Every edit is saved as you make it. Product files are SQLite databases; use "
           "<i>File › Save a Copy</i> for a backup.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    const bool starting = m_pages->currentWidget() == m_startPage;
    if (!starting)
        m_modeStates[m_mode] = saveState();
    // The backlog's layout under its old key; the other modes' under theirs.
    settings.setValue(stateKey, starting ? m_panelsBeforeStart : m_modeStates.at(BacklogModeIndex).isEmpty() ? saveState() : m_modeStates.at(BacklogModeIndex));
    for (int mode = PlanningModeIndex; mode < ModeCount; ++mode)
        settings.setValue(modeStateKey(mode), m_modeStates.at(mode));
    settings.setValue(modeKey, starting ? int(BacklogModeIndex) : m_mode);
    if (m_document)
        settings.setValue(backlogColumnsKey, m_backlogPanel->view()->saveLayout());
    event->accept();
}

} // namespace Ordo
