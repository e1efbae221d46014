// git, npm, pip, apt and JVM exports read back by the real tools.
#include "recordingserver.h"
#include "agentexporters.h"
#include "toolconfigexporters.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class TestToolConfigExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void gitReadsTheProxyTheCaAndThePerHostBypasses();
    void npmSendsTheCredentialsThroughTheProxy();
    void pipReadsTheProxyAndTheCertificate();
    void aptReadsTheProxyAndTheDirectHosts();
    void javaReadsEveryProperty();
    void dockerConfigIsJsonWithTheExactValues();
    void dockerDaemonDropInIsCleanForSystemd();
    void agentYamlReadsBackExactly();
    void agentIniReadsBackExactlyThroughConfigParser();

private:
    ExportInput input(bool secrets) const;
    QString write(const Exporter &exporter, const ExportInput &in, const QString &name);
    QString run(const QString &program, const QStringList &arguments, const QProcessEnvironment &extra = {});
    static void need(const QString &program);

    QTemporaryDir m_dir;
    RecordingServer m_proxy;
    quint16 m_port = 0;
    const QString m_user = QStringLiteral("dév@corp");
    const QString m_password = QStringLiteral("p@ss:w/rd %\"'$\\`€ #?&");
};

void TestToolConfigExport::initTestCase()
{
    m_port = m_proxy.listen(QHostAddress::LocalHost);
    QVERIFY(m_port);
}

void TestToolConfigExport::need(const QString &program)
{
    if (QStandardPaths::findExecutable(program).isEmpty())
        QSKIP(qPrintable(program + QStringLiteral(" is installed by scripts/install-deps --test")));
}

ExportInput TestToolConfigExport::input(bool secrets) const
{
    ExportInput in;
    in.profile.name = QStringLiteral("Test");
    in.profile.host = QStringLiteral("127.0.0.1");
    in.profile.port = m_port;
    in.profile.username = m_user;
    in.profile.secretRef = QStringLiteral("keychain:ProxyDeck/profile/x");
    in.noProxy = {QStringLiteral("localhost"), QStringLiteral(".corp"), QStringLiteral("10.0.0.0/8")};
    in.caBundlePath = m_dir.filePath(QStringLiteral("ca bundle.pem"));
    in.includeSecrets = secrets;
    in.password = secrets ? m_password : QString();
    return in;
}

QString TestToolConfigExport::write(const Exporter &exporter, const ExportInput &in, const QString &name)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(exporter.render(in));
    return file.fileName();
}

QString TestToolConfigExport::run(const QString &program, const QStringList &arguments, const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "no_proxy", "NO_PROXY"})
        environment.remove(QString::fromLatin1(name));
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        process.kill();
    return QString::fromUtf8(process.readAll());
}

void TestToolConfigExport::gitReadsTheProxyTheCaAndThePerHostBypasses()
{
    need(QStringLiteral("git"));
    const QString file = write(GitConfigExporter(), input(true), QStringLiteral("export.gitconfig"));
    const auto get = [&](const QString &url) {
        return run(QStringLiteral("git"), {QStringLiteral("config"), QStringLiteral("--file"), file,
                                           QStringLiteral("--get-urlmatch"), QStringLiteral("http.proxy"), url}).trimmed();
    };
    QCOMPARE(get(QStringLiteral("https://github.com/org/repo.git")), input(true).proxyUrl(QString()));
    QCOMPARE(get(QStringLiteral("https://git.corp/repo.git")), QString());
    QCOMPARE(get(QStringLiteral("http://a.corp/x")), QString());
    QCOMPARE(get(QStringLiteral("https://localhost/x")), QString()); // git matches ports exactly: default ports only
    QCOMPARE(run(QStringLiteral("git"), {QStringLiteral("config"), QStringLiteral("--file"), file, QStringLiteral("--get"),
                                         QStringLiteral("http.sslCAInfo")}).trimmed(), input(true).caBundlePath);
    // Without secrets: the user only, git's credential helper supplies the password.
    const QString plain = write(GitConfigExporter(), input(false), QStringLiteral("plain.gitconfig"));
    QCOMPARE(run(QStringLiteral("git"), {QStringLiteral("config"), QStringLiteral("--file"), plain, QStringLiteral("--get"),
                                         QStringLiteral("http.proxy")}).trimmed(),
             QStringLiteral("http://d%C3%A9v%40corp@127.0.0.1:%1").arg(m_port));
}

