// The fleet exports read by the real servers: haproxy -c, squid -k parse, apache2 -t and nginx -t
// accept them; running on loopback, each forwarder hands the upstream exactly the profile's
// credentials (and keeps them from the destinations it reaches direct), each reverse proxy passes a
// WebSocket upgrade through to the studio; and nothing carries the password without secrets.
#include "fleetexporters.h"
#include "recordingserver.h"
#include "serverprocess.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>

#include <unistd.h>

namespace {

const QStringList FleetIds = {QStringLiteral("haproxy"), QStringLiteral("squid"), QStringLiteral("apache-forward"),
                              QStringLiteral("nginx"), QStringLiteral("apache-reverse")};

// The values of a header in a recorded request head; names compare case-insensitively (HAProxy
// writes them in lower case), values exactly.
QStringList headerValues(const QString &head, const QString &name)
{
    QStringList values;
    for (const QString &line : head.split(QStringLiteral("\r\n"))) {
        if (line.startsWith(name + u':', Qt::CaseInsensitive))
            values.append(line.mid(name.size() + 1).trimmed());
    }
    return values;
}

QStringList proxyAuthorizations(const QString &head)
{
    return headerValues(head, QStringLiteral("Proxy-Authorization"));
}

// A WebSocket echo server standing in for the studio.
class EchoStudio : public QObject
{
public:
    EchoStudio()
        : m_server(QStringLiteral("studio"), QWebSocketServer::NonSecureMode)
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                m_paths.append(socket->requestUrl().path());
                socket->setParent(this);
                connect(socket, &QWebSocket::textMessageReceived, socket, [socket](const QString &message) {
                    socket->sendTextMessage(QStringLiteral("echo: ") + message);
                });
            }
        });
    }
    quint16 listen() { return m_server.listen(QHostAddress::LocalHost) ? m_server.serverPort() : 0; }
    QStringList paths() const { return m_paths; }

private:
    QWebSocketServer m_server;
    QStringList m_paths;
};

// Opens ws://127.0.0.1:port/path, sends a text and returns the answer, or what went wrong.
QString webSocketRoundTrip(quint16 port, const QString &path, const QString &text)
{
    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    QSignalSpy received(&client, &QWebSocket::textMessageReceived);
    client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(port).arg(path)));
    if (!connected.wait(10000))
        return QStringLiteral("not connected: ") + client.errorString();
    client.sendTextMessage(text);
    if (!received.wait(10000))
        return QStringLiteral("no answer");
    return received.constFirst().constFirst().toString();
}

} // namespace

class TestFleetExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void registersTheFiveFormats();
    void haproxyAcceptsTheForwarder_data();
    void haproxyAcceptsTheForwarder();
    void haproxyRefusesToStartWithoutTheCredentialVariable();
    void haproxyForwardsRequestsAndTunnelsWithTheExactCredentials_data();
    void haproxyForwardsRequestsAndTunnelsWithTheExactCredentials();
    void squidParsesThePeerLoginAndDirectRulesWithoutWarnings_data();
    void squidParsesThePeerLoginAndDirectRulesWithoutWarnings();
    void squidDecodesTheLoginToTheExactCredentialsAndGoesDirectForNoProxy();
    void apacheAcceptsTheForwardProxy_data();
    void apacheAcceptsTheForwardProxy();
    void apacheRefusesUpstreamsProxyRemoteCannotReach_data();
    void apacheRefusesUpstreamsProxyRemoteCannotReach();
    void apacheSendsTheCredentialsUpstreamOnlyAndGoesDirectForNoProxy_data();
    void apacheSendsTheCredentialsUpstreamOnlyAndGoesDirectForNoProxy();
    void nginxPassesAWebSocketUpgradeToTheStudio();
    void apacheReversePassesAWebSocketUpgradeToTheStudio();
    void noFormatContainsThePasswordWithoutSecrets_data();
    void noFormatContainsThePasswordWithoutSecrets();
    void aUserNameWithAColonIsRefusedNotCut();
    void textFromTheSettingsCannotEscapeAComment();

private:
    ExportInput input(bool secrets, const QString &host = QStringLiteral("127.0.0.1"), quint16 port = 3128) const;
    QString write(const QByteArray &bytes, const QString &name) const;
    static QProcessEnvironment environment(const QProcessEnvironment &extra = {});
    QProcessEnvironment credentialVariable() const;
    static QString run(const QString &program, const QStringList &arguments, int *exitCode,
                       const QProcessEnvironment &extra = {});
    static bool need(const QString &program);
    static quint16 freePort();
    QString basicCredentials() const { return QString::fromLatin1((m_user + u':' + m_password).toUtf8().toBase64()); }
    // curl through the proxy on 127.0.0.1:proxyPort; `tunnel` asks it for a CONNECT.
    static QString fetch(quint16 proxyPort, const QString &url, bool tunnel = false);
    QString apacheWrapper(const QString &name, const QString &included, const QString &extra = {}) const;
    QString nginxWrapper(const QString &name, const QString &included) const;

    QTemporaryDir m_dir;
    QString m_caBundle;
    QString m_awkwardCaBundle; // the same, under a path with a space, quotes, "$" and "#"
    const QString m_user = QStringLiteral("dév@corp");
    // Every character a config file could misread: @ : / % # ? & space " ' $ \ ` and non-ASCII;
    // "%41" would turn into "A" if decoded twice, "$HOME" and "${PATH}" if expanded.
    const QString m_password = QStringLiteral("p@ss:w/rd %41#?&x \"q\" 'a' $HOME ${PATH} \\ `id` €");
};

