#include "kconfigtext.h"

namespace {

// "[Proxy Settings]" → "Proxy Settings"; nested groups ("[A][B]") keep their inner brackets.
std::optional<QString> headerName(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.size() < 2 || !trimmed.startsWith(u'[') || !trimmed.endsWith(u']'))
        return std::nullopt;
    return trimmed.mid(1, trimmed.size() - 2);
}

// KConfig reads its files as bytes and trims only ASCII white space around a value, so a value
// keeps a leading or trailing U+00A0 (QString::trimmed() would drop it).
QString trimmedAscii(const QString &text)
{
    const auto isSpace = [](QChar c) {
        return c == u' ' || c == u'\t' || c == u'\n' || c == u'\v' || c == u'\f' || c == u'\r';
    };
    qsizetype start = 0;
    qsizetype end = text.size();
    while (start < end && isSpace(text.at(start)))
        ++start;
    while (end > start && isSpace(text.at(end - 1)))
        --end;
    return text.mid(start, end - start);
}

int hexDigit(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - '0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - 'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - 'A' + 10;
    return -1;
}

} // namespace

KConfigText KConfigText::parse(const QString &text)
{
    KConfigText result;
    QStringList lines = text.split(u'\n');
    result.m_finalNewline = text.isEmpty() || text.endsWith(u'\n');
    if (text.endsWith(u'\n') || text.isEmpty())
        lines.removeLast();
    QString group; // keys before any header are in the default group, ""
    for (const QString &line : std::as_const(lines)) {
        Line entry{line, group, QString(), false};
        const QString trimmed = line.trimmed();
        if (const auto name = headerName(line)) {
            group = *name;
            entry.group = group;
            entry.header = true;
        } else if (!trimmed.startsWith(u'#') && trimmed.contains(u'=')) {
            entry.key = trimmed.left(trimmed.indexOf(u'=')).trimmed();
        }
        result.m_lines.append(entry);
    }
    return result;
}

QString KConfigText::toText() const
{
    QStringList lines;
    lines.reserve(m_lines.size());
    for (const Line &line : m_lines)
        lines.append(line.text);
    QString text = lines.join(u'\n');
    if (m_finalNewline && !m_lines.isEmpty())
        text.append(u'\n');
    return text;
}

bool KConfigText::hasGroup(const QString &group) const
{
    return std::any_of(m_lines.cbegin(), m_lines.cend(),
        [&](const Line &line) { return line.header && line.group == group; });
}

qsizetype KConfigText::lastLineOf(const QString &group, const QString &key) const
{
    for (qsizetype i = m_lines.size() - 1; i >= 0; --i) {
        if (m_lines.at(i).group == group && !m_lines.at(i).header && m_lines.at(i).key == key)
            return i;
    }
    return -1;
}

std::optional<QString> KConfigText::value(const QString &group, const QString &key) const
{
    const qsizetype index = lastLineOf(group, key);
    if (index < 0)
        return std::nullopt;
    const QString &text = m_lines.at(index).text;
    return unescape(trimmedAscii(text.mid(text.indexOf(u'=') + 1)));
}

QStringList KConfigText::keys(const QString &group) const
{
    QStringList result;
    for (const Line &line : m_lines) {
        if (line.group == group && !line.key.isEmpty() && !result.contains(line.key))
            result.append(line.key);
    }
    return result;
}

void KConfigText::setValue(const QString &group, const QString &key, const QString &value)
{
    const Line line{key + u'=' + escape(value), group, key, false};
    const qsizetype existing = lastLineOf(group, key);
    if (existing >= 0) {
        m_lines[existing] = line;
        return;
    }
    // After the group's last non-blank line, so a blank line before the next group stays there.
    qsizetype insertAt = -1;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).group == group && (m_lines.at(i).header || !m_lines.at(i).text.trimmed().isEmpty()))
            insertAt = i + 1;
    }
    if (insertAt < 0) {
        if (!group.isEmpty()) {
            if (!m_lines.isEmpty() && !m_lines.constLast().text.trimmed().isEmpty())
                m_lines.append(Line{QString(), m_lines.constLast().group, QString(), false});
            m_lines.append(Line{u'[' + group + u']', group, QString(), true});
            insertAt = m_lines.size();
        } else {
            insertAt = 0;
        }
    }
    m_lines.insert(insertAt, line);
}

void KConfigText::remove(const QString &group, const QString &key)
{
    m_lines.removeIf(
        [&](const Line &line) { return !line.header && line.group == group && line.key == key; });
}

void KConfigText::removeGroupIfEmpty(const QString &group)
{
    for (const Line &line : std::as_const(m_lines)) {
        if (line.group == group && !line.header && !line.text.trimmed().isEmpty())
            return;
    }
    // The header, its blank lines, and the blank line that separated it from the group before.
    qsizetype header = -1;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).header && m_lines.at(i).group == group)
            header = i;
    }
    if (header < 0)
        return;
    m_lines.removeIf([&](const Line &line) { return line.group == group; });
    if (header > 0 && header <= m_lines.size() && m_lines.at(header - 1).text.trimmed().isEmpty())
        m_lines.removeAt(header - 1);
}

QString KConfigText::unescape(const QString &value)
{
    QString result;
    result.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != u'\\' || i + 1 >= value.size()) {
            result.append(c);
            continue;
        }
        const QChar e = value.at(++i);
        switch (e.unicode()) {
        case 's':
            result.append(u' ');
            break;
        case 't':
            result.append(u'\t');
            break;
        case 'n':
            result.append(u'\n');
            break;
        case 'r':
            result.append(u'\r');
            break;
        case 'x': {
            // "\x0b": how KConfig writes the other control characters.
            const int high = i + 2 < value.size() ? hexDigit(value.at(i + 1)) : -1;
            const int low = high >= 0 ? hexDigit(value.at(i + 2)) : -1;
            if (low < 0) {
                result.append(e);
                break;
            }
            result.append(QChar(high * 16 + low));
            i += 2;
            break;
        }
        default:
            result.append(e); // "\\", "\;", "\,"
        }
    }
    return result;
}

QString KConfigText::escape(const QString &value)
{
    QString result;
    result.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\')
            result.append(QStringLiteral("\\\\"));
        else if (c == u'\n')
            result.append(QStringLiteral("\\n"));
        else if (c == u'\r')
            result.append(QStringLiteral("\\r"));
        else if (c == u'\t')
            result.append(QStringLiteral("\\t"));
        else if (c == u' ' && (i == 0 || i == value.size() - 1)) // KConfig trims unescaped spaces at the ends
            result.append(QStringLiteral("\\s"));
        else if (c.unicode() < 0x20) // as KConfig does; \v and \f would be trimmed at the ends too
            result.append(QStringLiteral("\\x%1").arg(int(c.unicode()), 2, 16, QLatin1Char('0')));
        else
            result.append(c);
    }
    return result;
}
