// The status socket of `proxydeck serve` (the real binary, in another process) watched the way
// the console watches a forwarder node: the token from the configuration folder, a snapshot,
// then change sets carrying the byte counts of real curl traffic; missing and wrong tokens turned
// away with a policy-violation close and no data; a rotated token locking out its holders; and a
// watcher that sees the engine go and come back. `proxydeck watch` remembers engines for the
// console, with the token in the real keychain.
#include "curl.h"
#include "originserver.h"
#include "secretstore.h"
#include "serverprocess.h"
#include "settingsdata.h"
#include "statusclient.h"
#include "statustoken.h"
#include "testsupport.h"

#include <QDir>
#include <QEventLoop>
#include <QTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <memory>

class TestServeStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void watchesRealTrafficOfAnEngineInAnotherProcess();
    void turnsAwayMissingAndWrongTokensWithoutData();
    void rotatingTheTokenLocksOutItsHolders();
    void seesTheEngineGoAndComeBack();
    void refusesAStatusSocketBeyondLoopbackWithoutAllowlist();
    void watchCommandRemembersEnginesForTheConsole();

private:
    bool startServe();
    QByteArray token() const;
    QUrl statusUrl() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_statusPort)); }
    std::unique_ptr<StatusClient> watcher(const QByteArray &token);
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run proxydeck(const QStringList &arguments, const QByteArray &input = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerProcess> m_serve;
    quint16 m_port = 0;
    quint16 m_statusPort = 0;
};

void TestServeStatus::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_port = ServerProcess::freePort();
    m_statusPort = ServerProcess::freePort();
    QVERIFY(startServe());
}

void TestServeStatus::cleanup()
{
    m_serve.reset();
    m_dir.reset();
}

bool TestServeStatus::startServe()
{
    m_serve = std::make_unique<ServerProcess>(
        QStringLiteral(PROXYDECK_BINARY),
        QStringList{QStringLiteral("serve"), QStringLiteral("--config-dir"), m_dir->path(), QStringLiteral("--listen"),
                    QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--status-listen"),
                    QStringLiteral("127.0.0.1:%1").arg(m_statusPort), QStringLiteral("--log")},
        TestSupport::environmentWithoutProxies());
    return m_serve->waitForPort(m_statusPort);
}

QByteArray TestServeStatus::token() const
{
    auto loaded = StatusToken::loadOrCreate(m_dir->path());
    return loaded ? loaded.value() : QByteArray();
}

std::unique_ptr<StatusClient> TestServeStatus::watcher(const QByteArray &token)
{
    auto client = std::make_unique<StatusClient>(statusUrl(), token);
    client->setRetryDelays(200, 1000);
    return client;
}