#define NEED(program, package)                                                                              \
    do {                                                                                                     \
        if (!need(QStringLiteral(program)))                                                                  \
            QSKIP(package " is not installed (scripts/install-deps installs it)");                           \
    } while (false)

void TestFleetExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Squid drops to its own user when started as root: it must get through to its files in here.
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                                            | QFile::ExeOther);
    // The forwarders verify an https upstream with this bundle; any PEM bundle will do for parsing.
    m_caBundle = m_dir.filePath(QStringLiteral("ca-bundle.pem"));
    QFile::copy(QStringLiteral("/etc/ssl/certs/ca-certificates.crt"), m_caBundle);
    const QString awkwardDir = m_dir.filePath(QStringLiteral("my \"CA\" $HOME #1"));
    QDir().mkpath(awkwardDir);
    m_awkwardCaBundle = awkwardDir + QStringLiteral("/bundle's.pem");
    QFile::copy(m_caBundle, m_awkwardCaBundle);
}

ExportInput TestFleetExport::input(bool secrets, const QString &host, quint16 port) const
{
    ExportInput in;
    in.profile.name = QStringLiteral("Fleet");
    in.profile.host = host;
    in.profile.port = port;
    in.profile.username = m_user;
    in.profile.secretRef = QStringLiteral("keychain:ProxyDeck/profile/x");
    // Overlapping entries on purpose: Squid would silently drop one of two nested networks.
    in.noProxy = QStringLiteral("localhost .corp a.corp *.svc.cluster.local 127.0.0.1 10.1.2.3 10.0.0.0/8 "
                                "172.16.0.0/12 ::1 fd00::/8 intranet.example:8080")
                     .split(u' ');
    in.caBundlePath = QFile::exists(m_caBundle) ? m_caBundle : QString();
    in.includeSecrets = secrets;
    in.password = secrets ? m_password : QString();
    return in;
}

QString TestFleetExport::write(const QByteArray &bytes, const QString &name) const
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return file.fileName();
}

QProcessEnvironment TestFleetExport::environment(const QProcessEnvironment &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY",
                             "no_proxy", "NO_PROXY", "PROXY_BASIC_AUTH"})
        env.remove(QString::fromLatin1(name));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    return env;
}

// What the administrator sets for a secret-less export.
QProcessEnvironment TestFleetExport::credentialVariable() const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PROXY_BASIC_AUTH"), basicCredentials());
    return env;
}

QString TestFleetExport::run(const QString &program, const QStringList &arguments, int *exitCode,
                             const QProcessEnvironment &extra)
{
    QProcess process;
    process.setProcessEnvironment(environment(extra));
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAll());
}

bool TestFleetExport::need(const QString &program)
{
    // Debian keeps the servers in /usr/sbin, which a user's PATH may lack.
    return !QStandardPaths::findExecutable(program).isEmpty()
        || !QStandardPaths::findExecutable(program, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")}).isEmpty();
}

quint16 TestFleetExport::freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost) ? server.serverPort() : 0;
}

QString TestFleetExport::fetch(quint16 proxyPort, const QString &url, bool tunnel)
{
    QStringList arguments = {QStringLiteral("-sS"), QStringLiteral("-m"), QStringLiteral("10"), QStringLiteral("-x"),
                             QStringLiteral("http://127.0.0.1:%1").arg(proxyPort), url};
    if (tunnel)
        arguments.prepend(QStringLiteral("-p"));
    int exitCode = 0;
    return run(QStringLiteral("curl"), arguments, &exitCode);
}

// A minimal server configuration around an exported Apache file: its own ServerRoot, pid and log
// in the temporary folder, the MPM and mod_authz_core (every Apache needs it to serve anything;
// Debian always loads both), then the export, included as conf-enabled/ would include it.
QString TestFleetExport::apacheWrapper(const QString &name, const QString &included, const QString &extra) const
{
    const QString dir = m_dir.filePath(name + QStringLiteral(".d"));
    QDir().mkpath(dir);
    const QString config
        = QStringLiteral("ServerRoot \"%1\"\nPidFile \"%1/httpd.pid\"\nErrorLog \"%1/error.log\"\nLogLevel warn\n"
                         "LoadModule mpm_event_module /usr/lib/apache2/modules/mod_mpm_event.so\n"
                         "LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so\n"
                         "ServerName localhost\n%2Include \"%3\"\n")
              .arg(dir, extra, included);
    return write(config.toUtf8(), name);
}

