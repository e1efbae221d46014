// StatusClient, the console's watcher of an engine, against a StatusServer on loopback: connected
// with records tagged by engine, turned away for good by a wrong token or another schema, retrying
// while the server is gone and when it accepts TCP but never speaks; and the engine addresses
// parseUrl takes and refuses.
#include "statusclient.h"
#include "statusserver.h"
#include "statustesthelpers.h"
#include "statustoken.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

using namespace StatusTest;

namespace {

constexpr int WaitMs = 5000; // every wait is bounded; loopback answers in milliseconds

QList<StatusClient::State> statesOf(const QSignalSpy &spy)
{
    QList<StatusClient::State> states;
    for (const QList<QVariant> &arguments : spy)
        states.append(arguments.at(0).value<StatusClient::State>());
    return states;
}

} // namespace

class TestStatusClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void connectsAndTagsRecordsWithTheEngine();
    void overIpv6NamesTheEngineInBrackets();
    void aWrongTokenFailsAndIsNotRetried();
    void retriesUntilTheServerIsBackOnItsPort();
    void givesUpOnASilentServerAndRetries();
    void failsOnAnotherSchemaWithoutRetrying();
    void closeGoesIdleAndStaysThere();

    void parseUrlAcceptsEngineAddresses_data();
    void parseUrlAcceptsEngineAddresses();
    void parseUrlRefusesAnythingElse_data();
    void parseUrlRefusesAnythingElse();

private:
    StatusServer &startServer(StatusServer::Options options = {});

    QByteArray m_token;
    std::unique_ptr<StatusServer> m_server;
    std::unique_ptr<QSignalSpy> m_rejected;
};

void TestStatusClient::init()
{
    m_token = StatusToken::generate();
}

void TestStatusClient::cleanup()
{
    m_rejected.reset();
    m_server.reset();
}

StatusServer &TestStatusClient::startServer(StatusServer::Options options)
{
    options.port = 0;
    options.token = m_token;
    m_server = std::make_unique<StatusServer>(options);
    m_rejected = std::make_unique<QSignalSpy>(m_server.get(), &StatusServer::clientRejected);
    const Result<void> listening = m_server->listen();
    if (!listening)
        qFatal("cannot listen: %s", qPrintable(listening.error().toString()));
    return *m_server;
}

void TestStatusClient::connectsAndTagsRecordsWithTheEngine()
{
    StatusServer::Options options;
    options.port = 0;
    StatusServer &server = startServer(options);
    const QJsonObject engine{{QStringLiteral("bytes"), QJsonObject{{QStringLiteral("up"), 1000}, {QStringLiteral("down"), 2000}}}};
    server.publishStatus(engine);
    server.publish({record(1, TunnelRecord::State::Open), record(2, TunnelRecord::State::Closed)});
    const QString name = QStringLiteral("127.0.0.1:%1").arg(server.port());

    StatusClient client(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.port())), m_token);
    QCOMPARE(client.name(), name);
    QCOMPARE(client.state(), StatusClient::State::Idle);
    QSignalSpy states(&client, &StatusClient::stateChanged);
    QSignalSpy snapshots(&client, &StatusClient::snapshotReceived);
    QSignalSpy changes(&client, &StatusClient::changesReceived);
    QSignalSpy statuses(&client, &StatusClient::statusReceived);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), StatusClient::State::Connected, WaitMs);
    QCOMPARE(statesOf(states), (QList<StatusClient::State>{StatusClient::State::Connecting, StatusClient::State::Connected}));
    QCOMPARE(snapshots.size(), 1);
    const auto snapshot = snapshots.at(0).at(0).value<TunnelRecords>();
    QCOMPARE(idsOf(snapshot), (QList<quint64>{1, 2}));
    for (const TunnelRecord &r : snapshot)
        QCOMPARE(r.engine, name);
    const QJsonObject reported = snapshots.at(0).at(1).toJsonObject();
    QCOMPARE(reported.value(QStringLiteral("bytes")).toObject(), engine.value(QStringLiteral("bytes")).toObject());
    QVERIFY(reported.contains(QStringLiteral("rate_up")));
    QVERIFY(reported.contains(QStringLiteral("rate_down")));
    QCOMPARE(client.engineStatus(), reported);

    server.publish({record(3, TunnelRecord::State::Open)});
    QTRY_COMPARE_WITH_TIMEOUT(changes.size(), 1, WaitMs);
    const auto changed = changes.at(0).at(0).value<TunnelRecords>();
    QCOMPARE(idsOf(changed), QList<quint64>{3});
    QCOMPARE(changed.at(0).engine, name);

    QTest::qWait(20); // a measurable interval for the rates
    server.publishStatus(QJsonObject{
        {QStringLiteral("bytes"), QJsonObject{{QStringLiteral("up"), 3000}, {QStringLiteral("down"), 2000}}}});
    QTRY_COMPARE_WITH_TIMEOUT(statuses.size(), 1, WaitMs);
    const QJsonObject status = statuses.at(0).at(0).toJsonObject();
    QVERIFY2(status.value(QStringLiteral("rate_up")).toDouble() > 0, QJsonDocument(status).toJson().constData());
    QCOMPARE(status.value(QStringLiteral("rate_down")).toDouble(), 0.0);
    QCOMPARE(client.state(), StatusClient::State::Connected);
    QCOMPARE(server.clientCount(), 1);
}

