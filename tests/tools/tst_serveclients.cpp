// `proxydeck serve` (the real binary) used by the real clients administrators point at it: curl,
// wget, Python requests (HTTP and HTTPS through CONNECT), git (a clone over HTTP) and a WebSocket
// client (python3-websocket). Then the password path: read from the real keyring, sent to a real
// upstream, and found in no output, log, file, command line or environment.
#include "curl.h"
#include "originserver.h"
#include "recordingserver.h"
#include "serverprocess.h"
#include "testsupport.h"
#include "websocketecho.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

const QString Python = QStringLiteral("/usr/bin/python3");

// A client's environment: no proxy variables of the machine's, no keyring of the user's.
QProcessEnvironment cleanEnvironment()
{
    return TestSupport::environmentWithoutProxies();
}

struct Output
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Output runTool(const QString &program, const QStringList &arguments, const QString &workingDir = {},
               const QByteArray &input = {})
{
    QProcess process;
    process.setProcessEnvironment(cleanEnvironment());
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace

class TestServeClients : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void curlWgetRequestsGitAndWebSocketWorkThroughServe();
    void theKeychainPasswordReachesTheUpstreamAndNothingElse();
    void refusesToListenBeyondLoopbackWithoutAnAllowlist();

private:
    // Starts `proxydeck serve` with these arguments and returns its port, 0 on failure.
    quint16 startServe(const QStringList &arguments);
    Output stopServe();
    Output proxydeck(const QStringList &arguments, const QByteArray &input = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_serve;
    QByteArray m_serveOut;
};

void TestServeClients::initTestCase()
{
    for (const QString &tool : {QStringLiteral("curl"), QStringLiteral("wget"), QStringLiteral("git"), QStringLiteral("openssl")}) {
        if (ServerProcess::find(tool).isEmpty())
            QSKIP(qPrintable(tool + QStringLiteral(" is not installed (scripts/install-deps --test installs it)")));
    }
    if (runTool(Python, {QStringLiteral("-c"), QStringLiteral("import requests, websocket")}).exitCode != 0)
        QSKIP("python3-requests and python3-websocket are not installed (scripts/install-deps --test installs them)");
}

void TestServeClients::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_serveOut.clear();
}

void TestServeClients::cleanup()
{
    if (m_serve && m_serve->state() != QProcess::NotRunning) {
        m_serve->kill();
        m_serve->waitForFinished(5000);
    }
    m_serve.reset();
    m_dir.reset();
}

Output TestServeClients::proxydeck(const QStringList &arguments, const QByteArray &input)
{
    return runTool(QStringLiteral(PROXYDECK_BINARY),
                   QStringList{arguments.first(), QStringLiteral("--config-dir"), m_dir->filePath(QStringLiteral("config"))}
                       + arguments.mid(1),
                   {}, input);
}

quint16 TestServeClients::startServe(const QStringList &arguments)
{
    m_serve = std::make_unique<QProcess>();
    m_serve->setProcessEnvironment(cleanEnvironment());
    m_serve->start(QStringLiteral(PROXYDECK_BINARY),
                   QStringList{QStringLiteral("serve"), QStringLiteral("--config-dir"), m_dir->filePath(QStringLiteral("config")),
                               QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--log"),
                               QStringLiteral("--status-listen"), QStringLiteral("127.0.0.1:0")}
                       + arguments);
    const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired() && m_serve->state() != QProcess::NotRunning) {
        m_serve->waitForReadyRead(200);
        m_serveOut += m_serve->readAllStandardOutput();
        if (const auto match = listening.match(QString::fromUtf8(m_serveOut)); match.hasMatch())
            return quint16(match.captured(1).toUInt());
    }
    qWarning("serve did not start: %s %s", m_serveOut.constData(), m_serve->readAllStandardError().constData());
    return 0;
}

Output TestServeClients::stopServe()
{
    ::kill(pid_t(m_serve->processId()), SIGTERM);
    if (!m_serve->waitForFinished(15000))
        return {};
    m_serveOut += m_serve->readAllStandardOutput();
    return {m_serve->exitStatus() == QProcess::NormalExit ? m_serve->exitCode() : -1, m_serveOut,
            m_serve->readAllStandardError()};
}

