#include "httpresponsehead.h"

#include <QTest>

namespace {

template<qsizetype N>
QByteArray bytes(const char (&text)[N])
{
    return QByteArray(text, N - 1);
}

QString describe(const HttpParseResult<HttpResponseHead> &result)
{
    if (result.needsMore())
        return QStringLiteral("need more");
    if (result.isError()) {
        return QStringLiteral("error %1 at %2: %3")
            .arg(result.error().status)
            .arg(result.error().offset)
            .arg(result.error().reason);
    }
    const HttpResponseHead &head = result.head();
    QString text = QStringLiteral("complete %1: HTTP/1.%2 %3 %4 framing %5 length %6 keep-alive %7")
                       .arg(head.size())
                       .arg(head.minorVersion())
                       .arg(head.statusCode())
                       .arg(QString::fromLatin1(head.reasonPhrase()))
                       .arg(int(head.framing()))
                       .arg(head.contentLength())
                       .arg(head.keepAlive());
    for (qsizetype i = 0; i < head.headers().size(); ++i) {
        text += QStringLiteral(" [%1: %2]").arg(QString::fromLatin1(head.headers().nameAt(i)),
                                                QString::fromLatin1(head.headers().valueAt(i)));
    }
    return text;
}

// As in tst_httprequesthead: every prefix answers "need more" or the whole input's answer, and
// resuming with the progress of a shorter prefix changes nothing.
void checkEverySplit(const QByteArray &input, QByteArrayView method)
{
    const QString whole = describe(HttpResponseHead::parse(input, method));
    const QString needMore = QStringLiteral("need more");
    for (qsizetype k = 0; k <= input.size(); ++k) {
        const QByteArrayView prefix = QByteArrayView(input).first(k);
        const QString answer = describe(HttpResponseHead::parse(prefix, method));
        QVERIFY2(answer == needMore || answer == whole,
                 qPrintable(QStringLiteral("prefix of %1 bytes: %2\nwhole: %3").arg(k).arg(answer, whole)));
        HttpHeadProgress progress;
        if (HttpResponseHead::parse(prefix, method, {}, &progress).needsMore()) {
            const QString resumed = describe(HttpResponseHead::parse(input, method, {}, &progress));
            QVERIFY2(resumed == whole,
                     qPrintable(QStringLiteral("resumed after %1 bytes: %2\nwhole: %3").arg(k).arg(resumed, whole)));
        }
    }
}

} // namespace

class TestHttpResponseHead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framesBodiesAsRfc9112Says_data();
    void framesBodiesAsRfc9112Says();
    void answers502ToMalformedResponses_data();
    void answers502ToMalformedResponses();
    void limitsAreAnswered502();
    void serializesForTheClient_data();
    void serializesForTheClient();
};

