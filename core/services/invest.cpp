#include "invest.h"

#include "gherkin.h"

#include <QCoreApplication>

namespace Ordo::Invest {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ordo::Invest", text);
}

QString quoted(const QStringList &terms)
{
    QStringList parts;
    for (const QString &term : terms)
        parts.append(tr("“%1”").arg(term));
    return parts.join(QStringLiteral(", "));
}

// Lower-case stems matched at the start of a word: "click" finds "clicks"
// and "clicking". Each names a solution where a story should name a need.
constexpr const char *prescriptiveStems[] = {
    // user interface
    "button", "dropdown", "drop-down", "checkbox", "check box", "radio button", "modal", "popup",
    "pop-up", "dialog", "tooltip", "click", "tap on", "swipe", "screen", "font", "pixel", "colour",
    "color", "css", "tab bar", "navbar", "sidebar", "textbox", "text box", "text field",
    // implementation
    "database", "sql", "table column", "api endpoint", "endpoint", "rest api", "json", "xml",
    "microservice", "cache", "redis", "kafka", "react", "angular", "cron", "stored procedure",
    // German
    "schaltfläche", "knopf", "klick", "anklick", "datenbank", "tabelle", "spalte", "bildschirm",
    "auswahlliste", "eingabefeld", "popup-fenster", "schriftart",
};

bool isWordChar(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); }

// The words of the story's need: the title, "I want" and the description.
// Acceptance criteria may name screens and clicks; they describe a test.
QString needText(const BacklogItem &item)
{
    return item.title + QLatin1Char('\n') + item.want + QLatin1Char('\n') + item.description;
}

} // namespace

QStringList prescriptiveTerms(QStringView text)
{
    const QString lower = text.toString().toLower();
    QList<std::pair<qsizetype, QString>> found;
    for (const char *stem : prescriptiveStems) {
        const QString needle = QString::fromUtf8(stem);
        qsizetype at = 0;
        while ((at = lower.indexOf(needle, at)) >= 0) {
            if (at == 0 || !isWordChar(lower.at(at - 1))) {
                qsizetype end = at + needle.size();
                while (end < lower.size() && isWordChar(lower.at(end)))
                    ++end;
                found.append({at, text.mid(at, end - at).toString()});
                break;
            }
            at += needle.size();
        }
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList terms;
    for (const auto &[at, term] : found) {
        if (!terms.contains(term, Qt::CaseInsensitive))
            terms.append(term);
    }
    return terms;
}

Hint hint(InvestQuality quality, const BacklogItem &item, const Context &context)
{
    Hint h;
    h.quality = quality;
    switch (quality) {
    case InvestQuality::Independent:
        h.agrees = context.unfinishedDependencies.isEmpty();
        h.explanation = h.agrees ? tr("Depends on no unfinished item.")
                                 : tr("Waits for %1, which is not finished yet.")
                                       .arg(context.unfinishedDependencies.join(QStringLiteral(", ")));
        break;
    case InvestQuality::Negotiable: {
        const QStringList terms = prescriptiveTerms(needText(item));
        h.agrees = terms.isEmpty();
        h.explanation = h.agrees
                            ? tr("Describes the need without prescribing screens or technology.")
                            : tr("Mentions %1: describe the problem and leave the solution to "
                                 "the team.")
                                  .arg(quoted(terms.mid(0, 3)));
        break;
    }
    case InvestQuality::Valuable:
        if (!item.benefit.trimmed().isEmpty()) {
            h.agrees = true;
            h.explanation = tr("Says why: “so that %1”.").arg(item.benefit.trimmed().left(60));
        } else if (!item.impactHypothesis.trimmed().isEmpty() || !item.metric.name.trimmed().isEmpty()) {
            h.agrees = true;
            h.explanation = tr("States the impact it should have.");
        } else {
            h.explanation = tr("No benefit written: fill in “so that …” with the why.");
        }
        break;
    case InvestQuality::Estimable:
        h.agrees = item.estimate.has_value();
        h.explanation = h.agrees ? tr("The team has estimated it.")
                                 : tr("No estimate yet: the team may need more detail or a spike.");
        break;
    case InvestQuality::Small:
        if (!item.estimate) {
            h.explanation = tr("Cannot tell without an estimate.");
        } else if (*item.estimate > context.maxStorySize) {
            h.explanation = tr("%1 points is more than the product's maximum story size of %2: "
                               "consider splitting it.")
                                .arg(*item.estimate)
                                .arg(context.maxStorySize);
        } else if (context.averageVelocity && *item.estimate > *context.averageVelocity) {
            h.explanation = tr("%1 points is more than the team finishes in an average sprint "
                               "(%2).")
                                .arg(*item.estimate)
                                .arg(qRound(*context.averageVelocity));
        } else {
            h.agrees = true;
            h.explanation = context.averageVelocity
                                ? tr("Fits in a sprint: %1 of about %2 points.")
                                      .arg(*item.estimate)
                                      .arg(qRound(*context.averageVelocity))
                                : tr("Within the maximum story size of %1.").arg(context.maxStorySize);
        }
        break;
    case InvestQuality::Testable: {
        QStringList texts;
        for (const AcceptanceCriterion &criterion : item.criteria)
            texts.append(criterion.text);
        const Gherkin::Document document = Gherkin::parse(Gherkin::joinScenarios(texts));
        int withoutThen = 0;
        for (const Gherkin::Scenario &scenario : document.scenarios)
            withoutThen += scenario.hasThen() ? 0 : 1;
        if (document.scenarios.isEmpty()) {
            h.explanation = tr("No acceptance criteria yet: write a scenario with Given, When "
                               "and Then.");
        } else if (withoutThen > 0) {
            h.explanation = QCoreApplication::translate("Ordo::Invest", "%n scenario(s) without a Then: say what outcome proves it works.", nullptr,
                               withoutThen);
        } else if (!document.isValid()) {
            h.explanation = QCoreApplication::translate("Ordo::Invest", "The acceptance criteria have %n syntax error(s) to fix.", nullptr,
                               document.syntaxErrorCount());
        } else {
            h.agrees = true;
            h.explanation = QCoreApplication::translate("Ordo::Invest", "%n well-formed scenario(s), each with a Then.", nullptr,
                               int(document.scenarios.size()));
        }
        break;
    }
    }
    return h;
}

QList<Hint> hints(const BacklogItem &item, const Context &context)
{
    QList<Hint> result;
    for (InvestQuality quality : allInvestQualities)
        result.append(hint(quality, item, context));
    return result;
}

} // namespace Ordo::Invest
