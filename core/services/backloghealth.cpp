#include "backloghealth.h"

#include "readiness.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Ordo::Health {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ordo::Health", text);
}

QString number(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', decimals);
}

QList<ItemId> idsOf(const QList<BacklogRow> &rows, const QList<int> &indexes)
{
    QList<ItemId> ids;
    ids.reserve(indexes.size());
    for (int i : indexes)
        ids.append(rows.at(i).id);
    return ids;
}

} // namespace

QList<ItemId> topAt(const QList<BacklogRow> &rows,
                    const QList<HistoryEntry> &history,
                    const QDateTime &at,
                    int count)
{
    struct State
    {
        bool existed = false;
        bool archived = false;
        bool hasKey = false;
        QString key;
    };
    QHash<ItemId, State> states;
    QHash<ItemId, QString> laterKey; // the key an item had before its first change after `at`
    for (const HistoryEntry &entry : history) {
        if (entry.at > at) {
            if (entry.field == HistoryField::OrderChanged && !laterKey.contains(entry.itemId))
                laterKey.insert(entry.itemId, entry.oldValue);
            continue;
        }
        State &state = states[entry.itemId];
        switch (entry.field) {
        case HistoryField::Created: state.existed = true; break;
        case HistoryField::OrderChanged:
            state.existed = true;
            state.hasKey = true;
            state.key = entry.newValue;
            break;
        case HistoryField::ArchivedChanged: state.archived = entry.newValue == QLatin1String("1"); break;
        default: break;
        }
    }

    // Today's plannable items as they were ordered back then.
    QList<std::pair<QString, ItemId>> then;
    for (const BacklogRow &row : rows) {
        if (!Readiness::isPlannable(row))
            continue;
        const auto state = states.constFind(row.id);
        if (state == states.cend() || !state->existed || state->archived)
            continue;
        // Files from before the order was recorded have no order rows: the key
        // then is the one before the first later change, or today's.
        QString key = state->hasKey ? state->key : laterKey.value(row.id, row.orderKey);
        if (key.isEmpty())
            key = row.orderKey;
        then.append({key, row.id});
    }
    const qsizetype top = qMin(qsizetype(count), then.size());
    std::partial_sort(then.begin(), then.begin() + top, then.end());
    QList<ItemId> result;
    for (qsizetype i = 0; i < top; ++i)
        result.append(then.at(i).second);
    return result;
}

TopChange topChange(const QList<BacklogRow> &rows,
                    const QList<HistoryEntry> &history,
                    const QDateTime &since,
                    int count)
{
    TopChange change;
    const QList<ItemId> before = topAt(rows, history, since, count);
    change.hasHistory = !before.isEmpty();
    const QSet<ItemId> earlier(before.cbegin(), before.cend());
    for (const BacklogRow &row : rows) {
        if (change.size >= count)
            break;
        if (!Readiness::isPlannable(row))
            continue;
        ++change.size;
        if (!earlier.contains(row.id)) {
            ++change.entered;
            change.newcomers.append(row.id);
        }
    }
    return change;
}

QList<ItemId> beyondHorizon(const QList<BacklogRow> &rows, std::optional<double> velocity, int sprints)
{
    if (!velocity || *velocity <= 0)
        return {};
    const QList<int> reached = Readiness::upcomingRows(rows, velocity, sprints);
    const int last = reached.isEmpty() ? -1 : reached.back();
    QList<ItemId> beyond;
    for (int i = last + 1; i < rows.size(); ++i) {
        const BacklogRow &row = rows.at(i);
        if (Readiness::isPlannable(row) && row.sprintId == 0)
            beyond.append(row.id);
    }
    return beyond;
}

namespace {

QHash<ItemId, bool> epicsServingGoal(const QList<BacklogRow> &rows)
{
    QHash<ItemId, bool> result;
    for (const BacklogRow &row : rows) {
        if (row.type == ItemType::Epic)
            result.insert(row.id, row.servesGoal);
    }
    return result;
}

} // namespace

