#include "quoting.h"

namespace Quoting {

QString placeholder()
{
    // NUL stands in no environment variable, path or URL, so no value we write can hold it. A
    // private-use character can: a CA bundle path under a --config-dir holding U+E000 "PW" U+E000
    // became a live ${PROXY_PASSWORD}.
    static const QString value = QChar(u'\0') + QStringLiteral("PW") + QChar(u'\0');
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
