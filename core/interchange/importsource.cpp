#include "importsource.h"

#include "services/gherkin.h"

#include <QLocale>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <thread>
#include <vector>

namespace Ordo::Import {

namespace {

QString folded(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

QStringList distinct(const QList<SourceItem> &items, QString SourceItem::*field)
{
    QStringList names;
    QSet<QString> seen;
    for (const SourceItem &item : items) {
        const QString &name = item.*field;
        if (!name.isEmpty() && !seen.contains(folded(name))) {
            seen.insert(folded(name));
            names.append(name);
        }
    }
    return names;
}

// The month (1-12) a name stands for in English or another common language, short or long,
// with or without a trailing dot; 0 if none.
int monthNamed(const QString &name)
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> table;
        const QLocale::Language languages[] = {
            QLocale::English, QLocale::German, QLocale::French, QLocale::Spanish, QLocale::Italian,
            QLocale::Portuguese, QLocale::Dutch, QLocale::Polish, QLocale::Swedish, QLocale::Danish,
            QLocale::NorwegianBokmal, QLocale::Finnish, QLocale::Czech, QLocale::Russian, QLocale::Turkish,
            QLocale::Japanese, QLocale::Chinese, QLocale::Korean};
        for (QLocale::Language language : languages) {
            const QLocale locale(language);
            for (int month = 12; month >= 1; --month) {
                for (QLocale::FormatType format : {QLocale::ShortFormat, QLocale::LongFormat}) {
                    for (const QString &spelled : {locale.monthName(month, format), locale.standaloneMonthName(month, format)}) {
                        QString key = spelled.toCaseFolded();
                        if (key.endsWith(QLatin1Char('.')))
                            key.chop(1);
                        if (!key.isEmpty())
                            table.insert(key, month); // English goes first and wins a clash
                    }
                }
            }
        }
        return table;
    }();
    QString key = name.trimmed().toCaseFolded();
    if (key.endsWith(QLatin1Char('.')))
        key.chop(1);
    return months.value(key, 0);
}

// "3:26 PM", "15:26", "15:26:07": the time, or invalid.
QTime parseTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    int hour = match.captured(1).toInt();
    const QString half = match.captured(4).toLower();
    if (!half.isEmpty()) {
        if (hour < 1 || hour > 12)
            return {};
        hour = hour % 12 + (half == QLatin1String("pm") ? 12 : 0);
    }
    return QTime(hour, match.captured(2).toInt(), match.captured(3).toInt());
}

// The local time `date` `time`, as QDateTime(date, time) gives it, with the offset from UTC of
// each hour looked up once: finding it is most of the cost of a date, and an import reads two
// per item. An hour whose offset changes within it (a daylight saving change) is left to Qt.
QDateTime localDateTime(QDate date, QTime time)
{
    if (!date.isValid() || !time.isValid())
        return QDateTime(date, time);
    thread_local QHash<qint64, int> offsetOfHour; // by Julian day * 24 + hour
    const qint64 hour = date.toJulianDay() * 24 + time.hour();
    auto known = offsetOfHour.constFind(hour);
    if (known == offsetOfHour.cend()) {
        const int start = QDateTime(date, QTime(time.hour(), 0)).offsetFromUtc();
        const int end = QDateTime(date, QTime(time.hour(), 59, 59, 999)).offsetFromUtc();
        if (start != end || offsetOfHour.size() > 100000)
            return QDateTime(date, time);
        known = offsetOfHour.insert(hour, start);
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, *known);
}

