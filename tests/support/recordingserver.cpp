#include "recordingserver.h"

#include <QMetaObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

RecordingServer::RecordingServer()
    : m_anchor(new QObject)
{
    m_thread.setObjectName(QStringLiteral("RecordingServer"));
    m_anchor->moveToThread(&m_thread);
    m_thread.start();
}

RecordingServer::~RecordingServer()
{
    // Servers are children of the anchor, which lives (and dies) on the worker thread.
    m_anchor->deleteLater();
    m_thread.quit();
    m_thread.wait();
}

quint16 RecordingServer::listen(const QHostAddress &address, quint16 port)
{
    quint16 bound = 0;
    QMetaObject::invokeMethod(m_anchor, [&] {
        auto server = new QTcpServer(m_anchor);
        if (!server->listen(address, port)) {
            delete server;
            return;
        }
        bound = server->serverPort();
        QObject::connect(server, &QTcpServer::newConnection, server, [this, server] {
            while (QTcpSocket *socket = server->nextPendingConnection())
                serve(socket);
        });
    }, Qt::BlockingQueuedConnection);
    return bound;
}

void RecordingServer::serve(QTcpSocket *socket)
{
    auto buffer = std::make_shared<QByteArray>();
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
        buffer->append(socket->readAll());
        if (!buffer->contains("\r\n\r\n") && !buffer->contains("\n\n") && buffer->size() < 65536)
            return;
        const qsizetype end = buffer->indexOf('\n');
        const QString line = QString::fromLatin1(buffer->left(end)).trimmed();
        record(line, QString::fromLatin1(*buffer));
        buffer->clear();
        // A tunnel is refused at once: a client that treats a closed tunnel as a reason to
        // retry (undici does) would otherwise loop. The request line is what the test needs.
        if (line.startsWith(u"CONNECT "))
            socket->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        else
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n"
                          "Connection: close\r\n\r\nok");
        socket->disconnectFromHost();
    });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

void RecordingServer::record(const QString &line, const QString &head)
{
    QMutexLocker locker(&m_mutex);
    m_lines.append(line);
    m_heads.append(head);
}

QStringList RecordingServer::heads() const
{
    QMutexLocker locker(&m_mutex);
    return m_heads;
}

QStringList RecordingServer::requestLines() const
{
    QMutexLocker locker(&m_mutex);
    return m_lines;
}

bool RecordingServer::sawRequestContaining(const QString &needle) const
{
    QMutexLocker locker(&m_mutex);
    for (const QString &line : m_lines) {
        if (line.contains(needle))
            return true;
    }
    return false;
}

void RecordingServer::clear()
{
    QMutexLocker locker(&m_mutex);
    m_lines.clear();
    m_heads.clear();
}
