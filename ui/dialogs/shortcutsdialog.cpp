#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ordo {
namespace {

QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.remove(QStringLiteral("…"));
    return text;
}

void addMenu(QTreeWidget *tree, QTreeWidgetItem *parent, const QMenu *menu)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            addMenu(tree, parent, action->menu());
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys.append(sequence.toString(QKeySequence::NativeText));
        auto *item = new QTreeWidgetItem(parent, {plainText(action->text()), keys.join(QStringLiteral("   "))});
        item->setToolTip(0, action->statusTip());
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("shortcutsTree"));
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->setFocusPolicy(Qt::NoFocus);
    for (QAction *menuAction : menuBar->actions()) {
        if (!menuAction->menu())
            continue;
        auto *group = new QTreeWidgetItem(tree, {plainText(menuAction->text())});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        addMenu(tree, group, menuAction->menu());
        if (group->childCount() == 0)
            delete group;
    }
    // Keys that work without a menu entry.
    auto *view = new QTreeWidgetItem(tree, {tr("In the backlog")});
    QFont bold = view->font(0);
    bold.setBold(true);
    view->setFont(0, bold);
    view->setFirstColumnSpanned(true);
    new QTreeWidgetItem(view, {tr("Edit the current cell"), QKeySequence(Qt::Key_F2).toString(QKeySequence::NativeText)});
    new QTreeWidgetItem(view, {tr("Pick the type in quick add"), tr("Alt+1 … Alt+6")});
    new QTreeWidgetItem(view, {tr("Close quick add"), QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)});
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *intro = new QLabel(tr("Everything in Ordo can be done from the keyboard. Drag and drop "
                                "works too: drag items to reorder them, or onto an epic."), this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(tree, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 86, fontMetrics().height() * 40);
}

} // namespace Ordo