// The snippet goes inside http { }, as Debian's nginx.conf includes conf.d/; pid, logs and temp
// files in the temporary folder, in the foreground, one process.
QString TestFleetExport::nginxWrapper(const QString &name, const QString &included) const
{
    const QString dir = m_dir.filePath(name + QStringLiteral(".d"));
    QDir().mkpath(dir);
    QString config = QStringLiteral("daemon off;\nmaster_process off;\npid %1/nginx.pid;\nerror_log %1/error.log;\n"
                                    "events { worker_connections 64; }\nhttp {\n    access_log %1/access.log;\n")
                         .arg(dir);
    for (const char *temp : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"})
        config += QStringLiteral("    %1_temp_path %2/%1;\n").arg(QString::fromLatin1(temp), dir);
    config += QStringLiteral("    include %1;\n}\n").arg(included);
    return write(config.toUtf8(), name);
}

void TestFleetExport::registersTheFiveFormats()
{
    for (const QString &id : FleetIds) {
        const auto exporter = Exporter::find(id);
        QVERIFY2(exporter, qPrintable(id));
        QVERIFY(!exporter->name().isEmpty());
        QVERIFY(!exporter->fileName().isEmpty());
    }
}

void TestFleetExport::haproxyAcceptsTheForwarder_data()
{
    QTest::addColumn<ExportInput>("in");
    QTest::addColumn<QString>("expected");
    QTest::newRow("user and password")
        << input(true) << QStringLiteral("set-header Proxy-Authorization \"Basic %1\"").arg(basicCredentials());
    QTest::newRow("without secrets") << input(false) << QStringLiteral("\"Basic ${PROXY_BASIC_AUTH}\"");
    QTest::newRow("IPv6 upstream") << input(true, QStringLiteral("2001:db8::1"))
                                   << QStringLiteral("server upstream [2001:db8::1]:3128 check");
    ExportInput tls = input(true, QStringLiteral("localhost"));
    tls.profile.scheme = QStringLiteral("https");
    QTest::newRow("https upstream by name")
        << tls << QStringLiteral("ssl verify required ca-file \"%1\" sni str(localhost) verifyhost localhost").arg(m_caBundle);
    // HAProxy loads the CA file while checking: a path it misread would not be found.
    tls.caBundlePath = m_awkwardCaBundle;
    const QString escaped = QString(m_awkwardCaBundle).replace(u'"', QStringLiteral("\\\"")).replace(u'$', QStringLiteral("\\$"));
    QTest::newRow("https upstream, CA path with quotes, $ and space") << tls << QStringLiteral("ca-file \"%1\"").arg(escaped);
    ExportInput anonymous = input(true);
    anonymous.profile.username.clear();
    QTest::newRow("no user") << anonymous << QStringLiteral("server upstream 127.0.0.1:3128 check");
}

void TestFleetExport::haproxyAcceptsTheForwarder()
{
    NEED("haproxy", "haproxy");
    QFETCH(ExportInput, in);
    QFETCH(QString, expected);
    if (in.profile.scheme == u"https" && in.caBundlePath.isEmpty())
        QSKIP("ca-certificates is not installed");
    const QByteArray bytes = HaproxyForwarderExporter().render(in);
    QVERIFY2(bytes.contains(expected.toUtf8()), bytes.constData());
    int exitCode = -1;
    const QString output = run(QStringLiteral("haproxy"), {QStringLiteral("-c"), QStringLiteral("-f"), write(bytes, QStringLiteral("haproxy-check.cfg"))},
                               &exitCode, credentialVariable());
    QVERIFY2(exitCode == 0 && output.contains(u"Configuration file is valid"), qPrintable(output));
}

void TestFleetExport::haproxyRefusesToStartWithoutTheCredentialVariable()
{
    NEED("haproxy", "haproxy");
    const QString file = write(HaproxyForwarderExporter().render(input(false)), QStringLiteral("haproxy-novar.cfg"));
    int exitCode = 0;
    const QString output = run(QStringLiteral("haproxy"), {QStringLiteral("-c"), QStringLiteral("-f"), file}, &exitCode);
    QVERIFY2(exitCode != 0 && output.contains(u"PROXY_BASIC_AUTH is not set"), qPrintable(output));
}

void TestFleetExport::haproxyForwardsRequestsAndTunnelsWithTheExactCredentials_data()
{
    QTest::addColumn<bool>("secrets");
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("password in the file") << true << false;
    QTest::newRow("password from PROXY_BASIC_AUTH") << false << false;
    QTest::newRow("IPv6 upstream") << true << true;
}

void TestFleetExport::haproxyForwardsRequestsAndTunnelsWithTheExactCredentials()
{
    NEED("haproxy", "haproxy");
    NEED("curl", "curl");
    QFETCH(bool, secrets);
    QFETCH(bool, ipv6);
    RecordingServer upstream;
    const quint16 upstreamPort = upstream.listen(ipv6 ? QHostAddress::LocalHostIPv6 : QHostAddress::LocalHost);
    if (ipv6 && !upstreamPort)
        QSKIP("no IPv6 loopback here");
    QVERIFY(upstreamPort);

    // Only where it listens changes (free loopback ports), and the privilege drop when not root.
    const QString host = ipv6 ? QStringLiteral("::1") : QStringLiteral("127.0.0.1");
    QString config = QString::fromUtf8(HaproxyForwarderExporter().render(input(secrets, host, upstreamPort)));
    const quint16 port = freePort();
    QVERIFY(config.contains(u"    bind :3834\n") && config.contains(u"    bind 127.0.0.1:3835\n"));
    config.replace(QStringLiteral("    bind :3834\n"), QStringLiteral("    bind 127.0.0.1:%1\n").arg(port));
    config.replace(QStringLiteral("    bind 127.0.0.1:3835\n"), QStringLiteral("    bind 127.0.0.1:%1\n").arg(freePort()));
    if (geteuid() != 0) {
        for (const char *line : {"    chroot /var/lib/haproxy\n", "    user haproxy\n", "    group haproxy\n"})
            config.remove(QString::fromLatin1(line));
    }
    const QString file = write(config.toUtf8(), QStringLiteral("haproxy-run.cfg"));
    ServerProcess haproxy(QStringLiteral("haproxy"), {QStringLiteral("-db"), QStringLiteral("-f"), file},
                          environment(secrets ? QProcessEnvironment() : credentialVariable()));
    QVERIFY2(haproxy.waitForPort(port), qPrintable(haproxy.output()));

    QCOMPARE(fetch(port, QStringLiteral("http://example.invalid/fleet/haproxy")), QStringLiteral("ok"));
    fetch(port, QStringLiteral("http://example.invalid:8443/tunnel"), true);

    const QStringList heads = upstream.heads();
    QCOMPARE(heads.size(), 2);
    QVERIFY2(heads.at(0).startsWith(u"GET http://example.invalid/fleet/haproxy HTTP/1.1\r\n"), qPrintable(heads.at(0)));
    QVERIFY2(heads.at(1).startsWith(u"CONNECT example.invalid:8443 HTTP/1.1\r\n"), qPrintable(heads.at(1)));
    for (const QString &head : heads)
        QCOMPARE(proxyAuthorizations(head), QStringList{QStringLiteral("Basic ") + basicCredentials()});
}

void TestFleetExport::squidParsesThePeerLoginAndDirectRulesWithoutWarnings_data()
{
    QTest::addColumn<ExportInput>("in");
    QTest::addColumn<QStringList>("processed");
    const QString login = QStringLiteral(" login=d%C3%A9v%40corp:") + QString::fromLatin1(QUrl::toPercentEncoding(m_password));
    const QString peer = QStringLiteral("Processing: cache_peer %1 parent 3128 0 no-query no-digest no-netdb-exchange "
                                        "default name=upstream");
    QStringList direct;
    for (const char *line : {"acl proxydeck_direct_domains dstdomain -n .localhost .corp",
                             "acl proxydeck_direct_subdomains dstdom_regex -n -i \\.svc\\.cluster\\.local$",
                             "acl proxydeck_direct_addresses dst -n 127.0.0.1 10.0.0.0/8 172.16.0.0/12 ::1 fd00::/8",
                             "acl proxydeck_direct_1 dstdomain -n .intranet.example", "acl proxydeck_direct_1_port port 8080",
                             "always_direct allow proxydeck_direct_1 proxydeck_direct_1_port", "never_direct allow all",
                             "acl SSL_ports port 20 21 443 1024-65535"})
        direct.append(QStringLiteral("Processing: ") + QString::fromLatin1(line));
    QTest::newRow("user and password") << input(true) << direct + QStringList{peer.arg(QStringLiteral("127.0.0.1")) + login};
    QTest::newRow("without secrets") << input(false) << direct + QStringList{peer.arg(QStringLiteral("127.0.0.1")) + u'\n'};
    QTest::newRow("IPv6 upstream") << input(true, QStringLiteral("2001:db8::1"))
                                   << QStringList{peer.arg(QStringLiteral("2001:db8::1")) + login};
    ExportInput tls = input(true, QStringLiteral("proxy.example"));
    tls.profile.scheme = QStringLiteral("https");
    QTest::newRow("https upstream") << tls << QStringList{login + QStringLiteral(" tls tls-cafile=") + m_caBundle};
    // squid.conf has no quoting for a path with a space: the peer keeps the system CAs, a comment says so.
    tls.caBundlePath = m_awkwardCaBundle;
    QTest::newRow("https upstream, CA path with a space") << tls << QStringList{login + QStringLiteral(" tls\n")};
}

void TestFleetExport::squidParsesThePeerLoginAndDirectRulesWithoutWarnings()
{
    NEED("squid", "squid");
    QFETCH(ExportInput, in);
    QFETCH(QStringList, processed);
    if (in.profile.scheme == u"https" && in.caBundlePath.isEmpty())
        QSKIP("ca-certificates is not installed");
    const QByteArray bytes = SquidForwardExporter().render(in);
    if (in.caBundlePath == m_awkwardCaBundle)
        QVERIFY2(bytes.contains("squid.conf cannot name the CA bundle"), bytes.constData());
    const QString file = write(bytes, QStringLiteral("squid-parse.conf"));
    int exitCode = -1;
    const QString output = run(QStringLiteral("squid"), {QStringLiteral("-k"), QStringLiteral("parse"), QStringLiteral("-f"), file},
                               &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));
    // Squid echoes each line it takes; overlapping ACL entries (of which it keeps one), unknown
    // options and values it drops show up as WARNING or ERROR.
    QVERIFY2(!output.contains(u"WARNING") && !output.contains(u"ERROR"), qPrintable(output));
    for (const QString &line : processed)
        QVERIFY2(output.contains(line), qPrintable(line + QStringLiteral("\nnot in:\n") + output));
}

