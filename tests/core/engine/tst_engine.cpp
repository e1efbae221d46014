// The engine end to end with real parts on loopback: the real curl and raw sockets as clients, a
// real tinyproxy demanding Basic credentials as the upstream (and a real Squid, which answers
// wrong credentials by the book), openssl s_server with the test CA's leaf as the HTTPS origin,
// the OriginServer and WebSocketEcho of tests/support as origins.
// The limits and malformed input are in tst_enginelimits.cpp.
#include "curl.h"
#include "engine.h"
#include "enginetesthelpers.h"
#include "httpreply.h"
#include "originserver.h"
#include "recordingserver.h"
#include "routeresolver.h"
#include "serverprocess.h"
#include "settingsdata.h"
#include "testsupport.h"
#include "websocketecho.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QWebSocket>

#include <memory>

using EngineTest::fetch;
using EngineTest::get;
using EngineTest::originUrl;
using EngineTest::proxyUrl;

namespace {

const QString User = QStringLiteral("alice");
const QString Password = QStringLiteral("s3cret-pw");

QString tinyproxyConfig(const QString &dir, quint16 port, const QList<quint16> &connectPorts)
{
    QString config = QStringLiteral("Port %1\nListen 127.0.0.1\nTimeout 60\nMaxClients 100\nLogLevel Info\n"
                                    "LogFile \"%2/tinyproxy.log\"\nBasicAuth %3 %4\n")
                         .arg(port)
                         .arg(dir, User, Password);
    for (const quint16 connectPort : connectPorts)
        config += QStringLiteral("ConnectPort %1\n").arg(connectPort);
    return config;
}

// Squid with Basic credentials checked by its NCSA helper, memory only, everything in dir.
QString squidConfig(const QString &dir, quint16 port)
{
    return QStringLiteral("http_port 127.0.0.1:%1\npid_filename %2/squid.pid\ncache_log %2/cache.log\n"
                          "access_log stdio:%2/access.log\ncoredump_dir %2\nnetdb_filename none\n"
                          "pinger_enable off\nshutdown_lifetime 0 seconds\ncache deny all\n"
                          "auth_param basic program /usr/lib/squid/basic_ncsa_auth %2/passwd\n"
                          "auth_param basic children 2 startup=1\nacl authenticated proxy_auth REQUIRED\n"
                          "http_access allow authenticated\nhttp_access deny all\n")
        .arg(port)
        .arg(dir);
}

// curl arguments that POST a file's bytes as they are, without "Expect: 100-continue" (curl
// would wait a second for a 100 the origin does not send).
QStringList postFile(const QString &path)
{
    return {QStringLiteral("-H"), QStringLiteral("Expect:"), QStringLiteral("--data-binary"), u'@' + path};
}

QByteArray connectRequest(const QByteArray &authority)
{
    return "CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\n\r\n";
}

// A client-side WebSocket handshake (RFC 6455 §4.1) in absolute-form, as a proxy client sends it;
// the key is the RFC's example, so the accept value is known.
QByteArray webSocketUpgrade(quint16 port)
{
    const QByteArray authority = "127.0.0.1:" + QByteArray::number(port);
    return "GET ws://" + authority + "/ HTTP/1.1\r\nHost: " + authority
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
          "Sec-WebSocket-Version: 13\r\n\r\n";
}

// A masked text frame (a client must mask, RFC 6455 §5.3), payload under 126 bytes.
QByteArray maskedTextFrame(const QByteArray &payload)
{
    const char mask[4] = {0x12, 0x34, 0x56, 0x78};
    QByteArray frame;
    frame += char(0x81);
    frame += char(0x80 | payload.size());
    frame += QByteArray(mask, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame += char(payload[i] ^ mask[i % 4]);
    return frame;
}

// The records of a spy on Engine::tunnelFinished.
QList<TunnelRecord> finishedRecords(const QSignalSpy &spy)
{
    QList<TunnelRecord> records;
    for (const QList<QVariant> &arguments : spy)
        records.append(arguments.constFirst().value<TunnelRecord>());
    return records;
}

// The records of a spy on Engine::tunnelsChanged, every batch in order.
QList<TunnelRecord> changedRecords(const QSignalSpy &spy)
{
    QList<TunnelRecord> records;
    for (const QList<QVariant> &arguments : spy)
        records += arguments.constFirst().value<TunnelRecords>();
    return records;
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void forwardsThroughTheAuthenticatingUpstreamWhileTheClientSendsNoCredentials();
    void tunnelsHttpsToTheTlsOrigin_data();
    void tunnelsHttpsToTheTlsOrigin();
    void answers502NamingTheRejectedCredentialsWhenTheUpstreamPasswordIsWrong_data();
    void answers502NamingTheRejectedCredentialsWhenTheUpstreamPasswordIsWrong();
    void passesAnUpstream401ToAPlainRequestThroughAsItMayBeTheOrigins();
    void goesDirectForAMatchingNoProxyEntryAndThroughTheUpstreamOtherwise_data();
    void goesDirectForAMatchingNoProxyEntryAndThroughTheUpstreamOtherwise();
    void statusPageCountsTheTrafficBeforeIt();
    void refusesConnectToAPortOutsideConnectPortsNamingTheAllowedOnes();

    void keepsOneOriginConnectionForTwoRequestsOnOneClientConnection();
    void closesAnHttp10ConnectionWithoutKeepAliveAfterTheResponse();
    void relaysAChunkedRequestBodyExactly();
    void relaysChunkedAndCloseDelimitedResponsesWhole_data();
    void relaysChunkedAndCloseDelimitedResponsesWhole();

    void carriesAWebSocketThroughConnect_data();
    void carriesAWebSocketThroughConnect();
    void passesAnAbsoluteFormWebSocketUpgradeThrough_data();
    void passesAnAbsoluteFormWebSocketUpgradeThrough();

    void refusesToListenBeyondLoopbackWithoutAnAllowlist();
    void answers403AndClosesForAClientOutsideTheAllowlist();

    void holdsTheOriginBackWhileTheClientDoesNotRead();

    void reportsAFinishedTunnelWithTargetRouteStatusAndBytes_data();
    void reportsAFinishedTunnelWithTargetRouteStatusAndBytes();
    void reportsAFinishedRequestWithoutItsQuery();

private:
    void startSquid();
    EngineConfig directConfig() const;
    EngineConfig upstreamConfig(const QString &password, quint16 port = 0) const; // 0: tinyproxy
    QString cert(const char *name) const
    {
        return m_dir.filePath(QStringLiteral("certs/") + QString::fromLatin1(name));
    }
    QString origin(const QString &path) const { return originUrl(m_origin.port(), path); }
    // Writes a file in the temporary folder; its path, empty on failure.
    QString write(const QString &name, const QByteArray &bytes) const;
    QString tlsUrl() const { return QStringLiteral("https://localhost:%1/").arg(m_tlsPort); }
    QString tinyproxyLog() const
    {
        return QString::fromUtf8(TestSupport::readFile(m_dir.filePath(QStringLiteral("tinyproxy.log"))));
    }
    // curl, through the engine, to the TLS origin: CONNECT, then TLS checked against the test CA.
    CurlResult fetchTls(const Engine &engine) const
    {
        return fetch(engine, tlsUrl(), {QStringLiteral("--cacert"), cert("root.pem")});
    }

    QTemporaryDir m_dir;
    OriginServer m_origin;
    WebSocketEcho m_echo;
    std::unique_ptr<ServerProcess> m_tls;
    std::unique_ptr<ServerProcess> m_tinyproxy;
    std::unique_ptr<ServerProcess> m_squid;
    quint16 m_tlsPort = 0;
    quint16 m_tinyproxyPort = 0; // 0: tinyproxy is not installed
    quint16 m_squidPort = 0;     // 0: Squid is not installed
};

#define REQUIRE_TINYPROXY()                                                                                 \
    do {                                                                                                    \
        if (!m_tinyproxyPort)                                                                               \
            QSKIP("tinyproxy is not installed (scripts/install-deps and CI install it)");                   \
    } while (false)

#define REQUIRE_SQUID()                                                                                     \
    do {                                                                                                    \
        if (!m_squidPort)                                                                                   \
            QSKIP("squid is not installed (scripts/install-deps and CI install it)");                       \
    } while (false)

void TestEngine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(Curl::isAvailable(), "curl is needed: it is the client of every test here");
    QVERIFY(m_origin.listen());
    QVERIFY(m_echo.listen());

    // The HTTPS origin: the test CA's localhost leaf, with its intermediate, on a free port.
    const QString makeCerts = QStringLiteral(PROXYDECK_SUPPORT_DIR "/make-test-certs");
    QCOMPARE(QProcess::execute(makeCerts, {m_dir.filePath(QStringLiteral("certs"))}), 0);
    m_tlsPort = ServerProcess::freePort();
    const QStringList tlsArguments = {QStringLiteral("s_server"), QStringLiteral("-accept"),
                                      QStringLiteral("127.0.0.1:%1").arg(m_tlsPort), QStringLiteral("-cert"),
                                      cert("leaf.pem"), QStringLiteral("-key"), cert("leaf.key"),
                                      QStringLiteral("-cert_chain"), cert("inter.pem"),
                                      QStringLiteral("-www"), QStringLiteral("-quiet")};
    m_tls = std::make_unique<ServerProcess>(QStringLiteral("openssl"), tlsArguments);
    QVERIFY2(m_tls->waitForPort(m_tlsPort), qPrintable(m_tls->output()));

    startSquid();
    if (QTest::currentTestFailed())
        return;

    // The upstream: tinyproxy in the foreground, Basic credentials required, CONNECT allowed to the
    // TLS origin and the WebSocket echo only.
    const QString tinyproxy = ServerProcess::find(QStringLiteral("tinyproxy"));
    if (tinyproxy.isEmpty())
        return;
    const quint16 port = ServerProcess::freePort();
    const QString configFile = m_dir.filePath(QStringLiteral("tinyproxy.conf"));
    QFile file(configFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(tinyproxyConfig(m_dir.path(), port, {m_tlsPort, m_echo.port()}).toUtf8());
    file.close();
    const QStringList arguments = {QStringLiteral("-d"), QStringLiteral("-c"), configFile};
    m_tinyproxy = std::make_unique<ServerProcess>(tinyproxy, arguments);
    QVERIFY2(m_tinyproxy->waitForPort(port), qPrintable(m_tinyproxy->output() + tinyproxyLog()));
    m_tinyproxyPort = port;
}

void TestEngine::startSquid()
{
    const QString squid = ServerProcess::find(QStringLiteral("squid"));
    if (squid.isEmpty() || !QFile::exists(QStringLiteral("/usr/lib/squid/basic_ncsa_auth")))
        return;
    // Started as root, Squid and its helper switch to Squid's own user, which must reach the files.
    const QString dir = m_dir.filePath(QStringLiteral("squid"));
    QVERIFY(QDir().mkpath(dir));
    const auto owner = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    QFile::setPermissions(m_dir.path(), owner | QFile::ExeGroup | QFile::ExeOther);
    QFile::setPermissions(dir, owner | QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
                                   | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther);
    QProcess hash;
    hash.start(QStringLiteral("openssl"), {QStringLiteral("passwd"), QStringLiteral("-apr1"), Password});
    QVERIFY(hash.waitForFinished(10000) && hash.exitCode() == 0);
    QFile passwd(dir + QStringLiteral("/passwd"));
    QVERIFY(passwd.open(QIODevice::WriteOnly));
    passwd.write(User.toUtf8() + ':' + hash.readAllStandardOutput().trimmed() + '\n');
    passwd.close();
    const quint16 port = ServerProcess::freePort();
    QFile config(dir + QStringLiteral("/squid.conf"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(squidConfig(dir, port).toUtf8());
    config.close();
    m_squid = std::make_unique<ServerProcess>(
        squid, QStringList{QStringLiteral("-N"), QStringLiteral("-f"), config.fileName()});
    const bool listening = m_squid->waitForPort(port);
    const QByteArray log = TestSupport::readFile(dir + QStringLiteral("/cache.log"));
    QVERIFY2(listening, qPrintable(m_squid->output() + QString::fromUtf8(log)));
    m_squidPort = port;
}

QString TestEngine::write(const QString &name, const QByteArray &bytes) const
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

EngineConfig TestEngine::directConfig() const
{
    EngineConfig config;
    const QString ports = QStringLiteral("443 %1 %2").arg(m_tlsPort).arg(m_echo.port());
    config.connectPorts = PortRanges::parse(ports).value();
    return config;
}

EngineConfig TestEngine::upstreamConfig(const QString &password, quint16 port) const
{
    EngineConfig config = directConfig();
    config.upstream.scheme = QStringLiteral("http");
    config.upstream.host = QStringLiteral("127.0.0.1");
    config.upstream.port = port ? port : m_tinyproxyPort;
    config.upstream.user = User;
    config.upstream.authorization = UpstreamProxy::basicAuthorization(User, password);
    return config;
}

// ---- forwarding and tunnels -----------------------------------------------------------------

void TestEngine::forwardsThroughTheAuthenticatingUpstreamWhileTheClientSendsNoCredentials()
{
    REQUIRE_TINYPROXY();
    const QString url = origin(QStringLiteral("/bytes/1000000"));
    // The upstream really demands credentials: the same curl straight to it is refused.
    const QString tinyproxy = QStringLiteral("http://127.0.0.1:%1").arg(m_tinyproxyPort);
    const CurlResult refused = Curl::run({QStringLiteral("-x"), tinyproxy, url});
    QVERIFY2(refused.status == 407, qPrintable(refused.describe()));

    START_ENGINE(engine, upstreamConfig(Password));
    const qsizetype headsBefore = m_origin.heads().size();
    // No -U, no user in the proxy URL: the engine adds the credentials.
    const CurlResult r = fetch(*engine, url);
    QVERIFY2(r.exitCode == 0 && r.status == 200, qPrintable(r.describe()));
    QCOMPARE(r.body.size(), 1000000);
    QVERIFY(r.body == OriginServer::content(0, 1000000));

    // It went through tinyproxy (its Via), which took the credentials off.
    const QStringList heads = m_origin.heads();
    QCOMPARE(heads.size(), headsBefore + 1);
    QVERIFY2(heads.constLast().startsWith(u"GET /bytes/1000000 "), qPrintable(heads.constLast()));
    QVERIFY2(heads.constLast().contains(u"tinyproxy", Qt::CaseInsensitive), qPrintable(heads.constLast()));
    QVERIFY(!heads.constLast().contains(u"Proxy-Authorization", Qt::CaseInsensitive));
}

void TestEngine::tunnelsHttpsToTheTlsOrigin_data()
{
    QTest::addColumn<bool>("viaUpstream");
    QTest::newRow("through the authenticating upstream") << true;
    QTest::newRow("direct") << false;
}

void TestEngine::tunnelsHttpsToTheTlsOrigin()
{
    QFETCH(bool, viaUpstream);
    if (viaUpstream)
        REQUIRE_TINYPROXY();
    START_ENGINE(engine, viaUpstream ? upstreamConfig(Password) : directConfig());
    const qsizetype logBefore = tinyproxyLog().size();

    const CurlResult r = fetchTls(*engine);
    QVERIFY2(r.exitCode == 0 && r.status == 200 && r.connectStatus == 200, qPrintable(r.describe()));
    // openssl s_server -www describes the session it served.
    QVERIFY2(r.body.contains("Ciphers supported in s_server binary"), r.body.constData());

    const QString upstreamSaw = tinyproxyLog().mid(logBefore);
    QCOMPARE(upstreamSaw.contains(QStringLiteral("CONNECT localhost:%1").arg(m_tlsPort)), viaUpstream);
}

void TestEngine::answers502NamingTheRejectedCredentialsWhenTheUpstreamPasswordIsWrong_data()
{
    QTest::addColumn<bool>("squid"); // else tinyproxy
    QTest::addColumn<bool>("tunnel");
    QTest::addColumn<int>("rejection");
    QTest::newRow("http:// in absolute-form, Squid answers 407") << true << false << 407;
    QTest::newRow("https:// through CONNECT, Squid answers 407") << true << true << 407;
    // tinyproxy up to 1.11.2 answers wrong credentials with 401 (tinyproxy issue #532).
    QTest::newRow("https:// through CONNECT, tinyproxy answers 401") << false << true << 401;
}

void TestEngine::answers502NamingTheRejectedCredentialsWhenTheUpstreamPasswordIsWrong()
{
    QFETCH(bool, squid);
    QFETCH(bool, tunnel);
    QFETCH(int, rejection);
    if (squid)
        REQUIRE_SQUID();
    else
        REQUIRE_TINYPROXY();
    const quint16 upstreamPort = squid ? m_squidPort : m_tinyproxyPort;
    // The upstream answers a wrong password as the row says.
    const QString upstream = QStringLiteral("http://127.0.0.1:%1").arg(upstreamPort);
    const CurlResult direct = Curl::run({QStringLiteral("-x"), upstream, QStringLiteral("-U"),
                                         User + QStringLiteral(":wrong-password"),
                                         origin(QStringLiteral("/bytes/10"))});
    QVERIFY2(direct.status == rejection, qPrintable(direct.describe()));

    START_ENGINE(engine, upstreamConfig(QStringLiteral("wrong-password"), upstreamPort));
    const qsizetype headsBefore = m_origin.heads().size();
    const QString expected
        = QStringLiteral("upstream proxy rejected the credentials of “%1” (%2): check the password")
              .arg(User)
              .arg(rejection);
    if (!tunnel) {
        const CurlResult r = fetch(*engine, origin(QStringLiteral("/bytes/10")));
        QVERIFY2(r.status == 502, qPrintable(r.describe()));
        QVERIFY2(QString::fromUtf8(r.body).contains(expected), r.body.constData());
    } else {
        const CurlResult r = fetchTls(*engine);
        QVERIFY2(r.exitCode != 0 && r.connectStatus == 502, qPrintable(r.describe()));
        // curl does not show a refused CONNECT's body: a raw client reads it.
        const QByteArray authority = "localhost:" + QByteArray::number(m_tlsPort);
        const HttpReply reply = HttpReply::exchange(engine->port(), connectRequest(authority));
        VERIFY_ANSWER(reply, 502, expected);
        QVERIFY(reply.closed);
    }
    QCOMPARE(m_origin.heads().size(), headsBefore);
}

void TestEngine::passesAnUpstream401ToAPlainRequestThroughAsItMayBeTheOrigins()
{
    // tinyproxy's 401 for wrong credentials looks like an origin's 401 relayed, which must reach
    // the client: to an absolute-form request the engine cannot tell them apart, and does not try.
    REQUIRE_TINYPROXY();
    START_ENGINE(engine, upstreamConfig(QStringLiteral("wrong-password")));
    const qsizetype headsBefore = m_origin.heads().size();
    const CurlResult r = fetch(*engine, origin(QStringLiteral("/bytes/10")));
    QVERIFY2(r.exitCode == 0 && r.status == 401, qPrintable(r.describe()));
    QVERIFY2(r.body.contains("<h1>Unauthorized</h1>"), r.body.constData());
    QVERIFY2(r.headers.contains("WWW-Authenticate: Basic realm=\"Tinyproxy\""), r.headers.constData());
    QCOMPARE(m_origin.heads().size(), headsBefore);
}

void TestEngine::goesDirectForAMatchingNoProxyEntryAndThroughTheUpstreamOtherwise_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<bool>("direct");
    QTest::newRow("the origin's address") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("the origin's address and port")
        << QStringLiteral("127.0.0.1:%1").arg(m_origin.port()) << true;
    QTest::newRow("the loopback network") << QStringLiteral("127.0.0.0/8") << true;
    QTest::newRow("the origin's address, another port") << QStringLiteral("127.0.0.1:1") << false;
    QTest::newRow("another host") << QStringLiteral("example.com") << false;
    QTest::newRow("no entry") << QString() << false;
}

void TestEngine::goesDirectForAMatchingNoProxyEntryAndThroughTheUpstreamOtherwise()
{
    QFETCH(QString, entry);
    QFETCH(bool, direct);
    // The "upstream" records what reaches it and answers "ok".
    RecordingServer upstream;
    const quint16 upstreamPort = upstream.listen(QHostAddress::LocalHost);
    QVERIFY(upstreamPort);

    SettingsData data;
    ProxyProfile profile;
    profile.id = QStringLiteral("p1");
    profile.name = QStringLiteral("Office");
    profile.host = QStringLiteral("127.0.0.1");
    profile.port = upstreamPort;
    data.profiles.append(profile);
    data.activeProfileId = profile.id;
    if (!entry.isEmpty())
        data.noProxy.append(entry);
    EngineConfig config = directConfig();
    config.upstream.host = QStringLiteral("127.0.0.1");
    config.upstream.port = upstreamPort;
    config.routes = std::make_shared<const RouteResolver>(data);
    START_ENGINE(engine, config);
    QSignalSpy finished(engine.get(), &Engine::tunnelFinished);

    const qsizetype headsBefore = m_origin.heads().size();
    const QString path = QStringLiteral("/bytes/1000");
    const CurlResult r = fetch(*engine, origin(path));
    QVERIFY2(r.exitCode == 0 && r.status == 200, qPrintable(r.describe()));
    if (direct) {
        QVERIFY(r.body == OriginServer::content(0, 1000));
        QCOMPARE(m_origin.heads().size(), headsBefore + 1);
        QVERIFY(upstream.requestLines().isEmpty());
    } else {
        QCOMPARE(r.body, QByteArray("ok"));
        QCOMPARE(m_origin.heads().size(), headsBefore);
        const QString line = QStringLiteral("GET %1 HTTP/1.1").arg(origin(path));
        QCOMPARE(upstream.requestLines(), QStringList{line});
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(finishedRecords(finished).constFirst().route,
             direct ? QStringLiteral("direct (NO_PROXY %1)").arg(entry) : QStringLiteral("upstream"));
}

void TestEngine::statusPageCountsTheTrafficBeforeIt()
{
    START_ENGINE(engine, directConfig());
    const CurlResult download = fetch(*engine, origin(QStringLiteral("/bytes/100000")));
    QVERIFY2(download.status == 200 && download.body.size() == 100000, qPrintable(download.describe()));
    const QString upload = write(QStringLiteral("status-upload"), OriginServer::content(0, 5000));
    QVERIFY(!upload.isEmpty());
    const CurlResult echo = fetch(*engine, origin(QStringLiteral("/echo")), postFile(upload));
    QVERIFY2(echo.status == 200 && echo.body.size() == 5000, qPrintable(echo.describe()));

    // Addressed to the engine itself, not through it.
    const CurlResult r = Curl::run({QStringLiteral("http://127.0.0.1:%1/status").arg(engine->port())});
    QVERIFY2(r.exitCode == 0 && r.status == 200, qPrintable(r.describe()));
    QVERIFY2(r.headers.contains("Content-Type: application/json"), r.headers.constData());
    QJsonParseError error;
    const QJsonObject status = QJsonDocument::fromJson(r.body, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, r.body.constData());
    QCOMPARE(status.value(u"service").toString(), QStringLiteral("proxydeck-engine"));
    QCOMPARE(status.value(u"listen").toString(), QStringLiteral("127.0.0.1:%1").arg(engine->port()));
    const QJsonObject tunnels = status.value(u"tunnels").toObject();
    QCOMPARE(tunnels.value(u"total").toInteger(), qint64(2));  // the two requests; /status is not one
    QCOMPARE(tunnels.value(u"failed").toInteger(), qint64(0));
    QCOMPARE(tunnels.value(u"active").toInteger(), qint64(0));
    const QJsonObject bytes = status.value(u"bytes").toObject();
    QCOMPARE(bytes.value(u"up").toInteger(), qint64(5000));             // the request body
    QCOMPARE(bytes.value(u"down").toInteger(), qint64(100000 + 5000)); // the response bodies
    QCOMPARE(status.value(u"connections").toObject().value(u"total").toInteger(), qint64(3));
    QCOMPARE(status.value(u"connect_ports").toString(), engine->config().connectPorts.toString());
}

void TestEngine::refusesConnectToAPortOutsideConnectPortsNamingTheAllowedOnes()
{
    START_ENGINE(engine, directConfig());
    const QByteArray authority = "127.0.0.1:" + QByteArray::number(m_origin.port());
    const HttpReply reply = HttpReply::exchange(engine->port(), connectRequest(authority));
    VERIFY_ANSWER(reply, 403, QStringLiteral("CONNECT to port %1 is not allowed by this engine (allowed: %2)")
                                  .arg(m_origin.port())
                                  .arg(engine->config().connectPorts.toString()));
    QVERIFY(reply.closed);
    VERIFY_SERVES(*engine, m_origin);
}

// ---- keep-alive and framing -----------------------------------------------------------------

void TestEngine::keepsOneOriginConnectionForTwoRequestsOnOneClientConnection()
{
    START_ENGINE(engine, directConfig());
    const int connectionsBefore = m_origin.connectionCount();
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, engine->port());
    QVERIFY(client.waitForConnected(5000));

    client.write(get(m_origin.port(), "/bytes/1000"));
    const HttpReply first = HttpReply::read(client);
    QCOMPARE(first.status, 200);
    QVERIFY(first.body == OriginServer::content(0, 1000));
    client.write(get(m_origin.port(), "/bytes/2000"));
    const HttpReply second = HttpReply::read(client);
    QCOMPARE(second.status, 200);
    QVERIFY(second.body == OriginServer::content(0, 2000));
    QVERIFY(first.rest.isEmpty() && second.rest.isEmpty());

    QCOMPARE(client.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_origin.connectionCount() - connectionsBefore, 1);
}

void TestEngine::closesAnHttp10ConnectionWithoutKeepAliveAfterTheResponse()
{
    START_ENGINE(engine, directConfig());
    const QByteArray request = get(m_origin.port(), "/bytes/3000", "HTTP/1.0");
    const HttpReply reply = HttpReply::exchange(engine->port(), request);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body == OriginServer::content(0, 3000));
    QCOMPARE(reply.header("Connection").toLower(), QByteArray("close"));
    QVERIFY2(reply.closed, "an HTTP/1.0 connection without keep-alive ends with its response");
    QVERIFY(reply.rest.isEmpty());
}

void TestEngine::relaysAChunkedRequestBodyExactly()
{
    START_ENGINE(engine, directConfig());
    // curl chunks a body of its own.
    const QByteArray body = OriginServer::content(7, 300000);
    const QString upload = write(QStringLiteral("chunked-upload"), body);
    QVERIFY(!upload.isEmpty());
    const CurlResult r = fetch(*engine, origin(QStringLiteral("/echo")),
                               QStringList{QStringLiteral("-H"), QStringLiteral("Transfer-Encoding: chunked")}
                                   + postFile(upload));
    QVERIFY2(r.exitCode == 0 && r.status == 200, qPrintable(r.describe()));
    QCOMPARE(r.body.size(), body.size());
    QVERIFY(r.body == body);
    QVERIFY2(m_origin.heads().constLast().contains(u"Transfer-Encoding: chunked", Qt::CaseInsensitive),
             qPrintable(m_origin.heads().constLast()));

    // By hand: an extension, a trailer field and the head and body in separate writes.
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, engine->port());
    QVERIFY(client.waitForConnected(5000));
    const QByteArray authority = "127.0.0.1:" + QByteArray::number(m_origin.port());
    client.write("POST http://" + authority + "/echo HTTP/1.1\r\nHost: " + authority
                 + "\r\nTransfer-Encoding: chunked\r\n\r\n");
    client.flush();
    QTest::qWait(100);
    client.write("5;name=value\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: yes\r\n\r\n");
    const HttpReply reply = HttpReply::read(client);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArray("hello world"));
}

