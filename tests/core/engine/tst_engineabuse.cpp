// The engine under abuse (issue 10), on loopback only, every loop bounded in count and in time:
// ten thousand malformed requests from a seeded generator, each answered with the status its class
// is documented to get, while a normal client keeps being served; five hundred clients that send a
// head one byte a second; churn past the connection limit; `proxydeck serve` with too few file
// descriptors; resets in the middle of tunnels and exchanges; and the memory of a child engine after
// ten thousand tunnels. The figures go to the test log (qInfo) and, one line each starting with
// "FIGURES", to standard output, repeated together at the end for the notes.
// The single limits (one 431, one 408, one 503 …) are in tst_enginelimits.cpp.
#include "abusegenerator.h"
#include "childengine.h"
#include "echoserver.h"
#include "engine.h"
#include "enginetesthelpers.h"
#include "httpreply.h"
#include "normalclient.h"
#include "originserver.h"
#include "rawconnection.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <array>
#include <cstdio>
#include <memory>
#include <vector>

#include <sys/resource.h>

using EngineTest::get;

namespace {

constexpr quint32 Seed = 20'100; // issue 10: the same ten thousand requests on every run
constexpr qint64 MiB = 1024 * 1024;

// AddressSanitizer keeps freed memory in quarantine (256 MiB by default): under it a process's
// RSS says nothing about what the engine itself keeps.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool AddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool AddressSanitizer = true;
#else
constexpr bool AddressSanitizer = false;
#endif
#else
constexpr bool AddressSanitizer = false;
#endif

QStringList s_figures; // every FIGURES line, printed again together at the end

// A figure for the log and, compact, for the notes.
void figure(const QString &line)
{
    qInfo().noquote() << line;
    std::printf("FIGURES %s\n", qPrintable(line));
    std::fflush(stdout);
    s_figures.append(line);
}

// Bytes for a message: printable, cut.
QString preview(QByteArrayView bytes, qsizetype limit = 160)
{
    return RawConnection::preview(bytes, limit);
}

// How a connection ended and what it received, for a message.
QString describe(const RawConnection &connection)
{
    return connection.describeEnd() + QStringLiteral(": ") + preview(connection.received());
}

// `proxydeck serve` arguments for a child engine whose tunnels go to connectPort.
QStringList serveArguments(quint16 connectPort)
{
    return {QStringLiteral("--workers"), QStringLiteral("2"), QStringLiteral("--connect-ports"),
            QString::number(connectPort)};
}

QByteArray connectRequest(quint16 port)
{
    const QByteArray authority = "127.0.0.1:" + QByteArray::number(port);
    return "CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\n\r\n";
}

constexpr QByteArrayView TunnelEstablished = "HTTP/1.1 200 Connection established\r\n\r\n";

qint64 statusValue(const QJsonObject &status, QStringView group, QStringView key)
{
    return status.value(group).toObject().value(key).toInteger();
}

// ---- an origin on this thread --------------------------------------------------------------------

// An HTTP origin that breaks down mid-response: to every request head it answers a head promising
// `promised` bytes, sends `sent` of them, and resets the connection resetAfterMs later.
class BreakingOrigin : public QTcpServer
{
public:
    BreakingOrigin(qint64 promised, qint64 sent, int resetAfterMs)
    {
        connect(this, &QTcpServer::newConnection, this, [=, this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                socket->setParent(this);
                auto head = std::make_shared<QByteArray>();
                auto answered = std::make_shared<bool>(false);
                connect(socket, &QIODevice::readyRead, socket, [=, this] {
                    *head += socket->readAll();
                    if (*answered || !head->contains("\r\n\r\n"))
                        return;
                    *answered = true;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: "
                                  + QByteArray::number(promised) + "\r\n\r\n" + OriginServer::content(0, sent));
                    QTimer::singleShot(resetAfterMs, socket, [this, socket] {
                        ++m_resets;
                        RawConnection::reset(*socket);
                    });
                });
            }
        });
    }

    quint16 open() { return listen(QHostAddress::LocalHost) ? serverPort() : 0; }
    int resets() const { return m_resets; }

private:
    int m_resets = 0;
};

// Why an answer is not what its request's class documents; empty when it is.
QString wrongAnswer(const Abuse &abuse, const RawConnection &connection)
{
    if (connection.end() != RawConnection::End::Closed)
        return QStringLiteral("the connection was %1").arg(connection.describeEnd());
    const HttpReply reply = connection.reply();
    if (reply.status != abuse.status)
        return QStringLiteral("expected %1, got %2").arg(abuse.status).arg(reply.status);
    if (reply.header("Connection").toLower() != "close")
        return QStringLiteral("no Connection: close");
    if (abuse.status == 200) {
        if (reply.body != OriginServer::content(0, abuse.bodyBytes))
            return QStringLiteral("not the origin's %1 bytes (%2 bytes)").arg(abuse.bodyBytes).arg(reply.body.size());
        return {};
    }
    if (!reply.header("Content-Type").startsWith("text/plain"))
        return QStringLiteral("not text/plain");
    if (reply.header("Content-Length").toLongLong() != reply.body.size() || reply.body.trimmed().isEmpty())
        return QStringLiteral("a body that is empty or not its Content-Length");
    if (!QString::fromUtf8(reply.body).contains(abuse.needle, Qt::CaseInsensitive))
        return QStringLiteral("“%1” not in the answer").arg(abuse.needle);
    return {};
}

} // namespace

