#include "websocketecho.h"

#include <QMetaObject>
#include <QWebSocket>
#include <QWebSocketServer>

WebSocketEcho::WebSocketEcho()
    : m_anchor(new QObject)
{
    m_thread.setObjectName(QStringLiteral("WebSocketEcho"));
    m_anchor->moveToThread(&m_thread);
    m_thread.start();
}

WebSocketEcho::~WebSocketEcho()
{
    m_anchor->deleteLater();
    m_thread.quit();
    m_thread.wait();
}

quint16 WebSocketEcho::listen()
{
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            auto server
                = new QWebSocketServer(QStringLiteral("echo"), QWebSocketServer::NonSecureMode, m_anchor);
            if (!server->listen(QHostAddress::LocalHost)) {
                delete server;
                return;
            }
            m_port = server->serverPort();
            QObject::connect(server, &QWebSocketServer::newConnection, server, [this, server] {
                while (QWebSocket *socket = server->nextPendingConnection()) {
                    ++m_connections;
                    socket->setParent(m_anchor);
                    QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                                     [socket](const QString &message) { socket->sendTextMessage(message); });
                    QObject::connect(
                        socket, &QWebSocket::binaryMessageReceived, socket,
                        [socket](const QByteArray &message) { socket->sendBinaryMessage(message); });
                    QObject::connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
                }
            });
        },
        Qt::BlockingQueuedConnection);
    return m_port;
}
