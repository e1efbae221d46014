// The engine from the console's status bar, offscreen and with the real keyring: started and
// stopped by its button, the password read from the keychain reaching a real upstream, and a
// port already taken said in words.
#include "enginecontroller.h"
#include "enginestatuswidget.h"
#include "mainwindow.h"
#include "recordingserver.h"
#include "secretstore.h"
#include "settings.h"
#include "testsupport.h"

#include <QLabel>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {

// One request over a fresh connection; the whole answer (the engine closes after it).
QByteArray ask(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray answer;
    while (socket.waitForReadyRead(5000))
        answer += socket.readAll();
    return answer + socket.readAll();
}

} // namespace

class TestEngineStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startsAndStopsFromTheStatusBar();
    void sendsTheKeychainPasswordToTheUpstream();
    void saysWhenThePortIsTaken();

private:
    void openWindow();
    quint16 enginePort() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
};

void TestEngineStatus::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.json")));
    m_settings->load();
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("ProxyDeckTest"));
}

void TestEngineStatus::cleanup()
{
    m_window.reset();
    m_secrets.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestEngineStatus::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_settings, *m_secrets);
    EngineController::Options options;
    options.listenPort = 0; // any free port
    options.statusPort = 0;
    options.workers = 1;
    m_window->engineController()->setOptions(options);
    m_window->show();
}

quint16 TestEngineStatus::enginePort() const
{
    return quint16(m_window->engineController()->listenString().section(u':', -1).toUInt());
}

void TestEngineStatus::startsAndStopsFromTheStatusBar()
{
    openWindow();
    EngineStatusWidget *status = m_window->engineStatus();
    QCOMPARE(status->text(), QStringLiteral("Engine stopped"));
    QCOMPARE(status->toggleButton()->text(), QStringLiteral("Start engine"));

    QTest::mouseClick(status->toggleButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->engineController()->state(), EngineController::State::Running, 10000);
    QVERIFY2(status->text().startsWith(QStringLiteral("Engine on 127.0.0.1:")), qPrintable(status->text()));
    QCOMPARE(status->toggleButton()->text(), QStringLiteral("Stop engine"));
    const quint16 port = enginePort();
    QVERIFY(port != 0);

    const QByteArray answer = ask(port, "GET /status HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
    QVERIFY(answer.contains("\"service\": \"proxydeck-engine\""));

    // A change of the rules while it runs: the status bar says it takes a restart.
    QVERIFY(!status->text().contains(QStringLiteral("restart to apply")));
    m_settings->setNoProxy({QStringLiteral(".corp")});
    QVERIFY2(status->text().endsWith(QStringLiteral(" · settings changed: restart to apply")), qPrintable(status->text()));

    QTest::mouseClick(status->toggleButton(), Qt::LeftButton);
    QCOMPARE(m_window->engineController()->state(), EngineController::State::Stopped);
    QCOMPARE(status->text(), QStringLiteral("Engine stopped"));
    QTcpSocket refused;
    refused.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!refused.waitForConnected(2000));
}

void TestEngineStatus::sendsTheKeychainPasswordToTheUpstream()
{
    RecordingServer upstream;
    const quint16 upstreamPort = upstream.listen(QHostAddress::LocalHost);
    QVERIFY(upstreamPort != 0);
    const QString secret = TestSupport::uniqueSecret() + QStringLiteral(" :@€");
    ProxyProfile profile = *m_settings->data().activeProfile();
    profile.host = QStringLiteral("127.0.0.1");
    profile.port = upstreamPort;
    profile.username = QStringLiteral("carol");
    bool stored = false;
    m_secrets->write(profile.secretKey(), secret, this, [&](const SecretOutcome &outcome) { stored = outcome.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(stored, 15000);
    profile.secretRef = m_secrets->referenceFor(profile.secretKey());
    QVERIFY(m_settings->updateProfile(profile));

    openWindow();
    QTest::mouseClick(m_window->engineStatus()->toggleButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->engineController()->state(), EngineController::State::Running, 15000);

    const QByteArray answer =
        ask(enginePort(), "GET http://origin.test/via-keychain HTTP/1.1\r\nHost: origin.test\r\nConnection: close\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    QTRY_VERIFY_WITH_TIMEOUT(upstream.sawRequestContaining(QStringLiteral("/via-keychain")), 5000);
    const QString expected = QStringLiteral("Proxy-Authorization: Basic ")
        + QString::fromLatin1((QStringLiteral("carol:") + secret).toUtf8().toBase64());
    QVERIFY2(upstream.heads().constLast().contains(expected), qPrintable(upstream.heads().constLast()));
    // The console never wrote it anywhere.
    QVERIFY(TestSupport::filesContaining(m_dir->path(), secret).isEmpty());
}

void TestEngineStatus::saysWhenThePortIsTaken()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost));
    openWindow();
    EngineController::Options options = m_window->engineController()->options();
    options.listenPort = taken.serverPort();
    m_window->engineController()->setOptions(options);

    QTest::mouseClick(m_window->engineStatus()->toggleButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->engineController()->state(), EngineController::State::Failed, 10000);
    const QString text = m_window->engineStatus()->text();
    QVERIFY2(text.startsWith(QStringLiteral("Engine not running: Could not listen on 127.0.0.1:%1").arg(taken.serverPort())),
             qPrintable(text));
    QCOMPARE(m_window->engineStatus()->toggleButton()->text(), QStringLiteral("Start engine"));
}

QTEST_MAIN(TestEngineStatus)
#include "tst_enginestatus.moc"