void TestStatusClient::overIpv6NamesTheEngineInBrackets()
{
    StatusServer::Options options;
    options.address = QHostAddress(QHostAddress::LocalHostIPv6);
    options.port = 0;
    options.token = m_token;
    m_server = std::make_unique<StatusServer>(options);
    if (const Result<void> listening = m_server->listen(); !listening)
        QSKIP(qPrintable(QStringLiteral("no IPv6 loopback here: ") + listening.error().toString()));
    m_server->publish({record(1, TunnelRecord::State::Open)});

    const auto url = StatusClient::parseUrl(QStringLiteral("ws://[::1]:%1").arg(m_server->port()));
    QVERIFY2(url, qPrintable(url ? QString() : url.error().toString()));
    StatusClient client(url.value(), m_token);
    const QString name = QStringLiteral("[::1]:%1").arg(m_server->port());
    QCOMPARE(client.name(), name);
    QSignalSpy snapshots(&client, &StatusClient::snapshotReceived);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.size(), 1, WaitMs);
    QCOMPARE(client.state(), StatusClient::State::Connected);
    QCOMPARE(snapshots.at(0).at(0).value<TunnelRecords>().at(0).engine, name);
}

void TestStatusClient::aWrongTokenFailsAndIsNotRetried()
{
    StatusServer::Options options;
    options.port = 0;
    StatusServer &server = startServer(options);
    StatusClient client(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.port())), StatusToken::generate());
    client.setRetryDelays(100, 400);
    QSignalSpy states(&client, &StatusClient::stateChanged);
    QSignalSpy snapshots(&client, &StatusClient::snapshotReceived);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), StatusClient::State::Failed, WaitMs);
    QVERIFY2(client.message().contains(QStringLiteral("wrong token")), qPrintable(client.message()));

    QTest::qWait(800); // more than the retry delays: a retry would have shown by now
    QCOMPARE(client.state(), StatusClient::State::Failed);
    QCOMPARE(statesOf(states), (QList<StatusClient::State>{StatusClient::State::Connecting, StatusClient::State::Failed}));
    QCOMPARE(m_rejected->size(), 1);
    QCOMPARE(snapshots.size(), 0);
}

