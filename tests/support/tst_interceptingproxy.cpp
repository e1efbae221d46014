// The TLS-inspecting proxy the diagnostics tests use, checked with the real curl and a QSslSocket:
// a client that trusts only the system roots must refuse it, one that trusts the inspection CA gets
// the proxy's own answer, and the chain it presents ends with that CA.
#include "curl.h"
#include "interceptingproxy.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

const QString InspectionCa = QStringLiteral("Corporate Inspection CA");

// Reads from socket until a whole response head (or, with untilClose, everything up to the
// close) has arrived, for at most 10 s.
QByteArray readResponse(QAbstractSocket &socket, bool untilClose)
{
    QByteArray in;
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        in += socket.readAll();
        if (!untilClose && in.contains("\r\n\r\n"))
            break;
        if (untilClose && socket.state() == QAbstractSocket::UnconnectedState)
            break;
        if (!socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            in += socket.readAll(); // closed, or out of time: the loop decides
    }
    return in;
}

} // namespace

class TestInterceptingProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void curlTrustingOnlyTheSystemRootsRefusesTheInspectedTunnel();
    void curlTrustingTheInspectionCaGetsTheProxysOwnAnswer();
    void aPlainRequestIsAnsweredWithoutInspection();
    void theChainAClientSeesEndsWithTheInspectionCa();
    void servesSeveralTunnelsAtOnce();
    void refusesARequestHeadOver32KiB();
    void refusesAConnectWithoutAPort();
    void goesAwayWithConnectionsStillOpen();

private:
    QString cert(const char *name) const { return m_certs.filePath(QString::fromLatin1(name)); }
    QString proxyUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port()); }
    // Connects, asks for a tunnel to target and returns the proxy's answer head.
    QByteArray openTunnel(QSslSocket &socket, const QByteArray &target) const;

    QTemporaryDir m_certs;
    QSslCertificate m_ca;
    std::unique_ptr<InterceptingProxy> m_proxy;
};

void TestInterceptingProxy::initTestCase()
{
    QVERIFY(m_certs.isValid());
    const QString makeCerts = QStringLiteral(PROXYDECK_SUPPORT_DIR "/make-test-certs");
    QCOMPARE(QProcess::execute(makeCerts, {m_certs.path()}), 0);
    m_ca = QSslCertificate(TestSupport::readFile(cert("intercept-ca.pem")));
    const QSslCertificate leaf(TestSupport::readFile(cert("intercept-leaf.pem")));
    const QSslKey key(TestSupport::readFile(cert("intercept-leaf.key")), QSsl::Rsa);
    QVERIFY(!m_ca.isNull() && !leaf.isNull() && !key.isNull());
    QCOMPARE(m_ca.subjectInfo(QSslCertificate::CommonName), QStringList{InspectionCa});

    m_proxy = std::make_unique<InterceptingProxy>(leaf, key, QList<QSslCertificate>{m_ca});
    const quint16 port = m_proxy->listen();
    QVERIFY(port != 0);
    QCOMPARE(m_proxy->port(), port);
}

QByteArray TestInterceptingProxy::openTunnel(QSslSocket &socket, const QByteArray &target) const
{
    socket.connectToHost(QHostAddress::LocalHost, m_proxy->port());
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("CONNECT " + target + " HTTP/1.1\r\nHost: " + target + "\r\n\r\n");
    return readResponse(socket, false);
}

void TestInterceptingProxy::curlTrustingOnlyTheSystemRootsRefusesTheInspectedTunnel()
{
    if (!Curl::isAvailable())
        QSKIP("curl is needed");
    const int tunnels = m_proxy->tunnelCount();
    const CurlResult result
        = Curl::run({QStringLiteral("-x"), proxyUrl(), QStringLiteral("https://localhost:8443/")});
    QVERIFY2(result.exitCode == 60, qPrintable(result.describe())); // CURLE_PEER_FAILED_VERIFICATION
    QCOMPARE(result.connectStatus, 200);
    QCOMPARE(result.body, QByteArray());
    QCOMPARE(m_proxy->tunnelCount(), tunnels + 1);
    QCOMPARE(m_proxy->connectTargets().constLast(), QStringLiteral("localhost:8443"));
}