void TestFleetExport::squidDecodesTheLoginToTheExactCredentialsAndGoesDirectForNoProxy()
{
    NEED("squid", "squid");
    NEED("curl", "curl");
    RecordingServer upstream;
    RecordingServer origin;
    const quint16 upstreamPort = upstream.listen(QHostAddress::LocalHost);
    const quint16 originPort = origin.listen(QHostAddress::LocalHost);
    QVERIFY(upstreamPort && originPort);

    // The export as is but for a free loopback port; a test-only wrapper puts pid, logs and core
    // dumps in the temporary folder (as root, Squid switches to its own user to write them).
    const QString dir = m_dir.filePath(QStringLiteral("squid-run"));
    QVERIFY(QDir().mkpath(dir));
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::WriteGroup
                              | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther);
    QString config = QString::fromUtf8(SquidForwardExporter().render(input(true, QStringLiteral("127.0.0.1"), upstreamPort)));
    const quint16 port = freePort();
    const QString listening = QStringLiteral("\nhttp_port 3128\ncoredump_dir /var/spool/squid\n");
    QVERIFY(config.contains(listening));
    config.replace(listening, QStringLiteral("\nhttp_port 127.0.0.1:%1\ncoredump_dir %2\n").arg(port).arg(dir));
    const QString exported = write(config.toUtf8(), QStringLiteral("squid-run/exported.conf"));
    const QString wrapper
        = write(QStringLiteral("pid_filename %1/squid.pid\ncache_log %1/cache.log\naccess_log stdio:%1/access.log\n"
                               "netdb_filename none\npinger_enable off\nshutdown_lifetime 0 seconds\ninclude %2\n")
                    .arg(dir, exported)
                    .toUtf8(),
                QStringLiteral("squid-run/test.conf"));
    ServerProcess squid(QStringLiteral("squid"), {QStringLiteral("-N"), QStringLiteral("-f"), wrapper}, environment());
    QVERIFY2(squid.waitForPort(port), qPrintable(squid.output()));

    // Squid may answer before its peer is set up; ask again, boundedly, until it is.
    const QDeadlineTimer deadline(20000);
    while (upstream.heads().isEmpty() && !deadline.hasExpired()) {
        if (fetch(port, QStringLiteral("http://example.invalid/fleet/squid")) != u"ok")
            QTest::qWait(300);
    }
    QVERIFY2(!upstream.heads().isEmpty(), TestSupport::readFile(dir + QStringLiteral("/cache.log")).constData());
    const QString head = upstream.heads().constFirst();
    QVERIFY2(head.startsWith(u"GET http://example.invalid/fleet/squid HTTP/1.1\r\n"), qPrintable(head));
    QCOMPARE(proxyAuthorizations(head), QStringList{QStringLiteral("Basic ") + basicCredentials()});

    // NO_PROXY has 127.0.0.1 and localhost: Squid goes there itself, without the upstream credentials.
    upstream.clear();
    QCOMPARE(fetch(port, QStringLiteral("http://127.0.0.1:%1/fleet/squid-direct").arg(originPort)), QStringLiteral("ok"));
    QCOMPARE(fetch(port, QStringLiteral("http://localhost:%1/fleet/squid-localhost").arg(originPort)), QStringLiteral("ok"));
    QCOMPARE(origin.requestLines(), QStringList({QStringLiteral("GET /fleet/squid-direct HTTP/1.1"),
                                                 QStringLiteral("GET /fleet/squid-localhost HTTP/1.1")}));
    for (const QString &originHead : origin.heads())
        QVERIFY2(proxyAuthorizations(originHead).isEmpty(), qPrintable(originHead));
    QVERIFY(upstream.heads().isEmpty());

    // Look-alikes of NO_PROXY entries are not direct; a tunnel is authenticated like a request.
    QCOMPARE(fetch(port, QStringLiteral("http://127.0.0.10/fleet/squid-near")), QStringLiteral("ok"));
    QCOMPARE(fetch(port, QStringLiteral("http://localhost.example.invalid/fleet/squid-near")), QStringLiteral("ok"));
    fetch(port, QStringLiteral("http://example.invalid:8443/tunnel"), true);
    QCOMPARE(upstream.requestLines().size(), 3);
    QVERIFY2(upstream.requestLines().at(2).startsWith(u"CONNECT example.invalid:8443 "), qPrintable(upstream.requestLines().at(2)));
    for (const QString &upstreamHead : upstream.heads())
        QCOMPARE(proxyAuthorizations(upstreamHead), QStringList{QStringLiteral("Basic ") + basicCredentials()});
}

