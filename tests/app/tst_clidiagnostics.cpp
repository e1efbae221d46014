// `proxydeck test`, the real binary, against real parts on loopback: tinyproxy wanting Basic
// credentials (the password stored in the real keyring by `proxydeck set --password-stdin`),
// openssl s_server with the test CA's leaf (the test root imported with `proxydeck ca import`),
// and a closed port. Exit codes 0 (all pass), 1 (a step failed), 2 (usage); text and JSON.
#include "serverprocess.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString User = QStringLiteral("alice");
const QString Password = QStringLiteral("cli-diag-pw");

} // namespace

class TestCliDiagnostics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aPassingUrlExitsZeroWithEveryStep();
    void aFailingUrlExitsOneWithItsHint();
    void jsonCarriesEveryReport();
    void badUsageExitsTwo();
    void anAutomaticProfileTestsThroughTheProxyItsPacNames();
    void cleanupTestCase();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run proxydeck(const QStringList &arguments, const QByteArray &input = {});

    QTemporaryDir m_dir;
    quint16 m_proxyPort = 0;
    QTemporaryDir m_config;
    std::unique_ptr<ServerProcess> m_tls;
    std::unique_ptr<ServerProcess> m_tinyproxy;
    quint16 m_tlsPort = 0;
};

TestCliDiagnostics::Run TestCliDiagnostics::proxydeck(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(TestSupport::environmentWithoutProxies());
    process.start(QStringLiteral(PROXYDECK_BINARY), arguments + QStringList{QStringLiteral("--config-dir"), m_config.path()});
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        process.kill();
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestCliDiagnostics::initTestCase()
{
    const QString certs = m_dir.filePath(QStringLiteral("certs"));
    QCOMPARE(QProcess::execute(QStringLiteral(PROXYDECK_SUPPORT_DIR "/make-test-certs"), {certs}), 0);
    m_tlsPort = ServerProcess::freePort();
    m_tls = ServerProcess::tlsOrigin(certs, m_tlsPort);
    QVERIFY2(m_tls, "openssl s_server did not start");

    const quint16 proxyPort = ServerProcess::freePort();
    m_proxyPort = proxyPort;
    m_tinyproxy = ServerProcess::tinyproxy(m_dir.path(), proxyPort, User, Password, {m_tlsPort});
    QVERIFY2(m_tinyproxy, "tinyproxy is needed (scripts/install-deps installs it)");

    const Run set = proxydeck({QStringLiteral("set"), QStringLiteral("--host"),
                               QStringLiteral("http://%1@127.0.0.1:%2").arg(User).arg(proxyPort),
                               QStringLiteral("--password-stdin")},
                              Password.toUtf8() + '\n');
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    const Run imported = proxydeck({QStringLiteral("ca"), QStringLiteral("import"), certs + QStringLiteral("/root.pem")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

void TestCliDiagnostics::cleanupTestCase()
{
    // The keychain entry goes with the profile's password.
    proxydeck({QStringLiteral("set"), QStringLiteral("--no-password")});
}

void TestCliDiagnostics::aPassingUrlExitsZeroWithEveryStep()
{
    const Run run = proxydeck({QStringLiteral("test"), QStringLiteral("https://localhost:%1/").arg(m_tlsPort)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    for (const QString &title : {QStringLiteral("Resolve the proxy"), QStringLiteral("Connect to the proxy"),
                                 QStringLiteral("Proxy authentication"), QStringLiteral("CONNECT tunnel"),
                                 QStringLiteral("TLS handshake"), QStringLiteral("HTTP status")})
        QVERIFY2(run.out.contains(QStringLiteral("[pass] ") + title), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("accepted the credentials of “alice”")));
    QVERIFY(run.out.contains(QStringLiteral("result: pass")));
    QVERIFY(!run.out.contains(Password));
}

void TestCliDiagnostics::aFailingUrlExitsOneWithItsHint()
{
    // A port tinyproxy will not CONNECT to.
    const quint16 closed = ServerProcess::freePort();
    const Run run = proxydeck({QStringLiteral("test"), QStringLiteral("https://localhost:%1/").arg(closed),
                               QStringLiteral("https://localhost:%1/").arg(m_tlsPort)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("[FAIL] CONNECT tunnel")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("forbids CONNECT to localhost:%1").arg(closed)));
    QVERIFY(run.out.contains(QStringLiteral("result: pass"))); // the other URL still passes
}

void TestCliDiagnostics::jsonCarriesEveryReport()
{
    const Run run = proxydeck({QStringLiteral("test"), QStringLiteral("--json"), QStringLiteral("--timeout"),
                               QStringLiteral("5"), QStringLiteral("https://localhost:%1/").arg(m_tlsPort),
                               QStringLiteral("http://127.0.0.1:%1/").arg(ServerProcess::freePort())});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("passed")).toBool(true), false);
    const QJsonArray reports = root.value(QStringLiteral("reports")).toArray();
    QCOMPARE(reports.size(), 2);
    QCOMPARE(reports.at(0).toObject().value(QStringLiteral("passed")).toBool(), true);
    QCOMPARE(reports.at(0).toObject().value(QStringLiteral("route")).toString(), QStringLiteral("proxied"));
    const QJsonObject second = reports.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("passed")).toBool(true), false);
    bool named = false;
    for (const QJsonValue &value : second.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject step = value.toObject();
        if (step.value(QStringLiteral("outcome")).toString() == u"fail")
            named = !step.value(QStringLiteral("hint")).toString().isEmpty();
    }
    QVERIFY2(named, qPrintable(run.out));
}

void TestCliDiagnostics::anAutomaticProfileTestsThroughTheProxyItsPacNames()
{
    const QString active = QJsonDocument::fromJson(proxydeck({QStringLiteral("show"), QStringLiteral("--json")}).out.toUtf8())
                               .object()
                               .value(QStringLiteral("activeProfile"))
                               .toString();
    const QString pac = m_dir.filePath(QStringLiteral("auto.pac"));
    QFile file(pac);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("function FindProxyForURL(url, host) {\n"
                              "  if (host == \"localhost\") return \"PROXY 127.0.0.1:%1; DIRECT\";\n"
                              "  return \"DIRECT\";\n}\n")
                   .arg(m_proxyPort)
                   .toUtf8());
    file.close();
    const Run set = proxydeck({QStringLiteral("set"), QStringLiteral("--profile"), QStringLiteral("Auto"), QStringLiteral("--pac"),
                               pac, QStringLiteral("--user"), User, QStringLiteral("--password-stdin")},
                              Password.toUtf8() + '\n');
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QCOMPARE(proxydeck({QStringLiteral("profile"), QStringLiteral("use"), QStringLiteral("Auto")}).exitCode, 0);

    const Run run = proxydeck({QStringLiteral("test"), QStringLiteral("--json"), QStringLiteral("https://localhost:%1/").arg(m_tlsPort)});
    proxydeck({QStringLiteral("set"), QStringLiteral("--profile"), QStringLiteral("Auto"), QStringLiteral("--no-password")});
    proxydeck({QStringLiteral("profile"), QStringLiteral("use"), active});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("reports")).toArray().at(0).toObject();
    QCOMPARE(report.value(QStringLiteral("route")).toString(), QStringLiteral("proxied"));
    // Through the proxy the PAC named, with the automatic profile's user and keychain password.
    QVERIFY2(run.out.contains(QStringLiteral("127.0.0.1:%1").arg(m_proxyPort)), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("accepted the credentials of “alice”")), qPrintable(run.out));
    QVERIFY(!run.out.contains(Password));
}

void TestCliDiagnostics::badUsageExitsTwo()
{
    const Run ftp = proxydeck({QStringLiteral("test"), QStringLiteral("ftp://files.example/")});
    QCOMPARE(ftp.exitCode, 2);
    QVERIFY2(ftp.err.contains(QStringLiteral("only http, https, ws, wss and tcp")), qPrintable(ftp.err));
    const Run nothing = proxydeck({QStringLiteral("test")}); // no URL, no connections
    QCOMPARE(nothing.exitCode, 2);
    QVERIFY2(nothing.err.contains(QStringLiteral("Nothing to test")), qPrintable(nothing.err));
    QCOMPARE(proxydeck({QStringLiteral("test"), QStringLiteral("--timeout"), QStringLiteral("0"),
                        QStringLiteral("https://a.example/")})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestCliDiagnostics)
#include "tst_clidiagnostics.moc"