void TestEngine::relaysChunkedAndCloseDelimitedResponsesWhole_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("viaUpstream");
    QTest::newRow("chunked") << QStringLiteral("/chunked/1000000") << false;
    QTest::newRow("until close") << QStringLiteral("/close/1000000") << false;
    QTest::newRow("until close, through the upstream") << QStringLiteral("/close/1000000") << true;
}

void TestEngine::relaysChunkedAndCloseDelimitedResponsesWhole()
{
    QFETCH(QString, path);
    QFETCH(bool, viaUpstream);
    if (viaUpstream)
        REQUIRE_TINYPROXY();
    START_ENGINE(engine, viaUpstream ? upstreamConfig(Password) : directConfig());
    const CurlResult r = fetch(*engine, origin(path));
    QVERIFY2(r.exitCode == 0 && r.status == 200, qPrintable(r.describe()));
    QCOMPARE(r.body.size(), 1000000);
    QVERIFY(r.body == OriginServer::content(0, 1000000));
    if (path.startsWith(u"/chunked/"))
        QVERIFY2(r.headers.contains("Transfer-Encoding: chunked"), r.headers.constData());
    else
        QVERIFY2(!r.headers.contains("Content-Length"), r.headers.constData());
}

// ---- WebSocket ------------------------------------------------------------------------------