void TestStatusClient::retriesUntilTheServerIsBackOnItsPort()
{
    StatusServer::Options options;
    options.port = 0;
    StatusServer &server = startServer(options);
    const quint16 port = server.port();
    server.publish({record(1, TunnelRecord::State::Open)});

    StatusClient client(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port)), m_token);
    client.setRetryDelays(100, 400);
    QSignalSpy states(&client, &StatusClient::stateChanged);
    QSignalSpy snapshots(&client, &StatusClient::snapshotReceived);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), StatusClient::State::Connected, WaitMs);
    QCOMPARE(snapshots.size(), 1);

    server.close();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), StatusClient::State::Retrying, WaitMs);
    // While nothing listens it keeps trying (connection refused), never giving up.
    QTest::qWait(600);
    QVERIFY(client.state() == StatusClient::State::Retrying || client.state() == StatusClient::State::Connecting);
    const QList<StatusClient::State> whileDown = statesOf(states);
    QVERIFY2(whileDown.count(StatusClient::State::Connecting) >= 3, qPrintable(QString::number(whileDown.size())));
    QVERIFY(!whileDown.contains(StatusClient::State::Failed));

    StatusServer::Options again = options;
    again.port = port;
    again.token = m_token;
    server.setOptions(again);
    const Result<void> listening = server.listen();
    QVERIFY2(listening, qPrintable(listening ? QString() : listening.error().toString()));
    server.publish({record(2, TunnelRecord::State::Open)});
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), StatusClient::State::Connected, WaitMs);
    QCOMPARE(snapshots.size(), 2);
    QCOMPARE(idsOf(snapshots.at(1).at(0).value<TunnelRecords>()), (QList<quint64>{1, 2}));
    QCOMPARE(server.clientCount(), 1);
}

void TestStatusClient::givesUpOnASilentServerAndRetries()
{
    // Accepts TCP, reads the handshake, never answers it.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> accepted;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            accepted.append(socket);
    });

    StatusClient client(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(silent.serverPort())), m_token);
    client.setRetryDelays(100, 400);
    client.setSilenceTimeout(500);
    QSignalSpy states(&client, &StatusClient::stateChanged);
    QElapsedTimer clock;
    clock.start();
    client.open();
    QTRY_VERIFY_WITH_TIMEOUT(!accepted.isEmpty(), WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), StatusClient::State::Retrying, WaitMs);
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(elapsed >= 450, qPrintable(QString::number(elapsed)));
    QCOMPARE(statesOf(states), (QList<StatusClient::State>{StatusClient::State::Connecting, StatusClient::State::Retrying}));
    // The socket it gave up on is closed, and it comes back for another try.
    QTRY_COMPARE_WITH_TIMEOUT(accepted.first()->state(), QAbstractSocket::UnconnectedState, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(accepted.size() >= 2, WaitMs);
    client.close();
    QCOMPARE(client.state(), StatusClient::State::Idle);
}

void TestStatusClient::failsOnAnotherSchemaWithoutRetrying()
{
    QWebSocketServer future(QStringLiteral("future"), QWebSocketServer::NonSecureMode);
    QVERIFY(future.listen(QHostAddress::LocalHost, 0));
    int connections = 0;
    connect(&future, &QWebSocketServer::newConnection, this, [&] {
        while (QWebSocket *socket = future.nextPendingConnection()) {
            ++connections;
            socket->setParent(&future);
            socket->sendTextMessage(QStringLiteral(R"({"schema":2,"type":"snapshot","rows":[]})"));
        }
    });

    StatusClient client(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(future.serverPort())), m_token);
    client.setRetryDelays(100, 400);
    QSignalSpy snapshots(&client, &StatusClient::snapshotReceived);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), StatusClient::State::Failed, WaitMs);
    QVERIFY2(client.message().contains(QStringLiteral("schema 2")), qPrintable(client.message()));
    QTest::qWait(500);
    QCOMPARE(client.state(), StatusClient::State::Failed);
    QCOMPARE(connections, 1);
    QCOMPARE(snapshots.size(), 0);
}

void TestStatusClient::closeGoesIdleAndStaysThere()
{
    StatusServer::Options options;
    options.port = 0;
    StatusServer &server = startServer(options);
    StatusClient client(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.port())), m_token);
    client.setRetryDelays(100, 400);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), StatusClient::State::Connected, WaitMs);
    QCOMPARE(server.clientCount(), 1);
    client.close();
    QCOMPARE(client.state(), StatusClient::State::Idle);
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 0, WaitMs);
    QTest::qWait(300); // no retry after a close asked for
    QCOMPARE(client.state(), StatusClient::State::Idle);
    QCOMPARE(server.clientCount(), 0);
}

