#pragma once

#include <QByteArrayView>
#include <QTcpServer>

#include <unordered_set>

class QTcpSocket;

// A TCP echo origin on 127.0.0.1, on the thread that creates it: every byte back as it arrives,
// except that a connection whose bytes end with ResetMarker is reset (SO_LINGER 0, then close),
// as an origin that crashes in the middle of a stream would.
class EchoServer : public QTcpServer
{
public:
    static constexpr QByteArrayView ResetMarker = "RESET!";

    EchoServer();
    ~EchoServer() override;

    // Listens on 127.0.0.1, any free port; returns the port, 0 on failure.
    quint16 open();
    int openConnections() const { return int(m_sockets.size()); }
    int accepted() const { return m_accepted; }
    qint64 received() const { return m_received; }

private:
    void adopt(QTcpSocket *socket);
    void release(QTcpSocket *socket, bool reset);

    std::unordered_set<QTcpSocket *> m_sockets;
    int m_accepted = 0;
    qint64 m_received = 0;
};
