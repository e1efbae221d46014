#include "proxysession.h"

#include "enginecontext.h"
#include "hostport.h"
#include "nexthop.h"
#include "engineworker.h"
#include "pacresolver.h"
#include "proxyauthenticate.h"
#include "routeresolver.h"
#include "routetarget.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr QIODevice::OpenMode RelayMode = QIODevice::ReadWrite | QIODevice::Unbuffered;
constexpr int ClosingGraceMs = 5000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 407: return "Proxy Authentication Required";
    case 408: return "Request Timeout";
    case 414: return "URI Too Long";
    case 431: return "Request Header Fields Too Large";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505: return "HTTP Version Not Supported";
    default: return "Error";
    }
}

// A request target for the record: the URL without its query, which may carry tokens.
QString targetForRecord(const HttpRequestHead &head)
{
    const QString host = QString::fromLatin1(head.host());
    QString target = QString::fromLatin1(head.scheme()) + u"://"
        + (head.hasExplicitPort() ? hostPort(host, head.port()) : head.hostIsIpv6() ? u'[' + host + u']' : host);
    QByteArrayView path = head.path();
    const qsizetype query = path.indexOf('?');
    if (query >= 0)
        path = path.first(query);
    return target + QString::fromLatin1(path.isEmpty() ? QByteArrayView("/") : path);
}

} // namespace

ProxySession::ProxySession(qintptr descriptor, Admission admission, EngineWorker *worker)
    : QObject(worker), m_worker(worker), m_context(worker->context()), m_admission(admission)
{
    m_client = new QTcpSocket(this);
    if (!m_client->setSocketDescriptor(descriptor, QAbstractSocket::ConnectedState, RelayMode)) {
        ::close(int(descriptor));
        m_context.activeConnections.fetch_sub(1, std::memory_order_relaxed);
        m_ended = true;
        return;
    }
    m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_clientAddress = m_client->peerAddress();
    m_clientName = hostPort(m_clientAddress.toString(), m_client->peerPort());
}

ProxySession::~ProxySession()
{
    if (!m_ended)
        end();
}

void ProxySession::start()
{
    if (m_ended) {
        m_worker->sessionEnded(this);
        return;
    }
    connect(m_client, &QIODevice::readyRead, this, &ProxySession::onClientReadable);
    connect(m_client, &QIODevice::bytesWritten, this, &ProxySession::onClientWritten);
    connect(m_client, &QAbstractSocket::disconnected, this, &ProxySession::onClientReadable);

    if (m_admission == Admission::OverLimit) {
        m_context.refusedConnections.fetch_add(1, std::memory_order_relaxed);
        answer(503, tr("ProxyDeck's engine has reached its limit of %1 connections; try again shortly.")
                        .arg(m_context.config.limits.maxConnections));
        return;
    }
    if (!m_context.config.allowlist.allows(m_clientAddress)) {
        m_context.refusedConnections.fetch_add(1, std::memory_order_relaxed);
        answer(403, tr("%1 is not in this engine's client allowlist.").arg(m_clientAddress.toString()));
        return;
    }
    setDeadline(m_context.config.limits.handshakeTimeoutMs);
    onClientReadable();
}

// ---- deadlines -----------------------------------------------------------------------------

void ProxySession::setDeadline(int fromNowMs)
{
    m_deadline = m_context.now() + fromNowMs;
}

void ProxySession::touch()
{
    if (m_phase == Phase::Tunnel || m_phase == Phase::Exchange)
        setDeadline(m_context.config.limits.idleTimeoutMs);
}

