#include "proxysession.h"

#include "enginecontext.h"
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

QString hostPort(const QString &host, quint16 port)
{
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

// The head of a request sent without its body: Content-Length 0 in place of its framing, no Expect.
QByteArray withoutBody(const QByteArray &head)
{
    QByteArray out;
    bool first = true;
    for (const QByteArray &piece : head.split('\n')) {
        const QByteArrayView line = QByteArrayView(piece).chopped(piece.endsWith('\r') ? 1 : 0);
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView name = first || colon < 0 ? QByteArrayView() : line.first(colon);
        first = false;
        if (HttpSyntax::equalsIgnoringCase(name, "content-length") || HttpSyntax::equalsIgnoringCase(name, "expect")
            || HttpSyntax::equalsIgnoringCase(name, "transfer-encoding")) {
            continue;
        }
        out += line;
        out += "\r\n";
    }
    return out + "Content-Length: 0\r\n\r\n";
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
        relayRequestBody();
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

// ---- HTTP exchanges ------------------------------------------------------------------------

void ProxySession::sendRequest()
{
    HttpForwardOptions options;
    options.targetForm = m_viaUpstream ? HttpForwardOptions::TargetForm::Absolute : HttpForwardOptions::TargetForm::Origin;
    options.persistence = HttpForwardOptions::Persistence::KeepAlive;
    options.passUpgrade = m_request->isWebSocketUpgrade();
    if (m_viaUpstream) {
        QByteArray authorization;
        if (!engineAuthenticates()) {
            authorization = m_request->headers().value("proxy-authorization").toByteArray();
        } else if (!m_nextAuthorization.isEmpty()) {
            authorization = std::exchange(m_nextAuthorization, {});
        } else if (!m_upstreamAuth) {
            m_upstreamAuth = std::make_unique<ProxyAuthenticator>(m_upstream.credentials());
            authorization = m_upstreamAuth->initial();
        } else if (m_upstreamAuth->scheme() == AuthChallenge::Scheme::Basic) {
            authorization = m_upstream.authorization;
        } // else NTLM or Negotiate: the proxy has authenticated this connection
        if (!authorization.isEmpty())
            options.extraFields.append({"Proxy-Authorization", authorization});
        // NTLM's first leg cannot succeed, so the body waits for the AUTHENTICATE leg.
        m_authProbe = !authorization.isEmpty() && !m_requestDone && m_upstreamAuth
            && m_upstreamAuth->awaitsChallenge() && engineAuthenticates();
    }
    if (m_authProbe) {
        options.keepTransferEncoding = false;
        m_server->write(withoutBody(m_request->serialize(options)));
    } else {
        m_server->write(m_request->serialize(options));
    }
    m_serverIn.clear();
    m_serverProgress = {};
    // The request is on its way: the record is open until the response has gone to the client.
    m_record.state = TunnelRecord::State::Open;
    if (!m_dirty) {
        m_dirty = true;
        m_worker->markDirty(this);
    }
    relayRequestBody();
    if (!m_ended && m_phase == Phase::Exchange && m_server->bytesAvailable() > 0)
        readResponse();
}

void ProxySession::relayRequestBody()
{
    if (m_ended || m_phase != Phase::Exchange || m_authProbe)
        return;
    if (m_requestDone) {
        // Half-close detection only: the next request waits until this exchange is done.
        return;
    }
    qint64 moved = 0;
    // First what came with the head.
    if (!m_clientIn.isEmpty()) {
        qsizetype take = 0;
        if (m_requestChunks) {
            const auto step = m_requestChunks->feed(m_clientIn);
            take = step.consumed;
            if (step.status == ChunkedDecoder::Status::Failed) {
                fail(m_requestChunks->error().status, m_requestChunks->error().toString());
                return;
            }
            m_requestDone = step.status == ChunkedDecoder::Status::Finished;
        } else {
            take = qsizetype(std::min<qint64>(m_requestLeft, m_clientIn.size()));
            m_requestLeft -= take;
            m_requestDone = m_requestLeft == 0;
        }
        m_server->write(m_clientIn.constData(), take);
        moved += take;
        m_clientIn.remove(0, take);
    }
    while (!m_requestDone && hasRoom(Side::Server)) {
        const qint64 want = m_requestChunks ? m_worker->scratchSize()
                                            : std::min<qint64>(m_requestLeft, m_worker->scratchSize());
        const qint64 n = m_client->read(m_worker->scratch(), want);
        if (n < 0) {
            finishRecord(TunnelRecord::State::Failed, tr("the client closed the connection during the request body"));
            end();
            return;
        }
        if (n == 0)
            break;
        qint64 take = n;
        if (m_requestChunks) {
            const auto step = m_requestChunks->feed(QByteArrayView(m_worker->scratch(), n));
            take = step.consumed;
            if (step.status == ChunkedDecoder::Status::Failed) {
                m_server->write(m_worker->scratch(), take);
                fail(m_requestChunks->error().status, m_requestChunks->error().toString());
                return;
            }
            m_requestDone = step.status == ChunkedDecoder::Status::Finished;
            if (m_requestDone && take < n) // the next request, pipelined
                m_clientIn.append(m_worker->scratch() + take, n - take);
        } else {
            m_requestLeft -= n;
            m_requestDone = m_requestLeft == 0;
        }
        m_server->write(m_worker->scratch(), take);
        moved += take;
    }
    account(moved, 0);
    if (m_requestDone && m_responseDone)
        exchangeDone();
}

bool ProxySession::engineAuthenticates() const
{
    return m_viaUpstream
        && (!m_upstream.authorization.isEmpty() || m_request->headers().value("proxy-authorization").isNull());
}

bool ProxySession::answerUpstreamChallenge(const HttpResponseHead &head, bool bodyHeld)
{
    if (m_upstreamAuthenticated || !m_upstreamAuth) {
        // The proxy asks again on a connection it had accepted (its credentials cache expired):
        // a new handshake.
        m_upstreamAuthenticated = false;
        m_upstreamAuth = std::make_unique<ProxyAuthenticator>(m_upstream.credentials());
    }
    const QList<AuthChallenge> challenges = ProxyAuthenticate::parseFields(head.headers());
    QByteArray extra;
    for (qsizetype i = 0; i < head.headers().size(); ++i) {
        if (HttpSyntax::equalsIgnoringCase(head.headers().nameAt(i), "proxy-authenticate"))
            extra += "Proxy-Authenticate: " + head.headers().valueAt(i).toByteArray() + "\r\n";
    }
    const ProxyAuthenticator::Answer next = m_upstreamAuth->answer(challenges);
    switch (next.kind) {
    case ProxyAuthenticator::Answer::Kind::Send:
        if (m_request->framing() != BodyFraming::None && !bodyHeld) {
            // The body has gone to the proxy with the refused request, and is not kept to be sent again.
            dropServer();
            answer(407, tr("the upstream proxy %1 asks for %2 authentication, which sends a request more than once; "
                           "the engine does not repeat a request with a body: send it again")
                            .arg(hostPort(m_hopHost, m_hopPort), AuthChallenge::schemeLabel(m_upstreamAuth->scheme())),
                   false, extra);
            return true;
        }
        m_nextAuthorization = next.authorization;
        m_serverIn.remove(0, head.size());
        m_authDiscardChunks.reset();
        m_authDiscardLeft = 0;
        m_authReconnect = !head.keepAlive() || head.framing() == BodyFraming::UntilClose;
        if (head.framing() == BodyFraming::ContentLength) {
            m_authDiscardLeft = head.contentLength();
        } else if (head.framing() == BodyFraming::Chunked) {
            m_authDiscardChunks.emplace();
            m_authDiscardLeft = 1; // until the decoder says the body has ended
        }
        m_authDiscarding = head.framing() != BodyFraming::UntilClose;
        continueAuthRetry();
        return true;
    case ProxyAuthenticator::Answer::Kind::Rejected:
        if (m_upstreamAuth->scheme() == AuthChallenge::Scheme::Basic) {
            fail(502, tr("upstream proxy rejected the credentials of “%1” (407): check the password in ProxyDeck")
                          .arg(m_upstream.user));
        } else {
            dropServer();
            answer(407, tr("could not authenticate to the upstream proxy %1: %2")
                            .arg(hostPort(m_hopHost, m_hopPort), next.reason),
                   false, extra);
        }
        return true;
    case ProxyAuthenticator::Answer::Kind::Unusable:
        // A Basic-only challenge goes to the client as it is, as before; for Negotiate and NTLM
        // the engine says what it is missing (no ticket, no user).
        if (!ProxyAuthenticate::find(challenges, AuthChallenge::Scheme::Negotiate)
            && !ProxyAuthenticate::find(challenges, AuthChallenge::Scheme::Ntlm)) {
            return false;
        }
        dropServer();
        answer(407, tr("could not authenticate to the upstream proxy %1: %2").arg(hostPort(m_hopHost, m_hopPort), next.reason),
               false, extra);
        return true;
    }
    return false;
}

void ProxySession::continueAuthRetry()
{
    auto consume = [this](QByteArrayView bytes) -> qsizetype {
        if (m_authDiscardChunks) {
            const ChunkedDecoder::Step step = m_authDiscardChunks->feed(bytes);
            if (step.status != ChunkedDecoder::Status::NeedMore)
                m_authDiscardLeft = 0;
            if (step.status == ChunkedDecoder::Status::Failed)
                m_authReconnect = true;
            return step.status == ChunkedDecoder::Status::Failed ? bytes.size() : step.consumed;
        }
        const qsizetype take = qsizetype(std::min<qint64>(m_authDiscardLeft, bytes.size()));
        m_authDiscardLeft -= take;
        return take;
    };
    if (m_authDiscarding) {
        if (!m_serverIn.isEmpty() && m_authDiscardLeft > 0)
            m_serverIn.remove(0, consume(m_serverIn));
        while (m_authDiscardLeft > 0) {
            const qint64 n = m_server->read(m_worker->scratch(), m_worker->scratchSize());
            if (n < 0 || (n == 0 && m_server->state() != QAbstractSocket::ConnectedState)) {
                m_authReconnect = true;
                break;
            }
            if (n == 0)
                return; // the rest comes with readyRead
            if (consume(QByteArrayView(m_worker->scratch(), n)) < n)
                m_authReconnect = true; // bytes after the body, unasked: not this connection's to keep
        }
        m_authDiscarding = false;
    }
    if (m_authReconnect || !m_serverIn.isEmpty()) {
        // The proxy closes after its 407: the handshake goes on over a new connection (which only a
        // first leg survives with NTLM; the next 407 then says so).
        m_authReconnect = false;
        dropServer();
        startHop();
        return;
    }
    sendRequest();
}

void ProxySession::readResponse()
{
    if (m_authDiscarding) {
        continueAuthRetry();
        return;
    }
    const HttpHeadLimits &limits = m_context.config.limits.head;
    while (!m_ended && !m_responseHeadSent) {
        const qint64 room = limits.maxHeadBytes + 1 - m_serverIn.size();
        bool closed = false;
        if (room > 0) {
            const qsizetype old = m_serverIn.size();
            m_serverIn.resize(old + std::min<qint64>(room, 16 * 1024));
            const qint64 n = m_server->read(m_serverIn.data() + old, m_serverIn.size() - old);
            m_serverIn.resize(old + std::max<qint64>(n, 0));
            closed = n < 0 || (n == 0 && m_server->state() != QAbstractSocket::ConnectedState);
        }
        auto result = HttpResponseHead::parse(m_serverIn, m_request->method(), limits, &m_serverProgress);
        if (result.needsMore()) {
            if (closed) {
                fail(502, m_serverIn.isEmpty()
                              ? tr("%1 closed the connection without answering").arg(hostPort(m_hopHost, m_hopPort))
                              : tr("%1 closed the connection in the middle of its response head")
                                    .arg(hostPort(m_hopHost, m_hopPort)));
            }
            return;
        }
        if (result.isError()) {
            fail(502, tr("%1 sent a malformed response: %2").arg(hostPort(m_hopHost, m_hopPort), result.error().toString()));
            return;
        }
        const HttpResponseHead head = std::move(result).head();
        m_serverProgress = {};
        const int status = head.statusCode();
        if (m_authProbe && head.isInterim()) { // not the client's to see: its body is not asked for yet
            m_serverIn.remove(0, head.size());
            continue;
        }
        const bool bodyHeld = std::exchange(m_authProbe, false);
        if (bodyHeld && status != 407) {
            fail(502, tr("the upstream proxy %1 answered an NTLM NEGOTIATE alone with %2, not 407: the request was "
                         "not sent")
                          .arg(hostPort(m_hopHost, m_hopPort))
                          .arg(status));
            return;
        }
        if (status == 407 && engineAuthenticates() && answerUpstreamChallenge(head, bodyHeld))
            return;
        if (m_viaUpstream && m_upstreamAuth && status != 407 && !head.isInterim() && !m_upstreamAuthenticated) {
            m_upstreamAuth->succeeded();
            m_upstreamAuthenticated = true;
        }
        HttpForwardOptions options;
        if (head.isInterim()) {
            m_client->write(head.serialize(options));
            m_serverIn.remove(0, head.size());
            continue;
        }
        const bool upgrade = status == 101 && m_request->isWebSocketUpgrade();
        if (status == 101 && !upgrade) {
            fail(502, tr("%1 switched protocols without being asked to").arg(hostPort(m_hopHost, m_hopPort)));
            return;
        }
        m_responseFraming = head.framing();
        m_responseKeepAlive = head.keepAlive();
        options.passUpgrade = upgrade;
        const bool keep = m_clientKeepAlive && m_responseFraming != BodyFraming::UntilClose;
        options.persistence = upgrade ? HttpForwardOptions::Persistence::Unspecified
                                      : (keep ? HttpForwardOptions::Persistence::KeepAlive
                                              : HttpForwardOptions::Persistence::Close);
        m_clientKeepAlive = keep;
        m_client->write(head.serialize(options));
        m_responseHeadSent = true;
        m_record.status = status;
        m_serverIn.remove(0, head.size());

        if (upgrade) {
            m_record.kind = TunnelRecord::Kind::WebSocket;
            QByteArray rest = std::move(m_serverIn);
            m_serverIn.clear();
            m_phase = Phase::Tunnel;
            if (!m_countedTunnel) {
                m_countedTunnel = true;
                m_context.activeTunnels.fetch_add(1, std::memory_order_relaxed);
            }
            m_record.state = TunnelRecord::State::Open;
            m_dirty = true;
            m_worker->markDirty(this);
            m_client->write(rest);
            m_server->write(m_clientIn);
            account(m_clientIn.size(), rest.size());
            m_clientIn.clear();
            relayTunnel();
            return;
        }
        m_responseLeft = m_responseFraming == BodyFraming::ContentLength ? head.contentLength() : 0;
        m_responseChunks.reset();
        if (m_responseFraming == BodyFraming::Chunked)
            m_responseChunks.emplace();
        m_responseDone = m_responseFraming == BodyFraming::None
            || (m_responseFraming == BodyFraming::ContentLength && m_responseLeft == 0);
        relayResponseBody();
        return;
    }
}

void ProxySession::relayResponseBody()
{
    if (m_ended || m_phase != Phase::Exchange || !m_responseHeadSent)
        return;
    qint64 moved = 0;
    bool serverEnded = false;
    // Body bytes that arrived with the head.
    if (!m_serverIn.isEmpty() && !m_responseDone) {
        qsizetype take = m_serverIn.size();
        if (m_responseChunks) {
            const auto step = m_responseChunks->feed(m_serverIn);
            take = step.consumed;
            if (step.status == ChunkedDecoder::Status::Failed)
                serverEnded = true;
            m_responseDone = step.status == ChunkedDecoder::Status::Finished;
        } else if (m_responseFraming == BodyFraming::ContentLength) {
            take = qsizetype(std::min<qint64>(m_responseLeft, take));
            m_responseLeft -= take;
            m_responseDone = m_responseLeft == 0;
        }
        m_client->write(m_serverIn.constData(), take);
        moved += take;
        m_serverIn.clear(); // anything beyond the response is not ours to keep
    }
    while (!m_responseDone && !serverEnded && hasRoom(Side::Client)) {
        const qint64 want = m_responseFraming == BodyFraming::ContentLength
            ? std::min<qint64>(m_responseLeft, m_worker->scratchSize())
            : m_worker->scratchSize();
        const qint64 n = m_server->read(m_worker->scratch(), want);
        if (n < 0 || (n == 0 && m_server->state() != QAbstractSocket::ConnectedState && m_server->bytesAvailable() == 0)) {
            serverEnded = true;
            break;
        }
        if (n == 0)
            break;
        qint64 take = n;
        if (m_responseChunks) {
            const auto step = m_responseChunks->feed(QByteArrayView(m_worker->scratch(), n));
            take = step.consumed;
            if (step.status == ChunkedDecoder::Status::Failed)
                serverEnded = true;
            m_responseDone = step.status == ChunkedDecoder::Status::Finished;
        } else if (m_responseFraming == BodyFraming::ContentLength) {
            m_responseLeft -= n;
            m_responseDone = m_responseLeft == 0;
        }
        m_client->write(m_worker->scratch(), take);
        moved += take;
    }
    account(0, moved);
    if (serverEnded && !m_responseDone) {
        if (m_responseFraming == BodyFraming::UntilClose) {
            m_responseDone = true;
            m_responseKeepAlive = false;
            m_clientKeepAlive = false;
        } else {
            // The head is gone to the client: all that is left is to cut the connection, so
            // the client sees a short body rather than a complete wrong one.
            finishRecord(TunnelRecord::State::Failed,
                         m_responseChunks && m_responseChunks->status() == ChunkedDecoder::Status::Failed
                             ? tr("bad chunked response: %1").arg(m_responseChunks->error().toString())
                             : tr("%1 closed the connection before the end of the response")
                                   .arg(hostPort(m_hopHost, m_hopPort)));
            dropServer();
            closeWhenFlushed();
            return;
        }
    }
    if (m_responseDone && m_requestDone)
        exchangeDone();
}

void ProxySession::exchangeDone()
{
    finishRecord(TunnelRecord::State::Closed);
    if (!m_responseKeepAlive)
        dropServer();
    if (!m_clientKeepAlive || m_draining) {
        closeWhenFlushed();
        return;
    }
    m_phase = Phase::Head;
    m_clientProgress = {};
    setDeadline(m_context.config.limits.idleTimeoutMs);
    // A pipelined request may already be here, or in the kernel.
    QMetaObject::invokeMethod(this, &ProxySession::onClientReadable, Qt::QueuedConnection);
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
