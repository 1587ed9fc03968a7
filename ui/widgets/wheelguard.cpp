#include "wheelguard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>

namespace Ordo {

void WheelGuard::protect(QWidget *form)
{
    auto *guard = new WheelGuard(form);
    QList<QWidget *> fields;
    for (QComboBox *box : form->findChildren<QComboBox *>())
        fields.append(box);
    for (QAbstractSpinBox *box : form->findChildren<QAbstractSpinBox *>())
        fields.append(box);
    for (QWidget *field : std::as_const(fields)) {
        if (field->focusPolicy() == Qt::WheelFocus)
            field->setFocusPolicy(Qt::StrongFocus); // the wheel alone gives no focus
        field->installEventFilter(guard);
    }
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel && watched->isWidgetType() && !static_cast<QWidget *>(watched)->hasFocus()) {
        // Not handled here and not accepted: QApplication passes the wheel on to the parents, so
        // the scroll area around the form scrolls.
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Ordo
