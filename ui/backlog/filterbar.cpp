#include "filterbar.h"

#include "itemappearance.h"
#include "services/searchquery.h"

#include <QAction>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QStringListModel>
#include <QToolButton>

namespace Ordo {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_completions(new QStringListModel(this))
    , m_label(new QComboBox(this))
    , m_readiness(new QComboBox(this))
    , m_clear(new QToolButton(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_search->setObjectName(QStringLiteral("backlogSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search key, title, labels, story text and criteria…"));
    m_search->setToolTip(tr("<p>Words must all be found, in any case. <b>\"a phrase\"</b> is found as written; "
                            "<b>-word</b> leaves out what contains it.</p>"
                            "<p><b>key:</b>ORD-12, <b>label:</b>mobile, <b>type:</b>bug, <b>status:</b>ready and "
                            "<b>epic:</b>\"Checkout\" narrow by field; <b>-type:</b>epic leaves out.</p>"));
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 32);
    // The completer follows the word at the cursor, not the whole text.
    m_completer->setModel(m_completions);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(m_search);
    m_completer->popup()->setObjectName(QStringLiteral("searchCompletions"));
    connect(m_search, &QLineEdit::textEdited, this, &FilterBar::offerCompletions);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &FilterBar::insertCompletion);

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
    m_labels = labels;
    const int at = m_label->findText(current);
    m_label->setCurrentIndex(at > 0 ? at : 0);
}

void FilterBar::setEpics(const QStringList &titles)
{
    m_epics = titles;
}

std::pair<int, QString> FilterBar::currentWord() const
{
    const QString text = m_search->text();
    const int cursor = m_search->cursorPosition();
    // Back to the space before the word, unless it is inside quotes ("epic:"Fast ch|").
    int start = 0;
    bool quoted = false;
    for (int i = 0; i < cursor; ++i) {
        if (text.at(i) == QLatin1Char('"'))
            quoted = !quoted;
        else if (text.at(i).isSpace() && !quoted)
            start = i + 1;
    }
    return {start, text.mid(start, cursor - start)};
}

void FilterBar::offerCompletions()
{
    const auto [start, word] = currentWord();
    Q_UNUSED(start);
    const QString sign = word.startsWith(QLatin1Char('-')) ? QStringLiteral("-") : QString();
    const QString bare = word.mid(sign.size());
    const qsizetype colon = bare.indexOf(QLatin1Char(':'));
    QStringList offers;
    const auto quotedIfSpaced = [](const QString &value) {
        return value.contains(QLatin1Char(' ')) ? QLatin1Char('"') + value + QLatin1Char('"') : value;
    };
    if (colon < 0) {
        if (bare.isEmpty())
            return m_completer->popup()->hide();
        for (SearchQuery::Field field : {SearchQuery::KeyField, SearchQuery::LabelField, SearchQuery::TypeField,
                                         SearchQuery::StatusField, SearchQuery::EpicField})
            offers.append(sign + SearchQuery::fieldName(field) + QLatin1Char(':'));
    } else {
        const QString name = bare.left(colon).toLower();
        QStringList values;
        if (name == SearchQuery::fieldName(SearchQuery::TypeField))
            values = SearchQuery::fieldValues(SearchQuery::TypeField);
        else if (name == SearchQuery::fieldName(SearchQuery::StatusField))
            values = SearchQuery::fieldValues(SearchQuery::StatusField);
        else if (name == SearchQuery::fieldName(SearchQuery::LabelField))
            values = m_labels;
        else if (name == SearchQuery::fieldName(SearchQuery::EpicField))
            values = m_epics;
        for (const QString &value : std::as_const(values))
            offers.append(sign + bare.left(colon + 1) + quotedIfSpaced(value));
    }
    // Offers that start with the word; a value typed without its opening quote still finds
    // "Fast checkout".
    const auto unquoted = [](QString text) { return text.remove(QLatin1Char('"')); };
    const QString typed = unquoted(word);
    QStringList matching;
    for (const QString &offer : std::as_const(offers)) {
        if (unquoted(offer).startsWith(typed, Qt::CaseInsensitive) && offer.compare(word, Qt::CaseInsensitive) != 0)
            matching.append(offer);
    }
    m_completions->setStringList(matching);
    m_completer->setCompletionPrefix(QString());
    if (matching.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void FilterBar::insertCompletion(const QString &completion)
{
    const auto [start, word] = currentWord();
    QString text = m_search->text();
    const int end = start + int(word.size());
    // A field name waits for its value; a value ends the word.
    const QString after = completion.endsWith(QLatin1Char(':')) ? QString() : QStringLiteral(" ");
    text.replace(start, end - start, completion + after);
    m_search->setText(text);
    m_search->setCursorPosition(start + int(completion.size() + after.size()));
    if (!after.isEmpty())
        m_completer->popup()->hide();
    else
        offerCompletions();
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