// Jira's usual form, "11/May/24 3:26 PM" or "11/May/2024 15:26", read by hand: an import reads
// two per item, and the regular expressions below cost ten times as much. Invalid where the
// text has another form (parseDate() then tries them all).
QDateTime parseJiraDateQuickly(QStringView text)
{
    qsizetype at = 0;
    const auto number = [&](int minDigits, int maxDigits) {
        int value = 0;
        int digits = 0;
        while (at < text.size() && digits < maxDigits && text.at(at).isDigit() && text.at(at).unicode() < 128) {
            value = value * 10 + (text.at(at).unicode() - '0');
            ++at;
            ++digits;
        }
        return digits >= minDigits ? value : -1;
    };
    const auto expect = [&](char c) { return at < text.size() && text.at(at++) == QLatin1Char(c); };
    const int day = number(1, 2);
    if (day < 0 || !expect('/'))
        return {};
    const qsizetype monthStart = at;
    while (at < text.size() && text.at(at).isLetter())
        ++at;
    if (at - monthStart < 3 || !expect('/'))
        return {};
    const int month = monthNamed(text.mid(monthStart, at - 1 - monthStart).toString());
    const qsizetype yearStart = at;
    int year = number(2, 4);
    if (month == 0 || year < 0 || (at - yearStart) == 3)
        return {};
    if (at - yearStart == 2)
        year += 2000;
    if (at == text.size())
        return localDateTime(QDate(year, month, day), QTime(0, 0));
    if (!expect(' '))
        return {};
    int hour = number(1, 2);
    if (hour < 0 || !expect(':'))
        return {};
    const int minute = number(2, 2);
    if (minute < 0)
        return {};
    if (at < text.size() && text.at(at) != QLatin1Char(' ')) {
        return {}; // seconds or anything else: the general path
    }
    if (at < text.size()) {
        const QStringView half = text.mid(at + 1);
        const bool pm = half.compare(u"PM", Qt::CaseInsensitive) == 0;
        if (!pm && half.compare(u"AM", Qt::CaseInsensitive) != 0)
            return {};
        if (hour < 1 || hour > 12)
            return {};
        hour = hour % 12 + (pm ? 12 : 0);
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute);
    if (!date.isValid() || !time.isValid())
        return {};
    return localDateTime(date, time);
}

// RFC 2822, as RSS writes dates (Jira's XML export): "Sat, 11 May 2024 15:26:00 +0000". Qt reads
// numeric offsets only; the zone names the RFC still allows for UTC are read as +0000.
QDateTime parseRfc2822(const QString &text)
{
    static const QRegularExpression utcName(QStringLiteral("\\s+(?:GMT|UTC|UT|Z)$"), QRegularExpression::CaseInsensitiveOption);
    QString numeric = text;
    numeric.replace(utcName, QStringLiteral(" +0000"));
    return QDateTime::fromString(numeric, Qt::RFC2822Date);
}

} // namespace

QStringList Source::types() const
{
    return distinct(items, &SourceItem::type);
}

QStringList Source::statuses() const
{
    return distinct(items, &SourceItem::status);
}

QString Mapping::keyOf(const QString &name)
{
    return folded(name);
}

ItemType Mapping::typeOf(const SourceItem &item) const
{
    return types.value(folded(item.type), ItemType::Story);
}

ItemStatus Mapping::statusOf(const SourceItem &item) const
{
    const auto byName = statuses.constFind(folded(item.status));
    if (byName != statuses.cend())
        return *byName;
    return statusCategories.value(folded(item.statusCategory), ItemStatus::New);
}

