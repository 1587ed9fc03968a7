#include "sprintreport.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace Ordo::SprintReport {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ordo::SprintReport", text);
}

QString trN(const char *text, int n)
{
    return QCoreApplication::translate("Ordo::SprintReport", text, nullptr, n);
}

QString escaped(QString text)
{
    // Markdown's inline specials, and a line break would end the list item.
    static const QString specials = QStringLiteral("\\`*_[]<>#|~");
    QString out;
    out.reserve(text.size());
    for (const QChar c : text.replace(u'\n', u' ')) {
        if (specials.contains(c))
            out.append(u'\\');
        out.append(c);
    }
    return out;
}

} // namespace

double Report::pointsOf(const QList<Line> &lines)
{
    double sum = 0;
    for (const Line &line : lines)
        sum += line.points.value_or(0);
    return sum;
}

Report build(const Input &input)
{
    Report report;
    report.productName = input.productName;
    report.sprint = input.sprint;
    report.committed = input.sprint.committedPoints;
    report.velocity = input.velocity;
    report.sprintVelocity = input.sprintVelocity;
    report.forecast = input.forecast;
    report.forecastRange = input.forecastRange;
    report.remainingPoints = input.remainingPoints;
    report.outcome = input.outcome;
    report.generatedAt = input.generatedAt;
    const SprintId sprintId = input.sprint.id;

    // What the review recorded, and what the close carried back (the sprint rows written at its
    // closing moment that take an item out of it).
    QHash<ItemId, ReviewRecord> notes;
    for (const ReviewRecord &record : input.notes)
        notes.insert(record.item, record);
    QSet<ItemId> carriedBack;
    if (input.sprint.isOver() && input.sprint.closedAt.isValid()) {
        const QString sprintText = QString::number(sprintId);
        for (const HistoryEntry &entry : input.history) {
            if (entry.field == HistoryField::SprintChanged && entry.oldValue == sprintText && entry.at == input.sprint.closedAt)
                carriedBack.insert(entry.itemId);
        }
    }
    QHash<ItemId, QString> requesters;
    for (const Feedback &feedback : input.feedback)
        requesters.insert(feedback.item, feedback.requester);

    const auto lineOf = [&](const BacklogRow &row) {
        Line line;
        line.id = row.id;
        line.key = input.keyPrefix + u'-' + QString::number(row.number);
        line.title = row.title;
        line.type = row.type;
        line.points = row.estimateValue();
        const ReviewRecord record = notes.value(row.id);
        line.note = record.note;
        line.reason = record.rejectionReason;
        line.failed = record.failed;
        return line;
    };

    // One walk of the rows, in backlog order.
    QHash<ItemId, Line> feedbackLines;
    for (const BacklogRow &row : input.rows) {
        if (requesters.contains(row.id)) {
            Line line = lineOf(row);
            line.requester = requesters.value(row.id);
            feedbackLines.insert(row.id, line);
        }
        const bool inSprint = row.sprintId == sprintId;
        if (!inSprint && !notes.contains(row.id) && !carriedBack.contains(row.id))
            continue;
        const ReviewRecord &record = notes.value(row.id);
        if (inSprint && row.status == ItemStatus::Accepted)
            report.accepted.append(lineOf(row));
        else if (!record.rejectionReason.isEmpty())
            report.rejected.append(lineOf(row));
        else if (inSprint || carriedBack.contains(row.id))
            report.notDone.append(lineOf(row));
    }
    // Feedback in the order it was written down.
    for (const Feedback &feedback : input.feedback) {
        if (const auto found = feedbackLines.constFind(feedback.item); found != feedbackLines.cend())
            report.feedback.append(*found);
    }
    return report;
}

QString pointsText(std::optional<double> points)
{
    // One decimal at most: an average of 24.6667 points reads as 24.7.
    return points ? QLocale().toString(std::round(*points * 10) / 10, 'g', 6) : QStringLiteral("—");
}

QString sprintHeading(const Sprint &sprint)
{
    const QLocale locale;
    return tr("%1 · %2 – %3")
        .arg(sprint.name, locale.toString(sprint.start, QLocale::ShortFormat), locale.toString(sprint.end, QLocale::ShortFormat));
}

QString verdictText(const Sprint &sprint)
{
    return sprint.goalVerdict ? displayName(*sprint.goalVerdict) : tr("Not judged yet");
}

QString markdown(const Report &report)
{
    QStringList out;
    out << tr("**%1 review** · %2").arg(escaped(report.sprint.name), escaped(report.productName));
    if (!report.sprint.goal.trimmed().isEmpty()) {
        QString goal = tr("**Sprint goal:** %1 (%2)").arg(escaped(report.sprint.goal.trimmed()), verdictText(report.sprint));
        if (!report.sprint.goalVerdictNote.trimmed().isEmpty())
            goal += QStringLiteral(": ") + escaped(report.sprint.goalVerdictNote.trimmed());
        out << goal;
    }
    const auto section = [&](const QString &heading, const QList<Line> &lines, bool withReason) {
        if (lines.isEmpty())
            return;
        out << QString() << heading;
        for (const Line &line : lines) {
            QString text = QStringLiteral("- %1 %2 (%3)").arg(line.key, escaped(line.title), pointsText(line.points));
            if (withReason && !line.reason.isEmpty())
                text += QStringLiteral(": ") + escaped(line.reason);
            if (!line.requester.isEmpty())
                text += QStringLiteral(" ") + tr("— from %1").arg(escaped(line.requester));
            out << text;
        }
    };
    const auto heading = [](const char *text, const QList<Line> &lines) {
        return trN(text, int(lines.size())).arg(pointsText(Report::pointsOf(lines)));
    };
    section(heading(QT_TRANSLATE_N_NOOP("Ordo::SprintReport", "**Accepted:** %n item(s), %1 points"), report.accepted), report.accepted, false);
    section(heading(QT_TRANSLATE_N_NOOP("Ordo::SprintReport", "**Rejected:** %n item(s), %1 points"), report.rejected), report.rejected, true);
    // While the sprint runs, finished work may still be waiting for its review.
    section(report.sprint.isOver() ? heading(QT_TRANSLATE_N_NOOP("Ordo::SprintReport", "**Not done:** %n item(s), %1 points"), report.notDone)
                                   : heading(QT_TRANSLATE_N_NOOP("Ordo::SprintReport", "**Not accepted yet:** %n item(s), %1 points"), report.notDone),
            report.notDone, false);
    if (!report.feedback.isEmpty())
        section(QCoreApplication::translate("Ordo::SprintReport", "**Feedback:** %n new item(s) in the Product Backlog", nullptr, int(report.feedback.size())), report.feedback, false);
    out << QString();
    if (report.velocity.average) {
        out << QCoreApplication::translate("Ordo::SprintReport", "**Velocity:** %1 points on average over the last %n sprint(s) (%2–%3)", nullptr, report.velocity.sprints)
                   .arg(pointsText(report.velocity.average), pointsText(report.velocity.min), pointsText(report.velocity.max));
    }
    if (!report.forecast.isEmpty())
        out << tr("**Forecast:** %1").arg(report.forecast);
    return out.join(u'\n') + u'\n';
}

} // namespace Ordo::SprintReport
