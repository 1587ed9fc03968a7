#include "stakeholderreport.h"

#include "backlog/backlogmodel.h"
#include "charts/burndownchart.h"
#include "charts/forecastchart.h"
#include "charts/outcomeschart.h"
#include "charts/velocitychart.h"
#include "productdocument.h"
#include "reportsource.h"
#include "services/sprintreport.h"
#include "sprinteditor.h"
#include "storage/historyrepository.h"
#include "storage/reviewrepository.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStyle>
#include <QTextDocument>

namespace Ordo {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ordo::StakeholderReport", text);
}

QString trN(const char *text, int n)
{
    return QCoreApplication::translate("Ordo::StakeholderReport", text, nullptr, n);
}

QString esc(const QString &text) { return text.toHtmlEscaped(); }

// Charts are drawn at this size (logical pixels) and shown at most this wide: the width of an A4
// or Letter page inside its margins, so the PDF and the browser show the same picture.
constexpr QSize chartSize(1280, 600);
constexpr int chartWidth = 640;

// The report is read on paper and in a browser whatever the desktop's colours: the charts take
// the style's light palette, and a font that stays legible when the picture is halved.
void prepare(ChartPanel &panel)
{
    panel.setPalette(QApplication::style()->standardPalette());
    QFont font = panel.font();
    font.setPointSizeF(15);
    panel.setFont(font);
    panel.resize(chartSize);
}

// Builds the body: headings, paragraphs and tables in the HTML subset both QTextDocument and a
// browser read the same way. Every text from the product is escaped here.
class Html
{
public:
    void heading(int level, const QString &text, const QString &id = {})
    {
        // The margin inline: QTextDocument ignores it from the style sheet after a table.
        m_out += QStringLiteral("<h%1%2 style=\"margin-top:%4px\">%3</h%1>\n")
                     .arg(QString::number(level), id.isEmpty() ? QString() : QStringLiteral(" id=\"%1\"").arg(id), esc(text),
                          QString::number(level == 1 ? 0 : 18));
    }
    void paragraph(const QString &text, const QString &cssClass = {})
    {
        if (text.trimmed().isEmpty())
            return;
        m_out += QStringLiteral("<p%1>%2</p>\n")
                     .arg(cssClass.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cssClass), esc(text));
    }
    void raw(const QString &html) { m_out += html; }
    // A table: the header cells, then rows of cells (already escaped by the caller through cell()).
    void table(const QString &id, const QStringList &header, const QList<QStringList> &rows)
    {
        m_out += QStringLiteral("<table id=\"%1\" class=\"items\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n<thead><tr>").arg(id);
        for (const QString &h : header)
            m_out += QStringLiteral("<th>%1</th>").arg(esc(h));
        m_out += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const QStringList &row : rows) {
            m_out += QStringLiteral("<tr>");
            for (const QString &c : row)
                m_out += QStringLiteral("<td>%1</td>").arg(c);
            m_out += QStringLiteral("</tr>\n");
        }
        m_out += QStringLiteral("</tbody></table>\n");
    }
    void chart(const QString &name, const QString &caption)
    {
        m_out += QStringLiteral("<p class=\"chart\"><img src=\"chart:%1\" width=\"%2\" height=\"%3\" alt=\"%4\"/></p>\n")
                     .arg(name)
                     .arg(chartWidth)
                     .arg(chartWidth * chartSize.height() / chartSize.width())
                     .arg(esc(caption));
    }
    QString text() const { return m_out; }

private:
    QString m_out;
};

QString pointsCell(std::optional<double> points) { return esc(SprintReport::pointsText(points)); }

QString itemsHeading(const char *text, const QList<SprintReport::Line> &lines)
{
    return trN(text, int(lines.size())).arg(SprintReport::pointsText(SprintReport::Report::pointsOf(lines)));
}

QString date(const QDate &day) { return QLocale().toString(day, QLocale::LongFormat); }

