#pragma once

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>

class QTcpSocket;

// An HTTP proxy on its own thread, on 127.0.0.1, that wants Basic credentials (RFC 7617) for
// exactly one user and password, of any characters (tinyproxy's BasicAuth takes [-a-z0-9._] only).
// A request without them, or with others, gets 407 with `Proxy-Authenticate: Basic`; one with
// them gets "200 OK" and the body "via basic-auth proxy\n", answered by the proxy itself (it never
// connects anywhere), and a CONNECT gets 403. Each answer closes the connection.
class BasicAuthProxy : public QObject
{
    Q_OBJECT

public:
    BasicAuthProxy(const QString &user, const QString &password);
    ~BasicAuthProxy() override;

    // Listens on 127.0.0.1, any free port; returns the port, 0 on failure.
    quint16 listen();
    quint16 port() const { return m_port.load(); }

    int acceptedCount() const { return m_accepted.load(); } // requests with the right credentials
    int refusedCount() const { return m_refused.load(); }   // 407 answers

private:
    void serve(QTcpSocket *socket);

    const QByteArray m_expected; // "Basic " + base64(user:password)
    QThread m_thread;
    QObject *m_anchor; // parent of the listener and the connections, on m_thread
    std::atomic<quint16> m_port{0};
    std::atomic<int> m_accepted{0};
    std::atomic<int> m_refused{0};
};