void TestEngine::carriesAWebSocketThroughConnect_data()
{
    QTest::addColumn<bool>("viaUpstream");
    QTest::newRow("direct") << false;
    QTest::newRow("through the authenticating upstream") << true;
}

void TestEngine::carriesAWebSocketThroughConnect()
{
    QFETCH(bool, viaUpstream);
    if (viaUpstream)
        REQUIRE_TINYPROXY();
    START_ENGINE(engine, viaUpstream ? upstreamConfig(Password) : directConfig());
    QSignalSpy finished(engine.get(), &Engine::tunnelFinished);
    {
        // An HttpProxy makes Qt open the TCP connection with CONNECT.
        QWebSocket client;
        client.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), engine->port()));
        QSignalSpy connected(&client, &QWebSocket::connected);
        QSignalSpy received(&client, &QWebSocket::textMessageReceived);
        client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_echo.port())));
        QVERIFY2(connected.wait(10000), qPrintable(client.errorString()));
        for (const QString &text : {QStringLiteral("first"), QStringLiteral("second, ünïcödé")}) {
            client.sendTextMessage(text);
            QVERIFY(received.wait(10000));
            QCOMPARE(received.takeFirst().constFirst().toString(), text);
        }
        client.close();
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const TunnelRecord record = finishedRecords(finished).constFirst();
    QCOMPARE(record.kind, TunnelRecord::Kind::Tunnel);
    QCOMPARE(record.target, QStringLiteral("127.0.0.1:%1").arg(m_echo.port()));
    QCOMPARE(record.route, viaUpstream ? QStringLiteral("upstream") : QStringLiteral("direct"));
}

