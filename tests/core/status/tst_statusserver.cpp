// The status socket's server on loopback, seen by raw QWebSocket clients: the token in a header
// or the query, wrong or missing, the allowlist, the client limit, rotation, shutdown, and the
// sockets it is done with deleted.
#include "clientallowlist.h"
#include "statusprotocol.h"
#include "statusserver.h"
#include "statustesthelpers.h"
#include "statustoken.h"

#include <QMutex>
#include <QNetworkRequest>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace StatusTest;

// Qt's hooks for tools such as GammaRay (qhooks_p.h): called for every QObject made and destroyed.
extern "C" quintptr qtHookData[];

namespace {

constexpr int WaitMs = 5000; // every wait is bounded; loopback answers in milliseconds

// A WebSocket client that remembers every text message and how it was closed.
class RawClient
{
public:
    RawClient()
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                         [this](const QString &text) { messages.append(text); });
        QObject::connect(&m_socket, &QWebSocket::binaryMessageReceived, &m_socket,
                         [this](const QByteArray &bytes) { binary.append(bytes); });
        QObject::connect(&m_socket, &QWebSocket::connected, &m_socket, [this] { ++connects; });
        QObject::connect(&m_socket, &QWebSocket::disconnected, &m_socket, [this] { ++disconnects; });
    }

    void open(quint16 port, const QByteArray &authorization = {}, const QString &query = {},
              const QString &host = QStringLiteral("127.0.0.1"))
    {
        QUrl url;
        url.setScheme(QStringLiteral("ws"));
        url.setHost(host);
        url.setPort(port);
        url.setPath(QStringLiteral("/"));
        if (!query.isEmpty())
            url.setQuery(query);
        QNetworkRequest request(url);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        m_socket.open(request);
    }

    QWebSocket &socket() { return m_socket; }
    int closeCode() const { return int(m_socket.closeCode()); } // any code a peer sends, as a number
    QString closeReason() const { return m_socket.closeReason(); }

    // The i-th text message, parsed.
    StatusMessage message(qsizetype i) const
    {
        if (i >= messages.size())
            return {};
        auto parsed = StatusProtocol::parse(messages.at(i).toUtf8());
        if (!parsed)
            qWarning("unreadable message %lld: %s", qlonglong(i), qPrintable(parsed.error().toString()));
        return parsed ? parsed.value() : StatusMessage{};
    }

    QStringList messages;
    QList<QByteArray> binary;
    int connects = 0;
    int disconnects = 0;

private:
    QWebSocket m_socket;
};

// Which QObjects made since start() are still alive: the server's sockets are nobody's children,
// so this is the only way to see that it deletes the ones it is done with.
class ObjectCensus
{
public:
    ObjectCensus()
    {
        m_add = qtHookData[AddQObject];
        m_remove = qtHookData[RemoveQObject];
        qtHookData[AddQObject] = reinterpret_cast<quintptr>(&added);
        qtHookData[RemoveQObject] = reinterpret_cast<quintptr>(&removed);
    }
    ~ObjectCensus()
    {
        qtHookData[AddQObject] = m_add;
        qtHookData[RemoveQObject] = m_remove;
        const QMutexLocker lock(&s_mutex);
        s_alive.clear();
    }

    // Live QWebSockets made since then, other than `except`.
    int webSockets(const QList<QWebSocket *> &except) const
    {
        const QMutexLocker lock(&s_mutex);
        int count = 0;
        for (QObject *object : std::as_const(s_alive)) {
            auto *socket = qobject_cast<QWebSocket *>(object);
            if (socket && !except.contains(socket))
                ++count;
        }
        return count;
    }

private:
    enum { AddQObject = 3, RemoveQObject = 4 }; // QHooks::HookIndex, stable since Qt 5.4

    static void added(QObject *object)
    {
        const QMutexLocker lock(&s_mutex);
        s_alive.insert(object);
    }
    static void removed(QObject *object)
    {
        const QMutexLocker lock(&s_mutex);
        s_alive.remove(object);
    }

    static inline QMutex s_mutex;
    static inline QSet<QObject *> s_alive;
    quintptr m_add = 0;
    quintptr m_remove = 0;
};

QByteArray bearer(const QByteArray &token)
{
    return "Bearer " + token;
}

} // namespace

class TestStatusServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void aClientWithoutATokenIsClosedAsAPolicyViolationWithoutData();
    void aWrongTokenIsClosedAsAPolicyViolationWithoutData_data();
    void aWrongTokenIsClosedAsAPolicyViolationWithoutData();
    void theRightTokenIsAcceptedInTheHeaderOrTheQuery_data();
    void theRightTokenIsAcceptedInTheHeaderOrTheQuery();
    void theSnapshotHoldsOpenTunnelsAndTheLatestFinishedOnes();
    void publishSendsChangesWithAGrowingSequenceAndStatusSendsStatus();
    void rotatingTheTokenClosesClientsAndOnlyTheNewOneWorks();
    void settingTheSameTokenKeepsClients();
    void anAllowlistWithoutLoopbackRejectsLoopbackClients();
    void anAllowlistWithLoopbackAdmitsThem();
    void clientsBeyondMaxClientsAreRejected();
    void closeSaysGoingAwayToClients();
    void listeningOnATakenPortFailsWithTheAddress();
    void socketsTheServerIsDoneWithAreDeletedWithoutWaitingForTheTimeout();


private:
    StatusServer &startServer(StatusServer::Options options = {});

    QByteArray m_token;
    std::unique_ptr<StatusServer> m_server;
    std::unique_ptr<QSignalSpy> m_rejected;
};

void TestStatusServer::init()
{
    m_token = StatusToken::generate();
}

void TestStatusServer::cleanup()
{
    m_rejected.reset();
    m_server.reset();
}

StatusServer &TestStatusServer::startServer(StatusServer::Options options)
{
    options.address = options.address.isNull() ? QHostAddress(QHostAddress::LocalHost) : options.address;
    if (options.token.isNull())
        options.token = m_token;
    m_server = std::make_unique<StatusServer>(options);
    m_rejected = std::make_unique<QSignalSpy>(m_server.get(), &StatusServer::clientRejected);
    const Result<void> listening = m_server->listen();
    if (!listening)
        qFatal("cannot listen: %s", qPrintable(listening.error().toString()));
    return *m_server;
}

void TestStatusServer::aClientWithoutATokenIsClosedAsAPolicyViolationWithoutData()
{
    StatusServer::Options options;
    options.port = 0;
    StatusServer &server = startServer(options);
    QVERIFY(server.isListening());
    QVERIFY(server.port() != 0);
    server.publish({record(1, TunnelRecord::State::Open)}); // something a snapshot would carry
    server.publishStatus(QJsonObject{{QStringLiteral("tunnels_open"), 1}});

    RawClient client;
    client.open(server.port());
    QTRY_COMPARE_WITH_TIMEOUT(client.disconnects, 1, WaitMs);
    QCOMPARE(client.closeCode(), int(QWebSocketProtocol::CloseCodePolicyViolated));
    QCOMPARE(client.closeReason(), QStringLiteral("no token"));
    // Publishing after the rejection must not reach it either.
    server.publish({record(2, TunnelRecord::State::Open)});
    QTest::qWait(100);
    QCOMPARE(client.messages, QStringList());
    QCOMPARE(client.binary.size(), 0);
    QCOMPARE(server.clientCount(), 0);

    QCOMPARE(m_rejected->size(), 1);
    QVERIFY2(m_rejected->at(0).at(0).toString().startsWith(QStringLiteral("127.0.0.1:")),
             qPrintable(m_rejected->at(0).at(0).toString()));
    QCOMPARE(m_rejected->at(0).at(1).toString(), QStringLiteral("no token"));
}

void TestStatusServer::aWrongTokenIsClosedAsAPolicyViolationWithoutData_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("prefixOfRightToken");
    QTest::newRow("wrong token in the header") << QByteArray("Bearer ") + StatusToken::generate() << QString()
                                               << QStringLiteral("wrong token") << false;
    QTest::newRow("wrong token in the query") << QByteArray() << QStringLiteral("token=") + QString::fromLatin1(StatusToken::generate())
                                              << QStringLiteral("wrong token") << false;
    QTest::newRow("right token minus its last character") << QByteArray() << QString() << QStringLiteral("wrong token")
                                                          << true;
    QTest::newRow("a short token") << QByteArray("Bearer x") << QString() << QStringLiteral("wrong token") << false;
    QTest::newRow("Basic instead of Bearer, nothing in the query") << QByteArray("Basic dXNlcjpwYXNz") << QString()
                                                                   << QStringLiteral("no token") << false;
    QTest::newRow("Bearer without a token") << QByteArray("Bearer ") << QString() << QStringLiteral("no token") << false;
    QTest::newRow("empty query token") << QByteArray() << QStringLiteral("token=") << QStringLiteral("no token") << false;
    QTest::newRow("another query key") << QByteArray() << QStringLiteral("key=abc") << QStringLiteral("no token") << false;
}