GoalShare goalShare(const QList<BacklogRow> &rows, std::optional<double> velocity, int sprints)
{
    const QHash<ItemId, bool> epics = epicsServingGoal(rows);
    GoalShare share;
    for (int i : Readiness::upcomingRows(rows, velocity, sprints)) {
        ++share.items;
        share.serving += servesGoal(rows.at(i), epics) ? 1 : 0;
    }
    return share;
}

bool servesGoal(const BacklogRow &row, const QHash<ItemId, bool> &epicServesGoal)
{
    return row.servesGoal || (row.parentId != 0 && epicServesGoal.value(row.parentId));
}

Report assess(const QList<BacklogRow> &rows,
              const std::function<bool(const BacklogRow &)> &isReady,
              const QHash<ItemId, QList<ItemId>> &violations,
              const QList<HistoryEntry> &history,
              const Settings &settings)
{
    Report report;
    const QHash<ItemId, bool> epicServesGoal = epicsServingGoal(rows);
    QHash<ItemId, int> position;
    for (int i = 0; i < rows.size(); ++i)
        position.insert(rows.at(i).id, i);

    // Near the top: the next sprints' worth of work.
    const QList<int> upcoming = Readiness::upcomingRows(rows, settings.velocity, settings.sprintsAhead);
    QList<int> notReady, unestimated, oversized;
    for (int i : upcoming) {
        const BacklogRow &row = rows.at(i);
        if (isReady(row))
            ++report.upcomingReady;
        else
            notReady.append(i);
        if (!row.isEstimated())
            unestimated.append(i);
        else if (row.estimate > settings.maxStorySize)
            oversized.append(i);
    }
    report.upcomingItems = int(upcoming.size());

    // The whole backlog.
    QList<ItemId> unlinked, stale;
    const qint64 staleBefore = settings.now.toSecsSinceEpoch() - qint64(settings.staleAfterDays) * 86400;
    for (const BacklogRow &row : rows) {
        if (!Readiness::isPlannable(row))
            continue;
        if (row.isEstimated())
            report.totalPoints += row.estimate;
        else
            ++report.unestimatedCount;
        if (row.parentId == 0 && !servesGoal(row, epicServesGoal))
            unlinked.append(row.id);
        if (row.updatedAt > 0 && row.updatedAt < staleBefore)
            stale.append(row.id);
    }
    if (settings.velocity && *settings.velocity > 0)
        report.sprintsOfWork = report.totalPoints / *settings.velocity;

    report.week = topChange(rows, history, settings.now.addDays(-7));
    report.month = topChange(rows, history, settings.now.addDays(-30));

    const auto add = [&report](Kind kind, Severity severity, QString headline, QString explanation,
                               QList<ItemId> items) {
        report.findings.append({kind, severity, std::move(headline), std::move(explanation), std::move(items)});
    };

    // Ready share.
    {
        const int n = report.upcomingItems;
        const int ready = report.upcomingReady;
        const double share = n > 0 ? double(ready) / n : 1.0;
        const Severity severity = n == 0 ? Severity::Info
                                  : share >= 0.8 ? Severity::Good
                                  : share >= 0.5 ? Severity::Info
                                                 : Severity::Warning;
        const QString headline =
            n == 0 ? tr("Nothing is waiting for Sprint Planning")
                   //: %1 the ready items, %n the items in the next sprints, %2 a percentage
                   : QCoreApplication::translate("Ordo::Health",
                                                 "%1 of %n upcoming item(s) ready (%2%)",
                                                 nullptr,
                                                 n)
                         .arg(ready)
                         .arg(qRound(share * 100));
        add(Kind::ReadyShare,
            severity,
            headline,
            settings.velocity
                ? QCoreApplication::translate("Ordo::Health",
                                              "The next %n sprint(s) at average velocity. Refine "
                                              "the items that are not ready before Sprint Planning.",
                                              nullptr,
                                              settings.sprintsAhead)
                : tr("The top ten items (no closed sprint yet to measure velocity). Refine the "
                     "items that are not ready before Sprint Planning."),
            idsOf(rows, notReady));
    }
    add(Kind::UnestimatedNearTop,
        unestimated.isEmpty() ? Severity::Good : Severity::Warning,
        QCoreApplication::translate("Ordo::Health", "%n item(s) near the top not estimated", nullptr,
                                    int(unestimated.size())),
        tr("Sprint Planning cannot weigh what has no estimate."),
        idsOf(rows, unestimated));
    add(Kind::OversizedNearTop,
        oversized.isEmpty() ? Severity::Good : Severity::Warning,
        QCoreApplication::translate("Ordo::Health",
                                    "%n item(s) near the top too large for a sprint",
                                    nullptr,
                                    int(oversized.size())),
        tr("Larger than the maximum story size of %1: split them before they are planned.")
            .arg(QLocale().toString(settings.maxStorySize)),
        idsOf(rows, oversized));
    add(Kind::Unlinked,
        unlinked.isEmpty() ? Severity::Good : Severity::Info,
        QCoreApplication::translate("Ordo::Health",
                                    "%n item(s) linked to neither an epic nor the Product Goal",
                                    nullptr,
                                    int(unlinked.size())),
        tr("Work that serves no epic or goal is hard to explain to stakeholders."),
        unlinked);
    add(Kind::Stale,
        stale.isEmpty() ? Severity::Good : Severity::Info,
        QCoreApplication::translate("Ordo::Health",
                                    "%n item(s) unchanged for more than %1 days",
                                    nullptr,
                                    int(stale.size()))
            .arg(settings.staleAfterDays),
        tr("Items nobody touched in months rarely still matter: refine them or archive them."),
        stale);
    {
        QList<ItemId> violating = violations.keys();
        std::sort(violating.begin(), violating.end(), [&position](ItemId a, ItemId b) {
            return position.value(a, -1) < position.value(b, -1);
        });
        add(Kind::DependencyViolations,
            violating.isEmpty() ? Severity::Good : Severity::Warning,
            QCoreApplication::translate("Ordo::Health",
                                        "%n item(s) ordered above what they depend on",
                                        nullptr,
                                        int(violating.size())),
            tr("The team cannot finish them before their dependencies."),
            violating);
    }
    {
        //: %1 and %2 are counts of items that entered the top 20 in the last 7 and 30 days
        QString headline = tr("Top 20: %1 new in 7 days, %2 in 30 days")
                               .arg(report.week.entered)
                               .arg(report.month.entered);
        const Severity severity = report.week.entered >= 10 ? Severity::Warning
                                  : report.month.entered >= 10 ? Severity::Info
                                                               : Severity::Good;
        add(Kind::Stability,
            severity,
            headline,
            report.month.hasHistory
                ? tr("Items reordered or added into the top 20, from the history. A top that "
                     "keeps changing leaves the team unable to prepare.")
                : tr("The product is younger than 30 days, so this compares with its first day."),
            report.month.newcomers);
    }
    {
        QString headline;
        QList<ItemId> items;
        Severity severity = Severity::Info;
        if (report.sprintsOfWork) {
            //: %1 a number of sprints such as 12.5, %2 points, %3 points per sprint
            headline = tr("The backlog holds %1 sprints of work")
                           .arg(number(*report.sprintsOfWork));
            items = beyondHorizon(rows, settings.velocity, 3);
            severity = *report.sprintsOfWork > 10 ? Severity::Warning : Severity::Good;
        } else {
            headline = tr("The backlog holds %1 points of work").arg(number(report.totalPoints, 0));
        }
        QString explanation =
            settings.velocity
                ? tr("%1 points at an average velocity of %2.")
                      .arg(number(report.totalPoints, 0), number(*settings.velocity))
                : tr("Close a sprint to measure velocity.");
        if (report.unestimatedCount > 0) {
            explanation += QLatin1Char(' ')
                           + QCoreApplication::translate("Ordo::Health",
                                                         "%n item(s) are not estimated and not counted.",
                                                         nullptr,
                                                         report.unestimatedCount);
        }
        if (!items.isEmpty()) {
            explanation += QLatin1Char(' ')
                           + QCoreApplication::translate("Ordo::Health",
                                                         "%n item(s) lie beyond the next three sprints.",
                                                         nullptr,
                                                         int(items.size()));
        }
        add(Kind::Runway, severity, headline, explanation, items);
    }
    return report;
}

} // namespace Ordo::Health
