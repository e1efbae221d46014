// The engine's limits and its answers to malformed input and unreachable next hops, with raw
// sockets as clients (they write what curl never would) and the real OriginServer behind. Every
// answer is checked for its status and a text body that says why, and every test ends with a
// normal request that must still get its exact body.
#include "engine.h"
#include "enginetesthelpers.h"
#include "httpreply.h"
#include "originserver.h"
#include "routeresolver.h"
#include "serverprocess.h"
#include "settingsdata.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>

using EngineTest::get;

namespace {

qint64 activeConnections(const Engine &engine)
{
    return engine.status().value(u"connections").toObject().value(u"active").toInteger();
}

QByteArray connectRequest(const QByteArray &authority)
{
    return "CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\n\r\n";
}

} // namespace

class TestEngineLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusesAMalformedOrOversizedHead_data();
    void refusesAMalformedOrOversizedHead();
    void refusesABadChunkSizeInARequestBody_data();
    void refusesABadChunkSizeInARequestBody();
    void answers408WhenAHeadStopsHalfway();
    void closesATunnelIdleForTheIdleTimeoutAndKeepsABusyOneOpen();
    void answers503ToTheConnectionBeyondMaxConnections();
    void answers504WhenTheUpstreamAcceptsButNeverAnswersConnect();
    void answers502CouldNotResolveForANameThatDoesNotExist_data();
    void answers502CouldNotResolveForANameThatDoesNotExist();
    void answers502NamingTheRefusalForAClosedPort_data();
    void answers502NamingTheRefusalForAClosedPort();

private:
    OriginServer m_origin;
};

void TestEngineLimits::initTestCase()
{
    QVERIFY(m_origin.listen());
}

void TestEngineLimits::refusesAMalformedOrOversizedHead_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    const quint16 port = m_origin.port();
    const QByteArray target = "http://127.0.0.1:" + QByteArray::number(port);
    const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n";

    QTest::newRow("header section over maxHeadBytes")
        << get(port, "/bytes/10", "HTTP/1.1", "X-Padding: " + QByteArray(5000, 'a') + "\r\n") << 431
        << QStringLiteral("header section larger than 4096 bytes");
    QByteArray fields;
    for (int i = 0; i < 21; ++i)
        fields += "X-Field-" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("more fields than maxHeaderCount")
        << get(port, "/bytes/10", "HTTP/1.1", fields) << 431 << QStringLiteral("more than 20 header fields");
    QTest::newRow("Content-Length with Transfer-Encoding")
        << "POST " + target + "/echo HTTP/1.1\r\n" + host
               + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"
        << 400 << QStringLiteral("both Transfer-Encoding and Content-Length");
    QTest::newRow("two different Content-Length")
        << "POST " + target + "/echo HTTP/1.1\r\n" + host
               + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!"
        << 400 << QStringLiteral("several different Content-Length values");
    QTest::newRow("a space in the request target")
        << "GET " + target + "/bytes/1 0 HTTP/1.1\r\n" + host + "\r\n" << 400
        << QStringLiteral("space in the request target");
    QTest::newRow("a CR in the request target")
        << "GET " + target + "/bytes/1\r0 HTTP/1.1\r\n" + host + "\r\n" << 400
        << QStringLiteral("CR without LF");
}

void TestEngineLimits::refusesAMalformedOrOversizedHead()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, reason);
    EngineConfig config;
    config.limits.head.maxHeadBytes = 4096;
    config.limits.head.maxHeaderCount = 20;
    START_ENGINE(engine, config);
    const qsizetype headsBefore = m_origin.heads().size();

    const HttpReply reply = HttpReply::exchange(engine->port(), request);
    VERIFY_ANSWER(reply, status, reason);
    QCOMPARE(reply.header("Connection").toLower(), QByteArray("close"));
    QVERIFY(reply.closed);
    QCOMPARE(m_origin.heads().size(), headsBefore); // nothing of it reached the origin
    VERIFY_SERVES(*engine, m_origin);
}

void TestEngineLimits::refusesABadChunkSizeInARequestBody_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("later"); // written 200 ms after the first part, when not empty
    QTest::newRow("in the same write as the head") << QByteArray("zz\r\n") << QByteArray();
    QTest::newRow("after the head") << QByteArray() << QByteArray("zz\r\n");
    QTest::newRow("after a good chunk") << QByteArray("5\r\nhello\r\n") << QByteArray("zz\r\n");
}