// The style a browser applies; QTextDocument reads the simpler one below.
const char *const browserStyle =
    "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;max-width:52em;"
    "margin:2em auto;padding:0 1em;color:#1b1f24;line-height:1.45}"
    "h1{font-size:1.8em;margin-bottom:.2em}h2{font-size:1.3em;margin-top:1.6em;border-bottom:1px solid #d0d7de;"
    "padding-bottom:.2em}.meta{color:#57606a}.goal{font-size:1.25em;font-weight:600}"
    ".verdict{font-weight:700}.met{color:#1a7f37}.partly_met{color:#9a6700}.not_met{color:#cf222e}"
    "table.items{border-collapse:collapse;margin:.5em 0}table.items th{text-align:left;background:#f6f8fa}"
    "table.items th,table.items td{border-bottom:1px solid #d0d7de;vertical-align:top}"
    "td.num,th.num{text-align:right}.chart img{max-width:100%;height:auto}.reason{color:#57606a}"
    "@media print{body{margin:0;max-width:none}h2{break-after:avoid}.chart{break-inside:avoid}}";
const char *const documentStyle =
    "h1{font-size:20pt;margin-bottom:2pt}h2{font-size:14pt;margin-top:14pt;margin-bottom:4pt}"
    ".meta{color:#57606a}.goal{font-size:13pt;font-weight:600}.verdict{font-weight:700}"
    ".met{color:#1a7f37}.partly_met{color:#9a6700}.not_met{color:#cf222e}"
    "th{background-color:#f6f8fa;text-align:left}.reason{color:#57606a}";

} // namespace

// Collects a report's parts from an open product.
class ReportHtml
{
public:
    explicit ReportHtml(ProductDocument *document)
        : m_document(document)
        , m_source(document)
    {}

    ProductDocument *m_document;
    ReportSource m_source;
    StakeholderReport m_report;
    Html m_html;

    void addChart(ChartPanel &panel, const QString &name, const QString &caption)
    {
        if (!panel.isShowingChart())
            return;
        m_html.chart(name, caption);
        m_report.m_charts.append({name, caption, panel.image(chartSize)});
    }

    void burndown(const Sprint &sprint, const QString &name)
    {
        auto chart = m_source.burndown(sprint.id);
        if (!chart)
            return;
        BurndownChart panel;
        prepare(panel);
        panel.setData(*chart, sprint.name, false, [this](qint64 id) { return m_source.itemLabel(id); });
        addChart(panel, name, tr("Burndown of %1").arg(sprint.name));
    }

    void velocityChart()
    {
        VelocityChart panel;
        prepare(panel);
        panel.setData(m_source.velocityBars(), m_source.velocity());
        addChart(panel, QStringLiteral("velocity"), tr("Velocity"));
    }

    void outcomes()
    {
        auto summary = m_source.outcomes();
        if (!summary)
            return;
        QStringList names;
        for (const Outcomes::SprintOutcome &s : summary->sprints) {
            const Sprint *sprint = m_document->sprintEditor()->sprint(s.sprintId);
            names.append(sprint ? sprint->name : QString());
        }
        OutcomesChart panel;
        prepare(panel);
        panel.setData(*summary, names);
        addChart(panel, QStringLiteral("outcomes"), tr("Outcomes"));
    }

    void header(const QString &title, const QString &subtitle)
    {
        m_report.m_product = m_document->product().name;
        m_report.m_title = title;
        m_html.heading(1, title);
        m_html.paragraph(subtitle, QStringLiteral("meta"));
    }

    void velocityAndForecast(const Velocity::Summary &velocity, const QString &forecast, const QString &range, double remaining)
    {
        m_html.heading(2, tr("Velocity and forecast"), QStringLiteral("forecast"));
        if (velocity.average) {
            m_html.paragraph(QCoreApplication::translate("Ordo::StakeholderReport", "Average velocity over the last %n sprint(s): %1 points (from %2 to %3).", nullptr, velocity.sprints)
                                 .arg(SprintReport::pointsText(velocity.average), SprintReport::pointsText(velocity.min),
                                      SprintReport::pointsText(velocity.max)));
        } else {
            m_html.paragraph(tr("No sprint has been closed yet, so there is no velocity to forecast with."));
        }
        if (remaining > 0) {
            m_html.paragraph(tr("The Product Backlog holds %1 points of unfinished work. %2")
                                 .arg(SprintReport::pointsText(remaining), forecast));
            m_html.paragraph(range);
        }
        velocityChart();
    }
};

