#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Ordo {

// One entry of the decision log: what the Product Owner decided and why.
struct Decision
{
    qint64 id = 0;
    std::optional<qint64> itemId;
    QString decision;
    QString reasoning;
    QString stakeholder;
    QDateTime decidedAt;
};

} // namespace Ordo
