#include "readiness.h"

#include <QCoreApplication>

namespace Ordo::Readiness {

Facts factsOf(const BacklogRow &row, int unfinishedDependencies)
{
    Facts facts;
    facts.type = row.type;
    if (row.isEstimated())
        facts.estimate = row.estimate;
    facts.investChecks = row.investChecks;
    facts.criteriaCount = row.criteriaCount;
    facts.hasStoryVoice = row.hasStoryVoice;
    facts.hasMetric = row.hasMetric;
    facts.unfinishedDependencies = unfinishedDependencies;
    return facts;
}

bool appliesTo(ItemType type) { return type != ItemType::Epic; }

namespace {

bool meets(ReadyRule rule, const Facts &facts, double maxStorySize)
{
    switch (rule) {
    case ReadyRule::InvestConfirmed:
        return (facts.investChecks & allInvestChecks) == allInvestChecks;
    case ReadyRule::CriteriaWritten: return facts.criteriaCount > 0;
    case ReadyRule::Estimated: return facts.estimate.has_value();
    case ReadyRule::DependenciesResolved: return facts.unfinishedDependencies == 0;
    case ReadyRule::StoryVoice: return facts.type != ItemType::Story || facts.hasStoryVoice;
    case ReadyRule::WithinMaxSize: return facts.estimate && *facts.estimate <= maxStorySize;
    case ReadyRule::SuccessMetric: return facts.hasMetric;
    }
    return false;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Ordo::Readiness", text);
}

} // namespace

QList<ReadyRule> unmetRules(const Facts &facts, const QList<ReadyRule> &definition, double maxStorySize)
{
    QList<ReadyRule> unmet;
    for (ReadyRule rule : definition) {
        if (!meets(rule, facts, maxStorySize))
            unmet.append(rule);
    }
    return unmet;
}

QString shortfall(ReadyRule rule, const Facts &facts, double maxStorySize)
{
    switch (rule) {
    case ReadyRule::InvestConfirmed: {
        int missing = 0;
        for (InvestQuality quality : allInvestQualities)
            missing += (facts.investChecks & investBit(quality)) ? 0 : 1;
        return QCoreApplication::translate("Ordo::Readiness", "%n INVEST quality(s) not ticked yet", nullptr, missing);
    }
    case ReadyRule::CriteriaWritten: return tr("No acceptance criteria yet");
    case ReadyRule::Estimated: return tr("Not estimated yet");
    case ReadyRule::DependenciesResolved:
        return QCoreApplication::translate("Ordo::Readiness", "Waits for %n unfinished item(s)", nullptr, facts.unfinishedDependencies);
    case ReadyRule::StoryVoice: return tr("The story does not say what is wanted and why");
    case ReadyRule::WithinMaxSize:
        return facts.estimate
                   ? tr("Larger than the maximum story size of %1").arg(maxStorySize)
                   : tr("Size unknown until it is estimated");
    case ReadyRule::SuccessMetric: return tr("No success metric named");
    }
    return QString();
}

QList<int> upcomingRows(const QList<BacklogRow> &rows,
                        std::optional<double> velocity,
                        int sprints,
                        int fallbackCount)
{
    const bool byVelocity = velocity && *velocity > 0;
    const double budget = byVelocity ? *velocity * sprints : 0;
    double points = 0;
    QList<int> result;
    for (int i = 0; i < rows.size(); ++i) {
        const BacklogRow &row = rows.at(i);
        if (!isPlannable(row))
            continue;
        if (byVelocity ? points >= budget : result.size() >= fallbackCount)
            break;
        result.append(i);
        if (row.isEstimated())
            points += row.estimate;
    }
    return result;
}

Window upcoming(const QList<BacklogRow> &rows,
                const std::function<bool(const BacklogRow &)> &isRowReady,
                std::optional<double> velocity,
                int sprints,
                int fallbackCount)
{
    Window window;
    window.byVelocity = velocity && *velocity > 0;
    for (int i : upcomingRows(rows, velocity, sprints, fallbackCount)) {
        const BacklogRow &row = rows.at(i);
        ++window.items;
        if (row.isEstimated())
            window.points += row.estimate;
        if (isRowReady(row))
            ++window.ready;
    }
    return window;
}

bool isPlannable(const BacklogRow &row)
{
    return !row.archived && appliesTo(row.type) && !isInSprintStatus(row.status)
           && !isFinishedStatus(row.status);
}

} // namespace Ordo::Readiness
