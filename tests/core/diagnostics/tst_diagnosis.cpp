// Diagnosis, step by step, against real parts on loopback, one test per hint: a tinyproxy that
// wants Basic credentials (right, wrong and missing), refuses CONNECT outside its ConnectPort list
// and strips WebSocket upgrades from plain requests; openssl s_server serving the test CA's leaf;
// a TLS-inspecting proxy that re-signs with its own CA (before the CA is trusted: "intercepted",
// with the CA to import; after: pass); a WebSocket echo; a closed port; a .invalid name; and a
// server that accepts and never answers. Then the runner: connections, concurrency, cancel.
#include "diagnosticsrunner.h"
#include "interceptingproxy.h"
#include "originserver.h"
#include "serverprocess.h"
#include "testsupport.h"
#include "websocketecho.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString User = QStringLiteral("alice");
const QString Password = QStringLiteral("s3cret-pw");
constexpr int WaitMs = 20000;

using Id = DiagnosticStep::Id;
using Outcome = DiagnosticStep::Outcome;

// An in-test server speaking just enough: once a request head has arrived, it sends `reply` and,
// with close, hangs up. For answers no real server here gives on demand (a 503, a wrong
// WebSocket accept, a service that is not HTTP).
class ScriptedServer : public QTcpServer
{
public:
    ScriptedServer(QByteArray reply, bool close) : m_reply(std::move(reply)), m_close(close)
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *client = nextPendingConnection();
            connect(client, &QTcpSocket::readyRead, client, [this, client] {
                m_received += client->readAll();
                if (!m_received.contains("\r\n\r\n"))
                    return;
                client->write(m_reply);
                if (m_close)
                    client->disconnectFromHost();
            });
        });
    }

private:
    QByteArray m_reply;
    QByteArray m_received;
    bool m_close;
};

Route proxiedRoute()
{
    Route route;
    route.kind = Route::Kind::Proxied;
    route.reason = QStringLiteral("no NO_PROXY entry matches");
    return route;
}

Route directRoute()
{
    Route route;
    route.kind = Route::Kind::Direct;
    route.reason = QStringLiteral("the profile uses no proxy");
    return route;
}

const DiagnosticStep &step(const DiagnosticReport &report, Id id)
{
    for (const DiagnosticStep &s : report.steps) {
        if (s.id == id)
            return s;
    }
    static const DiagnosticStep none;
    return none;
}

QString describe(const DiagnosticReport &report)
{
    return report.toText();
}

} // namespace

class TestDiagnosis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passesEveryStepThroughAnAuthenticatingProxy();
    void plainHttpGoesInAbsoluteFormWithoutATunnel();
    void aWrongPasswordIsNamed();
    void missingCredentialsAreAskedFor();
    void aProxyThatOffersOnlyWindowsSignInIsNamed();
    void aPortTheProxyWillNotConnectToIsNamed();
    void aServerCertificateFromAnUnknownCaIsExplained();
    void tlsInterceptionOffersTheInspectionCa();
    void aProxyThatStripsWebSocketUpgradesIsNamed();
    void aWebSocketUpgradeDirectPasses();
    void aClosedProxyPortIsNamed();
    void namesThatDoNotResolveAreNamed();
    void aProxyThatNeverAnswersTimesOut();
    void aClosedTargetPortOnADirectRouteIsNamed();
    void answersThatAreNotHttpAreNamed();
    void aFailingServerIsNamed();
    void aRewrittenWebSocketHandshakeIsNamed();
    void anHttpsProxyWithAnUntrustedCertificateIsNamed();
    void theRunnerTestsConnectionsWithTheirRoutesAndCancels();

private:
    DiagnosticReport run(const QString &url, const Route &route, DiagnosisOptions options);
    DiagnosisOptions viaTinyproxy(const QString &password) const;
    QString cert(const char *name) const { return m_dir.filePath(QStringLiteral("certs/") + QLatin1String(name)); }

    QTemporaryDir m_dir;
    OriginServer m_origin;
    WebSocketEcho m_echo;
    std::unique_ptr<ServerProcess> m_tls;
    std::unique_ptr<ServerProcess> m_tinyproxy;
    quint16 m_tlsPort = 0;
    quint16 m_tinyproxyPort = 0;
    QList<QSslCertificate> m_testRoot;
};

