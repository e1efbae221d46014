#include "httprequesthead.h"

#include <QTest>

namespace {

// Keeps NUL bytes, which a plain const char * would cut.
template<qsizetype N>
QByteArray bytes(const char (&text)[N])
{
    return QByteArray(text, N - 1);
}

QString describe(const HttpParseResult<HttpRequestHead> &result)
{
    if (result.needsMore())
        return QStringLiteral("need more");
    if (result.isError()) {
        return QStringLiteral("error %1 at %2: %3")
            .arg(result.error().status)
            .arg(result.error().offset)
            .arg(result.error().reason);
    }
    const HttpRequestHead &head = result.head();
    QString text = QStringLiteral("complete %1: %2 %3 form %4 host %5 port %6 path %7 HTTP/1.%8 framing %9")
                       .arg(head.size())
                       .arg(QString::fromLatin1(head.method()), QString::fromLatin1(head.target()))
                       .arg(int(head.targetForm()))
                       .arg(QString::fromLatin1(head.host()))
                       .arg(head.port())
                       .arg(QString::fromLatin1(head.path()))
                       .arg(head.minorVersion())
                       .arg(int(head.framing()));
    text += QStringLiteral(" length %1 keep-alive %2 websocket %3")
                .arg(head.contentLength())
                .arg(head.keepAlive())
                .arg(head.isWebSocketUpgrade());
    for (qsizetype i = 0; i < head.headers().size(); ++i) {
        text += QStringLiteral(" [%1: %2]").arg(QString::fromLatin1(head.headers().nameAt(i)),
                                                QString::fromLatin1(head.headers().valueAt(i)));
    }
    return text;
}

// The incremental property: whatever prefix of the input the engine holds when it calls parse(),
// the answer is "need more" or the answer for the whole input; resuming with the progress of any
// shorter prefix, or feeding byte by byte, changes nothing.
void checkEverySplit(const QByteArray &input, const HttpHeadLimits &limits = {})
{
    const QString whole = describe(HttpRequestHead::parse(input, limits));
    const QString needMore = QStringLiteral("need more");
    for (qsizetype k = 0; k <= input.size(); ++k) {
        const QByteArrayView prefix = QByteArrayView(input).first(k);
        const QString answer = describe(HttpRequestHead::parse(prefix, limits));
        QVERIFY2(answer == needMore || answer == whole,
                 qPrintable(QStringLiteral("prefix of %1 bytes: %2\nwhole: %3").arg(k).arg(answer, whole)));
        HttpHeadProgress progress;
        if (HttpRequestHead::parse(prefix, limits, &progress).needsMore()) {
            const QString resumed = describe(HttpRequestHead::parse(input, limits, &progress));
            QVERIFY2(resumed == whole,
                     qPrintable(QStringLiteral("resumed after %1 bytes: %2\nwhole: %3").arg(k).arg(resumed, whole)));
        }
    }
    HttpHeadProgress progress;
    QString last = needMore;
    for (qsizetype k = 1; k <= input.size() && last == needMore; ++k)
        last = describe(HttpRequestHead::parse(QByteArrayView(input).first(k), limits, &progress));
    QCOMPARE(last, whole);
}

using Form = HttpRequestHead::TargetForm;

} // namespace

class TestHttpRequestHead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidRequests_data();
    void parsesValidRequests();
    void rejectsMalformedRequests_data();
    void rejectsMalformedRequests();
    void answersNeedMoreUntilTheEmptyLine();
    void leavesTheBodyAfterTheHeadAlone();
    void enforcesLimitsAtTheExactByte_data();
    void enforcesLimitsAtTheExactByte();
    void defaultLimitsAre32KiBAnd100Fields();
    void looksUpFieldsCaseInsensitivelyKeepingOrderAndCase();
    void namesTheHopByHopFieldsToDrop();
    void serializesForTheNextHop_data();
    void serializesForTheNextHop();
    void serializedHeadParsesBackToTheSameRequest_data();
    void serializedHeadParsesBackToTheSameRequest();
};

