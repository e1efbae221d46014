#include "httpreply.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QList>
#include <QTcpSocket>

namespace {

// Appends what the socket has, waiting for more until the deadline; false once nothing more can come.
bool readMore(QTcpSocket &socket, QByteArray &buffer, const QDeadlineTimer &deadline)
{
    if (socket.bytesAvailable() == 0) {
        if (socket.state() != QAbstractSocket::ConnectedState)
            return false;
        if (!socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            return socket.bytesAvailable() > 0;
    }
    buffer += socket.readAll();
    return true;
}

// Decodes a whole chunked body at the start of data; -1 while incomplete, else the bytes it took.
qsizetype decodeChunked(const QByteArray &data, QByteArray *body)
{
    body->clear();
    qsizetype at = 0;
    while (true) {
        const qsizetype lf = data.indexOf("\r\n", at);
        if (lf < 0)
            return -1;
        QByteArray sizeLine = data.mid(at, lf - at);
        if (const qsizetype extension = sizeLine.indexOf(';'); extension >= 0)
            sizeLine.truncate(extension);
        bool ok = false;
        const qint64 size = sizeLine.trimmed().toLongLong(&ok, 16);
        if (!ok)
            return -1;
        at = lf + 2;
        if (size == 0) {
            // Trailer fields, then the empty line.
            while (true) {
                const qsizetype end = data.indexOf("\r\n", at);
                if (end < 0)
                    return -1;
                const bool last = end == at;
                at = end + 2;
                if (last)
                    return at;
            }
        }
        if (data.size() < at + size + 2)
            return -1;
        *body += data.mid(at, size);
        at += size + 2;
    }
}

} // namespace

QByteArray HttpReply::header(const QByteArray &name) const
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

HttpReply HttpReply::read(QTcpSocket &socket, int timeoutMs, bool toHeadRequest)
{
    HttpReply reply;
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray buffer;
    qsizetype end = -1;
    while ((end = buffer.indexOf("\r\n\r\n")) < 0) {
        if (deadline.hasExpired() || !readMore(socket, buffer, deadline)) {
            reply.rest = buffer;
            return reply;
        }
    }
    reply.head = buffer.left(end);
    buffer.remove(0, end + 4);
    const qsizetype lineEnd = reply.head.indexOf('\r'); // -1 for a head that is only a status line
    const QList<QByteArray> statusLine = (lineEnd < 0 ? reply.head : reply.head.first(lineEnd)).split(' ');
    const int status = statusLine.value(1).toInt();

    const QByteArray length = reply.header("Content-Length");
    const bool chunked = reply.header("Transfer-Encoding").toLower().contains("chunked");
    if (toHeadRequest || status < 200 || status == 204 || status == 304) {
        // No body.
    } else if (chunked) {
        qsizetype used = -1;
        while ((used = decodeChunked(buffer, &reply.body)) < 0) {
            if (deadline.hasExpired() || !readMore(socket, buffer, deadline))
                return reply; // status stays 0: the body did not arrive whole
        }
        buffer.remove(0, used);
    } else if (!length.isNull()) {
        const qint64 size = length.toLongLong();
        while (buffer.size() < size) {
            if (deadline.hasExpired() || !readMore(socket, buffer, deadline)) {
                reply.body = buffer;
                return reply;
            }
        }
        reply.body = buffer.left(size);
        buffer.remove(0, size);
    } else {
        while (!deadline.hasExpired() && readMore(socket, buffer, deadline)) {
        }
        reply.body = buffer;
        buffer.clear();
        reply.closed = socket.state() != QAbstractSocket::ConnectedState;
    }
    reply.rest = buffer;
    reply.status = status;
    return reply;
}

bool HttpReply::waitForClose(QTcpSocket &socket, int timeoutMs, QByteArray *extra)
{
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray buffer;
    while (!deadline.hasExpired() && readMore(socket, buffer, deadline)) {
    }
    if (extra)
        *extra += buffer;
    return socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0;
}

HttpReply HttpReply::exchange(quint16 port, const QByteArray &request, int closeWaitMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(10000))
        return {};
    socket.write(request);
    HttpReply reply = read(socket);
    if (reply.status != 0 && !reply.closed)
        reply.closed = waitForClose(socket, closeWaitMs, &reply.rest);
    return reply;
}
