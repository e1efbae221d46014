#include "nexthop.h"

#include "discardsocket.h"

#include "enginecontext.h"
#include "hostport.h"
#include "engineworker.h"
#include "httpresponsehead.h"
#include "proxyauthenticate.h"

#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>

namespace {
// Unbuffered, like the client side: no read buffer is kept per idle connection.
constexpr QIODevice::OpenMode RelayMode = QIODevice::ReadWrite | QIODevice::Unbuffered;
} // namespace

NextHop::NextHop(EngineWorker &worker, QObject *parent)
    : QObject(parent), m_worker(worker), m_context(worker.context())
{
}

NextHop::~NextHop()
{
    dropSocket();
}

QString NextHop::where() const
{
    return hostPort(m_request.host, m_request.port);
}

void NextHop::open(const Request &request)
{
    m_request = request;
    if (request.viaUpstream && request.tunnel && request.authenticate)
        m_auth = std::make_unique<ProxyAuthenticator>(request.credentials);
    QPointer<NextHop> self(this);
    m_worker.resolver().resolve(request.host, &m_worker, [self](const HostResolver::Answer &answer) {
        if (!self || self->m_finished)
            return;
        if (!answer.error.isEmpty()) {
            self->fail(502, self->m_request.viaUpstream
                                ? tr("could not resolve the upstream proxy %1 (%2)").arg(self->m_request.host, answer.error)
                                : tr("could not resolve %1 (%2)").arg(self->m_request.host, answer.error));
            return;
        }
        self->m_addresses = answer.addresses;
        self->connectNext();
    });
}

void NextHop::connectNext()
{
    if (m_finished)
        return;
    if (m_addresses.isEmpty()) {
        fail(502, m_request.viaUpstream ? tr("could not connect to the upstream proxy %1: %2").arg(where(), m_lastError)
                                        : tr("could not connect to %1: %2").arg(where(), m_lastError));
        return;
    }
    const QHostAddress address = m_addresses.takeFirst();
    m_address = address;
    dropSocket();
    const bool tls = m_request.viaUpstream && m_request.upstreamTls;
    if (tls) {
        auto *ssl = new QSslSocket(this);
        ssl->setSslConfiguration(m_context.upstreamTls);
        m_socket = ssl;
        connect(ssl, &QSslSocket::encrypted, this, &NextHop::onConnected);
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QAbstractSocket::connected, this, &NextHop::onConnected);
    }
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &NextHop::onError);
    connect(m_socket, &QIODevice::readyRead, this, &NextHop::readConnectAnswer);
    connect(m_socket, &QAbstractSocket::disconnected, this, &NextHop::readConnectAnswer);
    if (tls) // the name the certificate must carry is the upstream's, whatever address it has
        static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(address.toString(), m_request.port, m_request.host,
                                                                    QIODevice::ReadWrite);
    else
        m_socket->connectToHost(address, m_request.port, RelayMode);
}

void NextHop::onError()
{
    if (m_finished || !m_socket)
        return;
    if (m_handshaking) {
        readConnectAnswer(); // a close while waiting for the answer is said there
        return;
    }
    m_lastError = m_socket->errorString();
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket); ssl && !ssl->sslHandshakeErrors().isEmpty())
        m_lastError = tr("TLS: %1").arg(ssl->sslHandshakeErrors().constFirst().errorString());
    // A TLS failure is the same on every address of the upstream: say it now.
    if (m_socket->error() == QAbstractSocket::SslHandshakeFailedError)
        m_addresses.clear();
    QMetaObject::invokeMethod(this, &NextHop::connectNext, Qt::QueuedConnection);
}

void NextHop::onConnected()
{
    if (m_finished)
        return;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_reached = true;
    if (!(m_request.viaUpstream && m_request.tunnel)) {
        m_finished = true;
        Q_EMIT ready();
        return;
    }
    if (m_auth && !m_authStarted) {
        m_authStarted = true;
        m_authorization = m_auth->initial();
    }
    sendConnect();
}

void NextHop::sendConnect()
{
    QByteArray out = "CONNECT " + m_request.authority.toLatin1() + " HTTP/1.1\r\nHost: " + m_request.authority.toLatin1()
        + "\r\n";
    const QByteArray &authorization = m_auth ? m_authorization : m_request.proxyAuthorization;
    if (!authorization.isEmpty())
        out += "Proxy-Authorization: " + authorization + "\r\n";
    out += "\r\n";
    m_handshaking = true;
    m_socket->write(out);
}

void NextHop::reconnect()
{
    m_handshaking = false;
    m_discarding = false;
    m_in.clear();
    m_progress = {};
    m_addresses.prepend(m_address);
    connectNext();
}

void NextHop::discardBody()
{
    auto consume = [this](QByteArrayView bytes) -> qsizetype {
        if (m_discardChunks) {
            const ChunkedDecoder::Step step = m_discardChunks->feed(bytes);
            if (step.status != ChunkedDecoder::Status::NeedMore)
                m_discardLeft = 0;
            if (step.status == ChunkedDecoder::Status::Failed)
                m_reconnect = true;
            return step.status == ChunkedDecoder::Status::Failed ? bytes.size() : step.consumed;
        }
        const qsizetype take = qsizetype(std::min<qint64>(m_discardLeft, bytes.size()));
        m_discardLeft -= take;
        return take;
    };
    if (!m_in.isEmpty() && m_discardLeft > 0)
        m_in.remove(0, consume(m_in));
    while (m_discardLeft > 0) {
        const qint64 n = m_socket->read(m_worker.scratch(), m_worker.scratchSize());
        if (n < 0 || (n == 0 && m_socket->state() != QAbstractSocket::ConnectedState)) {
            m_reconnect = true;
            break;
        }
        if (n == 0)
            return; // the rest comes with readyRead
        const qsizetype used = consume(QByteArrayView(m_worker.scratch(), n));
        if (used < n) // the proxy sent something after the body, unasked: do not guess what
            m_reconnect = true;
    }
    m_discarding = false;
    if (m_reconnect || !m_in.isEmpty()) {
        reconnect();
        return;
    }
    sendConnect();
}

