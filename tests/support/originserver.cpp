#include "originserver.h"

#include <QMetaObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>
#include <iterator>

namespace {

constexpr qint64 MaxQueuedBytes = 1024 * 1024; // per connection, before waiting for the kernel
constexpr qint64 PieceBytes = 256 * 1024;
constexpr qsizetype MaxHeadBytes = 1024 * 1024;
// /chunked/N cycles through these, so a body has tiny, odd and large chunks.
constexpr qint64 ChunkSizes[] = {1, 10, 100, 1000, 10'000, 100'000, 7, 65'536};
constexpr int ChunkSizeCount = int(std::size(ChunkSizes));

quint64 mix(quint64 x)
{
    // splitmix64's finaliser: every 8-byte block of content() depends on its index.
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

qint64 chunkSize(int index, qint64 left)
{
    return std::min(ChunkSizes[index % ChunkSizeCount], left);
}

QByteArray chunkLine(qint64 size)
{
    return QByteArray::number(size, 16) + "\r\n";
}

// Every byte a chunked /chunked/N writes: size lines, data, CRLFs and the last chunk.
qint64 chunkedBytes(qint64 size)
{
    qint64 total = 0;
    for (int i = 0; size > 0; ++i) {
        const qint64 n = chunkSize(i, size);
        total += chunkLine(n).size() + n + 2;
        size -= n;
    }
    return total + 5; // "0\r\n\r\n"
}

bool hasToken(const QByteArray &list, const QByteArray &token)
{
    for (const QByteArray &element : list.split(',')) {
        if (element.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray responseHead(int status, const QByteArray &reason, const QByteArray &type, qint64 contentLength,
                        bool close)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    head += "Content-Type: " + type + "\r\n";
    if (contentLength >= 0)
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    if (close)
        head += "Connection: close\r\n";
    return head + "\r\n";
}

} // namespace

// One accepted connection: reads a request (head, then its body), answers it, then reads the
// next one. No QObject macro: it has no signals or slots of its own.
class OriginConnection : public QObject
{
public:
    OriginConnection(OriginServer *server, QTcpSocket *socket, QObject *parent)
        : QObject(parent), m_server(server), m_socket(socket)
    {
        m_socket->setParent(this);
        connect(m_socket, &QIODevice::readyRead, this, &OriginConnection::onReadable);
        connect(m_socket, &QIODevice::bytesWritten, this, &OriginConnection::onWritten);
        connect(m_socket, &QAbstractSocket::disconnected, this, &OriginConnection::onDisconnected);
        onReadable();
    }

private:
    enum class State { Head, Body, Responding, Silent, Closed };
    enum class ChunkState { SizeLine, Data, DataEnd, Trailer };
    enum class Framing { None, Length, Chunked };

    void onReadable()
    {
        m_in += m_socket->readAll();
        process();
    }

    void onWritten(qint64 n)
    {
        m_owed -= n;
        m_server->m_unsent -= n;
        if (m_state == State::Responding)
            produce();
    }

    void onDisconnected()
    {
        m_server->m_unsent -= m_owed;
        m_owed = 0;
        m_state = State::Closed;
        deleteLater();
    }

    void process()
    {
        m_processing = true;
        while (true) {
            if (m_state == State::Head && !parseHead())
                break;
            if (m_state == State::Body) {
                if (!readBody())
                    break;
                if (m_state == State::Body)
                    respond();
            }
            if (m_state == State::Silent)
                m_in.clear();
            if (m_state != State::Head)
                break;
        }
        m_processing = false;
    }

    bool parseHead()
    {
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_in.size() > MaxHeadBytes)
                m_socket->abort();
            return false;
        }
        const QByteArray head = m_in.left(end + 4);
        m_in.remove(0, end + 4);
        m_server->recordHead(head);
        m_head = head;

        const QList<QByteArray> lines = head.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        const QByteArray target = requestLine.value(1);
        const bool http11 = requestLine.value(2) == "HTTP/1.1";
        QByteArray connection;
        QByteArray transferEncoding;
        QByteArray contentLength;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            QByteArray *field = name == "connection"          ? &connection
                : name == "transfer-encoding"                 ? &transferEncoding
                : name == "content-length"                    ? &contentLength
                                                              : nullptr;
            if (field)
                *field += (field->isEmpty() ? "" : ", ") + value;
        }
        m_http11 = http11;
        m_keepAlive = http11 ? !hasToken(connection, "close") : hasToken(connection, "keep-alive");

        // Origin-form, or absolute-form as an upstream proxy would send it.
        QByteArray path = target;
        if (const qsizetype scheme = path.indexOf("://"); scheme >= 0) {
            const qsizetype slash = path.indexOf('/', scheme + 3);
            path = slash >= 0 ? path.mid(slash) : QByteArray("/");
        }
        if (const qsizetype query = path.indexOf('?'); query >= 0)
            path.truncate(query);
        m_path = path;

        m_body.clear();
        m_framing = Framing::None;
        m_left = 0;
        if (hasToken(transferEncoding, "chunked")) {
            m_framing = Framing::Chunked;
            m_chunkState = ChunkState::SizeLine;
        } else if (!contentLength.isEmpty()) {
            m_framing = Framing::Length;
            m_left = contentLength.split(',').constFirst().trimmed().toLongLong();
        }
        m_state = State::Body;
        return true;
    }

    // True when the whole body is in m_body (or was bad: then a 400 is on its way).
    bool readBody()
    {
        switch (m_framing) {
        case Framing::None:
            return true;
        case Framing::Length: {
            const qint64 take = std::min<qint64>(m_left, m_in.size());
            m_body += m_in.left(take);
            m_in.remove(0, take);
            m_left -= take;
            return m_left == 0;
        }
        case Framing::Chunked:
            break;
        }
        while (true) {
            switch (m_chunkState) {
            case ChunkState::SizeLine: {
                const qsizetype lf = m_in.indexOf("\r\n");
                if (lf < 0)
                    return false;
                QByteArray size = m_in.left(lf);
                m_in.remove(0, lf + 2);
                if (const qsizetype extension = size.indexOf(';'); extension >= 0)
                    size.truncate(extension);
                bool ok = false;
                m_left = size.trimmed().toLongLong(&ok, 16);
                if (!ok || m_left < 0)
                    return badRequest();
                m_chunkState = m_left == 0 ? ChunkState::Trailer : ChunkState::Data;
                break;
            }
            case ChunkState::Data: {
                const qint64 take = std::min<qint64>(m_left, m_in.size());
                m_body += m_in.left(take);
                m_in.remove(0, take);
                m_left -= take;
                if (m_left > 0)
                    return false;
                m_chunkState = ChunkState::DataEnd;
                break;
            }
            case ChunkState::DataEnd:
                if (m_in.size() < 2)
                    return false;
                if (!m_in.startsWith("\r\n"))
                    return badRequest();
                m_in.remove(0, 2);
                m_chunkState = ChunkState::SizeLine;
                break;
            case ChunkState::Trailer: {
                const qsizetype lf = m_in.indexOf("\r\n");
                if (lf < 0)
                    return false;
                m_in.remove(0, lf + 2);
                if (lf == 0)
                    return true;
                break;
            }
            }
        }
    }

    bool badRequest()
    {
        m_keepAlive = false;
        startResponse(responseHead(400, "Bad Request", "text/plain", 12, true) + "bad framing\n", 0, false);
        return true;
    }

    void respond()
    {
        const bool close = !m_keepAlive;
        const auto sized = [this](QByteArrayView prefix) {
            bool ok = false;
            const qint64 n = m_path.mid(prefix.size()).toLongLong(&ok);
            return m_path.startsWith(prefix) && ok && n >= 0 ? n : qint64(-1);
        };
        if (const qint64 n = sized("/bytes/"); n >= 0) {
            startResponse(responseHead(200, "OK", "application/octet-stream", n, close), n, false);
        } else if (const qint64 c = sized("/chunked/"); c >= 0 && m_http11) {
            QByteArray head = responseHead(200, "OK", "application/octet-stream", -1, close);
            head.insert(head.size() - 2, "Transfer-Encoding: chunked\r\n");
            startResponse(head, c, true);
        } else if (const qint64 u = std::max(sized("/close/"), sized("/chunked/")); u >= 0) {
            // HTTP/1.0 has no chunked coding: /chunked/N is close-delimited for it.
            m_keepAlive = false;
            startResponse(responseHead(200, "OK", "application/octet-stream", -1, true), u, false);
        } else if (m_path == "/echo") {
            const QByteArray head = responseHead(200, "OK", "application/octet-stream", m_body.size(), close);
            startResponse(head + m_body, 0, false);
        } else if (m_path == "/headers") {
            startResponse(responseHead(200, "OK", "text/plain", m_head.size(), close) + m_head, 0, false);
        } else if (m_path == "/slow") {
            m_state = State::Silent;
        } else {
            startResponse(responseHead(404, "Not Found", "text/plain", 10, close) + "not found\n", 0, false);
        }
    }

    void startResponse(const QByteArray &fixed, qint64 generated, bool chunked)
    {
        const qint64 total = fixed.size() + (chunked ? chunkedBytes(generated) : generated);
        m_owed += total;
        m_server->m_unsent += total;
        m_fixed = fixed;
        m_generated = generated;
        m_produced = 0;
        m_chunked = chunked;
        m_chunkIndex = 0;
        m_lastChunkSent = false;
        m_state = State::Responding;
        produce();
    }

    void produce()
    {
        while (m_state == State::Responding && m_socket->bytesToWrite() < MaxQueuedBytes) {
            if (!m_fixed.isEmpty()) {
                m_socket->write(m_fixed);
                m_fixed.clear();
            } else if (m_produced < m_generated) {
                const qint64 left = m_generated - m_produced;
                const qint64 n = m_chunked ? chunkSize(m_chunkIndex++, left) : std::min(PieceBytes, left);
                const QByteArray data = OriginServer::content(m_produced, n);
                m_socket->write(m_chunked ? chunkLine(n) + data + "\r\n" : data);
                m_produced += n;
            } else if (m_chunked && !m_lastChunkSent) {
                m_socket->write("0\r\n\r\n");
                m_lastChunkSent = true;
            } else {
                finishResponse();
            }
        }
    }

    void finishResponse()
    {
        if (!m_keepAlive) {
            m_state = State::Closed;
            m_socket->disconnectFromHost(); // after what is queued
            return;
        }
        m_state = State::Head;
        if (!m_processing)
            process(); // a request that arrived while this one was answered
    }

    OriginServer *m_server;
    QTcpSocket *m_socket;
    State m_state = State::Head;
    bool m_processing = false;
    QByteArray m_in;

    // The request.
    QByteArray m_head;
    QByteArray m_path;
    bool m_http11 = true;
    bool m_keepAlive = true;
    Framing m_framing = Framing::None;
    ChunkState m_chunkState = ChunkState::SizeLine;
    qint64 m_left = 0;
    QByteArray m_body;

    // The response.
    QByteArray m_fixed;
    qint64 m_generated = 0;
    qint64 m_produced = 0;
    bool m_chunked = false;
    int m_chunkIndex = 0;
    bool m_lastChunkSent = false;
    qint64 m_owed = 0; // bytes of this connection's responses not yet handed to the kernel
};

OriginServer::OriginServer()
    : m_anchor(new QObject)
{
    m_thread.setObjectName(QStringLiteral("OriginServer"));
    m_anchor->moveToThread(&m_thread);
    m_thread.start();
}

OriginServer::~OriginServer()
{
    // The listener and the connections are children of the anchor, which dies on its thread.
    m_anchor->deleteLater();
    m_thread.quit();
    m_thread.wait();
}

quint16 OriginServer::listen()
{
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            auto server = new QTcpServer(m_anchor);
            if (!server->listen(QHostAddress::LocalHost)) {
                delete server;
                return;
            }
            m_port = server->serverPort();
            QObject::connect(server, &QTcpServer::newConnection, server, [this, server] {
                while (QTcpSocket *socket = server->nextPendingConnection()) {
                    ++m_connections;
                    new OriginConnection(this, socket, m_anchor);
                }
            });
        },
        Qt::BlockingQueuedConnection);
    return m_port;
}

QStringList OriginServer::heads() const
{
    QMutexLocker locker(&m_mutex);
    return m_heads;
}

QStringList OriginServer::requestLines() const
{
    QStringList lines;
    for (const QString &head : heads())
        lines.append(head.section(QStringLiteral("\r\n"), 0, 0));
    return lines;
}

void OriginServer::clear()
{
    QMutexLocker locker(&m_mutex);
    m_heads.clear();
}

void OriginServer::recordHead(const QByteArray &head)
{
    QMutexLocker locker(&m_mutex);
    m_heads.append(QString::fromLatin1(head));
}

QByteArray OriginServer::content(qint64 offset, qint64 size)
{
    QByteArray out(size, Qt::Uninitialized);
    char *p = out.data();
    qint64 i = 0;
    while (i < size) {
        const qint64 position = offset + i;
        const quint64 block = mix(quint64(position) >> 3);
        for (int b = int(position & 7); b < 8 && i < size; ++b, ++i)
            p[i] = char(block >> (8 * b));
    }
    return out;
}