Expected<StakeholderReport> StakeholderReport::sprintReview(ProductDocument *document, SprintId sprintId)
{
    const Sprint *sprint = document->sprintEditor()->sprint(sprintId);
    if (!sprint)
        return Error{tr("There is no such sprint in this product.")};
    ReportHtml parts(document);
    const Product &product = document->product();

    SprintReport::Input input;
    input.productName = product.name;
    input.keyPrefix = product.keyPrefix;
    input.sprint = *sprint;
    input.rows = document->backlogModel()->rows();
    ReviewRepository reviews(document->database());
    auto notes = reviews.notesOf(sprintId);
    if (!notes)
        return notes.error();
    input.notes = *notes;
    auto feedback = reviews.feedbackOf(sprintId);
    if (!feedback)
        return feedback.error();
    for (const ReviewRepository::Feedback &f : *feedback)
        input.feedback.append({f.item, f.requester});
    auto history = HistoryRepository(document->database()).forSprint(sprintId);
    if (!history)
        return history.error();
    input.history = *history;
    input.velocity = parts.m_source.velocity();
    if (sprint->isOver())
        input.sprintVelocity = document->sprintEditor()->velocityOf(sprintId);
    const Forecast::Work work = parts.m_source.work();
    const Forecast::Result forecast = Forecast::whenDone(work, parts.m_source.velocities());
    const Forecast::Calendar calendar = parts.m_source.calendar();
    input.forecast = Forecast::sentence(forecast, calendar);
    input.forecastRange = forecast.possible ? Forecast::rangeSentence(forecast, calendar) : QString();
    input.remainingPoints = work.points();
    auto outcomes = parts.m_source.outcomes();
    if (!outcomes)
        return outcomes.error();
    for (const Outcomes::SprintOutcome &o : outcomes->sprints) {
        if (o.sprintId == sprintId)
            input.outcome = o;
    }
    input.generatedAt = QDateTime::currentDateTime();
    const SprintReport::Report report = SprintReport::build(input);

    Html &html = parts.m_html;
    parts.header(tr("%1 review").arg(sprint->name),
                 tr("%1 · %2 to %3 · %4").arg(product.name, date(sprint->start), date(sprint->end), displayName(sprint->state)));

    html.heading(2, tr("Sprint goal"), QStringLiteral("goal"));
    html.paragraph(sprint->goal.trimmed().isEmpty() ? tr("The sprint had no goal.") : sprint->goal.trimmed(), QStringLiteral("goal"));
    const QString verdictClass = sprint->goalVerdict ? storageName(*sprint->goalVerdict) : QStringLiteral("unjudged");
    html.raw(QStringLiteral("<p id=\"verdict\"><span class=\"verdict %1\">%2</span>%3</p>\n")
                 .arg(verdictClass, esc(SprintReport::verdictText(*sprint)),
                      sprint->goalVerdictNote.trimmed().isEmpty() ? QString()
                                                                  : QStringLiteral(" — ") + esc(sprint->goalVerdictNote.trimmed())));

    // The figures at a glance.
    html.heading(2, tr("Summary"), QStringLiteral("summary"));
    QList<QStringList> figures;
    const auto figure = [&](const QString &what, int items, double points) {
        figures.append({esc(what), esc(QCoreApplication::translate("Ordo::StakeholderReport", "%n item(s)", nullptr, items)), esc(tr("%1 points").arg(SprintReport::pointsText(points)))});
    };
    figure(tr("Accepted"), int(report.accepted.size()), SprintReport::Report::pointsOf(report.accepted));
    figure(tr("Rejected"), int(report.rejected.size()), SprintReport::Report::pointsOf(report.rejected));
    // While the sprint runs, finished work may still be waiting for its review.
    const bool over = sprint->isOver();
    figure(over ? tr("Not done") : tr("Not accepted yet"), int(report.notDone.size()), SprintReport::Report::pointsOf(report.notDone));
    if (report.committed)
        figures.append({esc(tr("Committed at the start")), QString(), esc(tr("%1 points").arg(SprintReport::pointsText(report.committed)))});
    if (report.sprintVelocity)
        figures.append({esc(tr("Velocity of this sprint")), QString(), esc(tr("%1 points").arg(SprintReport::pointsText(report.sprintVelocity)))});
    html.table(QStringLiteral("figures"), {tr("Items"), tr("Count"), tr("Points")}, figures);

    const auto itemRows = [](const QList<SprintReport::Line> &lines, bool withReason, bool withRequester) {
        QList<QStringList> rows;
        for (const SprintReport::Line &line : lines) {
            QStringList row{esc(line.key), esc(line.title)};
            if (withRequester)
                row.append(esc(line.requester));
            row.append(pointsCell(line.points));
            if (withReason) {
                QString reason = esc(line.reason);
                if (!line.failed.isEmpty())
                    reason += QStringLiteral("<br/><span class=\"reason\">%1</span>")
                                  .arg(esc(tr("Not met: %1").arg(line.failed.join(QStringLiteral("; ")))));
                row.append(reason);
            }
            rows.append(row);
        }
        return rows;
    };
    const QStringList itemHeader{tr("Item"), tr("Title"), tr("Points")};
    html.heading(2, itemsHeading(QT_TRANSLATE_N_NOOP("Ordo::StakeholderReport", "Accepted: %n item(s), %1 points"), report.accepted), QStringLiteral("accepted"));
    if (report.accepted.isEmpty())
        html.paragraph(tr("Nothing was accepted."));
    else
        html.table(QStringLiteral("accepted-items"), itemHeader, itemRows(report.accepted, false, false));
    if (!report.rejected.isEmpty()) {
        html.heading(2, itemsHeading(QT_TRANSLATE_N_NOOP("Ordo::StakeholderReport", "Rejected: %n item(s), %1 points"), report.rejected), QStringLiteral("rejected"));
        html.table(QStringLiteral("rejected-items"), itemHeader + QStringList{tr("What acceptance needs")},
                   itemRows(report.rejected, true, false));
    }
    if (!report.notDone.isEmpty()) {
        html.heading(2, over ? itemsHeading(QT_TRANSLATE_N_NOOP("Ordo::StakeholderReport", "Not done: %n item(s), %1 points"), report.notDone)
                             : itemsHeading(QT_TRANSLATE_N_NOOP("Ordo::StakeholderReport", "Not accepted yet: %n item(s), %1 points"), report.notDone),
                     QStringLiteral("not-done"));
        html.table(QStringLiteral("not-done-items"), itemHeader, itemRows(report.notDone, false, false));
    }

    parts.velocityAndForecast(report.velocity, report.forecast, report.forecastRange, report.remainingPoints);
    if (sprint->state != SprintState::Planned) {
        html.heading(2, tr("Burndown"), QStringLiteral("burndown"));
        parts.burndown(*sprint, QStringLiteral("burndown"));
    }

    html.heading(2, tr("Outcomes"), QStringLiteral("outcomes"));
    if (report.outcome) {
        const Outcomes::SprintOutcome &o = *report.outcome;
        const auto percent = [](double rate) { return QLocale().toString(rate * 100, 'f', 0) + QLocale().percent(); };
        html.paragraph(o.outcomeRate ? QCoreApplication::translate("Ordo::StakeholderReport", "%1 of %n accepted stories with a success metric reached its target.", nullptr, o.withMetric)
                                           .arg(o.reachedTarget)
                                     : tr("No accepted story of this sprint has a success metric with a target."));
        if (o.rejectionRate)
            html.paragraph(tr("Rejected at the review: %1 of the items judged.").arg(percent(*o.rejectionRate)));
        html.paragraph(tr("Business value delivered: %1.").arg(SprintReport::pointsText(o.value)));
    } else {
        html.paragraph(tr("Outcome measures are counted when the sprint is closed."));
    }
    parts.outcomes();

    html.heading(2, tr("Feedback"), QStringLiteral("feedback"));
    if (report.feedback.isEmpty()) {
        html.paragraph(tr("No feedback was written down at this review."));
    } else {
        html.paragraph(tr("New items in the Product Backlog from what stakeholders said at the review:"));
        html.table(QStringLiteral("feedback-items"), {tr("Item"), tr("Title"), tr("Requester"), tr("Points")},
                   itemRows(report.feedback, false, true));
    }

    StakeholderReport result = std::move(parts.m_report);
    result.m_body = html.text();
    result.m_markdown = SprintReport::markdown(report);
    return result;
}