void TestFleetExport::apacheAcceptsTheForwardProxy_data()
{
    QTest::addColumn<ExportInput>("in");
    QTest::addColumn<QString>("expected");
    QTest::newRow("user and password")
        << input(true) << QStringLiteral("RequestHeader set Proxy-Authorization \"Basic %1\"").arg(basicCredentials());
    QTest::newRow("without secrets")
        << input(false) << QStringLiteral("RequestHeader set Proxy-Authorization \"Basic ${PROXY_BASIC_AUTH}\"");
    ExportInput anonymous = input(true, QStringLiteral("proxy.example"));
    anonymous.profile.username.clear();
    anonymous.noProxy.clear();
    QTest::newRow("no user, no NO_PROXY") << anonymous << QStringLiteral("    ProxyRemote * http://proxy.example:3128\n");
    ExportInput everything = input(true);
    everything.noProxy = {QStringLiteral("*")};
    QTest::newRow("NO_PROXY *") << everything << QStringLiteral("every destination goes direct");
}

void TestFleetExport::apacheAcceptsTheForwardProxy()
{
    NEED("apache2", "apache2");
    QFETCH(ExportInput, in);
    QFETCH(QString, expected);
    const QByteArray bytes = ApacheForwardExporter().render(in);
    QVERIFY2(bytes.contains(expected.toUtf8()), bytes.constData());
    QVERIFY(bytes.contains("AllowCONNECT 20 21 443 1024-65535\n"));
    const QString wrapper = apacheWrapper(QStringLiteral("apache-forward-test.conf"), write(bytes, QStringLiteral("apache-forward.conf")));
    int exitCode = -1;
    // -D DUMP_MODULES: the guarded LoadModule lines did load what the export needs.
    const QString output = run(QStringLiteral("apache2"), {QStringLiteral("-t"), QStringLiteral("-D"), QStringLiteral("DUMP_MODULES"),
                                                           QStringLiteral("-f"), wrapper},
                               &exitCode, credentialVariable());
    QVERIFY2(exitCode == 0, qPrintable(output));
    for (const char *module : {"proxy_module", "proxy_http_module", "proxy_connect_module", "headers_module", "authz_host_module"})
        QVERIFY2(output.contains(QString::fromLatin1(module)), qPrintable(output));
    QVERIFY2(!output.contains(u"AH00111"), qPrintable(output)); // "Config variable ${…} is not defined"
}

