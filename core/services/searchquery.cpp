#include "searchquery.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Ordo {

namespace {

constexpr SearchQuery::Field allFields[] = {SearchQuery::KeyField, SearchQuery::LabelField, SearchQuery::TypeField,
                                            SearchQuery::StatusField, SearchQuery::EpicField};

// "In Progress", "in_progress" and "inprogress" are one name.
QString normalized(QStringView name)
{
    QString result;
    result.reserve(name.size());
    for (QChar c : name) {
        if (c != QLatin1Char(' ') && c != QLatin1Char('_') && c != QLatin1Char('-'))
            result += c;
    }
    return std::move(result).toCaseFolded();
}

// The values of `all` whose storage or display name starts with `value`: "in" names both
// In Progress and In Review. An exact name names only itself.
template<typename Enum, std::size_t N>
quint32 maskOf(QStringView value, const Enum (&all)[N])
{
    const QString wanted = normalized(value);
    quint32 prefixes = 0;
    for (Enum e : all) {
        for (const QString &name : {normalized(storageName(e)), normalized(displayName(e))}) {
            if (name == wanted)
                return 1u << int(e);
            if (name.startsWith(wanted))
                prefixes |= 1u << int(e);
        }
    }
    return prefixes;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Ordo::SearchQuery", text);
}

} // namespace

QString SearchQuery::fieldName(Field field)
{
    // The syntax is the same in every language, like a command.
    switch (field) {
    case KeyField: return QStringLiteral("key");
    case LabelField: return QStringLiteral("label");
    case TypeField: return QStringLiteral("type");
    case StatusField: return QStringLiteral("status");
    case EpicField: return QStringLiteral("epic");
    }
    return {};
}

QStringList SearchQuery::fieldValues(Field field)
{
    QStringList values;
    if (field == TypeField) {
        for (ItemType type : allItemTypes)
            values.append(storageName(type));
    } else if (field == StatusField) {
        for (ItemStatus status : allItemStatuses)
            values.append(storageName(status));
    }
    return values;
}

std::optional<int> SearchQuery::keyNumber(QStringView text, const QString &keyPrefix)
{
    static const QRegularExpression keyPattern(QStringLiteral("^(?:([A-Za-z][A-Za-z0-9]*)-|#)?(\\d+)$"));
    const auto match = keyPattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QStringView prefix = match.capturedView(1);
    if (!prefix.isEmpty() && !keyPrefix.isEmpty() && prefix.compare(keyPrefix, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    bool ok = false;
    const int number = match.capturedView(2).toInt(&ok);
    return ok ? std::optional<int>(number) : std::nullopt;
}

SearchQuery SearchQuery::parse(QStringView text, const QString &keyPrefix)
{
    SearchQuery query;
    qsizetype at = 0;
    const qsizetype size = text.size();
    // A quoted value runs to the closing quote (or the end, while it is being typed).
    const auto readValue = [&]() -> QStringView {
        if (at < size && text.at(at) == QLatin1Char('"')) {
            const qsizetype begin = ++at;
            while (at < size && text.at(at) != QLatin1Char('"'))
                ++at;
            const QStringView value = text.sliced(begin, at - begin);
            if (at < size)
                ++at;
            return value;
        }
        const qsizetype begin = at;
        while (at < size && !text.at(at).isSpace())
            ++at;
        return text.sliced(begin, at - begin);
    };

    while (at < size) {
        if (text.at(at).isSpace()) {
            ++at;
            continue;
        }
        bool exclude = false;
        if (text.at(at) == QLatin1Char('-') && at + 1 < size && !text.at(at + 1).isSpace()) {
            exclude = true;
            ++at;
        }
        // field:value, if the word before the colon is a field's name.
        std::optional<Field> field;
        if (text.at(at) != QLatin1Char('"')) {
            qsizetype end = at;
            while (end < size && !text.at(end).isSpace() && text.at(end) != QLatin1Char(':'))
                ++end;
            if (end < size && text.at(end) == QLatin1Char(':')) {
                const QStringView name = text.sliced(at, end - at);
                for (Field f : allFields) {
                    if (name.compare(fieldName(f), Qt::CaseInsensitive) == 0)
                        field = f;
                }
                if (field)
                    at = end + 1;
            }
        }
        const bool quoted = at < size && text.at(at) == QLatin1Char('"');
        const QStringView value = readValue().trimmed();
        if (!field) {
            if (value.isEmpty())
                continue;
            Term term;
            term.text = value.toString().toCaseFolded();
            term.exclude = exclude;
            // "#42" and "ORD-42" are keys; a bare number is a word.
            if (!quoted && !value.front().isDigit())
                term.number = keyNumber(value, keyPrefix);
            query.terms.append(term);
            continue;
        }
        if (value.isEmpty())
            continue; // "type:" while the value is being typed
        const auto unknown = [&](const char *message) {
            query.problems.append(tr(message).arg(value.toString()));
            query.impossible = true;
        };
        switch (*field) {
        case KeyField:
            if (const auto number = keyNumber(value, keyPrefix))
                query.keyNumbers.append(*number);
            else
                unknown(QT_TRANSLATE_NOOP("Ordo::SearchQuery", "“%1” is not a key of this product."));
            break;
        case LabelField:
            (exclude ? query.excludedLabels : query.labels).append(value.toString().toCaseFolded());
            break;
        case TypeField:
        case StatusField: {
            const bool type = *field == TypeField;
            const quint32 mask = type ? maskOf(value, allItemTypes) : maskOf(value, allItemStatuses);
            if (mask == 0)
                unknown(type ? QT_TRANSLATE_NOOP("Ordo::SearchQuery", "No item type is called “%1”.")
                             : QT_TRANSLATE_NOOP("Ordo::SearchQuery", "No status is called “%1”."));
            else
                (type ? (exclude ? query.excludedTypes : query.typeMask)
                      : (exclude ? query.excludedStatuses : query.statusMask)) |= mask;
            break;
        }
        case EpicField:
            query.epics.append(value.toString().toCaseFolded());
            break;
        }
    }
    return query;
}

bool SearchQuery::isEmpty() const
{
    return terms.isEmpty() && keyNumbers.isEmpty() && labels.isEmpty() && excludedLabels.isEmpty() && typeMask == 0
           && excludedTypes == 0 && statusMask == 0 && excludedStatuses == 0 && epics.isEmpty() && !impossible;
}

bool SearchQuery::sameFields(const SearchQuery &other) const
{
    SearchQuery a = *this;
    SearchQuery b = other;
    a.terms.clear();
    b.terms.clear();
    a.problems.clear();
    b.problems.clear();
    return a == b;
}

} // namespace Ordo