class TestEngineAbuse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void answersTenThousandMalformedRequestsAsDocumentedWhileServingANormalClient();
    void closesFiveHundredSlowClientsAtTheHeadTimeoutWhileServingANormalClient();
    void answersEitherServedOr503UnderChurnPastTheConnectionLimit();
    void pausesAcceptingWhenOutOfFileDescriptorsAndServesAgainWhenTheyAreBack();
    void closesATunnelAndCountsItRightWhenEitherSideResetsMidway_data();
    void closesATunnelAndCountsItRightWhenEitherSideResetsMidway();
    void endsAForwardedExchangeAndCountsItRightWhenEitherSideResetsMidway_data();
    void endsAForwardedExchangeAndCountsItRightWhenEitherSideResetsMidway();
    void comesBackToItsMemoryBaselineAfterTenThousandTunnels();

private:
    OriginServer m_origin;       // what the abuse asks for
    OriginServer m_normalOrigin; // what the normal client asks for
};

void TestEngineAbuse::initTestCase()
{
    // Five hundred slow clients and their sessions are a thousand descriptors in this process, a
    // common default soft limit: take the hard limit.
    rlimit files{};
    QVERIFY(::getrlimit(RLIMIT_NOFILE, &files) == 0);
    files.rlim_cur = std::max(files.rlim_cur, std::min<rlim_t>(files.rlim_max, 65536));
    QVERIFY(::setrlimit(RLIMIT_NOFILE, &files) == 0);
    QVERIFY2(files.rlim_cur >= 2048,
             qPrintable(QStringLiteral("RLIMIT_NOFILE is %1; these tests need 2048").arg(files.rlim_cur)));
    QVERIFY(m_origin.listen());
    QVERIFY(m_normalOrigin.listen());
}

void TestEngineAbuse::cleanupTestCase()
{
    std::printf("FIGURES ---- engine abuse, all figures (issue 10) ----\n");
    for (const QString &line : std::as_const(s_figures))
        std::printf("FIGURES %s\n", qPrintable(line));
    std::fflush(stdout);
}

