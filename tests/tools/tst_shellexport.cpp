// The .env, sh and fish exports read back by the real shells, and the sh export used by the real
// curl against a loopback recording proxy: credentials with every awkward character arrive
// exactly, the NO_PROXY host goes direct, and no password leaks without --include-secrets.
#include "recordingserver.h"
#include "shellexporters.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class TestShellExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shellsReadBackExactlyWhatWasSet_data();
    void shellsReadBackExactlyWhatWasSet();
    void curlSendsTheExactCredentialsAndHonoursNoProxy_data();
    void curlSendsTheExactCredentialsAndHonoursNoProxy();
    void leavesThePasswordOutUnlessAskedAndTheReferenceWorks();
    void environmentDExpandsThePasswordReference();
    void clearsTheVariablesForADirectProfile();
    void installsTheShellBlockIdempotentlyKeepingTheRest();

private:
    ExportInput input(const QString &host, const QString &user, const QString &password) const;
    QString run(const QString &shell, const QString &script, const QProcessEnvironment &extra = {});
    QString write(const QByteArray &bytes, const QString &name);

    QTemporaryDir m_dir;
    RecordingServer m_proxy;
    RecordingServer m_origin;
    quint16 m_proxyPort = 0;
    quint16 m_originPort = 0;
};

void TestShellExport::initTestCase()
{
    m_proxyPort = m_proxy.listen(QHostAddress::Any);
    QVERIFY(m_proxyPort);
    m_originPort = m_origin.listen(QHostAddress::LocalHost);
    QVERIFY(m_originPort);
}

ExportInput TestShellExport::input(const QString &host, const QString &user, const QString &password) const
{
    ExportInput in;
    in.profile.name = QStringLiteral("Test");
    in.profile.host = host;
    in.profile.port = m_proxyPort;
    in.profile.username = user;
    in.profile.secretRef = QStringLiteral("keychain:ProxyDeck/profile/x");
    in.noProxy = {QStringLiteral("127.0.0.1"), QStringLiteral(".corp")};
    in.caBundlePath = m_dir.filePath(QStringLiteral("my bundle's \"dir\"/$ca.pem"));
    in.includeSecrets = true;
    in.password = password;
    return in;
}

QString TestShellExport::write(const QByteArray &bytes, const QString &name)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return file.fileName();
}

QString TestShellExport::run(const QString &shell, const QString &script, const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "no_proxy", "NO_PROXY", "PROXY_PASSWORD"})
        environment.remove(QString::fromLatin1(name));
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));
    process.setProcessEnvironment(environment);
    process.start(shell, {QStringLiteral("-c"), script});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestShellExport::shellsReadBackExactlyWhatWasSet_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    const QList<std::array<QString, 2>> credentials = {
        {QStringLiteral("alice"), QStringLiteral("p@ss:w/rd%#?&")},
        {QStringLiteral("dév user"), QStringLiteral("q\"uote's back\\slash `tick` $HOME")},
        {QStringLiteral("u:x@y"), QStringLiteral("pässwörd€ 空")},
    };
    for (const char *format : {"env", "sh", "fish", "systemd-env"}) {
        for (const QString &host : {QStringLiteral("127.0.0.1"), QStringLiteral("::1")}) {
            for (const auto &[user, password] : credentials)
                QTest::addRow("%s %s %s", format, qPrintable(host), qPrintable(user)) << QString::fromLatin1(format) << host << user << password;
        }
    }
}

