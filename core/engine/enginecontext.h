#pragma once

#include "engineconfig.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSslConfiguration>

#include <atomic>

// What every worker of one engine shares: the configuration (read-only once started), the TLS
// configuration for an https:// upstream, and the counters the status page and socket show.
// Counters are relaxed atomics: they are statistics, not synchronisation.
struct EngineContext
{
    explicit EngineContext(EngineConfig configuration);

    const EngineConfig config;
    QSslConfiguration upstreamTls; // system roots + CA anchors
    QString listen;                // "127.0.0.1:3128", set once listening
    QElapsedTimer clock;           // monotonic; sessions keep deadlines in its milliseconds
    qint64 startedAtMs = QDateTime::currentMSecsSinceEpoch();

    std::atomic<int> activeConnections{0};
    std::atomic<int> activeTunnels{0};
    std::atomic<quint64> totalConnections{0};
    std::atomic<quint64> totalRecords{0}; // tunnels and requests
    std::atomic<quint64> failedRecords{0};
    std::atomic<quint64> refusedConnections{0}; // limit (503) or allowlist (403)
    std::atomic<qint64> bytesUp{0};
    std::atomic<qint64> bytesDown{0};
    std::atomic<quint64> nextRecordId{1};

    qint64 now() const { return clock.elapsed(); }
    // The body of GET /status: safe to call from any thread.
    QJsonObject status() const;
};
