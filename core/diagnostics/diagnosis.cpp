#include "diagnosis.h"

#include "discardsocket.h"

#include <QHostInfo>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>

namespace {

constexpr qsizetype MaxHeadBytes = 64 * 1024;
const QByteArray UserAgent = "ProxyDeck-diagnostics/" PROXYDECK_VERSION;

} // namespace

Diagnosis::Diagnosis(QString label, QUrl url, Route route, DiagnosisOptions options, QObject *parent)
    : QObject(parent), m_url(std::move(url)), m_route(std::move(route)), m_options(std::move(options)), m_timer(this)
{
    m_report.label = label.isEmpty() ? m_url.toString() : std::move(label);
    m_report.url = m_url.toString();
    m_report.route = Route::kindId(m_route.kind);
    m_report.routeReason = m_route.reason;
    if (proxied())
        m_report.proxy = m_options.proxy.displayUrl();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Diagnosis::onTimeout);
}

Diagnosis::~Diagnosis()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    delete m_socket;
}

Result<QUrl> Diagnosis::parseUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    QUrl url(trimmed.contains(QStringLiteral("://")) ? trimmed : QStringLiteral("https://") + trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty())
        return Error{tr("“%1” is not a URL to test, e.g. https://example.com/.").arg(url.toDisplayString(QUrl::RemoveUserInfo)),
                     QStringLiteral("url")};
    if (scheme == u"tcp" && url.port() <= 0)
        return Error{tr("“%1”: a tcp:// address needs a port.").arg(url.toDisplayString(QUrl::RemoveUserInfo)),
                     QStringLiteral("url")};
    if (scheme != u"http" && scheme != u"https" && scheme != u"ws" && scheme != u"wss" && scheme != u"tcp")
        return Error{tr("“%1”: only http, https, ws, wss and tcp URLs can be tested.").arg(url.toDisplayString(QUrl::RemoveUserInfo)),
                     QStringLiteral("url")};
    if (url.path().isEmpty() && scheme != u"tcp")
        url.setPath(QStringLiteral("/"));
    return url;
}

bool Diagnosis::secure() const
{
    return m_url.scheme() == u"https" || m_url.scheme() == u"wss";
}

bool Diagnosis::bypassed() const
{
    return m_route.kind == Route::Kind::BypassedRule || m_route.kind == Route::Kind::BypassedToggle;
}

bool Diagnosis::rawTcp() const
{
    return m_url.scheme() == u"tcp";
}

bool Diagnosis::webSocketUrl() const
{
    return m_url.scheme() == u"ws" || m_url.scheme() == u"wss";
}

QString Diagnosis::targetAuthority() const
{
    const QString host = m_url.host().contains(u':') ? u'[' + m_url.host() + u']' : m_url.host();
    return host + u':' + QString::number(targetPort());
}

quint16 Diagnosis::targetPort() const
{
    return quint16(m_url.port(secure() ? 443 : 80));
}

int Diagnosis::indexOf(DiagnosticStep::Id id) const
{
    for (int i = 0; i < m_report.steps.size(); ++i) {
        if (m_report.steps.at(i).id == id)
            return i;
    }
    return -1;
}

