#pragma once

#include "chunkeddecoder.h"
#include "httphead.h"
#include "proxyauthenticator.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

#include <memory>
#include <optional>

class EngineWorker;
struct EngineContext;
class QAbstractSocket;

// Opens the connection a request or a tunnel needs: resolves the name (of the upstream proxy or
// of the destination), tries its addresses in order, speaks TLS to an https:// upstream, and for
// a tunnel through the upstream sends CONNECT and reads the answer. Then ready(), with a connected
// socket to take, or failed() with the answer the client is to get. A ProxySession owns one while
// it connects, and keeps the deadline itself.
class NextHop : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        bool viaUpstream = false;
        bool upstreamTls = false;     // an https:// upstream: TLS to the proxy itself
        QString host; // what to resolve and connect to: the upstream proxy or the destination
        quint16 port = 0;
        bool tunnel = false;          // through the upstream: CONNECT to `authority` first
        QString authority;            // the destination, host:port (IPv6 in brackets)
        QByteArray proxyAuthorization; // sent with that CONNECT, when not empty
        // Answer the upstream's 407 to CONNECT with the engine's own credentials: the user's
        // Kerberos ticket (Negotiate), NTLM or Basic, each leg on the same connection (NTLM
        // authenticates the connection). proxyAuthorization is then not used.
        bool authenticate = false;
        ProxyAuthenticator::Credentials credentials;
    };

    NextHop(EngineWorker &worker, QObject *parent);
    ~NextHop() override;

    void open(const Request &request);
    // Connected to the upstream, waiting for its answer to CONNECT.
    bool isHandshaking() const { return m_handshaking; }
    // Whether a connection to the hop was made: after failed(), false means "unreachable"
    // (name, connect or TLS failure), which is when a PAC's next proxy is worth a try.
    bool reached() const { return m_reached; }
    // After ready(): the socket, now the caller's and parented to newParent, with none of this
    // object's connections; and what the upstream sent after its 2xx to CONNECT.
    QAbstractSocket *takeSocket(QObject *newParent);
    QByteArray takeLeftover() { return std::exchange(m_in, {}); }

Q_SIGNALS:
    void ready();
    void failed(int status, const QString &reason, const QByteArray &extraHeaders);

private:
    void connectNext();
    void onConnected();
    void onError();
    void readConnectAnswer();
    void sendConnect();
    // After a 407 the engine answers: its body is read and dropped, then the next CONNECT goes
    // on the same connection, or on a new one when the proxy closes it.
    void discardBody();
    void reconnect();
    void fail(int status, const QString &reason, const QByteArray &extraHeaders = {});
    void dropSocket();
    QString where() const;

    EngineWorker &m_worker;
    EngineContext &m_context;
    Request m_request;
    QList<QHostAddress> m_addresses;
    QString m_lastError;
    QAbstractSocket *m_socket = nullptr;
    QByteArray m_in;
    HttpHeadProgress m_progress;
    bool m_handshaking = false;
    QHostAddress m_address; // the one connected to, for a new connection after a 407
    std::unique_ptr<ProxyAuthenticator> m_auth;
    QByteArray m_authorization; // for the next CONNECT
    bool m_authStarted = false;
    bool m_discarding = false;
    bool m_reconnect = false; // once the body is dropped
    qint64 m_discardLeft = 0;
    std::optional<ChunkedDecoder> m_discardChunks;
    bool m_reached = false;
    bool m_finished = false;
};