void ProxySession::checkDeadline(qint64 now)
{
    if (m_ended || now < m_deadline)
        return;
    switch (m_phase) {
    case Phase::Head:
        if (m_clientIn.isEmpty() && m_request) // kept alive between requests, then idle
            end();
        else
            answer(408, tr("The request head did not arrive within %1 s.")
                            .arg(m_context.config.limits.handshakeTimeoutMs / 1000.0));
        return;
    case Phase::Connecting:
        fail(504, tr("%1 did not answer within %2 s.")
                      .arg(m_viaUpstream ? tr("The upstream proxy %1").arg(hostPort(m_hopHost, m_hopPort))
                                         : hostPort(m_hopHost, m_hopPort))
                      .arg(m_context.config.limits.connectTimeoutMs / 1000.0));
        return;
    case Phase::Exchange:
        if (!m_responseHeadSent) {
            fail(504, tr("No response from %1 within %2 s.")
                          .arg(hostPort(m_hopHost, m_hopPort))
                          .arg(m_context.config.limits.idleTimeoutMs / 1000.0));
            return;
        }
        finishRecord(TunnelRecord::State::Failed, tr("idle for %1 s").arg(m_context.config.limits.idleTimeoutMs / 1000));
        end();
        return;
    case Phase::Tunnel:
        finishRecord(TunnelRecord::State::Closed, tr("closed after %1 s without traffic")
                                                      .arg(m_context.config.limits.idleTimeoutMs / 1000));
        end();
        return;
    case Phase::Closing:
        end();
        return;
    }
}

void ProxySession::drain()
{
    m_draining = true;
    if (m_phase == Phase::Head && m_clientIn.isEmpty())
        end();
}

// ---- sockets -------------------------------------------------------------------------------

QAbstractSocket *ProxySession::socket(Side side) const
{
    return side == Side::Client ? static_cast<QAbstractSocket *>(m_client) : m_server;
}

bool ProxySession::hasRoom(Side side) const
{
    const QAbstractSocket *s = socket(side);
    return s && s->bytesToWrite() < m_context.config.limits.relayHighWater;
}

qint64 ProxySession::writeTo(Side side, const char *data, qint64 size)
{
    QAbstractSocket *s = socket(side);
    if (!s || size <= 0)
        return 0;
    return s->write(data, size);
}

bool ProxySession::pump(Side from, qint64 limit, qint64 *moved)
{
    QAbstractSocket *source = socket(from);
    const Side to = from == Side::Client ? Side::Server : Side::Client;
    *moved = 0;
    if (!source)
        return false;
    while (hasRoom(to) && limit != 0) {
        qint64 want = m_worker->scratchSize();
        if (limit > 0)
            want = std::min(want, limit);
        const qint64 n = source->read(m_worker->scratch(), want);
        if (n < 0)
            return false;
        if (n == 0) {
            // An unbuffered socket says "closed" by read() < 0; a TLS socket, which buffers,
            // by leaving the connected state with nothing left to read.
            return source->state() == QAbstractSocket::ConnectedState || source->bytesAvailable() > 0;
        }
        writeTo(to, m_worker->scratch(), n);
        *moved += n;
        if (limit > 0)
            limit -= n;
    }
    return true;
}

void ProxySession::onClientReadable()
{
    if (m_ended)
        return;
    switch (m_phase) {
    case Phase::Head:
        readHead();
        break;
    case Phase::Exchange:
        // Once the request is whole, the client's next bytes wait in the kernel until this
        // exchange is done; but a client that has gone must not leave the engine fetching a
        // response for nobody, or waiting for one until the idle timeout. A close counts as gone,
        // as with Squid's default (half_closed_clients off).
        if (m_requestDone && clientHasGone()) {
            finishRecord(TunnelRecord::State::Failed, tr("the client closed the connection"));
            end();
        } else {
            relayRequestBody();
        }
        break;
    case Phase::Tunnel:
        relayTunnel();
        break;
    case Phase::Connecting:
        // Leave the bytes in the kernel until there is somewhere to send them; notice a client
        // that has gone, so its connection attempt is not left running.
        if (m_client->state() != QAbstractSocket::ConnectedState) {
            finishRecord(TunnelRecord::State::Failed, tr("the client closed the connection"));
            end();
        }
        break;
    case Phase::Closing:
        if (m_client->state() != QAbstractSocket::ConnectedState) {
            end();
            return;
        }
        // Discard what a refused client still sends, so its close is not a reset that could
        // destroy the answer before it is read (RFC 9112 §9.6).
        while (m_client->read(m_worker->scratch(), m_worker->scratchSize()) > 0) {
        }
        break;
    }
}

void ProxySession::onClientWritten()
{
    if (m_ended)
        return;
    if (m_phase == Phase::Closing) {
        if (m_client->bytesToWrite() == 0)
            closeWhenFlushed();
        return;
    }
    if (m_phase == Phase::Tunnel)
        relayTunnel();
    else if (m_phase == Phase::Exchange && m_responseHeadSent)
        relayResponseBody();
}

