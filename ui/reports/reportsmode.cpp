#include "reportsmode.h"

#include "backlog/backlogmodel.h"
#include "charts/burndownchart.h"
#include "charts/forecastchart.h"
#include "charts/outcomeschart.h"
#include "charts/velocitychart.h"
#include "productdocument.h"
#include "reportdialog.h"
#include "reportsource.h"
#include "sprinteditor.h"

#include <QAction>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ordo {
namespace {

constexpr int itemChoices = 300; // items offered as a forecast's target, from the top
// Epics on the roadmap: those whose work ends first. More bars than this do not read on a
// projector, and the rest are further out than a stakeholder plans.
constexpr int roadmapEpics = 20;

QLabel *sentenceLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    label->setFont(f);
    return label;
}

QString points(double value) { return QLocale().toString(value, 'g', 4); }

} // namespace

ReportsMode::ReportsMode(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_burndown(new BurndownChart(this))
    , m_velocity(new VelocityChart(this))
    , m_release(new ReleaseBurnupChart(this))
    , m_forecast(new ForecastChart(this))
    , m_roadmap(new RoadmapChart(this))
    , m_outcomes(new OutcomesChart(this))
    , m_sprint(new QComboBox(this))
    , m_burnKind(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_topCount(new QSpinBox(this))
    , m_whatIf(new QDoubleSpinBox(this))
    , m_byDate(new QDateEdit(this))
    , m_sentence(sentenceLabel(this))
    , m_range(sentenceLabel(this))
    , m_inverse(sentenceLabel(this))
    , m_velocityFigures(sentenceLabel(this))
    , m_releaseFigures(sentenceLabel(this))
    , m_outcomeFigures(sentenceLabel(this))
    , m_roadmapFigures(sentenceLabel(this))
{
    m_stale = QList<bool>(PageCount, true);
    m_pages->setObjectName(QStringLiteral("reportPages"));
    const QStringList names{tr("Sprint burndown"), tr("Velocity"), tr("Release burnup"), tr("Forecast"), tr("Roadmap"), tr("Outcomes")};
    for (const QString &name : names)
        m_pages->addItem(name);
    m_pages->setSpacing(2);
    QFont listFont = m_pages->font();
    listFont.setPointSizeF(listFont.pointSizeF() * 1.15);
    m_pages->setFont(listFont);
    int widest = 0;
    for (const QString &name : names)
        widest = std::max(widest, QFontMetrics(listFont).horizontalAdvance(name));
    m_pages->setFixedWidth(widest + 48);
    m_pages->setFrameShape(QFrame::NoFrame);

    // Burndown: the sprint, and burndown or burnup.
    m_burnKind->addItems({tr("Burndown"), tr("Burnup")});
    auto *burnControls = new QWidget(this);
    auto *burnRow = new QHBoxLayout(burnControls);
    burnRow->setContentsMargins(0, 0, 0, 0);
    auto *sprintLabel = new QLabel(tr("&Sprint:"), burnControls);
    sprintLabel->setBuddy(m_sprint);
    burnRow->addWidget(sprintLabel);
    burnRow->addWidget(m_sprint);
    burnRow->addWidget(m_burnKind);
    burnRow->addStretch();
    m_stack->addWidget(page(names.at(0), tr("Remaining points at the end of each day against the ideal line from the commitment. "
                                            "Scope changes after the start are marked; a closed sprint's chart no longer changes."),
                            burnControls, m_burndown));
    m_stack->addWidget(page(names.at(1), tr("What each closed sprint committed at its start and what it completed (accepted at its close)."),
                            nullptr, m_velocity, m_velocityFigures));

    auto *scopeControls = new QWidget(this);
    auto *scopeRow = new QHBoxLayout(scopeControls);
    scopeRow->setContentsMargins(0, 0, 0, 0);
    auto *scopeLabel = new QLabel(tr("S&cope:"), scopeControls);
    scopeLabel->setBuddy(m_scope);
    scopeRow->addWidget(scopeLabel);
    scopeRow->addWidget(m_scope);
    scopeRow->addStretch();
    m_stack->addWidget(page(names.at(2), tr("Done against total scope at each sprint's close, and the range of sprints to completion at the "
                                            "best and worst recent velocity."),
                            scopeControls, m_release, m_releaseFigures));

    // Forecast: the target, a what-if velocity, and the inverse question by a date.
    m_topCount->setRange(1, 10000);
    m_topCount->setValue(10);
    m_whatIf->setRange(0, 10000);
    m_whatIf->setDecimals(1);
    m_whatIf->setSpecialValueText(tr("recent velocity"));
    m_whatIf->setToolTip(tr("What if every sprint delivered this many points? Leave at “recent velocity” to resample the last closed sprints."));
    m_byDate->setCalendarPopup(true);
    m_byDate->setDate(QDate::currentDate().addMonths(3));
    m_target->setMinimumContentsLength(20);
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *forecastControls = new QWidget(this);
    auto *forecastGrid = new QGridLayout(forecastControls);
    forecastGrid->setContentsMargins(0, 0, 0, 0);
    auto *targetLabel = new QLabel(tr("&When will this be done:"), forecastControls);
    targetLabel->setBuddy(m_target);
    auto *whatIfLabel = new QLabel(tr("&Velocity:"), forecastControls);
    whatIfLabel->setBuddy(m_whatIf);
    auto *byLabel = new QLabel(tr("What is done &by:"), forecastControls);
    byLabel->setBuddy(m_byDate);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_topCount);
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_whatIf);
    optionsRow->addSpacing(16);
    optionsRow->addWidget(byLabel);
    optionsRow->addWidget(m_byDate);
    optionsRow->addStretch();
    forecastGrid->addWidget(targetLabel, 0, 0);
    forecastGrid->addLayout(targetRow, 0, 1);
    forecastGrid->addWidget(whatIfLabel, 1, 0);
    forecastGrid->addLayout(optionsRow, 1, 1);
    forecastGrid->setColumnStretch(1, 1);
    auto *sentences = new QWidget(this);
    auto *sentenceColumn = new QVBoxLayout(sentences);
    sentenceColumn->setContentsMargins(0, 0, 0, 0);
    sentenceColumn->addWidget(m_sentence);
    sentenceColumn->addWidget(m_range);
    sentenceColumn->addWidget(m_inverse);
    m_stack->addWidget(page(names.at(3), tr("10,000 simulated futures, each sprint drawing its velocity from the last closed sprints. "
                                            "The same product gives the same answer."),
                            forecastControls, m_forecast, sentences));
    m_stack->addWidget(page(names.at(4), tr("Each epic on the sprints to come, from where its work starts to where it is 50% and 85% likely done."),
                            nullptr, m_roadmap, m_roadmapFigures));
    m_stack->addWidget(page(names.at(5), tr("Whether accepted stories moved their success metric to its target, how often the review "
                                            "rejects, and the business value delivered."),
                            nullptr, m_outcomes, m_outcomeFigures));

    // The list keeps the width of its longest name (in any language); the page takes the rest.
    // Below the pages: what goes to stakeholders who do not open Ordo.
    m_dashboardAction = new QAction(tr("Product &Dashboard…"), this);
    m_dashboardAction->setStatusTip(tr("The Product Goal, the running sprint, the top of the backlog, the roadmap and the charts "
                                       "on one page for stakeholders, as HTML or PDF"));
    m_dashboardAction->setEnabled(false);
    connect(m_dashboardAction, &QAction::triggered, this, [this] {
        if (!m_document)
            return;
        ReportDialog dialog(m_document, ReportDialog::Kind::Dashboard, 0, window());
        dialog.exec();
    });
    auto *dashboard = new QToolButton(this);
    dashboard->setDefaultAction(m_dashboardAction);
    dashboard->setToolButtonStyle(Qt::ToolButtonTextOnly);
    dashboard->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *side = new QVBoxLayout;
    side->setContentsMargins(0, 0, 6, 6);
    side->addWidget(m_pages, 1);
    side->addWidget(dashboard);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(side);
    layout->addWidget(m_stack, 1);

    connect(m_pages, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        refresh();
    });
    m_pages->setCurrentRow(0);
    const auto redraw = [this](Page p) {
        return [this, p] {
            m_stale[p] = true;
            refresh();
        };
    };
    connect(m_sprint, &QComboBox::activated, this, redraw(BurndownPage));
    connect(m_burnKind, &QComboBox::activated, this, redraw(BurndownPage));
    connect(m_scope, &QComboBox::activated, this, redraw(ReleaseBurnupPage));
    connect(m_target, &QComboBox::activated, this, redraw(ForecastPage));
    connect(m_topCount, &QSpinBox::valueChanged, this, redraw(ForecastPage));
    connect(m_whatIf, &QDoubleSpinBox::valueChanged, this, redraw(ForecastPage));
    connect(m_byDate, &QDateEdit::dateChanged, this, redraw(ForecastPage));
}