void TestEngine::passesAnAbsoluteFormWebSocketUpgradeThrough_data()
{
    QTest::addColumn<bool>("viaUpstream");
    QTest::newRow("direct") << false;
    // The engine opens a CONNECT tunnel through the upstream and sends the handshake in it.
    QTest::newRow("through the authenticating upstream") << true;
}

void TestEngine::passesAnAbsoluteFormWebSocketUpgradeThrough()
{
    QFETCH(bool, viaUpstream);
    if (viaUpstream)
        REQUIRE_TINYPROXY();
    START_ENGINE(engine, viaUpstream ? upstreamConfig(Password) : directConfig());
    QSignalSpy finished(engine.get(), &Engine::tunnelFinished);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, engine->port());
    QVERIFY(client.waitForConnected(5000));
    client.write(webSocketUpgrade(m_echo.port()));
    const HttpReply reply = HttpReply::read(client);
    QVERIFY2(reply.status == 101, reply.head.constData());
    QCOMPARE(reply.header("Upgrade").toLower(), QByteArray("websocket"));
    // RFC 6455 §1.3: the accept value for the RFC's example key.
    QCOMPARE(reply.header("Sec-WebSocket-Accept"), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));

    // A frame goes through and the echo comes back unmasked.
    client.write(maskedTextFrame("ping"));
    QByteArray echoed = reply.rest;
    while (echoed.size() < 6 && client.waitForReadyRead(5000))
        echoed += client.readAll();
    QCOMPARE(echoed, QByteArray("\x81\x04ping"));
    client.abort();

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const TunnelRecord record = finishedRecords(finished).constFirst();
    QCOMPARE(record.kind, TunnelRecord::Kind::WebSocket);
    QCOMPARE(record.status, 101);
    QCOMPARE(record.route, viaUpstream ? QStringLiteral("upstream") : QStringLiteral("direct"));
}

