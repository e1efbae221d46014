#include "enginelistener.h"

#include "enginecontext.h"
#include "engineworker.h"

#include <QSocketNotifier>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
constexpr int ResumeAfterMs = 200; // out of descriptors: how long the backlog waits
} // namespace

EngineListener::EngineListener(EngineContext &context, EngineWorker &worker)
    : m_context(context), m_worker(worker), m_resume(this)
{
    m_resume.setSingleShot(true);
    m_resume.setInterval(ResumeAfterMs);
    connect(&m_resume, &QTimer::timeout, this, [this] {
        if (m_notifier)
            m_notifier->setEnabled(true); // the backlog, if any, wakes it at once
    });
}

EngineListener::~EngineListener()
{
    close();
}

void EngineListener::close()
{
    m_resume.stop();
    delete m_notifier;
    m_notifier = nullptr;
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
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
    if (port == 0) {
        if (::getsockname(fd, reinterpret_cast<sockaddr *>(&storage), &length) != 0) {
            const QString reason = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            return Error{reason};
        }
        port = ntohs(v6 ? reinterpret_cast<sockaddr_in6 *>(&storage)->sin6_port
                        : reinterpret_cast<sockaddr_in *>(&storage)->sin_port);
    }
    m_fd = fd;
    m_notifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &EngineListener::acceptPending);
    return port;
}

void EngineListener::acceptPending()
{
    while (m_fd >= 0) {
        const int descriptor = ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (descriptor >= 0) {
            incomingConnection(descriptor);
            continue;
        }
        switch (errno) {
        case EMFILE:
        case ENFILE:
        case ENOBUFS:
        case ENOMEM:
            // The connection stays queued and the socket readable: watching it now would only
            // fail again at once. Ending sessions free descriptors meanwhile.
            m_notifier->setEnabled(false);
            m_resume.start();
            return;
        case EINTR:
        case ECONNABORTED:
        // accept(2): errors of the connection taken, not of the listener; the next may be fine.
        case EPROTO:
        case ENETDOWN:
        case ENOPROTOOPT:
        case EHOSTDOWN:
        case ENONET:
        case EHOSTUNREACH:
        case ENETUNREACH:
            continue;
        default: // EAGAIN: nothing left
            return;
        }
    }
}

void EngineListener::incomingConnection(int descriptor)
{
    const bool overLimit =
        m_context.activeConnections.fetch_add(1, std::memory_order_relaxed) >= m_context.config.limits.maxConnections;
    m_context.totalConnections.fetch_add(1, std::memory_order_relaxed);
    m_worker.adopt(descriptor, overLimit);
}
