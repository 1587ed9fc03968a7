#include "access.h"

namespace Ordo {

Access Access::forRole(Server::Role role)
{
    Access access;
    access.m_role = role;
    access.m_onServer = true;
    return access;
}

Access Access::disconnected() const
{
    Access access = *this;
    access.m_connected = false;
    return access;
}

Access Access::connected() const
{
    Access access = *this;
    access.m_connected = true;
    return access;
}

bool Access::may(Change change) const
{
    if (!m_connected)
        return false;
    switch (m_role) {
    case Server::Role::ProductOwner:
        return true;
    case Server::Role::TeamMember:
        return change == Change::Progress || change == Change::Estimate || change == Change::Criteria;
    case Server::Role::Stakeholder:
        return false;
    }
    return false;
}

bool Access::mayChangeAnything() const
{
    return m_connected && m_role != Server::Role::Stakeholder;
}

Status Access::check(Change change) const
{
    if (may(change))
        return success();
    if (!m_connected) {
        return Error{tr("The connection to the server is lost, so nothing can be saved. Ordo is "
                        "reconnecting; try again once it has.")};
    }
    if (m_role == Server::Role::Stakeholder)
        return Error{tr("As a stakeholder you can look at this product, but not change it.")};
    return Error{tr("As a team member you can change the status and estimates of items and edit their "
                    "acceptance criteria; other changes are the Product Owner's.")};
}

} // namespace Ordo
