// ProxySession's HTTP exchanges: a plain request sent to the next hop (with the engine's
// authentication to the upstream, answered on the same connection), its body relayed, the
// response read and relayed back. The rest of the session is in proxysession.cpp.
#include "proxysession.h"

#include "enginecontext.h"
#include "engineworker.h"
#include "hostport.h"
#include "nexthop.h"
#include "proxyauthenticate.h"

#include <QTcpSocket>

namespace {

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

} // namespace

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
        // The next request waits until this exchange is done (onClientReadable notices a
        // client that goes meanwhile).
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
    // A write to a client that has reset fails: nothing more is fetched for it, and what did not
    // reach it is not counted.
    const auto clientLost = [this, &moved] {
        account(0, moved);
        finishRecord(TunnelRecord::State::Failed, tr("the client closed the connection"));
        end();
    };
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
        const bool written = m_client->write(m_serverIn.constData(), take) >= 0;
        m_serverIn.clear(); // anything beyond the response is not ours to keep
        if (!written) {
            clientLost();
            return;
        }
        moved += take;
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
        if (m_client->write(m_worker->scratch(), take) < 0) {
            clientLost();
            return;
        }
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

