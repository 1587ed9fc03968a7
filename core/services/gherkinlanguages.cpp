#include "gherkinlanguages.h"

#include <algorithm>

namespace Ordo::Gherkin {

const QList<Dialect> &dialects()
{
    static const QList<Dialect> all = [] {
        QList<Dialect> list = Generated::dialects();
        std::sort(list.begin(), list.end(), [](const Dialect &a, const Dialect &b) { return a.code < b.code; });
        return list;
    }();
    return all;
}

const Dialect *dialect(QStringView code)
{
    const QList<Dialect> &all = dialects();
    const auto it = std::lower_bound(all.cbegin(), all.cend(), code,
                                     [](const Dialect &d, QStringView c) { return QStringView(d.code) < c; });
    return it != all.cend() && it->code == code ? &*it : nullptr;
}

const Dialect &defaultDialect()
{
    static const Dialect *english = dialect(u"en");
    Q_ASSERT(english);
    return *english;
}

} // namespace Ordo::Gherkin
