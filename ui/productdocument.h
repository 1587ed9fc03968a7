#pragma once

#include "commands/backlogcommands.h"
#include "commands/sprintcommands.h"
#include "documentchange.h"
#include "domain/product.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace Ordo {

class BacklogEditor;
class BacklogModel;
class Database;
class SprintEditor;

// An open product file and everything the window shows of it.
//
//   MainWindow ──owns──> ProductDocument ──owns──> Database (the file)
//                             │                    QUndoStack (edits)
//                             ├──owns──> BacklogModel (ordered rows)
//                             ├──owns──> BacklogEditor (writes items: file + model)
//                             ├──owns──> SprintEditor (writes sprints: file + model)
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

    // Re-reads the backlog from the file.
    bool reload(QString *error);

private:
    ProductDocument(std::unique_ptr<Database> database, QObject *parent = nullptr);

    std::unique_ptr<Database> m_database;
    BacklogModel *m_backlogModel;
    QUndoStack *m_undoStack;
    ChangeChannel *m_changes;
    BacklogEditor *m_editor = nullptr;
    SprintEditor *m_sprintEditor = nullptr;
};

} // namespace Ordo