void TestHttpRequestHead::parsesValidRequests_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("form");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("framing");
    QTest::addColumn<qint64>("length");
    QTest::addColumn<bool>("keepAlive");
    QTest::addColumn<bool>("webSocket");

    const int none = int(BodyFraming::None);
    const int counted = int(BodyFraming::ContentLength);
    const int chunked = int(BodyFraming::Chunked);
    QTest::newRow("absolute-form http defaults to port 80")
        << QByteArray("GET http://example.com/a/b?c=d HTTP/1.1\r\nHost: example.com\r\n\r\n") << int(Form::Absolute)
        << QByteArray("example.com") << 80 << QByteArray("/a/b?c=d") << none << qint64(-1) << true << false;
    QTest::newRow("absolute-form with an explicit port")
        << QByteArray("GET http://example.com:8080/ HTTP/1.1\r\nHost: example.com:8080\r\n\r\n") << int(Form::Absolute)
        << QByteArray("example.com") << 8080 << QByteArray("/") << none << qint64(-1) << true << false;
    QTest::newRow("absolute-form https defaults to 443")
        << QByteArray("GET https://example.com/ HTTP/1.1\r\n\r\n") << int(Form::Absolute)
        << QByteArray("example.com") << 443 << QByteArray("/") << none << qint64(-1) << true << false;
    QTest::newRow("absolute-form scheme is case-insensitive")
        << QByteArray("GET HTTP://Example.COM/x HTTP/1.1\r\n\r\n") << int(Form::Absolute)
        << QByteArray("Example.COM") << 80 << QByteArray("/x") << none << qint64(-1) << true << false;
    QTest::newRow("absolute-form without a path")
        << QByteArray("GET http://example.com HTTP/1.1\r\n\r\n") << int(Form::Absolute)
        << QByteArray("example.com") << 80 << QByteArray("") << none << qint64(-1) << true << false;
    QTest::newRow("absolute-form with a query but no path")
        << QByteArray("GET http://example.com?q=1 HTTP/1.1\r\n\r\n") << int(Form::Absolute)
        << QByteArray("example.com") << 80 << QByteArray("?q=1") << none << qint64(-1) << true << false;
    QTest::newRow("absolute-form empty port means the default")
        << QByteArray("GET http://example.com:/ HTTP/1.1\r\n\r\n") << int(Form::Absolute)
        << QByteArray("example.com") << 80 << QByteArray("/") << none << qint64(-1) << true << false;
    QTest::newRow("absolute-form IPv6 literal loses its brackets")
        << QByteArray("GET http://[2001:db8::1]:81/ HTTP/1.1\r\n\r\n") << int(Form::Absolute)
        << QByteArray("2001:db8::1") << 81 << QByteArray("/") << none << qint64(-1) << true << false;
    QTest::newRow("absolute-form ws scheme")
        << QByteArray("GET ws://chat.test/socket HTTP/1.1\r\n\r\n") << int(Form::Absolute)
        << QByteArray("chat.test") << 80 << QByteArray("/socket") << none << qint64(-1) << true << false;
    QTest::newRow("CONNECT takes authority-form host:443")
        << QByteArray("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n") << int(Form::Authority)
        << QByteArray("example.com") << 443 << QByteArray() << none << qint64(-1) << true << false;
    QTest::newRow("CONNECT to an IPv6 literal")
        << QByteArray("CONNECT [::1]:8443 HTTP/1.1\r\n\r\n") << int(Form::Authority)
        << QByteArray("::1") << 8443 << QByteArray() << none << qint64(-1) << true << false;
    QTest::newRow("CONNECT with Content-Length 0 has no body")
        << QByteArray("CONNECT a.test:443 HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << int(Form::Authority)
        << QByteArray("a.test") << 443 << QByteArray() << counted << qint64(0) << true << false;
    QTest::newRow("origin-form takes the host from Host")
        << QByteArray("GET /status HTTP/1.1\r\nHost: 127.0.0.1:3128\r\n\r\n") << int(Form::Origin)
        << QByteArray("127.0.0.1") << 3128 << QByteArray("/status") << none << qint64(-1) << true << false;
    QTest::newRow("origin-form Host without port means 80")
        << QByteArray("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n") << int(Form::Origin)
        << QByteArray("localhost") << 80 << QByteArray("/") << none << qint64(-1) << true << false;
    QTest::newRow("origin-form Host may be empty")
        << QByteArray("GET / HTTP/1.1\r\nHost:\r\n\r\n") << int(Form::Origin)
        << QByteArray() << 0 << QByteArray("/") << none << qint64(-1) << true << false;
    QTest::newRow("asterisk-form OPTIONS")
        << QByteArray("OPTIONS * HTTP/1.1\r\nHost: a.test\r\n\r\n") << int(Form::Asterisk)
        << QByteArray("a.test") << 80 << QByteArray("*") << none << qint64(-1) << true << false;
    QTest::newRow("HTTP/1.0 needs no Host and does not persist by default")
        << QByteArray("GET / HTTP/1.0\r\n\r\n") << int(Form::Origin)
        << QByteArray() << 0 << QByteArray("/") << none << qint64(-1) << false << false;
    QTest::newRow("HTTP/1.0 persists with Connection: keep-alive")
        << QByteArray("GET http://a.test/ HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n") << int(Form::Absolute)
        << QByteArray("a.test") << 80 << QByteArray("/") << none << qint64(-1) << true << false;
    QTest::newRow("HTTP/1.1 does not persist with Connection: close in a list")
        << QByteArray("GET http://a.test/ HTTP/1.1\r\nConnection: foo, CLOSE\r\nFoo: 1\r\n\r\n") << int(Form::Absolute)
        << QByteArray("a.test") << 80 << QByteArray("/") << none << qint64(-1) << false << false;
    QTest::newRow("Content-Length frames the body")
        << QByteArray("POST http://a.test/f HTTP/1.1\r\nContent-Length: 42\r\n\r\n") << int(Form::Absolute)
        << QByteArray("a.test") << 80 << QByteArray("/f") << counted << qint64(42) << true << false;
    QTest::newRow("identical Content-Length fields collapse into one")
        << QByteArray("POST http://a.test/ HTTP/1.1\r\nContent-Length: 7\r\ncontent-length: 7\r\n\r\n") << int(Form::Absolute)
        << QByteArray("a.test") << 80 << QByteArray("/") << counted << qint64(7) << true << false;
    QTest::newRow("a Content-Length list of one value collapses into it")
        << QByteArray("POST http://a.test/ HTTP/1.1\r\nContent-Length: 7, 07 ,7\r\n\r\n") << int(Form::Absolute)
        << QByteArray("a.test") << 80 << QByteArray("/") << counted << qint64(7) << true << false;
    QTest::newRow("Content-Length up to the largest qint64")
        << QByteArray("POST http://a.test/ HTTP/1.1\r\nContent-Length: 9223372036854775807\r\n\r\n") << int(Form::Absolute)
        << QByteArray("a.test") << 80 << QByteArray("/") << counted << qint64(9223372036854775807LL) << true << false;
    QTest::newRow("chunked frames the body")
        << QByteArray("POST http://a.test/ HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") << int(Form::Absolute)
        << QByteArray("a.test") << 80 << QByteArray("/") << chunked << qint64(-1) << true << false;
    QTest::newRow("gzip then chunked in two fields is chunked")
        << QByteArray("POST http://a.test/ HTTP/1.1\r\nTransfer-Encoding: gzip\r\nTransfer-Encoding: CHUNKED\r\n\r\n")
        << int(Form::Absolute) << QByteArray("a.test") << 80 << QByteArray("/") << chunked << qint64(-1) << true << false;
    QTest::newRow("bare LF ends lines")
        << QByteArray("GET http://a.test/ HTTP/1.1\nHost: a.test\n\n") << int(Form::Absolute)
        << QByteArray("a.test") << 80 << QByteArray("/") << none << qint64(-1) << true << false;
    QTest::newRow("empty lines before the request line are skipped")
        << QByteArray("\r\n\n\r\nGET http://a.test/ HTTP/1.1\r\n\r\n") << int(Form::Absolute)
        << QByteArray("a.test") << 80 << QByteArray("/") << none << qint64(-1) << true << false;
    QTest::newRow("WebSocket upgrade is recognised")
        << QByteArray("GET http://chat.test/ws HTTP/1.1\r\nHost: chat.test\r\nConnection: keep-alive, Upgrade\r\n"
                      "Upgrade: WebSocket\r\nSec-WebSocket-Version: 13\r\n\r\n")
        << int(Form::Absolute) << QByteArray("chat.test") << 80 << QByteArray("/ws") << none << qint64(-1) << true << true;
    QTest::newRow("Upgrade without Connection: upgrade is no WebSocket handshake")
        << QByteArray("GET http://chat.test/ws HTTP/1.1\r\nUpgrade: websocket\r\n\r\n")
        << int(Form::Absolute) << QByteArray("chat.test") << 80 << QByteArray("/ws") << none << qint64(-1) << true << false;
    QTest::newRow("a WebSocket handshake must be a GET")
        << QByteArray("POST http://chat.test/ws HTTP/1.1\r\nConnection: upgrade\r\nUpgrade: websocket\r\n\r\n")
        << int(Form::Absolute) << QByteArray("chat.test") << 80 << QByteArray("/ws") << none << qint64(-1) << true << false;
    QTest::newRow("field values may hold obs-text, tabs and nothing")
        << QByteArray("GET http://a.test/ HTTP/1.1\r\nX-Name: caf\xc3\xa9\tbar\r\nX-Empty:\r\nX-Blank: \t \r\n\r\n")
        << int(Form::Absolute) << QByteArray("a.test") << 80 << QByteArray("/") << none << qint64(-1) << true << false;
    QTest::newRow("target may hold obs-text and URI punctuation")
        << QByteArray("GET http://a.test/\xc3\xa9|{}?a=[1] HTTP/1.1\r\n\r\n") << int(Form::Absolute)
        << QByteArray("a.test") << 80 << QByteArray("/\xc3\xa9|{}?a=[1]") << none << qint64(-1) << true << false;
    QTest::newRow("underscores in internal host names")
        << QByteArray("GET http://svc_a.corp.internal/ HTTP/1.1\r\n\r\n") << int(Form::Absolute)
        << QByteArray("svc_a.corp.internal") << 80 << QByteArray("/") << none << qint64(-1) << true << false;
}