void TestStatusClient::parseUrlAcceptsEngineAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("name");
    QTest::newRow("host") << QStringLiteral("host") << QStringLiteral("ws") << QStringLiteral("host") << 3129
                          << QStringLiteral("host:3129");
    QTest::newRow("host:port") << QStringLiteral("host:1234") << QStringLiteral("ws") << QStringLiteral("host") << 1234
                               << QStringLiteral("host:1234");
    QTest::newRow("IPv6 with port") << QStringLiteral("ws://[::1]:99") << QStringLiteral("ws") << QStringLiteral("::1")
                                    << 99 << QStringLiteral("[::1]:99");
    QTest::newRow("wss") << QStringLiteral("wss://h") << QStringLiteral("wss") << QStringLiteral("h") << 3129
                         << QStringLiteral("h:3129");
    QTest::newRow("ws with a slash") << QStringLiteral("ws://engine.example:8080/") << QStringLiteral("ws")
                                     << QStringLiteral("engine.example") << 8080 << QStringLiteral("engine.example:8080");
    QTest::newRow("spaces around") << QStringLiteral("  10.1.2.3:4000 ") << QStringLiteral("ws")
                                   << QStringLiteral("10.1.2.3") << 4000 << QStringLiteral("10.1.2.3:4000");
}

void TestStatusClient::parseUrlAcceptsEngineAddresses()
{
    QFETCH(QString, text);
    QFETCH(QString, scheme);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, name);
    const auto url = StatusClient::parseUrl(text);
    QVERIFY2(url, qPrintable(url ? QString() : url.error().toString()));
    QCOMPARE(url.value().scheme(), scheme);
    QCOMPARE(url.value().host(), host);
    QCOMPARE(url.value().port(), port);
    QCOMPARE(url.value().path(), QStringLiteral("/"));
    QVERIFY(url.value().userInfo().isEmpty());
    QVERIFY(!url.value().hasQuery());
    QCOMPARE(StatusClient::engineName(url.value()), name);
    // What parseUrl gives back reads back the same.
    QCOMPARE(StatusClient::parseUrl(url.value().toString()).value(), url.value());
}

void TestStatusClient::parseUrlRefusesAnythingElse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("http") << QStringLiteral("http://h") << QStringLiteral("http://");
    QTest::newRow("https") << QStringLiteral("https://h:3129") << QStringLiteral("https://");
    QTest::newRow("credentials") << QStringLiteral("ws://u:secret-pw@h") << QStringLiteral("token");
    QTest::newRow("user only") << QStringLiteral("ws://u@h:1") << QStringLiteral("token");
    QTest::newRow("path and token query") << QStringLiteral("ws://h/path?token=x") << QStringLiteral("token");
    QTest::newRow("path") << QStringLiteral("ws://h/status") << QStringLiteral("ws://host:port");
    QTest::newRow("query") << QStringLiteral("ws://h/?token=x") << QStringLiteral("token");
    QTest::newRow("fragment") << QStringLiteral("ws://h#top") << QStringLiteral("ws://host:port");
    QTest::newRow("empty") << QString() << QStringLiteral("ws://host:port");
    QTest::newRow("no host") << QStringLiteral("ws://") << QStringLiteral("ws://host:port");
    QTest::newRow("port out of range") << QStringLiteral("h:70000") << QStringLiteral("ws://host:port");
    QTest::newRow("port not a number") << QStringLiteral("h:http") << QStringLiteral("ws://host:port");
}

void TestStatusClient::parseUrlRefusesAnythingElse()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const auto url = StatusClient::parseUrl(text);
    QVERIFY2(!url, qPrintable(url ? url.value().toString() : QString()));
    QCOMPARE(url.error().field, QStringLiteral("url"));
    QVERIFY2(url.error().message.contains(mentions), qPrintable(url.error().message));
    QVERIFY2(!url.error().message.contains(QStringLiteral("secret-pw")), qPrintable(url.error().message));
}

QTEST_GUILESS_MAIN(TestStatusClient)
#include "tst_statusclient.moc"
