// The Traffic page watching engines other than its own: `proxydeck serve` in another process
// (the real binary) reached over its status socket with the token. Its rows arrive with an
// Engine column and real byte counts; when the engine dies its open rows say their state is not
// known, and when it returns they are settled by its snapshot. Remembered engines come back at
// the next start (URL in the settings, token in the real keychain), and the console's own status
// socket shows and rotates its token.
#include "curl.h"
#include "enginecontroller.h"
#include "originserver.h"
#include "remoteengine.h"
#include "remoteenginesbar.h"
#include "secretstore.h"
#include "serverprocess.h"
#include "settings.h"
#include "statuspublisher.h"
#include "statustoken.h"
#include "testsupport.h"
#include "trafficmodel.h"
#include "trafficpage.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWebSocket>

#include <memory>

class TestRemoteEngines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void watchesAnEngineInAnotherProcessThroughItsLossAndReturn();
    void remembersEnginesWithTheirTokensInTheKeychain();
    void showsAndRotatesTheOwnStatusToken();

private:
    bool startServe();
    QUrl statusUrl() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_statusPort)); }
    QString engineName() const { return QStringLiteral("127.0.0.1:%1").arg(m_statusPort); }
    QByteArray remoteToken() const;
    void newPage();
    SecretOutcome readSecret(const QString &key);

    std::unique_ptr<QTemporaryDir> m_dir;      // the console's configuration
    std::unique_ptr<QTemporaryDir> m_nodeDir;  // the forwarder node's
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<EngineController> m_engine;
    std::unique_ptr<TrafficPage> m_page;
    std::unique_ptr<ServerProcess> m_serve;
    quint16 m_port = 0;
    quint16 m_statusPort = 0;
};

void TestRemoteEngines::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_nodeDir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.json")));
    m_settings->load();
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("ProxyDeckTest"));
    m_engine = std::make_unique<EngineController>(*m_settings, *m_secrets);
    EngineController::Options options;
    options.listenPort = 0;
    options.statusPort = 0;
    options.workers = 1;
    m_engine->setOptions(options);
    newPage();
    m_port = ServerProcess::freePort();
    m_statusPort = ServerProcess::freePort();
    QVERIFY(startServe());
}

void TestRemoteEngines::newPage()
{
    m_page = std::make_unique<TrafficPage>(*m_engine, *m_settings, *m_secrets);
    m_page->resize(1100, 600);
    m_page->show();
}

void TestRemoteEngines::cleanup()
{
    if (m_page) {
        // Leave neither the keychain entry nor the settings entry behind.
        m_page->remoteEngines()->disconnectFrom(engineName());
        QTest::qWait(200);
    }
    m_page.reset();
    m_engine.reset();
    m_serve.reset();
    m_secrets.reset();
    m_settings.reset();
    m_nodeDir.reset();
    m_dir.reset();
}

bool TestRemoteEngines::startServe()
{
    m_serve = std::make_unique<ServerProcess>(
        QStringLiteral(PROXYDECK_BINARY),
        QStringList{QStringLiteral("serve"), QStringLiteral("--config-dir"), m_nodeDir->path(), QStringLiteral("--listen"),
                    QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--status-listen"),
                    QStringLiteral("127.0.0.1:%1").arg(m_statusPort), QStringLiteral("--connect-ports"),
                    QStringLiteral("1-65535")},
        TestSupport::environmentWithoutProxies());
    return m_serve->waitForPort(m_statusPort);
}

QByteArray TestRemoteEngines::remoteToken() const
{
    auto token = StatusToken::loadOrCreate(m_nodeDir->path());
    return token ? token.value() : QByteArray();
}

SecretOutcome TestRemoteEngines::readSecret(const QString &key)
{
    SecretOutcome outcome;
    bool done = false;
    m_secrets->read(key, this, [&](const SecretOutcome &answer) {
        outcome = answer;
        done = true;
    });
    QDeadlineTimer deadline(15000);
    while (!done && !deadline.hasExpired())
        QTest::qWait(20);
    return outcome;
}

