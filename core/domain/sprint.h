#pragma once

#include "enums.h"

#include <QDate>
#include <QString>

#include <optional>

namespace Ordo {

struct Sprint
{
    qint64 id = 0;
    QString name;
    QDate start;
    QDate end;
    QString goal;
    std::optional<double> capacity; // points the team expects to finish
    SprintState state = SprintState::Planned;
};

} // namespace Ordo
