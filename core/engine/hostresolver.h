#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QThreadPool;

// Resolves a host name with the system resolver (getaddrinfo) on a thread pool and hands the
// answer to a callback on the asking object's thread. Unlike QHostInfo it keeps no cache of its
// own: every connection asks anew, so a proxy whose address changes is followed at once (the
// agent guide in reference/ reloads HAProxy by cron only to flush its DNS).
class HostResolver
{
public:
    struct Answer
    {
        QList<QHostAddress> addresses; // IPv4 first, then IPv6 (loopback setups resolve both)
        QString error;                 // empty on success
    };
    using Callback = std::function<void(const Answer &)>;

    explicit HostResolver(QThreadPool *pool) : m_pool(pool) {}

    // An IP literal is answered at once, without a thread; a name on the pool, the callback then
    // runs on context's thread. context must outlive the lookup.
    void resolve(const QString &host, QObject *context, Callback callback) const;

    static Answer lookup(const QString &host); // blocking; what the pool runs

private:
    QThreadPool *m_pool;
};