Expected<StakeholderReport> StakeholderReport::dashboard(ProductDocument *document)
{
    ReportHtml parts(document);
    const Product &product = document->product();
    Html &html = parts.m_html;
    parts.header(tr("%1 · Product dashboard").arg(product.name),
                 tr("As of %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat)));

    html.heading(2, tr("Product Goal"), QStringLiteral("product-goal"));
    html.paragraph(product.productGoal.trimmed().isEmpty() ? tr("No Product Goal is written down yet.") : product.productGoal.trimmed(),
                   QStringLiteral("goal"));

    // The running sprint.
    const BacklogModel *model = document->backlogModel();
    const Sprint *active = document->sprintEditor()->activeSprint();
    html.heading(2, active ? tr("Current sprint: %1").arg(active->name) : tr("Current sprint"), QStringLiteral("current-sprint"));
    if (!active) {
        html.paragraph(tr("No sprint is running."));
    } else {
        html.paragraph(tr("%1 to %2").arg(date(active->start), date(active->end)), QStringLiteral("meta"));
        html.paragraph(active->goal.trimmed(), QStringLiteral("goal"));
        double done = 0, total = 0;
        int items = 0;
        for (const BacklogRow &row : model->rows()) {
            if (row.sprintId != active->id || row.archived)
                continue;
            ++items;
            total += row.estimateValue().value_or(0);
            if (isFinishedStatus(row.status) || row.status == ItemStatus::Accepted)
                done += row.estimateValue().value_or(0);
        }
        html.paragraph(QCoreApplication::translate("Ordo::StakeholderReport", "%1 of %2 points done, in %n item(s).", nullptr, items)
                           .arg(SprintReport::pointsText(done), SprintReport::pointsText(total)));
        parts.burndown(*active, QStringLiteral("burndown"));
    }

    // The top of the backlog: what comes next.
    constexpr int topCount = 10;
    html.heading(2, tr("Top of the Product Backlog"), QStringLiteral("top"));
    QList<QStringList> top;
    for (const BacklogRow &row : model->rows()) {
        if (top.size() == topCount)
            break;
        if (row.archived || row.type == ItemType::Epic || row.sprintId != 0 || isFinishedStatus(row.status)
            || row.status == ItemStatus::Accepted) {
            continue;
        }
        top.append({esc(model->keyOf(row)), esc(row.title), esc(displayName(row.type)), esc(displayName(row.status)),
                    pointsCell(row.estimateValue())});
    }
    if (top.isEmpty())
        html.paragraph(tr("The Product Backlog holds no unfinished item outside a sprint."));
    else
        html.table(QStringLiteral("top-items"), {tr("Item"), tr("Title"), tr("Type"), tr("Status"), tr("Points")}, top);

    // The roadmap: the epics by the forecast of their work.
    html.heading(2, tr("Roadmap"), QStringLiteral("roadmap"));
    QList<ItemId> epicOfWork;
    const Forecast::Work work = parts.m_source.work(0, &epicOfWork);
    QList<ItemId> epicIds;
    QList<Forecast::EpicInput> epics = ReportSource::roadmapEpics(epicOfWork, &epicIds);
    constexpr int roadmapEpics = 12;
    if (epics.size() > roadmapEpics) {
        html.paragraph(tr("The %1 epics whose work ends first, of %2 with work left.").arg(roadmapEpics).arg(epics.size()));
        epics.resize(roadmapEpics);
        epicIds.resize(roadmapEpics);
    }
    const QList<double> velocities = parts.m_source.velocities();
    const Forecast::Calendar calendar = parts.m_source.calendar();
    const QList<Forecast::EpicForecast> forecasts = Forecast::roadmap(work, epics, velocities);
    const QStringList titles = parts.m_source.itemTitles(epicIds);
    if (forecasts.isEmpty()) {
        html.paragraph(tr("No epic has unfinished work."));
    } else {
        QList<QStringList> rows;
        for (qsizetype i = 0; i < forecasts.size(); ++i) {
            const Forecast::EpicForecast &f = forecasts.at(i);
            const auto when = [&](int n) {
                const Sprint s = Forecast::sprintAt(calendar, n);
                return esc(tr("%1 (%2)").arg(s.name, QLocale().toString(s.end, QLocale::ShortFormat)));
            };
            rows.append({esc(titles.value(i)), f.possible ? when(f.p50) : esc(tr("Needs velocity")),
                         f.possible ? when(f.p85) : QString()});
        }
        html.table(QStringLiteral("roadmap-epics"), {tr("Epic"), tr("50% likely by"), tr("85% likely by")}, rows);
        RoadmapChart roadmap;
        prepare(roadmap);
        roadmap.setData(forecasts, titles, calendar);
        parts.addChart(roadmap, QStringLiteral("roadmap"), tr("Roadmap"));
    }

    const Forecast::Result forecast = Forecast::whenDone(work, velocities);
    parts.velocityAndForecast(parts.m_source.velocity(), Forecast::sentence(forecast, calendar),
                              forecast.possible ? Forecast::rangeSentence(forecast, calendar) : QString(), work.points());

    auto burnup = parts.m_source.releaseBurnup({});
    if (burnup && !product.productGoal.trimmed().isEmpty()) {
        html.heading(2, tr("Release burnup of the Product Goal"), QStringLiteral("release"));
        QStringList coming;
        const int horizon = burnup->atWorst ? std::min(*burnup->atWorst, 52) : 0;
        for (int n = 1; n <= horizon; ++n)
            coming.append(Forecast::sprintAt(calendar, n).name);
        ReleaseBurnupChart release;
        prepare(release);
        release.setData(*burnup, parts.m_source.closedSprintNames(), coming, tr("Product Goal"));
        parts.addChart(release, QStringLiteral("release"), tr("Release burnup"));
    }

    html.heading(2, tr("Outcomes"), QStringLiteral("outcomes"));
    parts.outcomes();

    StakeholderReport result = std::move(parts.m_report);
    result.m_body = html.text();
    return result;
}

QString StakeholderReport::html() const
{
    QString body = m_body;
    for (const Chart &chart : m_charts) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        chart.image.save(&buffer, "PNG");
        body.replace(QStringLiteral("src=\"chart:%1\"").arg(chart.name),
                     QStringLiteral("src=\"data:image/png;base64,%1\"").arg(QString::fromLatin1(png.toBase64())));
    }
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                          "<meta name=\"generator\" content=\"Ordo\"/>\n<title>%2</title>\n<style>%3</style>\n</head>\n"
                          "<body>\n%4</body>\n</html>\n")
        .arg(QLocale().bcp47Name(), esc(m_title), QString::fromLatin1(browserStyle), body);
}

