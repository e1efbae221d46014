#pragma once

#include <QList>
#include <QMutex>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <memory>

// A TLS-inspecting HTTP proxy on 127.0.0.1, as corporate networks run them: it accepts CONNECT to
// any host:port, answers 200, and then does the TLS handshake itself with a certificate issued by
// its own CA (presenting leaf + CA), so the client sees the inspection CA instead of the origin's.
// Inside the tunnel it answers every HTTP request itself ("HTTP/1.1 200 OK", body "intercepted\n",
// Connection: close). A plain absolute-form request (GET http://…) gets 200 "not inspected\n".
// It never connects anywhere. Request heads are read up to 32 KiB (longer ones get 431), anything
// else gets 400. make-test-certs writes a matching pair: intercept-leaf.{pem,key} and intercept-ca.pem.
class InterceptingProxy : public QObject
{
    Q_OBJECT

public:
    // chain: presented after the leaf, in order (the inspection CA).
    InterceptingProxy(QSslCertificate leaf, QSslKey key, QList<QSslCertificate> chain);
    ~InterceptingProxy() override;
    // With make-test-certs' intercept-leaf.{pem,key} and intercept-ca.pem from certDir; null when
    // one of them cannot be read.
    static std::unique_ptr<InterceptingProxy> fromTestCerts(const QString &certDir);
    const QList<QSslCertificate> &chain() const { return m_chain; }

    // Listens on 127.0.0.1, any free port, on its own thread; returns the port, 0 on failure.
    quint16 listen();
    quint16 port() const { return m_port.load(); }

    int tunnelCount() const { return m_tunnels.load(); } // CONNECTs answered with 200
    QStringList connectTargets() const;                  // "host:port" of each of them, in order

private:
    friend class InterceptConnection;
    void recordTunnel(const QString &target);

    const QSslCertificate m_leaf;
    const QSslKey m_key;
    const QList<QSslCertificate> m_chain;
    QThread m_thread;
    QObject *m_anchor; // parent of the listener and the connections, on m_thread
    std::atomic<quint16> m_port{0};
    std::atomic<int> m_tunnels{0};
    mutable QMutex m_mutex;
    QStringList m_targets;
};
