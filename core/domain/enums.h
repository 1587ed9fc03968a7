#pragma once

#include <QString>

#include <optional>

// The vocabulary of a Product Backlog. Every enum has a stable storage name
// (written to the product file, never translated) and a translated display
// name for the UI. Storage names are part of the file format: never rename one.

namespace Ordo {

enum class ItemType { Story, Bug, Enabler, TechnicalDebt, Spike, Epic };

// The life of a Product Backlog item. ToDo/InProgress/InReview/Done are the columns of the
// sprint board (In Review only where the product uses that column); Accepted/Rejected are the
// Product Owner's verdicts at the sprint review.
enum class ItemStatus { New, Ready, ToDo, InProgress, InReview, Done, Accepted, Rejected };

enum class MoSCoW { Must, Should, Could, Wont };

enum class KanoCategory { MustBe, Performance, Delighter, Indifferent };

// A sprint is planned, then active (one at a time), then closed; or cancelled by the Product
// Owner when its goal became obsolete. Cancelled sprints count for no velocity.
enum class SprintState { Planned, Active, Closed, Cancelled };

// The sprint review's judgement of the sprint goal.
enum class GoalVerdict { Met, PartlyMet, NotMet };

enum class EstimationScale { Fibonacci, PowersOfTwo, TShirt, Linear };

// The six INVEST qualities of a well-formed story, in the acronym's order.
enum class InvestQuality { Independent, Negotiable, Valuable, Estimable, Small, Testable };

// The rules a product's Definition of Ready can require of an item before it
// may enter Sprint Planning. Ordo checks each of them.
enum class ReadyRule {
    InvestConfirmed,      // the Product Owner ticked all six INVEST qualities
    CriteriaWritten,      // at least one acceptance criterion
    Estimated,            // has an estimate
    DependenciesResolved, // everything it depends on is finished
    StoryVoice,           // stories say what is wanted and why
    WithinMaxSize,        // estimate no larger than the product's maximum story size
    SuccessMetric,        // names how success will be measured
};

// What a history row records. Burndown, velocity and audit read these.
enum class HistoryField {
    Created,
    StatusChanged,
    EstimateChanged,
    SprintChanged,
    OrderChanged,
    AcceptanceChanged,
    ArchivedChanged,
    // Written when a sprint starts, one row per item in it: the item's estimate then
    // (newValue) as its commitment to the sprint (oldValue: the sprint's id).
    Committed,
    // A measurement of the success metric's actual value (newValue; oldValue: the one before).
    MetricMeasured
};

QString storageName(ItemType type);
QString storageName(ItemStatus status);
QString storageName(MoSCoW moscow);
QString storageName(KanoCategory kano);
QString storageName(SprintState state);
QString storageName(GoalVerdict verdict);
QString storageName(EstimationScale scale);
QString storageName(HistoryField field);
QString storageName(ReadyRule rule);

std::optional<ItemType> itemTypeFromStorage(QStringView name);
std::optional<ItemStatus> itemStatusFromStorage(QStringView name);
std::optional<MoSCoW> moscowFromStorage(QStringView name);
std::optional<KanoCategory> kanoFromStorage(QStringView name);
std::optional<SprintState> sprintStateFromStorage(QStringView name);
std::optional<GoalVerdict> goalVerdictFromStorage(QStringView name);
std::optional<EstimationScale> estimationScaleFromStorage(QStringView name);
std::optional<HistoryField> historyFieldFromStorage(QStringView name);
std::optional<ReadyRule> readyRuleFromStorage(QStringView name);

QString displayName(ItemType type);
QString displayName(ItemStatus status);
QString displayName(MoSCoW moscow);
QString displayName(KanoCategory kano);
QString displayName(SprintState state);
QString displayName(GoalVerdict verdict);
QString displayName(EstimationScale scale);
QString displayName(InvestQuality quality);
QString displayName(ReadyRule rule);
// The quality's letter in INVEST ("I", "N", ...).
QChar investLetter(InvestQuality quality);

// Items a team works on inside a sprint (on the board) and items that count as finished.
bool isInSprintStatus(ItemStatus status);
// Sprints that are over: their items and numbers are frozen.
bool isFinishedSprint(SprintState state);
bool isFinishedStatus(ItemStatus status);

inline constexpr ItemType allItemTypes[] = {ItemType::Story,
                                            ItemType::Bug,
                                            ItemType::Enabler,
                                            ItemType::TechnicalDebt,
                                            ItemType::Spike,
                                            ItemType::Epic};
inline constexpr ItemStatus allItemStatuses[] = {ItemStatus::New,
                                                 ItemStatus::Ready,
                                                 ItemStatus::ToDo,
                                                 ItemStatus::InProgress,
                                                 ItemStatus::InReview,
                                                 ItemStatus::Done,
                                                 ItemStatus::Accepted,
                                                 ItemStatus::Rejected};
inline constexpr MoSCoW allMoSCoW[] = {MoSCoW::Must, MoSCoW::Should, MoSCoW::Could, MoSCoW::Wont};
inline constexpr KanoCategory allKanoCategories[] = {KanoCategory::MustBe,
                                                     KanoCategory::Performance,
                                                     KanoCategory::Delighter,
                                                     KanoCategory::Indifferent};

inline constexpr InvestQuality allInvestQualities[] = {InvestQuality::Independent,
                                                      InvestQuality::Negotiable,
                                                      InvestQuality::Valuable,
                                                      InvestQuality::Estimable,
                                                      InvestQuality::Small,
                                                      InvestQuality::Testable};
inline constexpr ReadyRule allReadyRules[] = {ReadyRule::InvestConfirmed,
                                              ReadyRule::CriteriaWritten,
                                              ReadyRule::Estimated,
                                              ReadyRule::DependenciesResolved,
                                              ReadyRule::StoryVoice,
                                              ReadyRule::WithinMaxSize,
                                              ReadyRule::SuccessMetric};

// The INVEST qualities an item's Product Owner confirmed, one bit per quality.
using InvestChecks = quint8;
constexpr InvestChecks investBit(InvestQuality quality) { return InvestChecks(1u << int(quality)); }
inline constexpr InvestChecks allInvestChecks = 0x3F;

} // namespace Ordo