void TestShellExport::shellsReadBackExactlyWhatWasSet()
{
    QFETCH(QString, format);
    QFETCH(QString, host);
    QFETCH(QString, user);
    QFETCH(QString, password);
    const ExportInput in = input(host, user, password);
    QString file = write(Exporter::find(format)->render(in), QStringLiteral("export.") + format);
    QString shell = QStringLiteral("sh");
    QString script = QStringLiteral(". '%1'; printf '%s\\n' \"$HTTPS_PROXY\" \"$http_proxy\" \"$NO_PROXY\" \"$REQUESTS_CA_BUNDLE\"").arg(file);
    if (format == u"env")
        script.prepend(QStringLiteral("set -a; "));
    if (format == u"systemd-env") {
        // systemd's own generator reads environment.d and prints the result; sh then reads that.
        const QString generator = QStringLiteral("/usr/lib/systemd/user-environment-generators/30-systemd-environment-d-generator");
        if (!QFileInfo::exists(generator))
            QSKIP("systemd's environment.d generator is not installed");
        const QString config = m_dir.filePath(QStringLiteral("xdg-%1").arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'_'));
        QVERIFY(QDir().mkpath(config + QStringLiteral("/environment.d")));
        QVERIFY(QFile::rename(file, config + QStringLiteral("/environment.d/50-proxydeck.conf")));
        script = QStringLiteral("set -a; eval \"$(XDG_CONFIG_HOME='%1' %2)\"; printf '%s\\n' \"$HTTPS_PROXY\" \"$http_proxy\" "
                                "\"$NO_PROXY\" \"$REQUESTS_CA_BUNDLE\"").arg(config, generator);
    }
    if (format == u"fish") {
        if (QStandardPaths::findExecutable(QStringLiteral("fish")).isEmpty())
            QSKIP("fish is installed by scripts/install-deps --test");
        shell = QStringLiteral("fish");
        script = QStringLiteral("source '%1'; printf '%s\\n' $HTTPS_PROXY $http_proxy $NO_PROXY $REQUESTS_CA_BUNDLE").arg(file);
    }
    const QString expectedUrl = QStringLiteral("http://") + QString::fromLatin1(QUrl::toPercentEncoding(user)) + u':'
        + QString::fromLatin1(QUrl::toPercentEncoding(password)) + u'@' + (host.contains(u':') ? u'[' + host + u']' : host)
        + u':' + QString::number(m_proxyPort);
    QCOMPARE(run(shell, script), QStringList({expectedUrl, expectedUrl, QStringLiteral("127.0.0.1,.corp"), in.caBundlePath}).join(u'\n') + u'\n');
}

void TestShellExport::curlSendsTheExactCredentialsAndHonoursNoProxy_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("ipv4, reserved characters") << "127.0.0.1" << "alice" << "p@ss:w/rd%#?&";
    QTest::newRow("ipv6, quotes and dollars") << "::1" << "dév user" << "q\"uote's back\\slash `tick` $HOME";
    QTest::newRow("ipv4, non-ascii") << "127.0.0.1" << "u:x@y" << "pässwörd€ 空";
}

void TestShellExport::curlSendsTheExactCredentialsAndHonoursNoProxy()
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QSKIP("curl is installed by scripts/install-deps --test");
    QFETCH(QString, host);
    QFETCH(QString, user);
    QFETCH(QString, password);
    ExportInput in = input(host, user, password);
    in.caBundlePath.clear();
    const QString file = write(PosixShellExporter().render(in), QStringLiteral("curl.sh"));
    m_proxy.clear();
    m_origin.clear();
    run(QStringLiteral("sh"), QStringLiteral(". '%1'; curl -s -o /dev/null --max-time 5 http://origin.invalid:8080/proxied; "
                                             "curl -s -o /dev/null --max-time 5 http://127.0.0.1:%2/direct").arg(file).arg(m_originPort));
    QCOMPARE(m_proxy.requestLines(), QStringList{QStringLiteral("GET http://origin.invalid:8080/proxied HTTP/1.1")});
    const QByteArray expected = "Proxy-Authorization: Basic " + (user + u':' + password).toUtf8().toBase64();
    QVERIFY2(m_proxy.heads().constFirst().toUtf8().contains(expected), qPrintable(m_proxy.heads().constFirst()));
    QCOMPARE(m_origin.requestLines(), QStringList{QStringLiteral("GET /direct HTTP/1.1")});
}

