#include "review.h"

#include "gherkin.h"

#include <QCoreApplication>
#include <QHash>

namespace Ordo::Review {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("Ordo::Review", text); }

QString stepLine(const Gherkin::Step &step)
{
    return (step.keywordText.trimmed() + QLatin1Char(' ') + step.text).simplified();
}

QString tableText(const QStringList &row)
{
    return QStringLiteral("| %1 |").arg(row.join(QStringLiteral(" | ")));
}

// Tables, doc strings and Examples rows are part of what was agreed: changing one changes the
// criterion. Tags and descriptions are not behaviour and stay out.
QString matchTextOf(const Gherkin::Scenario &scenario)
{
    QStringList parts;
    for (const Gherkin::Step &step : scenario.steps) {
        parts.append(stepLine(step));
        if (step.dataTable) {
            for (const QStringList &row : step.dataTable->rows)
                parts.append(tableText(row));
        }
        if (step.docString)
            parts.append(step.docString->content);
    }
    for (const Gherkin::ExamplesTable &examples : scenario.examples) {
        if (!examples.header.isEmpty())
            parts.append(tableText(examples.header));
        for (const QStringList &row : examples.rows)
            parts.append(tableText(row));
    }
    return parts.join(QLatin1Char(' ')).simplified();
}

QString firstLineOf(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            return line.simplified();
    }
    return {};
}

QString nameKey(const QString &name) { return name.trimmed().toCaseFolded(); }

// How many times each non-empty name key occurs.
template<typename T>
QHash<QString, int> nameCounts(const QList<T> &list)
{
    QHash<QString, int> counts;
    for (const T &entry : list) {
        const QString key = nameKey(entry.name);
        if (!key.isEmpty())
            ++counts[key];
    }
    return counts;
}

// The labels of the checks with this verdict.
template<typename T, typename Label>
QStringList labelsWith(const QList<T> &checks, Verdict verdict, Label label)
{
    QStringList labels;
    for (const T &check : checks) {
        if (check.verdict == verdict)
            labels.append(label(check));
    }
    return labels;
}

QString criterionLabel(const CriterionCheck &check) { return check.criterion.label(); }
QString dodLabel(const DodCheck &check) { return check.item; }

} // namespace

QList<Criterion> criteriaOf(const QStringList &chunks)
{
    QList<Criterion> criteria;
    for (qsizetype c = 0; c < chunks.size(); ++c) {
        const QString &chunk = chunks.at(c);
        if (chunk.trimmed().isEmpty())
            continue;
        const Gherkin::Document document = Gherkin::parse(chunk);
        if (document.scenarios.isEmpty()) {
            criteria.append({{}, {}, firstLineOf(chunk), chunk.simplified(), int(c)});
            continue;
        }
        for (const Gherkin::Scenario &scenario : document.scenarios) {
            const QString first = scenario.steps.isEmpty() ? scenario.keyword.trimmed()
                                                           : stepLine(scenario.steps.first());
            criteria.append({scenario.name.trimmed(), scenario.keyword.trimmed(), first,
                             matchTextOf(scenario), int(c)});
        }
    }
    return criteria;
}

StoredVerdict remember(const Criterion &criterion, Verdict verdict)
{
    return {criterion.name, criterion.matchText, verdict};
}

Carried carryVerdicts(const QList<StoredVerdict> &previous, const QList<Criterion> &current)
{
    Carried result;
    result.verdicts.resize(current.size());
    QList<bool> used(previous.size(), false);
    QList<bool> paired(current.size(), false);

    const QHash<QString, int> previousCounts = nameCounts(previous);
    const QHash<QString, int> currentCounts = nameCounts(current);
    QHash<QString, qsizetype> previousByName;
    for (qsizetype j = 0; j < previous.size(); ++j) {
        const QString key = nameKey(previous.at(j).name);
        if (previousCounts.value(key) == 1)
            previousByName.insert(key, j);
    }
    for (qsizetype i = 0; i < current.size(); ++i) {
        const QString key = nameKey(current.at(i).name);
        if (key.isEmpty() || currentCounts.value(key) != 1 || !previousByName.contains(key))
            continue;
        const qsizetype j = previousByName.value(key);
        used[j] = paired[i] = true;
        const StoredVerdict &before = previous.at(j);
        CarriedVerdict &carried = result.verdicts[i];
        if (before.matchText == current.at(i).matchText) {
            carried.verdict = before.verdict;
        } else if (before.verdict != Verdict::Unjudged) {
            carried.changedSinceJudged = true;
            carried.before = before.verdict;
        }
    }
    // Empty scenarios all share an empty text: that says nothing about which is which.
    for (qsizetype i = 0; i < current.size(); ++i) {
        if (paired.at(i) || current.at(i).matchText.isEmpty())
            continue;
        for (qsizetype j = 0; j < previous.size(); ++j) {
            if (!used.at(j) && previous.at(j).matchText == current.at(i).matchText) {
                used[j] = true;
                result.verdicts[i].verdict = previous.at(j).verdict;
                break;
            }
        }
    }
    for (qsizetype j = 0; j < previous.size(); ++j) {
        if (!used.at(j) && previous.at(j).verdict != Verdict::Unjudged)
            result.removed.append(previous.at(j));
    }
    return result;
}