void TestHttpRequestHead::parsesValidRequests()
{
    QFETCH(QByteArray, input);
    QFETCH(int, form);
    QFETCH(QByteArray, host);
    QFETCH(int, port);
    QFETCH(QByteArray, path);
    QFETCH(int, framing);
    QFETCH(qint64, length);
    QFETCH(bool, keepAlive);
    QFETCH(bool, webSocket);

    const auto result = HttpRequestHead::parse(input);
    QVERIFY2(result.isComplete(), qPrintable(describe(result)));
    const HttpRequestHead &head = result.head();
    QCOMPARE(head.size(), input.size());
    QCOMPARE(int(head.targetForm()), form);
    QCOMPARE(head.host().toByteArray(), host);
    QCOMPARE(int(head.port()), port);
    QCOMPARE(head.path().toByteArray(), path);
    QCOMPARE(int(head.framing()), framing);
    QCOMPARE(head.contentLength(), length);
    QCOMPARE(head.keepAlive(), keepAlive);
    QCOMPARE(head.isWebSocketUpgrade(), webSocket);
    checkEverySplit(input);
}

void TestHttpRequestHead::rejectsMalformedRequests_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("offset");

    // Request line (RFC 9112 §3).
    QTest::newRow("space in the target")
        << QByteArray("GET /a b HTTP/1.1\r\n\r\n") << 400 << "space in the request target" << 6;
    QTest::newRow("two spaces after the method")
        << QByteArray("GET  / HTTP/1.1\r\n\r\n") << 400 << "space in the request target" << 4;
    QTest::newRow("empty target")
        << QByteArray("GET  HTTP/1.1\r\n\r\n") << 400 << "empty request target" << 4;
    QTest::newRow("NUL in the target")
        << bytes("GET /a\0b HTTP/1.1\r\n\r\n") << 400 << "control character 0x00 in the request target" << 6;
    QTest::newRow("tab in the target")
        << QByteArray("GET /a\tb HTTP/1.1\r\n\r\n") << 400 << "control character 0x09" << 6;
    QTest::newRow("DEL in the target")
        << QByteArray("GET /a\x7f HTTP/1.1\r\n\r\n") << 400 << "control character 0x7f" << 6;
    QTest::newRow("bare CR in the request line")
        << QByteArray("GET /a\rb HTTP/1.1\r\n\r\n") << 400 << "CR without LF" << 6;
    QTest::newRow("CR CR LF ends no line")
        << QByteArray("GET / HTTP/1.1\r\r\n\r\n") << 400 << "CR without LF" << 14;
    QTest::newRow("request line starting with a space")
        << QByteArray(" GET / HTTP/1.1\r\n\r\n") << 400 << "starts with a space" << 0;
    QTest::newRow("request line without spaces")
        << QByteArray("GET\r\n\r\n") << 400 << "no target" << 0;
    QTest::newRow("request line without version (HTTP/0.9)")
        << QByteArray("GET /\r\n\r\n") << 400 << "no HTTP version" << 5;
    QTest::newRow("invalid character in the method")
        << QByteArray("GE(T / HTTP/1.1\r\n\r\n") << 400 << "invalid character in the method" << 2;
    QTest::newRow("malformed version")
        << QByteArray("GET / HTTP/1\r\n\r\n") << 400 << "malformed HTTP version" << 6;
    QTest::newRow("version name is case-sensitive")
        << QByteArray("GET / http/1.1\r\n\r\n") << 400 << "malformed HTTP version" << 6;
    QTest::newRow("trailing space after the version")
        << QByteArray("GET / HTTP/1.1 \r\n\r\n") << 400 << "space in the request target" << 5;
    QTest::newRow("HTTP/2.0 is answered 505") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505 << "not supported" << 6;
    QTest::newRow("HTTP/1.2 is answered 505") << QByteArray("GET / HTTP/1.2\r\n\r\n") << 505 << "not supported" << 6;
    QTest::newRow("HTTP/0.9 is answered 505") << QByteArray("GET / HTTP/0.9\r\n\r\n") << 505 << "not supported" << 6;

    // Targets (RFC 9112 §3.2).
    QTest::newRow("CONNECT without a port")
        << QByteArray("CONNECT example.com HTTP/1.1\r\n\r\n") << 400 << "CONNECT needs host:port" << 19;
    QTest::newRow("CONNECT with an empty port")
        << QByteArray("CONNECT example.com: HTTP/1.1\r\n\r\n") << 400 << "CONNECT needs host:port" << 20;
    QTest::newRow("CONNECT with origin-form")
        << QByteArray("CONNECT / HTTP/1.1\r\n\r\n") << 400 << "not a URL or a path" << 8;
    QTest::newRow("CONNECT with absolute-form")
        << QByteArray("CONNECT http://a.test:443 HTTP/1.1\r\n\r\n") << 400 << "not a URL or a path" << 8;
    QTest::newRow("CONNECT with credentials")
        << QByteArray("CONNECT user:pw@a.test:443 HTTP/1.1\r\n\r\n") << 400 << "credentials" << 15;
    QTest::newRow("CONNECT to a bare IPv6 address")
        << QByteArray("CONNECT ::1:443 HTTP/1.1\r\n\r\n") << 400 << "empty host" << 8;
    QTest::newRow("CONNECT port over 65535")
        << QByteArray("CONNECT a.test:65536 HTTP/1.1\r\n\r\n") << 400 << "over 65535" << 15;
    QTest::newRow("CONNECT port 0")
        << QByteArray("CONNECT a.test:0 HTTP/1.1\r\n\r\n") << 400 << "port 0" << 15;
    QTest::newRow("CONNECT with a body")
        << QByteArray("CONNECT a.test:443 HTTP/1.1\r\nContent-Length: 5\r\n\r\n") << 400 << "CONNECT with a body" << 29;
    QTest::newRow("CONNECT with a chunked body")
        << QByteArray("CONNECT a.test:443 HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") << 400 << "CONNECT with a body" << 29;
    QTest::newRow("credentials in an absolute URL")
        << QByteArray("GET http://u:p@a.test/ HTTP/1.1\r\n\r\n") << 400 << "credentials" << 14;
    QTest::newRow("unsupported scheme")
        << QByteArray("GET ftp://a.test/ HTTP/1.1\r\n\r\n") << 400 << "unsupported URL scheme" << 4;
    QTest::newRow("absolute URL without //")
        << QByteArray("GET http:a.test/ HTTP/1.1\r\n\r\n") << 400 << "without //" << 9;
    QTest::newRow("absolute URL with an empty host")
        << QByteArray("GET http:///x HTTP/1.1\r\n\r\n") << 400 << "empty host" << 11;
    QTest::newRow("invalid character in the host")
        << QByteArray("GET http://a!b.test/ HTTP/1.1\r\n\r\n") << 400 << "invalid character in the host" << 12;
    QTest::newRow("percent-encoding in the host")
        << QByteArray("GET http://a%2eb/ HTTP/1.1\r\n\r\n") << 400 << "invalid character in the host" << 12;
    QTest::newRow("host name over 255 bytes")
        << QByteArray("GET http://" + QByteArray(256, 'a') + "/ HTTP/1.1\r\n\r\n") << 400 << "longer than 255" << 11;
    QTest::newRow("port that is not a number")
        << QByteArray("GET http://a.test:8o/ HTTP/1.1\r\n\r\n") << 400 << "port is not a number" << 19;
    QTest::newRow("IPv6 literal without its ]")
        << QByteArray("GET http://[::1/ HTTP/1.1\r\n\r\n") << 400 << "closing ]" << 11;
    QTest::newRow("invalid IPv6 literal")
        << QByteArray("GET http://[::g]/ HTTP/1.1\r\n\r\n") << 400 << "invalid IPv6 address" << 12;
    QTest::newRow("IPv6 literal with a zone id")
        << QByteArray("GET http://[fe80::1%25eth0]/ HTTP/1.1\r\n\r\n") << 400 << "invalid IPv6 address" << 12;
    QTest::newRow("IPv4 address in brackets")
        << QByteArray("GET http://[10.0.0.1]/ HTTP/1.1\r\n\r\n") << 400 << "invalid IPv6 address" << 12;
    QTest::newRow("characters after an IPv6 literal")
        << QByteArray("GET http://[::1]x/ HTTP/1.1\r\n\r\n") << 400 << "after the IPv6 address" << 16;
    QTest::newRow("asterisk-form with GET")
        << QByteArray("GET * HTTP/1.1\r\nHost: a\r\n\r\n") << 400 << "only for OPTIONS" << 4;
    QTest::newRow("target neither path nor URL")
        << QByteArray("GET example.com HTTP/1.1\r\n\r\n") << 400 << "neither a path nor an absolute URL" << 4;

    // Host (RFC 9112 §3.2).
    QTest::newRow("HTTP/1.1 origin-form without Host")
        << QByteArray("GET / HTTP/1.1\r\nAccept: */*\r\n\r\n") << 400 << "without Host" << 30;
    QTest::newRow("two Host fields")
        << QByteArray("GET http://a.test/ HTTP/1.1\r\nHost: a.test\r\nHost: b.test\r\n\r\n") << 400 << "several Host" << 43;
    QTest::newRow("Host with credentials")
        << QByteArray("GET / HTTP/1.1\r\nHost: u@a.test\r\n\r\n") << 400 << "invalid Host field" << 23;
    QTest::newRow("Host list")
        << QByteArray("GET / HTTP/1.1\r\nHost: a.test, b.test\r\n\r\n") << 400 << "invalid Host field" << 28;
    QTest::newRow("invalid Host beside an absolute target")
        << QByteArray("GET http://a.test/ HTTP/1.1\r\nHost: a b\r\n\r\n") << 400 << "invalid Host field" << 36;

    // Field lines (RFC 9112 §5).
    QTest::newRow("space before colon")
        << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX: 1\r\nContent-Length : 5\r\n\r\n") << 400
        << "header line 3: space before colon" << 45;
    QTest::newRow("tab before colon")
        << QByteArray("GET / HTTP/1.1\r\nTransfer-Encoding\t: chunked\r\n\r\n") << 400
        << "header line 1: space before colon" << 33;
    QTest::newRow("space inside a name")
        << QByteArray("GET / HTTP/1.1\r\nX Y: 1\r\n\r\n") << 400 << "invalid character in the name" << 17;
    QTest::newRow("obs-fold")
        << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX: 1\r\n  2\r\n\r\n") << 400 << "header line 3: obsolete line folding" << 31;
    QTest::newRow("whitespace before the first field")
        << QByteArray("GET / HTTP/1.1\r\n Host: a\r\n\r\n") << 400 << "header line 1: starts with whitespace" << 16;
    QTest::newRow("field line without colon")
        << QByteArray("GET / HTTP/1.1\r\nHost a\r\n\r\n") << 400 << "header line 1: no colon" << 16;
    QTest::newRow("empty field name")
        << QByteArray("GET / HTTP/1.1\r\n: a\r\n\r\n") << 400 << "header line 1: empty name" << 16;
    QTest::newRow("invalid character in a name")
        << QByteArray("GET / HTTP/1.1\r\nX\"Y: 1\r\n\r\n") << 400 << "invalid character in the name" << 17;
    QTest::newRow("NUL in a value")
        << bytes("GET / HTTP/1.1\r\nHost: a\0b\r\n\r\n") << 400 << "control character 0x00 in the value" << 23;
    QTest::newRow("control byte in a value")
        << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX: \x01\r\n\r\n") << 400 << "header line 2: control character 0x01" << 28;
    QTest::newRow("DEL in a value")
        << QByteArray("GET / HTTP/1.1\r\nX: a\x7f\r\n\r\n") << 400 << "control character 0x7f" << 20;
    QTest::newRow("bare CR in a value")
        << QByteArray("GET / HTTP/1.1\r\nX: a\rInjected: 1\r\n\r\n") << 400 << "CR without LF" << 20;

    // Body framing and request smuggling (RFC 9112 §6).
    QTest::newRow("Transfer-Encoding and Content-Length")
        << QByteArray("POST http://a.test/ HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n") << 400
        << "both Transfer-Encoding and Content-Length" << 49;
    QTest::newRow("Transfer-Encoding not ending with chunked")
        << QByteArray("POST http://a.test/ HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 400 << "does not end with chunked" << 30;
    QTest::newRow("chunked before gzip")
        << QByteArray("POST http://a.test/ HTTP/1.1\r\nTransfer-Encoding: chunked, gzip\r\n\r\n") << 400
        << "does not end with chunked" << 30;
    QTest::newRow("chunked twice in one field")
        << QByteArray("POST http://a.test/ HTTP/1.1\r\nTransfer-Encoding: chunked, chunked\r\n\r\n") << 400
        << "chunked twice" << 58;
    QTest::newRow("chunked twice in two fields")
        << QByteArray("POST http://a.test/ HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n")
        << 400 << "chunked twice" << 77;
    QTest::newRow("chunked with a parameter")
        << QByteArray("POST http://a.test/ HTTP/1.1\r\nTransfer-Encoding: chunked;q=1\r\n\r\n") << 400 << "no parameters" << 49;
    QTest::newRow("empty Transfer-Encoding")
        << QByteArray("POST http://a.test/ HTTP/1.1\r\nTransfer-Encoding: \r\n\r\n") << 400 << "empty Transfer-Encoding" << 30;
    QTest::newRow("Transfer-Encoding with a non-token coding")
        << QByteArray("POST http://a.test/ HTTP/1.1\r\nTransfer-Encoding: \"chunked\"\r\n\r\n") << 400 << "invalid coding" << 49;
    QTest::newRow("Transfer-Encoding in HTTP/1.0")
        << QByteArray("POST http://a.test/ HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n") << 400 << "HTTP/1.0" << 30;
    QTest::newRow("two different Content-Length fields")
        << QByteArray("POST http://a.test/ HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n") << 400
        << "different Content-Length" << 65;
    QTest::newRow("Content-Length list with different values")
        << QByteArray("POST http://a.test/ HTTP/1.1\r\nContent-Length: 5, 6\r\n\r\n") << 400 << "different Content-Length" << 48;
    QTest::newRow("Content-Length with a letter")
        << QByteArray("POST http://a.test/ HTTP/1.1\r\nContent-Length: 12a\r\n\r\n") << 400 << "not a number" << 46;
    QTest::newRow("negative Content-Length")
        << QByteArray("POST http://a.test/ HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400 << "not a number" << 46;
    QTest::newRow("Content-Length with a plus sign")
        << QByteArray("POST http://a.test/ HTTP/1.1\r\nContent-Length: +5\r\n\r\n") << 400 << "not a number" << 46;
    QTest::newRow("hexadecimal Content-Length")
        << QByteArray("POST http://a.test/ HTTP/1.1\r\nContent-Length: 0x10\r\n\r\n") << 400 << "not a number" << 46;
    QTest::newRow("Content-Length past qint64")
        << QByteArray("POST http://a.test/ HTTP/1.1\r\nContent-Length: 9223372036854775808\r\n\r\n") << 400 << "too large" << 46;
    QTest::newRow("empty Content-Length")
        << QByteArray("POST http://a.test/ HTTP/1.1\r\nContent-Length:\r\n\r\n") << 400 << "empty Content-Length" << 45;
    QTest::newRow("Content-Length list with an empty element")
        << QByteArray("POST http://a.test/ HTTP/1.1\r\nContent-Length: 5,\r\n\r\n") << 400 << "empty Content-Length" << 48;
}

void TestHttpRequestHead::rejectsMalformedRequests()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(int, offset);

    const auto result = HttpRequestHead::parse(input);
    QVERIFY2(result.isError(), qPrintable(describe(result)));
    QCOMPARE(result.error().status, status);
    QVERIFY2(result.error().reason.contains(reason), qPrintable(result.error().reason));
    QCOMPARE(result.error().offset, qsizetype(offset));
    checkEverySplit(input);
}