void Diagnosis::start()
{
    using Id = DiagnosticStep::Id;
    const bool tlsProxy = proxied() && m_options.proxy.usesTls();
    const bool tryWebSocket = webSocketUrl() || (m_options.webSocket && !rawTcp());
    QList<Id> ids;
    if (proxied()) {
        ids = {Id::ResolveProxy, Id::ConnectProxy};
        if (tlsProxy)
            ids.append(Id::ProxyTls);
        ids += {Id::ProxyAuth, Id::Tunnel, Id::Tls, Id::Http};
    } else {
        ids = {Id::ResolveTarget, Id::ConnectTarget, Id::Tls, Id::Http};
    }
    if (tryWebSocket)
        ids.append(Id::WebSocket);
    for (const Id id : ids) {
        DiagnosticStep step;
        step.id = id;
        m_report.steps.append(step);
    }

    // The stages of one connection, to the request; a WebSocket try of an http(s) URL makes a
    // second connection the same way.
    std::vector<Stage> connection{Stage::Resolve, Stage::Connect};
    if (tlsProxy)
        connection.push_back(Stage::ProxyTls);
    if ((secure() || rawTcp()) && proxied())
        connection.push_back(Stage::Tunnel);
    if (secure() && !tlsProxy)
        connection.push_back(Stage::TargetTls);
    m_plan = connection;
    if (!rawTcp())
        m_plan.push_back(webSocketUrl() ? Stage::Upgrade : Stage::Request);
    if (tryWebSocket && !webSocketUrl()) {
        m_upgradePlan = connection;
        m_upgradePlan.push_back(Stage::Upgrade);
    }

    if (rawTcp()) {
        skip(Id::Tls, tr("not an HTTP service: reaching its port is the test"));
        skip(Id::Http, tr("not an HTTP service: reaching its port is the test"));
    }
    if (proxied() && !secure() && !rawTcp())
        skip(Id::Tunnel, tr("plain HTTP needs no tunnel: the request goes to the proxy in absolute form"));
    if (!secure())
        skip(Id::Tls, tr("not an https:// or wss:// address"));
    else if (tlsProxy)
        skip(Id::Tls, tr("TLS inside the TLS connection to the proxy is not checked here; the tools check it"));
    if (webSocketUrl())
        skip(Id::Http, tr("a WebSocket address: the upgrade below is its test"));
    m_stage = 0;
    runStage();
}

void Diagnosis::skip(DiagnosticStep::Id id, const QString &why)
{
    const int index = indexOf(id);
    if (index < 0 || m_report.steps[index].outcome != DiagnosticStep::Outcome::Pending)
        return;
    m_report.steps[index].outcome = DiagnosticStep::Outcome::Skipped;
    m_report.steps[index].detail = why;
    Q_EMIT stepChanged(index);
}

void Diagnosis::begin(DiagnosticStep::Id id)
{
    m_timer.start(m_options.timeoutMs);
    if (m_upgradePass)
        return; // the whole second connection counts as the WebSocket step
    m_current = indexOf(id);
    m_clock.restart();
}

void Diagnosis::pass(const QString &detail)
{
    m_timer.stop();
    m_waiting = Waiting::Nothing;
    const bool silent = m_upgradePass && m_plan[m_stage] != Stage::Upgrade;
    if (!silent && m_current >= 0) {
        DiagnosticStep &step = m_report.steps[m_current];
        step.outcome = DiagnosticStep::Outcome::Pass;
        step.durationMs = m_clock.elapsed();
        step.detail = detail;
        Q_EMIT stepChanged(m_current);
    }
    advance();
}

void Diagnosis::fail(const QString &detail, const QString &hint)
{
    m_timer.stop();
    m_waiting = Waiting::Nothing;
    if (m_current >= 0) {
        DiagnosticStep &step = m_report.steps[m_current];
        step.outcome = DiagnosticStep::Outcome::Fail;
        step.durationMs = m_clock.elapsed();
        step.detail = m_upgradePass && m_plan[m_stage] != Stage::Upgrade
                          ? tr("on the second connection, for the upgrade: %1").arg(detail)
                          : detail;
        step.hint = hint;
        Q_EMIT stepChanged(m_current);
    }
    for (int i = 0; i < m_report.steps.size(); ++i) {
        if (m_report.steps[i].outcome == DiagnosticStep::Outcome::Pending) {
            m_report.steps[i].outcome = DiagnosticStep::Outcome::Skipped;
            m_report.steps[i].detail = tr("not tried: an earlier step failed");
            Q_EMIT stepChanged(i);
        }
    }
    finish();
}

void Diagnosis::advance()
{
    if (m_finished)
        return;
    ++m_stage;
    if (m_stage < m_plan.size())
        return runStage();
    if (!m_upgradePass && !m_upgradePlan.empty()) {
        resetSocket();
        m_upgradePass = true;
        m_plan = m_upgradePlan;
        m_stage = 0;
        m_current = indexOf(DiagnosticStep::Id::WebSocket);
        m_clock.restart();
        return runStage();
    }
    finish();
}