void TestFleetExport::apacheRefusesUpstreamsProxyRemoteCannotReach_data()
{
    QTest::addColumn<ExportInput>("in");
    QTest::addColumn<QString>("reason");
    QTest::newRow("IPv6 upstream") << input(true, QStringLiteral("2001:db8::1")) << QStringLiteral("cannot take an IPv6 address");
    ExportInput tls = input(true, QStringLiteral("proxy.example"));
    tls.profile.scheme = QStringLiteral("https");
    QTest::newRow("https upstream") << tls << QStringLiteral("only plain HTTP to a ProxyRemote");
}

void TestFleetExport::apacheRefusesUpstreamsProxyRemoteCannotReach()
{
    NEED("apache2", "apache2");
    QFETCH(ExportInput, in);
    QFETCH(QString, reason);
    // Apache 2.4 rejects "ProxyRemote * http://[2001:db8::1]:3128" ("bad port number") and speaks
    // plain HTTP to an https:// ProxyRemote: a comment says why instead of a forwarder.
    const QByteArray bytes = ApacheForwardExporter().render(in);
    QVERIFY2(bytes.contains(reason.toUtf8()), bytes.constData());
    for (const QByteArray &line : bytes.split('\n'))
        QVERIFY2(line.isEmpty() || line.startsWith('#'), line.constData());
    const QString wrapper = apacheWrapper(QStringLiteral("apache-refused-test.conf"), write(bytes, QStringLiteral("apache-refused.conf")));
    int exitCode = -1;
    const QString output = run(QStringLiteral("apache2"), {QStringLiteral("-t"), QStringLiteral("-f"), wrapper}, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));
}

void TestFleetExport::apacheSendsTheCredentialsUpstreamOnlyAndGoesDirectForNoProxy_data()
{
    QTest::addColumn<bool>("secrets");
    QTest::newRow("password in the file") << true;
    QTest::newRow("password from PROXY_BASIC_AUTH") << false;
}

