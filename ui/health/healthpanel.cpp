#include "healthpanel.h"

#include "backlog/backlogmodel.h"
#include "backlogeditor.h"
#include "productdocument.h"
#include "sprinteditor.h"
#include "storage/historyrepository.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace Ordo {
namespace {

constexpr int refreshDelay = 400; // milliseconds after the last change

QIcon severityIcon(Health::Severity severity, const QStyle *style)
{
    switch (severity) {
    case Health::Severity::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Health::Severity::Info: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case Health::Severity::Good: return style->standardIcon(QStyle::SP_DialogApplyButton);
    }
    return {};
}

// A wrapped label that takes the width it is given, however narrow the dock.
void wrapToWidth(QLabel *label)
{
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    label->setMinimumWidth(label->fontMetrics().averageCharWidth() * 12);
}

QColor severityColor(Health::Severity severity)
{
    switch (severity) {
    case Health::Severity::Warning: return QColor(0xd9, 0x8c, 0x1f);
    case Health::Severity::Info: return QColor(0x3b, 0x7d, 0xd8);
    case Health::Severity::Good: return QColor(0x2e, 0x9e, 0x4f);
    }
    return {};
}

} // namespace

HealthPanel::HealthPanel(QWidget *parent)
    : QWidget(parent)
    , m_overview(new QLabel(this))
    , m_cards(new QVBoxLayout)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("healthPanel"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(refreshDelay);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });

    QFont overviewFont = m_overview->font();
    overviewFont.setBold(true);
    overviewFont.setPointSizeF(overviewFont.pointSizeF() * 1.15);
    m_overview->setFont(overviewFont);
    wrapToWidth(m_overview);
    m_overview->setObjectName(QStringLiteral("healthOverview"));

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_overview);
    contentLayout->addLayout(m_cards);
    contentLayout->addStretch(1);
    m_cards->setSpacing(6);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void HealthPanel::setDocument(ProductDocument *document)
{
    if (m_document) {
        disconnect(m_document->backlogModel(), nullptr, this, nullptr);
        disconnect(m_document->editor(), nullptr, this, nullptr);
    }
    m_document = document;
    m_report = {};
    m_history.clear();
    m_historyLastId = 0;
    if (document) {
        BacklogModel *model = document->backlogModel();
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &HealthPanel::scheduleRefresh);
        connect(model, &QAbstractItemModel::rowsMoved, this, &HealthPanel::scheduleRefresh);
        connect(model, &QAbstractItemModel::dataChanged, this, &HealthPanel::scheduleRefresh);
        connect(model, &QAbstractItemModel::modelReset, this, &HealthPanel::scheduleRefresh);
        connect(document->changes(), &ChangeChannel::changed, this, [this](const DocumentChange &change) {
            using What = DocumentChange::What;
            if (change.what == What::Dependencies || change.what == What::Product || change.what == What::Archive)
                scheduleRefresh();
        });
    }
    m_stale = true;
    rebuild();
    scheduleRefresh();
}

void HealthPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Shortly after: the window paints first, and a panel only passed through stays idle.
    if (m_stale)
        m_timer->start();
}

void HealthPanel::scheduleRefresh()
{
    m_stale = true;
    // Hidden, it waits until it is shown: a hidden panel costs nothing.
    if (isVisible())
        m_timer->start();
}

void HealthPanel::refresh()
{
    m_timer->stop();
    m_stale = false;
    if (!m_document) {
        m_report = {};
        rebuild();
        return;
    }
    const BacklogModel *model = m_document->backlogModel();
    const BacklogEditor *editor = m_document->editor();
    const Product &product = m_document->product();
    Health::Settings settings;
    settings.now = QDateTime::currentDateTimeUtc();
    settings.velocity = m_document->sprintEditor()->averageVelocity();
    settings.maxStorySize = product.maxStorySize;
    settings.staleAfterDays = product.staleAfterDays;
    m_report = Health::assess(model->rows(), [model](const BacklogRow &row) { return model->isReady(row); },
                              editor->dependencyViolations(), orderingHistory(), settings);
    rebuild();
}

