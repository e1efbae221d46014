#include "configlocation.h"

#include <QDir>
#include <QStandardPaths>

QString ConfigLocation::resolveDirectory(const QString &commandLineDir)
{
    if (!commandLineDir.isEmpty())
        return QDir(commandLineDir).absolutePath();
    const QString fromEnvironment = qEnvironmentVariable("PROXYDECK_CONFIG_DIR");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

QString ConfigLocation::settingsFile(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("settings.json"));
}