QWidget *ReportsMode::page(const QString &title, const QString &explanation, QWidget *controls, QWidget *chart, QWidget *below)
{
    auto *widget = new QWidget(this);
    auto *column = new QVBoxLayout(widget);
    auto *heading = new QLabel(title, widget);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    heading->setFont(f);
    auto *about = new QLabel(explanation, widget);
    about->setWordWrap(true);
    about->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(heading);
    column->addWidget(about);
    if (controls)
        column->addWidget(controls);
    column->addWidget(chart, 1);
    if (below)
        column->addWidget(below);
    return widget;
}

void ReportsMode::setDocument(ProductDocument *document)
{
    m_document = document;
    m_dashboardAction->setEnabled(document != nullptr);
    delete m_source;
    m_source = nullptr;
    if (document) {
        m_source = new ReportSource(document, this);
        connect(m_source, &ReportSource::changed, this, [this] {
            m_stale.fill(true);
            m_choosersStale = true;
            if (m_active)
                refresh();
        });
    }
    m_stale.fill(true);
    m_choosersStale = true;
    if (m_active)
        refresh();
}

void ReportsMode::setActive(bool active)
{
    m_active = active;
    if (active)
        refresh();
}

void ReportsMode::showPage(Page p) { m_pages->setCurrentRow(p); }