void TestFleetExport::apacheSendsTheCredentialsUpstreamOnlyAndGoesDirectForNoProxy()
{
    NEED("apache2", "apache2");
    NEED("curl", "curl");
    QFETCH(bool, secrets);
    RecordingServer upstream;
    RecordingServer origin;
    const quint16 upstreamPort = upstream.listen(QHostAddress::LocalHost);
    const quint16 originPort = origin.listen(QHostAddress::LocalHost);
    QVERIFY(upstreamPort && originPort);

    QString config = QString::fromUtf8(ApacheForwardExporter().render(input(secrets, QStringLiteral("127.0.0.1"), upstreamPort)));
    const quint16 port = freePort();
    const QString listening = QStringLiteral("\nListen 3128\n<VirtualHost *:3128>\n");
    QVERIFY(config.contains(listening));
    config.replace(listening, QStringLiteral("\nListen 127.0.0.1:%1\n<VirtualHost *:%1>\n").arg(port));
    const QString name = secrets ? QStringLiteral("apache-run-secrets") : QStringLiteral("apache-run");
    const QString wrapper = apacheWrapper(name + QStringLiteral(".conf"), write(config.toUtf8(), name + QStringLiteral("-exported.conf")));
    ServerProcess apache(QStringLiteral("apache2"), {QStringLiteral("-X"), QStringLiteral("-f"), wrapper},
                         environment(secrets ? QProcessEnvironment() : credentialVariable()));
    QVERIFY2(apache.waitForPort(port), qPrintable(apache.output()));

    QCOMPARE(fetch(port, QStringLiteral("http://example.invalid/fleet/apache")), QStringLiteral("ok"));
    QCOMPARE(upstream.heads().size(), 1);
    const QString head = upstream.heads().constFirst();
    QVERIFY2(head.startsWith(u"GET http://example.invalid/fleet/apache HTTP/1.1\r\n"), qPrintable(head));
    QCOMPARE(proxyAuthorizations(head), QStringList{QStringLiteral("Basic ") + basicCredentials()});

    // NO_PROXY has 127.0.0.1 and localhost: direct, without the Proxy-Authorization meant for the
    // upstream; a CONNECT is matched in its host:port form, and the origin sees the tunnelled request.
    upstream.clear();
    QCOMPARE(fetch(port, QStringLiteral("http://127.0.0.1:%1/fleet/apache-direct").arg(originPort)), QStringLiteral("ok"));
    QCOMPARE(fetch(port, QStringLiteral("http://localhost:%1/fleet/apache-localhost").arg(originPort)), QStringLiteral("ok"));
    QCOMPARE(fetch(port, QStringLiteral("http://127.0.0.1:%1/fleet/apache-tunnel").arg(originPort), true), QStringLiteral("ok"));
    QCOMPARE(origin.requestLines(),
             QStringList({QStringLiteral("GET /fleet/apache-direct HTTP/1.1"), QStringLiteral("GET /fleet/apache-localhost HTTP/1.1"),
                          QStringLiteral("GET /fleet/apache-tunnel HTTP/1.1")}));
    for (const QString &originHead : origin.heads())
        QVERIFY2(proxyAuthorizations(originHead).isEmpty(), qPrintable(originHead));
    QVERIFY(upstream.heads().isEmpty());

    // Look-alikes of NO_PROXY entries go upstream, with the credentials.
    for (const char *url : {"http://127.0.0.10/fleet/apache-near", "http://localhost.example.invalid/fleet/apache-near",
                            "http://u:p@CORP.example.invalid:81/fleet/apache-near"})
        QCOMPARE(fetch(port, QString::fromLatin1(url)), QStringLiteral("ok"));
    QCOMPARE(upstream.heads().size(), 3);
    for (const QString &upstreamHead : upstream.heads())
        QCOMPARE(proxyAuthorizations(upstreamHead), QStringList{QStringLiteral("Basic ") + basicCredentials()});

    // CONNECT is chained too (Apache sends it without credentials: the export says so).
    upstream.clear();
    fetch(port, QStringLiteral("http://example.invalid:8443/tunnel"), true);
    QCOMPARE(upstream.requestLines().size(), 1);
    QVERIFY2(upstream.requestLines().constFirst().startsWith(u"CONNECT example.invalid:8443 "),
             qPrintable(upstream.requestLines().constFirst()));
}

void TestFleetExport::nginxPassesAWebSocketUpgradeToTheStudio()
{
    NEED("nginx", "nginx");
    const QByteArray bytes = NginxReverseExporter().render(input(true));
    QVERIFY(bytes.contains("proxy_pass http://127.0.0.1:11200/;") && bytes.contains("proxy_http_version 1.1;"));
    int exitCode = -1;
    const QString checked = run(QStringLiteral("nginx"),
                                {QStringLiteral("-t"), QStringLiteral("-e"), m_dir.filePath(QStringLiteral("nginx-t.log")),
                                 QStringLiteral("-c"), nginxWrapper(QStringLiteral("nginx-test.conf"), write(bytes, QStringLiteral("dss.conf")))},
                                &exitCode);
    // nginx -t also binds the listen sockets, which port 80 refuses to a user other than root.
    QVERIFY2(checked.contains(u"syntax is ok"), qPrintable(checked));
    if (geteuid() == 0)
        QVERIFY2(exitCode == 0 && checked.contains(u"test is successful"), qPrintable(checked));

    // Running it: the snippet's listen and backend moved to free loopback ports, nothing else.
    EchoStudio studio;
    const quint16 studioPort = studio.listen();
    const quint16 port = freePort();
    QVERIFY(studioPort && port);
    QString config = QString::fromUtf8(bytes);
    QVERIFY(config.contains(u"    listen 80;\n"));
    config.replace(QStringLiteral("    listen 80;\n"), QStringLiteral("    listen 127.0.0.1:%1;\n").arg(port));
    config.replace(QStringLiteral("127.0.0.1:11200"), QStringLiteral("127.0.0.1:%1").arg(studioPort));
    const QString wrapper = nginxWrapper(QStringLiteral("nginx-run.conf"), write(config.toUtf8(), QStringLiteral("dss-run.conf")));
    ServerProcess nginx(QStringLiteral("nginx"),
                        {QStringLiteral("-e"), m_dir.filePath(QStringLiteral("nginx-run.log")), QStringLiteral("-c"), wrapper},
                        environment());
    QVERIFY2(nginx.waitForPort(port), qPrintable(nginx.output()));
    QCOMPARE(webSocketRoundTrip(port, QStringLiteral("/dip/api/ws"), QStringLiteral("hello through nginx")),
             QStringLiteral("echo: hello through nginx"));
    QCOMPARE(studio.paths(), QStringList{QStringLiteral("/dip/api/ws")});
}

