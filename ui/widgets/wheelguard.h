#pragma once

#include <QObject>

class QWidget;

namespace Ordo {

// Scrolling a long form with the mouse wheel scrolls the form. A combo box or spin box that the
// pointer passes over takes the wheel only once it has the keyboard focus (a click or Tab);
// otherwise a scroll through the story editor would change the estimate, the epic or the MoSCoW
// priority it happened to cross.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    // Guards every combo box and spin box inside `form`, now and as they are, with one guard
    // owned by `form`.
    static void protect(QWidget *form);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace Ordo
