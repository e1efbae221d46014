#pragma once

#include "pacscript.h"

#include <QElapsedTimer>
#include <QHash>

// A PacScript with its answers remembered for a short time, as browsers do: the engine asks for
// every request, and a PAC that resolves names would otherwise look them up each time. The key
// is what the script can tell apart: scheme, host and port (https:// URLs reach the script cut
// to their origin anyway; for plain http:// a script that reads the path is cached per host too).
// Errors are not remembered. Same thread rules as PacScript.
class PacResolver
{
public:
    static constexpr int DefaultTtlMs = 60'000;
    static constexpr int MaxEntries = 4096;

    explicit PacResolver(PacScript script, int ttlMs = DefaultTtlMs);

    Result<QList<PacProxy>> resolve(const QUrl &url);
    int cachedCount() const { return int(m_cache.size()); }
    int evaluations() const { return m_evaluations; }
    void clear() { m_cache.clear(); }

private:
    struct Entry
    {
        QList<PacProxy> proxies;
        qint64 expiresAtMs = 0;
    };

    PacScript m_script;
    QHash<QString, Entry> m_cache;
    QElapsedTimer m_clock;
    int m_ttlMs;
    int m_evaluations = 0;
};
