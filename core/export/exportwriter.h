#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>

// Writes an export to disk: a whole file, or ProxyDeck's marked block placed into an existing
// profile or environment file. Both are atomic and owner-only; the command line and the Export
// page use the same functions. Blocking: call from a worker thread in the GUI.
class ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ExportWriter)

public:
    static Result<void> writeFile(const QString &path, const QByteArray &bytes);
    // Replaces (or appends) the block in `path`, keeping every other byte and leaving the previous
    // file as `path`.proxydeck-backup. Returns warnings about what the user's own lines around the
    // block still do (e.g. NODE_TLS_REJECT_UNAUTHORIZED=0), each naming the file and line.
    static Result<QStringList> install(const QString &path, const QByteArray &block);

    static QString backupPath(const QString &path) { return path + QStringLiteral(".proxydeck-backup"); }
};