void TestToolConfigExport::npmSendsTheCredentialsThroughTheProxy()
{
    need(QStringLiteral("npm"));
    // Without secrets, npm expands ${PROXY_PASSWORD} from its environment.
    const QString file = write(NpmrcExporter(), input(false), QStringLiteral("export.npmrc"));
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("PROXY_PASSWORD"), QString::fromLatin1(QUrl::toPercentEncoding(m_password)));
    m_proxy.clear();
    run(QStringLiteral("npm"), {QStringLiteral("view"), QStringLiteral("left-pad"), QStringLiteral("--registry"),
                                QStringLiteral("http://registry.invalid/"), QStringLiteral("--userconfig"), file,
                                QStringLiteral("--fetch-retries=0"), QStringLiteral("--cache"), m_dir.filePath(QStringLiteral("npm-cache"))},
        extra);
    QVERIFY2(!m_proxy.heads().isEmpty(), "npm did not use the proxy");
    QVERIFY(m_proxy.requestLines().constFirst().startsWith(QStringLiteral("GET http://registry.invalid/")));
    const QByteArray expected = "Proxy-Authorization: Basic " + (m_user + u':' + m_password).toUtf8().toBase64();
    QVERIFY2(m_proxy.heads().constFirst().toUtf8().contains(expected), qPrintable(m_proxy.heads().constFirst()));
}

