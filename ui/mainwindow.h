#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QScreen;
class QLabel;
class QProgressBar;
class QMenu;
class QStackedWidget;
class QUndoView;

namespace Ordo {

class PresentationWindow;
struct ServerAddress;

class ArchiveView;
class BacklogActions;
class BacklogMode;
class BacklogPanel;
class BacklogView;
class EmptyBacklog;
class DecisionsPanel;
class EpicsPanel;
class HealthPanel;
class ModeBar;
class PlanningMode;
class ReportsMode;
class ReviewMode;
class SprintMode;
class ProposalDialog;
class ProductDocument;
class ProductHeader;
class RecentFiles;
class StartPage;
class StoryEditor;

// The main window assembles the product header, the backlog and the menus,
// and opens, creates and copies product files. It holds no domain logic.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // What to open at start: `file` if given (created if it does not exist),
    // else the last product, else the default product (offering the demo on first start).
    // When that product is refused, the start page stays.
    void startUp(const QString &file);

    // Opens a product file; on failure tells the user and keeps the current product.
    bool openFile(const QString &path);
    // Opens the product in a database on a PostgreSQL server (`ordo postgresql://...`); when that
    // fails (a password is needed, the server does not answer) the Connect to Server dialog
    // offers to correct it (mainwindowserver.cpp).
    bool openServer(const ServerAddress &address);
    // startUp() for `ordo postgresql://...`: the product on the server, else the start page.
    void startUpOnServer(const ServerAddress &address);
    QAction *connectAction() const { return m_connectAction; }
    QAction *publishAction() const { return m_publishAction; }
    QAction *shareAction() const { return m_shareAction; }
    // Shown while the connection to the server is lost.
    QLabel *connectionBanner() const { return m_connectionBanner; }

    ProductDocument *document() const { return m_document.get(); }
    // Shown while no product is open.
    StartPage *startPage() const { return m_startPage; }
    BacklogView *backlogView() const;
    BacklogPanel *backlogPanel() const { return m_backlogPanel; }
    BacklogActions *backlogActions() const { return m_backlogActions; }
    EpicsPanel *epicsPanel() const { return m_epicsPanel; }
    ArchiveView *archiveView() const { return m_archiveView; }
    StoryEditor *storyEditor() const { return m_storyEditor; }
    HealthPanel *healthPanel() const { return m_healthPanel; }
    DecisionsPanel *decisionsPanel() const { return m_decisionsPanel; }
    ProposalDialog *proposalDialog() const { return m_proposalDialog; }
    QAction *proposeAction() const { return m_proposeAction; }
    QAction *cleanUpAction() const { return m_cleanUpAction; }

    // Opens (or raises) the proposed order next to today's.
    void proposeOrder();
    // The guided clean-up of items beyond the next three sprints.
    void cleanUp();
    QAction *productSettingsAction() const { return m_productSettingsAction; }
    // Present (F5): the current mode's meeting full screen on the second screen.
    QAction *presentAction() const { return m_presentAction; }
    PresentationWindow *presentation() const;
    void present();

    // The window's modes, each its own widget: Backlog, Planning, Sprint (the board).
    enum Mode { BacklogModeIndex, PlanningModeIndex, SprintModeIndex, ReviewModeIndex, ReportsModeIndex, ModeCount };
    ModeBar *modeBar() const { return m_modeBar; }
    PlanningMode *planningMode() const { return m_planningMode; }
    SprintMode *sprintMode() const { return m_sprintMode; }
    ReportsMode *reportsMode() const { return m_reportsMode; }
    ReviewMode *reviewMode() const { return m_reviewMode; }
    int currentMode() const;
    // Switches mode, keeping each mode's own dock layout.
    void setMode(int mode);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void createModes();
    void setDocument(std::unique_ptr<ProductDocument> document);
    void leaveStartPage();
    // Every view shows `document` (nullptr: none).
    void attachViews(ProductDocument *document);
    // A large backlog's first screen, while the rest is read (see ProductDocument::openFirstScreen()).
    void showFirstScreen(std::unique_ptr<ProductDocument> document);
    void endFirstScreen();
    void showStartPage();
    void updateDocumentActions();
    // Presentation mode (mainwindowpresent.cpp).
    QScreen *presentationScreen() const;
    void fillScreenMenu(QMenu *menu);
    void updateBacklogState();
    void updateReadinessSummary();
    void productChanged();
    void editProductSettings();
    void detachStoryEditor();
    void showError(const QString &message);
    void showContextMenu(const QPoint &position);
    void showShortcuts();

    void newProduct();
    void open();
    // Products on a server (mainwindowserver.cpp).
    void connectToServer();
    void showServerDocument(std::unique_ptr<ProductDocument> document);
    void publishToServer();
    void shareWithTeam();
    // Enables what the user's role allows, and shows the role and the connection's state.
    void applyAccess();
    void showConnectionLost();
    void showConnectionRestored();
    void saveCopy();
    // File > Import... and File > Export (mainwindowinterchange.cpp).
    void importBacklog();
    void fillExportMenu(QMenu *menu);
    void exportBacklog(int format); // an Export::Format
    void openDemo();
    void about();
    void offerDemoOnFirstStart();
    bool createProductFile(const QString &path, const QString &name);

    std::unique_ptr<ProductDocument> m_document;
    std::unique_ptr<ProductDocument> m_loading; // read in the background; only the backlog shows it
    std::unique_ptr<QObject> m_inputBlocker;      // while m_loading is read
    QProgressBar *m_loadProgress = nullptr;
    ModeBar *m_modeBar;
    QStackedWidget *m_modes;
    PlanningMode *m_planningMode;
    SprintMode *m_sprintMode;
    ReviewMode *m_reviewMode;
    ReportsMode *m_reportsMode;
    // Each mode's dock layout (QMainWindow::saveState()), by mode.
    QList<QByteArray> m_modeStates;
    int m_mode = BacklogModeIndex;
    BacklogMode *m_backlogMode;
    ProductHeader *m_header;
    QStackedWidget *m_pages;
    BacklogPanel *m_backlogPanel;
    EmptyBacklog *m_emptyBacklog;
    StartPage *m_startPage;
    // The panels' layout while the start page hides them, restored when a product opens.
    QByteArray m_panelsBeforeStart;
    RecentFiles *m_recentFiles;
    BacklogActions *m_backlogActions;
    QUndoView *m_undoView;
    EpicsPanel *m_epicsPanel;
    ArchiveView *m_archiveView;
    StoryEditor *m_storyEditor;
    HealthPanel *m_healthPanel;
    DecisionsPanel *m_decisionsPanel;
    ProposalDialog *m_proposalDialog = nullptr;
    QLabel *m_readinessSummary;
    bool m_readinessUpdatePending = false;
    bool m_summaryUpdatePending = false;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_publishAction = nullptr;
    QAction *m_shareAction = nullptr;
    QLabel *m_roleLabel = nullptr;
    QLabel *m_connectionBanner = nullptr;
    QAction *m_importAction = nullptr;
    QMenu *m_exportMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_presentAction = nullptr;
    QPointer<PresentationWindow> m_presentation;
    QAction *m_productSettingsAction = nullptr;
    QAction *m_proposeAction = nullptr;
    QAction *m_cleanUpAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_panelActions;
};

} // namespace Ordo
