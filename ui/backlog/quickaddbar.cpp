#include "quickaddbar.h"

#include "itemappearance.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>

namespace Ordo {

QuickAddBar::QuickAddBar(QWidget *parent)
    : QFrame(parent)
    , m_type(new QComboBox(this))
    , m_title(new QLineEdit(this))
{
    setObjectName(QStringLiteral("quickAddBar"));
    setFrameShape(QFrame::StyledPanel);
    for (ItemType type : allItemTypes)
        m_type->addItem(Appearance::typeIcon(type), displayName(type), int(type));
    m_type->setToolTip(tr("Item type (Alt+1 to Alt+6)"));
    m_title->setObjectName(QStringLiteral("quickAddTitle"));
    m_title->setPlaceholderText(tr("Title of the new item — Enter adds it above the selection, "
                                   "Escape closes"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(new QLabel(tr("New:"), this));
    layout->addWidget(m_type);
    layout->addWidget(m_title, 1);

    for (int i = 0; i < int(std::size(allItemTypes)); ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] { m_type->setCurrentIndex(i); });
    }
    connect(m_title, &QLineEdit::returnPressed, this, &QuickAddBar::submit);
    hide();
}

void QuickAddBar::open()
{
    show();
    m_title->setFocus(Qt::ShortcutFocusReason);
    m_title->selectAll();
}

void QuickAddBar::submit()
{
    const QString title = m_title->text().trimmed();
    if (title.isEmpty())
        return;
    emit addRequested(ItemType(m_type->currentData().toInt()), title);
    m_title->clear(); // stay open: add the next one
}

void QuickAddBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        emit closed();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace Ordo