void TestEngineAbuse::answersTenThousandMalformedRequestsAsDocumentedWhileServingANormalClient()
{
    constexpr qsizetype Requests = 10'000;
    constexpr int InFlight = 32;
    START_ENGINE(engine, EngineConfig{});
    m_origin.clear();
    AbuseGenerator generator(Seed, m_origin.port());
    std::vector<Abuse> abuses(Requests);
    std::array<int, KindCount> sent{};
    std::array<int, KindCount> correct{};
    std::array<QStringList, KindCount> wrong;
    qint64 bytesSent = 0;
    int forwarded = 0;
    NormalClient normal(engine->port(), m_normalOrigin.port(), 50);
    QElapsedTimer clock;
    clock.start();
    normal.start();

    const bool ran = RawConnection::run(
        engine->port(), Requests, InFlight, 15000, QDeadlineTimer(90'000),
        [&](qsizetype i, RawConnection &connection) {
            Abuse abuse = generator.next(i);
            connection.send(abuse.request);
            bytesSent += abuse.request.size();
            if (abuse.status == 200)
                ++forwarded;
            if (abuse.status != 200 && abuse.request.size() > 512)
                abuse.request.truncate(512); // enough for a message
            abuses[size_t(i)] = std::move(abuse);
        },
        [&](qsizetype i, RawConnection &connection) {
            const Abuse &abuse = abuses[size_t(i)];
            const int kind = int(abuse.kind);
            ++sent[size_t(kind)];
            const QString why = wrongAnswer(abuse, connection);
            if (why.isEmpty()) {
                ++correct[size_t(kind)];
            } else if (wrong[size_t(kind)].size() < 3) {
                wrong[size_t(kind)].append(QStringLiteral("#%1 %2: %3 → %4")
                                               .arg(i)
                                               .arg(why, preview(abuse.request),
                                                    preview(connection.received(), 300)));
            }
        });
    const qint64 elapsed = clock.elapsed();
    // Keep the normal client going a little, so that it is measured on a few more requests.
    waitFor([&] { return normal.sent() >= 20; }, 2000);
    normal.stop();

    int total = 0;
    int totalCorrect = 0;
    QStringList problems;
    for (int k = 0; k < KindCount; ++k) {
        total += sent[size_t(k)];
        totalCorrect += correct[size_t(k)];
        figure(QStringLiteral("malformed: %1/%2 answered as documented — %3")
                   .arg(correct[size_t(k)])
                   .arg(sent[size_t(k)])
                   .arg(QString::fromUtf8(KindNames[size_t(k)])));
        problems += wrong[size_t(k)];
    }
    figure(QStringLiteral("malformed: %1 requests (%2 MiB) over %3 connections, %4 in flight, in %5 s (%6/s); "
                          "%7 answered as documented")
               .arg(total)
               .arg(double(bytesSent) / MiB, 0, 'f', 1)
               .arg(Requests)
               .arg(InFlight)
               .arg(double(elapsed) / 1000, 0, 'f', 1)
               .arg(qint64(double(total) * 1000 / std::max<qint64>(elapsed, 1)))
               .arg(totalCorrect));
    figure(QStringLiteral("malformed: ") + normal.describe());

    QVERIFY2(ran, qPrintable(QStringLiteral("only %1 of %2 requests ran within 90 s").arg(total).arg(Requests)));
    if (totalCorrect != total)
        QFAIL(qPrintable(QStringLiteral("%1 answers not as documented, e.g.:\n").arg(total - totalCorrect)
                         + problems.join(u'\n')));
    QVERIFY2(normal.problems().isEmpty(), qPrintable(normal.problems().join(u'\n')));
    QVERIFY2(normal.served() >= 10, qPrintable(normal.describe()));
    // A correctness bound, not a benchmark: a normal request is never stuck behind the abuse.
    QVERIFY2(normal.latency().p99 < 1000, qPrintable(normal.describe()));

    // Nothing of a refused request reached the origin; what it did get, it got with CRLF only.
    const QStringList heads = m_origin.heads();
    QCOMPARE(heads.size(), forwarded);
    static const QRegularExpression bareLf(QStringLiteral("[^\r]\n"));
    for (const QString &head : heads)
        QVERIFY2(!head.contains(bareLf), qPrintable(preview(head.toLatin1())));
    QTRY_COMPARE_WITH_TIMEOUT(statusValue(engine->status(), u"connections", u"active"), qint64(0), 5000);
    QCOMPARE(statusValue(engine->status(), u"connections", u"total"), qint64(Requests + normal.sent()));
    QCOMPARE(statusValue(engine->status(), u"tunnels", u"active"), qint64(0));
    VERIFY_SERVES(*engine, m_origin);
}

void TestEngineAbuse::closesFiveHundredSlowClientsAtTheHeadTimeoutWhileServingANormalClient()
{
    constexpr int Clients = 500;
    constexpr int HeadTimeoutMs = 2000;
    EngineConfig config;
    config.limits.handshakeTimeoutMs = HeadTimeoutMs;
    START_ENGINE(engine, config);
    const qsizetype headsBefore = m_origin.heads().size();
    const QByteArray head = get(m_origin.port(), "/bytes/10");
    QObject clients;
    std::vector<RawConnection *> slow;
    QList<qint64> closedAfter;
    QStringList problems;
    int ended = 0;
    int timedOut = 0; // answered 408 and closed, after the head timeout
    NormalClient normal(engine->port(), m_normalOrigin.port(), 100);
    QElapsedTimer clock;
    clock.start();
    normal.start();
    for (int i = 0; i < Clients; ++i) {
        auto *c = new RawConnection(engine->port(), 15000, &clients);
        c->onFinished = [&](RawConnection &connection) {
            ++ended;
            const HttpReply reply = connection.reply();
            closedAfter.append(connection.elapsedMs());
            if (connection.end() != RawConnection::End::Closed || reply.status != 408
                || !reply.body.contains("The request head did not arrive within 2 s")
                || connection.elapsedMs() < HeadTimeoutMs - 100) {
                if (problems.size() < 5)
                    problems.append(QStringLiteral("%1 after %2 ms, %3 bytes sent: %4")
                                        .arg(connection.describeEnd())
                                        .arg(connection.elapsedMs())
                                        .arg(connection.sent())
                                        .arg(preview(connection.received())));
            } else {
                ++timedOut;
            }
        };
        c->send(head.first(1));
        slow.push_back(c);
    }
    // One more byte of the head a second, to every client still waiting.
    QTimer drip;
    drip.setInterval(1000);
    connect(&drip, &QTimer::timeout, &clients, [&] {
        for (RawConnection *c : slow) {
            if (!c->hasEnded() && c->sent() < head.size())
                c->send(head.sliced(c->sent(), 1));
        }
    });
    drip.start();
    const bool allEnded = waitFor([&] { return ended == Clients; }, 20000);
    drip.stop();
    const qint64 elapsed = clock.elapsed();
    normal.stop();

    const Percentiles p = Percentiles::of(closedAfter);
    figure(QStringLiteral("slow clients: %1 clients at 1 byte/s, head timeout %2 s: %3 answered 408 and closed, "
                          "after p50 %4 ms, max %5 ms; all done in %6 s")
               .arg(Clients)
               .arg(HeadTimeoutMs / 1000)
               .arg(timedOut)
               .arg(p.p50)
               .arg(p.max)
               .arg(double(elapsed) / 1000, 0, 'f', 1));
    figure(QStringLiteral("slow clients: ") + normal.describe());
    QVERIFY2(allEnded, qPrintable(QStringLiteral("%1 of %2 slow clients still open after 20 s")
                                      .arg(Clients - ended)
                                      .arg(Clients)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(timedOut, Clients);
    QVERIFY2(p.max < 3 * HeadTimeoutMs, qPrintable(QString::number(p.max)));
    QVERIFY2(normal.problems().isEmpty(), qPrintable(normal.problems().join(u'\n')));
    QVERIFY2(normal.served() >= 10, qPrintable(normal.describe()));
    QVERIFY2(normal.latency().p99 < 1000, qPrintable(normal.describe()));
    QCOMPARE(m_origin.heads().size(), headsBefore); // no slow head ever reached the origin
    QTRY_COMPARE_WITH_TIMEOUT(statusValue(engine->status(), u"connections", u"active"), qint64(0), 5000);
    VERIFY_SERVES(*engine, m_origin);
}

void TestEngineAbuse::answersEitherServedOr503UnderChurnPastTheConnectionLimit()
{
    // tst_enginelimits checks the 503 itself; here, the counts while connections come and go fast.
    constexpr int Limit = 16;
    constexpr int Held = 12; // idle, so that only four are left for the churn
    constexpr qsizetype Requests = 400;
    constexpr int InFlight = 6; // with the held ones, past the limit now and then, not always
    EngineConfig config;
    config.limits.maxConnections = Limit;
    START_ENGINE(engine, config);
    QObject holder;
    std::vector<RawConnection *> held;
    for (int i = 0; i < Held; ++i)
        held.push_back(new RawConnection(engine->port(), 60000, &holder));
    QTRY_COMPARE_WITH_TIMEOUT(statusValue(engine->status(), u"connections", u"active"), qint64(Held), 5000);

    const QByteArray request = get(m_origin.port(), "/bytes/100", "HTTP/1.1", "Connection: close\r\n");
    int served = 0;
    int refused = 0;
    QStringList problems;
    const bool ran = RawConnection::run(
        engine->port(), Requests, InFlight, 15000, QDeadlineTimer(30'000),
        [&](qsizetype, RawConnection &connection) { connection.send(request); },
        [&](qsizetype, RawConnection &connection) {
            const HttpReply reply = connection.reply();
            if (connection.end() == RawConnection::End::Closed && reply.status == 200
                && reply.body == OriginServer::content(0, 100)) {
                ++served;
            } else if (connection.end() == RawConnection::End::Closed && reply.status == 503
                       && reply.body.contains("reached its limit of 16 connections")) {
                ++refused;
            } else if (problems.size() < 5) {
                problems.append(describe(connection));
            }
        });
    figure(QStringLiteral("churn: limit %1, %2 held idle, %3 requests %4 at a time: %5 served, %6 answered 503")
               .arg(Limit)
               .arg(Held)
               .arg(Requests)
               .arg(InFlight)
               .arg(served)
               .arg(refused));
    QVERIFY(ran);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(served + refused, int(Requests));
    QVERIFY2(served > 0 && refused > 0, "both sides of the limit were to be reached");
    QCOMPARE(statusValue(engine->status(), u"connections", u"refused"), qint64(refused));
    for (RawConnection *c : held)
        QVERIFY2(!c->hasEnded(), qPrintable(c->describeEnd())); // the idle ones were not disturbed
    qDeleteAll(held);
    QTRY_COMPARE_WITH_TIMEOUT(statusValue(engine->status(), u"connections", u"active"), qint64(0), 5000);
    QCOMPARE(statusValue(engine->status(), u"tunnels", u"total"), qint64(served));
    VERIFY_SERVES(*engine, m_origin);
}

void TestEngineAbuse::pausesAcceptingWhenOutOfFileDescriptorsAndServesAgainWhenTheyAreBack()
{
    constexpr rlim_t OpenFiles = 64;
    constexpr int Clients = 200;
    EchoServer echo;
    QVERIFY(echo.open());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ChildEngine child(QStringLiteral(PROXYDECK_BINARY), dir.path(), serveArguments(echo.serverPort()),
                      OpenFiles);
    QVERIFY2(child.waitListening(), qPrintable(child.output()));
    const int filesAtStart = child.openFiles();

    // Far more clients than descriptors: the engine takes what it can, then accept() says EMFILE.
    QObject holder;
    std::vector<RawConnection *> clients;
    for (int i = 0; i < Clients; ++i)
        clients.push_back(new RawConnection(child.port(), 60000, &holder));
    const bool exhausted = waitFor([&] { return child.openFiles() >= int(OpenFiles) - 1; }, 10000);
    const int filesAtPeak = child.openFiles();
    // A listener that spun on EMFILE would burn a core; a paused one costs next to nothing.
    const qint64 cpuBefore = child.cpuMs();
    QElapsedTimer window;
    window.start();
    QTest::qWait(1500);
    const qint64 cpuWhileOut = child.cpuMs() - cpuBefore;
    const qint64 windowMs = window.elapsed();
    QVERIFY2(child.isRunning(), qPrintable(child.output()));
    QVERIFY2(exhausted, qPrintable(QStringLiteral("%1 descriptors open of %2").arg(filesAtPeak).arg(OpenFiles)));
    QVERIFY2(cpuWhileOut * 4 < windowMs,
             qPrintable(QStringLiteral("%1 ms of CPU in %2 ms while out of descriptors").arg(cpuWhileOut).arg(windowMs)));

    // Now every client asks for a tunnel and a short echo through it. Those accepted need one more
    // descriptor each for the origin; as answered clients go, the engine accepts the next ones.
    int tunnelled = 0;
    int refused = 0;
    QStringList problems;
    int ended = 0;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < Clients; ++i) {
        RawConnection *c = clients[size_t(i)];
        if (c->hasEnded()) {
            ++ended;
            problems.append(QStringLiteral("ended while idle: ") + c->describeEnd());
            continue;
        }
        const QByteArray payload = OriginServer::content(i, 100);
        c->complete = [payload](const QByteArray &in) { return in == TunnelEstablished.toByteArray() + payload; };
        c->onFinished = [&, payload](RawConnection &connection) {
            ++ended;
            const HttpReply reply = connection.reply();
            if (connection.end() == RawConnection::End::Complete) {
                ++tunnelled;
            } else if (connection.end() == RawConnection::End::Closed && reply.status >= 500
                       && reply.header("Content-Length").toLongLong() == reply.body.size()
                       && !reply.body.trimmed().isEmpty()) {
                ++refused; // e.g. 502 "could not connect … Too many open files"
                if (refused == 1)
                    figure(QStringLiteral("file descriptors: the first refusal: ") + preview(connection.received(), 300));
            } else if (problems.size() < 5) {
                problems.append(describe(connection));
            }
        };
        c->send(connectRequest(echo.serverPort()) + payload);
    }
    const bool allAnswered = waitFor([&] { return ended == Clients; }, 45000);
    const qint64 answeredMs = clock.elapsed();
    QVERIFY2(child.isRunning(), qPrintable(child.output()));

    // Everyone has gone: a new client is served, through a tunnel and with a plain request.
    bool servedAfter = false;
    int attempts = 0;
    QString lastAttempt;
    const QDeadlineTimer deadline(10000);
    while (!servedAfter && !deadline.hasExpired()) {
        ++attempts;
        const QByteArray payload = OriginServer::content(7, 5000);
        RawConnection tunnel(child.port(), 3000);
        tunnel.complete = [&payload](const QByteArray &in) { return in == TunnelEstablished.toByteArray() + payload; };
        tunnel.send(connectRequest(echo.serverPort()) + payload);
        RawConnection plain(child.port(), 3000);
        plain.send(get(m_origin.port(), "/bytes/40000", "HTTP/1.1", "Connection: close\r\n"));
        waitFor([&] { return tunnel.hasEnded() && plain.hasEnded(); }, 4000);
        const HttpReply reply = plain.reply();
        servedAfter = tunnel.end() == RawConnection::End::Complete && reply.status == 200
            && reply.body == OriginServer::content(0, 40000);
        lastAttempt = tunnel.describeEnd() + QStringLiteral(" / ") + plain.describeEnd() + QStringLiteral(": ")
            + preview(plain.received());
        if (!servedAfter)
            QTest::qWait(200);
    }
    const int filesAfter = child.openFiles();
    figure(QStringLiteral("file descriptors: limit %1, %2 open at start, %3 at the peak with %4 clients; %5 ms of CPU "
                          "in %6 ms while out of them; %7 tunnelled and %8 refused with a 5xx in %9 ms")
               .arg(OpenFiles)
               .arg(filesAtStart)
               .arg(filesAtPeak)
               .arg(Clients)
               .arg(cpuWhileOut)
               .arg(windowMs)
               .arg(tunnelled)
               .arg(refused)
               .arg(answeredMs));
    figure(QStringLiteral("file descriptors: served again at attempt %1, %2 open after").arg(attempts).arg(filesAfter));
    QVERIFY2(allAnswered, qPrintable(QStringLiteral("%1 of %2 clients not answered").arg(Clients - ended).arg(Clients)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY2(servedAfter, qPrintable(lastAttempt + u'\n' + child.output()));
    QVERIFY2(child.isRunning(), qPrintable(child.output()));
    const int exitCode = child.terminate(15000);
    QVERIFY2(exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(exitCode).arg(child.output())));
}

void TestEngineAbuse::closesATunnelAndCountsItRightWhenEitherSideResetsMidway_data()
{
    QTest::addColumn<bool>("originResets");
    QTest::newRow("the client resets") << false;
    QTest::newRow("the origin resets") << true;
}

void TestEngineAbuse::closesATunnelAndCountsItRightWhenEitherSideResetsMidway()
{
    QFETCH(bool, originResets);
    EchoServer echo;
    QVERIFY(echo.open());
    EngineConfig config;
    config.connectPorts = PortRanges::parse(QString::number(echo.serverPort())).value();
    TunnelRecords finished; // before the engine: it outlives the connection below
    START_ENGINE(engine, config);
    connect(engine.get(), &Engine::tunnelFinished, this, [&finished](const TunnelRecord &r) { finished.append(r); });

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, engine->port());
    client.write(connectRequest(echo.serverPort()));
    QByteArray in;
    const bool established = waitFor([&] { return (in += client.readAll()).size() >= TunnelEstablished.size(); }, 5000);
    QVERIFY2(established, in.constData());
    QCOMPARE(in, TunnelEstablished.toByteArray());
    in.clear();
    const QByteArray payload = OriginServer::content(0, 300'000);
    client.write(payload);
    QVERIFY(waitFor([&] { return (in += client.readAll()).size() >= payload.size(); }, 10000));
    QVERIFY(in == payload);
    QCOMPARE(echo.openConnections(), 1);

    if (originResets) {
        client.write(EchoServer::ResetMarker.data(), EchoServer::ResetMarker.size());
        // The engine closes the client's side once the origin's is gone.
        QByteArray extra;
        QVERIFY2(waitFor([&] {
                     extra += client.readAll();
                     return client.state() == QAbstractSocket::UnconnectedState;
                 }, 5000),
                 "the tunnel stayed open after the origin's reset");
        QCOMPARE(extra + client.readAll(), QByteArray());
    } else {
        RawConnection::reset(client);
    }
    const qint64 up = payload.size() + (originResets ? EchoServer::ResetMarker.size() : 0);
    QVERIFY2(waitFor([&] { return finished.size() == 1; }, 5000), "no finished record");
    QTRY_COMPARE_WITH_TIMEOUT(echo.openConnections(), 0, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(statusValue(engine->status(), u"connections", u"active"), qint64(0), 5000);
    const TunnelRecord record = finished.constFirst();
    const QJsonObject status = engine->status();
    figure(QStringLiteral("reset mid-tunnel (%1): record %2, “%3”, up %4, down %5")
               .arg(QLatin1String(QTest::currentDataTag()), TunnelRecord::stateId(record.state), record.error)
               .arg(record.bytesUp)
               .arg(record.bytesDown));
    QCOMPARE(record.kind, TunnelRecord::Kind::Tunnel);
    QVERIFY(record.isFinished());
    QCOMPARE(record.status, 200);
    QCOMPARE(record.bytesUp, up);
    QCOMPARE(record.bytesDown, qint64(payload.size()));
    QCOMPARE(echo.received(), up);
    QCOMPARE(statusValue(status, u"tunnels", u"active"), qint64(0));
    QCOMPARE(statusValue(status, u"tunnels", u"total"), qint64(1));
    QCOMPARE(statusValue(status, u"tunnels", u"failed"), qint64(record.state == TunnelRecord::State::Failed ? 1 : 0));
    QCOMPARE(statusValue(status, u"bytes", u"up"), record.bytesUp);
    QCOMPARE(statusValue(status, u"bytes", u"down"), record.bytesDown);
    VERIFY_SERVES(*engine, m_origin);
}

void TestEngineAbuse::endsAForwardedExchangeAndCountsItRightWhenEitherSideResetsMidway_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("the client resets during a large response") << QStringLiteral("client-response");
    QTest::newRow("the client resets before the origin answers") << QStringLiteral("client-waiting");
    QTest::newRow("the client resets during its request body") << QStringLiteral("client-body");
    QTest::newRow("the origin resets during the response") << QStringLiteral("origin");
}

void TestEngineAbuse::endsAForwardedExchangeAndCountsItRightWhenEitherSideResetsMidway()
{
    QFETCH(QString, who);
    constexpr qint64 Large = 2'000'000'000; // far more than the engine may fetch for nobody
    constexpr qint64 Promised = 100'000;
    constexpr qint64 SentBeforeReset = 1000;
    BreakingOrigin breaking(Promised, SentBeforeReset, 200);
    QVERIFY(breaking.open());
    TunnelRecords finished;
    START_ENGINE(engine, EngineConfig{});
    connect(engine.get(), &Engine::tunnelFinished, this, [&finished](const TunnelRecord &r) { finished.append(r); });
    const int originConnectionsBefore = m_origin.connectionCount();

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, engine->port());
    QByteArray in;
    qint64 bodyReceived = 0;
    const auto received = [&] {
        in += client.readAll();
        const qsizetype end = in.indexOf("\r\n\r\n");
        bodyReceived = end < 0 ? 0 : in.size() - end - 4;
        return bodyReceived;
    };
    if (who == u"client-response") {
        client.write(get(m_origin.port(), "/bytes/" + QByteArray::number(Large)));
        QVERIFY(waitFor([&] { return received() >= 1'000'000; }, 10000));
        RawConnection::reset(client);
    } else if (who == u"client-waiting") {
        client.write(get(m_origin.port(), "/slow"));
        QVERIFY(waitFor([&] {
            const QStringList heads = m_origin.heads();
            return !heads.isEmpty() && heads.constLast().startsWith(u"GET /slow");
        }, 5000));
        RawConnection::reset(client);
    } else if (who == u"client-body") {
        const QByteArray authority = "127.0.0.1:" + QByteArray::number(m_origin.port());
        client.write("POST http://" + authority + "/echo HTTP/1.1\r\nHost: " + authority
                     + "\r\nContent-Length: 10000000\r\n\r\n");
        client.write(OriginServer::content(0, 100'000));
        QVERIFY(waitFor([&] { return client.bytesToWrite() == 0; }, 5000));
        QVERIFY(waitFor([&] { return statusValue(engine->status(), u"bytes", u"up") == 100'000; }, 5000));
        RawConnection::reset(client);
    } else {
        client.write(get(breaking.serverPort(), "/partial"));
        QVERIFY2(waitFor([&] {
                     received();
                     return client.state() == QAbstractSocket::UnconnectedState;
                 }, 5000),
                 "the client's connection stayed open after the origin's reset");
        received();
        QCOMPARE(breaking.resets(), 1);
        QVERIFY2(in.startsWith("HTTP/1.1 200 OK\r\n"), in.left(200).constData());
        QCOMPARE(bodyReceived, SentBeforeReset); // a short body, then the close: never a complete wrong one
    }

    QVERIFY2(waitFor([&] { return finished.size() == 1; }, 5000), "no finished record within 5 s");
    QTRY_COMPARE_WITH_TIMEOUT(statusValue(engine->status(), u"connections", u"active"), qint64(0), 5000);
    // The engine let go of the origin too (OriginServer's connections end when the engine's close).
    QTRY_COMPARE_WITH_TIMEOUT(m_origin.unsentBytes(), qint64(0), 5000);
    const TunnelRecord record = finished.constFirst();
    const QJsonObject status = engine->status();
    figure(QStringLiteral("reset mid-exchange (%1): record %2, “%3”, up %4, down %5, client got %6 body bytes")
               .arg(QLatin1String(QTest::currentDataTag()), TunnelRecord::stateId(record.state), record.error)
               .arg(record.bytesUp)
               .arg(record.bytesDown)
               .arg(bodyReceived));
    QCOMPARE(record.kind, TunnelRecord::Kind::Request);
    QCOMPARE(record.state, TunnelRecord::State::Failed);
    QVERIFY(!record.error.isEmpty());
    QCOMPARE(statusValue(status, u"tunnels", u"active"), qint64(0));
    QCOMPARE(statusValue(status, u"tunnels", u"total"), qint64(1));
    QCOMPARE(statusValue(status, u"tunnels", u"failed"), qint64(1));
    QCOMPARE(statusValue(status, u"bytes", u"up"), record.bytesUp);
    QCOMPARE(statusValue(status, u"bytes", u"down"), record.bytesDown);
    if (who == u"client-response") {
        // What the engine fetched and counted went to the client, up to what the kernel still held
        // when the client went: not the rest of a 2 GB body for nobody.
        QVERIFY2(record.bytesDown >= bodyReceived && record.bytesDown < bodyReceived + 64 * MiB,
                 qPrintable(QString::number(record.bytesDown)));
    } else if (who == u"client-body") {
        QCOMPARE(record.bytesUp, qint64(100'000));
    } else if (who == u"origin") {
        QCOMPARE(record.bytesDown, SentBeforeReset);
    }
    if (who != u"origin")
        QVERIFY(m_origin.connectionCount() > originConnectionsBefore);
    VERIFY_SERVES(*engine, m_origin);
}

void TestEngineAbuse::comesBackToItsMemoryBaselineAfterTenThousandTunnels()
{
    constexpr int WarmUp = 1000;
    constexpr int Tunnels = 10'000;
    constexpr int InFlight = 50;
    constexpr qint64 MarginKiB = 20 * 1024;
    EchoServer echo;
    QVERIFY(echo.open());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ChildEngine child(QStringLiteral(PROXYDECK_BINARY), dir.path(), serveArguments(echo.serverPort()));
    QVERIFY2(child.waitListening(), qPrintable(child.output()));
    const qint64 atStart = child.memoryKiB("VmRSS");

    QRandomGenerator random(Seed);
    int ok = 0;
    QStringList problems;
    // Short tunnels: CONNECT with a few bytes right behind it (the engine relays them once the
    // tunnel is up), their echo, then the client closes.
    const auto run = [&](int count, int timeLimitMs) {
        return RawConnection::run(
            child.port(), count, InFlight, 10000, QDeadlineTimer(timeLimitMs),
            [&](qsizetype, RawConnection &connection) {
                const QByteArray payload = OriginServer::content(random.bounded(1'000'000), random.bounded(16, 4096));
                connection.complete = [payload](const QByteArray &in) {
                    return in.size() >= TunnelEstablished.size() + payload.size();
                };
                connection.send(connectRequest(echo.serverPort()) + payload);
                connection.expected = TunnelEstablished.toByteArray() + payload;
            },
            [&](qsizetype, RawConnection &connection) {
                if (connection.end() == RawConnection::End::Complete && connection.received() == connection.expected)
                    ++ok;
                else if (problems.size() < 5)
                    problems.append(describe(connection));
            });
    };
    // Settled: no connection left but the one asking, and the sessions deleted.
    const auto settle = [&] {
        const bool idle = waitFor([&] { return statusValue(child.status(), u"connections", u"active") == 1; }, 10000);
        QTest::qWait(500);
        return idle;
    };

    QElapsedTimer clock;
    clock.start();
    QVERIFY(run(WarmUp, 30'000));
    QVERIFY(settle());
    const qint64 baseline = child.memoryKiB("VmRSS");
    const qint64 warmUpMs = clock.restart();
    const qint64 cpuBefore = child.cpuMs();
    const bool ran = run(Tunnels, 90'000);
    const qint64 tunnelsMs = clock.elapsed();
    const qint64 engineCpuMs = child.cpuMs() - cpuBefore;
    QVERIFY(settle());
    const qint64 after = child.memoryKiB("VmRSS");
    const qint64 peak = child.memoryKiB("VmHWM");
    const QJsonObject status = child.status();
    figure(QStringLiteral("memory: RSS %1 MiB at start, %2 MiB after %3 warm-up tunnels (baseline, %4 ms), %5 MiB after "
                          "%6 more (%7 ms, %8/s, %9 at a time, %10 ms of the engine's CPU); peak %11 MiB; growth %12 MiB, "
                          "allowed %13 MiB")
               .arg(double(atStart) / 1024, 0, 'f', 1)
               .arg(double(baseline) / 1024, 0, 'f', 1)
               .arg(WarmUp)
               .arg(warmUpMs)
               .arg(double(after) / 1024, 0, 'f', 1)
               .arg(Tunnels)
               .arg(tunnelsMs)
               .arg(qint64(double(Tunnels) * 1000 / std::max<qint64>(tunnelsMs, 1)))
               .arg(InFlight)
               .arg(engineCpuMs)
               .arg(double(peak) / 1024, 0, 'f', 1)
               .arg(double(after - baseline) / 1024, 0, 'f', 1)
               .arg(MarginKiB / 1024));
    QVERIFY2(ran, "the tunnels did not all run within 90 s");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(ok, WarmUp + Tunnels);
    QCOMPARE(statusValue(status, u"tunnels", u"total"), qint64(WarmUp + Tunnels));
    QCOMPARE(statusValue(status, u"tunnels", u"failed"), qint64(0));
    QCOMPARE(statusValue(status, u"tunnels", u"active"), qint64(0));
    QTRY_COMPARE_WITH_TIMEOUT(echo.openConnections(), 0, 5000); // the engine let go of every origin side
    QVERIFY2(baseline > 0 && after > 0, qPrintable(child.output()));
    if (AddressSanitizer) {
        figure(QStringLiteral("memory: the growth is not checked under AddressSanitizer (its quarantine keeps freed "
                              "memory)"));
    } else {
        QVERIFY2(after <= baseline + MarginKiB,
                 qPrintable(QStringLiteral("RSS %1 KiB after, baseline %2 KiB").arg(after).arg(baseline)));
    }
    QVERIFY2(child.isRunning(), qPrintable(child.output()));
}

QTEST_GUILESS_MAIN(TestEngineAbuse)
#include "tst_engineabuse.moc"