const QList<HistoryEntry> &HealthPanel::orderingHistory()
{
    const HistoryRepository repository(m_document->database());
    auto added = repository.ordering(m_historyLastId);
    if (!added)
        return m_history;
    const bool inOrder = m_history.isEmpty() || added->isEmpty() || added->front().at >= m_history.back().at;
    m_history.append(*added);
    const auto total = repository.orderingCount();
    if (!inOrder || !total || *total != m_history.size()) {
        // Rows went away (an item deleted for good) or came in out of time order: read it all.
        m_history = repository.ordering().value_or({});
    }
    for (const HistoryEntry &entry : std::as_const(m_history))
        m_historyLastId = qMax(m_historyLastId, entry.id);
    return m_history;
}

QPushButton *HealthPanel::showButton(Health::Kind kind) const { return m_showButtons.value(int(kind)); }

void HealthPanel::rebuild()
{
    m_showButtons.clear();
    while (QLayoutItem *item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_document) {
        m_overview->setText(tr("No product is open."));
        return;
    }
    QList<Health::Finding> findings = m_report.findings;
    // Warnings first, then notes, then what is fine; each group in check order.
    std::stable_sort(findings.begin(), findings.end(), [](const Health::Finding &a, const Health::Finding &b) {
        return int(a.severity) > int(b.severity);
    });
    const auto count = [&findings](Health::Severity severity) {
        return int(std::count_if(findings.cbegin(), findings.cend(),
                                 [severity](const Health::Finding &f) { return f.severity == severity; }));
    };
    const int warnings = count(Health::Severity::Warning);
    const int good = count(Health::Severity::Good);
    if (findings.isEmpty() && m_stale)
        m_overview->setText(tr("Checking the backlog…"));
    else if (findings.isEmpty())
        m_overview->setText(tr("The backlog is empty."));
    else if (warnings == 0)
        m_overview->setText(tr("Healthy: %n check(s) fine", nullptr, good));
    else
        //: %1 is "N need attention", %2 "M fine"
        m_overview->setText(tr("%1 · %2").arg(tr("%n need(s) attention", nullptr, warnings),
                                              tr("%n fine", nullptr, good)));
    for (const Health::Finding &finding : std::as_const(findings))
        m_cards->addWidget(card(finding));
}

QWidget *HealthPanel::card(const Health::Finding &finding)
{
    auto *frame = new QFrame;
    frame->setObjectName(QStringLiteral("healthCard"));
    frame->setFrameShape(QFrame::StyledPanel);
    // A coloured bar on the left says how it is at a glance.
    frame->setStyleSheet(QStringLiteral("#healthCard { border-left: 4px solid %1; }")
                             .arg(severityColor(finding.severity).name()));
    auto *icon = new QLabel(frame);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2;
    icon->setPixmap(severityIcon(finding.severity, style()).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    icon->setFixedWidth(iconSize + 4);

    auto *headline = new QLabel(finding.headline, frame);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    wrapToWidth(headline);
    auto *explanation = new QLabel(finding.explanation, frame);
    wrapToWidth(explanation);
    explanation->setForegroundRole(QPalette::PlaceholderText);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(headline);
    if (!finding.explanation.isEmpty())
        text->addWidget(explanation);
    else
        delete explanation;

    // One button a row: the cards stay narrow enough for a side dock.
    if (!finding.items.isEmpty()) {
        auto *show = new QPushButton(tr("Show %n Item(s)", nullptr, int(finding.items.size())), frame);
        show->setToolTip(tr("Select these items in the backlog"));
        const QList<ItemId> items = finding.items;
        connect(show, &QPushButton::clicked, this, [this, items] { emit itemsRequested(items); });
        m_showButtons.insert(int(finding.kind), show);
        text->addWidget(show, 0, Qt::AlignLeft);
    }
    if (finding.kind == Health::Kind::Runway && !finding.items.isEmpty()) {
        auto *cleanUp = new QPushButton(tr("Clean Up…"), frame);
        cleanUp->setToolTip(tr("Archive items the team will not reach in the next three sprints"));
        connect(cleanUp, &QPushButton::clicked, this, &HealthPanel::cleanUpRequested);
        text->addWidget(cleanUp, 0, Qt::AlignLeft);
    }

    auto *layout = new QHBoxLayout(frame);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(icon);
    layout->addLayout(text, 1);
    return frame;
}

} // namespace Ordo