void TestHttpRequestHead::answersNeedMoreUntilTheEmptyLine()
{
    const QByteArray head("GET http://a.test/ HTTP/1.1\r\nHost: a.test\r\n\r\n");
    for (qsizetype k = 0; k < head.size(); ++k)
        QVERIFY2(HttpRequestHead::parse(QByteArrayView(head).first(k)).needsMore(), qPrintable(QString::number(k)));
    QVERIFY(HttpRequestHead::parse(head).isComplete());
}

void TestHttpRequestHead::leavesTheBodyAfterTheHeadAlone()
{
    const QByteArray head("POST http://a.test/ HTTP/1.1\r\nContent-Length: 5\r\n\r\n");
    const auto result = HttpRequestHead::parse(QByteArray(head + "hello\r\n\r\nGET / HTTP/1.1\r\n\r\n"));
    QVERIFY(result.isComplete());
    QCOMPARE(result.head().size(), head.size());
    QCOMPARE(result.head().contentLength(), 5);
}

void TestHttpRequestHead::enforcesLimitsAtTheExactByte_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("maxHead");
    QTest::addColumn<int>("maxCount");
    QTest::addColumn<int>("maxLine");
    QTest::addColumn<int>("status"); // 0: complete
    QTest::addColumn<int>("offset");

    const QByteArray line("GET http://a.test/ HTTP/1.1\r\n"); // 29 bytes, 28 before the LF
    const QByteArray fields("A: 1\r\nB: 2\r\n\r\n");        // 14 bytes, 2 fields
    QTest::newRow("head of exactly the limit") << line + fields << 43 << 100 << 100 << 0 << 0;
    QTest::newRow("head one byte over the limit") << line + fields << 42 << 100 << 100 << 431 << 41;
    QTest::newRow("head over the limit before its end arrives") << line + "A: 1\r\n" << 30 << 100 << 100 << 431 << 29;
    QTest::newRow("request line of exactly the limit") << line + fields << 1000 << 100 << 28 << 0 << 0;
    QTest::newRow("request line one byte over the limit") << line + fields << 1000 << 100 << 27 << 414 << 27;
    QTest::newRow("request line over the limit before its LF arrives") << line.first(20) << 1000 << 100 << 10 << 414 << 10;
    QTest::newRow("request line with bare LF may use the whole limit") << QByteArray("GET http://a.test/ HTTP/1.1\n\n")
                                                                      << 1000 << 100 << 27 << 0 << 0;
    QTest::newRow("leading empty lines do not count toward the request line") << "\r\n\r\n" + line + fields << 1000
                                                                             << 100 << 28 << 0 << 0;
    QTest::newRow("a long request line is 414 even past the head limit") << line + fields << 20 << 100 << 10 << 414 << 10;
    QTest::newRow("the head limit comes first when it is hit first") << "\r\n\r\n\r\n" + line << 8 << 100 << 10 << 431 << 7;
    QTest::newRow("header count at the limit") << line + fields << 1000 << 2 << 100 << 0 << 0;
    QTest::newRow("header count over the limit") << line + fields << 1000 << 1 << 100 << 431 << 35;
}