void ProxySession::onServerWritten()
{
    if (m_ended)
        return;
    if (m_phase == Phase::Tunnel)
        relayTunnel();
    else if (m_phase == Phase::Exchange)
        relayRequestBody();
}

void ProxySession::onServerReadable()
{
    if (m_ended || !m_server)
        return;
    switch (m_phase) {
    case Phase::Exchange:
        if (m_responseHeadSent)
            relayResponseBody();
        else
            readResponse();
        break;
    case Phase::Tunnel:
        relayTunnel();
        break;
    case Phase::Head:
        // An idle kept-alive server connection that closes or sends something unasked is
        // simply dropped; the next request opens a new one.
        if (m_server->read(m_worker->scratch(), 1) != 0)
            dropServer();
        break;
    case Phase::Connecting:
    case Phase::Closing:
        break;
    }
}

bool ProxySession::clientHasGone() const
{
    char byte = 0;
    const ssize_t n = ::recv(int(m_client->socketDescriptor()), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR);
}

// ---- request heads -------------------------------------------------------------------------

void ProxySession::readHead()
{
    const HttpHeadLimits &limits = m_context.config.limits.head;
    // Read only as much as a head may take: what is beyond it stays in the kernel for later.
    while (true) {
        const qsizetype room = limits.maxHeadBytes + 1 - m_clientIn.size();
        qint64 n = 0;
        if (room > 0) {
            const qsizetype old = m_clientIn.size();
            m_clientIn.resize(old + std::min<qsizetype>(room, 16 * 1024));
            n = m_client->read(m_clientIn.data() + old, m_clientIn.size() - old);
            m_clientIn.resize(old + std::max<qint64>(n, 0));
            if (n < 0) {
                end();
                return;
            }
        }
        if (m_clientIn.isEmpty())
            return;

        auto result = HttpRequestHead::parse(m_clientIn, limits, &m_clientProgress);
        if (result.needsMore()) {
            if (n == 0)
                return; // nothing more for now; readyRead comes back with the rest
            continue;
        }
        if (result.isError()) {
            const HttpError &error = result.error();
            answer(error.status, error.toString());
            return;
        }
        HttpRequestHead head = std::move(result).head();
        m_clientIn.remove(0, head.size());
        handleRequest(std::move(head));
        return;
    }
}

void ProxySession::handleRequest(HttpRequestHead head)
{
    m_clientKeepAlive = head.keepAlive() && !m_draining;
    const EngineConfig &config = m_context.config;

    if (head.targetForm() == HttpRequestHead::TargetForm::Origin) {
        m_request = std::move(head);
        answerStatus(*m_request);
        return;
    }
    if (head.targetForm() == HttpRequestHead::TargetForm::Asterisk) {
        answer(501, tr("ProxyDeck's engine does not answer OPTIONS *."));
        return;
    }
    if (head.isConnect()) {
        if (!config.connectPorts.contains(head.port())) {
            answer(403, tr("CONNECT to port %1 is not allowed by this engine (allowed: %2).")
                            .arg(head.port())
                            .arg(config.connectPorts.toString()));
            return;
        }
        m_tunnelRequested = true;
    } else if (head.scheme() == "https" || head.scheme() == "wss") {
        answer(400, tr("Send %1:// URLs through CONNECT: set this engine as the proxy for HTTPS too.")
                        .arg(QString::fromLatin1(head.scheme())));
        return;
    } else {
        m_tunnelRequested = false;
    }

    // The route: the same resolver as the Connections and Rules pages.
    RouteTarget target;
    target.scheme = head.isConnect() ? QStringLiteral("https") : QString::fromLatin1(head.scheme());
    if (target.scheme == u"ws")
        target.scheme = QStringLiteral("http");
    target.host = QString::fromLatin1(head.host()).toLower();
    if (target.host.endsWith(u'.'))
        target.host.chop(1);
    target.port = head.port();
    target.explicitPort = head.hasExplicitPort();
    if (head.hostIsIpv6() || (!target.host.isEmpty() && target.host.front().isDigit()))
        target.address = QHostAddress(target.host);

    chooseHops(target);
    takeNextHop();

    const bool webSocket = head.isWebSocketUpgrade();
    // A WebSocket through an upstream goes in a CONNECT tunnel, as browsers send it: many
    // proxies do not pass Upgrade on absolute-form requests.
    if (webSocket && m_viaUpstream)
        m_tunnelRequested = true;

    const QString hostName = QString::fromLatin1(head.host());
    if (head.isConnect())
        beginRecord(TunnelRecord::Kind::Tunnel, hostPort(hostName, head.port()), head.method());
    else
        beginRecord(webSocket ? TunnelRecord::Kind::WebSocket : TunnelRecord::Kind::Request, targetForRecord(head),
                    head.method());
    m_request = std::move(head);

    m_requestDone = false;
    m_nextAuthorization.clear();
    m_requestLeft = 0;
    m_requestChunks.reset();
    if (m_request->framing() == BodyFraming::ContentLength)
        m_requestLeft = m_request->contentLength();
    else if (m_request->framing() == BodyFraming::Chunked)
        m_requestChunks.emplace();
    m_requestDone = m_request->framing() == BodyFraming::None || (m_requestLeft == 0 && !m_requestChunks);
    m_responseHeadSent = false;
    m_responseDone = false;
    m_serverProgress = {};

    startHop();
}

