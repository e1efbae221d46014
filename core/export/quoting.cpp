#include "quoting.h"

namespace Quoting {

QString placeholder()
{
    // Private-use characters never occur in a percent-encoded URL, a host or a path we write.
    static const QString value = QString(QChar(0xE000)) + QStringLiteral("PW") + QChar(0xE000);
    return value;
}

QString quoted(const QString &value, const std::function<QString(QChar)> &escape, const QString &reference,
               QChar open, QChar close)
{
    QString escaped;
    escaped.reserve(value.size() + 8);
    for (QChar c : value)
        escaped += escape(c);
    return open + escaped.replace(placeholder(), reference) + close;
}

std::function<QString(QChar)> backslashBefore(const QString &special)
{
    return [special](QChar c) -> QString { return special.contains(c) ? QString(u'\\') + c : QString(c); };
}

} // namespace Quoting
