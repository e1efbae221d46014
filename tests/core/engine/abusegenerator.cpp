#include "abusegenerator.h"

#include "originserver.h"

AbuseGenerator::AbuseGenerator(quint32 seed, quint16 originPort)
    : m_random(seed), m_authority("127.0.0.1:" + QByteArray::number(originPort))
{
}

Abuse AbuseGenerator::next(qsizetype index)
{
    Abuse a;
    a.kind = Kind(index % KindCount);
    switch (a.kind) {
    case Kind::Garbage: garbage(a); break;
    case Kind::LongRequestLine: longRequestLine(a); break;
    case Kind::LargeHeaderSection: largeHeaderSection(a); break;
    case Kind::TooManyFields: tooManyFields(a); break;
    case Kind::BadRequestLine: badRequestLine(a); break;
    case Kind::BadVersion: badVersion(a); break;
    case Kind::BadPort: badPort(a); break;
    case Kind::ForbiddenPort: forbiddenPort(a); break;
    case Kind::Injection: injection(a); break;
    case Kind::Smuggling: smuggling(a); break;
    case Kind::AsteriskForm: asteriskForm(a); break;
    case Kind::BareLf: bareLf(a); break;
    case Kind::UnknownMethod: unknownMethod(a); break;
    case Kind::Count: break;
    }
    return a;
}

QByteArray AbuseGenerator::request(const QByteArray &method, const QByteArray &target, const QByteArray &fields,
                                   const QByteArray &version) const
{
    return method + ' ' + target + ' ' + version + "\r\n" + host() + fields + "\r\n";
}

