#pragma once

#include <QLabel>
#include <QPalette>

namespace Ordo {

// Where a server dialog says why its last attempt failed (a refused login, an unknown user):
// under its fields, in the warning colour, selectable for copying; hidden until there is
// something to say. Its object name is "problem".
inline QLabel *makeProblemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problem"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xB0, 0x1E, 0x1E));
    label->setPalette(palette);
    label->hide();
    return label;
}

} // namespace Ordo