void TestHttpRequestHead::enforcesLimitsAtTheExactByte()
{
    QFETCH(QByteArray, input);
    QFETCH(int, maxHead);
    QFETCH(int, maxCount);
    QFETCH(int, maxLine);
    QFETCH(int, status);
    QFETCH(int, offset);

    HttpHeadLimits limits;
    limits.maxHeadBytes = maxHead;
    limits.maxHeaderCount = maxCount;
    limits.maxStartLineBytes = maxLine;
    const auto result = HttpRequestHead::parse(input, limits);
    if (status == 0) {
        QVERIFY2(result.isComplete(), qPrintable(describe(result)));
    } else {
        QVERIFY2(result.isError(), qPrintable(describe(result)));
        QCOMPARE(result.error().status, status);
        QCOMPARE(result.error().offset, qsizetype(offset));
    }
    checkEverySplit(input, limits);
}

void TestHttpRequestHead::defaultLimitsAre32KiBAnd100Fields()
{
    const QByteArray line("GET http://a.test/ HTTP/1.1\r\n");
    QByteArray hundred = line;
    for (int i = 0; i < 100; ++i)
        hundred += "X-" + QByteArray::number(i) + ": v\r\n";
    QVERIFY(HttpRequestHead::parse(QByteArray(hundred + "\r\n")).isComplete());
    const auto tooMany = HttpRequestHead::parse(QByteArray(hundred + "X-Last: v\r\n\r\n"));
    QVERIFY(tooMany.isError());
    QCOMPARE(tooMany.error().status, 431);
    QCOMPARE(tooMany.error().offset, hundred.size());

    // 32 KiB with the final empty line fits; one more byte does not, and is refused before the
    // head's end arrives.
    const QByteArray start = line + "X-Big: ";
    const QByteArray fits = start + QByteArray(32 * 1024 - start.size() - 4, 'v') + "\r\n\r\n";
    QCOMPARE(fits.size(), 32 * 1024);
    QVERIFY(HttpRequestHead::parse(fits).isComplete());
    const QByteArray over = start + QByteArray(32 * 1024 - start.size() - 3, 'v') + "\r\n\r\n";
    QVERIFY(HttpRequestHead::parse(QByteArrayView(over).first(32 * 1024 - 1)).needsMore());
    QVERIFY(HttpRequestHead::parse(QByteArrayView(over).first(32 * 1024)).isError());
    const auto tooLarge = HttpRequestHead::parse(over);
    QVERIFY(tooLarge.isError());
    QCOMPARE(tooLarge.error().status, 431);
    QCOMPARE(tooLarge.error().offset, 32 * 1024 - 1);

    const QByteArray longLine = "GET http://a.test/" + QByteArray(9000, 'a');
    const auto tooLong = HttpRequestHead::parse(longLine);
    QVERIFY(tooLong.isError());
    QCOMPARE(tooLong.error().status, 414);
    QCOMPARE(tooLong.error().offset, 8 * 1024);
}