void TestDiagnosis::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_origin.listen());
    QVERIFY(m_echo.listen());
    QCOMPARE(QProcess::execute(QStringLiteral(PROXYDECK_SUPPORT_DIR "/make-test-certs"),
                               {m_dir.filePath(QStringLiteral("certs"))}),
             0);
    m_testRoot = QSslCertificate::fromPath(cert("root.pem"));
    QCOMPARE(m_testRoot.size(), 1);

    m_tlsPort = ServerProcess::freePort();
    m_tls = ServerProcess::tlsOrigin(m_dir.filePath(QStringLiteral("certs")), m_tlsPort);
    QVERIFY2(m_tls, "openssl s_server did not start");

    m_tinyproxyPort = ServerProcess::freePort();
    m_tinyproxy = ServerProcess::tinyproxy(m_dir.path(), m_tinyproxyPort, User, Password, {m_tlsPort});
    QVERIFY2(m_tinyproxy, "tinyproxy is needed (scripts/install-deps installs it)");
}

DiagnosticReport TestDiagnosis::run(const QString &url, const Route &route, DiagnosisOptions options)
{
    const auto parsed = Diagnosis::parseUrl(url);
    if (!parsed)
        return DiagnosticReport();
    Diagnosis diagnosis(QString(), parsed.value(), route, std::move(options));
    QSignalSpy finished(&diagnosis, &Diagnosis::finished);
    diagnosis.start();
    if (finished.isEmpty())
        finished.wait(WaitMs);
    return diagnosis.report();
}

DiagnosisOptions TestDiagnosis::viaTinyproxy(const QString &password) const
{
    DiagnosisOptions options;
    options.proxy.host = QStringLiteral("127.0.0.1");
    options.proxy.port = m_tinyproxyPort;
    options.proxy.user = password.isNull() ? QString() : User;
    if (!password.isNull())
        options.proxy.authorization = UpstreamProxy::basicAuthorization(User, password);
    options.trusted = m_testRoot;
    options.timeoutMs = 10000;
    return options;
}

void TestDiagnosis::passesEveryStepThroughAnAuthenticatingProxy()
{
    const DiagnosticReport report = run(QStringLiteral("https://localhost:%1/").arg(m_tlsPort), proxiedRoute(),
                                        viaTinyproxy(Password));
    QVERIFY2(report.passed(), qPrintable(describe(report)));
    QList<Id> ids;
    for (const DiagnosticStep &s : report.steps)
        ids.append(s.id);
    QCOMPARE(ids, (QList<Id>{Id::ResolveProxy, Id::ConnectProxy, Id::ProxyAuth, Id::Tunnel, Id::Tls, Id::Http}));
    for (const DiagnosticStep &s : report.steps)
        QCOMPARE(s.outcome, Outcome::Pass);
    QVERIFY(step(report, Id::ProxyAuth).detail.contains(QStringLiteral("“alice”")));
    QVERIFY(step(report, Id::Tunnel).detail.contains(QStringLiteral("localhost:%1").arg(m_tlsPort)));
    QVERIFY2(step(report, Id::Tls).detail.contains(QStringLiteral("ProxyDeck Test Intermediate")),
             qPrintable(step(report, Id::Tls).detail));
    QCOMPARE(step(report, Id::Http).detail, QStringLiteral("200 ok")); // s_server -www says "ok"
    QVERIFY(report.untrustedCa.isNull());

    // The text and JSON forms carry the same outcome, and never the password.
    QVERIFY(report.toText().contains(QStringLiteral("result: pass")));
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QStringLiteral("passed")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("steps")).toArray().size(), 6);
    QCOMPARE(json.value(QStringLiteral("steps")).toArray().at(4).toObject().value(QStringLiteral("step")).toString(),
             QStringLiteral("tls"));
    QVERIFY(!report.toText().contains(Password));
    QVERIFY(!QJsonDocument(json).toJson().contains(Password.toUtf8()));
}

void TestDiagnosis::plainHttpGoesInAbsoluteFormWithoutATunnel()
{
    const DiagnosticReport report = run(QStringLiteral("http://127.0.0.1:%1/bytes/10").arg(m_origin.port()),
                                        proxiedRoute(), viaTinyproxy(Password));
    QVERIFY2(report.passed(), qPrintable(describe(report)));
    QCOMPARE(step(report, Id::Tunnel).outcome, Outcome::Skipped);
    QCOMPARE(step(report, Id::Tls).outcome, Outcome::Skipped);
    QCOMPARE(step(report, Id::ProxyAuth).outcome, Outcome::Pass);
    QCOMPARE(step(report, Id::Http).detail, QStringLiteral("200 OK"));
}

