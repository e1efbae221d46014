#include "pacresolver.h"

PacResolver::PacResolver(PacScript script, int ttlMs) : m_script(std::move(script)), m_ttlMs(ttlMs)
{
    m_clock.start();
}

Result<QList<PacProxy>> PacResolver::resolve(const QUrl &url)
{
    const QString key = url.scheme() + QStringLiteral("://") + url.host().toLower() + u':' + QString::number(url.port());
    const qint64 now = m_clock.elapsed();
    if (const auto found = m_cache.constFind(key); found != m_cache.constEnd() && found->expiresAtMs > now)
        return found->proxies;
    ++m_evaluations;
    auto answer = m_script.findProxy(url);
    if (!answer)
        return answer.error();
    if (m_cache.size() >= MaxEntries) {
        // Drop what has expired; if everything is fresh, start over rather than grow.
        for (auto it = m_cache.begin(); it != m_cache.end();)
            it = it->expiresAtMs <= now ? m_cache.erase(it) : std::next(it);
        if (m_cache.size() >= MaxEntries)
            m_cache.clear();
    }
    m_cache.insert(key, Entry{answer.value(), now + m_ttlMs});
    return answer;
}
