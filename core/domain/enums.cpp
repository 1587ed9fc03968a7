#include "enums.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace Ordo {
namespace {

template<typename Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, QLatin1StringView>, N>;

constexpr NameTable<ItemType, 6> itemTypeNames{{
    {ItemType::Story, QLatin1StringView("story")},
    {ItemType::Bug, QLatin1StringView("bug")},
    {ItemType::Enabler, QLatin1StringView("enabler")},
    {ItemType::TechnicalDebt, QLatin1StringView("technical_debt")},
    {ItemType::Spike, QLatin1StringView("spike")},
    {ItemType::Epic, QLatin1StringView("epic")},
}};

constexpr NameTable<ItemStatus, 8> itemStatusNames{{
    {ItemStatus::New, QLatin1StringView("new")},
    {ItemStatus::Ready, QLatin1StringView("ready")},
    {ItemStatus::ToDo, QLatin1StringView("todo")},
    {ItemStatus::InProgress, QLatin1StringView("in_progress")},
    {ItemStatus::InReview, QLatin1StringView("in_review")},
    {ItemStatus::Done, QLatin1StringView("done")},
    {ItemStatus::Accepted, QLatin1StringView("accepted")},
    {ItemStatus::Rejected, QLatin1StringView("rejected")},
}};

constexpr NameTable<MoSCoW, 4> moscowNames{{
    {MoSCoW::Must, QLatin1StringView("must")},
    {MoSCoW::Should, QLatin1StringView("should")},
    {MoSCoW::Could, QLatin1StringView("could")},
    {MoSCoW::Wont, QLatin1StringView("wont")},
}};

constexpr NameTable<KanoCategory, 4> kanoNames{{
    {KanoCategory::MustBe, QLatin1StringView("must_be")},
    {KanoCategory::Performance, QLatin1StringView("performance")},
    {KanoCategory::Delighter, QLatin1StringView("delighter")},
    {KanoCategory::Indifferent, QLatin1StringView("indifferent")},
}};

constexpr NameTable<SprintState, 4> sprintStateNames{{
    {SprintState::Planned, QLatin1StringView("planned")},
    {SprintState::Active, QLatin1StringView("active")},
    {SprintState::Closed, QLatin1StringView("closed")},
    {SprintState::Cancelled, QLatin1StringView("cancelled")},
}};

constexpr NameTable<GoalVerdict, 3> goalVerdictNames{{
    {GoalVerdict::Met, QLatin1StringView("met")},
    {GoalVerdict::PartlyMet, QLatin1StringView("partly_met")},
    {GoalVerdict::NotMet, QLatin1StringView("not_met")},
}};

constexpr NameTable<EstimationScale, 4> scaleNames{{
    {EstimationScale::Fibonacci, QLatin1StringView("fibonacci")},
    {EstimationScale::PowersOfTwo, QLatin1StringView("powers_of_two")},
    {EstimationScale::TShirt, QLatin1StringView("tshirt")},
    {EstimationScale::Linear, QLatin1StringView("linear")},
}};

constexpr NameTable<HistoryField, 9> historyFieldNames{{
    {HistoryField::Created, QLatin1StringView("created")},
    {HistoryField::StatusChanged, QLatin1StringView("status")},
    {HistoryField::EstimateChanged, QLatin1StringView("estimate")},
    {HistoryField::SprintChanged, QLatin1StringView("sprint")},
    {HistoryField::OrderChanged, QLatin1StringView("order")},
    {HistoryField::AcceptanceChanged, QLatin1StringView("acceptance")},
    {HistoryField::ArchivedChanged, QLatin1StringView("archived")},
    {HistoryField::Committed, QLatin1StringView("committed")},
    {HistoryField::MetricMeasured, QLatin1StringView("metric")},
}};

constexpr NameTable<ReadyRule, 7> readyRuleNames{{
    {ReadyRule::InvestConfirmed, QLatin1StringView("invest")},
    {ReadyRule::CriteriaWritten, QLatin1StringView("criteria")},
    {ReadyRule::Estimated, QLatin1StringView("estimated")},
    {ReadyRule::DependenciesResolved, QLatin1StringView("dependencies")},
    {ReadyRule::StoryVoice, QLatin1StringView("story_voice")},
    {ReadyRule::WithinMaxSize, QLatin1StringView("max_size")},
    {ReadyRule::SuccessMetric, QLatin1StringView("success_metric")},
}};

template<typename Enum, std::size_t N>
QString nameOf(const NameTable<Enum, N> &table, Enum value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString(name);
    }
    Q_UNREACHABLE();
    return QString();
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const NameTable<Enum, N> &table, QStringView name)
{
    for (const auto &[e, n] : table) {
        if (name == n)
            return e;
    }
    return std::nullopt;
}

