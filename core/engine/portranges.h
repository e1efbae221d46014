#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>

#include <utility>

// The ports a CONNECT may reach, as an administrator writes them: "443", "20 21 443 1024-65535",
// commas or blanks between entries. Kept sorted and merged, so contains() is a short scan.
class PortRanges
{
    Q_DECLARE_TR_FUNCTIONS(PortRanges)

public:
    PortRanges() = default;

    static Result<PortRanges> parse(QStringView text);
    // The engine's default: HTTPS only (the port every TLS client tunnels to).
    static PortRanges httpsOnly();

    bool contains(quint16 port) const;
    bool isEmpty() const { return m_ranges.isEmpty(); }
    // "20-21 443 1024-65535": what parse() reads back to the same ranges.
    QString toString() const;

    friend bool operator==(const PortRanges &, const PortRanges &) = default;

private:
    QList<std::pair<quint16, quint16>> m_ranges; // inclusive, sorted, disjoint, not adjacent
};