// ---- who may connect ------------------------------------------------------------------------

void TestEngine::refusesToListenBeyondLoopbackWithoutAnAllowlist()
{
    EngineConfig config = directConfig();
    config.listenAddress = QHostAddress(QHostAddress::AnyIPv4);
    config.listenPort = 0;
    Engine engine(config);
    const Result<void> started = engine.start();
    QVERIFY(!started);
    QVERIFY2(started.error().message.contains(u"--allow"), qPrintable(started.error().message));
    QVERIFY(!engine.isRunning());
    QCOMPARE(engine.port(), quint16(0));
}

void TestEngine::answers403AndClosesForAClientOutsideTheAllowlist()
{
    EngineConfig config = directConfig();
    config.allowlist = ClientAllowlist::parse({QStringLiteral("10.0.0.0/8")}).value();
    START_ENGINE(engine, config);
    const qsizetype headsBefore = m_origin.heads().size();
    const HttpReply reply = HttpReply::exchange(engine->port(), get(m_origin.port(), "/bytes/10"));
    VERIFY_ANSWER(reply, 403, QStringLiteral("127.0.0.1 is not in this engine's client allowlist"));
    QVERIFY(reply.closed);
    QCOMPARE(m_origin.heads().size(), headsBefore);
    QCOMPARE(engine->status().value(u"connections").toObject().value(u"refused").toInteger(), qint64(1));
}