void Diagnosis::runStage()
{
    switch (m_plan[m_stage]) {
    case Stage::Resolve: return resolve();
    case Stage::Connect: return connectTcp();
    case Stage::ProxyTls: return startProxyTls();
    case Stage::Tunnel: return sendConnect();
    case Stage::TargetTls: return startTargetTls();
    case Stage::Request:
    case Stage::Upgrade: return sendRequest();
    }
}

void Diagnosis::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_waiting = Waiting::Nothing;
    resetSocket();
    Q_EMIT finished();
}

void Diagnosis::cancel()
{
    if (m_finished)
        return;
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    m_report.cancelled = true;
    for (int i = 0; i < m_report.steps.size(); ++i) {
        if (m_report.steps[i].outcome == DiagnosticStep::Outcome::Pending) {
            m_report.steps[i].outcome = DiagnosticStep::Outcome::Skipped;
            m_report.steps[i].detail = tr("cancelled");
            Q_EMIT stepChanged(i);
        }
    }
    finish();
}

void Diagnosis::resetSocket()
{
    discardSocket(m_socket, this);
    m_buffer.clear();
}

void Diagnosis::resolve()
{
    const QString host = proxied() ? m_options.proxy.host : m_url.host();
    begin(proxied() ? DiagnosticStep::Id::ResolveProxy : DiagnosticStep::Id::ResolveTarget);
    m_addresses.clear();
    m_addressIndex = 0;
    if (const QHostAddress literal(host); !literal.isNull()) {
        m_addresses = {literal};
        return pass(tr("%1 is an address: nothing to resolve").arg(host));
    }
    m_waiting = Waiting::Lookup;
    m_lookupId = QHostInfo::lookupHost(host, this, &Diagnosis::onLookup);
}

void Diagnosis::onLookup(const QHostInfo &info)
{
    m_lookupId = -1;
    if (m_finished || m_waiting != Waiting::Lookup)
        return;
    const QString host = proxied() ? m_options.proxy.host : m_url.host();
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        if (proxied()) {
            return fail(info.errorString(), tr("The proxy's name “%1” does not resolve on this machine: check the host on "
                                               "the Proxy page, and this machine's DNS.")
                                                .arg(host));
        }
        if (bypassed()) {
            return fail(info.errorString(), tr("“%1” does not resolve here. This address bypasses the proxy (%2); an "
                                               "internal name may be known only to the proxy's DNS, and then it should "
                                               "not bypass it.")
                                                .arg(host, m_route.reason));
        }
        return fail(info.errorString(), tr("“%1” does not resolve here: check the address, and this machine's DNS.").arg(host));
    }
    m_addresses = info.addresses();
    QStringList shown;
    for (const QHostAddress &address : std::as_const(m_addresses).first(std::min<qsizetype>(3, m_addresses.size())))
        shown.append(address.toString());
    pass(tr("%1 → %2").arg(host, shown.join(QStringLiteral(", "))));
}

void Diagnosis::connectTcp()
{
    begin(proxied() ? DiagnosticStep::Id::ConnectProxy : DiagnosticStep::Id::ConnectTarget);
    resetSocket();
    m_socket = new QSslSocket(this);
    connect(m_socket, &QSslSocket::connected, this, &Diagnosis::onConnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, &Diagnosis::onSocketError);
    connect(m_socket, &QSslSocket::encrypted, this, &Diagnosis::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &Diagnosis::onReadyRead);
    connect(m_socket, qOverload<const QList<QSslError> &>(&QSslSocket::sslErrors), this,
            [this](const QList<QSslError> &errors) {
                m_sslErrors = errors;
                m_peerChain = m_socket->peerCertificateChain();
            });
    const quint16 port = proxied() ? m_options.proxy.port : targetPort();
    m_waiting = Waiting::Connected;
    m_socket->connectToHost(m_addresses.value(m_addressIndex), port);
}