void TestDiagnosis::aWrongPasswordIsNamed()
{
    const DiagnosticReport report = run(QStringLiteral("https://localhost:%1/").arg(m_tlsPort), proxiedRoute(),
                                        viaTinyproxy(QStringLiteral("not-the-password")));
    QVERIFY(!report.passed());
    const DiagnosticStep &auth = step(report, Id::ProxyAuth);
    QVERIFY2(auth.outcome == Outcome::Fail, qPrintable(describe(report)));
    // tinyproxy says 401 where RFC 9110 says 407; both mean the proxy refused the credentials.
    QVERIFY2(auth.detail.startsWith(QStringLiteral("401")) || auth.detail.startsWith(QStringLiteral("407")),
             qPrintable(auth.detail));
    QVERIFY2(auth.hint.contains(QStringLiteral("refused the password of “alice”")), qPrintable(auth.hint));
    QCOMPARE(step(report, Id::Tunnel).outcome, Outcome::Skipped);
    QCOMPARE(report.firstFailure()->id, Id::ProxyAuth);
}

void TestDiagnosis::missingCredentialsAreAskedFor()
{
    const DiagnosticReport report = run(QStringLiteral("https://localhost:%1/").arg(m_tlsPort), proxiedRoute(),
                                        viaTinyproxy(QString()));
    const DiagnosticStep &auth = step(report, Id::ProxyAuth);
    QCOMPARE(auth.outcome, Outcome::Fail);
    QVERIFY2(auth.hint.contains(QStringLiteral("wants credentials")) && auth.hint.contains(QStringLiteral("Basic")),
             qPrintable(auth.hint));
}

void TestDiagnosis::aProxyThatOffersOnlyWindowsSignInIsNamed()
{
    // An in-test proxy speaking real HTTP that answers every request as a proxy wanting NTLM or
    // Kerberos does (no such proxy runs here: Squid would need a domain to check against).
    QTcpServer windows;
    QVERIFY(windows.listen(QHostAddress::LocalHost));
    connect(&windows, &QTcpServer::newConnection, this, [&windows] {
        QTcpSocket *client = windows.nextPendingConnection();
        connect(client, &QTcpSocket::readyRead, client, [client] {
            if (!client->readAll().contains("\r\n\r\n"))
                return;
            client->write("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Negotiate\r\n"
                          "Proxy-Authenticate: NTLM\r\nContent-Length: 0\r\n\r\n");
        });
    });
    DiagnosisOptions options = viaTinyproxy(Password);
    options.proxy.port = windows.serverPort();
    const DiagnosticReport report = run(QStringLiteral("https://localhost:%1/").arg(m_tlsPort), proxiedRoute(), options);
    const DiagnosticStep &auth = step(report, Id::ProxyAuth);
    QCOMPARE(auth.outcome, Outcome::Fail);
    QVERIFY2(auth.detail.contains(QStringLiteral("Negotiate, NTLM")), qPrintable(auth.detail));
    QVERIFY2(auth.hint.contains(QStringLiteral("asks for Negotiate, NTLM")) && auth.hint.contains(QStringLiteral("not Basic")),
             qPrintable(auth.hint));
}

void TestDiagnosis::aPortTheProxyWillNotConnectToIsNamed()
{
    // tinyproxy allows CONNECT to the TLS origin's port only.
    const DiagnosticReport report = run(QStringLiteral("https://localhost:%1/").arg(m_origin.port()), proxiedRoute(),
                                        viaTinyproxy(Password));
    QCOMPARE(step(report, Id::ProxyAuth).outcome, Outcome::Pass);
    const DiagnosticStep &tunnel = step(report, Id::Tunnel);
    QCOMPARE(tunnel.outcome, Outcome::Fail);
    QVERIFY2(tunnel.detail.startsWith(QStringLiteral("403")), qPrintable(tunnel.detail));
    QVERIFY2(tunnel.hint.contains(QStringLiteral("forbids CONNECT"))
                 && tunnel.hint.contains(QStringLiteral("ConnectPort %1").arg(m_origin.port())),
             qPrintable(tunnel.hint));
}

