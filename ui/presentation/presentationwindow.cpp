#include "presentationwindow.h"

#include "presentedboard.h"
#include "presentedplanning.h"
#include "presentedreports.h"
#include "presentedreview.h"
#include "productdocument.h"
#include "sprinteditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QCursor>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QRadialGradient>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

#include <cmath>

namespace Ordo {
namespace {

// A soft light around the pointer while it moves, so that the room sees what the presenter points
// at; it fades out when the pointer rests. It never takes a click.
class Spotlight : public QWidget
{
public:
    explicit Spotlight(QWidget *parent)
        : QWidget(parent)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setObjectName(QStringLiteral("spotlight"));
        m_poll.setInterval(40);
        connect(&m_poll, &QTimer::timeout, this, &Spotlight::poll);
        m_poll.start();
        hide();
    }

private:
    void poll()
    {
        const QPoint global = QCursor::pos();
        if (global == m_last) {
            if (isVisible() && m_rest.isValid() && m_rest.elapsed() > 1200)
                hide();
            return;
        }
        m_last = global;
        m_rest.start();
        const QPoint local = parentWidget()->mapFromGlobal(global);
        if (!parentWidget()->rect().contains(local) || !parentWidget()->isVisible()) {
            hide();
            return;
        }
        m_at = local;
        resize(parentWidget()->size());
        raise();
        show();
        update();
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal radius = std::max(60.0, height() / 9.0);
        QRadialGradient glow(m_at, radius);
        glow.setColorAt(0.0, QColor(255, 214, 10, 90));
        glow.setColorAt(0.7, QColor(255, 214, 10, 45));
        glow.setColorAt(1.0, QColor(255, 214, 10, 0));
        painter.setPen(Qt::NoPen);
        painter.setBrush(glow);
        painter.drawEllipse(QPointF(m_at), radius, radius);
    }

    QTimer m_poll;
    QElapsedTimer m_rest;
    QPoint m_last;
    QPoint m_at;
};

QLabel *barLabel(QWidget *parent, Qt::Alignment alignment)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(alignment | Qt::AlignVCenter);
    PresentedPage::setRole(label, PresentedPage::Role::Body);
    return label;
}

} // namespace