void Diagnosis::onConnected()
{
    if (m_waiting != Waiting::Connected)
        return;
    pass(tr("connected to %1").arg(EngineConfig::listenString(m_socket->peerAddress(), m_socket->peerPort())));
}

void Diagnosis::onSocketError()
{
    if (m_finished || !m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString what = m_socket->errorString();
    const QString where = proxied() ? m_options.proxy.host + u':' + QString::number(m_options.proxy.port) : targetAuthority();
    switch (m_waiting) {
    case Waiting::Connected:
        if (m_addressIndex + 1 < m_addresses.size()) {
            ++m_addressIndex;
            m_timer.start(m_options.timeoutMs);
            m_socket->abort();
            m_socket->connectToHost(m_addresses.at(m_addressIndex),
                                    proxied() ? m_options.proxy.port : targetPort());
            return;
        }
        if (error == QAbstractSocket::ConnectionRefusedError) {
            return fail(what, proxied() ? tr("Nothing accepts connections on %1: the port is wrong, or the proxy is "
                                             "down.")
                                              .arg(where)
                                        : bypassed() ? tr("Nothing accepts connections on %1. This address bypasses the "
                                                          "proxy (%2); if this network only lets traffic out through "
                                                          "the proxy, that is why.")
                                                           .arg(where, m_route.reason)
                                                     : tr("Nothing accepts connections on %1: the port is wrong, or the "
                                                          "service is down.")
                                                           .arg(where));
        }
        return fail(what, tr("%1 cannot be reached from here (%2): a firewall, a wrong address, or no route.")
                              .arg(where, what));
    case Waiting::ProxyEncrypted:
    case Waiting::TargetEncrypted:
        return fail(what, tlsHint(m_waiting == Waiting::ProxyEncrypted ? m_options.proxy.host : m_url.host(),
                                  m_waiting == Waiting::ProxyEncrypted));
    case Waiting::TunnelHead:
        return fail(m_buffer.isEmpty() ? tr("closed without an answer") : what,
                    tr("The proxy closed the connection without answering CONNECT: it may want TLS (an https:// "
                       "proxy), or not be an HTTP proxy at all (a SOCKS port?)."));
    case Waiting::ResponseHead:
        if (proxied() && !secure())
            skip(DiagnosticStep::Id::ProxyAuth, tr("no answer came to tell"));
        if (m_plan[m_stage] == Stage::Upgrade && proxied() && !secure()) {
            return fail(tr("closed without an answer"),
                        tr("No answer to the upgrade: most likely the WebSocket upgrade was stripped on the way — the "
                           "proxy passed the request without its Upgrade header and the server hung up (Squid: "
                           "http_upgrade_request_protocols WebSocket allow all). wss:// goes through a CONNECT tunnel "
                           "and avoids this."));
        }
        return fail(m_buffer.isEmpty() ? tr("closed without an answer") : what,
                    tr("The connection was closed before an HTTP answer came: the server (or a proxy on the way) "
                       "dropped the request."));
    case Waiting::Nothing:
    case Waiting::Lookup:
        return;
    }
}

void Diagnosis::startProxyTls()
{
    begin(DiagnosticStep::Id::ProxyTls);
    startTls(m_options.proxy.host, Waiting::ProxyEncrypted);
}

void Diagnosis::startTargetTls()
{
    begin(DiagnosticStep::Id::Tls);
    startTls(m_url.host(), Waiting::TargetEncrypted);
}

void Diagnosis::startTls(const QString &peerName, Waiting waiting)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(m_options.trusted);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket->setSslConfiguration(configuration);
    m_socket->setPeerVerifyName(peerName);
    m_sslErrors.clear();
    m_waiting = waiting;
    m_socket->startClientEncryption();
}

void Diagnosis::onEncrypted()
{
    if (m_waiting != Waiting::ProxyEncrypted && m_waiting != Waiting::TargetEncrypted)
        return;
    const QSslCertificate peer = m_socket->peerCertificate();
    const QString protocol = m_socket->sessionProtocol() == QSsl::TlsV1_3 ? QStringLiteral("TLS 1.3")
                             : m_socket->sessionProtocol() == QSsl::TlsV1_2 ? QStringLiteral("TLS 1.2")
                                                                           : QStringLiteral("TLS");
    pass(tr("%1, certificate for %2 issued by “%3”")
             .arg(protocol, peer.subjectDisplayName(), peer.issuerDisplayName()));
}

