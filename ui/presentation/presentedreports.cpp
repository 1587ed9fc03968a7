#include "presentedreports.h"

#include "charts/burndownchart.h"
#include "charts/forecastchart.h"
#include "charts/outcomeschart.h"
#include "charts/velocitychart.h"
#include "productdocument.h"
#include "reports/reportsource.h"
#include "services/sprintreport.h"
#include "sprinteditor.h"

#include <QKeyEvent>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Ordo {

PresentedReports::PresentedReports(QWidget *parent)
    : PresentedPage(parent)
    , m_title(label(this, Role::Heading))
    , m_sentence(label(this))
    , m_charts(new QStackedWidget(this))
    , m_burndown(new BurndownChart(m_charts))
    , m_velocity(new VelocityChart(m_charts))
    , m_forecast(new ForecastChart(m_charts))
    , m_outcomes(new OutcomesChart(m_charts))
{
    for (QWidget *chart : {static_cast<QWidget *>(m_burndown), static_cast<QWidget *>(m_velocity), static_cast<QWidget *>(m_forecast),
                           static_cast<QWidget *>(m_outcomes)}) {
        m_charts->addWidget(chart);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_sentence);
    layout->addWidget(m_charts, 1);
    setFocusPolicy(Qt::StrongFocus);
}

PresentedReports::~PresentedReports() = default;

void PresentedReports::setDocument(ProductDocument *document)
{
    disconnect(m_changes);
    delete m_source;
    m_source = nullptr;
    m_document = document;
    if (document) {
        m_source = new ReportSource(document, this);
        m_changes = connect(m_source, &ReportSource::changed, this, &PresentedReports::productChanged);
    }
    // Drawn now when on the wall, else when shown.
    productChanged();
}

PresentedReports::Chart PresentedReports::chart() const { return Chart(m_charts->currentIndex()); }

void PresentedReports::setChart(int chart)
{
    m_charts->setCurrentIndex(std::clamp(chart, 0, int(ChartCount) - 1));
    draw();
    emit stepChanged();
}

QString PresentedReports::step() const { return tr("Chart %1 of %2").arg(m_charts->currentIndex() + 1).arg(int(ChartCount)); }

void PresentedReports::refresh()
{
    draw();
    emit stepChanged();
}

void PresentedReports::draw()
{
    const Sprint *active = m_document ? m_document->sprintEditor()->activeSprint() : nullptr;
    m_sprint = active ? active->id : 0;
    if (!m_source) {
        m_title->clear();
        m_sentence->clear();
        return;
    }
    switch (chart()) {
    case BurndownChartPage:
        m_title->setText(active ? tr("%1: burndown").arg(active->name) : tr("Sprint burndown"));
        if (auto chartData = active ? m_source->burndown(active->id) : Expected<Burndown::Chart>(Error{})) {
            m_burndown->setData(*chartData, active->name, false, [this](qint64 id) { return m_source->itemLabel(id); });
            m_sentence->setText(active->goal.trimmed().isEmpty() ? QString() : tr("Sprint goal: %1").arg(active->goal.trimmed()));
        } else {
            m_burndown->setEmptyMessage(tr("Start a sprint to see its burndown."));
            m_sentence->clear();
        }
        break;
    case VelocityChartPage: {
        const Velocity::Summary &summary = m_source->velocity();
        m_title->setText(tr("Velocity"));
        m_velocity->setData(m_source->velocityBars(), summary);
        m_sentence->setText(summary.average ? tr("Average of the last %n sprint(s): %1 points (from %2 to %3).", nullptr, summary.sprints)
                                                  .arg(SprintReport::pointsText(summary.average), SprintReport::pointsText(summary.min),
                                                       SprintReport::pointsText(summary.max))
                                            : QString());
        break;
    }
    case ForecastChartPage: {
        m_title->setText(tr("When will the Product Backlog be done?"));
        const Forecast::Work work = m_source->work();
        const Forecast::Result result = Forecast::whenDone(work, m_source->velocities());
        const Forecast::Calendar calendar = m_source->calendar();
        m_forecast->setData(result, calendar, tr("%1 points of unfinished work").arg(SprintReport::pointsText(work.points())));
        m_sentence->setText(Forecast::sentence(result, calendar));
        break;
    }
    case OutcomesChartPage: {
        m_title->setText(tr("Outcomes"));
        auto summary = m_source->outcomes();
        if (!summary) {
            emit errorOccurred(summary.error().message);
            break;
        }
        QStringList names;
        for (const Outcomes::SprintOutcome &s : summary->sprints) {
            const Sprint *sprint = m_document->sprintEditor()->sprint(s.sprintId);
            names.append(sprint ? sprint->name : QString());
        }
        m_outcomes->setData(*summary, names);
        m_sentence->setText(summary->rollingOutcomeRate
                                ? tr("Outcome rate: %1 of accepted stories with a success metric reached their target.")
                                      .arg(QLocale().toString(*summary->rollingOutcomeRate * 100, 'f', 0) + QLocale().percent())
                                : QString());
        break;
    }
    case ChartCount: break;
    }
}

void PresentedReports::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Right || event->key() == Qt::Key_PageDown)
        setChart(m_charts->currentIndex() + 1);
    else if (event->key() == Qt::Key_Left || event->key() == Qt::Key_PageUp)
        setChart(m_charts->currentIndex() - 1);
    else
        PresentedPage::keyPressEvent(event);
}

} // namespace Ordo
