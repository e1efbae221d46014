// An https:// upstream proxy: the engine speaks TLS to the proxy itself, checked against the
// system's roots plus the CA anchors (DESIGN F5: the analytics platform in reference/ cannot
// trust a proxy certificate from a custom CA). The upstream is a real tinyproxy demanding Basic
// credentials behind a real HAProxy that terminates TLS with a certificate from the test CA.
#include "enginetesthelpers.h"
#include "originserver.h"
#include "serverprocess.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>

namespace {

const QString User = QStringLiteral("tls-user");
const QString Password = QStringLiteral("tls-Pa55");

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestEngineUpstreamTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void forwardsAndTunnelsOverTlsToTheUpstreamTrustedThroughAnAnchor();
    void refusesAnUpstreamCertificateNoAnchorVouchesFor();
    void refusesAnUpstreamWhoseCertificateNamesAnotherHost();

private:
    EngineConfig config(const QString &host, bool withAnchor) const;

    QTemporaryDir m_dir;
    OriginServer m_origin;
    std::unique_ptr<ServerProcess> m_tinyproxy;
    std::unique_ptr<ServerProcess> m_haproxy;
    quint16 m_tlsPort = 0;
    QSslCertificate m_root;
};

void TestEngineUpstreamTls::initTestCase()
{
    const QString tinyproxy = ServerProcess::find(QStringLiteral("tinyproxy"));
    const QString haproxy = ServerProcess::find(QStringLiteral("haproxy"));
    if (tinyproxy.isEmpty() || haproxy.isEmpty())
        QSKIP("tinyproxy and haproxy are needed (scripts/install-deps --test installs them)");
    QVERIFY(m_origin.listen());
    const QString dir = m_dir.path();
    QCOMPARE(QProcess::execute(QStringLiteral(PROXYDECK_SUPPORT_DIR "/make-test-certs"), {dir}), 0);
    m_root = QSslCertificate(TestSupport::readFile(dir + QStringLiteral("/root.pem")));
    QVERIFY(!m_root.isNull());

    const quint16 plainPort = ServerProcess::freePort();
    QVERIFY(writeFile(dir + QStringLiteral("/tinyproxy.conf"),
                      QStringLiteral("Port %1\nListen 127.0.0.1\nTimeout 60\nLogLevel Info\nLogFile \"%2/tinyproxy.log\"\n"
                                     "BasicAuth %3 %4\nConnectPort %5\n")
                          .arg(plainPort)
                          .arg(dir, User, Password)
                          .arg(m_origin.port())
                          .toUtf8()));
    m_tinyproxy = std::make_unique<ServerProcess>(tinyproxy, QStringList{QStringLiteral("-d"), QStringLiteral("-c"),
                                                                         dir + QStringLiteral("/tinyproxy.conf")});
    QVERIFY2(m_tinyproxy->waitForPort(plainPort), qPrintable(m_tinyproxy->output()));

    // HAProxy wants the certificate, its chain and its key in one file.
    QVERIFY(writeFile(dir + QStringLiteral("/upstream.pem"),
                      TestSupport::readFile(dir + QStringLiteral("/leaf.pem")) + TestSupport::readFile(dir + QStringLiteral("/inter.pem"))
                          + TestSupport::readFile(dir + QStringLiteral("/leaf.key"))));
    m_tlsPort = ServerProcess::freePort();
    QVERIFY(writeFile(dir + QStringLiteral("/haproxy.cfg"),
                      QStringLiteral("defaults\n    mode tcp\n    timeout connect 5s\n    timeout client 30s\n"
                                     "    timeout server 30s\nfrontend tls\n    bind 127.0.0.1:%1 ssl crt %2/upstream.pem\n"
                                     "    bind 127.0.0.2:%1 ssl crt %2/upstream.pem\n"
                                     "    default_backend proxy\nbackend proxy\n    server tinyproxy 127.0.0.1:%3\n")
                          .arg(m_tlsPort)
                          .arg(dir)
                          .arg(plainPort)
                          .toUtf8()));
    m_haproxy = std::make_unique<ServerProcess>(haproxy, QStringList{QStringLiteral("-db"), QStringLiteral("-f"),
                                                                     dir + QStringLiteral("/haproxy.cfg")});
    QVERIFY2(m_haproxy->waitForPort(m_tlsPort), qPrintable(m_haproxy->output()));
}

