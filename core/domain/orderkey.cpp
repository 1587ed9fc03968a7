#include "orderkey.h"

namespace Ordo::OrderKey {
namespace {

constexpr QLatin1StringView digits("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
constexpr int base = 62;
const QChar zeroDigit = QLatin1Char('0');

int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'Z')
        return u - u'A' + 10;
    if (u >= u'a' && u <= u'z')
        return u - u'a' + 36;
    return -1;
}

QChar digitChar(int value) { return QChar(digits.at(value)); }

// The smallest integer part: 'A' followed by 26 zero digits.
const QString &smallestInteger()
{
    static const QString s = QLatin1Char('A') + QString(26, zeroDigit);
    return s;
}

int integerLength(QChar head)
{
    const char16_t u = head.unicode();
    if (u >= u'a' && u <= u'z')
        return u - u'a' + 2;
    if (u >= u'A' && u <= u'Z')
        return u'Z' - u + 2;
    return -1;
}

std::optional<QString> integerPart(const QString &key)
{
    if (key.isEmpty())
        return std::nullopt;
    const int length = integerLength(key.front());
    if (length < 0 || length > key.size())
        return std::nullopt;
    return key.left(length);
}

// A fraction strictly between a and b (b empty = 1.0). Neither may end in '0'.
QString midpoint(const QString &a, const QString &b)
{
    if (!b.isEmpty()) {
        // Skip the common prefix (a padded with zeros).
        qsizetype n = 0;
        while (n < b.size() && (n < a.size() ? a.at(n) : zeroDigit) == b.at(n))
            ++n;
        if (n > 0)
            return b.left(n) + midpoint(a.mid(n), b.mid(n));
    }
    const int digitA = a.isEmpty() ? 0 : digitValue(a.front());
    const int digitB = b.isEmpty() ? base : digitValue(b.front());
    if (digitB - digitA > 1)
        return QString(digitChar((digitA + digitB + 1) / 2));
    if (b.size() > 1)
        return b.left(1);
    return digitChar(digitA) + midpoint(a.mid(1), QString());
}

std::optional<QString> incrementInteger(const QString &x)
{
    QChar head = x.front();
    QString d = x.mid(1);
    bool carry = true;
    for (qsizetype i = d.size() - 1; carry && i >= 0; --i) {
        const int v = digitValue(d.at(i)) + 1;
        if (v == base) {
            d[i] = zeroDigit;
        } else {
            d[i] = digitChar(v);
            carry = false;
        }
    }
    if (!carry)
        return head + d;
    if (head == QLatin1Char('Z'))
        return QStringLiteral("a0");
    if (head == QLatin1Char('z'))
        return std::nullopt;
    head = QChar(head.unicode() + 1);
    if (head > QLatin1Char('a'))
        d.append(zeroDigit);
    else
        d.chop(1);
    return head + d;
}

std::optional<QString> decrementInteger(const QString &x)
{
    QChar head = x.front();
    QString d = x.mid(1);
    bool borrow = true;
    for (qsizetype i = d.size() - 1; borrow && i >= 0; --i) {
        const int v = digitValue(d.at(i)) - 1;
        if (v == -1) {
            d[i] = digitChar(base - 1);
        } else {
            d[i] = digitChar(v);
            borrow = false;
        }
    }
    if (!borrow)
        return head + d;
    if (head == QLatin1Char('a'))
        return QLatin1Char('Z') + digitChar(base - 1);
    if (head == QLatin1Char('A'))
        return std::nullopt;
    head = QChar(head.unicode() - 1);
    if (head < QLatin1Char('Z'))
        d.append(digitChar(base - 1));
    else
        d.chop(1);
    return head + d;
}

} // namespace

bool isValid(const QString &key)
{
    if (key == smallestInteger())
        return false;
    const auto integer = integerPart(key);
    if (!integer)
        return false;
    for (QChar c : key) {
        if (digitValue(c) < 0)
            return false;
    }
    const QStringView fraction = QStringView(key).mid(integer->size());
    return fraction.isEmpty() || fraction.back() != zeroDigit;
}

std::optional<QString> between(const QString &before, const QString &after)
{
    if (!before.isEmpty() && !isValid(before))
        return std::nullopt;
    if (!after.isEmpty() && !isValid(after))
        return std::nullopt;
    if (!before.isEmpty() && !after.isEmpty() && before >= after)
        return std::nullopt;

    if (before.isEmpty() && after.isEmpty())
        return QStringLiteral("a0");

    if (before.isEmpty()) {
        const QString ib = *integerPart(after);
        const QString fb = after.mid(ib.size());
        if (ib == smallestInteger())
            return ib + midpoint(QString(), fb);
        if (ib < after)
            return ib;
        return decrementInteger(ib);
    }

    if (after.isEmpty()) {
        const QString ia = *integerPart(before);
        const QString fa = before.mid(ia.size());
        const auto next = incrementInteger(ia);
        return next ? *next : ia + midpoint(fa, QString());
    }

    const QString ia = *integerPart(before);
    const QString fa = before.mid(ia.size());
    const QString ib = *integerPart(after);
    const QString fb = after.mid(ib.size());
    if (ia == ib)
        return ia + midpoint(fa, fb);
    const auto next = incrementInteger(ia);
    if (!next)
        return std::nullopt;
    if (*next < after)
        return *next;
    return ia + midpoint(fa, QString());
}

QList<QString> spread(const QString &before, const QString &after, int count)
{
    QList<QString> keys;
    if (count <= 0)
        return keys;
    keys.reserve(count);
    if (after.isEmpty()) {
        // Append: consecutive integers keep keys short.
        QString previous = before;
        for (int i = 0; i < count; ++i) {
            const auto key = between(previous, QString());
            if (!key)
                return {};
            keys.append(*key);
            previous = *key;
        }
        return keys;
    }
    if (before.isEmpty()) {
        QString next = after;
        for (int i = 0; i < count; ++i) {
            const auto key = between(QString(), next);
            if (!key)
                return {};
            keys.prepend(*key);
            next = *key;
        }
        return keys;
    }
    // Between two keys: bisect recursively so keys grow with log(count).
    const auto middle = between(before, after);
    if (!middle)
        return {};
    const int left = count / 2;
    keys += spread(before, *middle, left);
    keys.append(*middle);
    keys += spread(*middle, after, count - left - 1);
    return keys;
}

bool needsRebalance(const QString &key) { return key.size() > maxKeyLength; }

} // namespace Ordo::OrderKey