ReportsMode::Page ReportsMode::currentPage() const { return Page(std::max(0, m_pages->currentRow())); }

void ReportsMode::refreshAll()
{
    fillChoosers();
    for (int p = 0; p < PageCount; ++p)
        refreshPage(p);
}

void ReportsMode::refresh()
{
    if (!m_document || !m_active)
        return;
    refreshPage(currentPage());
}

void ReportsMode::refreshPage(int p)
{
    if (!m_document || !m_stale.at(p))
        return;
    fillChoosers();
    m_stale[p] = false;
    switch (Page(p)) {
    case BurndownPage: drawBurndown(); break;
    case VelocityPage: drawVelocity(); break;
    case ReleaseBurnupPage: drawReleaseBurnup(); break;
    case ForecastPage: drawForecast(); break;
    case RoadmapPage: drawRoadmap(); break;
    case OutcomesPage: drawOutcomes(); break;
    case PageCount: break;
    }
}

void ReportsMode::fillChoosers()
{
    // They walk the whole backlog: once per change of the product, not once per page.
    if (!m_choosersStale)
        return;
    m_choosersStale = false;
    // Each keeps its choice when it is still there: the running sprint by default.
    const SprintEditor *sprints = m_document->sprintEditor();
    const QVariant sprint = m_sprint->currentData();
    m_sprint->clear();
    for (qsizetype i = sprints->sprints().size() - 1; i >= 0; --i) {
        const Sprint &s = sprints->sprints().at(i);
        if (s.state != SprintState::Planned)
            m_sprint->addItem(s.name, s.id);
    }
    const qint64 active = sprints->activeSprint() ? sprints->activeSprint()->id : 0;
    int at = m_sprint->findData(sprint.isValid() ? sprint : QVariant(active));
    m_sprint->setCurrentIndex(std::max(0, at));

    const BacklogModel *model = m_document->backlogModel();
    const QString scope = m_scope->currentText();
    const QString target = m_target->currentData().toString();
    m_scope->clear();
    m_target->clear();
    m_scope->addItem(tr("Product Goal"), QStringLiteral("goal"));
    m_target->addItem(tr("The top items"), QStringLiteral("top"));
    QStringList labels;
    int offered = 0;
    for (const BacklogRow &row : model->rows()) {
        if (row.archived)
            continue;
        if (row.type == ItemType::Epic) {
            m_scope->addItem(tr("Epic: %1").arg(row.title), QStringLiteral("epic:%1").arg(row.id));
            m_target->addItem(tr("Epic: %1").arg(row.title), QStringLiteral("epic:%1").arg(row.id));
            continue;
        }
        for (const QString &label : row.labels.split(u',', Qt::SkipEmptyParts)) {
            if (!labels.contains(label))
                labels.append(label);
        }
        if (offered < itemChoices && !isFinishedStatus(row.status) && row.status != ItemStatus::Accepted) {
            m_target->addItem(model->keyOf(row) + QStringLiteral("  ") + row.title, QStringLiteral("item:%1").arg(row.id));
            ++offered;
        }
    }
    labels.sort(Qt::CaseInsensitive);
    for (const QString &label : std::as_const(labels))
        m_scope->addItem(tr("Label: %1").arg(label), QStringLiteral("label:%1").arg(label));
    m_scope->setCurrentIndex(std::max(0, m_scope->findText(scope)));
    m_target->setCurrentIndex(std::max(0, m_target->findData(target)));
    m_topCount->setVisible(m_target->currentData().toString() == QLatin1String("top"));
}

