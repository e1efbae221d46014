#include "exportwriter.h"

#include "exporter.h"
#include "insecuretls.h"
#include "settingsstore.h"

#include <QFile>

Result<void> ExportWriter::writeFile(const QString &path, const QByteArray &bytes)
{
    return SettingsStore::writeAtomically(path, bytes);
}

Result<QStringList> ExportWriter::install(const QString &path, const QByteArray &block)
{
    QFile existing(path);
    QByteArray before;
    if (existing.exists()) {
        if (existing.size() > SettingsStore::MaxFileSize)
            return Error{tr("%1 is larger than %2 MiB; it is not a profile or environment file.")
                             .arg(path).arg(SettingsStore::MaxFileSize / (1024 * 1024))};
        if (!existing.open(QIODevice::ReadOnly))
            return Error{tr("Cannot read %1: %2").arg(path, existing.errorString())};
        before = existing.readAll();
        existing.close();
        if (auto backup = SettingsStore::writeAtomically(backupPath(path), before); !backup)
            return backup.error();
    }
    if (auto written = SettingsStore::writeAtomically(path, Exporter::installInto(before, block)); !written)
        return written.error();
    QStringList warnings;
    for (const InsecureTls::Finding &finding : InsecureTls::scan(QString::fromUtf8(Exporter::outsideBlock(before))))
        warnings.append(InsecureTls::describe(path, finding));
    return warnings;
}
