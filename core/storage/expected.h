#pragma once

#include <QString>
#include <QVariant>

#include <memory>
#include <utility>
#include <variant>

namespace Ordo {

// A write refused because the Product Backlog item changed since the writer read it
// (someone else wrote it in between): what is needed to show both values.
struct WriteConflict
{
    qint64 itemId = 0;
    QString column;   // the item's column the write was for ("" for several at once)
    QVariant theirs;  // the value the row holds now
    QVariant mine;    // the value the refused write wanted
    int version = 0;  // the row's version now: write again with this one to overwrite theirs
};

// What went wrong, in words a user can read. A write refused for a newer row on the
// server (a lost update prevented) carries the conflict as well.
struct Error
{
    QString message;
    std::shared_ptr<const WriteConflict> conflict = {};
    // Refused by the unique index on the order key: another item took the key meanwhile (see
    // UniqueKeys::retrying()).
    bool positionTaken = false;

    bool isConflict() const { return conflict != nullptr; }
};

// A value or an Error (std::expected is C++23; Ordo builds as C++20).
template<typename T>
class [[nodiscard]] Expected
{
public:
    Expected(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Expected(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T value_or(T fallback) const & { return ok() ? value() : std::move(fallback); }

    const Error &error() const { return std::get<1>(m_data); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

struct Done
{};

// The result of a write: success or an Error.
using Status = Expected<Done>;

inline Status success() { return Done{}; }

} // namespace Ordo