void TestDiagnosis::aServerCertificateFromAnUnknownCaIsExplained()
{
    // Direct, trusting only the system's roots: the chain (leaf + intermediate) ends at a root
    // that was not sent, so there is nothing to offer, only a name.
    DiagnosisOptions options;
    options.trusted = QSslConfiguration::systemCaCertificates();
    const DiagnosticReport report = run(QStringLiteral("https://localhost:%1/").arg(m_tlsPort), directRoute(), options);
    const DiagnosticStep &tls = step(report, Id::Tls);
    QCOMPARE(tls.outcome, Outcome::Fail);
    QVERIFY2(tls.hint.contains(QStringLiteral("ends at “ProxyDeck Test Root CA”")), qPrintable(tls.hint));
    QVERIFY(report.untrustedCa.isNull());
    QCOMPARE(step(report, Id::Http).outcome, Outcome::Skipped);

    // A certificate for another name: a server presenting the (trusted) test root itself, whose
    // only name is its common name.
    const quint16 port = ServerProcess::freePort();
    ServerProcess other(QStringLiteral("openssl"),
                        {QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:%1").arg(port),
                         QStringLiteral("-cert"), cert("root.pem"), QStringLiteral("-key"), cert("root.key"),
                         QStringLiteral("-www"), QStringLiteral("-quiet")});
    QVERIFY2(other.waitForPort(port), qPrintable(other.output()));
    options.trusted = m_testRoot;
    const DiagnosticReport wrongName = run(QStringLiteral("https://localhost:%1/").arg(port), directRoute(), options);
    const DiagnosticStep &mismatch = step(wrongName, Id::Tls);
    QCOMPARE(mismatch.outcome, Outcome::Fail);
    QVERIFY2(mismatch.hint.contains(QStringLiteral("is for ProxyDeck Test Root CA, not localhost")), qPrintable(mismatch.hint));

    // An expired certificate (issued by the trusted root, valid in 2020 only): the date is named.
    const quint16 expiredPort = ServerProcess::freePort();
    ServerProcess expired(QStringLiteral("openssl"),
                          {QStringLiteral("s_server"), QStringLiteral("-accept"),
                           QStringLiteral("127.0.0.1:%1").arg(expiredPort), QStringLiteral("-cert"), cert("expired.pem"),
                           QStringLiteral("-key"), cert("expired.key"), QStringLiteral("-www"), QStringLiteral("-quiet")});
    QVERIFY2(expired.waitForPort(expiredPort), qPrintable(expired.output()));
    const DiagnosticReport old = run(QStringLiteral("https://localhost:%1/").arg(expiredPort), directRoute(), options);
    const DiagnosticStep &expiry = step(old, Id::Tls);
    QCOMPARE(expiry.outcome, Outcome::Fail);
    QVERIFY2(expiry.hint.contains(QStringLiteral("expired on 2021-01-01")), qPrintable(expiry.hint));
}

