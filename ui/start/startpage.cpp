#include "startpage.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace Ordo {
namespace {

constexpr int PathRole = Qt::UserRole + 1;

// A recent product: its name in bold, its folder below it in the placeholder colour.
class RecentProductDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics metrics(option.font);
        return {metrics.averageCharWidth() * 40, metrics.height() * 2 + metrics.height() * 3 / 4};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        background.icon = QIcon();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        const QFontMetrics metrics(option.font);
        const int margin = metrics.averageCharWidth() * 3 / 2;
        const QRect text = option.rect.adjusted(margin, metrics.height() / 3, -margin, -metrics.height() / 3);

        painter->save();
        QFont bold = option.font;
        bold.setWeight(QFont::DemiBold);
        painter->setFont(bold);
        painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect nameRect(text.left(), text.top(), text.width(), metrics.height());
        painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                        nameRect.width()));
        painter->setFont(option.font);
        QColor dim = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
        painter->setPen(dim);
        const QRect pathRect(text.left(), text.bottom() - metrics.height() + 1, text.width(), metrics.height());
        painter->drawText(pathRect, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(index.data(PathRole).toString(), Qt::ElideMiddle, pathRect.width()));
        painter->restore();
    }
};

QPushButton *startButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    const QFontMetrics metrics = button->fontMetrics();
    button->setMinimumHeight(metrics.height() * 5 / 2);
    // Room around the label, however long its translation.
    button->setMinimumWidth(qMax(metrics.averageCharWidth() * 22,
                                 button->sizeHint().width() + metrics.averageCharWidth() * 4));
    return button;
}

} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
    , m_noRecent(new QLabel(this))
{
    setObjectName(QStringLiteral("startPage"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    auto *logo = new QLabel(this);
    const int logoSize = fontMetrics().height() * 4;
    logo->setPixmap(QIcon(QStringLiteral(":/icons/ordo.svg")).pixmap(logoSize, logoSize));
    logo->setFixedSize(logoSize, logoSize);

    auto *title = new QLabel(tr("Ordo"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    auto *tagline = new QLabel(tr("The ordered Product Backlog for Scrum Product Owners"), this);
    tagline->setWordWrap(true);
    tagline->setForegroundRole(QPalette::PlaceholderText);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(title);
    titles->addWidget(tagline);
    auto *heading = new QHBoxLayout;
    heading->setSpacing(fontMetrics().averageCharWidth() * 2);
    heading->addWidget(logo, 0, Qt::AlignVCenter);
    heading->addLayout(titles, 1);

    auto *hint = new QLabel(tr("No product is open. Create one, open a product file, or look around "
                               "the demo product: a groomed backlog with epics, stories, acceptance "
                               "criteria and four finished sprints."),
                            this);
    hint->setObjectName(QStringLiteral("startHint"));
    hint->setWordWrap(true);

    QPushButton *newButton = startButton(tr("&New Product…"), QStringLiteral("startNewButton"), this);
    QPushButton *openButton = startButton(tr("&Open…"), QStringLiteral("startOpenButton"), this);
    QPushButton *demoButton = startButton(tr("Open the &Demo Product"), QStringLiteral("startDemoButton"), this);
    newButton->setDefault(true);
    connect(newButton, &QPushButton::clicked, this, &StartPage::newProductRequested);
    connect(openButton, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(demoButton, &QPushButton::clicked, this, &StartPage::demoRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addWidget(demoButton);
    buttons->addStretch();

    auto *recentTitle = new QLabel(tr("Recent Products"), this);
    QFont sectionFont = recentTitle->font();
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.2);
    sectionFont.setWeight(QFont::DemiBold);
    recentTitle->setFont(sectionFont);
    recentTitle->setBuddy(m_recent);

    m_recent->setObjectName(QStringLiteral("recentProducts"));
    m_recent->setItemDelegate(new RecentProductDelegate(m_recent));
    m_recent->setUniformItemSizes(true);
    m_recent->setFrameShape(QFrame::NoFrame);
    m_recent->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    connect(m_recent, &QListWidget::itemActivated, this, &StartPage::openItem);
    m_noRecent->setObjectName(QStringLiteral("noRecentProducts"));
    m_noRecent->setText(tr("Products you open appear here."));
    m_noRecent->setForegroundRole(QPalette::PlaceholderText);

    // One readable column in the middle of the window, however wide it is.
    auto *column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 90);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(heading);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(hint);
    layout->addSpacing(fontMetrics().height());
    layout->addLayout(buttons);
    layout->addSpacing(fontMetrics().height() * 2);
    layout->addWidget(recentTitle);
    layout->addWidget(m_noRecent);
    layout->addWidget(m_recent);

    // A little above the middle of the window, as a page is read.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    const int margin = fontMetrics().height() * 2;
    outer->setContentsMargins(margin, margin, margin, margin);
    outer->addStretch(2);
    outer->addLayout(row);
    outer->addStretch(3);

    setFocusProxy(newButton);
    setRecentFiles({});
}

void StartPage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(info.completeBaseName(), m_recent);
        item->setData(PathRole, QDir::toNativeSeparators(info.absolutePath()));
        item->setData(Qt::UserRole, info.absoluteFilePath());
        item->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
    }
    if (!paths.isEmpty()) {
        m_recent->setCurrentRow(0);
        // As tall as its products: no empty list below them.
        m_recent->setFixedHeight(m_recent->sizeHintForRow(0) * int(paths.size()) + 2 * m_recent->frameWidth());
    }
    m_recent->setVisible(!paths.isEmpty());
    m_noRecent->setVisible(paths.isEmpty());
}

void StartPage::openItem(QListWidgetItem *item)
{
    if (item)
        emit fileRequested(item->data(Qt::UserRole).toString());
}

} // namespace Ordo