void TestEngineLimits::refusesABadChunkSizeInARequestBody()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, later);
    START_ENGINE(engine, EngineConfig{});
    const qsizetype headsBefore = m_origin.heads().size();
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, engine->port());
    QVERIFY(client.waitForConnected(5000));
    const QByteArray authority = "127.0.0.1:" + QByteArray::number(m_origin.port());
    client.write("POST http://" + authority + "/echo HTTP/1.1\r\nHost: " + authority
                 + "\r\nTransfer-Encoding: chunked\r\n\r\n" + first);
    if (!later.isEmpty()) {
        client.flush();
        QTest::qWait(200);
        client.write(later);
    }
    HttpReply reply = HttpReply::read(client, 10000);
    reply.closed = HttpReply::waitForClose(client, 3000, &reply.rest);
    VERIFY_ANSWER(reply, 400, QStringLiteral("chunk size is not hexadecimal"));
    QVERIFY(reply.closed);
    // The engine streams a body: it forwards the head before it reads the body, so the origin saw
    // the head; at the bad chunk it cut the connection to the origin, so nothing of the origin's
    // reached the client after the 400.
    QTRY_COMPARE_WITH_TIMEOUT(m_origin.heads().size(), headsBefore + 1, 5000);
    QVERIFY(m_origin.heads().constLast().startsWith(u"POST /echo HTTP/1.1\r\n"));
    QVERIFY(!reply.rest.contains("HTTP/1.1"));
    VERIFY_SERVES(*engine, m_origin);
}

void TestEngineLimits::closesATunnelIdleForTheIdleTimeoutAndKeepsABusyOneOpen()
{
    EngineConfig config;
    config.limits.idleTimeoutMs = 700;
    config.connectPorts = PortRanges::parse(QString::number(m_origin.port())).value();
    TunnelRecords finished; // before the engine: it outlives the connection below
    START_ENGINE(engine, config);
    connect(engine.get(), &Engine::tunnelFinished, this, [&finished](const TunnelRecord &r) { finished.append(r); });
    const QByteArray connectRequest = "CONNECT 127.0.0.1:" + QByteArray::number(m_origin.port()) + " HTTP/1.1\r\nHost: x\r\n\r\n";

    // A busy tunnel: a request every 200 ms for 1.6 s, more than twice the idle timeout.
    QTcpSocket busy;
    busy.connectToHost(QHostAddress::LocalHost, engine->port());
    QVERIFY(busy.waitForConnected(5000));
    busy.write(connectRequest);
    QCOMPARE(HttpReply::read(busy, 5000, true).status, 200); // no body after a 2xx to CONNECT
    // An idle one.
    QTcpSocket idle;
    idle.connectToHost(QHostAddress::LocalHost, engine->port());
    QVERIFY(idle.waitForConnected(5000));
    idle.write(connectRequest);
    QCOMPARE(HttpReply::read(idle, 5000, true).status, 200);
    QElapsedTimer clock;
    clock.start();

    for (int i = 0; i < 8; ++i) {
        busy.write("GET /bytes/100 HTTP/1.1\r\nHost: origin\r\n\r\n");
        const HttpReply reply = HttpReply::read(busy, 5000);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, OriginServer::content(0, 100));
        QTest::qWait(200);
    }
    QVERIFY(HttpReply::waitForClose(idle, 100) || idle.state() != QAbstractSocket::ConnectedState);
    QCOMPARE(busy.state(), QAbstractSocket::ConnectedState);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(finished.cbegin(), finished.cend(), [](const TunnelRecord &r) {
        return r.error.contains(QStringLiteral("without traffic"));
    }), 3000);
    QVERIFY(clock.elapsed() >= 700);
    VERIFY_SERVES(*engine, m_origin);
}

void TestEngineLimits::answers408WhenAHeadStopsHalfway()
{
    EngineConfig config;
    config.limits.handshakeTimeoutMs = 500;
    START_ENGINE(engine, config);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, engine->port());
    QVERIFY(client.waitForConnected(5000));
    QElapsedTimer clock;
    clock.start();
    const QByteArray head = get(m_origin.port(), "/bytes/10");
    client.write(head.first(head.indexOf("Host: ") + 11)); // the request line, then "Host: 127.0"

    HttpReply reply = HttpReply::read(client, 10000);
    const qint64 elapsed = clock.elapsed();
    reply.closed = HttpReply::waitForClose(client, 3000);
    VERIFY_ANSWER(reply, 408, QStringLiteral("The request head did not arrive within 0.5 s"));
    QVERIFY2(elapsed >= 450 && elapsed < 3000, qPrintable(QString::number(elapsed)));
    QVERIFY(reply.closed);
    VERIFY_SERVES(*engine, m_origin);
}