void TestDiagnosis::tlsInterceptionOffersTheInspectionCa()
{
    const auto proxy = InterceptingProxy::fromTestCerts(m_dir.filePath(QStringLiteral("certs")));
    QVERIFY(proxy);
    InterceptingProxy &inspector = *proxy;
    const QList<QSslCertificate> &ca = inspector.chain();
    QVERIFY(inspector.listen());

    DiagnosisOptions options;
    options.proxy.host = QStringLiteral("127.0.0.1");
    options.proxy.port = inspector.port();
    options.trusted = QSslConfiguration::systemCaCertificates() + m_testRoot;
    const QString url = QStringLiteral("https://localhost:%1/").arg(m_tlsPort);
    const DiagnosticReport before = run(url, proxiedRoute(), options);
    QCOMPARE(step(before, Id::Tunnel).outcome, Outcome::Pass);
    const DiagnosticStep &tls = step(before, Id::Tls);
    QCOMPARE(tls.outcome, Outcome::Fail);
    QVERIFY2(tls.hint.startsWith(QStringLiteral("TLS is intercepted")) && tls.hint.contains(QStringLiteral("“Corporate Inspection CA”")),
             qPrintable(tls.hint));
    QCOMPARE(before.untrustedCa, ca.first());
    const QString sha = QString::fromLatin1(ca.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    QVERIFY(tls.hint.contains(sha.left(23)));
    QCOMPARE(before.toJson().value(QStringLiteral("untrusted_ca")).toObject().value(QStringLiteral("sha256")).toString(),
             sha.toLower());

    // Once the offered CA is trusted (the console imports it as an anchor), the same test passes.
    options.trusted.append(before.untrustedCa);
    const DiagnosticReport after = run(url, proxiedRoute(), options);
    QVERIFY2(after.passed(), qPrintable(describe(after)));
    QVERIFY(step(after, Id::Tls).detail.contains(QStringLiteral("Corporate Inspection CA")));
    QCOMPARE(inspector.tunnelCount(), 2);
}

void TestDiagnosis::aProxyThatStripsWebSocketUpgradesIsNamed()
{
    // tinyproxy forwards a plain request, but drops Upgrade with the other hop-by-hop fields; the
    // echo server then hangs up on a GET that is no handshake, and no answer comes back.
    const DiagnosticReport report = run(QStringLiteral("ws://127.0.0.1:%1/").arg(m_echo.port()), proxiedRoute(),
                                        viaTinyproxy(Password));
    QVERIFY2(step(report, Id::ProxyAuth).outcome != Outcome::Fail, qPrintable(describe(report)));
    QCOMPARE(step(report, Id::Http).outcome, Outcome::Skipped);
    const DiagnosticStep &upgrade = step(report, Id::WebSocket);
    QCOMPARE(upgrade.outcome, Outcome::Fail);
    QVERIFY2(upgrade.hint.contains(QStringLiteral("upgrade was stripped")), qPrintable(describe(report)));
}

void TestDiagnosis::aWebSocketUpgradeDirectPasses()
{
    const DiagnosticReport report = run(QStringLiteral("ws://127.0.0.1:%1/").arg(m_echo.port()), directRoute(), {});
    QVERIFY2(report.passed(), qPrintable(describe(report)));
    QCOMPARE(step(report, Id::WebSocket).detail.left(3), QStringLiteral("101"));

    // An http:// URL with the WebSocket option: the HTTP status first, then a second connection
    // for the upgrade; the origin does not speak WebSocket, which is named.
    DiagnosisOptions options;
    options.webSocket = true;
    const DiagnosticReport both = run(QStringLiteral("http://127.0.0.1:%1/bytes/5").arg(m_origin.port()), directRoute(), options);
    QCOMPARE(step(both, Id::Http).outcome, Outcome::Pass);
    const DiagnosticStep &upgrade = step(both, Id::WebSocket);
    QCOMPARE(upgrade.outcome, Outcome::Fail);
    QVERIFY2(upgrade.hint.contains(QStringLiteral("did not accept a WebSocket")), qPrintable(describe(both)));
}

void TestDiagnosis::aClosedProxyPortIsNamed()
{
    DiagnosisOptions options = viaTinyproxy(Password);
    options.proxy.port = ServerProcess::freePort();
    const DiagnosticReport report = run(QStringLiteral("https://localhost:%1/").arg(m_tlsPort), proxiedRoute(), options);
    const DiagnosticStep &connect = step(report, Id::ConnectProxy);
    QCOMPARE(connect.outcome, Outcome::Fail);
    QVERIFY2(connect.hint.contains(QStringLiteral("Nothing accepts connections on 127.0.0.1:%1").arg(options.proxy.port)),
             qPrintable(connect.hint));
}

void TestDiagnosis::namesThatDoNotResolveAreNamed()
{
    DiagnosisOptions options = viaTinyproxy(Password);
    options.proxy.host = QStringLiteral("proxy.corp.invalid");
    const DiagnosticReport report = run(QStringLiteral("https://example.com/"), proxiedRoute(), options);
    const DiagnosticStep &resolve = step(report, Id::ResolveProxy);
    QCOMPARE(resolve.outcome, Outcome::Fail);
    QVERIFY2(resolve.hint.contains(QStringLiteral("“proxy.corp.invalid” does not resolve")), qPrintable(resolve.hint));

    Route bypass;
    bypass.kind = Route::Kind::BypassedRule;
    bypass.reason = QStringLiteral("NO_PROXY entry .invalid");
    const DiagnosticReport direct = run(QStringLiteral("https://intranet.invalid/"), bypass, {});
    const DiagnosticStep &target = step(direct, Id::ResolveTarget);
    QCOMPARE(target.outcome, Outcome::Fail);
    QVERIFY2(target.hint.contains(QStringLiteral("bypasses the proxy (NO_PROXY entry .invalid)")), qPrintable(target.hint));
}

void TestDiagnosis::aProxyThatNeverAnswersTimesOut()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    DiagnosisOptions options = viaTinyproxy(Password);
    options.proxy.port = silent.serverPort();
    options.timeoutMs = 700;
    const DiagnosticReport report = run(QStringLiteral("https://localhost:%1/").arg(m_tlsPort), proxiedRoute(), options);
    QCOMPARE(step(report, Id::ConnectProxy).outcome, Outcome::Pass);
    const DiagnosticStep &auth = step(report, Id::ProxyAuth);
    QCOMPARE(auth.outcome, Outcome::Fail);
    QVERIFY2(auth.hint.contains(QStringLiteral("did not answer CONNECT within 0.7 s")), qPrintable(auth.hint));
    QVERIFY(auth.durationMs >= 600);
}

