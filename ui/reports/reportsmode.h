#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QSpinBox;
class QStackedWidget;

namespace Ordo {

class BurndownChart;
class ForecastChart;
class OutcomesChart;
class ProductDocument;
class ReleaseBurnupChart;
class ReportSource;
class RoadmapChart;
class VelocityChart;

// Reports mode: the charts for stakeholders, one page each, chosen from the list on the left:
// a sprint's burndown or burnup, velocity, the release burnup of a scope, the forecast ("when
// will it be done?" and its inverse, with a what-if velocity), the roadmap of the epics, and the
// outcome measures. Every figure comes from a core service through ReportSource; a page is drawn
// when it is shown and again when the product changes while it is on screen.
class ReportsMode : public QWidget
{
    Q_OBJECT

public:
    enum Page { BurndownPage, VelocityPage, ReleaseBurnupPage, ForecastPage, RoadmapPage, OutcomesPage, PageCount };

    explicit ReportsMode(QWidget *parent = nullptr);

    void setDocument(ProductDocument *document);
    void setActive(bool active);
    void showPage(Page page);
    Page currentPage() const;

    BurndownChart *burndownChart() const { return m_burndown; }
    VelocityChart *velocityChart() const { return m_velocity; }
    ReleaseBurnupChart *releaseBurnupChart() const { return m_release; }
    ForecastChart *forecastChart() const { return m_forecast; }
    RoadmapChart *roadmapChart() const { return m_roadmap; }
    OutcomesChart *outcomesChart() const { return m_outcomes; }
    QComboBox *sprintChooser() const { return m_sprint; }
    QComboBox *forecastTarget() const { return m_target; }
    QComboBox *scopeChooser() const { return m_scope; }
    QLabel *forecastSentence() const { return m_sentence; }
    QLabel *forecastRange() const { return m_range; }
    QLabel *inverseSentence() const { return m_inverse; }
    QLabel *outcomeFigures() const { return m_outcomeFigures; }
    QLabel *velocityFigures() const { return m_velocityFigures; }
    QDoubleSpinBox *whatIfVelocity() const { return m_whatIf; }
    QDateEdit *inverseDate() const { return m_byDate; }

    // Export Product Dashboard: the whole product on one page for stakeholders (HTML or PDF).
    QAction *dashboardAction() const { return m_dashboardAction; }

    // Draws every page now (for the benchmark and the tests).
    void refreshAll();

signals:
    void errorOccurred(const QString &message);

private:
    QWidget *page(const QString &title, const QString &explanation, QWidget *controls, QWidget *chart, QWidget *below = nullptr);
    void fillChoosers();
    void refresh();
    void refreshPage(int page);
    void drawBurndown();
    void drawVelocity();
    void drawReleaseBurnup();
    void drawForecast();
    void drawRoadmap();
    void drawOutcomes();

    ProductDocument *m_document = nullptr;
    ReportSource *m_source = nullptr;
    bool m_active = false;
    QList<bool> m_stale;
    bool m_choosersStale = true;
    QListWidget *m_pages;
    QStackedWidget *m_stack;
    BurndownChart *m_burndown;
    VelocityChart *m_velocity;
    ReleaseBurnupChart *m_release;
    ForecastChart *m_forecast;
    RoadmapChart *m_roadmap;
    OutcomesChart *m_outcomes;
    QComboBox *m_sprint;
    QComboBox *m_burnKind;
    QComboBox *m_scope;
    QComboBox *m_target;
    QSpinBox *m_topCount;
    QDoubleSpinBox *m_whatIf;
    QDateEdit *m_byDate;
    QLabel *m_sentence;
    QLabel *m_range;
    QLabel *m_inverse;
    QLabel *m_velocityFigures;
    QLabel *m_releaseFigures;
    QLabel *m_outcomeFigures;
    QLabel *m_roadmapFigures;
    QAction *m_dashboardAction = nullptr;
};

} // namespace Ordo
