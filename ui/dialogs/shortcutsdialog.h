#pragma once

#include <QDialog>

class QMenuBar;

namespace Ordo {

// Help > Keyboard Shortcuts: every menu action that has a shortcut, read from
// the menus themselves, so the list is never out of date.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);
};

} // namespace Ordo
