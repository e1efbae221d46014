#pragma once

#include "pacscript.h"
#include "result.h"

#include <QCoreApplication>
#include <QUrl>

// Reads the PAC script an automatic profile names: a file (file:// URL) or an http(s):// URL,
// fetched directly (PacFetch). Blocking: for the command line and worker threads, never the GUI
// thread. Errors name the location; a file over PacFetch::MaxBytes is refused as no PAC is.
class PacSource
{
    Q_DECLARE_TR_FUNCTIONS(PacSource)

public:
    static Result<QString> readBlocking(const QUrl &location, int timeoutMs = 10'000);

    // The script read and loaded: what an automatic profile needs before it can answer.
    struct Loaded
    {
        QString source;
        PacScript script;
    };
    static Result<Loaded> loadBlocking(const QUrl &location, PacOptions options = {}, int timeoutMs = 10'000);
};
