#pragma once

#include "commands/backlogcommands.h"
#include "commands/importcommand.h"
#include "commands/sprintcommands.h"
#include "access.h"
#include "documentchange.h"
#include "domain/product.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;
class QUndoStack;

namespace Ordo {

class BacklogEditor;
class ConnectionWatch;
class BacklogModel;
class Database;
class SprintEditor;
class ImportEditor;
class LiveUpdates;
struct ServerAddress;
struct BacklogRow;
struct Sprint;

// An open product file and everything the window shows of it.
//
//   MainWindow ──owns──> ProductDocument ──owns──> Database (the file)
//                             │                    QUndoStack (edits)
//                             ├──owns──> BacklogModel (ordered rows)
//                             ├──owns──> BacklogEditor (writes items: file + model)
//                             ├──owns──> SprintEditor (writes sprints: file + model)
//                             ├──owns──> ImportEditor (writes imports: file + model)
//                             └──owns──> ChangeChannel (what changed, for the views)
//
// Edits are written to the file as they happen (there is no Save), and each
// user edit is a command on the document's undo stack (see commands/).
class ProductDocument : public QObject
{
    Q_OBJECT

public:
    // Opens `path`; on failure returns nullptr and sets `error` to a message for the user.
    static std::unique_ptr<ProductDocument> open(const QString &path, QString *error);
    // Opens `path` as open() does, except that a backlog of backgroundReadThreshold() items
    // or more comes with only its first screen read (firstScreenRows): the rest is read on a
    // thread of its own while the window shows that screen. Until loaded() the document is
    // for looking only: it has no editors and must not be written to.
    static std::unique_ptr<ProductDocument> openFirstScreen(const QString &path, QString *error);
    // Opens the product in the database `address` names on a PostgreSQL server, as
    // openFirstScreen() opens a file (a large backlog is read in the background, on a connection
    // of its own). The document then follows what other clients write (remoteChange()).
    static std::unique_ptr<ProductDocument> openServer(const ServerAddress &address, QString *error);
    static constexpr int firstScreenRows = 200;
    static int backgroundReadThreshold();
    static void setBackgroundReadThreshold(int items); // for tests
    // For tests: background reads wait before they start while this is on.
    static void holdBackgroundReads(bool hold);
    bool isLoading() const { return m_loader != nullptr; }
    // Items of the backlog, while it is being read.
    qsizetype loadTotal() const { return m_loadTotal; }
    // Creates a new product file at `path`.
    static std::unique_ptr<ProductDocument> create(const QString &path,
                                                   const Product &product,
                                                   QString *error);
    ~ProductDocument() override;

    QString path() const;
    const Product &product() const;
    Database &database() const { return *m_database; }
    BacklogModel *backlogModel() const { return m_backlogModel; }
    QUndoStack *undoStack() const { return m_undoStack; }
    BacklogEditor *editor() const { return m_editor; }
    SprintEditor *sprintEditor() const { return m_sprintEditor; }
    // The one channel on which writers announce what changed; views listen here.
    ChangeChannel *changes() const { return m_changes; }
    // What the command facade needs: Commands::moveItems(document->commands(), ...).
    Commands::Context commands() const;
    // The same for sprint actions: SprintCommands::start(document->sprintCommands(), ...).
    SprintCommands::Context sprintCommands() const;
    // The same for imports: ImportCommands::run(document->importCommands(), ...).
    ImportCommands::Context importCommands() const;

    // Re-reads the backlog from the file.
    bool reload(QString *error);

    // What the user may change: everything in a file; on a server, what their role allows, and
    // nothing while the connection is lost. The command facades check it before they write.
    const Access &access() const { return m_access; }
    void setAccess(const Access &access);
    // For a server product: watches its connection (ConnectionWatch), refusing every change
    // while it is lost and reconnecting by itself. Nothing for a file.
    void watchConnection();
    // Checks the connection now, e.g. after a write failed.
    void checkConnection();

signals:
    // While the backlog is read in the background: rows read so far.
    void loadProgress(qsizetype rowsRead, qsizetype total);
    // The whole backlog is read and the document has its editors.
    void loaded();
    // The background reading failed; the document stays for looking only.
    void loadFailed(const QString &message);
    // What the user may change has changed (access()).
    void accessChanged();
    // The server does not answer any more; Ordo is reconnecting.
    void connectionLost(const QString &why);
    // Connected again: what others wrote meanwhile must be read.
    void connectionRestored();
    // Another client of a server product wrote something, and the document shows it now:
    // who did what, for the status bar ("alice moved ORD-12 to the top").
    void remoteChange(const QString &description);

private:
    ProductDocument(std::unique_ptr<Database> database, QObject *parent = nullptr);
    // openFirstScreen() once the database is open.
    static std::unique_ptr<ProductDocument> firstScreen(std::unique_ptr<Database> database, QString *error);
    // Takes the product, its backlog and sprints as read, and makes the editors.
    void adopt(Product product, QList<BacklogRow> rows, QList<Sprint> sprints);
    void startBackgroundRead();
    void finishBackgroundRead();

    std::unique_ptr<Database> m_database;
    BacklogModel *m_backlogModel;
    QUndoStack *m_undoStack;
    ChangeChannel *m_changes;
    BacklogEditor *m_editor = nullptr;
    SprintEditor *m_sprintEditor = nullptr;
    ImportEditor *m_importEditor = nullptr;
    Access m_access;
    ConnectionWatch *m_watch = nullptr;
    LiveUpdates *m_live = nullptr; // a server product only

    // The background reading of the backlog (openFirstScreen()).
    struct Loaded;
    QThread *m_loader = nullptr;
    std::shared_ptr<Loaded> m_loaded;
    std::atomic_bool m_stopLoading = false;
    qsizetype m_loadTotal = 0;
    std::unique_ptr<Product> m_firstScreenProduct; // product() until the editors exist
};

} // namespace Ordo
