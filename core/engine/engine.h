#pragma once

#include "engineconfig.h"
#include "result.h"
#include "tunnelrecord.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

struct EngineContext;
class EngineListener;
class EngineWorker;
class QThread;

// ProxyDeck's local forwarding proxy (DESIGN F5): listens (127.0.0.1:3128 by default), sends
// each request to the upstream proxy or direct as the routing rules say, and reports every
// tunnel and request. Runs on worker threads of its own; this object only starts, stops and
// relays their batched reports, so it can live on the GUI thread.
class Engine : public QObject
{
    Q_OBJECT

public:
    explicit Engine(EngineConfig config, QObject *parent = nullptr);
    ~Engine() override;

    // Binds and starts the workers. Fails with a readable error (address in use, not allowed
    // without an allowlist, …) and leaves nothing running.
    Result<void> start();
    // Closes the listener and every connection at once.
    void stop();
    // Stops accepting, lets running exchanges and tunnels finish for up to timeoutMs, then
    // stops; stopped() follows either way.
    void drain(int timeoutMs);

    bool isRunning() const { return m_running; }
    QHostAddress address() const;
    quint16 port() const;
    QString listenString() const;
    int workerCount() const { return int(m_workers.size()); }
    const EngineConfig &config() const;
    // The same JSON as GET /status.
    QJsonObject status() const;

Q_SIGNALS:
    // Changed records of all workers, merged and emitted at most ten times a second.
    void tunnelsChanged(const TunnelRecords &records);
    void tunnelFinished(const TunnelRecord &record);
    void stopped();

private:
    void collect(const TunnelRecords &records);
    void flush();
    void workerIdle();
    void closeListeners(bool destroy);

    EngineConfig m_pending; // until start() moves it into the context
    std::unique_ptr<EngineContext> m_context;
    std::vector<QThread *> m_threads;
    std::vector<EngineWorker *> m_workers;
    std::vector<EngineListener *> m_listeners;
    TunnelRecords m_batch;
    QTimer m_flush;
    QTimer m_drainDeadline;
    int m_idleWorkers = 0;
    bool m_running = false;
};