TestServeStatus::Run TestServeStatus::proxydeck(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(TestSupport::environmentWithoutProxies());
    process.start(QStringLiteral(PROXYDECK_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.code = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestServeStatus::watchesRealTrafficOfAnEngineInAnotherProcess()
{
    // The engine wrote its token, owner-only, at its first start.
    const QFileInfo tokenFile(StatusToken::filePath(m_dir->path()));
    QVERIFY(tokenFile.exists());
    QCOMPARE(tokenFile.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QVERIFY(StatusToken::isWellFormed(token()));

    OriginServer origin;
    QVERIFY(origin.listen());
    auto client = watcher(token());
    QSignalSpy snapshots(client.get(), &StatusClient::snapshotReceived);
    QSignalSpy statuses(client.get(), &StatusClient::statusReceived);
    TunnelRecords seen;
    connect(client.get(), &StatusClient::changesReceived, this, [&seen](const TunnelRecords &records) { seen += records; });
    client->open();
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), StatusClient::State::Connected, 10000);
    QCOMPARE(snapshots.size(), 1);
    QCOMPARE(snapshots.at(0).at(0).value<TunnelRecords>().size(), 0); // nothing went through yet
    QCOMPARE(snapshots.at(0).at(1).toJsonObject().value(QStringLiteral("listen")).toString(),
             QStringLiteral("127.0.0.1:%1").arg(m_port));

    const QList<int> sizes{4321, 250000, 7};
    for (int size : sizes) {
        const CurlResult result = Curl::run({QStringLiteral("-x"), QStringLiteral("http://127.0.0.1:%1").arg(m_port),
                                             QStringLiteral("http://127.0.0.1:%1/bytes/%2").arg(origin.port()).arg(size)});
        QVERIFY2(result.status == 200, qPrintable(result.describe()));
    }
    const auto finished = [&seen] {
        QHash<quint64, TunnelRecord> last;
        for (const TunnelRecord &record : seen) {
            if (record.isFinished())
                last.insert(record.id, record);
        }
        return last;
    };
    QTRY_COMPARE_WITH_TIMEOUT(finished().size(), 3, 10000);
    QList<TunnelRecord> records = finished().values();
    std::sort(records.begin(), records.end(), [](const TunnelRecord &a, const TunnelRecord &b) { return a.id < b.id; });
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(records[i].bytesDown, sizes[i]);
        QCOMPARE(records[i].target, QStringLiteral("http://127.0.0.1:%1/bytes/%2").arg(origin.port()).arg(sizes[i]));
        QCOMPARE(records[i].state, TunnelRecord::State::Closed);
        QCOMPARE(records[i].status, 200);
        QCOMPARE(records[i].engine, QStringLiteral("127.0.0.1:%1").arg(m_statusPort));
    }
    // The once-a-second status carries the engine's counters, and the watcher derives rates.
    QTRY_VERIFY_WITH_TIMEOUT(client->engineStatus().value(QStringLiteral("bytes")).toObject().value(QStringLiteral("down"))
                                     .toInteger() >= 4321 + 250000 + 7,
                             5000);
    QVERIFY(client->engineStatus().contains(QStringLiteral("rate_down")));
    QVERIFY(statuses.size() >= 1);

    // A second watcher arriving now gets the finished ones in its snapshot.
    auto late = watcher(token());
    QSignalSpy lateSnapshots(late.get(), &StatusClient::snapshotReceived);
    late->open();
    QTRY_COMPARE_WITH_TIMEOUT(lateSnapshots.size(), 1, 10000);
    QCOMPARE(lateSnapshots.at(0).at(0).value<TunnelRecords>().size(), 3);
}

void TestServeStatus::turnsAwayMissingAndWrongTokensWithoutData()
{
    const QByteArray nearly = token().chopped(1) + (token().endsWith('x') ? 'y' : 'x');
    for (const QByteArray &offered : {QByteArray(), QByteArray("not-the-token"), nearly}) {
        QWebSocket socket;
        QSignalSpy texts(&socket, &QWebSocket::textMessageReceived);
        QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
        QNetworkRequest request(statusUrl());
        if (!offered.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + offered);
        socket.open(request);
        QVERIFY(disconnected.wait(10000));
        QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QCOMPARE(socket.closeReason(), offered.isEmpty() ? QStringLiteral("no token") : QStringLiteral("wrong token"));
        QCOMPARE(texts.size(), 0);
    }
    // The watcher gives up at once: the same token would be refused again.
    auto client = watcher("wrong");
    QSignalSpy states(client.get(), &StatusClient::stateChanged);
    client->open();
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), StatusClient::State::Failed, 10000);
    QVERIFY2(client->message().contains(QStringLiteral("wrong token")), qPrintable(client->message()));
    QTest::qWait(700);
    QCOMPARE(client->state(), StatusClient::State::Failed);
    // --log says who was turned away, never with the token.
    QTRY_VERIFY_WITH_TIMEOUT(m_serve->output().contains(QStringLiteral("turned away 127.0.0.1:")), 5000);
    QVERIFY(m_serve->output().contains(QStringLiteral("(no token)")));
    QVERIFY(!m_serve->output().contains(QStringLiteral("not-the-token")));
}

void TestServeStatus::rotatingTheTokenLocksOutItsHolders()
{
    const QByteArray before = token();
    auto client = watcher(before);
    client->open();
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), StatusClient::State::Connected, 10000);

    QProcess rotate;
    rotate.setProcessEnvironment(TestSupport::environmentWithoutProxies());
    rotate.start(QStringLiteral(PROXYDECK_BINARY),
                 {QStringLiteral("status-token"), QStringLiteral("--rotate"), QStringLiteral("--config-dir"), m_dir->path()});
    QVERIFY(rotate.waitForFinished(10000));
    QCOMPARE(rotate.exitCode(), 0);
    const QByteArray after = rotate.readAllStandardOutput().trimmed();
    QVERIFY(StatusToken::isWellFormed(after));
    QVERIFY(after != before);
    QCOMPARE(token(), after);

    // The running engine switched to the new token and closed the old one's holder.
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), StatusClient::State::Failed, 10000);
    QVERIFY2(client->message().contains(QStringLiteral("token rotated")), qPrintable(client->message()));
    auto old = watcher(before);
    old->open();
    QTRY_COMPARE_WITH_TIMEOUT(old->state(), StatusClient::State::Failed, 10000);
    auto renewed = watcher(after);
    renewed->open();
    QTRY_COMPARE_WITH_TIMEOUT(renewed->state(), StatusClient::State::Connected, 10000);
}