void TestDiagnosis::aClosedTargetPortOnADirectRouteIsNamed()
{
    const quint16 closed = ServerProcess::freePort();
    Route bypass;
    bypass.kind = Route::Kind::BypassedToggle;
    bypass.reason = QStringLiteral("the connection's “Use global proxy” is off");
    const DiagnosticReport report = run(QStringLiteral("tcp://127.0.0.1:%1").arg(closed), bypass, {});
    const DiagnosticStep &connect = step(report, Id::ConnectTarget);
    QCOMPARE(connect.outcome, Outcome::Fail);
    QVERIFY2(connect.hint.contains(QStringLiteral("bypasses the proxy")), qPrintable(connect.hint));
    QCOMPARE(step(report, Id::Http).outcome, Outcome::Skipped);
    // tcp:// through the proxy: CONNECT to the port is the whole test.
    const DiagnosticReport tunnel = run(QStringLiteral("tcp://localhost:%1").arg(m_tlsPort), proxiedRoute(),
                                        viaTinyproxy(Password));
    QVERIFY2(tunnel.passed(), qPrintable(describe(tunnel)));
    QCOMPARE(step(tunnel, Id::Tunnel).outcome, Outcome::Pass);
}

void TestDiagnosis::answersThatAreNotHttpAreNamed()
{
    ScriptedServer ssh("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n", false);
    DiagnosisOptions options = viaTinyproxy(Password);
    options.proxy.port = ssh.serverPort();
    const DiagnosticReport report = run(QStringLiteral("https://localhost:%1/").arg(m_tlsPort), proxiedRoute(), options);
    const DiagnosticStep &auth = step(report, Id::ProxyAuth);
    QCOMPARE(auth.outcome, Outcome::Fail);
    QVERIFY2(auth.detail.startsWith(QStringLiteral("not an HTTP answer")), qPrintable(auth.detail));
    QVERIFY2(auth.hint.contains(QStringLiteral("does not speak HTTP")), qPrintable(auth.hint));
}

void TestDiagnosis::aFailingServerIsNamed()
{
    ScriptedServer failing("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n", true);
    const DiagnosticReport report = run(QStringLiteral("http://127.0.0.1:%1/health").arg(failing.serverPort()),
                                        directRoute(), {});
    const DiagnosticStep &http = step(report, Id::Http);
    QCOMPARE(http.outcome, Outcome::Fail);
    QCOMPARE(http.detail, QStringLiteral("503 Service Unavailable"));
    QVERIFY2(http.hint.contains(QStringLiteral("reachable, but failing")), qPrintable(http.hint));
}

void TestDiagnosis::aRewrittenWebSocketHandshakeIsNamed()
{
    ScriptedServer rewriting("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                             "Sec-WebSocket-Accept: bm90IHRoZSByaWdodCBhbnN3ZXI=\r\n\r\n",
                             false);
    const DiagnosticReport report = run(QStringLiteral("ws://127.0.0.1:%1/").arg(rewriting.serverPort()), directRoute(), {});
    const DiagnosticStep &upgrade = step(report, Id::WebSocket);
    QCOMPARE(upgrade.outcome, Outcome::Fail);
    QVERIFY2(upgrade.hint.contains(QStringLiteral("wrong Sec-WebSocket-Accept")), qPrintable(upgrade.hint));
}