Mapping defaultMapping(const Source &source)
{
    static const QHash<QString, ItemType> knownTypes{
        {QStringLiteral("story"), ItemType::Story},
        {QStringLiteral("user story"), ItemType::Story},
        {QStringLiteral("product backlog item"), ItemType::Story},
        {QStringLiteral("improvement"), ItemType::Story},
        {QStringLiteral("new feature"), ItemType::Story},
        {QStringLiteral("feature"), ItemType::Epic},
        {QStringLiteral("epic"), ItemType::Epic},
        {QStringLiteral("bug"), ItemType::Bug},
        {QStringLiteral("defect"), ItemType::Bug},
        {QStringLiteral("task"), ItemType::Enabler},
        {QStringLiteral("sub-task"), ItemType::Enabler},
        {QStringLiteral("subtask"), ItemType::Enabler},
        {QStringLiteral("chore"), ItemType::Enabler},
        {QStringLiteral("enabler"), ItemType::Enabler},
        {QStringLiteral("technical debt"), ItemType::TechnicalDebt},
        {QStringLiteral("tech debt"), ItemType::TechnicalDebt},
        {QStringLiteral("spike"), ItemType::Spike},
        {QStringLiteral("research"), ItemType::Spike},
    };
    static const QHash<QString, ItemStatus> knownStatuses{
        {QStringLiteral("new"), ItemStatus::New},
        {QStringLiteral("open"), ItemStatus::New},
        {QStringLiteral("backlog"), ItemStatus::New},
        {QStringLiteral("to do"), ItemStatus::New},
        {QStringLiteral("unstarted"), ItemStatus::New},
        {QStringLiteral("unscheduled"), ItemStatus::New},
        {QStringLiteral("proposed"), ItemStatus::New},
        {QStringLiteral("ready"), ItemStatus::Ready},
        {QStringLiteral("approved"), ItemStatus::Ready},
        {QStringLiteral("selected for development"), ItemStatus::Ready},
        {QStringLiteral("ready for development"), ItemStatus::Ready},
        {QStringLiteral("committed"), ItemStatus::ToDo},
        {QStringLiteral("planned"), ItemStatus::ToDo},
        {QStringLiteral("in progress"), ItemStatus::InProgress},
        {QStringLiteral("active"), ItemStatus::InProgress},
        {QStringLiteral("doing"), ItemStatus::InProgress},
        {QStringLiteral("started"), ItemStatus::InProgress},
        {QStringLiteral("in review"), ItemStatus::InReview},
        {QStringLiteral("code review"), ItemStatus::InReview},
        {QStringLiteral("review"), ItemStatus::InReview},
        {QStringLiteral("resolved"), ItemStatus::InReview},
        {QStringLiteral("finished"), ItemStatus::Done},
        {QStringLiteral("delivered"), ItemStatus::Done},
        {QStringLiteral("done"), ItemStatus::Done},
        {QStringLiteral("closed"), ItemStatus::Done},
        {QStringLiteral("accepted"), ItemStatus::Accepted},
        {QStringLiteral("rejected"), ItemStatus::Rejected},
        // Azure DevOps' processes: a removed item is one the team decided not to do.
        {QStringLiteral("removed"), ItemStatus::Rejected},
        // Usual Trello list names.
        {QStringLiteral("todo"), ItemStatus::New},
        {QStringLiteral("to-do"), ItemStatus::New},
        {QStringLiteral("icebox"), ItemStatus::New},
        {QStringLiteral("ideas"), ItemStatus::New},
        {QStringLiteral("product backlog"), ItemStatus::New},
        {QStringLiteral("up next"), ItemStatus::Ready},
        {QStringLiteral("next up"), ItemStatus::Ready},
        {QStringLiteral("sprint backlog"), ItemStatus::ToDo},
        {QStringLiteral("this sprint"), ItemStatus::ToDo},
        {QStringLiteral("in development"), ItemStatus::InProgress},
        {QStringLiteral("working on"), ItemStatus::InProgress},
        {QStringLiteral("testing"), ItemStatus::InReview},
        {QStringLiteral("in testing"), ItemStatus::InReview},
        {QStringLiteral("qa"), ItemStatus::InReview},
        {QStringLiteral("complete"), ItemStatus::Done},
        {QStringLiteral("completed"), ItemStatus::Done},
        {QStringLiteral("shipped"), ItemStatus::Done},
        {QStringLiteral("released"), ItemStatus::Done},
    };
    Mapping mapping;
    for (const QString &type : source.types()) {
        if (const auto known = knownTypes.constFind(folded(type)); known != knownTypes.cend())
            mapping.types.insert(folded(type), *known);
    }
    // A Pivotal Tracker feature is a user story (Pivotal has epics of its own, outside the stories).
    if (source.tool == QLatin1String("pivotal") && mapping.types.contains(QStringLiteral("feature")))
        mapping.types.insert(QStringLiteral("feature"), ItemType::Story);
    for (const QString &status : source.statuses()) {
        if (const auto known = knownStatuses.constFind(folded(status)); known != knownStatuses.cend())
            mapping.statuses.insert(folded(status), *known);
    }
    mapping.statusCategories = {{QStringLiteral("to do"), ItemStatus::New},
                                {QStringLiteral("new"), ItemStatus::New},
                                {QStringLiteral("in progress"), ItemStatus::InProgress},
                                {QStringLiteral("done"), ItemStatus::Done}};
    return mapping;
}

