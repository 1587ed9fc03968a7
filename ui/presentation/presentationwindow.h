#pragma once

#include "domain/item.h"
#include "presentationtheme.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QScreen;
class QStackedWidget;
class QTimer;

namespace Ordo {

class PresentedBoard;
class PresentedPage;
class PresentedPlanning;
class PresentedReports;
class PresentedReview;
class ProductDocument;

// Presentation mode: Sprint Planning, the board, the sprint review and the reports projected on a wall, legible from the
// back of the room and driven from the keyboard. Full screen on the chosen screen (the second one
// when there are two), while the Product Owner's window stays on the laptop and follows the same
// item. No chrome but a slim bar with the sprint, the step, the meeting's time box and the clock.
//
// Keys: Esc leaves; Ctrl+2 Planning, Ctrl+3 the board, Ctrl+4 Review, Ctrl+5 the reports; Ctrl+Plus and Ctrl+Minus zoom (never below the
// sizes that read from the back: body text 1/45 of the height, headings 1/27); Ctrl+L switches
// between the light and the dark theme; Ctrl+T starts or stops the meeting's time box (the Scrum
// Guide's: at most 8 hours of planning and 4 of review for a one-month sprint, less for shorter
// ones). A soft spotlight follows the mouse while it moves.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    enum Page { PlanningPage, BoardPage, ReviewPage, ReportsPage, PageCount };

    explicit PresentationWindow(ProductDocument *document, QWidget *parent = nullptr);
    ~PresentationWindow() override;

    // The screen to present on: the one `window` is not on when there are two or more, else its own.
    static QScreen *defaultScreen(const QWidget *window);
    // Full screen on `screen`.
    void present(QScreen *screen);

    void setPage(Page page);
    Page page() const;
    PresentedPage *currentPage() const;
    QList<PresentedPage *> pages() const; // in the order of Page
    PresentedPlanning *planning() const { return m_planning; }
    PresentedReview *review() const { return m_review; }
    PresentedBoard *board() const { return m_board; }
    PresentedReports *reports() const { return m_reports; }

    const PresentationTheme &theme() const { return m_theme; }
    void setTheme(PresentationTheme::Kind kind);
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    int bodyPixels() const;
    int headingPixels() const;

    // The meeting's time box for the current page, in minutes: planning 8 hours and review 4 per
    // four weeks of sprint, in proportion, for the sprint on the page.
    int timeBoxMinutes() const;
    void setTimerRunning(bool running);
    bool isTimerRunning() const { return m_timerRunning; }
    QLabel *timerLabel() const { return m_timerText; }
    QLabel *stepLabel() const { return m_step; }
    QWidget *spotlight() const { return m_spotlight; }

    void showItem(ItemId id);

signals:
    void currentItemChanged(Ordo::ItemId id);
    void errorOccurred(const QString &message);
    void closed();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void applyTheme();
    void applyFonts();
    void updateBar();
    void tick();

    ProductDocument *m_document;
    PresentationTheme m_theme;
    double m_zoom = 1.0;
    QWidget *m_bar;
    QLabel *m_sprintName;
    QLabel *m_step;
    QLabel *m_timerText;
    QLabel *m_clock;
    QStackedWidget *m_pages;
    PresentedPlanning *m_planning;
    PresentedReview *m_review;
    PresentedBoard *m_board;
    PresentedReports *m_reports;
    QWidget *m_spotlight;
    QTimer *m_ticker;
    bool m_timerRunning = false;
    QElapsedTimer m_timerStarted;
};

} // namespace Ordo
