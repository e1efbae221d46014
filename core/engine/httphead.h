#pragma once

// The shared vocabulary of the engine's HTTP/1.1 parsers (HttpRequestHead, HttpResponseHead,
// ChunkedDecoder): what a parse answers, the limits a caller sets, how a body is framed, and the
// character classes of RFC 9110 §5.6. Header-only, like result.h.

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

// A message the engine must refuse: the status to answer, a short plain reason for the answer's
// text body and the log, and the byte offset in the parsed buffer where the problem was seen.
struct HttpError
{
    int status = 400;
    QString reason{};
    qsizetype offset = -1;

    QString toString() const
    {
        return offset >= 0 ? QStringLiteral("%1 %2 (at byte %3)").arg(status).arg(reason).arg(offset)
                           : QStringLiteral("%1 %2").arg(status).arg(reason);
    }
};

// The limits of one head; what goes over them is answered 414 (start line) or 431 (RFC 6585 §5).
// For a response head every error is answered 502 to the client instead (RFC 9110 §15.6.3).
struct HttpHeadLimits
{
    qsizetype maxHeadBytes = 32 * 1024;     // leading empty lines through the final empty line
    int maxHeaderCount = 100;               // field lines
    qsizetype maxStartLineBytes = 8 * 1024; // request or status line, its CR included
};

// How the body after a head ends (RFC 9112 §6.3).
enum class BodyFraming {
    None,          // no body: the next message starts right after the head
    ContentLength, // exactly contentLength() bytes
    Chunked,       // until the last chunk and trailers: feed a ChunkedDecoder
    UntilClose,    // responses only: everything until the server closes
    Tunnel,        // no more HTTP on this connection: 101, or 2xx to CONNECT; relay bytes both ways
};

// Where a parse of a head that trickles in stopped: the lines before lineStart have been checked,
// and LF was searched for up to searchedTo. Passing it back on the next call with the same,
// longer buffer keeps a head that arrives byte by byte O(n) instead of O(n²). The parsers reset
// it when they answer complete or error, ready for the next message on the connection.
struct HttpHeadProgress
{
    qsizetype lineStart = 0;
    qsizetype searchedTo = 0;
    int fieldCount = 0;
    bool startLineSeen = false;

    bool isFresh() const { return lineStart == 0 && searchedTo == 0 && !startLineSeen; }
};

// Need more bytes, a complete head (its size() says how many bytes it took), or an error.
template<typename Head>
class [[nodiscard]] HttpParseResult
{
public:
    static HttpParseResult needMore() { return HttpParseResult(); }
    HttpParseResult(Head head) : m_state(std::move(head)) {}
    HttpParseResult(HttpError error) : m_state(std::move(error)) {}

    bool needsMore() const { return std::holds_alternative<std::monostate>(m_state); }
    bool isComplete() const { return std::holds_alternative<Head>(m_state); }
    bool isError() const { return std::holds_alternative<HttpError>(m_state); }

    const Head &head() const & { return std::get<Head>(m_state); }
    Head &&head() && { return std::get<Head>(std::move(m_state)); }
    const HttpError &error() const { return std::get<HttpError>(m_state); }

private:
    HttpParseResult() = default;
    std::variant<std::monostate, Head, HttpError> m_state;
};

// What a head looks like when the engine forwards it to the next hop.
struct HttpForwardOptions
{
    // Requests only: origin-form ("/path?q") when connecting to the origin directly, absolute-form
    // ("http://host/path?q") when talking to an upstream proxy (RFC 9112 §3.2.1, §3.2.2).
    enum class TargetForm { Origin, Absolute };
    // The Connection option the engine wants on the next hop, whatever the client sent.
    enum class Persistence { Unspecified, KeepAlive, Close };

    TargetForm targetForm = TargetForm::Origin;
    Persistence persistence = Persistence::Unspecified;
    // Keep Upgrade and send "Connection: upgrade" (a WebSocket handshake or a 101 passed through).
    bool passUpgrade = false;
    // The engine streams a chunked body through unchanged, so Transfer-Encoding stays; set false
    // when it re-frames the body (and adds its own framing field in extraFields).
    bool keepTransferEncoding = true;
    // Appended after the forwarded fields, e.g. {"Proxy-Authorization", "Basic …"} for an upstream
    // proxy. Names must be tokens and values must not contain CR, LF or NUL; bad ones are skipped.
    QList<std::pair<QByteArray, QByteArray>> extraFields{};
};

// Character classes of RFC 9110 §5.6.2 (tchar) and §5.5 (field-vchar), and a few helpers.
namespace HttpSyntax {

constexpr bool isDigit(uchar c)
{
    return c >= '0' && c <= '9';
}

constexpr bool isAlpha(uchar c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

constexpr int hexValue(uchar c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

constexpr bool isTchar(uchar c)
{
    if (isDigit(c) || isAlpha(c))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
    case '-': case '.': case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

// VCHAR, obs-text, SP and HTAB: what a field value, a reason phrase or a chunk extension may hold.
// Everything else is a control byte (NUL, CR, LF, DEL …) that must not reach the next hop.
constexpr bool isFieldChar(uchar c)
{
    return c == '\t' || c == ' ' || (c > 0x20 && c != 0x7f);
}

constexpr bool isWhitespace(uchar c)
{
    return c == ' ' || c == '\t';
}

constexpr char toLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

// Field names, tokens and schemes compare case-insensitively in ASCII only (RFC 9110 §5.1).
inline bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (toLower(a[i]) != toLower(b[i]))
            return false;
    }
    return true;
}

inline QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && isWhitespace(uchar(v.front())))
        v = v.sliced(1);
    while (!v.isEmpty() && isWhitespace(uchar(v.back())))
        v.chop(1);
    return v;
}

// Calls f(element, offsetInList) for each non-empty element of a comma-separated list
// (RFC 9110 §5.6.1: empty elements are ignored), trimmed of OWS.
template<typename F>
void forEachListElement(QByteArrayView list, F &&f)
{
    qsizetype start = 0;
    while (start <= list.size()) {
        qsizetype comma = list.indexOf(',', start);
        if (comma < 0)
            comma = list.size();
        QByteArrayView element = list.sliced(start, comma - start);
        qsizetype lead = 0;
        while (lead < element.size() && isWhitespace(uchar(element[lead])))
            ++lead;
        element = trimmed(element);
        if (!element.isEmpty())
            f(element, start + lead);
        start = comma + 1;
    }
}

// Appends n in decimal without the temporary QByteArray::number() would allocate.
inline void appendDecimal(QByteArray &out, qint64 n)
{
    char digits[20];
    int count = 0;
    do {
        digits[count++] = char('0' + n % 10);
        n /= 10;
    } while (n > 0);
    while (count > 0)
        out += digits[--count];
}

// "HTTP/1.0" → 0, "HTTP/1.1" → 1; another well-formed version ("HTTP/2.0") → VersionUnsupported,
// anything else → VersionMalformed. HTTP-name is case-sensitive (RFC 9112 §2.3).
constexpr int VersionMalformed = -1;
constexpr int VersionUnsupported = -2;
inline int parseVersion(QByteArrayView v)
{
    if (v.size() != 8 || !v.startsWith("HTTP/") || !isDigit(uchar(v[5])) || v[6] != '.' || !isDigit(uchar(v[7])))
        return VersionMalformed;
    if (v[5] == '1' && (v[7] == '0' || v[7] == '1'))
        return v[7] - '0';
    return VersionUnsupported;
}

} // namespace HttpSyntax
