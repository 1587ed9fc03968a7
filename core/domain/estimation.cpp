#include "estimation.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace Ordo::Estimation {
namespace {

constexpr std::array<std::pair<double, const char *>, 6> tshirtSizes{{
    {1, "XS"}, {2, "S"}, {3, "M"}, {5, "L"}, {8, "XL"}, {13, "XXL"},
}};

} // namespace

QList<double> values(EstimationScale scale)
{
    switch (scale) {
    case EstimationScale::Fibonacci: return {0, 0.5, 1, 2, 3, 5, 8, 13, 20, 40, 100};
    case EstimationScale::PowersOfTwo: return {0, 1, 2, 4, 8, 16, 32, 64};
    case EstimationScale::TShirt: {
        QList<double> result;
        for (const auto &[points, name] : tshirtSizes)
            result.append(points);
        return result;
    }
    case EstimationScale::Linear: return {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    }
    Q_UNREACHABLE();
    return {};
}

QString label(EstimationScale scale, std::optional<double> estimate)
{
    if (!estimate)
        return QCoreApplication::translate("Ordo::Vocabulary", "?", "not estimated yet");
    if (scale == EstimationScale::TShirt) {
        for (const auto &[points, name] : tshirtSizes) {
            if (points == *estimate)
                return QLatin1StringView(name);
        }
    }
    if (*estimate == 0.5)
        return QStringLiteral("½");
    return QString::number(*estimate);
}

} // namespace Ordo::Estimation
