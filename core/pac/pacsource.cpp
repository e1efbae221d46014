#include "pacsource.h"

#include "pacfetch.h"

#include <QFile>

Result<QString> PacSource::readBlocking(const QUrl &location, int timeoutMs)
{
    if (!location.isLocalFile())
        return PacFetch::fetchBlocking(location, timeoutMs);
    const QString path = location.toLocalFile();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the PAC file %1: %2").arg(path, file.errorString()), QStringLiteral("pacUrl")};
    const QByteArray bytes = file.read(PacFetch::MaxBytes + 1);
    if (bytes.size() > PacFetch::MaxBytes)
        return Error{tr("%1 is over 1 MiB: not a PAC file.").arg(path), QStringLiteral("pacUrl")};
    return QString::fromUtf8(bytes);
}

Result<PacSource::Loaded> PacSource::loadBlocking(const QUrl &location, PacOptions options, int timeoutMs)
{
    auto source = readBlocking(location, timeoutMs);
    if (!source)
        return source.error();
    auto script = PacScript::load(source.value(), location.toString(), std::move(options));
    if (!script)
        return script.error();
    return Loaded{std::move(source).value(), std::move(script).value()};
}
