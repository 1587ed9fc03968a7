// ordo-bench --charts: the reports' figures on a product with many closed sprints.

#include "chartsbench.h"

#include "benchsupport.h"
#include "backlog/backlogfiltermodel.h"
#include "backlog/backlogmodel.h"
#include "backlog/backlogpanel.h"
#include "backlog/backlogview.h"
#include "backlogeditor.h"
#include "charts/burndownchart.h"
#include "presentation/presentationwindow.h"
#include "reports/stakeholderreport.h"
#include "reports/reportsource.h"
#include "health/healthpanel.h"
#include "services/gherkin.h"
#include "story/gherkinhighlighter.h"
#include "prioritization/proposaldialog.h"
#include "services/prioritization.h"
#include "mainwindow.h"
#include "planning/planningmode.h"
#include "services/readiness.h"
#include "services/sprintoperations.h"
#include "services/sprintplanning.h"
#include "sprint/sprintmode.h"
#include "sprinteditor.h"
#include "sprints/itemslicemodel.h"
#include "productdocument.h"
#include "reports/reportsmode.h"
#include "services/burndown.h"
#include "services/forecast.h"
#include "services/velocity.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/itemrepository.h"
#include "storage/sprintrepository.h"
#include "storage/sql.h"
#include "syntheticproduct.h"
#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSysInfo>
#include <QTextDocument>
#include <QTextStream>
#include <QThread>
#include <QUndoStack>
#include <cstdio>

using namespace Ordo;
using namespace Bench;
using Measurements::Figure;

namespace {
// What the Reports mode counts as work still to do (ReportSource does the same).
bool isWork(const BacklogRow &row)
{
    return !row.archived && row.type != ItemType::Epic && !isFinishedStatus(row.status) && row.status != ItemStatus::Accepted;
}

} // namespace