void StakeholderReport::fill(QTextDocument &document) const
{
    document.setDefaultStyleSheet(QString::fromLatin1(documentStyle));
    for (const Chart &chart : m_charts)
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:%1").arg(chart.name)), chart.image);
    document.setHtml(m_body);
}

Status StakeholderReport::paint(QPagedPaintDevice *device) const
{
    // Laid out at 96 dots per inch whatever the device's resolution, then scaled to it: the
    // charts' widths and the fonts keep their proportions on a 1200 dpi PDF and on a printer.
    QImage layoutDevice(1, 1, QImage::Format_ARGB32);
    layoutDevice.setDotsPerMeterX(3780);
    layoutDevice.setDotsPerMeterY(3780);
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&layoutDevice);
    QFont font = QApplication::font();
    font.setPointSizeF(10.5);
    document.setDefaultFont(font);
    fill(document);

    const qreal scale = device->logicalDpiX() / 96.0;
    const QSizeF page(device->width() / scale, device->height() / scale);
    // The header and footer are drawn through the scaled painter: their size is given in the
    // layout's 96 dpi pixels, or the device's resolution would scale them twice.
    QFont small = font;
    small.setPixelSize(11);
    const QFontMetricsF metrics(small, &layoutDevice);
    const qreal band = metrics.height() * 2.2; // header and footer, with a gap to the text
    const QSizeF body(page.width(), page.height() - 2 * band);
    if (body.height() < 100)
        return Error{tr("The page is too small for the report.")};
    document.setPageSize(body);
    const int pages = document.pageCount();

    QPainter painter;
    if (!painter.begin(device))
        return Error{tr("Could not start drawing the report.")};
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    const QString generated = QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device->newPage())
            return Error{tr("Could not add a page to the report.")};
        painter.setFont(small);
        painter.setPen(QColor(0x57, 0x60, 0x6a));
        const QRectF header(0, 0, page.width(), metrics.height());
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, m_product);
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, m_title);
        painter.drawLine(QPointF(0, metrics.height() * 1.3), QPointF(page.width(), metrics.height() * 1.3));
        const QRectF footer(0, page.height() - metrics.height(), page.width(), metrics.height());
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, tr("Made with Ordo on %1").arg(generated));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(i + 1).arg(pages));

        painter.save();
        painter.translate(0, band - i * body.height());
        document.drawContents(&painter, QRectF(QPointF(0, i * body.height()), body));
        painter.restore();
    }
    painter.end();
    return success();
}