QList<CriterionCheck> criterionChecks(const QList<Criterion> &criteria, const Carried &carried)
{
    QList<CriterionCheck> checks;
    for (qsizetype i = 0; i < criteria.size(); ++i)
        checks.append({criteria.at(i), carried.verdicts.value(i).verdict});
    return checks;
}

QList<DodCheck> dodChecks(const QStringList &definitionOfDone, const QList<Verdict> &verdicts)
{
    QList<DodCheck> checks;
    for (qsizetype i = 0; i < definitionOfDone.size(); ++i)
        checks.append({definitionOfDone.at(i), verdicts.value(i, Verdict::Unjudged)});
    return checks;
}

Allowed allowed(const Checks &checks)
{
    const QStringList criteriaNotMet = labelsWith(checks.criteria, Verdict::NotMet, criterionLabel);
    const QStringList criteriaUnjudged = labelsWith(checks.criteria, Verdict::Unjudged, criterionLabel);
    const QStringList dodNotMet = labelsWith(checks.definitionOfDone, Verdict::NotMet, dodLabel);
    const QStringList dodUnticked = labelsWith(checks.definitionOfDone, Verdict::Unjudged, dodLabel);

    // What blocks acceptance, most decisive first; one item is named, several are counted.
    QStringList missing;
    if (criteriaNotMet.size() == 1)
        missing.append(tr("“%1” is not met").arg(criteriaNotMet.first()));
    else if (!criteriaNotMet.isEmpty())
        missing.append(QCoreApplication::translate("Ordo::Review", "%n criteria are not met", nullptr,
                                                   int(criteriaNotMet.size())));
    if (dodNotMet.size() == 1)
        missing.append(tr("Definition of Done: “%1” is not met").arg(dodNotMet.first()));
    else if (!dodNotMet.isEmpty())
        missing.append(QCoreApplication::translate("Ordo::Review", "Definition of Done: %n items are not met",
                                                   nullptr, int(dodNotMet.size())));
    if (criteriaUnjudged.size() == 1)
        missing.append(tr("“%1” is not judged yet").arg(criteriaUnjudged.first()));
    else if (!criteriaUnjudged.isEmpty())
        missing.append(QCoreApplication::translate("Ordo::Review", "%n criteria not judged yet", nullptr,
                                                   int(criteriaUnjudged.size())));
    if (dodUnticked.size() == 1)
        missing.append(tr("Definition of Done: “%1” not ticked").arg(dodUnticked.first()));
    else if (!dodUnticked.isEmpty())
        missing.append(QCoreApplication::translate("Ordo::Review", "Definition of Done: %n items not ticked",
                                                   nullptr, int(dodUnticked.size())));

    Allowed result;
    result.accept = missing.isEmpty();
    result.reject = !criteriaNotMet.isEmpty() || !dodNotMet.isEmpty();
    result.defer = true;
    for (const QString &part : std::as_const(missing)) {
        //: Two reasons why a story cannot be accepted yet, one after the other
        result.whyNotAccept = result.whyNotAccept.isEmpty() ? part : tr("%1; %2").arg(result.whyNotAccept, part);
    }
    return result;
}

Status checkRejection(const Checks &checks, QStringView reason)
{
    if (failedItems(checks).isEmpty())
        return Error{tr("Nothing is marked not met: mark what the work misses before rejecting it.")};
    if (reason.trimmed().isEmpty())
        return Error{tr("Say why the work is rejected.")};
    int letters = 0;
    for (const QChar ch : reason) {
        if (ch.isLetterOrNumber())
            ++letters;
    }
    if (letters < minimumReasonLength) {
        //: %n the letters a rejection reason needs at least
        return Error{QCoreApplication::translate("Ordo::Review",
                                                 "Say more about why the work is rejected: at least %n letters.",
                                                 nullptr, minimumReasonLength)};
    }
    return success();
}

Failed failedItems(const Checks &checks)
{
    return {labelsWith(checks.criteria, Verdict::NotMet, criterionLabel),
            labelsWith(checks.definitionOfDone, Verdict::NotMet, dodLabel)};
}

} // namespace Ordo::Review
