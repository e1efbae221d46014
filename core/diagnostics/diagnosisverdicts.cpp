// What Diagnosis makes of the answers it gets: the verdict on each step that reads one (proxy
// authentication, CONNECT, the HTTP status, the WebSocket upgrade, TLS errors, timeouts) and
// the hint for the user. diagnosis.cpp runs the steps.
#include "diagnosis.h"

#include "gsscontext.h"

#include <QCryptographicHash>
#include <QHostInfo>
#include <QSslSocket>

namespace {

const QByteArray WebSocketGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"; // RFC 6455 §1.3

bool isUntrustedChainError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}

QString shortFingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper()).left(23)
           + QStringLiteral("…");
}

QString statusText(const HttpResponseHead &head)
{
    return QStringLiteral("%1 %2").arg(head.statusCode()).arg(QString::fromLatin1(head.reasonPhrase().toByteArray()));
}

} // namespace

QString Diagnosis::tlsHint(const QString &host, bool proxy)
{
    QStringList names;
    QList<QSslError::SslError> kinds;
    for (const QSslError &error : std::as_const(m_sslErrors)) {
        kinds.append(error.error());
        names.append(error.errorString());
    }
    if (kinds.isEmpty())
        return tr("The TLS handshake failed (%1): the other side may not speak TLS on this port.").arg(m_socket->errorString());
    const QSslCertificate leaf = m_peerChain.value(0);
    if (kinds.contains(QSslError::CertificateExpired)) {
        return tr("The certificate of %1 expired on %2: it must be renewed where it is served.")
            .arg(host, leaf.expiryDate().toString(Qt::ISODate));
    }
    if (kinds.contains(QSslError::HostNameMismatch)) {
        QStringList alternates = leaf.subjectAlternativeNames().values(QSsl::DnsEntry);
        if (alternates.isEmpty())
            alternates = leaf.subjectInfo(QSslCertificate::CommonName);
        return tr("The certificate is for %1, not %2: the address is wrong, or something else answers in its place.")
            .arg(alternates.join(QStringLiteral(", ")), host);
    }
    if (std::any_of(kinds.cbegin(), kinds.cend(), isUntrustedChainError) && !m_peerChain.isEmpty()) {
        const QSslCertificate top = m_peerChain.constLast();
        if (top.isSelfSigned()) {
            m_report.untrustedCa = top;
            if (proxied() && !proxy) {
                return tr("TLS is intercepted: the certificate for %1 was issued by “%2” (SHA-256 %3), a CA this machine "
                          "does not trust — typically the company's TLS inspection proxy. If it is, import this CA "
                          "(offered here, or on the Certificates page); tools using ProxyDeck's CA bundle then trust it.")
                    .arg(host, top.subjectDisplayName(), shortFingerprint(top));
            }
            return tr("%1 presents a certificate from “%2” (SHA-256 %3), a CA this machine does not trust: import it "
                      "if you know where it comes from.")
                .arg(host, top.subjectDisplayName(), shortFingerprint(top));
        }
        return tr("The certificate chain of %1 ends at “%2”, which is not trusted here and was not sent: get that CA "
                  "certificate from whoever runs %3 and import it.")
            .arg(host, top.issuerDisplayName(), proxy ? tr("the proxy") : tr("the server or the proxy"));
    }
    return tr("The certificate of %1 is refused: %2.").arg(host, names.join(QStringLiteral("; ")));
}

