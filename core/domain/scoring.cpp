#include "scoring.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace Ordo::Scoring {

bool isOnWsjfScale(int value)
{
    return std::find(std::begin(wsjfScale), std::end(wsjfScale), value) != std::end(wsjfScale);
}

std::optional<double> costOfDelay(const Scores &scores)
{
    if (!scores.businessValue || !scores.timeCriticality || !scores.riskReduction)
        return std::nullopt;
    return double(*scores.businessValue + *scores.timeCriticality + *scores.riskReduction);
}

std::optional<double> jobSize(const Scores &scores, std::optional<double> estimate)
{
    return scores.jobSize ? scores.jobSize : estimate;
}

std::optional<double> wsjf(const Scores &scores, std::optional<double> estimate)
{
    const auto delay = costOfDelay(scores);
    const auto size = jobSize(scores, estimate);
    if (!delay || !size || *size <= 0)
        return std::nullopt;
    return *delay / *size;
}

std::optional<double> valueForEffort(const Scores &scores)
{
    if (!scores.value || !scores.effort || *scores.effort <= 0)
        return std::nullopt;
    return *scores.value / *scores.effort;
}

QString wsjfShortfall(const Scores &scores, std::optional<double> estimate)
{
    QStringList missing;
    if (!scores.businessValue)
        missing.append(QCoreApplication::translate("Ordo::Scoring", "business value"));
    if (!scores.timeCriticality)
        missing.append(QCoreApplication::translate("Ordo::Scoring", "time criticality"));
    if (!scores.riskReduction)
        missing.append(QCoreApplication::translate("Ordo::Scoring", "risk reduction"));
    const auto size = jobSize(scores, estimate);
    if (!size)
        missing.append(QCoreApplication::translate("Ordo::Scoring", "job size or estimate"));
    if (!missing.isEmpty()) {
        //: %1 is a list such as "business value, time criticality"
        return QCoreApplication::translate("Ordo::Scoring", "WSJF needs %1.")
            .arg(missing.join(QStringLiteral(", ")));
    }
    if (*size <= 0)
        return QCoreApplication::translate("Ordo::Scoring", "WSJF needs a job size above zero.");
    return {};
}

} // namespace Ordo::Scoring
