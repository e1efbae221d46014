// The engine with an automatic profile: each request asks the PAC script (evaluated on the
// worker's thread), goes where it answers, and falls over to the next entry when a proxy cannot
// be reached. Real parts: curl as the client, tinyproxy (Basic auth) as one upstream, an
// in-test recording proxy as another, tests/support's origin, all on loopback.
#include "enginetesthelpers.h"
#include "originserver.h"
#include "recordingserver.h"
#include "routeresolver.h"
#include "serverprocess.h"
#include "settingsdata.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using EngineTest::fetch;

namespace {

const QString User = QStringLiteral("pacuser");
const QString Password = QStringLiteral("pac-secret");

QList<TunnelRecord> finishedRecords(const QSignalSpy &spy)
{
    QList<TunnelRecord> records;
    for (const QList<QVariant> &arguments : spy)
        records.append(arguments.constFirst().value<TunnelRecord>());
    return records;
}

} // namespace

class TestEnginePac : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void goesWhereThePacAnswers_data();
    void goesWhereThePacAnswers();
    void tunnelsThroughTheSecondProxyWhenTheFirstIsDown();
    void answers502NamingEveryProxyWhenNoneIsReachable();
    void aBrokenPacGoesDirectAndTheRecordSaysWhy();
    void aNoProxyRuleComesBeforeThePac();
    void refusesToStartWithoutTheScript();

private:
    EngineConfig automaticConfig(const QString &pac, const QStringList &noProxy = {}) const;

    OriginServer m_origin;
    RecordingServer m_recorder; // an upstream that answers "ok" to whatever reaches it
    quint16 m_recorderPort = 0;
    quint16 m_deadPort = 0; // nothing listens there
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_tinyproxy;
    quint16 m_tinyproxyPort = 0;
};

void TestEnginePac::initTestCase()
{
    QVERIFY(m_origin.listen());
    m_recorderPort = m_recorder.listen(QHostAddress::LocalHost);
    QVERIFY(m_recorderPort);
    m_deadPort = ServerProcess::freePort();
    QVERIFY(m_dir.isValid());
    m_tinyproxyPort = ServerProcess::freePort();
    m_tinyproxy = ServerProcess::tinyproxy(m_dir.path(), m_tinyproxyPort, User, Password, {m_origin.port()});
    if (!m_tinyproxy)
        QSKIP("tinyproxy is not installed or does not start (scripts/install-deps --test installs it)");
}

EngineConfig TestEnginePac::automaticConfig(const QString &pac, const QStringList &noProxy) const
{
    SettingsData data;
    ProxyProfile profile;
    profile.id = QStringLiteral("auto");
    profile.name = QStringLiteral("Auto");
    profile.pacUrl = QStringLiteral("file:///test/proxy.pac");
    profile.username = User;
    data.profiles.append(profile);
    data.activeProfileId = profile.id;
    data.noProxy = noProxy;
    auto config = EngineConfig::fromSettings(data, {}, Password);
    if (!config)
        qFatal("fromSettings: %s", qPrintable(config.error().message));
    EngineConfig result = std::move(config).value();
    result.pacScript = pac;
    return result;
}

void TestEnginePac::goesWhereThePacAnswers_data()
{
    QTest::addColumn<QString>("answer"); // %1: the recorder's port, %2: a dead port, %3: tinyproxy's
    QTest::addColumn<QString>("reaches"); // origin, recorder or tinyproxy
    QTest::newRow("DIRECT") << "DIRECT" << "origin";
    QTest::newRow("one proxy") << "PROXY 127.0.0.1:%1" << "recorder";
    QTest::newRow("dead proxy, then the next") << "PROXY 127.0.0.1:%2; PROXY 127.0.0.1:%1; DIRECT" << "recorder";
    QTest::newRow("dead proxy, then DIRECT") << "PROXY 127.0.0.1:%2; DIRECT" << "origin";
    QTest::newRow("SOCKS skipped") << "SOCKS5 127.0.0.1:%2; PROXY 127.0.0.1:%1" << "recorder";
    QTest::newRow("authenticating proxy with the profile's user") << "PROXY 127.0.0.1:%3" << "tinyproxy";
}

