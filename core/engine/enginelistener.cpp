#include "enginelistener.h"

#include "enginecontext.h"
#include "engineworker.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

EngineListener::EngineListener(EngineContext &context, EngineWorker &worker)
    : m_context(context), m_worker(worker), m_resume(this)
{
    m_resume.setSingleShot(true);
    m_resume.setInterval(200);
    connect(&m_resume, &QTimer::timeout, this, &QTcpServer::resumeAccepting);
    connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::SocketResourceError)
            m_resume.start();
    });
}

Result<quint16> EngineListener::open(const QHostAddress &address, quint16 port, bool first)
{
    sockaddr_storage storage{};
    socklen_t length = 0;
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    if (v6) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, bytes.c, sizeof bytes.c);
        length = sizeof(sockaddr_in6);
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    const int one = 1;
    if (first && port != 0) {
        // SO_REUSEPORT would let this engine share a port with another one of the same user
        // (the console's and `proxydeck serve`), each getting half the clients. A bind without
        // it fails if anything holds the port, reuse-port sockets included.
        const int probe = ::socket(storage.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
        ::setsockopt(probe, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        const bool taken = ::bind(probe, reinterpret_cast<sockaddr *>(&storage), length) != 0;
        const int bindError = errno;
        ::close(probe);
        if (taken)
            return Error{QString::fromLocal8Bit(std::strerror(bindError))};
    }
    const int fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return Error{QString::fromLocal8Bit(std::strerror(errno))};
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
    if (v6) {
        const int v6only = address == QHostAddress(QHostAddress::AnyIPv6) ? 0 : 1;
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &v6only, sizeof v6only);
    }
    if (::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0 || ::listen(fd, 4096) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return Error{reason};
    }
    if (!setSocketDescriptor(fd)) {
        ::close(fd);
        return Error{errorString()};
    }
    return serverPort();
}

void EngineListener::incomingConnection(qintptr descriptor)
{
    const bool overLimit =
        m_context.activeConnections.fetch_add(1, std::memory_order_relaxed) >= m_context.config.limits.maxConnections;
    m_context.totalConnections.fetch_add(1, std::memory_order_relaxed);
    m_worker.adopt(descriptor, overLimit);
}