// ordo-bench --charts: the reports' figures on a product with many closed sprints and about
// ten history rows per item (1 million at 100,000 items). See BENCHMARKS.md, "Charts".
int runCharts(const QString &path, int items, int repetitions, const SyntheticProduct::Summary &summary, QJsonObject json,
              const QString &jsonPath)
{
    QString error;
    std::unique_ptr<ProductDocument> document;
    const Figure documentOpen = Measurements::time(repetitions, [&] {
        document.reset();
        document = ProductDocument::open(path, &error);
        if (!document)
            fail(QStringLiteral("open failed: %1").arg(error));
    });
    Database &database = document->database();
    const QSqlDatabase db = database.connection();
    const QDate today = QDate::currentDate();
    const auto workingDays = document->product().workingDays;

    const QList<Sprint> sprints = valueOr(SprintRepository(database).all(), "sprints");
    const Sprint *active = nullptr;
    const Sprint *lastClosed = nullptr;
    int closedCount = 0;
    for (const Sprint &sprint : sprints) {
        if (sprint.state == SprintState::Active)
            active = &sprint;
        if (sprint.state == SprintState::Closed) {
            lastClosed = &sprint;
            ++closedCount;
        }
    }
    if (!active || !lastClosed)
        fail(QStringLiteral("the charts' product has no active or no closed sprint"));
    // The closed sprint in the middle of the history (the last one's rows are the newest).
    const Sprint middle = [&] {
        int n = 0;
        for (const Sprint &sprint : sprints) {
            if (sprint.state == SprintState::Closed && ++n == closedCount / 2)
                return sprint;
        }
        return *lastClosed;
    }();

    // burndown_*_ms: one sprint's rows through the sprint indexes, replayed into its chart.
    int burndownRows = 0;
    Burndown::Chart closedChart;
    const Figure burndownClosed = Measurements::time(repetitions, [&] {
        const auto history = valueOr(HistoryRepository(database).forSprint(middle.id), "forSprint");
        closedChart = Burndown::compute(middle, history, today, workingDays);
        burndownRows = int(history.size());
    });
    int activeRows = 0;
    Burndown::Chart activeChart;
    const Figure burndownActive = Measurements::time(repetitions, [&] {
        const auto history = valueOr(HistoryRepository(database).forSprint(active->id), "forSprint");
        activeChart = Burndown::compute(*active, history, today, workingDays);
        activeRows = int(history.size());
    });

    // velocity_ms: the frozen figures of every sprint; velocity_replay_ms: the history replayed.
    Velocity::Summary velocity;
    QList<Velocity::SprintVelocity> frozen;
    const Figure velocityFrozen = Measurements::time(repetitions, [&] {
        const auto all = valueOr(SprintRepository(database).all(), "sprints");
        frozen = Velocity::ofFrozenSprints(all);
        velocity = Velocity::summary(frozen);
    });
    QList<Velocity::SprintVelocity> replayed;
    int replayRows = 0;
    const Figure velocityReplay = Measurements::time(repetitions, [&] {
        const auto work = valueOr(HistoryRepository(database).sprintWork(), "sprintWork");
        replayed = Velocity::ofClosedSprints(sprints, work);
        replayRows = int(work.size());
    });
    int velocityMismatches = 0;
    for (const Velocity::SprintVelocity &v : std::as_const(frozen)) {
        const auto same = std::find_if(replayed.cbegin(), replayed.cend(), [&v](const auto &r) { return r.sprintId == v.sprintId; });
        if (same == replayed.cend() || !qFuzzyCompare(1 + same->points, 1 + v.points))
            ++velocityMismatches;
    }

    // forecast_ms: 10,000 trials for the 1,000th unfinished item, over the last 3 closed sprints.
    QList<double> velocities;
    for (qint64 id : std::as_const(velocity.sprintIds)) {
        for (const Velocity::SprintVelocity &v : std::as_const(frozen)) {
            if (v.sprintId == id)
                velocities.append(v.points);
        }
    }
    const QList<BacklogRow> &rows = document->backlogModel()->rows();
    QList<double> estimates;
    for (const BacklogRow &row : rows) {
        if (!row.archived && row.type != ItemType::Epic && row.isEstimated())
            estimates.append(row.estimate);
    }
    Forecast::Work top;
    Forecast::Work all;
    top.medianEstimate = all.medianEstimate = Forecast::medianOf(estimates);
    QList<ItemId> workIds;
    for (const BacklogRow &row : rows) {
        if (!isWork(row))
            continue;
        if (top.estimates.size() < 1000)
            top.estimates.append(row.estimateValue());
        all.estimates.append(row.estimateValue());
        workIds.append(row.id);
    }
    Forecast::Options trials;
    trials.trials = 10000;
    Forecast::Result forecast;
    const Figure forecastFigure = Measurements::time(repetitions, [&] { forecast = Forecast::whenDone(top, velocities, trials); });

    // roadmap_ms: every epic with unfinished work, laid out by one simulation (the epics as
    // Reports mode finds them).
    QHash<ItemId, ItemId> epicOf;
    for (const BacklogRow &row : rows)
        epicOf.insert(row.id, row.parentId);
    QList<ItemId> epicOfWork;
    epicOfWork.reserve(workIds.size());
    for (ItemId id : std::as_const(workIds))
        epicOfWork.append(epicOf.value(id));
    const QList<Forecast::EpicInput> epics = ReportSource::roadmapEpics(epicOfWork, nullptr);
    QList<Forecast::EpicForecast> roadmap;
    const Figure roadmapFigure = Measurements::time(repetitions, [&] { roadmap = Forecast::roadmap(all, epics, velocities, trials); });
    int roadmapPossible = 0;
    for (const Forecast::EpicForecast &e : std::as_const(roadmap))
        roadmapPossible += e.possible ? 1 : 0;

    // reports_open_ms: Reports mode shown on the open product, every page drawn and painted.
    const Figure reportsOpen = Measurements::time(repetitions, [&] {
        ReportsMode reports;
        reports.resize(1600, 1000);
        reports.show();
        reports.setDocument(document.get());
        reports.refreshAll();
        QCoreApplication::processEvents();
        (void)reports.grab();
    });
    // reports_page_ms: each page on its own, shown and painted (a new mode each repetition).
    QList<Figure> pages(ReportsMode::PageCount);
    for (int r = 0; r < repetitions; ++r) {
        ReportsMode reports;
        reports.resize(1600, 1000);
        reports.show();
        reports.setDocument(document.get());
        QCoreApplication::processEvents();
        reports.setActive(true); // draws the first page
        QCoreApplication::processEvents();
        for (int p = 0; p < ReportsMode::PageCount; ++p) {
            pages[p].samples.append(Measurements::timeOnce([&] {
                if (p == 0) {
                    // The first page is drawn when the mode becomes active: draw it again.
                    reports.setDocument(nullptr);
                    reports.setDocument(document.get());
                } else {
                    reports.showPage(ReportsMode::Page(p));
                }
                QCoreApplication::processEvents();
                (void)reports.grab();
            }));
        }
        reports.setDocument(nullptr);
    }

    // sprint_burndown_ms: the Sprint mode's burndown beside the board, drawn now.
    SprintMode board;
    board.resize(1600, 1000);
    board.setDocument(document.get());
    board.show();
    QCoreApplication::processEvents();
    const Figure sprintBurndown = Measurements::time(repetitions, [&] {
        board.updateBurndown();
        board.burndownChart()->repaint();
    });
    board.setDocument(nullptr);

    // presentation_open_ms: presentation mode opened at 1920x1080 on the review page, drawn and
    // painted; presentation_page_ms: each of its pages shown, drawn and painted.
    const Figure presentationOpen = Measurements::time(repetitions, [&] {
        PresentationWindow presentation(document.get());
        presentation.resize(1920, 1080);
        presentation.show();
        QCoreApplication::processEvents();
        (void)presentation.grab();
    });
    QList<Figure> presentationPages(PresentationWindow::PageCount);
    for (int r = 0; r < repetitions; ++r) {
        PresentationWindow presentation(document.get());
        presentation.resize(1920, 1080);
        presentation.show();
        QCoreApplication::processEvents();
        for (int p = 0; p < PresentationWindow::PageCount; ++p) {
            presentationPages[p].samples.append(Measurements::timeOnce([&] {
                presentation.setPage(PresentationWindow::Page(p));
                QCoreApplication::processEvents();
                (void)presentation.grab();
            }));
        }
    }

    // review_report_ms: a closed sprint's review report built (its charts drawn) and written as a
    // PDF; dashboard_ms: the product dashboard built and written as one HTML file.
    QTemporaryDir reportDir;
    int reportPages = 0;
    const Figure reviewReport = Measurements::time(repetitions, [&] {
        auto report = StakeholderReport::sprintReview(document.get(), middle.id);
        if (!report)
            fail(report.error().message);
        if (auto written = report->writePdf(reportDir.filePath(QStringLiteral("review.pdf")), QPageSize::A4); !written)
            fail(written.errorMessage());
    });
    const Figure dashboard = Measurements::time(repetitions, [&] {
        auto report = StakeholderReport::dashboard(document.get());
        if (!report)
            fail(report.error().message);
        if (auto written = report->writeHtml(reportDir.filePath(QStringLiteral("dashboard.html"))); !written)
            fail(written.errorMessage());
        reportPages = int(report->charts().size());
    });

    // Why a figure costs what it costs: SQLite's plans for the two history reads.
    const QString idWhere = QStringLiteral(
        "SELECT id, item_id, at, field, old_value, new_value FROM history WHERE item_id IN (SELECT item_id FROM history WHERE field = 'sprint' AND new_value = ? "
        "UNION SELECT item_id FROM history WHERE field = 'sprint' AND old_value = ?) "
        "AND field IN ('created', 'status', 'estimate', 'sprint', 'committed') ORDER BY at, id");
    const QStringList forSprintPlan = queryPlan(db, idWhere, {QString::number(middle.id), QString::number(middle.id)});
    const QStringList sprintWorkPlan = queryPlan(
        db, QStringLiteral("SELECT id, item_id, at, field, old_value, new_value FROM history WHERE field IN ('created', 'status', 'estimate', 'sprint') "
                           "AND item_id IN (SELECT item_id FROM history WHERE field = 'sprint' AND new_value <> '') ORDER BY at, id"));

    // The fixes, measured here (not in the application): the same reads with the unary + that
    // keeps SQLite off the index on (field, at), so it reads each item's rows through
    // history_item; and the repository's own read once ANALYZE has given the planner statistics.
    const auto readAll = [&db](const QString &sql, const QVariantList &values) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            fail(query.lastError().text());
        int n = 0;
        while (query.next())
            ++n;
        return n;
    };
    const QString unaryForSprint = QString(idWhere).replace(QStringLiteral("AND field IN ('created'"), QStringLiteral("AND +field IN ('created'"));
    const QString unarySprintWork = QStringLiteral(
        "SELECT id, item_id, at, field, old_value, new_value FROM history WHERE +field IN ('created', 'status', 'estimate', 'sprint') "
        "AND item_id IN (SELECT item_id FROM history WHERE field = 'sprint' AND new_value <> '') ORDER BY at, id");
    const QVariantList middleIds{QString::number(middle.id), QString::number(middle.id)};
    int unaryRows = 0;
    const Figure forSprintRead = Measurements::time(repetitions, [&] { (void)readAll(idWhere, middleIds); });
    const Figure forSprintUnary = Measurements::time(repetitions, [&] { unaryRows = readAll(unaryForSprint, middleIds); });
    const Figure sprintWorkUnary = Measurements::time(repetitions, [&] { (void)readAll(unarySprintWork, {}); });
    const QStringList unaryPlan = queryPlan(db, unaryForSprint, middleIds);
    const double analyzeMs = Measurements::timeOnce([&] { (void)Sql::exec(db, QStringLiteral("ANALYZE")); });
    const Figure burndownAnalyzed = Measurements::time(repetitions, [&] {
        const auto history = valueOr(HistoryRepository(database).forSprint(middle.id), "forSprint");
        closedChart = Burndown::compute(middle, history, today, workingDays);
    });
    const QStringList analyzedPlan = queryPlan(db, idWhere, middleIds);

    const auto put = [&json](const char *name, const Figure &figure) { json.insert(QString::fromLatin1(name), figure.toJson()); };
    put("for_sprint_read_ms", forSprintRead);
    put("for_sprint_unary_read_ms", forSprintUnary);
    put("sprint_work_unary_read_ms", sprintWorkUnary);
    put("burndown_closed_after_analyze_ms", burndownAnalyzed);
    json.insert(QStringLiteral("analyze_ms"), analyzeMs);
    put("charts_document_open_ms", documentOpen);
    put("burndown_closed_ms", burndownClosed);
    put("burndown_active_ms", burndownActive);
    put("velocity_ms", velocityFrozen);
    put("velocity_replay_ms", velocityReplay);
    put("forecast_ms", forecastFigure);
    put("roadmap_ms", roadmapFigure);
    put("reports_open_ms", reportsOpen);
    put("sprint_burndown_ms", sprintBurndown);
    put("review_report_pdf_ms", reviewReport);
    put("presentation_open_ms", presentationOpen);
    static const char *const presentationNames[] = {"planning", "board", "review", "reports"};
    QJsonObject presentationJson;
    for (int p = 0; p < PresentationWindow::PageCount; ++p)
        presentationJson.insert(QString::fromLatin1(presentationNames[p]), presentationPages.at(p).toJson());
    json.insert(QStringLiteral("presentation_page_ms"), presentationJson);
    put("dashboard_html_ms", dashboard);
    static const char *const pageNames[] = {"burndown", "velocity", "release_burnup", "forecast", "roadmap", "outcomes"};
    QJsonObject pageJson;
    for (int p = 0; p < ReportsMode::PageCount; ++p)
        pageJson.insert(QString::fromLatin1(pageNames[p]), pages.at(p).toJson());
    json.insert(QStringLiteral("reports_page_ms"), pageJson);
    json.insert(QStringLiteral("closed_sprints"), closedCount);
    json.insert(QStringLiteral("history_rows"), summary.historyRows);
    json.insert(QStringLiteral("burndown_history_rows"), burndownRows);
    json.insert(QStringLiteral("velocity_replay_rows"), replayRows);
    json.insert(QStringLiteral("velocity_mismatches"), velocityMismatches);
    json.insert(QStringLiteral("forecast_items"), int(top.estimates.size()));
    json.insert(QStringLiteral("roadmap_epics"), int(epics.size()));
    json.insert(QStringLiteral("ratios"),
                QJsonObject{{QStringLiteral("velocity_replay_ms/velocity_ms"),
                             velocityFrozen.median() > 0 ? velocityReplay.median() / velocityFrozen.median() : 0.0}});
    json.insert(QStringLiteral("peak_rss_mb"), double(Measurements::peakResidentBytes()) / (1024.0 * 1024.0));

    const auto row = [](const QString &name, const Figure &f, const QString &target, bool met) {
        say(QStringLiteral("%1 median %2 ms  p95 %3 ms   %4 %5")
                .arg(name, -24).arg(f.median(), 9, 'f', 2).arg(f.p95(), 9, 'f', 2).arg(target, met ? QStringLiteral("met") : QStringLiteral("MISSED")));
    };
    const auto info = [&row](const QString &name, const Figure &f, const QString &note) { row(name, f, note, true); };
    say(QStringLiteral("\nCharts at %1 items, %2 closed sprints and an active one, %3 history rows (%4 repetitions)")
            .arg(items).arg(closedCount).arg(summary.historyRows).arg(repetitions));
    info(QStringLiteral("charts_document_open_ms"), documentOpen, QString());
    row(QStringLiteral("burndown_closed_ms"), burndownClosed,
        QStringLiteral("(%1, %2 rows) target <= 20 ms:").arg(middle.name).arg(burndownRows), burndownClosed.p95() <= 20);
    row(QStringLiteral("burndown_active_ms"), burndownActive,
        QStringLiteral("(%1, %2 rows) target <= 20 ms:").arg(active->name).arg(activeRows), burndownActive.p95() <= 20);
    row(QStringLiteral("velocity_ms"), velocityFrozen, QStringLiteral("(%1 sprints, frozen) target <= 20 ms:").arg(sprints.size()),
        velocityFrozen.p95() <= 20);
    info(QStringLiteral("velocity_replay_ms"), velocityReplay,
         QStringLiteral("(the replay of %1 history rows, %2x; %3 sprints differ)")
             .arg(replayRows)
             .arg(velocityFrozen.median() > 0 ? velocityReplay.median() / velocityFrozen.median() : 0.0, 0, 'f', 0)
             .arg(velocityMismatches));
    row(QStringLiteral("forecast_ms"), forecastFigure,
        QStringLiteral("(10,000 trials, %1 items, %2 points, P85 %3 sprints) target <= 20 ms:")
            .arg(top.estimates.size()).arg(forecast.points, 0, 'f', 0).arg(forecast.p85),
        forecastFigure.p95() <= 20);
    info(QStringLiteral("roadmap_ms"), roadmapFigure,
         QStringLiteral("(%1 epics, %2 items, %3 possible)").arg(epics.size()).arg(all.estimates.size()).arg(roadmapPossible));
    row(QStringLiteral("reports_open_ms"), reportsOpen, QStringLiteral("target <= 300 ms:"), reportsOpen.p95() <= 300);
    for (int p = 0; p < ReportsMode::PageCount; ++p)
        info(QStringLiteral("  page %1").arg(QString::fromLatin1(pageNames[p])), pages.at(p), QString());
    row(QStringLiteral("sprint_burndown_ms"), sprintBurndown, QStringLiteral("target <= 20 ms:"), sprintBurndown.p95() <= 20);
    row(QStringLiteral("presentation_open_ms"), presentationOpen, QStringLiteral("(1920x1080, review page) target <= 300 ms:"),
        presentationOpen.p95() <= 300);
    for (int p = 0; p < PresentationWindow::PageCount; ++p)
        info(QStringLiteral("  presented %1").arg(QString::fromLatin1(presentationNames[p])), presentationPages.at(p), QString());
    row(QStringLiteral("review_report_pdf_ms"), reviewReport, QStringLiteral("(%1, built and written) target <= 1000 ms:").arg(middle.name),
        reviewReport.p95() <= 1000);
    row(QStringLiteral("dashboard_html_ms"), dashboard, QStringLiteral("(%1 charts, built and written) target <= 1000 ms:").arg(reportPages),
        dashboard.p95() <= 1000);
    say(QStringLiteral("query plan, forSprint: %1").arg(forSprintPlan.join(QStringLiteral(" | "))));
    say(QStringLiteral("query plan, sprintWork: %1").arg(sprintWorkPlan.join(QStringLiteral(" | "))));
    info(QStringLiteral("for_sprint_read_ms"), forSprintRead, QStringLiteral("(forSprint's statement, rows read only)"));
    info(QStringLiteral("for_sprint_unary_read_ms"), forSprintUnary, QStringLiteral("(+field: through history_item, %1 rows)").arg(unaryRows));
    info(QStringLiteral("sprint_work_unary_read_ms"), sprintWorkUnary, QStringLiteral("(sprintWork's statement with +field)"));
    info(QStringLiteral("burndown_after_analyze_ms"), burndownAnalyzed, QStringLiteral("(after ANALYZE, %1 ms)").arg(analyzeMs, 0, 'f', 0));
    say(QStringLiteral("query plan, forSprint with +field: %1").arg(unaryPlan.join(QStringLiteral(" | "))));
    say(QStringLiteral("query plan, forSprint after ANALYZE: %1").arg(analyzedPlan.join(QStringLiteral(" | "))));
    say(QStringLiteral("velocity of the last %1 sprints: %2 (closed sprint chart: commitment %3, %4 days)")
            .arg(velocities.size())
            .arg([&] {
                QStringList v;
                for (double x : velocities)
                    v.append(QString::number(x));
                return v.join(QStringLiteral(", "));
            }())
            .arg(closedChart.commitment.value_or(-1))
            .arg(closedChart.days.size()));

    writeJson(json, jsonPath);
    return 0;
}