// ---- backpressure ---------------------------------------------------------------------------

void TestEngine::holdsTheOriginBackWhileTheClientDoesNotRead()
{
    constexpr qint64 Size = 64 * 1024 * 1024;
    OriginServer origin; // its own, so nothing else is queued there
    QVERIFY(origin.listen());
    START_ENGINE(engine, directConfig());

    QTcpSocket client;
    // Qt would otherwise read everything the kernel has into the socket's buffer.
    client.setReadBufferSize(64 * 1024);
    client.connectToHost(QHostAddress::LocalHost, engine->port());
    QVERIFY(client.waitForConnected(5000));
    client.write(get(origin.port(), "/bytes/" + QByteArray::number(Size)));
    QTRY_VERIFY_WITH_TIMEOUT(origin.unsentBytes() > 0, 5000);
    QTest::qWait(1500);
    // Only the relay's high-water mark and the kernel buffers on the way may have left the
    // origin; without backpressure the engine would have read it all.
    const qint64 held = origin.unsentBytes();
    QVERIFY2(held > 32 * 1024 * 1024,
             qPrintable(QStringLiteral("only %1 bytes still at the origin").arg(held)));

    // Now read it all: every byte, in order.
    client.setReadBufferSize(0);
    QByteArray buffer;
    qsizetype headEnd = -1;
    QElapsedTimer clock;
    clock.start();
    while ((headEnd = buffer.indexOf("\r\n\r\n")) < 0 && clock.elapsed() < 20000) {
        client.waitForReadyRead(1000);
        buffer += client.readAll();
    }
    QVERIFY(headEnd > 0);
    QVERIFY2(buffer.startsWith("HTTP/1.1 200 "), buffer.left(headEnd).constData());
    QVERIFY(buffer.left(headEnd).contains(QByteArray("Content-Length: " + QByteArray::number(Size))));
    buffer.remove(0, headEnd + 4);
    qint64 received = 0;
    bool same = true;
    while (received < Size && clock.elapsed() < 60000) {
        if (buffer.isEmpty()) {
            client.waitForReadyRead(1000);
            buffer = client.readAll();
            continue;
        }
        same = same && buffer == OriginServer::content(received, buffer.size());
        received += buffer.size();
        buffer.clear();
    }
    QCOMPARE(received, Size);
    QVERIFY2(same, "the body differs from what the origin sent");
    QTRY_COMPARE_WITH_TIMEOUT(origin.unsentBytes(), qint64(0), 5000);
    QCOMPARE(engine->status().value(u"bytes").toObject().value(u"down").toInteger(), Size);
}

