#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

// An error a user can read: what is wrong, where (a field name and/or a position), and
// usually what to do about it. Produced by parsers and validators instead of half-filled objects.
struct Error
{
    QString message{};
    QString field{};        // e.g. "host", "port"; empty when not about one field
    qsizetype position = -1; // character or byte offset in the input, -1 when unknown

    QString toString() const
    {
        if (position >= 0)
            return QCoreApplication::translate("Error", "%1 (at position %2)").arg(message, QString::number(position));
        return message;
    }
};

// A value or an Error. Deliberately small: ok(), value(), error().
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};