void TestStatusServer::aWrongTokenIsClosedAsAPolicyViolationWithoutData()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, query);
    QFETCH(QString, reason);
    QFETCH(bool, prefixOfRightToken);
    StatusServer::Options options;
    options.port = 0;
    StatusServer &server = startServer(options);
    server.publish({record(1, TunnelRecord::State::Open)});
    if (prefixOfRightToken)
        authorization = bearer(m_token.chopped(1));

    RawClient client;
    client.open(server.port(), authorization, query);
    QTRY_COMPARE_WITH_TIMEOUT(client.disconnects, 1, WaitMs);
    QCOMPARE(client.closeCode(), int(QWebSocketProtocol::CloseCodePolicyViolated));
    QCOMPARE(client.closeReason(), reason);
    QTest::qWait(50);
    QCOMPARE(client.messages, QStringList());
    QCOMPARE(server.clientCount(), 0);
    QCOMPARE(m_rejected->size(), 1);
    QCOMPARE(m_rejected->at(0).at(1).toString(), reason);
    // The log line names the peer, never the token offered.
    QVERIFY(!m_rejected->at(0).at(0).toString().contains(QString::fromLatin1(m_token.chopped(1))));
}

void TestStatusServer::theRightTokenIsAcceptedInTheHeaderOrTheQuery_data()
{
    QTest::addColumn<QByteArray>("scheme");
    QTest::addColumn<bool>("inQuery");
    QTest::newRow("Authorization: Bearer") << QByteArray("Bearer ") << false;
    QTest::newRow("Authorization: bearer, lower case") << QByteArray("bearer ") << false;
    QTest::newRow("?token= for browsers") << QByteArray() << true;
}

void TestStatusServer::theRightTokenIsAcceptedInTheHeaderOrTheQuery()
{
    QFETCH(QByteArray, scheme);
    QFETCH(bool, inQuery);
    StatusServer::Options options;
    options.port = 0;
    StatusServer &server = startServer(options);
    QSignalSpy clients(&server, &StatusServer::clientsChanged);

    RawClient client;
    if (inQuery)
        client.open(server.port(), {}, QStringLiteral("token=") + QString::fromLatin1(m_token));
    else
        client.open(server.port(), scheme + m_token);
    QTRY_COMPARE_WITH_TIMEOUT(client.messages.size(), 1, WaitMs);
    QCOMPARE(client.message(0).type, StatusMessage::Type::Snapshot);
    QCOMPARE(server.clientCount(), 1);
    QCOMPARE(clients.size(), 1);
    QCOMPARE(clients.at(0).at(0).toInt(), 1);
    QCOMPARE(m_rejected->size(), 0);
    QCOMPARE(client.disconnects, 0);

    client.socket().close();
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 0, WaitMs);
    QCOMPARE(clients.last().at(0).toInt(), 0);
}

void TestStatusServer::theSnapshotHoldsOpenTunnelsAndTheLatestFinishedOnes()
{
    StatusServer::Options options;
    options.port = 0;
    options.finishedKept = 2;
    StatusServer &server = startServer(options);
    const QJsonObject engine{{QStringLiteral("tunnels_open"), 2}, {QStringLiteral("listen"), QStringLiteral("127.0.0.1:3128")}};

    server.publish({record(1, TunnelRecord::State::Open), record(2, TunnelRecord::State::Connecting),
                    record(6, TunnelRecord::State::Open)});
    server.publish({record(3, TunnelRecord::State::Closed), record(4, TunnelRecord::State::Failed),
                    record(5, TunnelRecord::State::Closed)});
    // An update replaces the open record; a finished one leaves the open set.
    server.publish({record(2, TunnelRecord::State::Open, QStringLiteral("updated.example:443")),
                    record(6, TunnelRecord::State::Closed)});
    server.publishStatus(engine);

    RawClient client;
    client.open(server.port(), bearer(m_token));
    QTRY_COMPARE_WITH_TIMEOUT(client.messages.size(), 1, WaitMs);
    const StatusMessage snapshot = client.message(0);
    QCOMPARE(snapshot.type, StatusMessage::Type::Snapshot);
    QCOMPARE(snapshot.engine, engine);
    // Open 1 and 2; finished 3, 4, 5, 6 of which the latest two (5, 6) are kept; sorted by id.
    QCOMPARE(idsOf(snapshot.records), (QList<quint64>{1, 2, 5, 6}));
    QCOMPARE(snapshot.records.at(0).state, TunnelRecord::State::Open);
    QCOMPARE(snapshot.records.at(1).state, TunnelRecord::State::Open);
    QCOMPARE(snapshot.records.at(1).target, QStringLiteral("updated.example:443"));
    QCOMPARE(snapshot.records.at(2).state, TunnelRecord::State::Closed);
    QCOMPARE(snapshot.records.at(3).state, TunnelRecord::State::Closed);
    QCOMPARE(snapshot.records.at(3).bytesDown, qint64(600));
    QTest::qWait(50);
    QCOMPARE(client.messages.size(), 1); // nothing else until something is published
}