void TestHttpRequestHead::looksUpFieldsCaseInsensitivelyKeepingOrderAndCase()
{
    const auto result = HttpRequestHead::parse(QByteArray("GET http://a.test/ HTTP/1.1\r\nHOST: a.test\r\nx-Custom:  one \r\n"
                                                          "Accept: */*\r\nX-CUSTOM:two\r\nVia: 1.1 a, 1.1 b\r\n\r\n"));
    QVERIFY(result.isComplete());
    const HttpHeaderFields &fields = result.head().headers();
    QCOMPARE(fields.size(), 5);
    QCOMPARE(fields.nameAt(1).toByteArray(), QByteArray("x-Custom"));
    QCOMPARE(fields.valueAt(1).toByteArray(), QByteArray("one"));
    QCOMPARE(fields.nameAt(3).toByteArray(), QByteArray("X-CUSTOM"));
    QCOMPARE(fields.value("X-custom").toByteArray(), QByteArray("one"));
    QCOMPARE(fields.count("x-custom"), 2);
    QCOMPARE(fields.indexOf("x-custom", 2), 3);
    QCOMPARE(fields.value("host").toByteArray(), QByteArray("a.test"));
    QVERIFY(fields.value("missing").isNull());
    QVERIFY(fields.hasToken("via", "1.1 B"));
    QVERIFY(!fields.hasToken("via", "1.1"));
    QCOMPARE(fields.offsetAt(0), 29);
}