void ReportsMode::drawBurndown()
{
    const SprintId sprint = m_sprint->currentData().toLongLong();
    if (sprint == 0) {
        m_burndown->chart()->setTitle(tr("Sprint burndown"));
        m_burndown->setEmptyMessage(tr("Start a sprint in Planning to see its burndown here."));
        return;
    }
    auto chart = m_source->burndown(sprint);
    if (!chart) {
        emit errorOccurred(chart.error().message);
        return;
    }
    m_burndown->setData(*chart, m_sprint->currentText(), m_burnKind->currentIndex() == 1,
                        [this](qint64 id) { return m_source->itemLabel(id); });
}

void ReportsMode::drawVelocity()
{
    const Velocity::Summary &summary = m_source->velocity();
    m_velocity->setData(m_source->velocityBars(), summary);
    if (!summary.average) {
        m_velocityFigures->clear();
        return;
    }
    m_velocityFigures->setText(tr("Average of the last %n sprints: %1 points (from %2 to %3).", nullptr, summary.sprints)
                                   .arg(points(*summary.average), points(summary.min), points(summary.max)));
}

void ReportsMode::drawReleaseBurnup()
{
    ReportSource::Scope scope;
    const QString key = m_scope->currentData().toString();
    if (key.startsWith(QLatin1String("epic:"))) {
        scope.kind = ReportSource::Scope::Epic;
        scope.epic = key.mid(5).toLongLong();
    } else if (key.startsWith(QLatin1String("label:"))) {
        scope.kind = ReportSource::Scope::Label;
        scope.label = key.mid(6);
    }
    auto result = m_source->releaseBurnup(scope);
    if (!result) {
        emit errorOccurred(result.error().message);
        return;
    }
    const Forecast::Calendar calendar = m_source->calendar();
    QStringList coming;
    const int horizon = result->atWorst ? std::min(*result->atWorst, 52) : 0;
    for (int n = 1; n <= horizon; ++n)
        coming.append(Forecast::sprintAt(calendar, n).name);
    m_release->setData(*result, m_source->closedSprintNames(), coming, m_scope->currentText());
    QString text = tr("%1 of %2 points done.").arg(points(result->doneNow), points(result->scopeNow));
    if (result->atBest && result->atWorst && result->scopeNow > result->doneNow) {
        const Sprint best = Forecast::sprintAt(calendar, std::max(1, *result->atBest));
        const Sprint worst = Forecast::sprintAt(calendar, std::max(1, *result->atWorst));
        text += QStringLiteral(" ")
                + tr("At recent velocity, done between %1 (%2) and %3 (%4).")
                      .arg(best.name, QLocale().toString(best.end, QLocale::ShortFormat), worst.name,
                           QLocale().toString(worst.end, QLocale::ShortFormat));
    }
    if (result->unestimated > 0)
        text += QStringLiteral(" ") + tr("%n items in it have no estimate and count for nothing.", nullptr, result->unestimated);
    m_releaseFigures->setText(text);
}

