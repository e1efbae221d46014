#include "portranges.h"

#include <algorithm>

namespace {

// A port number 1-65535 at text[start, end); 0 when it is not one.
quint16 portAt(QStringView text)
{
    if (text.isEmpty() || text.size() > 5)
        return 0;
    uint value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return 0;
        value = value * 10 + uint(c.unicode() - u'0');
    }
    return value >= 1 && value <= 65535 ? quint16(value) : 0;
}

bool isSeparator(QChar c)
{
    return c == u' ' || c == u',' || c == u'\t';
}

} // namespace

PortRanges PortRanges::httpsOnly()
{
    PortRanges ranges;
    ranges.m_ranges = {{443, 443}};
    return ranges;
}

Result<PortRanges> PortRanges::parse(QStringView text)
{
    const QString field = QStringLiteral("connect-ports");
    QList<std::pair<quint16, quint16>> ranges;
    qsizetype i = 0;
    while (i < text.size()) {
        if (isSeparator(text[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && !isSeparator(text[i]))
            ++i;
        const QStringView entry = text.sliced(start, i - start);
        const qsizetype dash = entry.indexOf(u'-');
        const quint16 low = portAt(dash < 0 ? entry : entry.first(dash));
        const quint16 high = dash < 0 ? low : portAt(entry.sliced(dash + 1));
        if (low == 0 || high == 0)
            return Error{tr("“%1” is not a port (1-65535) or a range such as 1024-65535.").arg(entry), field, start};
        if (high < low)
            return Error{tr("The range “%1” ends before it starts.").arg(entry), field, start};
        ranges.append({low, high});
    }
    if (ranges.isEmpty())
        return Error{tr("No port given: write for example “443” or “443 8443 1024-65535”."), field, 0};

    std::sort(ranges.begin(), ranges.end());
    PortRanges merged;
    for (const auto &range : std::as_const(ranges)) {
        if (!merged.m_ranges.isEmpty() && int(range.first) <= int(merged.m_ranges.last().second) + 1)
            merged.m_ranges.last().second = std::max(merged.m_ranges.last().second, range.second);
        else
            merged.m_ranges.append(range);
    }
    return merged;
}

bool PortRanges::contains(quint16 port) const
{
    return std::any_of(m_ranges.cbegin(), m_ranges.cend(),
                       [port](const auto &range) { return port >= range.first && port <= range.second; });
}

QString PortRanges::toString() const
{
    QStringList parts;
    for (const auto &[low, high] : m_ranges)
        parts.append(low == high ? QString::number(low) : QStringLiteral("%1-%2").arg(low).arg(high));
    return parts.join(u' ');
}
