#pragma once

#include "enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ordo {

using ItemId = qint64;
using SprintId = qint64;

// One Gherkin scenario of a story's acceptance criteria. The text is the whole
// scenario (Scenario line and steps); position orders the criteria of one item.
struct AcceptanceCriterion
{
    qint64 id = 0;
    int position = 0;
    QString text;
};

// How the outcome of an item is measured after release. `actual` is the latest measurement and
// `measuredOn` the day it was taken (invalid while nothing is measured); every measurement is a
// history row (HistoryField::MetricMeasured).
struct SuccessMetric
{
    QString name;
    std::optional<double> baseline;
    std::optional<double> target;
    std::optional<double> actual;
    QDate measuredOn{}; // last, so that {name, baseline, target, actual} still initialises the rest

    friend bool operator==(const SuccessMetric &, const SuccessMetric &) = default;
};

// Scoring inputs. Missing inputs stay missing (never zero), so derived scores
// such as WSJF can tell "not scored" from "scored low".
struct Scores
{
    std::optional<MoSCoW> moscow;
    std::optional<int> businessValue;
    std::optional<int> timeCriticality;
    std::optional<int> riskReduction; // risk reduction / opportunity enablement
    std::optional<double> jobSize;    // defaults to the estimate when unset
    std::optional<KanoCategory> kano;
    std::optional<double> value;
    std::optional<double> effort;

    friend bool operator==(const Scores &, const Scores &) = default;
};

// A Product Backlog item with everything the story editor shows.
struct BacklogItem
{
    ItemId id = 0;
    int number = 0; // shown as <product key prefix>-<number>, e.g. ORD-42
    ItemType type = ItemType::Story;
    QString title;
    QString role;    // "As a ..."
    QString want;    // "I want ..."
    QString benefit; // "so that ..."
    QString description;
    std::optional<double> estimate;
    ItemStatus status = ItemStatus::New;
    std::optional<ItemId> parentId; // the epic this item belongs to
    std::optional<SprintId> sprintId;
    QStringList labels;
    QString requester;
    // The sprint whose review this item was written down at, from a stakeholder's feedback (the
    // requester); the review's report lists it. Set when the item is created, never changed.
    std::optional<SprintId> feedbackSprintId;
    QString orderKey;
    bool archived = false;
    SuccessMetric metric;
    QString impactHypothesis;
    Scores scores;
    QList<AcceptanceCriterion> criteria;
    InvestChecks investChecks = 0;       // the INVEST qualities the Product Owner confirmed
    std::optional<ItemId> splitFromId;   // the story this one was split from
    bool servesGoal = false;             // linked to the Product Goal
    bool servesSprintGoal = false;       // serves its sprint's goal: what the team keeps when something must give
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0; // bumped by every write of the row: a write names the one it read
};

// A dependency: `itemId` is blocked by `dependsOnId`.
struct Dependency
{
    ItemId itemId = 0;
    ItemId dependsOnId = 0;
};

} // namespace Ordo
