#pragma once

#include <QWidget>

class QAbstractButton;
class QAction;
class QActionGroup;
class QButtonGroup;
class QVBoxLayout;

namespace Ordo {

// The window's mode switch, down its left edge as in Qt Creator: one large button per mode
// (Backlog, Planning, Sprint, ...), each driven by a checkable action that the View menu also
// shows with its shortcut (Ctrl+1, Ctrl+2, ...).
class ModeBar : public QWidget
{
    Q_OBJECT

public:
    explicit ModeBar(QWidget *parent = nullptr);

    // Adds a mode; the returned action is checkable, exclusive with the others, and has the
    // shortcut Ctrl+<its position>.
    QAction *addMode(const QString &text, const QString &toolTip);
    QList<QAction *> actions() const { return m_actions; }
    int currentMode() const;
    void setCurrentMode(int mode);
    QAbstractButton *button(int mode) const;

    QSize sizeHint() const override;

signals:
    void modeChanged(int mode);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVBoxLayout *m_layout;
    QActionGroup *m_group;
    QList<QAction *> m_actions;
    QList<QAbstractButton *> m_buttons;
};

} // namespace Ordo
