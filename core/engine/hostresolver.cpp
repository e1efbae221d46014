#include "hostresolver.h"

#include <QThreadPool>

#include <netdb.h>
#include <sys/socket.h>

HostResolver::Answer HostResolver::lookup(const QString &host)
{
    Answer answer;
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_ADDRCONFIG;
    addrinfo *result = nullptr;
    const QByteArray name = host.toUtf8();
    const int rc = getaddrinfo(name.constData(), nullptr, &hints, &result);
    if (rc != 0) {
        answer.error = QString::fromLocal8Bit(gai_strerror(rc));
        return answer;
    }
    QList<QHostAddress> v6;
    for (addrinfo *p = result; p; p = p->ai_next) {
        const QHostAddress address(p->ai_addr);
        if (address.isNull())
            continue;
        QList<QHostAddress> &list = address.protocol() == QAbstractSocket::IPv6Protocol ? v6 : answer.addresses;
        if (!list.contains(address))
            list.append(address);
    }
    freeaddrinfo(result);
    answer.addresses += v6;
    if (answer.addresses.isEmpty())
        answer.error = QStringLiteral("no address");
    return answer;
}

void HostResolver::resolve(const QString &host, QObject *context, Callback callback) const
{
    QHostAddress literal;
    if (literal.setAddress(host)) {
        callback(Answer{{literal}, {}});
        return;
    }
    // The receiver outlives every lookup it asked for (EngineWorker waits for its pool), so it
    // can be named across threads; the callback checks whether its session is still there.
    m_pool->start([host, context, callback = std::move(callback)]() {
        Answer answer = lookup(host);
        QMetaObject::invokeMethod(
            context, [callback, answer = std::move(answer)]() { callback(answer); }, Qt::QueuedConnection);
    });
}
