#include "modebar.h"

#include <QAction>
#include <QActionGroup>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ordo {

ModeBar::ModeBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("modeBar"));
    m_layout->setContentsMargins(0, 6, 0, 6);
    m_layout->setSpacing(2);
    m_layout->addStretch(1);
    m_group->setExclusive(true);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    setStyleSheet(QStringLiteral(
        "QToolButton { color: #D8DCE3; background: transparent; border: none; padding: 10px 4px; font-weight: 600; }"
        "QToolButton:hover { background: #3A3F48; }"
        "QToolButton:checked { color: white; background: #4A5260; border-left: 4px solid #5B9BF0; }"
        "QToolButton:focus { outline: 1px solid #5B9BF0; }"));
}

QAction *ModeBar::addMode(const QString &text, const QString &toolTip)
{
    auto *action = new QAction(text, this);
    const int mode = int(m_actions.size());
    action->setCheckable(true);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + mode)));
    action->setShortcutContext(Qt::WindowShortcut);
    action->setToolTip(toolTip);
    action->setStatusTip(toolTip);
    action->setObjectName(QStringLiteral("mode%1Action").arg(mode + 1));
    m_group->addAction(action);
    auto *button = new QToolButton(this);
    button->setObjectName(QStringLiteral("mode%1Button").arg(mode + 1));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_layout->insertWidget(mode, button);
    m_actions.append(action);
    m_buttons.append(button);
    connect(action, &QAction::toggled, this, [this, mode](bool checked) {
        if (checked)
            emit modeChanged(mode);
    });
    if (mode == 0)
        action->setChecked(true);
    updateGeometry();
    return action;
}

int ModeBar::currentMode() const
{
    for (int i = 0; i < m_actions.size(); ++i) {
        if (m_actions.at(i)->isChecked())
            return i;
    }
    return 0;
}

void ModeBar::setCurrentMode(int mode)
{
    if (mode >= 0 && mode < m_actions.size())
        m_actions.at(mode)->setChecked(true);
}

QAbstractButton *ModeBar::button(int mode) const { return m_buttons.value(mode); }

QSize ModeBar::sizeHint() const
{
    int width = fontMetrics().averageCharWidth() * 10;
    for (const QAbstractButton *button : m_buttons)
        width = std::max(width, button->sizeHint().width() + 16);
    return {width, QWidget::sizeHint().height()};
}

void ModeBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x2B, 0x2F, 0x36));
}

} // namespace Ordo
