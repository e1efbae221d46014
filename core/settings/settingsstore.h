#pragma once

#include "result.h"
#include "settingsdata.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// What loading the settings file found. `data` is always usable (defaults when the file was
// missing or bad); `problem` says what went wrong, naming the file and the position.
struct SettingsLoadReport
{
    SettingsData data;
    std::optional<Error> problem;
    QString backupPath;    // where a corrupt file was moved to, if it was
    bool writable = true;  // false when saving would destroy a file we could not read
};

// The settings file on disk: atomic writes (QSaveFile), owner-only permissions, and a corrupt
// file moved aside to a .bak name that never overwrites an earlier backup.
class SettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(SettingsStore)

public:
    explicit SettingsStore(QString filePath);

    QString filePath() const { return m_filePath; }
    SettingsLoadReport load() const;
    Result<void> save(const SettingsData &data) const;

    // Writes bytes to path atomically with owner-only permissions, creating the folder (0700).
    static Result<void> writeAtomically(const QString &path, const QByteArray &bytes);

    static constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

private:
    QString m_filePath;
};
