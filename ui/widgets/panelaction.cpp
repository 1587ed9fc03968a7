#include "panelaction.h"

#include <QApplication>
#include <QDockWidget>
#include <QTimer>

namespace Ordo {
namespace {

// The first widget inside `dock` that takes the focus from the keyboard, in focus-chain order.
QWidget *firstFocusable(QDockWidget *dock)
{
    QWidget *content = dock->widget();
    if (!content)
        return nullptr;
    // A panel that names where typing should start (the story editor: the title).
    if (QWidget *proxy = content->focusProxy(); proxy && proxy->isEnabled() && proxy->isVisibleTo(dock))
        return proxy;
    QWidget *candidate = content;
    do {
        if (candidate != dock && dock->isAncestorOf(candidate) && candidate->isVisibleTo(dock)
            && candidate->isEnabled() && (candidate->focusPolicy() & Qt::TabFocus))
            return candidate;
        candidate = candidate->nextInFocusChain();
    } while (candidate && candidate != content);
    return content;
}

void focusInside(QDockWidget *dock)
{
    if (QWidget *target = firstFocusable(dock))
        target->setFocus(Qt::ShortcutFocusReason);
}

} // namespace

PanelAction::PanelAction(QDockWidget *dock, const QString &text, const QKeySequence &shortcut, QObject *parent)
    : QAction(text, parent)
    , m_dock(dock)
{
    setObjectName(dock->objectName() + QStringLiteral("Action"));
    setShortcut(shortcut);
    setCheckable(true);
    setChecked(dock->toggleViewAction()->isChecked());
    // The dock's own action follows whether the panel is open, whatever closed or opened it
    // (its close button, a saved layout, a floating window's title bar).
    connect(dock->toggleViewAction(), &QAction::toggled, this, &QAction::setChecked);
    connect(this, &QAction::triggered, this, &PanelAction::toggle);
}

bool PanelAction::isInFront(const QDockWidget *dock)
{
    if (!dock || dock->isHidden() || !dock->isVisible())
        return false;
    if (dock->isFloating())
        return dock->isActiveWindow();
    // A panel behind another tab is still "visible" to Qt, but kept out of sight.
    return !dock->visibleRegion().isEmpty();
}

void PanelAction::bringToFront(QDockWidget *dock)
{
    dock->show();
    dock->raise();
    if (dock->isFloating())
        dock->activateWindow();
    focusInside(dock);
    // A panel brought forward from behind a tab is laid out on the next pass of the event loop.
    QTimer::singleShot(0, dock, [dock] {
        QWidget *focus = QApplication::focusWidget();
        if (!dock->isHidden() && !(focus && dock->isAncestorOf(focus)))
            focusInside(dock);
    });
}

void PanelAction::toggle()
{
    if (!m_dock)
        return;
    if (isInFront(m_dock))
        m_dock->hide();
    else
        bringToFront(m_dock);
    setChecked(!m_dock->isHidden());
}

} // namespace Ordo
