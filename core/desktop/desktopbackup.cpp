#include "desktopbackup.h"

#include "settingsstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

const DesktopBackup::Entry *DesktopBackup::entry(const QString &key) const
{
    for (const Entry &candidate : entries) {
        if (candidate.key == key)
            return &candidate;
    }
    return nullptr;
}

QByteArray DesktopBackup::toJson() const
{
    QJsonArray keys;
    for (const Entry &e : entries) {
        QJsonObject object{{QStringLiteral("key"), e.key}};
        if (e.value)
            object.insert(QStringLiteral("value"), *e.value);
        if (e.atDefault)
            object.insert(QStringLiteral("default"), true);
        keys.append(object);
    }
    const QJsonObject root{{QStringLiteral("version"), CurrentVersion}, {QStringLiteral("desktop"), desktop},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("fileExisted"), fileExisted}, {QStringLiteral("groupExisted"), groupExisted},
        {QStringLiteral("keys"), keys}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<DesktopBackup> DesktopBackup::fromJson(const QByteArray &bytes, const QString &path)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{tr("The desktop backup %1 is damaged: %2.").arg(path, parseError.errorString()),
            QString(), parseError.offset};
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("version")).toInt() != CurrentVersion)
        return Error{tr("The desktop backup %1 is from another ProxyDeck version.").arg(path)};
    DesktopBackup backup;
    backup.desktop = root.value(QStringLiteral("desktop")).toString();
    backup.created = QDateTime::fromString(root.value(QStringLiteral("created")).toString(), Qt::ISODate);
    backup.fileExisted = root.value(QStringLiteral("fileExisted")).toBool(true);
    backup.groupExisted = root.value(QStringLiteral("groupExisted")).toBool(true);
    const QJsonArray keys = root.value(QStringLiteral("keys")).toArray();
    for (const QJsonValue &value : keys) {
        const QJsonObject object = value.toObject();
        Entry e;
        e.key = object.value(QStringLiteral("key")).toString();
        if (e.key.isEmpty())
            return Error{tr("The desktop backup %1 is damaged: a key has no name.").arg(path)};
        if (object.contains(QStringLiteral("value")))
            e.value = object.value(QStringLiteral("value")).toString();
        e.atDefault = object.value(QStringLiteral("default")).toBool();
        backup.entries.append(e);
    }
    return backup;
}

Result<std::optional<DesktopBackup>> DesktopBackup::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return std::optional<DesktopBackup>();
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the desktop backup %1: %2").arg(path, file.errorString())};
    auto backup = fromJson(file.read(SettingsStore::MaxFileSize), path);
    if (!backup)
        return backup.error();
    return std::optional<DesktopBackup>(std::move(backup).value());
}

Result<void> DesktopBackup::save(const QString &path) const
{
    return SettingsStore::writeAtomically(path, toJson());
}