void TestDiagnosis::anHttpsProxyWithAnUntrustedCertificateIsNamed()
{
    // An https:// proxy whose certificate chain ends at a root this machine does not have: the
    // TLS with the proxy itself fails, before any credential is sent (s_server stands in for the
    // proxy's TLS side; nothing after the handshake is reached).
    DiagnosisOptions options = viaTinyproxy(Password);
    options.proxy.scheme = QStringLiteral("https");
    options.proxy.host = QStringLiteral("localhost");
    options.proxy.port = m_tlsPort;
    options.trusted = QSslConfiguration::systemCaCertificates();
    const DiagnosticReport report = run(QStringLiteral("https://example.com/"), proxiedRoute(), options);
    QCOMPARE(step(report, Id::ConnectProxy).outcome, Outcome::Pass);
    const DiagnosticStep &tls = step(report, Id::ProxyTls);
    QCOMPARE(tls.outcome, Outcome::Fail);
    QVERIFY2(tls.hint.contains(QStringLiteral("whoever runs the proxy")), qPrintable(tls.hint));
    QCOMPARE(step(report, Id::ProxyAuth).outcome, Outcome::Skipped);
    QCOMPARE(step(report, Id::Tls).outcome, Outcome::Skipped); // TLS inside TLS is not checked
}

void TestDiagnosis::theRunnerTestsConnectionsWithTheirRoutesAndCancels()
{
    SettingsData data = SettingsData::defaults();
    data.profiles[0].host = QStringLiteral("127.0.0.1");
    data.profiles[0].port = m_tinyproxyPort;
    data.profiles[0].username = User;
    Connection api{QStringLiteral("c1"), QStringLiteral("Secure API"), QStringLiteral("http-api"),
                   QStringLiteral("https://localhost:%1/").arg(m_tlsPort), true};
    Connection local{QStringLiteral("c2"), QStringLiteral("Local origin"), QStringLiteral("http-api"),
                     QStringLiteral("http://127.0.0.1:%1/bytes/3").arg(m_origin.port()), false};
    data.connections = {api, local};
    const auto targets = DiagnosticsRunner::targets(data, {});
    QVERIFY(targets);
    QCOMPARE(targets.value().size(), 2);
    QCOMPARE(targets.value().at(0).label, QStringLiteral("Secure API"));
    QCOMPARE(targets.value().at(0).route.kind, Route::Kind::Proxied);
    QCOMPARE(targets.value().at(1).route.kind, Route::Kind::BypassedToggle);

    // The anchors folder holds the test root, as after an import on the Certificates page.
    QTemporaryDir config;
    QVERIFY(QDir().mkpath(config.filePath(QStringLiteral("anchors"))));
    QVERIFY(QFile::copy(cert("root.pem"), config.filePath(QStringLiteral("anchors/root.pem"))));
    DiagnosticsRunner runner(data, Password, config.path());
    QSignalSpy finished(&runner, &DiagnosticsRunner::finished);
    QSignalSpy progress(&runner, &DiagnosticsRunner::progress);
    runner.start(targets.value());
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(runner.reports().size(), 2);
    QVERIFY2(runner.reports().at(0).passed(), qPrintable(runner.reports().at(0).toText()));
    QVERIFY2(runner.reports().at(1).passed(), qPrintable(runner.reports().at(1).toText()));
    QCOMPARE(runner.reports().at(1).route, QStringLiteral("bypassed-toggle"));
    QCOMPARE(progress.last().at(0).toInt(), 2);

    // URLs that are not testable are refused with the field named.
    const auto bad = DiagnosticsRunner::targets(data, {QStringLiteral("ftp://files.example/")});
    QVERIFY(!bad);
    QCOMPARE(bad.error().field, QStringLiteral("url"));

    // Cancel: one at a time, the first stuck on a proxy that never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    data.profiles[0].port = silent.serverPort();
    DiagnosticsRunner stuck(data, Password, config.path());
    stuck.setConcurrency(1);
    QSignalSpy stuckFinished(&stuck, &DiagnosticsRunner::finished);
    const auto three = DiagnosticsRunner::targets(
        data, {QStringLiteral("https://a.example/"), QStringLiteral("https://b.example/"), QStringLiteral("https://c.example/")});
    QVERIFY(three);
    stuck.start(three.value());
    QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), 5000); // the first is waiting for its CONNECT answer
    QTest::qWait(100);
    stuck.cancel();
    QVERIFY(stuckFinished.size() == 1 || stuckFinished.wait(5000));
    QCOMPARE(stuck.reports().size(), 3);
    for (const DiagnosticReport &report : stuck.reports()) {
        QVERIFY(report.cancelled);
        QVERIFY(!report.passed());
    }
    QVERIFY(!stuck.isRunning());
}

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