void TestShellExport::leavesThePasswordOutUnlessAskedAndTheReferenceWorks()
{
    const QString secret = TestSupport::uniqueSecret();
    // Without secrets the sh export refers to $PROXY_PASSWORD, which the shell expands (that no format
    // carries the password itself is tst_exporters' job).
    ExportInput in = input(QStringLiteral("127.0.0.1"), QStringLiteral("bob"), secret);
    in.includeSecrets = false;
    const QString file = write(PosixShellExporter().render(in), QStringLiteral("ref.sh"));
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("PROXY_PASSWORD"), QString::fromLatin1(QUrl::toPercentEncoding(secret)));
    QCOMPARE(run(QStringLiteral("sh"), QStringLiteral(". '%1'; printf %s \"$HTTPS_PROXY\"").arg(file), extra),
             QStringLiteral("http://bob:%1@127.0.0.1:%2") // one arg() call: the encoded secret holds "%2F"
                 .arg(QString::fromLatin1(QUrl::toPercentEncoding(secret)), QString::number(m_proxyPort)));
}

void TestShellExport::environmentDExpandsThePasswordReference()
{
    const QString generator = QStringLiteral("/usr/lib/systemd/user-environment-generators/30-systemd-environment-d-generator");
    if (!QFileInfo::exists(generator))
        QSKIP("systemd's environment.d generator is not installed");
    const QString secret = TestSupport::uniqueSecret() + QStringLiteral("$HOME ${X} %");
    ExportInput in = input(QStringLiteral("127.0.0.1"), QStringLiteral("bob"), secret);
    in.includeSecrets = false;
    const QString config = m_dir.filePath(QStringLiteral("xdg-reference"));
    QVERIFY(QDir().mkpath(config + QStringLiteral("/environment.d")));
    write(EnvironmentDExporter().render(in), QStringLiteral("xdg-reference/environment.d/50-proxydeck.conf"));
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    write(QStringLiteral("PROXY_PASSWORD=%1\n").arg(encoded).toUtf8(), QStringLiteral("xdg-reference/environment.d/40-password.conf"));
    const QString read = run(QStringLiteral("sh"), QStringLiteral("set -a; eval \"$(XDG_CONFIG_HOME='%1' %2)\"; printf %s \"$HTTPS_PROXY\"")
                                                       .arg(config, generator));
    QCOMPARE(read, QStringLiteral("http://bob:%1@127.0.0.1:%2").arg(encoded, QString::number(m_proxyPort)));
}

void TestShellExport::clearsTheVariablesForADirectProfile()
{
    ExportInput in = input(QString(), QString(), QString());
    const QString sh = write(PosixShellExporter().render(in), QStringLiteral("direct.sh"));
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://old:1"));
    QCOMPARE(run(QStringLiteral("sh"), QStringLiteral(". '%1'; printf '[%s][%s]' \"${HTTPS_PROXY-unset}\" \"$no_proxy\"").arg(sh), extra),
             QStringLiteral("[unset][127.0.0.1,.corp]"));
    if (!QStandardPaths::findExecutable(QStringLiteral("fish")).isEmpty()) {
        const QString fish = write(FishExporter().render(in), QStringLiteral("direct.fish"));
        QCOMPARE(run(QStringLiteral("fish"), QStringLiteral("source '%1'; set -q HTTPS_PROXY; or echo unset").arg(fish), extra),
                 QStringLiteral("unset\n"));
    }
}

void TestShellExport::installsTheShellBlockIdempotentlyKeepingTheRest()
{
    const QByteArray block = PosixShellExporter().render(input(QStringLiteral("127.0.0.1"), QStringLiteral("a"), QStringLiteral("b")));
    const QByteArray profile = "# my profile\nalias ll='ls -l'\n\nexport EDITOR=vi";
    const QByteArray once = Exporter::installInto(profile, block);
    QVERIFY(once.startsWith(QByteArray(profile + '\n')));
    QVERIFY(once.endsWith(block));
    QCOMPARE(Exporter::installInto(once, block), once);
    const QByteArray changed = PosixShellExporter().render(input(QStringLiteral("::1"), QStringLiteral("c"), QStringLiteral("d")));
    const QByteArray replaced = Exporter::installInto(once + "# after\n", changed);
    QCOMPARE(replaced, QByteArray(profile + '\n' + changed + "# after\n"));
}

QTEST_GUILESS_MAIN(TestShellExport)
#include "tst_shellexport.moc"
