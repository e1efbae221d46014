#include "basicauthproxy.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

BasicAuthProxy::BasicAuthProxy(const QString &user, const QString &password)
    : m_expected("Basic " + (user + u':' + password).toUtf8().toBase64())
    , m_anchor(new QObject)
{
    m_thread.setObjectName(QStringLiteral("BasicAuthProxy"));
    m_anchor->moveToThread(&m_thread);
    m_thread.start();
}

BasicAuthProxy::~BasicAuthProxy()
{
    m_anchor->deleteLater();
    m_thread.quit();
    m_thread.wait();
}

quint16 BasicAuthProxy::listen()
{
    QMetaObject::invokeMethod(m_anchor, [this] {
        auto server = new QTcpServer(m_anchor);
        if (!server->listen(QHostAddress::LocalHost)) {
            delete server;
            return;
        }
        m_port = server->serverPort();
        QObject::connect(server, &QTcpServer::newConnection, server, [this, server] {
            while (QTcpSocket *socket = server->nextPendingConnection())
                serve(socket);
        });
    }, Qt::BlockingQueuedConnection);
    return m_port.load();
}

void BasicAuthProxy::serve(QTcpSocket *socket)
{
    auto buffer = std::make_shared<QByteArray>();
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
        buffer->append(socket->readAll());
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0 && buffer->size() < 65536)
            return;
        const QList<QByteArray> lines = buffer->left(end).split('\n');
        buffer->clear();
        QByteArray credentials;
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare("Proxy-Authorization", Qt::CaseInsensitive) == 0)
                credentials = line.mid(colon + 1).trimmed();
        }
        if (credentials != m_expected) {
            ++m_refused;
            socket->write("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"hygiene\"\r\n"
                          "Content-Length: 0\r\nConnection: close\r\n\r\n");
        } else if (lines.value(0).startsWith("CONNECT ")) {
            ++m_accepted;
            socket->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        } else {
            ++m_accepted;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 21\r\nConnection: close\r\n\r\n"
                          "via basic-auth proxy\n");
        }
        socket->disconnectFromHost();
    });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}
