#pragma once

#include "hostresolver.h"
#include "result.h"
#include "tunnelrecord.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <optional>
#include <unordered_set>
#include <vector>

struct EngineContext;
class PacResolver;
class ProxySession;

// One thread of the engine with its own event loop: it adopts accepted sockets, runs their
// sessions, sweeps their deadlines and publishes changed records in batches (every 100 ms).
// Created and driven by Engine; every method but the constructor runs on the worker's thread.
class EngineWorker : public QObject
{
    Q_OBJECT

public:
    EngineWorker(EngineContext &context, QObject *parent = nullptr);
    ~EngineWorker() override;

    EngineContext &context() const { return m_context; }
    const HostResolver &resolver() const { return m_resolver; }
    // A buffer every relay of this thread goes through: per thread, not per connection.
    char *scratch() { return m_scratch.data(); }
    qsizetype scratchSize() const { return qsizetype(m_scratch.size()); }
    // An automatic profile's PAC script, loaded on this thread at first use (a QJSEngine
    // belongs to one thread); an Error when it does not load, or the profile is not automatic.
    Result<PacResolver *> pac();

    void adopt(qintptr descriptor, bool overLimit);
    void drain();
    void closeAll();
    int sessionCount() const { return int(m_sessions.size()); }

    // From sessions.
    void markDirty(ProxySession *session);
    void publishFinal(const TunnelRecord &record);
    void sessionEnded(ProxySession *session);

Q_SIGNALS:
    // Changed records, finished ones included, at most ten times a second.
    void recordsChanged(const TunnelRecords &records);
    void idle(); // no session left, after drain()

private:
    void tick();

    EngineContext &m_context;
    QThreadPool m_lookups; // getaddrinfo blocks: never on the event loop
    HostResolver m_resolver;
    std::vector<char> m_scratch;
    std::unique_ptr<PacResolver> m_pac;
    std::optional<Error> m_pacError;
    std::unordered_set<ProxySession *> m_sessions;
    std::vector<ProxySession *> m_dirty;
    TunnelRecords m_finished;
    QTimer m_timer;
    bool m_draining = false;
};
