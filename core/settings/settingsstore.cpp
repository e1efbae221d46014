#include "settingsstore.h"

#include "settingscodec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {

QString freeBackupPath(const QString &path)
{
    QString candidate = path + QStringLiteral(".bak");
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = path + QStringLiteral(".bak.%1").arg(n);
    return candidate;
}

} // namespace

SettingsStore::SettingsStore(QString filePath)
    : m_filePath(std::move(filePath))
{
}

SettingsLoadReport SettingsStore::load() const
{
    SettingsLoadReport report;
    QFile file(m_filePath);
    if (!file.exists()) {
        report.data = SettingsData::defaults();
        return report;
    }

    const auto refuse = [&](const QString &message) {
        report.data = SettingsData::defaults();
        report.problem = Error{message};
        report.writable = false;
        return report;
    };
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("Cannot read settings file %1: %2. Using defaults; the file will not be "
                         "overwritten.").arg(m_filePath, file.errorString()));
    if (file.size() > MaxFileSize)
        return refuse(tr("Settings file %1 is %2 bytes, over the %3-byte limit. Using defaults; the file "
                         "will not be overwritten.").arg(m_filePath, QString::number(file.size()), QString::number(MaxFileSize)));
    const QByteArray bytes = file.readAll();
    file.close();

    auto decoded = SettingsCodec::decode(bytes);
    if (decoded) {
        report.data = std::move(decoded).value();
        return report;
    }
    const Error &error = decoded.error();
    if (error.field == u"version") {
        // A newer ProxyDeck's file is not corrupt: leave it where it is, and never save over it.
        return refuse(tr("Settings file %1: %2").arg(m_filePath, error.message));
    }

    report.data = SettingsData::defaults();
    report.backupPath = freeBackupPath(m_filePath);
    if (QFile::rename(m_filePath, report.backupPath)) {
        report.problem = Error{tr("Settings file %1 is damaged (%2). It was kept as %3; defaults are used.")
                                   .arg(m_filePath, error.message, report.backupPath),
                               error.field, error.position};
    } else {
        report.backupPath.clear();
        report.writable = false;
        report.problem = Error{tr("Settings file %1 is damaged (%2) and could not be moved aside; defaults "
                                  "are used and the file will not be overwritten.")
                                   .arg(m_filePath, error.message),
                               error.field, error.position};
    }
    return report;
}

Result<void> SettingsStore::save(const SettingsData &data) const
{
    return writeAtomically(m_filePath, SettingsCodec::encode(data));
}

Result<void> SettingsStore::writeAtomically(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        // Every folder made here is owner-only from its creation, not only the last one: the first
        // file written may lie below the configuration folder (anchors/<id>.pem on a first import),
        // and the XDG base directory specification asks for 0700 on the folders it creates.
        QStringList missing;
        for (QString folder = dir.absolutePath(); !QFileInfo::exists(folder); folder = QFileInfo(folder).absolutePath())
            missing.prepend(folder);
        for (const QString &folder : std::as_const(missing)) {
            if (!QDir().mkdir(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner) && !QFileInfo(folder).isDir())
                return Error{tr("Cannot create folder %1 for %2.").arg(folder, info.fileName())};
        }
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    // Set before any byte is written, so the content is never readable by others.
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}