EngineConfig TestEngineUpstreamTls::config(const QString &host, bool withAnchor) const
{
    EngineConfig config;
    config.upstream.scheme = QStringLiteral("https");
    config.upstream.host = host;
    config.upstream.port = m_tlsPort;
    config.upstream.user = User;
    config.upstream.authorization = UpstreamProxy::basicAuthorization(User, Password);
    config.connectPorts = PortRanges::parse(QString::number(m_origin.port())).value();
    if (withAnchor)
        config.caAnchors = {m_root};
    return config;
}

void TestEngineUpstreamTls::forwardsAndTunnelsOverTlsToTheUpstreamTrustedThroughAnAnchor()
{
    START_ENGINE(engine, config(QStringLiteral("localhost"), true));
    const QString url = EngineTest::originUrl(m_origin.port(), QStringLiteral("/bytes/200000"));

    const CurlResult forwarded = EngineTest::fetch(*engine, url);
    QVERIFY2(forwarded.status == 200, qPrintable(forwarded.describe()));
    QCOMPARE(forwarded.body, OriginServer::content(0, 200000));

    // -p: curl asks for a CONNECT tunnel even for http://, so the tunnel path runs over TLS too.
    const CurlResult tunnelled = EngineTest::fetch(*engine, url, {QStringLiteral("-p")});
    QVERIFY2(tunnelled.status == 200 && tunnelled.connectStatus == 200, qPrintable(tunnelled.describe()));
    QCOMPARE(tunnelled.body, OriginServer::content(0, 200000));

    // Both went through tinyproxy, which only HAProxy's TLS side reaches.
    QTRY_VERIFY_WITH_TIMEOUT(TestSupport::readFile(m_dir.filePath(QStringLiteral("tinyproxy.log"))).contains("CONNECT"), 5000);
    QCOMPARE(m_origin.heads().size() >= 2, true);
}

void TestEngineUpstreamTls::refusesAnUpstreamCertificateNoAnchorVouchesFor()
{
    START_ENGINE(engine, config(QStringLiteral("localhost"), false));
    const CurlResult result = EngineTest::fetch(*engine, EngineTest::originUrl(m_origin.port(), QStringLiteral("/bytes/10")));
    QCOMPARE(result.status, 502);
    QVERIFY2(result.body.contains("could not connect to the upstream proxy localhost:"), result.body.constData());
    QVERIFY2(result.body.contains("TLS: "), result.body.constData());
    const CurlResult tunnel = EngineTest::fetch(*engine, EngineTest::originUrl(m_origin.port(), QStringLiteral("/bytes/10")),
                                                {QStringLiteral("-p")});
    QCOMPARE(tunnel.connectStatus, 502);
}

void TestEngineUpstreamTls::refusesAnUpstreamWhoseCertificateNamesAnotherHost()
{
    // The test leaf is for localhost and 127.0.0.1; HAProxy also listens on 127.0.0.2, a loopback
    // address the certificate does not list.
    START_ENGINE(engine, config(QStringLiteral("127.0.0.2"), true));
    const CurlResult result = EngineTest::fetch(*engine, EngineTest::originUrl(m_origin.port(), QStringLiteral("/bytes/10")));
    QCOMPARE(result.status, 502);
    QVERIFY2(result.body.contains("TLS: The host name did not match"), result.body.constData());
}

QTEST_GUILESS_MAIN(TestEngineUpstreamTls)
#include "tst_engineupstreamtls.moc"