void TestEnginePac::goesWhereThePacAnswers()
{
    QFETCH(QString, answer);
    QFETCH(QString, reaches);
    answer.replace(QStringLiteral("%1"), QString::number(m_recorderPort))
        .replace(QStringLiteral("%2"), QString::number(m_deadPort))
        .replace(QStringLiteral("%3"), QString::number(m_tinyproxyPort));
    const QString pac = QStringLiteral("function FindProxyForURL(url, host) { return \"%1\"; }").arg(answer);
    START_ENGINE(engine, automaticConfig(pac));
    QSignalSpy finished(engine.get(), &Engine::tunnelFinished);
    m_recorder.clear();
    const qsizetype originBefore = m_origin.heads().size();

    const QString path = QStringLiteral("/bytes/700");
    const CurlResult r = fetch(*engine, EngineTest::originUrl(m_origin.port(), path));
    QVERIFY2(r.exitCode == 0 && r.status == 200, qPrintable(r.describe()));
    if (reaches == u"recorder") {
        QCOMPARE(r.body, QByteArray("ok"));
        QCOMPARE(m_recorder.requestLines(),
                 QStringList{QStringLiteral("GET %1 HTTP/1.1").arg(EngineTest::originUrl(m_origin.port(), path))});
        QCOMPARE(m_origin.heads().size(), originBefore);
    } else {
        // Direct, or through tinyproxy (which only lets the profile's credentials through).
        QCOMPARE(r.body, OriginServer::content(0, 700));
        QCOMPARE(m_origin.heads().size(), originBefore + 1);
        QVERIFY(m_recorder.requestLines().isEmpty());
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    const QString route = finishedRecords(finished).constFirst().route;
    QVERIFY2(route.startsWith(QStringLiteral("PAC: ")), qPrintable(route));
    QVERIFY2(route.contains(answer.section(u';', 0, 0)), qPrintable(route));
}

void TestEnginePac::tunnelsThroughTheSecondProxyWhenTheFirstIsDown()
{
    const QString pac = QStringLiteral("function FindProxyForURL(url, host) {"
                                       "  if (isPlainHostName(host)) return \"DIRECT\";"
                                       "  return \"PROXY 127.0.0.1:%1; PROXY 127.0.0.1:%2\"; }")
                            .arg(m_deadPort)
                            .arg(m_tinyproxyPort);
    EngineConfig config = automaticConfig(pac);
    config.connectPorts = PortRanges::parse(QString::number(m_origin.port())).value();
    START_ENGINE(engine, config);
    const QFile log(m_dir.filePath(QStringLiteral("tinyproxy-%1.log").arg(m_tinyproxyPort)));
    const qint64 logBefore = QFileInfo(log.fileName()).size();
    // --proxytunnel: curl asks for CONNECT even for http://, so the engine opens a tunnel.
    const CurlResult r = fetch(*engine, EngineTest::originUrl(m_origin.port(), QStringLiteral("/bytes/300")),
                               {QStringLiteral("--proxytunnel")});
    QVERIFY2(r.exitCode == 0 && r.status == 200, qPrintable(r.describe()));
    QCOMPARE(r.body, OriginServer::content(0, 300));
    QFile read(log.fileName());
    QVERIFY(read.open(QIODevice::ReadOnly));
    read.seek(logBefore);
    const QString saw = QString::fromUtf8(read.readAll());
    QVERIFY2(saw.contains(QStringLiteral("CONNECT 127.0.0.1:%1").arg(m_origin.port())), qPrintable(saw));
}

void TestEnginePac::answers502NamingEveryProxyWhenNoneIsReachable()
{
    const quint16 otherDead = ServerProcess::freePort();
    const QString pac = QStringLiteral("function FindProxyForURL(url, host) { return \"PROXY 127.0.0.1:%1; PROXY 127.0.0.1:%2\"; }")
                            .arg(m_deadPort)
                            .arg(otherDead);
    START_ENGINE(engine, automaticConfig(pac));
    const CurlResult r = fetch(*engine, EngineTest::originUrl(m_origin.port(), QStringLiteral("/bytes/10")));
    QCOMPARE(r.status, 502);
    const QString body = QString::fromUtf8(r.body);
    QVERIFY2(body.contains(QStringLiteral("127.0.0.1:%1").arg(m_deadPort)), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("127.0.0.1:%1").arg(otherDead)), qPrintable(body));
}

void TestEnginePac::aBrokenPacGoesDirectAndTheRecordSaysWhy()
{
    // Loads, then throws when asked: the request still goes (direct, as browsers do), and the
    // record names the error and its line.
    const QString pac = QStringLiteral("function FindProxyForURL(url, host) {\n  return undefinedThing.call();\n}");
    START_ENGINE(engine, automaticConfig(pac));
    QSignalSpy finished(engine.get(), &Engine::tunnelFinished);
    const CurlResult r = fetch(*engine, EngineTest::originUrl(m_origin.port(), QStringLiteral("/bytes/50")));
    QVERIFY2(r.exitCode == 0 && r.status == 200, qPrintable(r.describe()));
    QCOMPARE(r.body, OriginServer::content(0, 50));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    const QString route = finishedRecords(finished).constFirst().route;
    QVERIFY2(route.startsWith(QStringLiteral("direct (PAC failed")) && route.contains(QStringLiteral("line 2")),
             qPrintable(route));
}

void TestEnginePac::aNoProxyRuleComesBeforeThePac()
{
    const QString pac = QStringLiteral("function FindProxyForURL(url, host) { return \"PROXY 127.0.0.1:%1\"; }").arg(m_recorderPort);
    START_ENGINE(engine, automaticConfig(pac, {QStringLiteral("127.0.0.1")}));
    m_recorder.clear();
    const CurlResult r = fetch(*engine, EngineTest::originUrl(m_origin.port(), QStringLiteral("/bytes/20")));
    QVERIFY2(r.exitCode == 0 && r.status == 200, qPrintable(r.describe()));
    QCOMPARE(r.body, OriginServer::content(0, 20));
    QVERIFY(m_recorder.requestLines().isEmpty());
}

void TestEnginePac::refusesToStartWithoutTheScript()
{
    EngineConfig config = automaticConfig(QString());
    const Result<void> checked = config.check();
    QVERIFY(!checked);
    QCOMPARE(checked.error().field, QStringLiteral("pacUrl"));
}

QTEST_GUILESS_MAIN(TestEnginePac)
#include "tst_enginepac.moc"