PresentationWindow::PresentationWindow(ProductDocument *document, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
    , m_theme(PresentationTheme::of(PresentationTheme::Kind::Light))
    , m_bar(new QWidget(this))
    , m_sprintName(barLabel(m_bar, Qt::AlignLeft))
    , m_step(barLabel(m_bar, Qt::AlignHCenter))
    , m_timerText(barLabel(m_bar, Qt::AlignRight))
    , m_clock(barLabel(m_bar, Qt::AlignRight))
    , m_pages(new QStackedWidget(this))
    , m_planning(new PresentedPlanning(m_pages))
    , m_review(new PresentedReview(m_pages))
    , m_board(new PresentedBoard(m_pages))
    , m_reports(new PresentedReports(m_pages))
    , m_spotlight(new Spotlight(this))
    , m_ticker(new QTimer(this))
{
    setWindowTitle(tr("Ordo — Presentation"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_bar->setObjectName(QStringLiteral("presentationBar"));
    m_bar->setAutoFillBackground(true);
    m_bar->setBackgroundRole(QPalette::AlternateBase);
    m_sprintName->setForegroundRole(QPalette::PlaceholderText);
    m_clock->setForegroundRole(QPalette::PlaceholderText);
    m_timerText->setObjectName(QStringLiteral("timeBox"));
    auto *bar = new QHBoxLayout(m_bar);
    bar->addWidget(m_sprintName, 1);
    bar->addWidget(m_step, 1);
    bar->addWidget(m_timerText, 1);
    bar->addWidget(m_clock);

    // In the order of Page.
    m_pages->addWidget(m_planning);
    m_pages->addWidget(m_board);
    m_pages->addWidget(m_review);
    m_pages->addWidget(m_reports);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    auto *margins = new QVBoxLayout;
    margins->addWidget(m_pages);
    layout->addLayout(margins, 1);

    for (PresentedPage *page : pages()) {
        page->setDocument(document);
        connect(page, &PresentedPage::stepChanged, this, [this] {
            updateBar();
            applyFonts();
        });
        connect(page, &PresentedPage::currentItemChanged, this, &PresentationWindow::currentItemChanged);
        connect(page, &PresentedPage::errorOccurred, this, &PresentationWindow::errorOccurred);
    }
    // Window-wide keys: they work whichever row or box has the focus.
    const auto key = [this](const QKeySequence &sequence, auto slot) {
        auto *shortcut = new QShortcut(sequence, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    key(QKeySequence(Qt::Key_Escape), [this] { close(); });
    key(QKeySequence(Qt::CTRL | Qt::Key_Plus), [this] { setZoom(m_zoom + 0.1); });
    key(QKeySequence(Qt::CTRL | Qt::Key_Equal), [this] { setZoom(m_zoom + 0.1); });
    key(QKeySequence(Qt::CTRL | Qt::Key_Minus), [this] { setZoom(m_zoom - 0.1); });
    key(QKeySequence(Qt::CTRL | Qt::Key_2), [this] { setPage(PlanningPage); });
    key(QKeySequence(Qt::CTRL | Qt::Key_3), [this] { setPage(BoardPage); });
    key(QKeySequence(Qt::CTRL | Qt::Key_4), [this] { setPage(ReviewPage); });
    key(QKeySequence(Qt::CTRL | Qt::Key_5), [this] { setPage(ReportsPage); });
    key(QKeySequence(Qt::CTRL | Qt::Key_L), [this] {
        setTheme(m_theme.kind == PresentationTheme::Kind::Light ? PresentationTheme::Kind::Dark : PresentationTheme::Kind::Light);
    });
    key(QKeySequence(Qt::CTRL | Qt::Key_T), [this] { setTimerRunning(!m_timerRunning); });
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &PresentationWindow::tick);
    m_ticker->start();
    applyTheme();
    setPage(ReviewPage);
    tick();
}

PresentationWindow::~PresentationWindow()
{
    // The pages stop following the document before it may go.
    for (PresentedPage *page : pages())
        page->setDocument(nullptr);
}

QList<PresentedPage *> PresentationWindow::pages() const
{
    return {m_planning, m_board, m_review, m_reports};
}

QScreen *PresentationWindow::defaultScreen(const QWidget *window)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *own = window && window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    for (QScreen *screen : screens) {
        if (screen != own)
            return screen;
    }
    return own;
}

void PresentationWindow::present(QScreen *screen)
{
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    raise();
    activateWindow();
    currentPage()->setFocus();
}

void PresentationWindow::setPage(Page page)
{
    m_pages->setCurrentIndex(page);
    currentPage()->setFocus();
    updateBar();
    applyFonts();
    emit currentItemChanged(currentPage()->currentItem());
}

PresentationWindow::Page PresentationWindow::page() const { return Page(m_pages->currentIndex()); }

PresentedPage *PresentationWindow::currentPage() const { return static_cast<PresentedPage *>(m_pages->currentWidget()); }

void PresentationWindow::setTheme(PresentationTheme::Kind kind)
{
    m_theme = PresentationTheme::of(kind);
    applyTheme();
}

void PresentationWindow::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, PresentationTheme::minimumZoom, PresentationTheme::maximumZoom);
    applyFonts();
}

int PresentationWindow::bodyPixels() const { return PresentationTheme::bodyPixels(height(), m_zoom); }

int PresentationWindow::headingPixels() const { return PresentationTheme::headingPixels(height(), m_zoom); }

void PresentationWindow::applyTheme()
{
    setPalette(m_theme.palette());
    setAutoFillBackground(true);
    // Palettes reach children that set none of their own; the charts follow the palette.
    for (QWidget *child : findChildren<QWidget *>())
        child->setPalette(m_theme.palette());
    for (PresentedPage *page : pages())
        page->setTheme(m_theme);
    update();
}

void PresentationWindow::applyFonts()
{
    // In points, as the widgets (the charts among them) scale their fonts from the point size;
    // a hair over, so that the pixel size it gives is never one below.
    const qreal dpi = logicalDpiY();
    QFont body = font();
    body.setPointSizeF((bodyPixels() + 0.05) * 72.0 / dpi);
    QFont heading = body;
    heading.setPointSizeF((headingPixels() + 0.05) * 72.0 / dpi);
    heading.setBold(true);
    setFont(body);
    for (QWidget *child : findChildren<QWidget *>()) {
        if (child->property(PresentedPage::roleProperty).isValid())
            child->setFont(PresentedPage::roleOf(child) == PresentedPage::Role::Heading ? heading : body);
    }
    const int margin = bodyPixels();
    m_pages->setContentsMargins(margin * 2, margin, margin * 2, margin / 2);
    m_bar->layout()->setContentsMargins(margin, margin / 4, margin, margin / 4);
    m_bar->layout()->setSpacing(margin * 2);
    // Check boxes as large as the text beside them, in their verdict's colour. Each box has its
    // own style sheet (a window-wide one would put back the palettes saved before the theme).
    for (QCheckBox *box : findChildren<QCheckBox *>()) {
        const QColor colour = box->property(PresentedPage::colourProperty).value<QColor>();
        box->setStyleSheet(QStringLiteral("QCheckBox { color: %1; spacing: %2px; } QCheckBox::indicator { width: %3px; height: %3px; }")
                               .arg((colour.isValid() ? colour : m_theme.text).name())
                               .arg(margin / 2)
                               .arg(margin));
    }
}

int PresentationWindow::timeBoxMinutes() const
{
    const Sprint *sprint = m_document ? m_document->sprintEditor()->sprint(currentPage()->sprint()) : nullptr;
    const int days = sprint && sprint->start.isValid() && sprint->end.isValid() ? int(sprint->start.daysTo(sprint->end)) + 1
                                                                               : m_document ? m_document->product().sprintLengthDays : 14;
    // The Scrum Guide's time boxes for a one-month sprint, in proportion to a shorter one.
    const int monthMinutes = page() == PlanningPage ? 8 * 60 : 4 * 60;
    return std::max(15, int(std::lround(monthMinutes * std::min(days, 28) / 28.0)));
}

void PresentationWindow::setTimerRunning(bool running)
{
    m_timerRunning = running;
    if (running)
        m_timerStarted.start();
    tick();
}

void PresentationWindow::showItem(ItemId id) { currentPage()->showItem(id); }

void PresentationWindow::updateBar()
{
    const Sprint *sprint = m_document ? m_document->sprintEditor()->sprint(currentPage()->sprint()) : nullptr;
    m_sprintName->setText(sprint ? sprint->name : QString());
    m_step->setText(currentPage()->step());
}

void PresentationWindow::tick()
{
    m_clock->setText(QTime::currentTime().toString(QStringLiteral("HH:mm")));
    if (!m_timerRunning) {
        m_timerText->setText(tr("Ctrl+T: time box %1 min").arg(timeBoxMinutes()));
        m_timerText->setForegroundRole(QPalette::PlaceholderText);
        return;
    }
    const qint64 left = qint64(timeBoxMinutes()) * 60 - m_timerStarted.elapsed() / 1000;
    const qint64 shown = std::abs(left);
    const QString time = QStringLiteral("%1:%2").arg(shown / 60).arg(shown % 60, 2, 10, QLatin1Char('0'));
    m_timerText->setText(left >= 0 ? tr("%1 left").arg(time) : tr("%1 over the time box").arg(time));
    m_timerText->setForegroundRole(left < 5 * 60 ? QPalette::Highlight : QPalette::WindowText);
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyFonts();
    m_spotlight->resize(size());
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    setTimerRunning(false);
    emit closed();
    QWidget::closeEvent(event);
}

} // namespace Ordo