void Diagnosis::judgeProxyAuth(const HttpResponseHead &head)
{
    // Called with the answer to the first request the proxy saw; records the ProxyAuth step.
    QStringList schemes;
    const HttpHeaderFields &fields = head.headers();
    for (qsizetype i = fields.indexOf("Proxy-Authenticate"); i >= 0; i = fields.indexOf("Proxy-Authenticate", i + 1))
        schemes.append(QString::fromLatin1(fields.valueAt(i).toByteArray()).section(u' ', 0, 0));
    if (head.statusCode() == 401 && m_waiting == Waiting::TunnelHead) {
        for (qsizetype i = fields.indexOf("WWW-Authenticate"); i >= 0; i = fields.indexOf("WWW-Authenticate", i + 1))
            schemes.append(QString::fromLatin1(fields.valueAt(i).toByteArray()).section(u' ', 0, 0));
    }
    schemes.removeDuplicates();
    const QString user = m_options.proxy.user;
    // 407 is the rule (RFC 9110 §15.5.8); tinyproxy answers a CONNECT with bad credentials 401.
    const bool refused = head.statusCode() == 407
                         || (head.statusCode() == 401 && (m_waiting == Waiting::TunnelHead || !schemes.isEmpty()));
    if (refused) {
        m_current = indexOf(DiagnosticStep::Id::ProxyAuth);
        const bool basicOffered = schemes.isEmpty()
                                  || std::any_of(schemes.cbegin(), schemes.cend(),
                                                 [](const QString &s) { return s.compare(u"Basic", Qt::CaseInsensitive) == 0; });
        const QString offered = schemes.isEmpty() ? tr("no scheme named") : schemes.join(QStringLiteral(", "));
        QString hint;
        const bool negotiateOffered = schemes.contains(QStringLiteral("Negotiate"), Qt::CaseInsensitive);
        const bool ntlmOffered = schemes.contains(QStringLiteral("NTLM"), Qt::CaseInsensitive);
        if (negotiateOffered || ntlmOffered) {
            // This check itself sends Basic only; the engine does the connection-based schemes.
            QStringList ways;
            if (negotiateOffered) {
                QString why;
                ways.append(GssContext::hasKerberosTicket(&why)
                                ? tr("Negotiate with your Kerberos ticket (there is one)")
                                : tr("Negotiate with a Kerberos ticket, which is missing: %1").arg(why));
            }
            if (ntlmOffered) {
                ways.append(user.isEmpty() ? tr("NTLM, once a user (DOMAIN\\user) and password are set on the Proxy page")
                                           : tr("NTLM as “%1”").arg(user));
            }
            hint = tr("The proxy asks for %1 (a Windows or Kerberos sign-in), not Basic. ProxyDeck's engine signs "
                      "in for the tools that use it: %2. This check itself sends Basic credentials only.")
                       .arg(offered, ways.join(QStringLiteral("; ")));
        } else if (!basicOffered) {
            hint = tr("The proxy asks for %1, not Basic: ProxyDeck knows Basic, Negotiate and NTLM only.").arg(offered);
        } else if (m_sentCredentials) {
            hint = tr("The proxy refused the password of “%1”: set it again on the Proxy page (it is kept in the "
                      "keychain), and check the user name.")
                       .arg(user);
        } else {
            hint = tr("The proxy wants credentials (it offers %1): set a user and password on the Proxy page.").arg(offered);
        }
        return fail(tr("%1; offers: %2").arg(statusText(head), offered), hint);
    }
    const int index = indexOf(DiagnosticStep::Id::ProxyAuth);
    DiagnosticStep &step = m_report.steps[index];
    step.outcome = DiagnosticStep::Outcome::Pass;
    step.durationMs = m_clock.elapsed();
    step.detail = m_sentCredentials ? tr("accepted the credentials of “%1” (Basic)").arg(user)
                                    : tr("no credentials asked");
    Q_EMIT stepChanged(index);
}

void Diagnosis::judgeTunnel(const HttpResponseHead &head)
{
    if (!m_upgradePass) {
        judgeProxyAuth(head);
        if (m_finished)
            return;
        m_current = indexOf(DiagnosticStep::Id::Tunnel);
    } else if (head.statusCode() == 407) {
        return fail(statusText(head), tr("The proxy asked for credentials again on the second connection."));
    }
    const int status = head.statusCode();
    const QString port = QString::number(targetPort());
    if (status >= 200 && status < 300)
        return pass(tr("%1 → %2").arg(targetAuthority(), statusText(head)));
    if (status == 403) {
        return fail(statusText(head), tr("The proxy forbids CONNECT to %1 (port %2): ask its administrators to allow "
                                         "it (Squid: the port in SSL_ports and an http_access rule; tinyproxy: "
                                         "ConnectPort %2), or use port 443.")
                                          .arg(targetAuthority(), port));
    }
    if (status == 502 || status == 503 || status == 504) {
        return fail(statusText(head), tr("The proxy could not reach %1: the host may be down, its name unknown to the "
                                         "proxy's DNS, or blocked from the proxy.")
                                          .arg(targetAuthority()));
    }
    fail(statusText(head), tr("The proxy refused the tunnel to %1 with %2.").arg(targetAuthority(), statusText(head)));
}