void ProxySession::answerStatus(const HttpRequestHead &head)
{
    QByteArrayView path = head.path();
    const qsizetype query = path.indexOf('?');
    if (query >= 0)
        path = path.first(query);
    if (path != "/status") {
        answer(404, tr("This is ProxyDeck's proxy engine: set it as your HTTP and HTTPS proxy. GET /status shows "
                       "its state."),
               m_clientKeepAlive);
        return;
    }
    if (head.method() != "GET" && head.method() != "HEAD") {
        answer(405, tr("/status answers GET and HEAD only."), m_clientKeepAlive, "Allow: GET, HEAD\r\n");
        return;
    }
    const QByteArray body = QJsonDocument(m_context.status()).toJson(QJsonDocument::Indented);
    QByteArray out = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nCache-Control: no-store\r\n"
                     "Content-Length: ";
    HttpSyntax::appendDecimal(out, body.size());
    out += m_clientKeepAlive ? "\r\n\r\n" : "\r\nConnection: close\r\n\r\n";
    if (head.method() == "GET")
        out += body;
    m_client->write(out);
    if (m_clientKeepAlive) {
        setDeadline(m_context.config.limits.idleTimeoutMs);
        if (!m_clientIn.isEmpty())
            QMetaObject::invokeMethod(this, &ProxySession::onClientReadable, Qt::QueuedConnection);
    } else {
        closeWhenFlushed();
    }
}

// ---- next hop ------------------------------------------------------------------------------

void ProxySession::chooseHops(const RouteTarget &target)
{
    const EngineConfig &config = m_context.config;
    m_hops.clear();
    m_hopTried.clear();
    const RouteResolver::Rule *rule = nullptr;
    if ((config.upstream.isSet() || config.isAutomatic()) && config.routes)
        rule = config.routes->bypassRule(target);
    if (rule) {
        m_hops.append(std::nullopt);
        m_routeLabel = tr("direct (NO_PROXY %1)").arg(rule->entry.text);
        return;
    }
    if (!config.isAutomatic()) {
        m_hops.append(config.upstream.isSet() ? std::optional(config.upstream) : std::nullopt);
        m_routeLabel = config.upstream.isSet() ? QStringLiteral("upstream") : QStringLiteral("direct");
        return;
    }
    // A PAC that fails goes direct, as browsers do; the record says why.
    auto pac = m_worker->pac();
    auto answer = pac ? pac.value()->resolve(QUrl(target.toUrlString())) : Result<QList<PacProxy>>(pac.error());
    if (!answer) {
        m_hops.append(std::nullopt);
        m_routeLabel = tr("direct (PAC failed: %1)").arg(answer.error().message);
        return;
    }
    QStringList words;
    for (const PacProxy &proxy : answer.value()) {
        words.append(proxy.toString());
        if (proxy.type == PacProxy::Type::Direct) {
            m_hops.append(std::nullopt);
        } else if (proxy.type == PacProxy::Type::Proxy || proxy.type == PacProxy::Type::Https) {
            UpstreamProxy upstream = config.upstream; // the profile's user and authorization
            upstream.scheme = proxy.type == PacProxy::Type::Https ? QStringLiteral("https") : QStringLiteral("http");
            upstream.host = proxy.host;
            upstream.port = proxy.port;
            m_hops.append(upstream);
        } // SOCKS: the engine speaks HTTP to proxies only; the next entry is tried
    }
    m_routeLabel = QStringLiteral("PAC: ") + words.join(QStringLiteral("; "));
    if (m_hops.isEmpty()) {
        m_hops.append(std::nullopt);
        m_routeLabel += tr(" (no HTTP proxy in the answer: direct)");
    }
}

