#include "filterbar.h"

#include "itemappearance.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

namespace Ordo {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_label(new QComboBox(this))
    , m_readiness(new QComboBox(this))
    , m_clear(new QToolButton(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_search->setObjectName(QStringLiteral("backlogSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Filter by key, title, label, story text or criteria…"));
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 32);

    QStringList typeNames;
    for (ItemType type : allItemTypes)
        typeNames.append(displayName(type));
    m_types = createMaskButton(tr("Type"), typeNames, &m_typeMask);
    for (int i = 0; i < int(std::size(allItemTypes)); ++i)
        m_types->menu()->actions().at(i)->setIcon(Appearance::typeIcon(allItemTypes[i]));
    QStringList statusNames;
    for (ItemStatus status : allItemStatuses)
        statusNames.append(displayName(status));
    m_statuses = createMaskButton(tr("Status"), statusNames, &m_statusMask);

    m_label->setObjectName(QStringLiteral("labelFilter"));
    m_label->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setLabels({});
    m_readiness->addItem(tr("Any readiness"), int(BacklogFilter::Readiness::Any));
    m_readiness->addItem(tr("Ready"), int(BacklogFilter::Readiness::Ready));
    m_readiness->addItem(tr("Not ready"), int(BacklogFilter::Readiness::NotReady));
    m_readiness->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_clear->setText(tr("Clear Filters"));
    m_clear->setAutoRaise(true);
    m_clear->setEnabled(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_types);
    layout->addWidget(m_statuses);
    layout->addWidget(m_label);
    layout->addWidget(m_readiness);
    layout->addWidget(m_clear);
    layout->addStretch(1);

    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::filterChanged);
    connect(m_label, &QComboBox::currentIndexChanged, this, &FilterBar::filterChanged);
    connect(m_readiness, &QComboBox::currentIndexChanged, this, &FilterBar::filterChanged);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    connect(this, &FilterBar::filterChanged, this, [this] { m_clear->setEnabled(filter().isActive()); });
}

QToolButton *FilterBar::createMaskButton(const QString &text, const QStringList &names, quint32 *mask)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(button);
    for (int i = 0; i < names.size(); ++i) {
        QAction *action = menu->addAction(names.at(i));
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this, button, text, mask, i](bool on) {
            *mask = on ? (*mask | (1u << i)) : (*mask & ~(1u << i));
            updateMaskButton(button, text, *mask);
            emit filterChanged();
        });
    }
    button->setMenu(menu);
    return button;
}

void FilterBar::updateMaskButton(QToolButton *button, const QString &text, quint32 mask)
{
    const int count = qPopulationCount(mask);
    //: Filter button with a count of chosen values, e.g. "Status (2)"
    button->setText(count == 0 ? text : tr("%1 (%2)").arg(text).arg(count));
}

BacklogFilter FilterBar::filter() const
{
    BacklogFilter filter;
    filter.text = m_search->text();
    filter.typeMask = m_typeMask;
    filter.statusMask = m_statusMask;
    filter.epic = m_epic;
    filter.withoutEpic = m_withoutEpic;
    filter.label = m_label->currentIndex() > 0 ? m_label->currentText() : QString();
    filter.readiness = BacklogFilter::Readiness(m_readiness->currentData().toInt());
    return filter;
}

void FilterBar::setLabels(const QStringList &labels)
{
    const QString current = m_label->currentIndex() > 0 ? m_label->currentText() : QString();
    const QSignalBlocker blocker(m_label);
    m_label->clear();
    m_label->addItem(tr("Any label"));
    m_label->addItems(labels);
    const int at = m_label->findText(current);
    m_label->setCurrentIndex(at > 0 ? at : 0);
}

void FilterBar::setEpicFilter(std::optional<ItemId> epic, bool withoutEpic)
{
    if (m_epic == epic && m_withoutEpic == withoutEpic)
        return;
    m_epic = epic;
    m_withoutEpic = withoutEpic;
    emit filterChanged();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::clear()
{
    QSignalBlocker blocker(this);
    m_search->clear();
    for (QToolButton *button : {m_types, m_statuses}) {
        for (QAction *action : button->menu()->actions())
            action->setChecked(false);
    }
    m_label->setCurrentIndex(0);
    m_readiness->setCurrentIndex(0);
    blocker.unblock();
    emit filterChanged();
}

} // namespace Ordo
