#pragma once

#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>

// A small HTTP proxy on its own thread, on 127.0.0.1, that wants NTLM (MS-NTHT: 407 with
// "Proxy-Authenticate: NTLM", then the NTLMSSP CHALLENGE on the same connection) and checks the
// client's NTLMv2 response for real with gss-ntlmssp's acceptor, against the users in the file
// of NTLM_USER_FILE ("DOMAIN:user:password" lines; set by the constructor for this process).
// Squid's ntlm_fake_auth cannot serve here: its CHALLENGE has a garbage TargetName offset, which
// a strict client (gss-ntlmssp) refuses to decode.
//
// Its first 407 closes the connection; the one carrying the CHALLENGE has a chunked body: a
// client must handle both to get through. Once a connection is authenticated, CONNECT gets 200 and every
// request (in the tunnel or not) gets "200 OK" with the body "hello DOMAIN\user (N body bytes)".
class NtlmProxy : public QObject {
    Q_OBJECT

public:
    explicit NtlmProxy(const QString &userFile);
    ~NtlmProxy() override;

    quint16 listen(); // any free port; 0 on failure
    quint16 port() const { return m_port; }
    // Who authenticated, one entry per connection; and how many handshakes failed.
    QStringList users() const;
    int failures() const { return m_failures.load(); }
    // Every Proxy-Authorization scheme seen ("NTLM", "Basic" …), in order.
    QStringList schemesSeen() const;
    // The Content-Length of every plain request (not CONNECT), handshake legs included.
    QList<qint64> bodiesSeen() const;

private:
    friend class NtlmProxyConnection;
    void recordUser(const QString &user);
    void recordScheme(const QString &scheme);
    void recordBody(qint64 length);

    QThread m_thread;
    QObject *m_anchor;
    quint16 m_port = 0;
    std::atomic<int> m_failures { 0 };
    mutable QMutex m_mutex;
    QStringList m_users;
    QStringList m_schemes;
    QList<qint64> m_bodies;
};