QString vocabulary(const char *text)
{
    return QCoreApplication::translate("Ordo::Vocabulary", text);
}

} // namespace

QString storageName(ItemType type) { return nameOf(itemTypeNames, type); }
QString storageName(ItemStatus status) { return nameOf(itemStatusNames, status); }
QString storageName(MoSCoW moscow) { return nameOf(moscowNames, moscow); }
QString storageName(KanoCategory kano) { return nameOf(kanoNames, kano); }
QString storageName(SprintState state) { return nameOf(sprintStateNames, state); }
QString storageName(GoalVerdict verdict) { return nameOf(goalVerdictNames, verdict); }
QString storageName(EstimationScale scale) { return nameOf(scaleNames, scale); }
QString storageName(HistoryField field) { return nameOf(historyFieldNames, field); }
QString storageName(ReadyRule rule) { return nameOf(readyRuleNames, rule); }

std::optional<ItemType> itemTypeFromStorage(QStringView name)
{
    return valueOf(itemTypeNames, name);
}
std::optional<ItemStatus> itemStatusFromStorage(QStringView name)
{
    return valueOf(itemStatusNames, name);
}
std::optional<MoSCoW> moscowFromStorage(QStringView name) { return valueOf(moscowNames, name); }
std::optional<KanoCategory> kanoFromStorage(QStringView name) { return valueOf(kanoNames, name); }
std::optional<SprintState> sprintStateFromStorage(QStringView name)
{
    return valueOf(sprintStateNames, name);
}
std::optional<GoalVerdict> goalVerdictFromStorage(QStringView name)
{
    return valueOf(goalVerdictNames, name);
}
std::optional<EstimationScale> estimationScaleFromStorage(QStringView name)
{
    return valueOf(scaleNames, name);
}
std::optional<HistoryField> historyFieldFromStorage(QStringView name)
{
    return valueOf(historyFieldNames, name);
}
std::optional<ReadyRule> readyRuleFromStorage(QStringView name)
{
    return valueOf(readyRuleNames, name);
}

QString displayName(ItemType type)
{
    switch (type) {
    case ItemType::Story: return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Story"));
    case ItemType::Bug: return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Bug"));
    case ItemType::Enabler: return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Enabler"));
    case ItemType::TechnicalDebt:
        return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Technical debt"));
    case ItemType::Spike: return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Spike"));
    case ItemType::Epic: return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Epic"));
    }
    Q_UNREACHABLE();
    return QString();
}

QString displayName(ItemStatus status)
{
    switch (status) {
    case ItemStatus::New: return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "New"));
    case ItemStatus::Ready: return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Ready"));
    case ItemStatus::ToDo: return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "To do"));
    case ItemStatus::InProgress:
        return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "In progress"));
    case ItemStatus::InReview: return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "In review"));
    case ItemStatus::Done: return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Done"));
    case ItemStatus::Accepted: return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Accepted"));
    case ItemStatus::Rejected: return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Rejected"));
    }
    Q_UNREACHABLE();
    return QString();
}

