#pragma once

#include <QAction>
#include <QDockWidget>
#include <QPointer>


namespace Ordo {

// The View menu's action for one dock panel. It shows the panel and brings it to the front with
// the keyboard focus in it when the panel is hidden, behind another tab, or a floating window that
// is not active; it hides the panel only when the panel is already in front. (A dock widget's own
// toggleViewAction() hides a panel that is behind a tab, which is never what was asked for.)
// The action is checked while the panel is open, in front or not.
class PanelAction : public QAction
{
    Q_OBJECT

public:
    PanelAction(QDockWidget *dock, const QString &text, const QKeySequence &shortcut, QObject *parent);

    QDockWidget *dock() const { return m_dock; }

    // Whether `dock` is open and the one the user sees: the current tab of its group, or, when
    // floating, the active window.
    static bool isInFront(const QDockWidget *dock);
    // Shows `dock`, brings it to the front and puts the focus on its first focusable widget.
    static void bringToFront(QDockWidget *dock);

private:
    void toggle();

    QPointer<QDockWidget> m_dock;
};

} // namespace Ordo