bool ProxySession::takeNextHop()
{
    if (m_hops.isEmpty())
        return false;
    const std::optional<UpstreamProxy> next = m_hops.takeFirst();
    m_viaUpstream = next.has_value();
    m_upstream = next.value_or(UpstreamProxy{});
    if (m_request) // a fall-over: a WebSocket tunnels through a proxy, not when direct
        m_tunnelRequested = m_request->isConnect() || (m_request->isWebSocketUpgrade() && m_viaUpstream);
    return true;
}

void ProxySession::startHop()
{
    const UpstreamProxy &upstream = m_upstream;
    const QString host = m_viaUpstream ? upstream.host : QString::fromLatin1(m_request->host());
    const quint16 port = m_viaUpstream ? upstream.port : m_request->port();
    const QString key = (m_viaUpstream ? QStringLiteral("upstream ") : QStringLiteral("direct ")) + hostPort(host, port);

    // Reuse an idle server connection to the same hop for plain requests; a tunnel always gets
    // its own (the upstream's CONNECT answer belongs to one tunnel).
    if (m_server && key == m_hopKey && !m_tunnelRequested && m_server->state() == QAbstractSocket::ConnectedState) {
        m_phase = Phase::Exchange;
        setDeadline(m_context.config.limits.idleTimeoutMs);
        sendRequest();
        return;
    }
    dropServer();
    m_hopHost = host;
    m_hopPort = port;
    m_hopKey = key;
    m_phase = Phase::Connecting;
    setDeadline(m_context.config.limits.connectTimeoutMs);

    NextHop::Request request;
    request.viaUpstream = m_viaUpstream;
    request.upstreamTls = m_viaUpstream && upstream.usesTls();
    request.host = host;
    request.port = port;
    request.tunnel = m_tunnelRequested;
    request.authority = hostPort(QString::fromLatin1(m_request->host()), m_request->port());
    // No credentials of our own and the client's: those are meant for the upstream.
    request.authenticate = engineAuthenticates();
    request.credentials = upstream.credentials();
    request.proxyAuthorization = request.authenticate ? upstream.authorization
                                                      : m_request->headers().value("proxy-authorization").toByteArray();
    m_hop = new NextHop(*m_worker, this);
    connect(m_hop, &NextHop::ready, this, &ProxySession::onHopReady);
    connect(m_hop, &NextHop::failed, this, &ProxySession::onHopFailed);
    m_hop->open(request);
}

void ProxySession::onHopReady()
{
    if (m_ended || !m_hop)
        return;
    // A new connection starts unauthenticated, unless it carries on a handshake whose proxy closed
    // the last one (m_nextAuthorization set).
    m_upstreamAuthenticated = false;
    if (m_nextAuthorization.isEmpty())
        m_upstreamAuth.reset();
    m_server = m_hop->takeSocket(this);
    const QByteArray leftover = m_hop->takeLeftover();
    releaseHop();
    connect(m_server, &QIODevice::readyRead, this, &ProxySession::onServerReadable);
    connect(m_server, &QIODevice::bytesWritten, this, &ProxySession::onServerWritten);
    // Resets and closes while relaying surface as a read that fails or finds the end.
    connect(m_server, &QAbstractSocket::disconnected, this, &ProxySession::onServerReadable);
    connect(m_server, &QAbstractSocket::errorOccurred, this, &ProxySession::onServerReadable);
    if (m_tunnelRequested) {
        beginTunnel(leftover);
        return;
    }
    m_phase = Phase::Exchange;
    setDeadline(m_context.config.limits.idleTimeoutMs);
    sendRequest();
}