QByteArray AbuseGenerator::token(int size)
{
    static constexpr QByteArrayView chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+-.^_`|~";
    QByteArray out;
    for (int i = 0; i < size; ++i)
        out += chars[pick(int(chars.size()))];
    return out;
}

void AbuseGenerator::garbage(Abuse &a)
{
    // Bytes that never become a request line; the empty line at the end makes every one
    // decidable at once (without it, the engine waits for the rest of the head: 408 later).
    QByteArray bytes(between(1, 600), Qt::Uninitialized);
    for (char &c : bytes)
        c = char(pick(256));
    if (bytes[0] == '\r' || bytes[0] == '\n')
        bytes[0] = '\x01';
    a.request = bytes + "\r\n\r\n";
    a.status = 400;
}

void AbuseGenerator::longRequestLine(Abuse &a)
{
    if (pick(2) == 0)
        a.request = request("GET", url('/' + QByteArray(between(8200, 24000), 'a')));
    else
        a.request = "CONNECT " + QByteArray(between(8200, 12000), 'h') + ":443 HTTP/1.1\r\n\r\n";
    a.status = 414;
    a.needle = QStringLiteral("request line longer than 8192 bytes");
}

void AbuseGenerator::largeHeaderSection(Abuse &a)
{
    QByteArray fields;
    if (pick(2) == 0) {
        fields = "X-Big: " + QByteArray(between(32800, 40000), 'b') + "\r\n";
    } else {
        for (int i = 0, n = between(40, 90); i < n; ++i)
            fields += "X-Pad-" + QByteArray::number(i) + ": " + QByteArray(1000, 'p') + "\r\n";
    }
    a.request = request("GET", url("/bytes/10"), fields);
    a.status = 431;
    a.needle = QStringLiteral("header section larger than 32768 bytes");
}

void AbuseGenerator::tooManyFields(Abuse &a)
{
    QByteArray fields;
    for (int i = 0, n = between(101, 250); i < n; ++i)
        fields += "X-F-" + QByteArray::number(i) + ": v\r\n";
    a.request = request("GET", url("/bytes/10"), fields);
    a.status = 431;
    a.needle = QStringLiteral("more than 100 header fields");
}

void AbuseGenerator::badRequestLine(Abuse &a)
{
    a.status = 400;
    const QByteArray target = url("/bytes/10");
    switch (pick(12)) {
    case 0: {
        // A method with one byte that is not a tchar (RFC 9110 §5.6.2).
        static constexpr QByteArrayView forbidden("()<>@,;:\\\"/[]?={}\x01\x7f\xc3\xff\t\0", 23);
        QByteArray method = token(between(1, 8));
        method.insert(pick(int(method.size()) + 1), forbidden[pick(int(forbidden.size()))]);
        a.request = request(method, target);
        a.needle = QStringLiteral("invalid character in the method");
        break;
    }
    case 1:
        a.request = ' ' + request("GET", target);
        a.needle = QStringLiteral("request line starts with a space");
        break;
    case 2:
        a.request = request("GET ", target);
        a.needle = QStringLiteral("space in the request target");
        break;
    case 3:
        a.request = "GET\r\n" + host() + "\r\n";
        a.needle = QStringLiteral("request line has no target");
        break;
    case 4:
        a.request = "GET " + target + "\r\n" + host() + "\r\n";
        a.needle = QStringLiteral("request line has no HTTP version");
        break;
    case 5:
        a.request = "GET  HTTP/1.1\r\n" + host() + "\r\n";
        a.needle = QStringLiteral("empty request target");
        break;
    case 6:
        a.request = request("GET", "example.com/x");
        a.needle = QStringLiteral("neither a path nor an absolute URL");
        break;
    case 7:
        a.request = request("GET", "ftp://" + m_authority + "/x");
        a.needle = QStringLiteral("unsupported URL scheme");
        break;
    case 8:
        a.request = request("GET", "https://" + m_authority + "/x");
        a.needle = QStringLiteral("Send https:// URLs through CONNECT");
        break;
    case 9:
        a.request = request("GET", "http://user:pw@" + m_authority + "/x");
        a.needle = QStringLiteral("credentials in the URL are not allowed");
        break;
    case 10:
        a.request = request("GET", "http://ex%61mple.com/x");
        a.needle = QStringLiteral("invalid character in the host");
        break;
    default:
        a.request = "GET /status HTTP/1.1\r\n\r\n";
        a.needle = QStringLiteral("HTTP/1.1 request without Host");
        break;
    }
}

void AbuseGenerator::badVersion(Abuse &a)
{
    static constexpr std::array<const char *, 5> unsupported = {"HTTP/2.0", "HTTP/1.2", "HTTP/0.9", "HTTP/3.0", "HTTP/9.9"};
    static constexpr std::array<const char *, 9> malformed = {"http/1.1", "HTTP/1.10", "HTTP/11",  "HTTP/1,1", "HTTPS/1.1",
                                                              "HTTP/1.",  "HTTP/a.b",  "HTTP/1.1x", "HTTP1.1"};
    if (pick(2) == 0) {
        a.request = request("GET", url("/bytes/10"), {}, oneOf(unsupported));
        a.status = 505;
        a.needle = QStringLiteral("HTTP version not supported");
    } else {
        a.request = request("GET", url("/bytes/10"), {}, oneOf(malformed));
        a.status = 400;
        a.needle = QStringLiteral("malformed HTTP version");
    }
}

void AbuseGenerator::badPort(Abuse &a)
{
    a.status = 400;
    const QByteArray over = QByteArray::number(between(65536, 999999));
    struct Shape
    {
        QByteArray request;
        const char *needle;
    };
    const std::array<Shape, 18> shapes = {{
        {"CONNECT 127.0.0.1:0 HTTP/1.1\r\n\r\n", "port 0"},
        {"CONNECT 127.0.0.1:" + over + " HTTP/1.1\r\n\r\n", "port is over 65535"},
        {"CONNECT 127.0.0.1:-1 HTTP/1.1\r\n\r\n", "port is not a number"},
        {"CONNECT 127.0.0.1:abc HTTP/1.1\r\n\r\n", "port is not a number"},
        {"CONNECT 127.0.0.1:443a HTTP/1.1\r\n\r\n", "port is not a number"},
        {"CONNECT 127.0.0.1:+443 HTTP/1.1\r\n\r\n", "port is not a number"},
        {"CONNECT 127.0.0.1:99999999999999999999 HTTP/1.1\r\n\r\n", "port is over 65535"},
        {"CONNECT 127.0.0.1: HTTP/1.1\r\n\r\n", "CONNECT needs host:port"},
        {"CONNECT 127.0.0.1 HTTP/1.1\r\n\r\n", "CONNECT needs host:port"},
        {"CONNECT [::1]:0 HTTP/1.1\r\n\r\n", "port 0"},
        {"CONNECT [::1]:" + over + " HTTP/1.1\r\n\r\n", "port is over 65535"},
        {"CONNECT [::1] HTTP/1.1\r\n\r\n", "CONNECT needs host:port"},
        {request("GET", "http://127.0.0.1:0/"), "port 0"},
        {request("GET", "http://127.0.0.1:" + over + "/"), "port is over 65535"},
        {request("GET", "http://127.0.0.1:-1/"), "port is not a number"},
        {request("GET", "http://127.0.0.1:8o/"), "port is not a number"},
        {request("GET", "http://[::1]:0/"), "port 0"},
        {"GET /status HTTP/1.1\r\nHost: 127.0.0.1:" + over + "\r\n\r\n", "invalid Host field: port is over 65535"},
    }};
    const Shape &shape = oneOf(shapes);
    a.request = shape.request;
    a.needle = QString::fromLatin1(shape.needle);
}

void AbuseGenerator::forbiddenPort(Abuse &a)
{
    int port = between(1, 65535);
    if (port == 443)
        port = 444;
    static constexpr std::array<const char *, 3> hosts = {"127.0.0.1", "[::1]", "localhost"};
    const QByteArray authority = QByteArray(oneOf(hosts)) + ':' + QByteArray::number(port);
    a.request = "CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\n\r\n";
    a.status = 403;
    a.needle = QStringLiteral("CONNECT to port %1 is not allowed by this engine (allowed: 443)").arg(port);
}

void AbuseGenerator::injection(Abuse &a)
{
    a.status = 400;
    const QByteArray nul(1, '\0');
    struct Shape
    {
        QByteArray request;
        const char *needle;
    };
    const std::array<Shape, 17> shapes = {{
        {request("GET", url("/a\rX-Injected: 1")), "CR without LF"},
        {"GET " + url("/a") + "\r\nX-Injected: 1 HTTP/1.1\r\n" + host() + "\r\n", "request line has no HTTP version"},
        {"GET " + url("/a") + "\nX-Injected: 1 HTTP/1.1\r\n" + host() + "\r\n", "request line has no HTTP version"},
        {request("GET", url("/a" + nul + "b")), "control character 0x00 in the request target"},
        {request("GET", url("/a\tb")), "control character 0x09 in the request target"},
        {request("GET", url("/a\x7f")), "control character 0x7f in the request target"},
        {request("GET", url("/a\x1b[0m")), "control character 0x1b in the request target"},
        {request("GET", url("/bytes/1"), "X-A: a\rX-Injected: 1\r\n"), "CR without LF"},
        {request("GET", url("/bytes/1"), "X-A: a" + nul + "b\r\n"), "control character 0x00 in the value"},
        {request("GET", url("/bytes/1"), "X-A: a\x01" "b\r\n"), "control character 0x01 in the value"},
        {request("GET", url("/bytes/1"), "X-A: a\x7f" "b\r\n"), "control character 0x7f in the value"},
        {request("GET", url("/bytes/1"), "X-A: a\nInjected\r\n"), "no colon"},
        {request("GET", url("/bytes/1"), "X" + nul + "A: v\r\n"), "invalid character in the name"},
        {request("GET", url("/bytes/1"), "X(A): v\r\n"), "invalid character in the name"},
        {"GET /status HTTP/1.1\r\nHost: 127.0.0.1\rX-Injected: 1\r\n\r\n", "CR without LF"},
        {"CONNECT 127.0.0.1:443\rX: y HTTP/1.1\r\n\r\n", "CR without LF"},
        {"CONNECT 127.0.0.1:443\r\nX: y HTTP/1.1\r\n\r\n", "request line has no HTTP version"},
    }};
    const Shape &shape = oneOf(shapes);
    a.request = shape.request;
    a.needle = QString::fromLatin1(shape.needle);
}

void AbuseGenerator::smuggling(Abuse &a)
{
    a.status = 400;
    struct Shape
    {
        QByteArray fields;
        const char *needle;
    };
    static const std::array<Shape, 28> shapes = {{
        {"Content-Length: 5\r\nTransfer-Encoding: chunked\r\n", "both Transfer-Encoding and Content-Length"},
        {"Transfer-Encoding: chunked\r\nContent-Length: 5\r\n", "both Transfer-Encoding and Content-Length"},
        {"Content-Length: 5\nTransfer-Encoding: chunked\r\n", "both Transfer-Encoding and Content-Length"},
        {"Content-Length: 5\r\nContent-Length: 6\r\n", "several different Content-Length values"},
        {"Content-Length: 5, 6\r\n", "several different Content-Length values"},
        {"Content-Length: -5\r\n", "Content-Length is not a number"},
        {"Content-Length: +5\r\n", "Content-Length is not a number"},
        {"Content-Length: 0x5\r\n", "Content-Length is not a number"},
        {"Content-Length: 5 5\r\n", "Content-Length is not a number"},
        {"Content-Length:\r\n", "empty Content-Length"},
        {"Content-Length: 99999999999999999999\r\n", "Content-Length is too large"},
        {"Content-Length : 5\r\n", "space before colon"},
        {"Transfer-Encoding: chunked, identity\r\n", "Transfer-Encoding does not end with chunked"},
        {"Transfer-Encoding: identity\r\n", "Transfer-Encoding does not end with chunked"},
        {"Transfer-Encoding: xchunked\r\n", "Transfer-Encoding does not end with chunked"},
        {"Transfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n", "Transfer-Encoding does not end with chunked"},
        {"Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n", "Transfer-Encoding has chunked twice"},
        {"Transfer-Encoding: chunked, chunked\r\n", "Transfer-Encoding has chunked twice"},
        {"Transfer-Encoding: chunked;q=1\r\n", "chunked takes no parameters"},
        {"Transfer-Encoding : chunked\r\n", "space before colon"},
        {"Transfer-Encoding\t: chunked\r\n", "space before colon"},
        {"Transfer-Encoding: \"chunked\"\r\n", "Transfer-Encoding has an invalid coding"},
        {"Transfer-Encoding:\r\n", "empty Transfer-Encoding"},
        {"Transfer-Encoding: identity\r\n chunked\r\n", "obsolete line folding"},
        {"X-Folded: a\r\n\tb\r\nContent-Length: 5\r\n", "obsolete line folding"},
        {"Host: evil.example\r\n", "several Host fields"},
        {"X-A: a\rTransfer-Encoding: chunked\r\n", "CR without LF"},
        {"Transfer-Encoding: chunked\r\n", "Transfer-Encoding in an HTTP/1.0 request"}, // sent as HTTP/1.0
    }};
    const int which = pick(int(shapes.size()) + 2);
    const QByteArray body = "5\r\nhello\r\n0\r\n\r\n";
    if (which == int(shapes.size())) {
        a.request = "CONNECT 127.0.0.1:443 HTTP/1.1\r\nHost: 127.0.0.1:443\r\nContent-Length: 5\r\n\r\nhello";
        a.needle = QStringLiteral("CONNECT with a body");
    } else if (which == int(shapes.size()) + 1) {
        a.request = "POST " + url("/echo") + " HTTP/1.1\r\n Host: " + m_authority + "\r\nContent-Length: 5\r\n\r\nhello";
        a.needle = QStringLiteral("header line 1: starts with whitespace");
    } else {
        const Shape &shape = shapes[size_t(which)];
        const QByteArray version = which == int(shapes.size()) - 1 ? "HTTP/1.0" : "HTTP/1.1";
        a.request = request("POST", url("/echo"), shape.fields, version) + body;
        a.needle = QString::fromLatin1(shape.needle);
    }
}

void AbuseGenerator::asteriskForm(Abuse &a)
{
    switch (pick(4)) {
    case 0:
        a.request = "OPTIONS * HTTP/1.1\r\n" + host() + "\r\n";
        a.status = 501;
        a.needle = QStringLiteral("does not answer OPTIONS *");
        break;
    case 1:
        a.request = "OPTIONS * HTTP/1.0\r\n\r\n";
        a.status = 501;
        a.needle = QStringLiteral("does not answer OPTIONS *");
        break;
    default:
        a.request = (pick(2) == 0 ? "GET" : "POST") + QByteArray(" * HTTP/1.1\r\n") + host() + "\r\n";
        a.status = 400;
        a.needle = QStringLiteral("the target * is only for OPTIONS");
        break;
    }
}

void AbuseGenerator::bareLf(Abuse &a)
{
    // RFC 9112 §2.2 lets a recipient take a bare LF as a line end; the engine does, and writes
    // the head again with CRLF (OriginServer reads only CRLF heads, so a bare LF passed on
    // would never be answered).
    a.status = 200;
    a.bodyBytes = between(0, 2000);
    const QByteArray n = QByteArray::number(a.bodyBytes);
    switch (pick(3)) {
    case 0:
        a.request = "GET " + url("/bytes/" + n) + " HTTP/1.1\nHost: " + m_authority + "\nConnection: close\n\n";
        break;
    case 1:
        a.request = "GET " + url("/bytes/" + n) + " HTTP/1.1\r\nHost: " + m_authority + "\nConnection: close\r\n\n";
        break;
    default:
        a.request = "POST " + url("/echo") + " HTTP/1.1\nHost: " + m_authority + "\nContent-Length: " + n
            + "\nConnection: close\n\n" + OriginServer::content(0, a.bodyBytes);
        break;
    }
}

void AbuseGenerator::unknownMethod(Abuse &a)
{
    // A method is a token; a proxy forwards those it does not know (RFC 9110 §9.1). HEAD (no
    // body) and CONNECT (a tunnel) would change the answer's shape.
    QByteArray method;
    do {
        method.clear();
        for (int i = 0, n = between(3, 10); i < n; ++i)
            method += "ABCDEFGHIJKLMNOPQRSTUVWXYZ-_"[pick(28)];
    } while (method == "HEAD" || method == "CONNECT");
    a.status = 200;
    a.bodyBytes = between(0, 2000);
    a.request = request(method, url("/bytes/" + QByteArray::number(a.bodyBytes)), "Connection: close\r\n");
}
