#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QUuid>

namespace TestSupport {

QStringList filesContaining(const QString &dir, const QString &needle)
{
    QStringList hits;
    const QByteArray bytes = needle.toUtf8();
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (readFile(path).contains(bytes))
            hits.append(path);
    }
    return hits;
}

QString uniqueSecret()
{
    return QStringLiteral("pw-%1-@:/#%").arg(QUuid::createUuid().toString(QUuid::Id128));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QProcessEnvironment environmentWithoutProxies()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys()) {
        if (name.endsWith(QStringLiteral("_proxy"), Qt::CaseInsensitive))
            environment.remove(name);
    }
    return environment;
}

QString secretToolSearch(const QString &attribute, const QString &value)
{
    if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
        return {};
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("secret-tool"),
                  {QStringLiteral("search"), QStringLiteral("--all"), attribute, value});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAll());
}

} // namespace TestSupport