void ProxySession::onHopFailed(int status, const QString &reason, const QByteArray &extraHeaders)
{
    if (m_ended)
        return;
    const bool unreachable = m_hop && !m_hop->reached();
    releaseHop();
    // An automatic profile's next choice, when this one could not even be reached.
    if (unreachable && !m_hops.isEmpty()) {
        m_hopTried += reason + QStringLiteral("; ");
        takeNextHop();
        startHop();
        return;
    }
    answer(status, m_hopTried + reason, false, extraHeaders);
}

void ProxySession::releaseHop()
{
    if (!m_hop)
        return;
    m_hop->disconnect(this);
    m_hop->deleteLater(); // it may be emitting right now
    m_hop = nullptr;
}

// ---- tunnels -------------------------------------------------------------------------------

void ProxySession::beginTunnel(QByteArray fromServer)
{
    m_phase = Phase::Tunnel;
    m_record.state = TunnelRecord::State::Open;
    m_dirty = true;
    m_worker->markDirty(this);
    if (!m_countedTunnel) {
        m_countedTunnel = true;
        m_context.activeTunnels.fetch_add(1, std::memory_order_relaxed);
    }
    setDeadline(m_context.config.limits.idleTimeoutMs);
    if (m_request->isConnect()) {
        m_record.status = 200;
        m_client->write("HTTP/1.1 200 Connection established\r\n\r\n");
    } else {
        // A WebSocket through the upstream's tunnel: now send the handshake itself.
        HttpForwardOptions options;
        options.targetForm = HttpForwardOptions::TargetForm::Origin;
        options.passUpgrade = true;
        m_server->write(m_request->serialize(options));
        m_record.status = 101;
    }
    m_client->write(fromServer);
    m_server->write(m_clientIn);
    account(m_clientIn.size(), fromServer.size());
    m_clientIn.clear();
    m_clientIn.squeeze();
    m_serverIn = QByteArray();
    relayTunnel();
}

void ProxySession::relayTunnel()
{
    if (m_ended || m_phase != Phase::Tunnel)
        return;
    qint64 up = 0;
    qint64 down = 0;
    if (!m_clientEnded && !pump(Side::Client, -1, &up))
        m_clientEnded = true;
    if (m_ended || !m_server)
        return; // a write error closed the other side while relaying
    if (!m_serverEnded && !pump(Side::Server, -1, &down))
        m_serverEnded = true;
    if (m_ended || !m_server)
        return;
    account(up, down);
    // One side's end ends the tunnel, once what it sent has been handed on: neither HTTP
    // clients nor Qt sockets half-close.
    if (m_serverEnded) {
        finishRecord(TunnelRecord::State::Closed);
        dropServer();
        closeWhenFlushed();
    } else if (m_clientEnded) {
        finishRecord(TunnelRecord::State::Closed);
        releaseServerAfterFlush();
        end();
    }
}

// ---- answers and records -------------------------------------------------------------------

void ProxySession::answer(int status, const QString &reason, bool keepAlive, const QByteArray &extraHeaders)
{
    const QByteArray body = reason.toUtf8() + '\n';
    QByteArray out = "HTTP/1.1 ";
    HttpSyntax::appendDecimal(out, status);
    out += ' ' + reasonPhrase(status) + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ";
    HttpSyntax::appendDecimal(out, body.size());
    out += "\r\n" + extraHeaders;
    out += keepAlive ? "\r\n" : "Connection: close\r\n\r\n";
    out += body;
    m_client->write(out);
    if (m_recordOpen) {
        m_record.status = status;
        finishRecord(status >= 400 ? TunnelRecord::State::Failed : TunnelRecord::State::Closed,
                     status >= 400 ? reason : QString());
    }
    if (keepAlive) {
        m_phase = Phase::Head;
        m_clientProgress = {};
        setDeadline(m_context.config.limits.idleTimeoutMs);
        if (!m_clientIn.isEmpty())
            QMetaObject::invokeMethod(this, &ProxySession::onClientReadable, Qt::QueuedConnection);
        return;
    }
    closeWhenFlushed();
}