void TestToolConfigExport::pipReadsTheProxyAndTheCertificate()
{
    if (QProcess::execute(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-m"), QStringLiteral("pip"), QStringLiteral("--version")}) != 0)
        QSKIP("python3-pip is installed by scripts/install-deps --test");
    const QString file = write(PipConfExporter(), input(true), QStringLiteral("pip.conf"));
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("PIP_CONFIG_FILE"), file);
    const QString listed = run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-m"), QStringLiteral("pip"), QStringLiteral("config"), QStringLiteral("list")}, extra);
    QVERIFY2(listed.contains(QStringLiteral("global.proxy='%1'").arg(input(true).proxyUrl(QString()))), qPrintable(listed));
    QVERIFY2(listed.contains(QStringLiteral("global.cert='%1'").arg(input(true).caBundlePath)), qPrintable(listed));
}

void TestToolConfigExport::aptReadsTheProxyAndTheDirectHosts()
{
    need(QStringLiteral("apt-config"));
    const QString file = write(AptConfExporter(), input(true), QStringLiteral("95proxydeck"));
    const QString dump = run(QStringLiteral("apt-config"), {QStringLiteral("-c"), file, QStringLiteral("dump")});
    const QString url = input(true).proxyUrl(QString()) + u'/';
    QVERIFY2(dump.contains(QStringLiteral("Acquire::http::Proxy \"%1\";").arg(url)), qPrintable(dump));
    QVERIFY(dump.contains(QStringLiteral("Acquire::https::Proxy \"%1\";").arg(url)));
    QVERIFY(dump.contains(QStringLiteral("Acquire::http::Proxy::localhost \"DIRECT\";")));
}

void TestToolConfigExport::javaReadsEveryProperty()
{
    need(QStringLiteral("java"));
    ExportInput in = input(false);
    in.profile.host = QStringLiteral("2001:db8::1");
    in.profile.username = QStringLiteral("dév \"q\" user");
    const QString file = write(JvmOptionsExporter(), in, QStringLiteral("jvm.args"));
    const QString shown = run(QStringLiteral("java"), {u'@' + file, QStringLiteral("-XshowSettings:properties"), QStringLiteral("-version")});
    for (const QString &line : {QStringLiteral("http.proxyHost = 2001:db8::1"), QStringLiteral("https.proxyPort = %1").arg(m_port),
                                QStringLiteral("http.proxyUser = dév \"q\" user"),
                                QStringLiteral("http.nonProxyHosts = localhost|*.localhost|corp|*.corp|10.*")})
        QVERIFY2(shown.contains(line), qPrintable(line + QStringLiteral(" not in:\n") + shown));
}

void TestToolConfigExport::dockerConfigIsJsonWithTheExactValues()
{
    // No Docker engine runs here; Python's json module reads the file as Docker's client would.
    const QString file = write(DockerClientExporter(), input(true), QStringLiteral("config.json"));
    const QString read = run(QStringLiteral("/usr/bin/python3"),
                             {QStringLiteral("-c"), QStringLiteral("import json,sys; p=json.load(open(sys.argv[1]))['proxies']['default'];"
                                                                   "print(p['httpProxy']); print(p['httpsProxy']); print(p['noProxy'])"), file});
    const QString url = input(true).proxyUrl(QString());
    QCOMPARE(read, QStringList({url, url, QStringLiteral("localhost,.corp,10.0.0.0/8")}).join(u'\n') + u'\n');
    QVERIFY(!DockerClientExporter().render(input(false)).contains(QUrl::toPercentEncoding(m_password)));
}

void TestToolConfigExport::dockerDaemonDropInIsCleanForSystemd()
{
    // No systemd manager runs here to show the values (systemctl show); systemd-analyze verify is
    // systemd's own parser of the unit and its drop-in, and it reports every line it cannot read.
    need(QStringLiteral("systemd-analyze"));
    const QString units = m_dir.filePath(QStringLiteral("units"));
    QVERIFY(QDir().mkpath(units + QStringLiteral("/docker.service.d")));
    QFile unit(units + QStringLiteral("/docker.service"));
    QVERIFY(unit.open(QIODevice::WriteOnly));
    unit.write("[Unit]\nDescription=stand-in for docker.service\n[Service]\nExecStart=/bin/true\n");
    unit.close();
    const auto verify = [&](const QByteArray &dropIn) {
        QFile file(units + QStringLiteral("/docker.service.d/http-proxy.conf"));
        if (!file.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write");
        file.write(dropIn);
        file.close();
        QProcessEnvironment extra;
        extra.insert(QStringLiteral("SYSTEMD_UNIT_PATH"), units + u':');
        return run(QStringLiteral("systemd-analyze"), {QStringLiteral("verify"), unit.fileName()}, extra).trimmed();
    };
    // The check can fail: a broken line is reported.
    QVERIFY(!verify("[Service]\nEnvironment=\"HTTP_PROXY=x\n").isEmpty());
    for (bool secrets : {false, true}) {
        ExportInput in = input(secrets);
        in.profile.host = QStringLiteral("2001:db8::1");
        const QByteArray dropIn = DockerDaemonExporter().render(in);
        QCOMPARE(verify(dropIn), QString());
        // Every "%" is a doubled specifier escape: the percent-encoding survives systemd's expansion.
        QVERIFY(!QString::fromUtf8(dropIn).contains(QRegularExpression(QStringLiteral("(^|[^%])%[^%]"))));
    }
}

void TestToolConfigExport::agentYamlReadsBackExactly()
{
    // The agents parse YAML in Go; PyYAML reads the same YAML 1.1 scalars and sequences.
    if (QProcess::execute(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import yaml")}) != 0)
        QSKIP("python3-yaml is installed by scripts/install-deps --test");
    for (bool secrets : {false, true}) {
        ExportInput in = input(secrets);
        in.noProxy.append(QStringLiteral("::1"));
        const QString file = write(AgentYamlExporter(), in, QStringLiteral("agent.yaml"));
        const QString read = run(QStringLiteral("/usr/bin/python3"),
                                 {QStringLiteral("-c"), QStringLiteral("import yaml,sys; d=yaml.safe_load(open(sys.argv[1], encoding='utf-8'));"
                                                                       "p=d['proxy']; print(p['http']); print(p['https']); print(','.join(p['no_proxy']));"
                                                                       "print(d['skip_ssl_validation'], d['no_proxy_nonexact_match'])"),
                                  file});
        const QString url = in.proxyUrlWithoutReference();
        QCOMPARE(read, QStringList({url, url, in.noProxy.join(u','), QStringLiteral("False True")}).join(u'\n') + u'\n');
    }
}

void TestToolConfigExport::agentIniReadsBackExactlyThroughConfigParser()
{
    // The INI agents read stackstate.conf with Python's ConfigParser (interpolation on).
    ExportInput in = input(true);
    in.profile.host = QStringLiteral("2001:db8::1");
    const QString file = write(AgentIniExporter(), in, QStringLiteral("agent.conf"));
    const QString read = run(QStringLiteral("/usr/bin/python3"),
                             {QStringLiteral("-c"), QStringLiteral("import configparser,sys; c=configparser.ConfigParser(); "
                                                                   "c.read(sys.argv[1], encoding='utf-8'); m=c['Main'];"
                                                                   "print(m['proxy_host']); print(m['proxy_port']); print(m['proxy_user']);"
                                                                   "print(m['proxy_password']); print(m.getboolean('skip_ssl_validation'))"),
                              file});
    QCOMPARE(read, QStringList({in.profile.host, QString::number(m_port), m_user, m_password, QStringLiteral("False")}).join(u'\n') + u'\n');
}

QTEST_GUILESS_MAIN(TestToolConfigExport)
#include "tst_toolconfigexport.moc"
