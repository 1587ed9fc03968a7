#pragma once

#include "storage/expected.h"
#include "storage/server.h"

#include <QCoreApplication>

namespace Ordo {

// What the person at this window may change in the open product. In a product file: everything.
// In a product on a server: what their role there allows (Server::Role) — the Product Owner
// everything, a team member the status and estimates of items (the board) and their acceptance
// criteria, a stakeholder nothing — and nothing at all while the connection to the server is lost
// (no edit is queued to be sent later).
//
// The window disables what Access refuses, and the command facades (ui/commands) check it again
// before they write; the server refuses it regardless, through its grants.
class Access
{
    Q_DECLARE_TR_FUNCTIONS(Ordo::Access)

public:
    enum class Change {
        Backlog,   // create, move, split, archive, retitle, retype, score, link, decide
        Progress,  // an item's status, as on the sprint board
        Estimate,  // an item's estimate
        Criteria,  // an item's acceptance criteria
        Sprints,   // plan, start, cancel and close sprints, pull items in and out
        Review,    // accept or reject done items in the sprint review
        Product,   // the product's settings, its definitions, imports
    };

    Access() = default; // a product file: everything
    static Access forRole(Server::Role role);

    Server::Role role() const { return m_role; }
    bool isOnServer() const { return m_onServer; }
    bool isConnected() const { return m_connected; }
    Access disconnected() const;
    Access connected() const;

    bool may(Change change) const;
    // Whether anything at all may be changed (for Undo and Redo, whose step may be anything).
    bool mayChangeAnything() const;
    // may(change) as a Status whose error says why not, for the user.
    Status check(Change change) const;

    bool operator==(const Access &other) const = default;

private:
    Server::Role m_role = Server::Role::ProductOwner;
    bool m_onServer = false;
    bool m_connected = true;
};

} // namespace Ordo
