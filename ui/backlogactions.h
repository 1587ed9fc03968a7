#pragma once

#include "domain/item.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace Ordo {

class BacklogPanel;
class ProductDocument;

// Every action on the backlog (menus, context menu, shortcuts), enabled to
// match the selection, each doing its work through the undo commands.
class BacklogActions : public QObject
{
    Q_OBJECT

public:
    BacklogActions(BacklogPanel *panel, QWidget *dialogParent);

    void setDocument(ProductDocument *document);

    // Menus built from these actions.
    void fillEditMenu(QMenu *menu) const;
    void fillItemMenu(QMenu *menu) const;
    QList<QAction *> allActions() const;
    // Off while another mode is on screen: the backlog's keys (Alt+Up, Alt+Home, Ctrl+D, ...) must
    // not act on a backlog the Product Owner does not see. The menus still work.
    void setKeysActive(bool active);
    // Enables what the selection and the user's role allow (ProductDocument::access()).
    void updateEnabled();

signals:
    void errorOccurred(const QString &message);

private:
    QAction *make(const QString &text, const QList<QKeySequence> &shortcuts, void (BacklogActions::*slot)());
    void report(const QString &error);

    void addItem();
    void editTitle();
    void duplicate();
    void archive();
    // Moves the selection below the anchor `anchorFor` picks (nullopt: nowhere to go).
    void moveSelection(const std::function<std::optional<ItemId>(const QList<ItemId> &)> &anchorFor);
    void moveUp();
    void moveDown();
    void moveToTop();
    void moveToBottom();
    void moveToPosition();
    void addDependency();
    void moveBelowDependencies();
    void find();
    void split();
    void decline();
    void score();

    BacklogPanel *m_panel;
    QWidget *m_dialogParent;
    ProductDocument *m_document = nullptr;

public:
    QAction *const addItemAction;
    QAction *const editTitleAction;
    QAction *const duplicateAction;
    QAction *const archiveAction;
    QAction *const moveUpAction;
    QAction *const moveDownAction;
    QAction *const moveToTopAction;
    QAction *const moveToBottomAction;
    QAction *const moveToPositionAction;
    QAction *const addDependencyAction;
    QAction *const fixDependencyAction;
    QAction *const findAction;
    QAction *const splitAction;
    QAction *const declineAction;
    QAction *const scoreAction;
    QMenu *const statusMenu;
    QMenu *const typeMenu;
    QMenu *const epicMenu;
    QMenu *const removeDependencyMenu;
    QMenu *const moscowMenu;
};

} // namespace Ordo