void TestFleetExport::apacheReversePassesAWebSocketUpgradeToTheStudio()
{
    NEED("apache2", "apache2");
    const QByteArray bytes = ApacheReverseExporter().render(input(true));
    QVERIFY(bytes.contains("ProxyPass / http://127.0.0.1:11200/ upgrade=websocket\n"));
    int exitCode = -1;
    const QString checked = run(QStringLiteral("apache2"),
                                {QStringLiteral("-t"), QStringLiteral("-f"),
                                 apacheWrapper(QStringLiteral("apache-reverse-test.conf"), write(bytes, QStringLiteral("dss-apache.conf")))},
                                &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(checked));

    EchoStudio studio;
    const quint16 studioPort = studio.listen();
    const quint16 port = freePort();
    QVERIFY(studioPort && port);
    QString config = QString::fromUtf8(bytes);
    QVERIFY(config.contains(u"<VirtualHost *:80>\n"));
    config.replace(QStringLiteral("<VirtualHost *:80>\n"), QStringLiteral("<VirtualHost *:%1>\n").arg(port));
    config.replace(QStringLiteral("127.0.0.1:11200"), QStringLiteral("127.0.0.1:%1").arg(studioPort));
    const QString wrapper = apacheWrapper(QStringLiteral("apache-reverse-run.conf"),
                                          write(config.toUtf8(), QStringLiteral("dss-apache-run.conf")),
                                          QStringLiteral("Listen 127.0.0.1:%1\n").arg(port));
    ServerProcess apache(QStringLiteral("apache2"), {QStringLiteral("-X"), QStringLiteral("-f"), wrapper}, environment());
    QVERIFY2(apache.waitForPort(port), qPrintable(apache.output()));
    QCOMPARE(webSocketRoundTrip(port, QStringLiteral("/dip/api/ws"), QStringLiteral("hello through Apache")),
             QStringLiteral("echo: hello through Apache"));
    QCOMPARE(studio.paths(), QStringList{QStringLiteral("/dip/api/ws")});
}

void TestFleetExport::noFormatContainsThePasswordWithoutSecrets_data()
{
    QTest::addColumn<ExportInput>("in");
    // The password is handed over although secrets are off: an exporter must still leave it out.
    ExportInput plain = input(false);
    ExportInput v6 = input(false, QStringLiteral("2001:db8::1"));
    ExportInput tls = input(false, QStringLiteral("proxy.example"));
    tls.profile.scheme = QStringLiteral("https");
    for (ExportInput *in : {&plain, &v6, &tls})
        in->password = m_password;
    QTest::newRow("IPv4 upstream") << plain;
    QTest::newRow("IPv6 upstream") << v6;
    QTest::newRow("https upstream") << tls;
}

void TestFleetExport::noFormatContainsThePasswordWithoutSecrets()
{
    QFETCH(ExportInput, in);
    const QList<QByteArray> forms = {m_password.toUtf8(), QUrl::toPercentEncoding(m_password), basicCredentials().toLatin1(),
                                     m_password.toUtf8().toBase64()};
    for (const QString &id : FleetIds) {
        const QByteArray bytes = Exporter::find(id)->render(in);
        for (const QByteArray &form : forms)
            QVERIFY2(!bytes.contains(form), qPrintable(id + QStringLiteral(" contains ") + QString::fromUtf8(form)));
    }
}

void TestFleetExport::aUserNameWithAColonIsRefusedNotCut()
{
    // Basic credentials end the user at the first ":" (RFC 7617 §2): such a user cannot be sent.
    ExportInput in = input(true);
    in.profile.username = QStringLiteral("dom:user");
    const QByteArray cut = QByteArrayLiteral("dom:user:").toBase64().left(8);
    for (const char *id : {"haproxy", "squid", "apache-forward"}) {
        const QByteArray bytes = Exporter::find(QString::fromLatin1(id))->render(in);
        QVERIFY2(bytes.contains("the user name contains “:”"), bytes.constData());
        QVERIFY2(!bytes.contains("Proxy-Authorization \"Basic") && !bytes.contains("login=") && !bytes.contains(cut),
                 bytes.constData());
    }
}

void TestFleetExport::textFromTheSettingsCannotEscapeAComment()
{
    ExportInput in = input(false);
    in.profile.name = QStringLiteral("Fleet\nhttp_access allow all\r\nlisten evil\u2028x");
    in.profile.username = QStringLiteral("dév\nhttp_access allow all");
    for (const QString &id : FleetIds) {
        const QString text = QString::fromUtf8(Exporter::find(id)->render(in));
        for (const QString &line : text.split(u'\n'))
            QVERIFY2(!line.startsWith(u"http_access allow all") && !line.startsWith(u"listen evil") && !line.contains(QChar(0x2028)),
                     qPrintable(id + QStringLiteral(": ") + line));
    }
}

QTEST_GUILESS_MAIN(TestFleetExport)
#include "tst_fleetexport.moc"