void Diagnosis::judgeResponse(const HttpResponseHead &head)
{
    const bool upgrade = m_plan[m_stage] == Stage::Upgrade;
    if (proxied() && !secure() && !m_upgradePass) {
        judgeProxyAuth(head);
        if (m_finished)
            return;
    }
    const int status = head.statusCode();
    if (upgrade) {
        const QByteArray expected =
            QCryptographicHash::hash(QByteArray(m_webSocketKey + WebSocketGuid), QCryptographicHash::Sha1).toBase64();
        const qsizetype upgradeField = head.headers().indexOf("Upgrade");
        const qsizetype acceptField = head.headers().indexOf("Sec-WebSocket-Accept");
        if (status == 101 && upgradeField >= 0
            && head.headers().valueAt(upgradeField).compare("websocket", Qt::CaseInsensitive) == 0) {
            if (acceptField < 0 || head.headers().valueAt(acceptField) != expected) {
                return fail(statusText(head), tr("The answer to the upgrade has a wrong Sec-WebSocket-Accept: something "
                                                 "on the way rewrote the handshake."));
            }
            return pass(statusText(head));
        }
        if (proxied() && !secure()) {
            return fail(tr("%1, no upgrade").arg(statusText(head)),
                        tr("The WebSocket upgrade was stripped on the way: the proxy passed the request without its "
                           "Upgrade header (Squid: http_upgrade_request_protocols WebSocket allow all; nginx: "
                           "proxy_set_header Upgrade and Connection), or the server has no WebSocket at this path. "
                           "wss:// goes through a CONNECT tunnel and avoids this."));
        }
        return fail(tr("%1, no upgrade").arg(statusText(head)),
                    tr("The server did not accept a WebSocket at this address (%1): check the path.").arg(statusText(head)));
    }
    if (status < 500)
        return pass(statusText(head));
    if (proxied() && !secure() && (status == 502 || status == 503 || status == 504)) {
        return fail(statusText(head), tr("The proxy could not reach %1 (%2): the host may be down or blocked from the "
                                         "proxy.")
                                          .arg(targetAuthority(), statusText(head)));
    }
    fail(statusText(head), tr("The server answered %1: it is reachable, but failing.").arg(statusText(head)));
}

void Diagnosis::onTimeout()
{
    const QString seconds = QString::number(double(m_options.timeoutMs) / 1000.0);
    switch (m_waiting) {
    case Waiting::Lookup:
        if (m_lookupId >= 0)
            QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
        return fail(tr("no answer from DNS in %1 s").arg(seconds), tr("This machine's DNS does not answer."));
    case Waiting::Connected:
        return fail(tr("no answer in %1 s").arg(seconds),
                    tr("Connecting got no answer within %1 s: a firewall drops the packets, or the address is wrong.")
                        .arg(seconds));
    case Waiting::ProxyEncrypted:
    case Waiting::TargetEncrypted:
        return fail(tr("no TLS answer in %1 s").arg(seconds),
                    tr("The TLS handshake did not finish within %1 s: the other side may not speak TLS on this port.")
                        .arg(seconds));
    case Waiting::TunnelHead:
        return fail(tr("no answer in %1 s").arg(seconds),
                    tr("The proxy accepted the connection but did not answer CONNECT within %1 s: it may be overloaded, "
                       "or not an HTTP proxy.")
                        .arg(seconds));
    case Waiting::ResponseHead:
        return fail(tr("no answer in %1 s").arg(seconds),
                    tr("No HTTP answer within %1 s: the server (or the proxy) accepted the request but never answered.")
                        .arg(seconds));
    case Waiting::Nothing:
        return;
    }
}