QPageSize::PageSizeId StakeholderReport::defaultPageSize()
{
    const QLocale::MeasurementSystem system = QLocale().measurementSystem();
    return system == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

Status StakeholderReport::writePdf(const QString &path, QPageSize::PageSizeId size) const
{
    // Written aside and moved into place, so a failure leaves an older report as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Could not write “%1”: %2").arg(QFileInfo(path).fileName(), file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("Ordo"));
        writer.setResolution(300);
        writer.setPageSize(QPageSize(size));
        writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
        if (auto painted = paint(&writer); !painted) {
            file.cancelWriting();
            return painted;
        }
    }
    if (!file.commit())
        return Error{tr("Could not write “%1”: %2").arg(QFileInfo(path).fileName(), file.errorString())};
    return success();
}

namespace {

// Written aside and moved into place, so a failure leaves an older file as it was.
Status writeText(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        return Error{QCoreApplication::translate("Ordo::StakeholderReport", "Could not write “%1”: %2")
                         .arg(QFileInfo(path).fileName(), file.errorString())};
    }
    return success();
}

} // namespace

Status StakeholderReport::writeHtml(const QString &path) const { return writeText(path, html()); }

Status StakeholderReport::write(const QString &path, QPageSize::PageSizeId size) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return writePdf(path, size);
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return writeHtml(path);
    if (suffix == QLatin1String("md") && !m_markdown.isEmpty())
        return writeText(path, m_markdown);
    return Error{m_markdown.isEmpty() ? tr("“%1”: write the dashboard to a file ending in .html or .pdf.").arg(QFileInfo(path).fileName())
                                      : tr("“%1”: write the report to a file ending in .pdf, .html or .md.").arg(QFileInfo(path).fileName())};
}

} // namespace Ordo