void TestRemoteEngines::watchesAnEngineInAnotherProcessThroughItsLossAndReturn()
{
    OriginServer origin;
    QVERIFY(origin.listen());
    TrafficModel *model = m_page->model();
    QVERIFY(m_page->view()->isColumnHidden(TrafficModel::EngineColumn)); // one engine: no column

    m_page->remoteEngines()->connectTo(statusUrl(), remoteToken(), false);
    RemoteEngine *remote = m_page->remoteEngines()->engine(engineName());
    QVERIFY(remote);
    QTRY_VERIFY_WITH_TIMEOUT(remote->isConnected(), 10000);
    QVERIFY(!m_page->view()->isColumnHidden(TrafficModel::EngineColumn));
    auto button = m_page->findChild<QToolButton *>(QStringLiteral("remoteEngine:") + engineName());
    QVERIFY(button);
    QTRY_VERIFY_WITH_TIMEOUT(button->text().contains(QStringLiteral("connected")), 5000);

    // A request through the remote engine, and a tunnel that stays open.
    const CurlResult result = Curl::run({QStringLiteral("-x"), QStringLiteral("http://127.0.0.1:%1").arg(m_port),
                                         QStringLiteral("http://127.0.0.1:%1/bytes/54321").arg(origin.port())});
    QVERIFY2(result.status == 200, qPrintable(result.describe()));
    QTcpSocket tunnel;
    tunnel.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(tunnel.waitForConnected(5000));
    tunnel.write(QStringLiteral("CONNECT 127.0.0.1:%1 HTTP/1.1\r\nHost: 127.0.0.1:%1\r\n\r\n").arg(origin.port()).toLatin1());
    QTRY_VERIFY_WITH_TIMEOUT(tunnel.bytesAvailable() > 0, 5000);
    QVERIFY(tunnel.readAll().startsWith("HTTP/1.1 200"));

    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(model->openCount(), 1, 5000);
    int requestRow = -1;
    int tunnelRow = -1;
    for (int row = 0; row < model->rowCount(); ++row)
        (model->recordAt(row).kind == TunnelRecord::Kind::Tunnel ? tunnelRow : requestRow) = row;
    QVERIFY(requestRow >= 0 && tunnelRow >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(model->recordAt(requestRow).state, TunnelRecord::State::Closed, 5000);
    QCOMPARE(model->recordAt(requestRow).bytesDown, 54321);
    QCOMPARE(model->index(requestRow, TrafficModel::EngineColumn).data().toString(), engineName());
    QCOMPARE(model->index(tunnelRow, TrafficModel::State).data().toString(), QStringLiteral("open"));

    // The engine dies without a word: the watcher notices, and the open row is not shown as open.
    m_serve->kill();
    QTRY_COMPARE_WITH_TIMEOUT(remote->state(), StatusClient::State::Retrying, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(button->text().contains(QStringLiteral("lost")), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(tunnelRow, TrafficModel::State).data().toString(),
                              QStringLiteral("unknown (engine unreachable)"), 5000);
    QVERIFY(model->isLost(tunnelRow));
    QCOMPARE(model->index(requestRow, TrafficModel::State).data().toString(), QStringLiteral("closed (200)"));

    // It comes back: its snapshot settles the row that ended meanwhile.
    QVERIFY(startServe());
    QTRY_VERIFY_WITH_TIMEOUT(remote->isConnected(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLost(tunnelRow), 5000);
    QCOMPARE(model->recordAt(tunnelRow).state, TunnelRecord::State::Closed);
    QVERIFY(model->recordAt(tunnelRow).error.contains(QStringLiteral("unreachable")));
    QCOMPARE(model->openCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(button->text().contains(QStringLiteral("connected")), 5000);
}

void TestRemoteEngines::remembersEnginesWithTheirTokensInTheKeychain()
{
    const QByteArray token = remoteToken();
    QSignalSpy saved(m_settings.get(), &Settings::saveFinished);
    m_page->remoteEngines()->connectTo(statusUrl(), token, true);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->remoteEngines()->engine(engineName())->isConnected(), 10000);
    QCOMPARE(m_settings->data().console.remoteEngines, QStringList{QStringLiteral("ws://%1").arg(engineName())});
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 5000);
    // The URL is in the settings file; the token is not, anywhere in the folder.
    QVERIFY(TestSupport::readFile(m_settings->filePath()).contains(engineName().toUtf8()));
    QDeadlineTimer deadline(10000);
    SecretOutcome stored = readSecret(RemoteEnginesBar::tokenKey(engineName()));
    while (!stored.ok() && !deadline.hasExpired()) { // the write runs asynchronously
        QTest::qWait(100);
        stored = readSecret(RemoteEnginesBar::tokenKey(engineName()));
    }
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    QCOMPARE(stored.secret, QString::fromLatin1(token));
    QCOMPARE(TestSupport::filesContaining(m_dir->path(), QString::fromLatin1(token)), QStringList());

    // The next start watches it again, with the token from the keychain.
    newPage();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->remoteEngines()->engine(engineName()), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->remoteEngines()->engine(engineName())->isConnected(), 10000);

    // Forgetting it removes both.
    m_page->remoteEngines()->disconnectFrom(engineName());
    QVERIFY(!m_page->remoteEngines()->engine(engineName()));
    QVERIFY(m_settings->data().console.remoteEngines.isEmpty());
    deadline.setRemainingTime(10000);
    SecretOutcome after = readSecret(RemoteEnginesBar::tokenKey(engineName()));
    while (after.ok() && !deadline.hasExpired()) { // the removal runs asynchronously
        QTest::qWait(100);
        after = readSecret(RemoteEnginesBar::tokenKey(engineName()));
    }
    QCOMPARE(after.status, SecretOutcome::Status::NotFound);
}

void TestRemoteEngines::showsAndRotatesTheOwnStatusToken()
{
    // Shown even before the engine runs: the token of the console's configuration folder.
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->statusToken().isEmpty(), 5000);
    const QString before = m_page->statusToken();
    QCOMPARE(before.toLatin1(), StatusToken::loadOrCreate(m_dir->path()).value());

    m_engine->start();
    StatusPublisher *publisher = m_engine->statusPublisher();
    QTRY_VERIFY_WITH_TIMEOUT(publisher->isListening(), 10000);
    QWebSocket watcher;
    QSignalSpy texts(&watcher, &QWebSocket::textMessageReceived);
    QSignalSpy closed(&watcher, &QWebSocket::disconnected);
    QNetworkRequest request(QUrl(QStringLiteral("ws://") + publisher->listenString()));
    request.setRawHeader("Authorization", "Bearer " + before.toLatin1());
    watcher.open(request);
    QTRY_VERIFY_WITH_TIMEOUT(!texts.isEmpty(), 10000);
    QVERIFY(texts.first().first().toString().contains(QStringLiteral("\"type\":\"snapshot\"")));
    QTRY_COMPARE_WITH_TIMEOUT(publisher->clientCount(), 1, 5000);

    m_page->rotateStatusToken();
    QVERIFY(closed.wait(10000));
    QCOMPARE(watcher.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->statusToken() != before, 5000);
    QCOMPARE(m_page->statusToken().toLatin1(), StatusToken::loadOrCreate(m_dir->path()).value());
    m_engine->stop();
}

QTEST_MAIN(TestRemoteEngines)
#include "tst_remoteengines.moc"