void TestServeClients::curlWgetRequestsGitAndWebSocketWorkThroughServe()
{
    OriginServer origin;
    QVERIFY(origin.listen());
    WebSocketEcho echo;
    QVERIFY(echo.listen());

    // An HTTPS origin with a certificate from the test CA, serving one file.
    const QString certs = m_dir->filePath(QStringLiteral("certs"));
    QVERIFY(QDir().mkpath(certs));
    QCOMPARE(QProcess::execute(QStringLiteral(PROXYDECK_SUPPORT_DIR "/make-test-certs"), {certs}), 0);
    const QString www = m_dir->filePath(QStringLiteral("www"));
    QVERIFY(QDir().mkpath(www));
    QFile page(www + QStringLiteral("/hello.txt"));
    QVERIFY(page.open(QIODevice::WriteOnly));
    page.write("hello over TLS through ProxyDeck\n");
    page.close();
    const quint16 tlsPort = ServerProcess::freePort();
    QProcess tls;
    tls.setWorkingDirectory(www);
    tls.start(QStringLiteral("openssl"), {QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:%1").arg(tlsPort),
                                          QStringLiteral("-cert"), certs + QStringLiteral("/leaf.pem"), QStringLiteral("-cert_chain"),
                                          certs + QStringLiteral("/inter.pem"), QStringLiteral("-key"),
                                          certs + QStringLiteral("/leaf.key"), QStringLiteral("-WWW"), QStringLiteral("-quiet")});
    QVERIFY(tls.waitForStarted(5000));
    const auto stopTls = qScopeGuard([&tls] {
        tls.kill();
        tls.waitForFinished(5000);
    });

    // A bare git repository served over dumb HTTP by Python's http.server.
    const QString repoWork = m_dir->filePath(QStringLiteral("work"));
    const QString bare = www + QStringLiteral("/repo.git");
    QCOMPARE(runTool(QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q"), repoWork}).exitCode, 0);
    QFile readme(repoWork + QStringLiteral("/README"));
    QVERIFY(readme.open(QIODevice::WriteOnly));
    readme.write("cloned through the engine\n");
    readme.close();
    const QStringList identity = {QStringLiteral("-c"), QStringLiteral("user.name=Test"), QStringLiteral("-c"),
                                  QStringLiteral("user.email=test@localhost")};
    QCOMPARE(runTool(QStringLiteral("git"), {QStringLiteral("-C"), repoWork, QStringLiteral("add"), QStringLiteral("README")}).exitCode, 0);
    QCOMPARE(runTool(QStringLiteral("git"), identity + QStringList{QStringLiteral("-C"), repoWork, QStringLiteral("commit"),
                                                                    QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("one")})
                 .exitCode,
             0);
    QCOMPARE(runTool(QStringLiteral("git"), {QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--bare"), repoWork, bare}).exitCode, 0);
    QCOMPARE(runTool(QStringLiteral("git"), {QStringLiteral("-C"), bare, QStringLiteral("update-server-info")}).exitCode, 0);
    const quint16 filesPort = ServerProcess::freePort();
    ServerProcess files(Python, {QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(filesPort),
                                 QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--directory"), www});
    QVERIFY(files.waitForPort(filesPort));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, tlsPort);
            return probe.waitForConnected(200);
        }(),
        10000);

    const quint16 port = startServe({QStringLiteral("--connect-ports"),
                                     QStringLiteral("443 %1 %2").arg(tlsPort).arg(echo.port())});
    QVERIFY(port != 0);
    const QString proxy = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const QString plain = QStringLiteral("http://127.0.0.1:%1").arg(origin.port());

    // curl, absolute-form, a body in one piece.
    const CurlResult curl = Curl::run({QStringLiteral("-x"), proxy, plain + QStringLiteral("/bytes/300000")});
    QVERIFY2(curl.status == 200, qPrintable(curl.describe()));
    QCOMPARE(curl.body, OriginServer::content(0, 300000));
    // curl, HTTPS through CONNECT, verifying the test CA.
    const CurlResult curlTls = Curl::run({QStringLiteral("-x"), proxy, QStringLiteral("--cacert"), certs + QStringLiteral("/root.pem"),
                                          QStringLiteral("https://localhost:%1/hello.txt").arg(tlsPort)});
    QVERIFY2(curlTls.status == 200 && curlTls.connectStatus == 200, qPrintable(curlTls.describe()));
    QCOMPARE(curlTls.body, QByteArray("hello over TLS through ProxyDeck\n"));

    // wget, with its own proxy switches, a chunked body.
    const Output wget = runTool(QStringLiteral("wget"), {QStringLiteral("-q"), QStringLiteral("-O"), QStringLiteral("-"),
                                                         QStringLiteral("-e"), QStringLiteral("use_proxy=yes"),
                                                         QStringLiteral("-e"), QStringLiteral("http_proxy=") + proxy,
                                                         plain + QStringLiteral("/chunked/70000")});
    QCOMPARE(wget.exitCode, 0);
    QCOMPARE(wget.out, OriginServer::content(0, 70000));

    // Python requests: HTTP and HTTPS, the proxy given as requests takes it.
    const QString script = QStringLiteral(
        "import requests, sys\n"
        "p = {'http': sys.argv[1], 'https': sys.argv[1]}\n"
        "a = requests.get(sys.argv[2], proxies=p, timeout=20)\n"
        "b = requests.get(sys.argv[3], proxies=p, verify=sys.argv[4], timeout=20)\n"
        "print(a.status_code, len(a.content), b.status_code, b.text.strip())\n");
    const Output python = runTool(Python, {QStringLiteral("-c"), script, proxy, plain + QStringLiteral("/close/12345"),
                                           QStringLiteral("https://localhost:%1/hello.txt").arg(tlsPort),
                                           certs + QStringLiteral("/root.pem")});
    QVERIFY2(python.exitCode == 0, python.err.constData());
    QCOMPARE(python.out.trimmed(), QByteArray("200 12345 200 hello over TLS through ProxyDeck"));

    // git clone over HTTP.
    const QString clone = m_dir->filePath(QStringLiteral("clone"));
    const Output git = runTool(QStringLiteral("git"), {QStringLiteral("-c"), QStringLiteral("http.proxy=") + proxy, QStringLiteral("clone"),
                                                       QStringLiteral("-q"), QStringLiteral("http://127.0.0.1:%1/repo.git").arg(filesPort), clone});
    QVERIFY2(git.exitCode == 0, git.err.constData());
    QCOMPARE(TestSupport::readFile(clone + QStringLiteral("/README")), QByteArray("cloned through the engine\n"));

    // A WebSocket client that tunnels through an HTTP proxy with CONNECT. websocket-client goes
    // direct to localhost and 127.0.0.1 unless given a no-proxy list of its own.
    const QString ws = QStringLiteral(
        "import sys, websocket\n"
        "c = websocket.create_connection(sys.argv[1], http_proxy_host='127.0.0.1', http_proxy_port=int(sys.argv[2]), "
        "http_no_proxy=['no-proxy.invalid'], proxy_type='http', timeout=20)\n"
        "c.send('ping through proxydeck')\n"
        "print(c.recv())\n"
        "c.close()\n");
    const Output webSocket = runTool(Python, {QStringLiteral("-c"), ws, QStringLiteral("ws://127.0.0.1:%1/").arg(echo.port()),
                                              QString::number(port)});
    QVERIFY2(webSocket.exitCode == 0, webSocket.err.constData());
    QCOMPARE(webSocket.out.trimmed(), QByteArray("ping through proxydeck"));
    QCOMPARE(echo.connectionCount(), 1);

    // Stopped by SIGTERM, it drains and exits 0; --log wrote one line per request or tunnel.
    const Output stopped = stopServe();
    QCOMPARE(stopped.exitCode, 0);
    const QString log = QString::fromUtf8(stopped.out);
    QVERIFY2(log.contains(QStringLiteral("ProxyDeck engine stopped.")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral(" GET %1/bytes/300000 direct 200 up=0 down=300000 ").arg(plain)), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral(" CONNECT localhost:%1 direct 200 ").arg(tlsPort)), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral(" CONNECT 127.0.0.1:%1 direct 200 ").arg(echo.port())), qPrintable(log.right(600)));
    QVERIFY2(log.contains(QStringLiteral("/repo.git/info/refs")), qPrintable(log));
}

void TestServeClients::theKeychainPasswordReachesTheUpstreamAndNothingElse()
{
    RecordingServer upstream;
    const quint16 upstreamPort = upstream.listen(QHostAddress::LocalHost);
    QVERIFY(upstreamPort != 0);
    const QString secret = TestSupport::uniqueSecret() + QStringLiteral(" %@:€");
    QCOMPARE(proxydeck({QStringLiteral("set"), QStringLiteral("--host"),
                        QStringLiteral("http://dave@127.0.0.1:%1").arg(upstreamPort)})
                 .exitCode,
             0);
    const Output stored = proxydeck({QStringLiteral("set"), QStringLiteral("--password-stdin")}, secret.toUtf8() + '\n');
    QVERIFY2(stored.exitCode == 0, stored.err.constData());

    const quint16 port = startServe({});
    QVERIFY(port != 0);
    const CurlResult result = Curl::run({QStringLiteral("-x"), QStringLiteral("http://127.0.0.1:%1").arg(port),
                                         QStringLiteral("http://origin.test/through-upstream")});
    QVERIFY2(result.status == 200, qPrintable(result.describe()));
    QTRY_VERIFY_WITH_TIMEOUT(upstream.sawRequestContaining(QStringLiteral("/through-upstream")), 5000);
    const QString head = upstream.heads().constLast();
    QVERIFY2(head.startsWith(QStringLiteral("GET http://origin.test/through-upstream HTTP/1.1")), qPrintable(head));
    QVERIFY2(head.contains(QStringLiteral("Proxy-Authorization: Basic ")
                           + QString::fromLatin1((QStringLiteral("dave:") + secret).toUtf8().toBase64())),
             qPrintable(head));

    // While it runs: not in its command line or environment.
    const QString proc = QStringLiteral("/proc/%1/").arg(m_serve->processId());
    for (const QString &file : {QStringLiteral("cmdline"), QStringLiteral("environ")}) {
        const QByteArray bytes = TestSupport::readFile(proc + file);
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(file));
    }
    const Output stopped = stopServe();
    QCOMPARE(stopped.exitCode, 0);
    QVERIFY(stopped.out.contains("upstream http://dave@127.0.0.1:"));
    QVERIFY(stopped.out.contains(" GET http://origin.test/through-upstream upstream 200 "));
    QVERIFY(!stopped.out.contains(secret.toUtf8()) && !stopped.err.contains(secret.toUtf8()));
    QVERIFY(!stopped.out.contains((QStringLiteral("dave:") + secret).toUtf8().toBase64()));
    QVERIFY(TestSupport::filesContaining(m_dir->path(), secret).isEmpty());
}

void TestServeClients::refusesToListenBeyondLoopbackWithoutAnAllowlist()
{
    const Output open = proxydeck({QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")});
    QCOMPARE(open.exitCode, 2);
    QVERIFY2(open.err.startsWith("proxydeck: error: Listening on 0.0.0.0"), open.err.constData());
    QVERIFY(open.err.contains("--allow"));
    const Output badAllow = proxydeck({QStringLiteral("serve"), QStringLiteral("--allow"), QStringLiteral("office")});
    QCOMPARE(badAllow.exitCode, 2);
    QVERIFY(badAllow.err.contains("“office” is not an IP address"));
    const Output badPorts = proxydeck({QStringLiteral("serve"), QStringLiteral("--connect-ports"), QStringLiteral("443 http")});
    QCOMPARE(badPorts.exitCode, 2);
    QVERIFY(badPorts.err.contains("“http” is not a port"));
}

QTEST_GUILESS_MAIN(TestServeClients)
#include "tst_serveclients.moc"
