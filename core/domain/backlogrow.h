#pragma once

#include "item.h"

#include <cmath>

namespace Ordo {

// The part of a Product Backlog item the backlog table shows, kept compact
// because the backlog holds every item of the product in memory (100,000 rows
// must stay well under 1 KiB each beyond their text).
struct BacklogRow
{
    ItemId id = 0;
    ItemId parentId = 0;   // 0: no epic
    SprintId sprintId = 0; // 0: not in a sprint
    QString title;
    QString orderKey;
    QString labels; // comma-separated, sorted
    // The title and labels, case-folded once when the row is read (foldSearchText()):
    // what the backlog's filter looks in on every keystroke.
    QString searchText;
    // Which letters and which pairs of adjacent letters searchText holds, hashed into 64
    // bits each: a row without them cannot contain a word, and is passed over without
    // reading its text.
    quint64 searchLetters = 0;
    quint64 searchPairs = 0;
    float estimate = std::nanf(""); // NaN: not estimated
    int number = 0;
    int version = 0; // the row's version when read (ItemRepository's writes check it)
    ItemType type = ItemType::Story;
    ItemStatus status = ItemStatus::New;
    bool archived = false;
    // What the Definition of Ready looks at, besides estimate and status.
    InvestChecks investChecks = 0;
    bool hasStoryVoice = false; // "I want" and "so that" are written
    bool hasMetric = false;     // a success metric is named
    quint16 criteriaCount = 0;
    // Scoring inputs, packed: -1 / 0 / NaN mean "not scored".
    qint8 moscow = -1;         // int(MoSCoW)
    qint8 kano = -1;           // int(KanoCategory)
    quint8 businessValue = 0;  // 1-20 on the modified Fibonacci scale
    quint8 timeCriticality = 0;
    quint8 riskReduction = 0;
    bool servesGoal = false;   // the Product Owner linked it to the Product Goal
    bool servesSprintGoal = false; // marked as serving its sprint's goal (what must not give)
    float jobSize = std::nanf("");
    float value = std::nanf("");
    float effort = std::nanf("");
    qint64 updatedAt = 0; // seconds since the epoch (UTC) of the last change

    void foldSearchText()
    {
        QString text;
        text.reserve(title.size() + 1 + labels.size());
        text += title;
        text += QLatin1Char('\n');
        text += labels;
        searchText = std::move(text).toCaseFolded();
        searchLetters = letterMask(searchText);
        searchPairs = pairMask(searchText);
    }
    // The bit of a character in searchLetters: its own for a-z and 0-9, so that a row's
    // mask alone says whether it holds one of them; shared for any other character.
    static int letterBit(QChar c)
    {
        const char16_t u = c.unicode();
        if (u >= u'a' && u <= u'z')
            return u - u'a';
        if (u >= u'0' && u <= u'9')
            return 26 + (u - u'0');
        return 36 + u % 28;
    }
    static bool hasOwnLetterBit(QChar c) { return letterBit(c) < 36; }
    static quint64 letterMask(QStringView text)
    {
        quint64 mask = 0;
        for (QChar c : text)
            mask |= quint64(1) << letterBit(c);
        return mask;
    }
    static quint64 pairMask(QStringView text)
    {
        quint64 mask = 0;
        for (qsizetype i = 1; i < text.size(); ++i)
            mask |= quint64(1) << ((text[i - 1].unicode() * 31u + text[i].unicode()) & 63);
        return mask;
    }

    bool isEstimated() const { return !std::isnan(estimate); }
    std::optional<double> estimateValue() const
    {
        return isEstimated() ? std::optional<double>(estimate) : std::nullopt;
    }
    // The scoring inputs in their unpacked form.
    Scores scores() const
    {
        const auto real = [](float v) { return std::isnan(v) ? std::nullopt : std::optional<double>(v); };
        const auto point = [](quint8 v) { return v == 0 ? std::nullopt : std::optional<int>(v); };
        Scores s;
        if (moscow >= 0)
            s.moscow = MoSCoW(moscow);
        if (kano >= 0)
            s.kano = KanoCategory(kano);
        s.businessValue = point(businessValue);
        s.timeCriticality = point(timeCriticality);
        s.riskReduction = point(riskReduction);
        s.jobSize = real(jobSize);
        s.value = real(value);
        s.effort = real(effort);
        return s;
    }
};

} // namespace Ordo