void ReportsMode::drawForecast()
{
    const QString key = m_target->currentData().toString();
    m_topCount->setVisible(key == QLatin1String("top"));
    Forecast::Work work;
    if (key.startsWith(QLatin1String("epic:")))
        work = m_source->workOfEpic(key.mid(5).toLongLong());
    else if (key.startsWith(QLatin1String("item:")))
        work = m_source->work(key.mid(5).toLongLong());
    else
        work = m_source->workOfTop(m_topCount->value());
    Forecast::Options options;
    if (m_whatIf->value() > 0)
        options.whatIfVelocity = m_whatIf->value();
    const QList<double> velocities = m_source->velocities();
    const Forecast::Result result = Forecast::whenDone(work, velocities, options);
    const Forecast::Calendar calendar = m_source->calendar();
    m_forecast->setData(result, calendar, tr("When will it be done? %1").arg(m_target->currentText().simplified()));
    m_sentence->setText(Forecast::sentence(result, calendar));
    m_range->setText(result.possible && !options.whatIfVelocity ? Forecast::rangeSentence(result, calendar) : QString());

    // The inverse: by the chosen date, how many of the top items.
    const int sprints = Forecast::sprintsBy(calendar, m_byDate->date());
    QList<double> top;
    const Forecast::Work all = m_source->work();
    for (const std::optional<double> &estimate : all.estimates)
        top.append(estimate.value_or(all.medianEstimate));
    if (!result.possible && !options.whatIfVelocity) {
        m_inverse->clear();
    } else if (sprints == 0) {
        m_inverse->setText(tr("No sprint ends by %1.").arg(QLocale().toString(m_byDate->date(), QLocale::LongFormat)));
    } else {
        const Forecast::HowMany howMany = Forecast::howManyBy(top, sprints, velocities, options);
        m_inverse->setText(tr("By %1 (%n sprints), 85% likely: the top %2 items (%3 points); 50% likely: the top %4.", nullptr, sprints)
                               .arg(QLocale().toString(m_byDate->date(), QLocale::LongFormat))
                               .arg(howMany.items85)
                               .arg(points(howMany.points85))
                               .arg(howMany.items50));
    }
}

void ReportsMode::drawRoadmap()
{
    QList<ItemId> epicOfWork;
    const Forecast::Work work = m_source->work(0, &epicOfWork);
    QList<ItemId> epicIds;
    QList<Forecast::EpicInput> epics = ReportSource::roadmapEpics(epicOfWork, &epicIds);
    const qsizetype all = epics.size();
    if (all > roadmapEpics) {
        epics.resize(roadmapEpics);
        epicIds.resize(roadmapEpics);
        m_roadmapFigures->setText(tr("The %1 epics whose work ends first, of %2 with work left.").arg(roadmapEpics).arg(all));
    } else {
        m_roadmapFigures->clear();
    }
    const QList<Forecast::EpicForecast> forecasts = Forecast::roadmap(work, epics, m_source->velocities());
    m_roadmap->setData(forecasts, m_source->itemTitles(epicIds), m_source->calendar());
}

void ReportsMode::drawOutcomes()
{
    auto summary = m_source->outcomes();
    if (!summary) {
        emit errorOccurred(summary.error().message);
        return;
    }
    QStringList names;
    for (const Outcomes::SprintOutcome &s : summary->sprints) {
        const Sprint *sprint = m_document->sprintEditor()->sprint(s.sprintId);
        names.append(sprint ? sprint->name : QString());
    }
    m_outcomes->setData(*summary, names);
    QStringList lines;
    const auto percent = [](double rate) { return QLocale().toString(rate * 100, 'f', 0) + QLocale().percent(); };
    lines.append(summary->rollingOutcomeRate
                     ? tr("Outcome rate over the last %n sprints: %1 of accepted stories with a success metric reached their target.",
                          nullptr, m_document->product().velocitySprints)
                           .arg(percent(*summary->rollingOutcomeRate))
                     : tr("No outcome rate yet: give stories a success metric and record the measured value once they are released."));
    if (summary->acceptedWithoutMetric > 0)
        lines.append(tr("%n accepted stories had no success metric.", nullptr, summary->acceptedWithoutMetric));
    if (summary->cycleTimeMedianDays && summary->cycleTimeP85Days) {
        lines.append(tr("From Ready to accepted: %1 days at the median, %2 days for 85% of items.")
                         .arg(QLocale().toString(*summary->cycleTimeMedianDays, 'f', 1),
                              QLocale().toString(*summary->cycleTimeP85Days, 'f', 1)));
    }
    m_outcomeFigures->setText(lines.join(u'\n'));
}

} // namespace Ordo