void TestStatusServer::publishSendsChangesWithAGrowingSequenceAndStatusSendsStatus()
{
    StatusServer::Options options;
    options.port = 0;
    StatusServer &server = startServer(options);
    server.publish({record(1, TunnelRecord::State::Open)});

    RawClient client;
    client.open(server.port(), bearer(m_token));
    QTRY_COMPARE_WITH_TIMEOUT(client.messages.size(), 1, WaitMs);
    QCOMPARE(client.message(0).type, StatusMessage::Type::Snapshot);
    QCOMPARE(idsOf(client.message(0).records), QList<quint64>{1});

    server.publish({record(2, TunnelRecord::State::Open)});
    server.publish({record(1, TunnelRecord::State::Closed), record(3, TunnelRecord::State::Connecting)});
    const QJsonObject engine{{QStringLiteral("bytes"), QJsonObject{{QStringLiteral("up"), 5}}}};
    server.publishStatus(engine);
    QTRY_COMPARE_WITH_TIMEOUT(client.messages.size(), 4, WaitMs);

    const StatusMessage first = client.message(1);
    const StatusMessage second = client.message(2);
    QCOMPARE(first.type, StatusMessage::Type::Changes);
    QCOMPARE(idsOf(first.records), QList<quint64>{2});
    QCOMPARE(second.type, StatusMessage::Type::Changes);
    QCOMPARE(idsOf(second.records), (QList<quint64>{1, 3}));
    QCOMPARE(second.records.at(0).state, TunnelRecord::State::Closed);
    QVERIFY2(first.sequence >= 1, qPrintable(QString::number(first.sequence)));
    QCOMPARE(second.sequence, first.sequence + 1);

    const StatusMessage status = client.message(3);
    QCOMPARE(status.type, StatusMessage::Type::Status);
    QCOMPARE(status.engine, engine);

    // A client that joins later sees the sequence go on, not restart.
    RawClient late;
    late.open(server.port(), bearer(m_token));
    QTRY_COMPARE_WITH_TIMEOUT(late.messages.size(), 1, WaitMs);
    QCOMPARE(late.message(0).engine, engine);
    QCOMPARE(idsOf(late.message(0).records), (QList<quint64>{1, 2, 3}));
    server.publish({record(4, TunnelRecord::State::Open)});
    QTRY_COMPARE_WITH_TIMEOUT(late.messages.size(), 2, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(client.messages.size(), 5, WaitMs);
    QCOMPARE(late.message(1).sequence, second.sequence + 1);
    QCOMPARE(client.message(4).sequence, second.sequence + 1);
}

void TestStatusServer::rotatingTheTokenClosesClientsAndOnlyTheNewOneWorks()
{
    StatusServer::Options options;
    options.port = 0;
    StatusServer &server = startServer(options);
    QSignalSpy clients(&server, &StatusServer::clientsChanged);

    RawClient admitted;
    admitted.open(server.port(), bearer(m_token));
    QTRY_COMPARE_WITH_TIMEOUT(admitted.messages.size(), 1, WaitMs);
    QCOMPARE(server.clientCount(), 1);

    const QByteArray newToken = StatusToken::generate();
    server.setToken(newToken);
    QTRY_COMPARE_WITH_TIMEOUT(admitted.disconnects, 1, WaitMs);
    QCOMPARE(admitted.closeCode(), int(QWebSocketProtocol::CloseCodePolicyViolated));
    QCOMPARE(admitted.closeReason(), QStringLiteral("token rotated"));
    QCOMPARE(server.clientCount(), 0);
    QCOMPARE(clients.last().at(0).toInt(), 0);
    server.publish({record(1, TunnelRecord::State::Open)});
    QTest::qWait(50);
    QCOMPARE(admitted.messages.size(), 1);

    RawClient old;
    old.open(server.port(), bearer(m_token));
    QTRY_COMPARE_WITH_TIMEOUT(old.disconnects, 1, WaitMs);
    QCOMPARE(old.closeCode(), int(QWebSocketProtocol::CloseCodePolicyViolated));
    QCOMPARE(old.closeReason(), QStringLiteral("wrong token"));
    QCOMPARE(old.messages, QStringList());

    RawClient fresh;
    fresh.open(server.port(), bearer(newToken));
    QTRY_COMPARE_WITH_TIMEOUT(fresh.messages.size(), 1, WaitMs);
    QCOMPARE(fresh.message(0).type, StatusMessage::Type::Snapshot);
    QCOMPARE(idsOf(fresh.message(0).records), QList<quint64>{1});
    QCOMPARE(server.clientCount(), 1);
}

void TestStatusServer::settingTheSameTokenKeepsClients()
{
    StatusServer::Options options;
    options.port = 0;
    StatusServer &server = startServer(options);
    RawClient client;
    client.open(server.port(), bearer(m_token));
    QTRY_COMPARE_WITH_TIMEOUT(client.messages.size(), 1, WaitMs);

    server.setToken(QByteArray(m_token.constData(), m_token.size()));
    server.publish({record(1, TunnelRecord::State::Open)});
    QTRY_COMPARE_WITH_TIMEOUT(client.messages.size(), 2, WaitMs);
    QCOMPARE(client.disconnects, 0);
    QCOMPARE(server.clientCount(), 1);
}

void TestStatusServer::anAllowlistWithoutLoopbackRejectsLoopbackClients()
{
    StatusServer::Options options;
    options.port = 0;
    const auto allowlist = ClientAllowlist::parse({QStringLiteral("10.0.0.0/8")});
    QVERIFY2(allowlist, qPrintable(allowlist ? QString() : allowlist.error().toString()));
    options.allowlist = allowlist.value();
    StatusServer &server = startServer(options);
    server.publish({record(1, TunnelRecord::State::Open)});

    RawClient client;
    client.open(server.port(), bearer(m_token)); // the right token does not help
    QTRY_COMPARE_WITH_TIMEOUT(client.disconnects, 1, WaitMs);
    QCOMPARE(client.closeCode(), int(QWebSocketProtocol::CloseCodePolicyViolated));
    QCOMPARE(client.closeReason(), QStringLiteral("not in the allowlist"));
    QTest::qWait(50);
    QCOMPARE(client.messages, QStringList());
    QCOMPARE(m_rejected->size(), 1);
    QCOMPARE(m_rejected->at(0).at(1).toString(), QStringLiteral("not in the allowlist"));
}

void TestStatusServer::anAllowlistWithLoopbackAdmitsThem()
{
    StatusServer::Options options;
    options.port = 0;
    options.allowlist = ClientAllowlist::parse({QStringLiteral("10.0.0.0/8"), QStringLiteral("127.0.0.0/8")}).value();
    StatusServer &server = startServer(options);

    RawClient client;
    client.open(server.port(), bearer(m_token));
    QTRY_COMPARE_WITH_TIMEOUT(client.messages.size(), 1, WaitMs);
    QCOMPARE(client.message(0).type, StatusMessage::Type::Snapshot);

    // The allowlist is not a way around the token.
    RawClient tokenless;
    tokenless.open(server.port());
    QTRY_COMPARE_WITH_TIMEOUT(tokenless.disconnects, 1, WaitMs);
    QCOMPARE(tokenless.closeCode(), int(QWebSocketProtocol::CloseCodePolicyViolated));
    QCOMPARE(tokenless.messages, QStringList());
}

void TestStatusServer::clientsBeyondMaxClientsAreRejected()
{
    StatusServer::Options options;
    options.port = 0;
    options.maxClients = 1;
    StatusServer &server = startServer(options);

    RawClient first;
    first.open(server.port(), bearer(m_token));
    QTRY_COMPARE_WITH_TIMEOUT(first.messages.size(), 1, WaitMs);
    RawClient second;
    second.open(server.port(), bearer(m_token));
    QTRY_COMPARE_WITH_TIMEOUT(second.disconnects, 1, WaitMs);
    // 4013 "try again later", not a policy violation: a watcher keeps trying instead of giving up.
    QCOMPARE(second.closeCode(), 4013);
    QCOMPARE(second.closeReason(), QStringLiteral("too many clients"));
    QCOMPARE(second.messages, QStringList());
    QCOMPARE(server.clientCount(), 1);

    first.socket().close();
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 0, WaitMs);
    RawClient third;
    third.open(server.port(), bearer(m_token));
    QTRY_COMPARE_WITH_TIMEOUT(third.messages.size(), 1, WaitMs);
}