void TestHttpResponseHead::framesBodiesAsRfc9112Says_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("framing");
    QTest::addColumn<qint64>("length");
    QTest::addColumn<bool>("keepAlive");
    QTest::addColumn<bool>("interim");

    const int none = int(BodyFraming::None);
    const int counted = int(BodyFraming::ContentLength);
    const int chunked = int(BodyFraming::Chunked);
    const int untilClose = int(BodyFraming::UntilClose);
    const int tunnel = int(BodyFraming::Tunnel);
    const QByteArray get("GET");
    QTest::newRow("Content-Length frames the body")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 12\r\n\r\n") << get << 200 << counted << qint64(12) << true << false;
    QTest::newRow("chunked frames the body")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n") << get << 200 << chunked << qint64(-1) << true
        << false;
    QTest::newRow("a final coding other than chunked runs until close")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n") << get << 200 << untilClose << qint64(-1)
        << false << false;
    QTest::newRow("no framing field runs until close")
        << QByteArray("HTTP/1.1 200 OK\r\n\r\n") << get << 200 << untilClose << qint64(-1) << false << false;
    QTest::newRow("Transfer-Encoding overrides Content-Length, connection not reused")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n") << get << 200 << chunked
        << qint64(-1) << false << false;
    QTest::newRow("identical Content-Length fields collapse")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\n") << get << 200 << counted
        << qint64(3) << true << false;
    QTest::newRow("204 has no body whatever it says")
        << QByteArray("HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n") << get << 204 << none << qint64(-1) << true
        << false;
    QTest::newRow("304 has no body")
        << QByteArray("HTTP/1.1 304 Not Modified\r\nContent-Length: 5000\r\n\r\n") << get << 304 << none << qint64(-1)
        << true << false;
    QTest::newRow("an answer to HEAD has no body")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n") << QByteArray("HEAD") << 200 << none
        << qint64(-1) << true << false;
    QTest::newRow("100 Continue is interim and has no body")
        << QByteArray("HTTP/1.1 100 Continue\r\n\r\n") << QByteArray("POST") << 100 << none << qint64(-1) << true << true;
    QTest::newRow("101 Switching Protocols starts a tunnel")
        << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n") << get << 101
        << tunnel << qint64(-1) << false << false;
    QTest::newRow("2xx to CONNECT starts a tunnel")
        << QByteArray("HTTP/1.1 200 Connection established\r\n\r\n") << QByteArray("CONNECT") << 200 << tunnel
        << qint64(-1) << false << false;
    QTest::newRow("407 to CONNECT has its body")
        << QByteArray("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\nContent-Length: 9\r\n\r\n")
        << QByteArray("CONNECT") << 407 << counted << qint64(9) << true << false;
    QTest::newRow("HTTP/1.0 does not persist by default")
        << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\n") << get << 200 << counted << qint64(1) << false << false;
    QTest::newRow("HTTP/1.0 persists with keep-alive")
        << QByteArray("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 1\r\n\r\n") << get << 200 << counted
        << qint64(1) << true << false;
    QTest::newRow("Connection: close")
        << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 1\r\n\r\n") << get << 200 << counted
        << qint64(1) << false << false;
    QTest::newRow("status line without reason or its space")
        << QByteArray("HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n") << get << 200 << counted << qint64(0) << true << false;
    QTest::newRow("reason with obs-text and tabs")
        << QByteArray("HTTP/1.1 404 Nicht\tgefunden \xc3\xa4\r\nContent-Length: 0\r\n\r\n") << get << 404 << counted
        << qint64(0) << true << false;
    QTest::newRow("status codes past 599")
        << QByteArray("HTTP/1.1 999 Request denied\r\nContent-Length: 0\r\n\r\n") << get << 999 << counted << qint64(0)
        << true << false;
}

void TestHttpResponseHead::framesBodiesAsRfc9112Says()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    QFETCH(int, framing);
    QFETCH(qint64, length);
    QFETCH(bool, keepAlive);
    QFETCH(bool, interim);

    const auto result = HttpResponseHead::parse(input, method);
    QVERIFY2(result.isComplete(), qPrintable(describe(result)));
    QCOMPARE(result.head().size(), input.size());
    QCOMPARE(result.head().statusCode(), status);
    QCOMPARE(int(result.head().framing()), framing);
    QCOMPARE(result.head().contentLength(), length);
    QCOMPARE(result.head().keepAlive(), keepAlive);
    QCOMPARE(result.head().isInterim(), interim);
    checkEverySplit(input, method);
}

void TestHttpResponseHead::answers502ToMalformedResponses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("offset");

    QTest::newRow("not a status line") << QByteArray("<html>\r\n\r\n") << "malformed status line" << 0;
    QTest::newRow("HTTP/2 status line") << QByteArray("HTTP/2.0 200 OK\r\n\r\n") << "unsupported HTTP version" << 0;
    QTest::newRow("no space after the version") << QByteArray("HTTP/1.1  200 OK\r\n\r\n") << "status code is not a number" << 9;
    QTest::newRow("status code with a letter") << QByteArray("HTTP/1.1 2o0 OK\r\n\r\n") << "not a number" << 10;
    QTest::newRow("four-digit status code") << QByteArray("HTTP/1.1 2000 OK\r\n\r\n") << "malformed status line" << 12;
    QTest::newRow("status code below 100") << QByteArray("HTTP/1.1 099 Odd\r\n\r\n") << "below 100" << 9;
    QTest::newRow("short status line") << QByteArray("HTTP/1.1 20\r\n\r\n") << "malformed status line" << 8;
    QTest::newRow("control byte in the reason") << QByteArray("HTTP/1.1 200 O\x01K\r\n\r\n") << "reason phrase" << 14;
    QTest::newRow("bare CR in the reason") << QByteArray("HTTP/1.1 200 O\rK\r\n\r\n") << "CR without LF" << 14;
    QTest::newRow("different Content-Length values")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n") << "different" << 52;
    QTest::newRow("Content-Length that is not a number")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\n") << "not a number" << 33;
    QTest::newRow("Content-Length checked even without a body")
        << QByteArray("HTTP/1.1 304 Not Modified\r\nContent-Length: 1x\r\n\r\n") << "not a number" << 43;
    QTest::newRow("Transfer-Encoding in HTTP/1.0")
        << QByteArray("HTTP/1.0 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n") << "HTTP/1.0" << 17;
    QTest::newRow("chunked twice") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked,chunked\r\n\r\n")
                                   << "chunked twice" << 44;
    QTest::newRow("space before colon") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length : 5\r\n\r\n")
                                        << "header line 1: space before colon" << 31;
    QTest::newRow("obs-fold") << QByteArray("HTTP/1.1 200 OK\r\nX: a\r\n\tb\r\n\r\n") << "obsolete line folding" << 23;
    QTest::newRow("NUL in a value") << bytes("HTTP/1.1 200 OK\r\nX: \0\r\n\r\n") << "control character 0x00" << 20;
}