QString displayName(MoSCoW moscow)
{
    switch (moscow) {
    case MoSCoW::Must: return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Must"));
    case MoSCoW::Should: return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Should"));
    case MoSCoW::Could: return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Could"));
    case MoSCoW::Wont: return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Won't this time"));
    }
    Q_UNREACHABLE();
    return QString();
}

QString displayName(KanoCategory kano)
{
    switch (kano) {
    case KanoCategory::MustBe: return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Must-be"));
    case KanoCategory::Performance:
        return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Performance"));
    case KanoCategory::Delighter:
        return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Delighter"));
    case KanoCategory::Indifferent:
        return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Indifferent"));
    }
    Q_UNREACHABLE();
    return QString();
}

QString displayName(SprintState state)
{
    switch (state) {
    case SprintState::Planned: return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Planned"));
    case SprintState::Active: return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Active"));
    case SprintState::Closed: return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Closed"));
    case SprintState::Cancelled: return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Cancelled"));
    }
    Q_UNREACHABLE();
    return QString();
}

QString displayName(GoalVerdict verdict)
{
    switch (verdict) {
    case GoalVerdict::Met: return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Met"));
    case GoalVerdict::PartlyMet: return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Partly met"));
    case GoalVerdict::NotMet: return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Not met"));
    }
    Q_UNREACHABLE();
    return QString();
}

QString displayName(EstimationScale scale)
{
    switch (scale) {
    case EstimationScale::Fibonacci:
        return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Fibonacci (1, 2, 3, 5, 8, 13…)"));
    case EstimationScale::PowersOfTwo:
        return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Powers of two (1, 2, 4, 8, 16…)"));
    case EstimationScale::TShirt:
        return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "T-shirt sizes (XS to XL)"));
    case EstimationScale::Linear:
        return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Linear (1 to 10)"));
    }
    Q_UNREACHABLE();
    return QString();
}

bool isInSprintStatus(ItemStatus status)
{
    return status == ItemStatus::ToDo || status == ItemStatus::InProgress
           || status == ItemStatus::InReview || status == ItemStatus::Done;
}

bool isFinishedSprint(SprintState state)
{
    return state == SprintState::Closed || state == SprintState::Cancelled;
}

bool isFinishedStatus(ItemStatus status)
{
    return status == ItemStatus::Done || status == ItemStatus::Accepted;
}

QString displayName(InvestQuality quality)
{
    switch (quality) {
    case InvestQuality::Independent:
        return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Independent"));
    case InvestQuality::Negotiable:
        return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Negotiable"));
    case InvestQuality::Valuable: return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Valuable"));
    case InvestQuality::Estimable:
        return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Estimable"));
    case InvestQuality::Small: return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Small"));
    case InvestQuality::Testable: return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Testable"));
    }
    Q_UNREACHABLE();
    return QString();
}

QChar investLetter(InvestQuality quality)
{
    // The acronym stays English in every language: it is how Scrum teams say it.
    return QLatin1Char("INVEST"[int(quality)]);
}

QString displayName(ReadyRule rule)
{
    switch (rule) {
    case ReadyRule::InvestConfirmed:
        return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "All six INVEST qualities ticked"));
    case ReadyRule::CriteriaWritten:
        return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Acceptance criteria written"));
    case ReadyRule::Estimated: return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Estimated"));
    case ReadyRule::DependenciesResolved:
        return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Dependencies finished"));
    case ReadyRule::StoryVoice:
        return vocabulary(
            QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Stories say what is wanted and why"));
    case ReadyRule::WithinMaxSize:
        return vocabulary(
            QT_TRANSLATE_NOOP("Ordo::Vocabulary", "No larger than the maximum story size"));
    case ReadyRule::SuccessMetric:
        return vocabulary(QT_TRANSLATE_NOOP("Ordo::Vocabulary", "Success metric named"));
    }
    Q_UNREACHABLE();
    return QString();
}

} // namespace Ordo