void TestHttpRequestHead::namesTheHopByHopFieldsToDrop()
{
    const auto result = HttpRequestHead::parse(QByteArray(
        "GET http://a.test/ HTTP/1.1\r\nHost: a.test\r\nConnection: X-Hop, keep-alive, Content-Length, Upgrade\r\n"
        "X-Hop: 1\r\nProxy-Connection: keep-alive\r\nKeep-Alive: 300\r\nTE: trailers\r\nTrailer: Expires\r\n"
        "Upgrade: websocket\r\nProxy-Authorization: Basic dTpw\r\nX-End: 1\r\nContent-Length: 0\r\n\r\n"));
    QVERIFY(result.isComplete());
    const auto names = [&](const HttpForwardOptions &options) {
        QList<QByteArray> list;
        for (QByteArrayView name : result.head().headers().hopByHopNames(options))
            list.append(name.toByteArray());
        return list;
    };
    // Content-Length is named by Connection but never dropped: that would smuggle the body.
    QCOMPARE(names({}), (QList<QByteArray>{"Connection", "X-Hop", "Proxy-Connection", "Keep-Alive", "TE", "Trailer",
                                           "Upgrade", "Proxy-Authorization"}));
    HttpForwardOptions upgrade;
    upgrade.passUpgrade = true;
    QCOMPARE(names(upgrade), (QList<QByteArray>{"Connection", "X-Hop", "Proxy-Connection", "Keep-Alive", "TE", "Trailer",
                                                "Proxy-Authorization"}));
}

void TestHttpRequestHead::serializesForTheNextHop_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("absolute");
    QTest::addColumn<bool>("passUpgrade");
    QTest::addColumn<int>("persistence");
    QTest::addColumn<bool>("keepTransferEncoding");
    QTest::addColumn<QByteArray>("extra"); // "Name: value", or empty
    QTest::addColumn<QByteArray>("expected");

    const int unspecified = int(HttpForwardOptions::Persistence::Unspecified);
    const int close = int(HttpForwardOptions::Persistence::Close);
    const int keepAlive = int(HttpForwardOptions::Persistence::KeepAlive);
    const QByteArray hops("Connection: X-Hop, close\r\nX-Hop: 1\r\nProxy-Connection: keep-alive\r\nKeep-Alive: 300\r\n"
                          "TE: trailers\r\nTrailer: Expires\r\nUpgrade: h2c\r\nProxy-Authorization: Basic dTpw\r\n");
    QTest::newRow("direct: origin-form, Host from the target, hop-by-hop dropped")
        << QByteArray("GET http://A.test:80/p?q HTTP/1.1\r\nAccept: */*\r\nHost: other\r\n" + hops + "X-End: 1\r\n\r\n")
        << false << false << unspecified << true << QByteArray()
        << QByteArray("GET /p?q HTTP/1.1\r\nHost: A.test\r\nAccept: */*\r\nX-End: 1\r\n\r\n");
    QTest::newRow("upstream proxy: absolute-form and Proxy-Authorization added")
        << QByteArray("GET http://a.test:8080/p HTTP/1.1\r\nProxy-Authorization: Basic Y2xpZW50\r\nAccept: */*\r\n\r\n")
        << true << false << keepAlive << true << QByteArray("Proxy-Authorization: Basic dXBzdHJlYW0=")
        << QByteArray("GET http://a.test:8080/p HTTP/1.1\r\nHost: a.test:8080\r\nAccept: */*\r\n"
                      "Connection: keep-alive\r\nProxy-Authorization: Basic dXBzdHJlYW0=\r\n\r\n");
    QTest::newRow("direct: an empty path becomes /")
        << QByteArray("GET http://a.test HTTP/1.1\r\n\r\n") << false << false << unspecified << true << QByteArray()
        << QByteArray("GET / HTTP/1.1\r\nHost: a.test\r\n\r\n");
    QTest::newRow("direct: a query without a path gets its /")
        << QByteArray("GET http://a.test?x=1 HTTP/1.1\r\n\r\n") << false << false << unspecified << true << QByteArray()
        << QByteArray("GET /?x=1 HTTP/1.1\r\nHost: a.test\r\n\r\n");
    QTest::newRow("upstream proxy: an empty path stays empty")
        << QByteArray("GET http://a.test HTTP/1.1\r\n\r\n") << true << false << unspecified << true << QByteArray()
        << QByteArray("GET http://a.test HTTP/1.1\r\nHost: a.test\r\n\r\n");
    QTest::newRow("https default port is left out, a scheme is lower-cased")
        << QByteArray("GET HTTPS://a.test:443/ HTTP/1.1\r\n\r\n") << true << false << unspecified << true << QByteArray()
        << QByteArray("GET https://a.test/ HTTP/1.1\r\nHost: a.test\r\n\r\n");
    QTest::newRow("IPv6 host keeps its brackets")
        << QByteArray("GET http://[::1]:8080/ HTTP/1.1\r\n\r\n") << false << false << unspecified << true << QByteArray()
        << QByteArray("GET / HTTP/1.1\r\nHost: [::1]:8080\r\n\r\n");
    QTest::newRow("CONNECT to an upstream proxy keeps authority-form")
        << QByteArray("CONNECT a.test:443 HTTP/1.1\r\nHost: a.test:443\r\nUser-Agent: curl\r\n"
                      "Proxy-Connection: Keep-Alive\r\n\r\n")
        << true << false << unspecified << true << QByteArray("Proxy-Authorization: Basic dXBzdHJlYW0=")
        << QByteArray("CONNECT a.test:443 HTTP/1.1\r\nHost: a.test:443\r\nUser-Agent: curl\r\n"
                      "Proxy-Authorization: Basic dXBzdHJlYW0=\r\n\r\n");
    QTest::newRow("identical Content-Length fields go out as one")
        << QByteArray("POST http://a.test/ HTTP/1.1\r\ncontent-length: 05\r\nX: 1\r\nContent-Length: 5, 5\r\n\r\n")
        << false << false << unspecified << true << QByteArray()
        << QByteArray("POST / HTTP/1.1\r\nHost: a.test\r\ncontent-length: 5\r\nX: 1\r\n\r\n");
    QTest::newRow("Connection cannot drop Content-Length or Transfer-Encoding")
        << QByteArray("POST http://a.test/ HTTP/1.1\r\nConnection: Content-Length, Host\r\nContent-Length: 3\r\n\r\n")
        << false << false << unspecified << true << QByteArray()
        << QByteArray("POST / HTTP/1.1\r\nHost: a.test\r\nContent-Length: 3\r\n\r\n");
    QTest::newRow("Connection cannot drop Transfer-Encoding")
        << QByteArray("POST http://a.test/ HTTP/1.1\r\nConnection: transfer-encoding\r\nTransfer-Encoding: chunked\r\n\r\n")
        << false << false << unspecified << true << QByteArray()
        << QByteArray("POST / HTTP/1.1\r\nHost: a.test\r\nTransfer-Encoding: chunked\r\n\r\n");
    QTest::newRow("re-framing drops Transfer-Encoding")
        << QByteArray("POST http://a.test/ HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
        << false << false << unspecified << false << QByteArray("Content-Length: 10")
        << QByteArray("POST / HTTP/1.1\r\nHost: a.test\r\nContent-Length: 10\r\n\r\n");
    QTest::newRow("a WebSocket handshake keeps Upgrade and says so in Connection")
        << QByteArray("GET http://chat.test/ws HTTP/1.1\r\nHost: chat.test\r\nConnection: Upgrade, keep-alive\r\n"
                      "Upgrade: websocket\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n")
        << false << true << unspecified << true << QByteArray()
        << QByteArray("GET /ws HTTP/1.1\r\nHost: chat.test\r\nUpgrade: websocket\r\n"
                      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nConnection: upgrade\r\n\r\n");
    QTest::newRow("the engine's Connection: close")
        << QByteArray("GET http://a.test/ HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        << false << false << close << true << QByteArray()
        << QByteArray("GET / HTTP/1.0\r\nHost: a.test\r\nConnection: close\r\n\r\n");
    QTest::newRow("origin-form keeps the received Host")
        << QByteArray("GET /status HTTP/1.1\r\nAccept: */*\r\nhost: Engine:3128\r\n\r\n")
        << false << false << unspecified << true << QByteArray()
        << QByteArray("GET /status HTTP/1.1\r\nhost: Engine:3128\r\nAccept: */*\r\n\r\n");
    QTest::newRow("origin-form to an upstream proxy is made absolute from Host")
        << QByteArray("GET /x HTTP/1.1\r\nHost: a.test:81\r\n\r\n")
        << true << false << unspecified << true << QByteArray()
        << QByteArray("GET http://a.test:81/x HTTP/1.1\r\nHost: a.test:81\r\n\r\n");
    // Target and Host as an absolute-form request forwarded again would write them (found by
    // tests/fuzz/fuzz_httphead): Host's spelling, an empty or default port.
    QTest::newRow("origin-form made absolute: Host as for an absolute-form target")
        << QByteArray("GET /x HTTP/1.1\r\nHOst: a.test\r\n\r\n")
        << true << false << unspecified << true << QByteArray()
        << QByteArray("GET http://a.test/x HTTP/1.1\r\nHost: a.test\r\n\r\n");
    QTest::newRow("origin-form made absolute: empty port")
        << QByteArray("GET /x HTTP/1.1\r\nHost: a.test:\r\n\r\n")
        << true << false << unspecified << true << QByteArray()
        << QByteArray("GET http://a.test/x HTTP/1.1\r\nHost: a.test\r\n\r\n");
    QTest::newRow("origin-form made absolute: default port")
        << QByteArray("GET /x HTTP/1.1\r\nHost: [::1]:80\r\n\r\n")
        << true << false << unspecified << true << QByteArray()
        << QByteArray("GET http://[::1]/x HTTP/1.1\r\nHost: [::1]\r\n\r\n");
    QTest::newRow("upstream proxy: a ws:// handshake goes as http://, Upgrade kept")
        << QByteArray("GET ws://chat.test/socket HTTP/1.1\r\nHost: chat.test\r\nConnection: Upgrade\r\n"
                      "Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\n\r\n")
        << true << true << unspecified << true << QByteArray()
        << QByteArray("GET http://chat.test/socket HTTP/1.1\r\nHost: chat.test\r\nUpgrade: websocket\r\n"
                      "Sec-WebSocket-Version: 13\r\nConnection: upgrade\r\n\r\n");
    QTest::newRow("bare LF heads go out with CRLF")
        << QByteArray("GET http://a.test/ HTTP/1.1\nX: 1\n\n")
        << false << false << unspecified << true << QByteArray()
        << QByteArray("GET / HTTP/1.1\r\nHost: a.test\r\nX: 1\r\n\r\n");
}

void TestHttpRequestHead::serializesForTheNextHop()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, absolute);
    QFETCH(bool, passUpgrade);
    QFETCH(int, persistence);
    QFETCH(bool, keepTransferEncoding);
    QFETCH(QByteArray, extra);
    QFETCH(QByteArray, expected);

    const auto result = HttpRequestHead::parse(input);
    QVERIFY2(result.isComplete(), qPrintable(describe(result)));
    HttpForwardOptions options;
    options.targetForm = absolute ? HttpForwardOptions::TargetForm::Absolute : HttpForwardOptions::TargetForm::Origin;
    options.passUpgrade = passUpgrade;
    options.persistence = HttpForwardOptions::Persistence(persistence);
    options.keepTransferEncoding = keepTransferEncoding;
    if (!extra.isEmpty()) {
        const qsizetype colon = extra.indexOf(':');
        options.extraFields.append({extra.first(colon), extra.sliced(colon + 2)});
    }
    QCOMPARE(result.head().serialize(options), expected);
}