void TestEngineLimits::answers503ToTheConnectionBeyondMaxConnections()
{
    EngineConfig config;
    config.limits.maxConnections = 2;
    START_ENGINE(engine, config);
    QTcpSocket idle[2];
    for (QTcpSocket &socket : idle) {
        socket.connectToHost(QHostAddress::LocalHost, engine->port());
        QVERIFY(socket.waitForConnected(5000));
    }
    QTRY_COMPARE_WITH_TIMEOUT(activeConnections(*engine), qint64(2), 5000);

    const HttpReply third = HttpReply::exchange(engine->port(), get(m_origin.port(), "/bytes/10"));
    VERIFY_ANSWER(third, 503, QStringLiteral("reached its limit of 2 connections"));
    QVERIFY(third.closed);
    QCOMPARE(engine->status().value(u"connections").toObject().value(u"refused").toInteger(), qint64(1));
    // The two idle connections were not disturbed.
    for (QTcpSocket &socket : idle) {
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(socket.bytesAvailable(), qint64(0));
    }

    for (QTcpSocket &socket : idle)
        socket.abort();
    QTRY_COMPARE_WITH_TIMEOUT(activeConnections(*engine), qint64(0), 5000);
    VERIFY_SERVES(*engine, m_origin);
}

void TestEngineLimits::answers504WhenTheUpstreamAcceptsButNeverAnswersConnect()
{
    // The kernel accepts for it; nothing ever reads or answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    SettingsData data;
    ProxyProfile profile;
    profile.id = QStringLiteral("silent");
    profile.host = QStringLiteral("127.0.0.1");
    profile.port = silent.serverPort();
    data.profiles.append(profile);
    data.activeProfileId = profile.id;
    // The origin stays reachable, for the request that follows.
    data.noProxy.append(QStringLiteral("127.0.0.1:%1").arg(m_origin.port()));
    EngineConfig config;
    config.upstream.host = profile.host;
    config.upstream.port = profile.port;
    config.routes = std::make_shared<const RouteResolver>(data);
    config.limits.connectTimeoutMs = 700;
    START_ENGINE(engine, config);

    QElapsedTimer clock;
    clock.start();
    const HttpReply reply = HttpReply::exchange(engine->port(), connectRequest("127.0.0.1:443"));
    const qint64 elapsed = clock.elapsed();
    VERIFY_ANSWER(reply, 504, QStringLiteral("The upstream proxy 127.0.0.1:%1 did not answer within 0.7 s")
                                  .arg(silent.serverPort()));
    QVERIFY2(elapsed >= 650 && elapsed < 5000, qPrintable(QString::number(elapsed)));
    QVERIFY(reply.closed);
    VERIFY_SERVES(*engine, m_origin);
}

void TestEngineLimits::answers502CouldNotResolveForANameThatDoesNotExist_data()
{
    // RFC 6761 §6.4: names in .invalid never resolve.
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("request")
        << QByteArray("GET http://no-such-host.invalid/ HTTP/1.1\r\nHost: no-such-host.invalid\r\n\r\n");
    QTest::newRow("CONNECT") << connectRequest("no-such-host.invalid:443");
}

void TestEngineLimits::answers502CouldNotResolveForANameThatDoesNotExist()
{
    QFETCH(QByteArray, request);
    START_ENGINE(engine, EngineConfig{});
    const HttpReply reply = HttpReply::exchange(engine->port(), request);
    VERIFY_ANSWER(reply, 502, QStringLiteral("could not resolve no-such-host.invalid"));
    QVERIFY(reply.closed);
    VERIFY_SERVES(*engine, m_origin);
}

void TestEngineLimits::answers502NamingTheRefusalForAClosedPort_data()
{
    QTest::addColumn<bool>("tunnel");
    QTest::newRow("request") << false;
    QTest::newRow("CONNECT") << true;
}

void TestEngineLimits::answers502NamingTheRefusalForAClosedPort()
{
    QFETCH(bool, tunnel);
    const quint16 closed = ServerProcess::freePort();
    QVERIFY(closed);
    EngineConfig config;
    config.connectPorts = PortRanges::parse(QStringLiteral("443 %1").arg(closed)).value();
    START_ENGINE(engine, config);
    const QByteArray authority = "127.0.0.1:" + QByteArray::number(closed);
    const QByteArray request = tunnel ? connectRequest(authority) : get(closed, "/");
    const HttpReply reply = HttpReply::exchange(engine->port(), request);
    const QString expected = QStringLiteral("could not connect to %1: Connection refused");
    VERIFY_ANSWER(reply, 502, expected.arg(QString::fromLatin1(authority)));
    QVERIFY(reply.closed);
    VERIFY_SERVES(*engine, m_origin);
}

QTEST_GUILESS_MAIN(TestEngineLimits)
#include "tst_enginelimits.moc"