void TestInterceptingProxy::curlTrustingTheInspectionCaGetsTheProxysOwnAnswer()
{
    if (!Curl::isAvailable())
        QSKIP("curl is needed");
    const int tunnels = m_proxy->tunnelCount();
    const CurlResult result = Curl::run({QStringLiteral("-x"), proxyUrl(), QStringLiteral("--cacert"),
                                         cert("intercept-ca.pem"),
                                         QStringLiteral("https://localhost:9443/a/path")});
    QVERIFY2(result.exitCode == 0 && result.status == 200, qPrintable(result.describe()));
    QCOMPARE(result.connectStatus, 200);
    QCOMPARE(result.body, QByteArray("intercepted\n"));
    QCOMPARE(m_proxy->tunnelCount(), tunnels + 1);
    QCOMPARE(m_proxy->connectTargets().constLast(), QStringLiteral("localhost:9443"));
}

void TestInterceptingProxy::aPlainRequestIsAnsweredWithoutInspection()
{
    if (!Curl::isAvailable())
        QSKIP("curl is needed");
    const int tunnels = m_proxy->tunnelCount();
    const CurlResult result
        = Curl::run({QStringLiteral("-x"), proxyUrl(), QStringLiteral("http://localhost:8080/")});
    QVERIFY2(result.exitCode == 0 && result.status == 200, qPrintable(result.describe()));
    QCOMPARE(result.body, QByteArray("not inspected\n"));
    QCOMPARE(m_proxy->tunnelCount(), tunnels);
}

void TestInterceptingProxy::theChainAClientSeesEndsWithTheInspectionCa()
{
    // Not trusted: the handshake fails, and the chain is readable while the errors are reported,
    // which is where the diagnostics read the CA to name it.
    {
        QSslSocket socket;
        QVERIFY(openTunnel(socket, "example.com:443").startsWith("HTTP/1.1 200 "));
        socket.setPeerVerifyName(QStringLiteral("localhost"));
        QList<QSslError> errors;
        QList<QSslCertificate> chain;
        connect(&socket, &QSslSocket::sslErrors, this, [&](const QList<QSslError> &reported) {
            errors = reported;
            chain = socket.peerCertificateChain();
        });
        socket.startClientEncryption();
        QVERIFY(!socket.waitForEncrypted(10000));
        QVERIFY2(!errors.isEmpty(), qPrintable(socket.errorString()));
        QCOMPARE(errors.constFirst().error(), QSslError::SelfSignedCertificateInChain);
        QCOMPARE(chain.size(), 2);
        QCOMPARE(chain.constFirst().subjectInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("localhost")});
        QCOMPARE(chain.constLast(), m_ca);
        QCOMPARE(chain.constLast().subjectInfo(QSslCertificate::CommonName), QStringList{InspectionCa});
    }
    // Trusted: encrypted, the same chain, and the proxy's answer inside.
    {
        QSslSocket socket;
        QSslConfiguration configuration = socket.sslConfiguration();
        configuration.setCaCertificates({m_ca});
        socket.setSslConfiguration(configuration);
        QVERIFY(openTunnel(socket, "example.com:443").startsWith("HTTP/1.1 200 "));
        socket.setPeerVerifyName(QStringLiteral("localhost"));
        socket.startClientEncryption();
        QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
        QCOMPARE(socket.peerCertificateChain().size(), 2);
        QCOMPARE(socket.peerCertificateChain().constLast().subjectInfo(QSslCertificate::CommonName),
                 QStringList{InspectionCa});
        socket.write("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n");
        const QByteArray answer = readResponse(socket, true);
        QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
        QVERIFY2(answer.endsWith("\r\n\r\nintercepted\n"), answer.constData());
        QVERIFY(answer.contains("\r\nConnection: close\r\n"));
    }
}

