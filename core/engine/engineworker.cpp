#include "engineworker.h"

#include "enginecontext.h"
#include "pacresolver.h"
#include "proxysession.h"

namespace {
constexpr int TickMs = 100;             // batches at most 10 times a second
constexpr qsizetype ScratchBytes = 64 * 1024; // one relay read; per thread
} // namespace

EngineWorker::EngineWorker(EngineContext &context, QObject *parent)
    : QObject(parent), m_context(context), m_resolver(&m_lookups), m_scratch(ScratchBytes), m_timer(this)
{
    // Lookups wait on the network; a few in parallel keep one slow name from holding up others.
    m_lookups.setMaxThreadCount(8);
    m_lookups.setExpiryTimeout(10'000);
    m_timer.setInterval(TickMs);
    connect(&m_timer, &QTimer::timeout, this, &EngineWorker::tick);
}

EngineWorker::~EngineWorker()
{
    closeAll();
    m_lookups.waitForDone();
    m_pac.reset();
}

Result<PacResolver *> EngineWorker::pac()
{
    if (m_pac)
        return m_pac.get();
    if (m_pacError)
        return *m_pacError;
    if (!m_context.config.isAutomatic())
        return Error{tr("The profile is not automatic.")};
    auto script = PacScript::load(m_context.config.pacScript, m_context.config.pacUrl);
    if (!script) {
        m_pacError = script.error();
        return *m_pacError;
    }
    m_pac = std::make_unique<PacResolver>(std::move(script).value());
    return m_pac.get();
}

void EngineWorker::adopt(qintptr descriptor, bool overLimit)
{
    if (!m_timer.isActive())
        m_timer.start();
    auto *session = new ProxySession(descriptor, overLimit ? ProxySession::Admission::OverLimit
                                                           : ProxySession::Admission::Accept, this);
    m_sessions.insert(session);
    session->start();
}

void EngineWorker::drain()
{
    m_draining = true;
    // Copy: drain() may end a session, which removes it from the set.
    const std::vector<ProxySession *> sessions(m_sessions.begin(), m_sessions.end());
    for (ProxySession *session : sessions) {
        if (m_sessions.count(session))
            session->drain();
    }
    if (m_sessions.empty())
        Q_EMIT idle();
}

void EngineWorker::closeAll()
{
    const std::vector<ProxySession *> sessions(m_sessions.begin(), m_sessions.end());
    m_sessions.clear(); // first: a destructor's sessionEnded() then finds nothing to remove
    for (ProxySession *session : sessions)
        delete session;
    m_dirty.clear();
    tick();
    m_timer.stop();
}

void EngineWorker::markDirty(ProxySession *session)
{
    m_dirty.push_back(session);
}

void EngineWorker::publishFinal(const TunnelRecord &record)
{
    m_finished.append(record);
}

void EngineWorker::sessionEnded(ProxySession *session)
{
    if (m_sessions.erase(session) == 0)
        return;
    std::erase(m_dirty, session);
    session->deleteLater();
    if (m_draining && m_sessions.empty())
        Q_EMIT idle();
}

void EngineWorker::tick()
{
    const qint64 now = m_context.now();
    const std::vector<ProxySession *> sessions(m_sessions.begin(), m_sessions.end());
    for (ProxySession *session : sessions) {
        if (m_sessions.count(session))
            session->checkDeadline(now);
    }

    TunnelRecords batch = std::move(m_finished);
    m_finished.clear();
    for (ProxySession *session : std::as_const(m_dirty)) {
        if (m_sessions.count(session) && session->takeDirty())
            batch.append(session->record());
    }
    m_dirty.clear();
    if (!batch.isEmpty())
        Q_EMIT recordsChanged(batch);
    if (m_sessions.empty() && m_finished.isEmpty())
        m_timer.stop(); // an idle engine wakes nobody; adopt() starts it again
}
