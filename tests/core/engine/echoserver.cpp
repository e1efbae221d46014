#include "echoserver.h"

#include "rawconnection.h"

#include <QTcpSocket>

EchoServer::EchoServer()
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection())
            adopt(socket);
    });
}

EchoServer::~EchoServer()
{
    // The sockets are children of the server, deleted after these members.
    for (QTcpSocket *socket : m_sockets)
        socket->disconnect();
}

quint16 EchoServer::open()
{
    return listen(QHostAddress::LocalHost) ? serverPort() : 0;
}

void EchoServer::adopt(QTcpSocket *socket)
{
    ++m_accepted;
    m_sockets.insert(socket);
    connect(socket, &QIODevice::readyRead, socket, [this, socket] {
        const QByteArray data = socket->readAll();
        m_received += data.size();
        if (data.endsWith(ResetMarker)) {
            release(socket, true);
            return;
        }
        socket->write(data);
    });
    connect(socket, &QAbstractSocket::disconnected, socket, [this, socket] { release(socket, false); });
}

void EchoServer::release(QTcpSocket *socket, bool reset)
{
    if (m_sockets.erase(socket) == 0)
        return;
    QObject::disconnect(socket, nullptr, socket, nullptr);
    if (reset)
        RawConnection::reset(*socket);
    socket->deleteLater();
}
