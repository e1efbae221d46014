#include "engine.h"

#include "enginecontext.h"
#include "enginelistener.h"
#include "engineworker.h"

#include <QCoreApplication>
#include <QThread>

Engine::Engine(EngineConfig config, QObject *parent) : QObject(parent), m_pending(std::move(config))
{
    qRegisterMetaType<TunnelRecords>("TunnelRecords");
    qRegisterMetaType<TunnelRecord>("TunnelRecord");
    m_flush.setInterval(100);
    connect(&m_flush, &QTimer::timeout, this, &Engine::flush);
    m_drainDeadline.setSingleShot(true);
    connect(&m_drainDeadline, &QTimer::timeout, this, &Engine::stop);
}

Engine::~Engine()
{
    // stop() delivers the workers' last batches; receivers must not hear from an engine that is
    // being destroyed (their own state may already be gone).
    disconnect();
    stop();
}

const EngineConfig &Engine::config() const
{
    return m_context ? m_context->config : m_pending;
}

Result<void> Engine::start()
{
    if (m_running)
        return {};
    if (const Result<void> checked = m_pending.check(); !checked)
        return checked;

    m_context = std::make_unique<EngineContext>(m_pending);
    const int count = m_pending.workers > 0 ? m_pending.workers : std::max(1, QThread::idealThreadCount());
    for (int i = 0; i < count; ++i) {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("engine-%1").arg(i));
        auto *worker = new EngineWorker(*m_context);
        worker->moveToThread(thread);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        connect(worker, &EngineWorker::recordsChanged, this, &Engine::collect);
        connect(worker, &EngineWorker::idle, this, &Engine::workerIdle);
        thread->start();
        m_threads.push_back(thread);
        m_workers.push_back(worker);
    }

    // One listener per worker, on its thread, all on the same port (the first one picks it when
    // the configuration says 0).
    quint16 port = m_context->config.listenPort;
    QString error;
    for (size_t i = 0; i < m_workers.size() && error.isEmpty(); ++i) {
        auto *listener = new EngineListener(*m_context, *m_workers[i]);
        listener->moveToThread(m_threads[i]);
        m_listeners.push_back(listener);
        QMetaObject::invokeMethod(
            listener,
            [listener, &port, &error, first = i == 0, this] {
                const Result<quint16> opened = listener->open(m_context->config.listenAddress, port, first);
                if (opened)
                    port = opened.value();
                else
                    error = opened.error().message;
            },
            Qt::BlockingQueuedConnection);
    }
    if (!error.isEmpty()) {
        const QString where = EngineConfig::listenString(m_context->config.listenAddress, m_context->config.listenPort);
        stop();
        return Error{tr("Could not listen on %1: %2").arg(where, error), QStringLiteral("listen")};
    }
    m_context->listen = EngineConfig::listenString(m_context->config.listenAddress, port);
    m_running = true;
    m_flush.start();
    return {};
}

void Engine::stop()
{
    m_drainDeadline.stop();
    closeListeners(true);
    for (EngineWorker *worker : m_workers)
        QMetaObject::invokeMethod(worker, &EngineWorker::closeAll, Qt::BlockingQueuedConnection);
    for (QThread *thread : m_threads) {
        thread->quit();
        thread->wait();
        delete thread;
    }
    m_threads.clear();
    m_workers.clear();
    // The workers' last batches are queued to this thread: take them before saying stopped.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    flush();
    m_flush.stop();
    const bool wasRunning = m_running;
    m_running = false;
    if (wasRunning)
        Q_EMIT stopped();
}

void Engine::drain(int timeoutMs)
{
    if (!m_running)
        return;
    closeListeners(false);
    m_idleWorkers = 0;
    m_drainDeadline.start(timeoutMs);
    for (EngineWorker *worker : m_workers)
        QMetaObject::invokeMethod(worker, &EngineWorker::drain, Qt::QueuedConnection);
}

void Engine::closeListeners(bool destroy)
{
    for (EngineListener *listener : m_listeners) {
        QMetaObject::invokeMethod(
            listener,
            [listener, destroy] {
                if (destroy)
                    delete listener;
                else
                    listener->close();
            },
            Qt::BlockingQueuedConnection);
    }
    if (destroy)
        m_listeners.clear();
}

void Engine::workerIdle()
{
    if (++m_idleWorkers >= int(m_workers.size()) && m_drainDeadline.isActive())
        QMetaObject::invokeMethod(this, &Engine::stop, Qt::QueuedConnection);
}

QHostAddress Engine::address() const
{
    return config().listenAddress;
}

quint16 Engine::port() const
{
    return m_context && m_running ? quint16(m_context->listen.section(u':', -1).toUInt()) : 0;
}

QString Engine::listenString() const
{
    return m_context ? m_context->listen : QString();
}

QJsonObject Engine::status() const
{
    return m_context ? m_context->status() : QJsonObject{};
}

void Engine::collect(const TunnelRecords &records)
{
    m_batch += records;
    // Derived here rather than signalled per record by the workers: one queued call per batch,
    // not one per tunnel, crosses the threads.
    for (const TunnelRecord &record : records) {
        if (record.isFinished())
            Q_EMIT tunnelFinished(record);
    }
}

void Engine::flush()
{
    if (m_batch.isEmpty())
        return;
    TunnelRecords batch = std::move(m_batch);
    m_batch.clear();
    Q_EMIT tunnelsChanged(batch);
}