void TestStatusServer::closeSaysGoingAwayToClients()
{
    StatusServer::Options options;
    options.port = 0;
    StatusServer &server = startServer(options);
    QSignalSpy clients(&server, &StatusServer::clientsChanged);
    RawClient a;
    RawClient b;
    a.open(server.port(), bearer(m_token));
    b.open(server.port(), bearer(m_token));
    QTRY_COMPARE_WITH_TIMEOUT(a.messages.size(), 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(b.messages.size(), 1, WaitMs);
    const quint16 port = server.port();

    server.close();
    QVERIFY(!server.isListening());
    QCOMPARE(server.clientCount(), 0);
    QCOMPARE(clients.last().at(0).toInt(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(a.disconnects, 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(b.disconnects, 1, WaitMs);
    QCOMPARE(a.closeCode(), int(QWebSocketProtocol::CloseCodeGoingAway));
    QCOMPARE(b.closeCode(), int(QWebSocketProtocol::CloseCodeGoingAway));

    // Nothing listens any more.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!probe.waitForConnected(WaitMs));
    QCOMPARE(probe.error(), QAbstractSocket::ConnectionRefusedError);
}

void TestStatusServer::listeningOnATakenPortFailsWithTheAddress()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    StatusServer::Options options;
    options.port = taken.serverPort();
    options.token = m_token;
    StatusServer server(options);
    const Result<void> listening = server.listen();
    QVERIFY(!listening);
    QVERIFY2(listening.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(taken.serverPort())),
             qPrintable(listening.error().message));
    QVERIFY(!server.isListening());
    QCOMPARE(server.port(), quint16(0));
}

void TestStatusServer::socketsTheServerIsDoneWithAreDeletedWithoutWaitingForTheTimeout()
{
    RawClient rejected;
    RawClient rotated;
    RawClient stopped;
    RawClient stays;
    const QList<QWebSocket *> clients{&rejected.socket(), &rotated.socket(), &stopped.socket(), &stays.socket()};
    const ObjectCensus census;
    StatusServer::Options options;
    options.port = 0;
    StatusServer &server = startServer(options);
    constexpr int SoonMs = 2000; // well under the server's 5 s cut-off for peers that never answer

    rejected.open(server.port());
    QTRY_COMPARE_WITH_TIMEOUT(rejected.disconnects, 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(census.webSockets(clients), 0, SoonMs);

    rotated.open(server.port(), bearer(m_token));
    QTRY_COMPARE_WITH_TIMEOUT(rotated.messages.size(), 1, WaitMs);
    QCOMPARE(census.webSockets(clients), 1);
    const QByteArray newToken = StatusToken::generate();
    server.setToken(newToken);
    QTRY_COMPARE_WITH_TIMEOUT(rotated.disconnects, 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(census.webSockets(clients), 0, SoonMs);

    stopped.open(server.port(), bearer(newToken));
    stays.open(server.port(), bearer(newToken));
    QTRY_COMPARE_WITH_TIMEOUT(stopped.messages.size(), 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(stays.messages.size(), 1, WaitMs);
    QCOMPARE(census.webSockets(clients), 2);
    stays.socket().close(); // the client leaving first
    QTRY_COMPARE_WITH_TIMEOUT(census.webSockets(clients), 1, SoonMs);
    server.close();
    QTRY_COMPARE_WITH_TIMEOUT(stopped.disconnects, 1, WaitMs);
    QCOMPARE(stopped.closeCode(), int(QWebSocketProtocol::CloseCodeGoingAway));
    QTRY_COMPARE_WITH_TIMEOUT(census.webSockets(clients), 0, SoonMs);
}

QTEST_GUILESS_MAIN(TestStatusServer)
#include "tst_statusserver.moc"