void NextHop::readConnectAnswer()
{
    if (m_finished || !m_handshaking || !m_socket)
        return;
    if (m_discarding) {
        discardBody();
        return;
    }
    const HttpHeadLimits &limits = m_context.config.limits.head;
    const qint64 room = limits.maxHeadBytes + 1 - m_in.size();
    bool closed = false;
    if (room > 0) {
        const qsizetype old = m_in.size();
        m_in.resize(old + room);
        const qint64 n = m_socket->read(m_in.data() + old, room);
        m_in.resize(old + std::max<qint64>(n, 0));
        closed = n < 0 || (n == 0 && m_socket->state() != QAbstractSocket::ConnectedState);
        if (closed && m_in.isEmpty()) {
            fail(502, tr("the upstream proxy closed the connection instead of answering CONNECT"));
            return;
        }
    }
    auto result = HttpResponseHead::parse(m_in, "CONNECT", limits, &m_progress);
    if (result.needsMore()) {
        if (closed)
            fail(502, tr("the upstream proxy closed the connection in the middle of its answer to CONNECT"));
        return;
    }
    if (result.isError()) {
        fail(502, tr("the upstream proxy answered CONNECT with a malformed response: %1").arg(result.error().toString()));
        return;
    }
    const HttpResponseHead head = std::move(result).head();
    if (head.isInterim()) {
        m_in.remove(0, head.size());
        m_progress = {};
        readConnectAnswer();
        return;
    }
    const int status = head.statusCode();
    if (status >= 200 && status < 300) {
        if (m_auth)
            m_auth->succeeded();
        m_in.remove(0, head.size());
        m_handshaking = false;
        m_finished = true;
        Q_EMIT ready();
        return;
    }
    // RFC 9110 §15.5.8 says 407, but tinyproxy up to 1.11.2 (Debian 12's) answers wrong credentials
    // with 401 (https://github.com/tinyproxy/tinyproxy/issues/532). To CONNECT either can only be
    // the proxy's own answer: nothing has reached the destination yet.
    // A 407 keeps its challenge when it goes to the client: one that brought its own
    // credentials, or whose own Kerberos ticket may do what the engine could not.
    QByteArray extra;
    if (status == 407) {
        for (qsizetype i = 0; i < head.headers().size(); ++i) {
            if (HttpSyntax::equalsIgnoringCase(head.headers().nameAt(i), "proxy-authenticate"))
                extra += "Proxy-Authenticate: " + head.headers().valueAt(i).toByteArray() + "\r\n";
        }
    }
    const QString rejectedBasic = m_auth ? tr("upstream proxy rejected the credentials of “%1” (%2): check the password in ProxyDeck")
                                               .arg(m_request.credentials.user, QString::number(status))
                                         : QString();
    if (status == 401 && m_auth && m_auth->scheme() == AuthChallenge::Scheme::Basic) {
        fail(502, rejectedBasic);
        return;
    }
    QString unusable;
    if (status == 407 && m_auth) {
        const ProxyAuthenticator::Answer next = m_auth->answer(ProxyAuthenticate::parseFields(head.headers()));
        switch (next.kind) {
        case ProxyAuthenticator::Answer::Kind::Send:
            // The next leg, once this answer's body is out of the way (RFC 9112 §6.3).
            m_authorization = next.authorization;
            m_in.remove(0, head.size());
            m_progress = {};
            m_discardChunks.reset();
            m_discardLeft = 0;
            m_reconnect = !head.keepAlive() || head.framing() == BodyFraming::UntilClose;
            if (head.framing() == BodyFraming::ContentLength)
                m_discardLeft = head.contentLength();
            else if (head.framing() == BodyFraming::Chunked) {
                m_discardChunks.emplace();
                m_discardLeft = 1; // until the decoder says the body has ended
            }
            if (m_reconnect && head.framing() == BodyFraming::UntilClose) {
                reconnect();
                return;
            }
            m_discarding = true;
            discardBody();
            return;
        case ProxyAuthenticator::Answer::Kind::Rejected:
            if (m_auth->scheme() == AuthChallenge::Scheme::Basic)
                fail(502, rejectedBasic);
            else
                fail(407, tr("could not authenticate to the upstream proxy %1 for CONNECT to %2: %3")
                              .arg(where(), m_request.authority, next.reason),
                     extra);
            return;
        case ProxyAuthenticator::Answer::Kind::Unusable:
            unusable = next.reason;
            break;
        }
    }
    // Anything else is the upstream's answer to give: its status and reason, as text.
    QString reason = tr("the upstream proxy refused CONNECT to %1: %2 %3")
                         .arg(m_request.authority)
                         .arg(status)
                         .arg(QString::fromLatin1(head.reasonPhrase()));
    if (!unusable.isEmpty())
        reason += QStringLiteral(" — ") + unusable;
    fail(status >= 400 && status < 600 ? status : 502, reason, extra);
}

void NextHop::fail(int status, const QString &reason, const QByteArray &extraHeaders)
{
    m_finished = true;
    dropSocket();
    Q_EMIT failed(status, reason, extraHeaders);
}

QAbstractSocket *NextHop::takeSocket(QObject *newParent)
{
    QAbstractSocket *socket = std::exchange(m_socket, nullptr);
    if (socket) {
        socket->disconnect(this);
        socket->setParent(newParent);
    }
    return socket;
}

void NextHop::dropSocket()
{
    discardSocket(m_socket, this);
}