void ProxySession::fail(int status, const QString &reason)
{
    dropServer();
    if (m_responseHeadSent || m_phase == Phase::Tunnel) {
        finishRecord(TunnelRecord::State::Failed, reason);
        closeWhenFlushed();
        return;
    }
    answer(status, reason);
}

void ProxySession::account(qint64 up, qint64 down)
{
    if (up == 0 && down == 0)
        return;
    m_record.bytesUp += up;
    m_record.bytesDown += down;
    m_context.bytesUp.fetch_add(up, std::memory_order_relaxed);
    m_context.bytesDown.fetch_add(down, std::memory_order_relaxed);
    if (!m_dirty) {
        m_dirty = true;
        m_worker->markDirty(this);
    }
    touch();
}

void ProxySession::beginRecord(TunnelRecord::Kind kind, const QString &target, QByteArrayView method)
{
    m_record = TunnelRecord{};
    m_record.id = m_context.nextRecordId.fetch_add(1, std::memory_order_relaxed);
    m_record.kind = kind;
    m_record.client = m_clientName;
    m_record.target = target;
    m_record.method = QString::fromLatin1(method);
    m_record.route = m_routeLabel;
    m_record.startMs = QDateTime::currentMSecsSinceEpoch();
    m_recordOpen = true;
    m_context.totalRecords.fetch_add(1, std::memory_order_relaxed);
    m_dirty = true;
    m_worker->markDirty(this);
}

void ProxySession::finishRecord(TunnelRecord::State state, const QString &error)
{
    if (!m_recordOpen)
        return;
    m_recordOpen = false;
    m_record.state = state;
    m_record.error = error;
    m_record.endMs = QDateTime::currentMSecsSinceEpoch();
    if (state == TunnelRecord::State::Failed)
        m_context.failedRecords.fetch_add(1, std::memory_order_relaxed);
    if (m_countedTunnel) {
        m_countedTunnel = false;
        m_context.activeTunnels.fetch_sub(1, std::memory_order_relaxed);
    }
    m_dirty = false;
    m_worker->publishFinal(m_record);
}

void ProxySession::closeWhenFlushed()
{
    m_phase = Phase::Closing;
    if (!m_client || m_client->state() != QAbstractSocket::ConnectedState || m_client->bytesToWrite() == 0) {
        // Nothing is queued in Qt; the kernel still sends what it has before the FIN. A
        // shutdown of our side first lets the client read the answer before it sees the end.
        if (m_client && m_client->state() == QAbstractSocket::ConnectedState)
            ::shutdown(int(m_client->socketDescriptor()), SHUT_WR);
        setDeadline(std::min(ClosingGraceMs, 1000));
        // Keep reading (and discarding) briefly so a client still sending does not get a reset.
        onClientReadable();
        return;
    }
    setDeadline(ClosingGraceMs);
}

void ProxySession::releaseServerAfterFlush()
{
    if (!m_server)
        return;
    if (m_server->bytesToWrite() == 0 || m_server->state() != QAbstractSocket::ConnectedState) {
        dropServer();
        return;
    }
    // What the client sent last still goes out; the socket then deletes itself.
    QAbstractSocket *server = m_server;
    server->disconnect(this);
    server->setParent(nullptr);
    connect(server, &QAbstractSocket::disconnected, server, &QObject::deleteLater);
    QTimer::singleShot(ClosingGraceMs, server, &QObject::deleteLater);
    server->disconnectFromHost();
    m_server = nullptr;
}

void ProxySession::dropServer()
{
    // The authenticator stays for a handshake that goes on over a new connection; onHopReady
    // drops it for any other.
    m_upstreamAuthenticated = false;
    m_authDiscarding = false;
    m_authProbe = false;
    releaseHop();
    if (!m_server)
        return;
    m_server->disconnect(this);
    m_server->abort();
    m_server->deleteLater();
    m_server = nullptr;
    m_serverIn.clear();
    m_serverEnded = false;
}

void ProxySession::end()
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_recordOpen)
        finishRecord(TunnelRecord::State::Closed);
    dropServer();
    m_client->disconnect(this);
    m_client->abort();
    m_context.activeConnections.fetch_sub(1, std::memory_order_relaxed);
    m_worker->sessionEnded(this);
}
