#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The keywords of every language Gherkin supports, generated at build time from Cucumber's
// gherkin-languages.json (core/services/gherkin-languages/).

namespace Ordo::Gherkin {

struct Dialect
{
    QString code;   // "en", "de", "zh-CN", ...
    QString name;   // in English
    QString native; // in the language itself
    QStringList feature, rule, background, scenario, scenarioOutline, examples;
    // Step keywords with their trailing space where the language puts one ("Given ", "假如").
    QStringList given, when, then, conjunction /* And */, contrast /* But */;
};

// Every language, ordered by code.
const QList<Dialect> &dialects();
// The language with this code, or nullptr.
const Dialect *dialect(QStringView code);
// English, the default where no "# language:" line names another.
const Dialect &defaultDialect();

namespace Generated {
QList<Dialect> dialects();
} // namespace Generated

} // namespace Ordo::Gherkin