QStringList criteriaFromText(const QString &text)
{
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (normalized.trimmed().isEmpty())
        return {};
    if (QStringList scenarios = Gherkin::scenarioChunks(normalized); !scenarios.isEmpty())
        return scenarios;
    static const QRegularExpression bullet(QStringLiteral("^(?:[-*•+#]+|\\(?\\d+[.)])\\s+"));
    QStringList criteria;
    for (const QString &line : normalized.split(QLatin1Char('\n'))) {
        QString criterion = line.trimmed();
        criterion.remove(bullet);
        criterion = criterion.trimmed();
        if (!criterion.isEmpty())
            criteria.append(criterion);
    }
    return criteria;
}

void CriteriaTexts::add(qsizetype item, const QString &text)
{
    if (!text.trimmed().isEmpty())
        m_texts.append({item, text});
}

void CriteriaTexts::parseInto(QList<SourceItem> &items) const
{
    const auto parse = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            const auto &[item, text] = m_texts.at(i);
            items[item].criteria = criteriaFromText(text);
        }
    };
    // Below a few hundred texts a thread costs more than it saves.
    constexpr qsizetype perThread = 256;
    const qsizetype threads = std::clamp<qsizetype>(m_texts.size() / perThread, 1, std::max(1, QThread::idealThreadCount()));
    items.detach(); // each thread writes its own items: none may copy the list under another
    std::vector<std::thread> helpers;
    const qsizetype share = (m_texts.size() + threads - 1) / threads;
    for (qsizetype t = 1; t < threads; ++t)
        helpers.emplace_back(parse, t * share, std::min(m_texts.size(), (t + 1) * share));
    parse(0, std::min(m_texts.size(), share));
    for (std::thread &helper : helpers)
        helper.join();
}

QDateTime parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (QDateTime quick = parseJiraDateQuickly(trimmed); quick.isValid())
        return quick;
    // Jira: "11/May/24 3:26 PM", the month in the exporting user's language.
    static const QRegularExpression jira(QStringLiteral("^(\\d{1,2})/([^/\\d\\s]+)/(\\d{2}|\\d{4})(?:\\s+(.+))?$"));
    if (const QRegularExpressionMatch match = jira.match(trimmed); match.hasMatch()) {
        const int month = monthNamed(match.captured(2));
        int year = match.captured(3).toInt();
        if (match.captured(3).size() == 2)
            year += 2000;
        const QDate date(year, month, match.captured(1).toInt());
        const QTime time = match.captured(4).isEmpty() ? QTime(0, 0) : parseTime(match.captured(4));
        if (month == 0 || !date.isValid() || !time.isValid())
            return {};
        return QDateTime(date, time);
    }
    // Azure DevOps in a US locale: "5/11/2024 3:26:00 PM".
    static const QRegularExpression us(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s+(.+))?$"));
    if (const QRegularExpressionMatch match = us.match(trimmed); match.hasMatch()) {
        const QDate date(match.captured(3).toInt(), match.captured(1).toInt(), match.captured(2).toInt());
        const QTime time = match.captured(4).isEmpty() ? QTime(0, 0) : parseTime(match.captured(4));
        return date.isValid() && time.isValid() ? QDateTime(date, time) : QDateTime();
    }
    QDateTime iso = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!iso.isValid())
        iso = QDateTime::fromString(trimmed, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!iso.isValid())
        iso = QDateTime::fromString(trimmed, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!iso.isValid()) {
        const QDate day = QDate::fromString(trimmed, Qt::ISODate);
        if (day.isValid())
            iso = QDateTime(day, QTime(0, 0));
    }
    if (!iso.isValid())
        iso = parseRfc2822(trimmed);
    return iso;
}

std::optional<double> parseNumber(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    trimmed.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = trimmed.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0)
        return std::nullopt;
    return value;
}

} // namespace Ordo::Import
