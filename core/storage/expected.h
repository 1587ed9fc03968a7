#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Ordo {

// What went wrong, in words a user can read.
struct Error
{
    QString message;
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
