#pragma once

#include <QObject>
#include <QThread>

#include <atomic>

class QWebSocketServer;

// A real WebSocket echo server (RFC 6455, no TLS) on its own thread, on 127.0.0.1: every text
// or binary message comes back unchanged. It counts the connections it accepted.
class WebSocketEcho : public QObject
{
    Q_OBJECT

public:
    WebSocketEcho();
    ~WebSocketEcho() override;

    // Listens on 127.0.0.1, any free port; returns the port, 0 on failure.
    quint16 listen();
    quint16 port() const { return m_port; }
    int connectionCount() const { return m_connections.load(); }

private:
    QThread m_thread;
    QObject *m_anchor; // parent of the server and its sockets, on m_thread
    quint16 m_port = 0;
    std::atomic<int> m_connections{0};
};