// ---- records --------------------------------------------------------------------------------

void TestEngine::reportsAFinishedTunnelWithTargetRouteStatusAndBytes_data()
{
    QTest::addColumn<bool>("viaUpstream");
    QTest::newRow("through the upstream") << true;
    QTest::newRow("direct") << false;
}

void TestEngine::reportsAFinishedTunnelWithTargetRouteStatusAndBytes()
{
    QFETCH(bool, viaUpstream);
    if (viaUpstream)
        REQUIRE_TINYPROXY();
    START_ENGINE(engine, viaUpstream ? upstreamConfig(Password) : directConfig());
    QSignalSpy finished(engine.get(), &Engine::tunnelFinished);
    QSignalSpy changed(engine.get(), &Engine::tunnelsChanged);

    const CurlResult r = fetchTls(*engine);
    QVERIFY2(r.exitCode == 0 && r.status == 200, qPrintable(r.describe()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const TunnelRecord record = finishedRecords(finished).constFirst();
    QCOMPARE(record.kind, TunnelRecord::Kind::Tunnel);
    QCOMPARE(record.state, TunnelRecord::State::Closed);
    QCOMPARE(record.method, QStringLiteral("CONNECT"));
    QCOMPARE(record.target, QStringLiteral("localhost:%1").arg(m_tlsPort));
    QCOMPARE(record.route, viaUpstream ? QStringLiteral("upstream") : QStringLiteral("direct"));
    QCOMPARE(record.status, 200);
    QVERIFY2(record.error.isEmpty(), qPrintable(record.error));
    QVERIFY(record.client.startsWith(u"127.0.0.1:"));
    // TLS both ways: a ClientHello and the request up; the certificate chain, the page and the
    // TLS records down. Far more than nothing, far less than a megabyte.
    QVERIFY2(record.bytesUp > 300 && record.bytesUp < 100'000, qPrintable(QString::number(record.bytesUp)));
    QVERIFY2(record.bytesDown > r.body.size() + 1000 && record.bytesDown < 1'000'000,
             qPrintable(QString::number(record.bytesDown)));
    QVERIFY(record.startMs > 0 && record.endMs >= record.startMs);

    // The batched view carries the same record, finished, within a few batches.
    QTRY_VERIFY_WITH_TIMEOUT(
        !changedRecords(changed).isEmpty() && changedRecords(changed).constLast().isFinished(), 5000);
    const TunnelRecord last = changedRecords(changed).constLast();
    QCOMPARE(last.id, record.id);
    QCOMPARE(last.bytesUp, record.bytesUp);
    QCOMPARE(last.bytesDown, record.bytesDown);
}

void TestEngine::reportsAFinishedRequestWithoutItsQuery()
{
    START_ENGINE(engine, directConfig());
    QSignalSpy finished(engine.get(), &Engine::tunnelFinished);
    const CurlResult r = fetch(*engine, origin(QStringLiteral("/bytes/5000?token=do-not-log")));
    QVERIFY2(r.exitCode == 0 && r.status == 200 && r.body.size() == 5000, qPrintable(r.describe()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    const TunnelRecord record = finishedRecords(finished).constFirst();
    QCOMPARE(record.kind, TunnelRecord::Kind::Request);
    QCOMPARE(record.state, TunnelRecord::State::Closed);
    QCOMPARE(record.method, QStringLiteral("GET"));
    QCOMPARE(record.target, origin(QStringLiteral("/bytes/5000")));
    QCOMPARE(record.route, QStringLiteral("direct"));
    QCOMPARE(record.status, 200);
    QCOMPARE(record.bytesUp, qint64(0));
    QCOMPARE(record.bytesDown, qint64(5000));
    QVERIFY(!record.logLine().contains(u"do-not-log"));
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