void TestHttpResponseHead::answers502ToMalformedResponses()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, reason);
    QFETCH(int, offset);

    const auto result = HttpResponseHead::parse(input, "GET");
    QVERIFY2(result.isError(), qPrintable(describe(result)));
    QCOMPARE(result.error().status, 502);
    QVERIFY2(result.error().reason.contains(reason), qPrintable(result.error().reason));
    QCOMPARE(result.error().offset, qsizetype(offset));
    checkEverySplit(input, "GET");
}

void TestHttpResponseHead::limitsAreAnswered502()
{
    HttpHeadLimits limits;
    limits.maxHeadBytes = 64;
    limits.maxHeaderCount = 2;
    limits.maxStartLineBytes = 20;
    const auto large = HttpResponseHead::parse(QByteArray("HTTP/1.1 200 OK\r\nX: " + QByteArray(60, 'v')), "GET", limits);
    QVERIFY(large.isError());
    QCOMPARE(large.error().status, 502);
    QCOMPARE(large.error().offset, 63);
    const auto many = HttpResponseHead::parse(QByteArray("HTTP/1.1 200 OK\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n"), "GET", limits);
    QVERIFY(many.isError());
    QCOMPARE(many.error().status, 502);
    const auto longLine = HttpResponseHead::parse(QByteArray("HTTP/1.1 200 " + QByteArray(20, 'O')), "GET", limits);
    QVERIFY(longLine.isError());
    QCOMPARE(longLine.error().status, 502);
    QCOMPARE(longLine.error().offset, 20);
}

void TestHttpResponseHead::serializesForTheClient_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("passUpgrade");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("hop-by-hop fields and the upstream's Proxy-Authenticate are dropped")
        << QByteArray("HTTP/1.1 200 OK\r\nConnection: X-Hop, keep-alive\r\nX-Hop: 1\r\nKeep-Alive: timeout=5\r\n"
                      "Proxy-Authenticate: Basic realm=\"corp\"\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\n")
        << QByteArray("GET") << false
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\n");
    QTest::newRow("Content-Length is dropped when Transfer-Encoding frames the body")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n") << QByteArray("GET") << false
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
    QTest::newRow("identical Content-Length fields go out as one")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 3, 3\r\nContent-Length: 003\r\n\r\n") << QByteArray("GET") << false
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\n");
    QTest::newRow("a 304 keeps its Content-Length")
        << QByteArray("HTTP/1.1 304 Not Modified\r\nETag: \"x\"\r\nContent-Length: 5000\r\n\r\n") << QByteArray("GET") << false
        << QByteArray("HTTP/1.1 304 Not Modified\r\nETag: \"x\"\r\nContent-Length: 5000\r\n\r\n");
    QTest::newRow("a 101 passed through keeps Upgrade")
        << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                      "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n")
        << QByteArray("GET") << true
        << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                      "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\nConnection: upgrade\r\n\r\n");
    QTest::newRow("a status line without reason gets its space")
        << QByteArray("HTTP/1.0 200\nContent-Length: 0\n\n") << QByteArray("GET") << false
        << QByteArray("HTTP/1.0 200 \r\nContent-Length: 0\r\n\r\n");
}

void TestHttpResponseHead::serializesForTheClient()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, method);
    QFETCH(bool, passUpgrade);
    QFETCH(QByteArray, expected);

    const auto result = HttpResponseHead::parse(input, method);
    QVERIFY2(result.isComplete(), qPrintable(describe(result)));
    HttpForwardOptions options;
    options.passUpgrade = passUpgrade;
    const QByteArray out = result.head().serialize(options);
    QCOMPARE(out, expected);
    const auto again = HttpResponseHead::parse(out, method);
    QVERIFY2(again.isComplete(), qPrintable(describe(again)));
    QCOMPARE(again.head().statusCode(), result.head().statusCode());
    QCOMPARE(again.head().framing(), result.head().framing());
}

QTEST_GUILESS_MAIN(TestHttpResponseHead)
#include "tst_httpresponsehead.moc"