void TestServeStatus::seesTheEngineGoAndComeBack()
{
    auto client = watcher(token());
    QSignalSpy snapshots(client.get(), &StatusClient::snapshotReceived);
    client->open();
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), StatusClient::State::Connected, 10000);

    m_serve.reset(); // SIGTERM: the engine drains and says goodbye
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), StatusClient::State::Retrying, 10000);
    QVERIFY2(client->message().contains(QStringLiteral("trying again")), qPrintable(client->message()));
    QTest::qWait(500); // it keeps trying while nothing listens
    QCOMPARE(client->state(), StatusClient::State::Retrying);

    QVERIFY(startServe());
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), StatusClient::State::Connected, 15000);
    QCOMPARE(snapshots.size(), 2);
}

void TestServeStatus::refusesAStatusSocketBeyondLoopbackWithoutAllowlist()
{
    QProcess serve;
    serve.setProcessEnvironment(TestSupport::environmentWithoutProxies());
    serve.start(QStringLiteral(PROXYDECK_BINARY),
                {QStringLiteral("serve"), QStringLiteral("--config-dir"), m_dir->path(), QStringLiteral("--listen"),
                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--status-listen"), QStringLiteral("0.0.0.0:0")});
    QVERIFY(serve.waitForFinished(10000));
    QCOMPARE(serve.exitCode(), 2);
    QVERIFY2(serve.readAllStandardError().contains("needs --allow"), "no clear message");

    // Another process on the same status port: a clear message, and the engine does not start.
    QProcess second;
    second.setProcessEnvironment(TestSupport::environmentWithoutProxies());
    second.start(QStringLiteral(PROXYDECK_BINARY),
                 {QStringLiteral("serve"), QStringLiteral("--config-dir"), m_dir->path(), QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:0"), QStringLiteral("--status-listen"),
                  QStringLiteral("127.0.0.1:%1").arg(m_statusPort)});
    QVERIFY(second.waitForFinished(10000));
    QCOMPARE(second.exitCode(), 1);
    const QByteArray error = second.readAllStandardError();
    QVERIFY2(error.contains("status socket cannot listen on 127.0.0.1:") && error.contains("--no-status"), error.constData());
}

void TestServeStatus::watchCommandRemembersEnginesForTheConsole()
{
    QTemporaryDir console;
    const QStringList config{QStringLiteral("--config-dir"), console.path()};
    const QString url = QStringLiteral("ws://127.0.0.1:%1").arg(m_statusPort);

    const Run bad = proxydeck(config + QStringList{QStringLiteral("watch"), QStringLiteral("add"), url,
                                                   QStringLiteral("--token-stdin")},
                              "short\n");
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains("not a status token"), bad.err.constData());
    const Run wrongScheme = proxydeck(config + QStringList{QStringLiteral("watch"), QStringLiteral("add"),
                                                           QStringLiteral("http://node:3129"), QStringLiteral("--token-stdin")},
                                      token());
    QCOMPARE(wrongScheme.code, 2);

    const Run added = proxydeck(config + QStringList{QStringLiteral("watch"), QStringLiteral("add"),
                                                     QStringLiteral("127.0.0.1:%1").arg(m_statusPort),
                                                     QStringLiteral("--token-stdin")},
                                token() + '\n');
    QVERIFY2(added.code == 0, added.err.constData());
    QCOMPARE(proxydeck(config + QStringList{QStringLiteral("watch"), QStringLiteral("list")}).out, (url + u'\n').toUtf8());
    // The settings name the engine; the token is in the keychain, not in any file of the folder.
    QVERIFY(TestSupport::readFile(console.filePath(QStringLiteral("settings.json"))).contains(url.toUtf8()));
    QCOMPARE(TestSupport::filesContaining(console.path(), QString::fromLatin1(token())), QStringList());
    SecretStore secrets;
    SecretOutcome stored;
    QEventLoop loop;
    const QString key = ConsoleSettings::remoteTokenKey(QStringLiteral("127.0.0.1:%1").arg(m_statusPort));
    secrets.read(key, this, [&](const SecretOutcome &outcome) {
        stored = outcome;
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    QCOMPARE(stored.secret.toLatin1(), token());

    const Run removed = proxydeck(config + QStringList{QStringLiteral("watch"), QStringLiteral("remove"), url});
    QVERIFY2(removed.code == 0, removed.err.constData());
    QCOMPARE(proxydeck(config + QStringList{QStringLiteral("watch"), QStringLiteral("list")}).out, QByteArray());
    secrets.read(key, this, [&](const SecretOutcome &outcome) {
        stored = outcome;
        loop.quit();
    });
    loop.exec();
    QCOMPARE(stored.status, SecretOutcome::Status::NotFound);
}

QTEST_GUILESS_MAIN(TestServeStatus)
#include "tst_servestatus.moc"