void TestInterceptingProxy::servesSeveralTunnelsAtOnce()
{
    const int tunnels = m_proxy->tunnelCount();
    constexpr int Count = 3;
    std::unique_ptr<QSslSocket> sockets[Count];
    for (int i = 0; i < Count; ++i) {
        sockets[i] = std::make_unique<QSslSocket>();
        QSslConfiguration configuration = sockets[i]->sslConfiguration();
        configuration.setCaCertificates({m_ca});
        sockets[i]->setSslConfiguration(configuration);
        const QByteArray target = "host" + QByteArray::number(i) + ".test:" + QByteArray::number(1000 + i);
        QVERIFY(openTunnel(*sockets[i], target).startsWith("HTTP/1.1 200 "));
    }
    // All three are open before any handshake; answer them out of order.
    for (int i = Count - 1; i >= 0; --i) {
        sockets[i]->setPeerVerifyName(QStringLiteral("localhost"));
        sockets[i]->startClientEncryption();
        QVERIFY2(sockets[i]->waitForEncrypted(10000), qPrintable(sockets[i]->errorString()));
        sockets[i]->write("GET /" + QByteArray::number(i) + " HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(readResponse(*sockets[i], true).endsWith("\r\n\r\nintercepted\n"));
    }
    QCOMPARE(m_proxy->tunnelCount(), tunnels + Count);
    QCOMPARE(m_proxy->connectTargets().mid(tunnels),
             (QStringList{QStringLiteral("host0.test:1000"), QStringLiteral("host1.test:1001"),
                          QStringLiteral("host2.test:1002")}));
}

void TestInterceptingProxy::refusesARequestHeadOver32KiB()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_proxy->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET http://localhost/ HTTP/1.1\r\nX-Long: " + QByteArray(40 * 1024, 'a') + "\r\n\r\n");
    const QByteArray answer = readResponse(socket, false);
    QVERIFY2(answer.startsWith("HTTP/1.1 431 "), answer.left(200).constData());
}

void TestInterceptingProxy::refusesAConnectWithoutAPort()
{
    const int tunnels = m_proxy->tunnelCount();
    QSslSocket socket;
    QVERIFY(openTunnel(socket, "localhost").startsWith("HTTP/1.1 400 "));
    QCOMPARE(m_proxy->tunnelCount(), tunnels);
}

void TestInterceptingProxy::goesAwayWithConnectionsStillOpen()
{
    QSslSocket inTunnel;
    QSslSocket inHead;
    {
        const QSslKey key(TestSupport::readFile(cert("intercept-leaf.key")), QSsl::Rsa);
        const QSslCertificate leaf(TestSupport::readFile(cert("intercept-leaf.pem")));
        InterceptingProxy proxy(leaf, key, {m_ca});
        const quint16 port = proxy.listen();
        QVERIFY(port != 0);
        inTunnel.connectToHost(QHostAddress::LocalHost, port);
        inHead.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(inTunnel.waitForConnected(5000) && inHead.waitForConnected(5000));
        inTunnel.write("CONNECT localhost:443 HTTP/1.1\r\n\r\n");
        QVERIFY(readResponse(inTunnel, false).startsWith("HTTP/1.1 200 "));
        inHead.write("GET http://localhost/ HTTP/1.1\r\n"); // no end of head: the proxy waits
        QTRY_COMPARE_WITH_TIMEOUT(proxy.tunnelCount(), 1, 5000);
    }
    // The proxy's sockets went with it: both clients see the connection close.
    QTRY_COMPARE_WITH_TIMEOUT(inTunnel.state(), QAbstractSocket::UnconnectedState, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(inHead.state(), QAbstractSocket::UnconnectedState, 5000);
}

QTEST_GUILESS_MAIN(TestInterceptingProxy)
#include "tst_interceptingproxy.moc"
