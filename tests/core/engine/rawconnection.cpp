#include "rawconnection.h"

#include <QEventLoop>
#include <QHostAddress>

#include <algorithm>
#include <unordered_set>

#include <sys/socket.h>

RawConnection::RawConnection(quint16 port, int timeoutMs, QObject *parent) : QObject(parent), m_timeout(this)
{
    m_clock.start();
    connect(&m_socket, &QIODevice::readyRead, this, [this] {
        m_received += m_socket.readAll();
        if (complete && complete(m_received))
            finish(End::Complete);
    });
    connect(&m_socket, &QAbstractSocket::disconnected, this, [this] { finish(End::Closed); });
    connect(&m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        // A close is followed by disconnected(); anything else (a reset, a refusal) ends it here.
        if (error != QAbstractSocket::RemoteHostClosedError) {
            m_error = m_socket.errorString();
            finish(End::Failed);
        }
    });
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { finish(End::TimedOut); });
    m_timeout.start(timeoutMs);
    m_socket.connectToHost(QHostAddress::LocalHost, port);
}

RawConnection::~RawConnection()
{
    // The socket's own destructor may still emit; nothing here may hear it.
    QObject::disconnect(&m_socket, nullptr, this, nullptr);
}

void RawConnection::send(const QByteArray &bytes)
{
    if (m_end == End::Open) {
        m_socket.write(bytes);
        m_sent += bytes.size();
    }
}

QString RawConnection::describeEnd() const
{
    switch (m_end) {
    case End::Open: return QStringLiteral("still open");
    case End::Closed: return QStringLiteral("closed by the server");
    case End::Complete: return QStringLiteral("complete");
    case End::Failed: return QStringLiteral("failed: ") + m_error;
    case End::TimedOut: return QStringLiteral("timed out after %1 ms").arg(m_elapsedMs);
    }
    return {};
}

void RawConnection::finish(End end)
{
    if (m_end != End::Open)
        return;
    m_end = end;
    m_elapsedMs = m_clock.elapsed();
    m_timeout.stop();
    if (m_socket.isOpen())
        m_received += m_socket.readAll(); // a closed socket still holds what came before the close
    QObject::disconnect(&m_socket, nullptr, this, nullptr);
    if (end == End::Complete)
        m_socket.disconnectFromHost(); // a FIN, after what is still queued
    else
        m_socket.abort();
    if (onFinished)
        onFinished(*this);
}

bool RawConnection::run(quint16 port, qsizetype count, int inFlight, int timeoutMs, const QDeadlineTimer &deadline,
                        const std::function<void(qsizetype, RawConnection &)> &start,
                        const std::function<void(qsizetype, RawConnection &)> &done)
{
    QEventLoop loop;
    std::unordered_set<RawConnection *> running;
    qsizetype next = 0;
    qsizetype finished = 0;
    std::function<void()> launch = [&] {
        while (int(running.size()) < inFlight && next < count && !deadline.hasExpired()) {
            const qsizetype index = next++;
            auto *connection = new RawConnection(port, timeoutMs);
            running.insert(connection);
            connection->onFinished = [&, index](RawConnection &c) {
                done(index, c);
                running.erase(&c);
                ++finished;
                c.deleteLater();
                launch();
                if (running.empty())
                    loop.quit();
            };
            start(index, *connection);
        }
    };
    launch();
    // Every connection ends by its own deadline; this one only guards against a bug here.
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(int(std::max<qint64>(deadline.remainingTime(), 0)) + timeoutMs + 5000);
    if (!running.empty())
        loop.exec();
    for (RawConnection *connection : running) {
        connection->onFinished = nullptr;
        delete connection;
    }
    return finished == count;
}

HttpReply RawConnection::parse(const QByteArray &bytes)
{
    HttpReply reply;
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0 || !bytes.startsWith("HTTP/1.") || bytes.size() < 12)
        return reply;
    reply.head = bytes.first(end);
    reply.body = bytes.sliced(end + 4);
    bool ok = false;
    reply.status = bytes.mid(9, 3).toInt(&ok);
    if (!ok)
        reply.status = 0;
    return reply;
}

void RawConnection::reset(QAbstractSocket &socket)
{
    const linger immediately{1, 0};
    ::setsockopt(int(socket.socketDescriptor()), SOL_SOCKET, SO_LINGER, &immediately, sizeof immediately);
    socket.abort();
}

QString RawConnection::preview(QByteArrayView bytes, qsizetype limit)
{
    QString out;
    for (qsizetype i = 0; i < std::min(bytes.size(), limit); ++i) {
        const uchar c = uchar(bytes[i]);
        if (c >= 0x20 && c < 0x7f && c != '\\')
            out += QLatin1Char(char(c));
        else
            out += QStringLiteral("\\x%1").arg(int(c), 2, 16, QLatin1Char('0'));
    }
    if (bytes.size() > limit)
        out += QStringLiteral("… (%1 bytes)").arg(bytes.size());
    return out;
}

Percentiles Percentiles::of(QList<qint64> values)
{
    Percentiles p;
    p.count = values.size();
    if (values.isEmpty())
        return p;
    std::sort(values.begin(), values.end());
    // The smallest value with at least q of them at or below it.
    const auto at = [&values](double q) {
        const qsizetype rank = qsizetype(q * double(values.size()) + 0.999);
        return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
    };
    p.p50 = at(0.50);
    p.p99 = at(0.99);
    p.max = values.constLast();
    return p;
}