void TestHttpRequestHead::serializedHeadParsesBackToTheSameRequest_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("absolute-form") << QByteArray("GET http://a.test:81/p?q HTTP/1.1\r\nA: 1\r\nB:2 \r\nA: 3\r\n\r\n");
    QTest::newRow("authority-form") << QByteArray("CONNECT [::1]:443 HTTP/1.1\r\nUser-Agent: x\r\n\r\n");
    QTest::newRow("chunked upload") << QByteArray("POST http://a.test/ HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n");
    QTest::newRow("collapsed length") << QByteArray("PUT http://a.test/ HTTP/1.0\r\nContent-Length: 3,3\r\n\r\n");
}

void TestHttpRequestHead::serializedHeadParsesBackToTheSameRequest()
{
    QFETCH(QByteArray, input);
    const auto first = HttpRequestHead::parse(input);
    QVERIFY(first.isComplete());
    for (const auto form : {HttpForwardOptions::TargetForm::Origin, HttpForwardOptions::TargetForm::Absolute}) {
        HttpForwardOptions options;
        options.targetForm = form;
        const QByteArray out = first.head().serialize(options);
        const auto again = HttpRequestHead::parse(out);
        QVERIFY2(again.isComplete(), qPrintable(describe(again)));
        QCOMPARE(again.head().size(), out.size());
        QCOMPARE(again.head().method(), first.head().method());
        QCOMPARE(again.head().host(), first.head().host());
        QCOMPARE(again.head().port(), first.head().port());
        QCOMPARE(again.head().framing(), first.head().framing());
        QCOMPARE(again.head().contentLength(), first.head().contentLength());
        QCOMPARE(again.head().serialize(options), out);
    }
}

QTEST_GUILESS_MAIN(TestHttpRequestHead)
#include "tst_httprequesthead.moc"
