#pragma once

#include "chunkeddecoder.h"
#include "engineconfig.h"
#include "hostresolver.h"
#include "httprequesthead.h"
#include "httpresponsehead.h"
#include "tunnelrecord.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QObject>

#include <memory>
#include <optional>

class EngineWorker;
class NextHop;
struct RouteTarget;
struct EngineContext;
class QAbstractSocket;
class QTcpSocket;

// One client connection to the engine, from its first byte to its close: reads request heads,
// answers /status and errors itself, and otherwise connects to the next hop (the upstream proxy
// or the destination, as the route says) and relays, with backpressure, either one HTTP
// exchange after another (keep-alive) or, after CONNECT or a WebSocket upgrade, raw bytes.
//
// Lives on its worker's thread. Sockets are unbuffered, so an idle connection holds no read
// buffer: bytes go from the kernel through the worker's scratch buffer to the peer, and a
// side is read only while its peer has room (EngineLimits::relayHighWater).
class ProxySession : public QObject
{
    Q_OBJECT

public:
    enum class Admission { Accept, OverLimit };

    ProxySession(qintptr descriptor, Admission admission, EngineWorker *worker);
    ~ProxySession() override;

    void start();
    // Called by the worker's sweep: closes what has passed its deadline.
    void checkDeadline(qint64 now);
    // Graceful stop: closes at once between requests; a running exchange or tunnel goes on
    // until it ends or the worker's drain deadline.
    void drain();

    const TunnelRecord &record() const { return m_record; }
    bool takeDirty()
    {
        const bool dirty = m_dirty;
        m_dirty = false;
        return dirty;
    }

private:
    enum class Phase {
        Head,         // reading a request head
        Connecting,   // NextHop resolves, connects, and sends CONNECT to the upstream
        Exchange,     // relaying one request and its response
        Tunnel,       // relaying bytes both ways
        Closing,      // flushing the last answer to the client
    };
    enum class Side { Client, Server };

    void onClientReadable();
    void onServerReadable();
    void onClientWritten();
    void onServerWritten();
    void onHopReady();
    void onHopFailed(int status, const QString &reason, const QByteArray &extraHeaders);
    void releaseHop();

    void readHead();
    void handleRequest(HttpRequestHead head);
    void answerStatus(const HttpRequestHead &head);
    void startHop();
    // Where the current request goes: the fixed upstream, direct (a NO_PROXY rule, or no proxy),
    // or what an automatic profile's PAC answered, in order; unreachable hops fall over to the next.
    void chooseHops(const RouteTarget &target);
    bool takeNextHop();
    void beginTunnel(QByteArray fromServer);
    // Proxy authentication of plain requests through the upstream (tunnels: NextHop). The engine
    // uses its own credentials unless it has none and the client brought some.
    bool engineAuthenticates() const;
    // A 407 the engine answers itself: true when it took over (the next leg, or a clear answer to
    // the client); false to pass it on.
    // bodyHeld: the refused request went without its body (an NTLM NEGOTIATE leg).
    bool answerUpstreamChallenge(const HttpResponseHead &head, bool bodyHeld);
    void continueAuthRetry();
    void sendRequest();
    void relayRequestBody();
    void readResponse();
    void relayResponseBody();
    void exchangeDone();
    void relayTunnel();
    // Whether the client has closed or reset its side, read without taking its bytes (after a
    // whole request they are the next request's).
    bool clientHasGone() const;

    // Moves bytes from one side to the other; `limit` caps them (-1: no cap). Returns false
    // when `from` reached its end (or failed).
    bool pump(Side from, qint64 limit, qint64 *moved);
    qint64 writeTo(Side side, const char *data, qint64 size);
    QAbstractSocket *socket(Side side) const;
    bool hasRoom(Side side) const;

    // A short text answer (RFC 9110 §15) with a body saying why, then the connection closes
    // (or, with keepAlive, the next request is read).
    void answer(int status, const QString &reason, bool keepAlive = false, const QByteArray &extraHeaders = {});
    void fail(int status, const QString &reason);
    void finishRecord(TunnelRecord::State state, const QString &error = {});
    // Counts relayed payload for the record and the engine, and marks the record changed.
    void account(qint64 up, qint64 down);
    void beginRecord(TunnelRecord::Kind kind, const QString &target, QByteArrayView method);
    void closeWhenFlushed();
    void dropServer();
    void releaseServerAfterFlush();
    void end(); // releases everything; the worker deletes this later
    void setDeadline(int fromNowMs);
    void touch(); // traffic: push the idle deadline

    EngineWorker *m_worker;
    EngineContext &m_context;
    const Admission m_admission;
    QTcpSocket *m_client = nullptr;
    QAbstractSocket *m_server = nullptr;
    QHostAddress m_clientAddress;
    QString m_clientName;

    Phase m_phase = Phase::Head;
    qint64 m_deadline = 0;
    bool m_draining = false;
    bool m_ended = false;
    bool m_dirty = false;
    bool m_recordOpen = false;
    bool m_countedTunnel = false;

    QByteArray m_clientIn; // head bytes, then whatever the client sent after a head
    HttpHeadProgress m_clientProgress;
    QByteArray m_serverIn;
    HttpHeadProgress m_serverProgress;
    std::optional<HttpRequestHead> m_request;

    // The next hop.
    bool m_viaUpstream = false;
    UpstreamProxy m_upstream;          // with m_viaUpstream: the proxy this request goes to
    QList<std::optional<UpstreamProxy>> m_hops; // the next choices; nullopt is DIRECT
    QString m_hopTried;                // the hops already failed, for the record and the answer
    QString m_hopHost; // what is resolved and connected to
    quint16 m_hopPort = 0;
    QString m_hopKey;     // an idle server connection is reused for the same key
    QString m_routeLabel; // for the record
    NextHop *m_hop = nullptr; // while connecting
    bool m_tunnelRequested = false; // CONNECT, or a WebSocket through the upstream's CONNECT

    // Proxy authentication on the current upstream connection (NTLM authenticates connections).
    std::unique_ptr<ProxyAuthenticator> m_upstreamAuth;
    bool m_upstreamAuthenticated = false;
    QByteArray m_nextAuthorization; // for the current request, sent again after a 407
    bool m_authDiscarding = false;  // dropping that 407's body
    bool m_authReconnect = false;
    bool m_authProbe = false; // the request went without its body, which waits for the last leg
    qint64 m_authDiscardLeft = 0;
    std::optional<ChunkedDecoder> m_authDiscardChunks;

    // The exchange.
    qint64 m_requestLeft = 0; // ContentLength framing
    std::optional<ChunkedDecoder> m_requestChunks;
    bool m_requestDone = false;
    bool m_responseHeadSent = false;
    BodyFraming m_responseFraming = BodyFraming::None;
    qint64 m_responseLeft = 0;
    std::optional<ChunkedDecoder> m_responseChunks;
    bool m_responseDone = false;
    bool m_responseKeepAlive = false;
    bool m_clientKeepAlive = false;

    // The tunnel.
    bool m_clientEnded = false;
    bool m_serverEnded = false;

    TunnelRecord m_record;
};
