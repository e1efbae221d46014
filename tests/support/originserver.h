#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>

// A real HTTP/1.1 origin server on its own thread, on 127.0.0.1, for tests of the engine. It
// keeps connections alive (several requests on one connection, pipelined or not), records every
// request head and counts the connections it accepted. It serves by path, in origin-form or
// absolute-form:
//   /bytes/N     N bytes of content(0, N), with Content-Length
//   /chunked/N   the same bytes, Transfer-Encoding: chunked, in chunks of varied sizes
//   /close/N     the same bytes, no framing: the body ends when the server closes
//   /echo        the request body (Content-Length or chunked) back, with Content-Length
//   /headers     the request head as received, as a text body
//   /slow        nothing, ever (for timeouts)
// Responses are produced as the connection drains (at most ~1 MiB queued per connection), so a
// peer that stops reading holds the rest in unsentBytes().
class OriginServer : public QObject
{
    Q_OBJECT

public:
    OriginServer();
    ~OriginServer() override;

    // Listens on 127.0.0.1, any free port; returns the port, 0 on failure.
    quint16 listen();
    quint16 port() const { return m_port; }

    int connectionCount() const { return m_connections.load(); }
    QStringList heads() const;        // each request's head, request line to the empty line
    QStringList requestLines() const;
    // Response bytes (heads, bodies, chunk framing) not yet handed to the kernel.
    qint64 unsentBytes() const { return m_unsent.load(); }
    void clear();

    // The bytes /bytes/N, /chunked/N and /close/N serve: random-looking, but the same for the
    // same offset every time, so a test can check any part of a body without keeping it.
    static QByteArray content(qint64 offset, qint64 size);

private:
    friend class OriginConnection;
    void recordHead(const QByteArray &head);

    QThread m_thread;
    QObject *m_anchor; // parent of the listener and the connections, on m_thread
    quint16 m_port = 0;
    std::atomic<int> m_connections{0};
    std::atomic<qint64> m_unsent{0};
    mutable QMutex m_mutex;
    QStringList m_heads;
};