void Diagnosis::sendConnect()
{
    begin(DiagnosticStep::Id::ProxyAuth);
    const QByteArray authority = targetAuthority().toUtf8();
    QByteArray request = "CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\nUser-Agent: " + UserAgent + "\r\n";
    m_sentCredentials = !m_options.proxy.authorization.isEmpty();
    if (m_sentCredentials)
        request += "Proxy-Authorization: " + m_options.proxy.authorization + "\r\n";
    request += "\r\n";
    m_buffer.clear();
    m_waiting = Waiting::TunnelHead;
    m_socket->write(request);
}

void Diagnosis::sendRequest()
{
    const bool upgrade = m_plan[m_stage] == Stage::Upgrade;
    // Plain HTTP through the proxy: the answer also says what the proxy thought of the
    // credentials (judgeProxyAuth); until then the request is the step running.
    begin(upgrade ? DiagnosticStep::Id::WebSocket : DiagnosticStep::Id::Http);
    QByteArray path = m_url.path(QUrl::FullyEncoded).toUtf8();
    if (m_url.hasQuery())
        path += '?' + m_url.query(QUrl::FullyEncoded).toUtf8();
    const QByteArray host = m_url.host(QUrl::FullyEncoded).toUtf8()
                            + (m_url.port() > 0 ? ':' + QByteArray::number(m_url.port()) : QByteArray());
    QByteArray target = path;
    if (proxied() && !secure())
        target = QByteArray(m_url.scheme() == u"ws" ? "http" : m_url.scheme().toLatin1().constData()) + "://" + host + path;
    QByteArray request = "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: " + UserAgent
                         + "\r\nAccept: */*\r\n";
    if (proxied() && !secure() && !m_options.proxy.authorization.isEmpty()) {
        request += "Proxy-Authorization: " + m_options.proxy.authorization + "\r\n";
        m_sentCredentials = true;
    }
    if (upgrade) {
        QByteArray nonce(16, Qt::Uninitialized);
        for (char &c : nonce)
            c = char(QRandomGenerator::global()->bounded(256));
        m_webSocketKey = nonce.toBase64();
        request += "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
                   + m_webSocketKey + "\r\n";
    } else {
        request += "Connection: close\r\n";
    }
    request += "\r\n";
    m_buffer.clear();
    m_waiting = Waiting::ResponseHead;
    m_socket->write(request);
}

void Diagnosis::onReadyRead()
{
    if (m_waiting != Waiting::TunnelHead && m_waiting != Waiting::ResponseHead)
        return;
    m_buffer += m_socket->readAll();
    const QByteArrayView method = m_waiting == Waiting::TunnelHead ? QByteArrayView("CONNECT") : QByteArrayView("GET");
    while (true) {
        auto parsed = HttpResponseHead::parse(m_buffer, method);
        if (parsed.needsMore()) {
            if (m_buffer.size() > MaxHeadBytes)
                return fail(tr("an answer head over %1 KiB").arg(MaxHeadBytes / 1024), tr("This is not an HTTP answer."));
            return;
        }
        if (parsed.isError()) {
            return fail(tr("not an HTTP answer: %1").arg(parsed.error().reason),
                        m_waiting == Waiting::TunnelHead
                            ? tr("What answers on the proxy port does not speak HTTP: check the port and the scheme.")
                            : tr("The answer is not HTTP: the port may speak another protocol."));
        }
        const HttpResponseHead head = std::move(parsed).head();
        if (head.isInterim()) {
            m_buffer.remove(0, head.size());
            continue;
        }
        m_buffer.remove(0, head.size());
        if (m_waiting == Waiting::TunnelHead)
            return judgeTunnel(head);
        return judgeResponse(head);
    }
}
