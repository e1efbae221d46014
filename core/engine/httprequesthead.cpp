#include "httprequesthead.h"

#include "httpheadscanner.h"

#include <QHostAddress>

#include <iterator>

using namespace HttpSyntax;

namespace {

struct SchemeInfo
{
    QByteArrayView name;
    quint16 defaultPort;
};

// The schemes a forward proxy is asked for in absolute-form; index 0 means "none". Other schemes
// (ftp, gopher …) would need a protocol the engine does not speak.
constexpr SchemeInfo s_schemes[] = {{"", 0}, {"http", 80}, {"https", 443}, {"ws", 80}, {"wss", 443}};

constexpr qsizetype MaxHostLength = 255; // RFC 1035 §2.3.4 (253 plus a trailing dot and slack)

bool isHostChar(uchar c)
{
    // RFC 3986 reg-name narrowed to what DNS and IPv4 literals use; '_' for internal names.
    return isAlpha(c) || isDigit(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

bool isIpv6Literal(QByteArrayView text)
{
    // Filter the characters first: QHostAddress also takes zone ids ("%eth0"), which name an
    // interface of the client's machine and mean nothing here.
    if (text.isEmpty() || text.size() > 45 || !text.contains(':'))
        return false;
    for (char c : text) {
        if (hexValue(uchar(c)) < 0 && c != ':' && c != '.')
            return false;
    }
    QHostAddress address;
    return address.setAddress(QString::fromLatin1(text)) && address.protocol() == QAbstractSocket::IPv6Protocol;
}

} // namespace

HttpParseResult<HttpRequestHead> HttpRequestHead::parse(QByteArrayView buffer, const HttpHeadLimits &limits,
                                                        HttpHeadProgress *progress)
{
    return HttpHeadScanner::parse<HttpRequestHead>(
        buffer, limits, HttpHeadScanner::Role::Request, progress,
        [](HttpRequestHead &head, QByteArrayView line, qsizetype offset) { return head.parseRequestLine(line, offset); },
        [](HttpRequestHead &head) -> HttpHeaderFields & { return head.m_fields; },
        [](HttpRequestHead &head, qsizetype size) {
            head.m_size = size;
            return head.interpretFields();
        });
}

QByteArrayView HttpRequestHead::scheme() const
{
    return s_schemes[m_scheme].name;
}

// RFC 9112 §3: request-line = method SP request-target SP HTTP-version, single spaces only; the
// lenient whitespace parsing §3 allows is exactly what lets two parsers disagree.
std::optional<HttpError> HttpRequestHead::parseRequestLine(QByteArrayView line, qsizetype offset)
{
    const qsizetype firstSpace = line.indexOf(' ');
    if (firstSpace <= 0) {
        return HttpError{400, firstSpace == 0 ? tr("request line starts with a space") : tr("request line has no target"),
                         offset};
    }
    for (qsizetype i = 0; i < firstSpace; ++i) {
        if (!isTchar(uchar(line[i])))
            return HttpError{400, tr("invalid character in the method"), offset + i};
    }
    const qsizetype lastSpace = line.lastIndexOf(' ');
    if (lastSpace == firstSpace)
        return HttpError{400, tr("request line has no HTTP version"), offset + line.size()};
    const QByteArrayView target = line.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const qsizetype targetOffset = offset + firstSpace + 1;
    for (qsizetype i = 0; i < target.size(); ++i) {
        const uchar c = uchar(target[i]);
        // RFC 9112 §3.2: no whitespace in a request-target; controls would reach the next hop.
        if (c == ' ')
            return HttpError{400, tr("space in the request target"), targetOffset + i};
        if (c < 0x20 || c == 0x7f) {
            return HttpError{400, tr("control character 0x%1 in the request target").arg(int(c), 2, 16, QLatin1Char('0')),
                             targetOffset + i};
        }
    }
    if (target.isEmpty())
        return HttpError{400, tr("empty request target"), targetOffset};

    const int minor = parseVersion(line.sliced(lastSpace + 1));
    if (minor == VersionMalformed)
        return HttpError{400, tr("malformed HTTP version"), offset + lastSpace + 1};
    if (minor == VersionUnsupported) // RFC 9110 §15.6.6
        return HttpError{505, tr("HTTP version not supported; use HTTP/1.1"), offset + lastSpace + 1};
    m_minorVersion = minor;
    m_method = {offset, firstSpace};
    m_target = {targetOffset, target.size()};

    if (line.first(firstSpace) == "CONNECT") {
        // RFC 9112 §3.2.3: CONNECT takes authority-form and nothing else, and the port is required.
        m_form = TargetForm::Authority;
        if (target.contains("://") || target.front() == '/')
            return HttpError{400, tr("CONNECT needs host:port, not a URL or a path"), targetOffset};
        return parseAuthority(target, targetOffset, true, 0);
    }
    if (target == "*") {
        // RFC 9112 §3.2.4.
        if (line.first(firstSpace) != "OPTIONS")
            return HttpError{400, tr("the target * is only for OPTIONS"), targetOffset};
        m_form = TargetForm::Asterisk;
        m_path = m_target;
        return std::nullopt;
    }
    if (target.front() == '/') {
        m_form = TargetForm::Origin;
        m_path = m_target;
        return std::nullopt;
    }
    m_form = TargetForm::Absolute;
    return parseAbsoluteForm(target, targetOffset);
}

std::optional<HttpError> HttpRequestHead::parseAbsoluteForm(QByteArrayView target, qsizetype offset)
{
    // RFC 3986 §3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ), then ':'.
    qsizetype colon = 0;
    while (colon < target.size()
           && (isAlpha(uchar(target[colon]))
               || (colon > 0 && (isDigit(uchar(target[colon])) || target[colon] == '+' || target[colon] == '-'
                                 || target[colon] == '.')))) {
        ++colon;
    }
    if (colon == 0 || colon >= target.size() || target[colon] != ':')
        return HttpError{400, tr("request target is neither a path nor an absolute URL"), offset};
    const QByteArrayView scheme = target.first(colon);
    for (size_t i = 1; i < std::size(s_schemes); ++i) {
        if (equalsIgnoringCase(scheme, s_schemes[i].name))
            m_scheme = quint8(i);
    }
    if (m_scheme == 0)
        return HttpError{400, tr("unsupported URL scheme; use http"), offset};
    if (!target.sliced(colon + 1).startsWith("//"))
        return HttpError{400, tr("absolute URL without //"), offset + colon + 1};
    const qsizetype authorityStart = colon + 3;
    qsizetype authorityEnd = authorityStart;
    while (authorityEnd < target.size() && target[authorityEnd] != '/' && target[authorityEnd] != '?')
        ++authorityEnd;
    m_path = {offset + authorityEnd, target.size() - authorityEnd};
    return parseAuthority(target.sliced(authorityStart, authorityEnd - authorityStart), offset + authorityStart,
                          false, s_schemes[m_scheme].defaultPort);
}

// uri-host [":" port] (RFC 3986 §3.2) for absolute- and authority-form and the Host field.
std::optional<HttpError> HttpRequestHead::parseAuthority(QByteArrayView authority, qsizetype offset,
                                                         bool portRequired, quint16 defaultPort)
{
    const qsizetype at = authority.indexOf('@');
    if (at >= 0) {
        // RFC 9110 §4.2.4: userinfo in an http(s) URI is to be treated as an error; it would also
        // leak the client's credentials to the next hop.
        return HttpError{400, tr("credentials in the URL are not allowed"), offset + at};
    }
    QByteArrayView host;
    qsizetype hostOffset = offset;
    QByteArrayView rest;
    if (authority.startsWith('[')) {
        const qsizetype close = authority.indexOf(']');
        if (close < 0)
            return HttpError{400, tr("IPv6 address without a closing ]"), offset};
        host = authority.sliced(1, close - 1);
        hostOffset = offset + 1;
        if (!isIpv6Literal(host))
            return HttpError{400, tr("invalid IPv6 address"), hostOffset};
        m_hostIsIpv6 = true;
        rest = authority.sliced(close + 1);
        if (!rest.isEmpty() && rest.front() != ':')
            return HttpError{400, tr("unexpected characters after the IPv6 address"), offset + close + 1};
    } else {
        const qsizetype colon = authority.indexOf(':');
        host = colon < 0 ? authority : authority.first(colon);
        rest = colon < 0 ? QByteArrayView() : authority.sliced(colon);
        if (host.isEmpty())
            return HttpError{400, tr("empty host"), offset};
        if (host.size() > MaxHostLength)
            return HttpError{400, tr("host name longer than %1 bytes").arg(MaxHostLength), offset};
        for (qsizetype i = 0; i < host.size(); ++i) {
            if (!isHostChar(uchar(host[i])))
                return HttpError{400, tr("invalid character in the host"), offset + i};
        }
        m_hostIsIpv6 = false;
    }
    m_host = {hostOffset, host.size()};

    const qsizetype portOffset = offset + authority.size() - rest.size() + 1;
    // RFC 3986 §3.2.3: an empty port after ':' means the scheme's default.
    const QByteArrayView portText = rest.isEmpty() ? QByteArrayView() : rest.sliced(1);
    if (portText.isEmpty()) {
        if (portRequired)
            return HttpError{400, tr("CONNECT needs host:port"), offset + authority.size()};
        m_port = defaultPort;
        m_explicitPort = false;
        return std::nullopt;
    }
    int port = 0;
    for (qsizetype i = 0; i < portText.size(); ++i) {
        const uchar c = uchar(portText[i]);
        if (!isDigit(c))
            return HttpError{400, tr("port is not a number"), portOffset + i};
        port = port * 10 + (c - '0');
        if (port > 65535)
            return HttpError{400, tr("port is over 65535"), portOffset};
    }
    if (port == 0)
        return HttpError{400, tr("port 0"), portOffset};
    m_port = quint16(port);
    m_explicitPort = true;
    return std::nullopt;
}

std::optional<HttpError> HttpRequestHead::interpretFields()
{
    // RFC 9112 §3.2: more than one Host, or an invalid one, is answered 400; so is an HTTP/1.1
    // request without Host when the target does not name the host itself (accepting it for
    // absolute- and authority-form, where the target decides and Host is regenerated, keeps
    // clients working that omit it on CONNECT).
    const qsizetype hostIndex = m_fields.indexOf("host");
    if (hostIndex >= 0 && m_fields.indexOf("host", hostIndex + 1) >= 0)
        return HttpError{400, tr("several Host fields"), m_fields.offsetAt(m_fields.indexOf("host", hostIndex + 1))};
    const bool targetNamesHost = m_form == TargetForm::Absolute || m_form == TargetForm::Authority;
    if (hostIndex >= 0) {
        const QByteArrayView value = m_fields.valueAt(hostIndex);
        const qsizetype valueOffset = value.data() - m_fields.raw().constData();
        if (targetNamesHost) {
            // Checked on a copy so that the target's host and port stay.
            HttpRequestHead probe;
            if (!value.isEmpty()) {
                if (auto error = probe.parseAuthority(value, valueOffset, false, 80))
                    return HttpError{400, tr("invalid Host field: %1").arg(error->reason), error->offset};
            }
        } else if (!value.isEmpty()) {
            if (auto error = parseAuthority(value, valueOffset, false, 80))
                return HttpError{400, tr("invalid Host field: %1").arg(error->reason), error->offset};
        }
    } else if (!targetNamesHost && m_minorVersion == 1) {
        return HttpError{400, tr("HTTP/1.1 request without Host"), m_size - 1};
    }

    const qsizetype te = m_fields.indexOf("transfer-encoding");
    const qsizetype cl = m_fields.indexOf("content-length");
    if (te >= 0 && cl >= 0) {
        // RFC 9112 §6.1 allows rejecting it and §6.3 warns it may be a smuggling attempt: a proxy
        // that picked one framing would disagree with a next hop that picked the other.
        return HttpError{400, tr("both Transfer-Encoding and Content-Length"), m_fields.offsetAt(std::max(te, cl))};
    }
    if (te >= 0) {
        if (m_minorVersion == 0) // RFC 9112 §6.1: HTTP/1.0 has no Transfer-Encoding; faulty framing
            return HttpError{400, tr("Transfer-Encoding in an HTTP/1.0 request"), m_fields.offsetAt(te)};
        const auto coding = m_fields.transferCoding(400);
        if (const HttpError *error = std::get_if<HttpError>(&coding))
            return *error;
        // RFC 9112 §6.3 point 4: without chunked last, a request's length cannot be known.
        if (std::get<HttpHeaderFields::TransferCoding>(coding) != HttpHeaderFields::TransferCoding::ChunkedLast)
            return HttpError{400, tr("Transfer-Encoding does not end with chunked"), m_fields.offsetAt(te)};
        m_framing = BodyFraming::Chunked;
    } else if (cl >= 0) {
        const auto length = m_fields.contentLength(400);
        if (const HttpError *error = std::get_if<HttpError>(&length))
            return *error;
        m_framing = BodyFraming::ContentLength;
        m_contentLength = std::get<qint64>(length);
    }
    // RFC 9110 §9.3.6: a CONNECT request has no content; bytes after it belong to the tunnel.
    if (isConnect() && (m_framing == BodyFraming::Chunked || m_contentLength > 0))
        return HttpError{400, tr("CONNECT with a body"), m_fields.offsetAt(std::max(te, cl))};

    const bool close = m_fields.hasToken("connection", "close");
    m_keepAlive = m_minorVersion == 1 ? !close : (!close && m_fields.hasToken("connection", "keep-alive"));
    m_webSocket = method() == "GET" && m_minorVersion == 1 && m_fields.hasToken("connection", "upgrade")
        && m_fields.hasToken("upgrade", "websocket");
    return std::nullopt;
}

void HttpRequestHead::appendAuthority(QByteArray &out, bool withDefaultPort) const
{
    if (m_hostIsIpv6)
        out += '[';
    out += host();
    if (m_hostIsIpv6)
        out += ']';
    // No scheme: origin-form, which serialize() makes an http:// target.
    const quint16 defaultPort = m_scheme == 0 ? 80 : s_schemes[m_scheme].defaultPort;
    if (withDefaultPort || (m_explicitPort && m_port != defaultPort)) {
        out += ':';
        appendDecimal(out, m_port);
    }
}

QByteArray HttpRequestHead::serialize(const HttpForwardOptions &options) const
{
    QByteArray out;
    qsizetype extra = 64;
    for (const auto &[name, value] : options.extraFields)
        extra += name.size() + value.size() + 4;
    out.reserve(m_size + extra);

    out += method();
    out += ' ';
    const bool absolute = options.targetForm == HttpForwardOptions::TargetForm::Absolute;
    const qsizetype hostIndex = m_fields.indexOf("host");
    // Origin-form to a next hop that needs absolute-form: the target is made from Host, and Host
    // then from the target, so that forwarding the result again gives the same bytes.
    const bool madeAbsolute = absolute && m_form == TargetForm::Origin && hostIndex >= 0
        && !m_fields.valueAt(hostIndex).isEmpty();
    switch (m_form) {
    case TargetForm::Authority:
        appendAuthority(out, true);
        break;
    case TargetForm::Asterisk:
        out += '*';
        break;
    case TargetForm::Origin:
        if (madeAbsolute) {
            out += "http://";
            appendAuthority(out, false); // as parsed from Host, as for an absolute-form target
        }
        out += path();
        break;
    case TargetForm::Absolute:
        if (absolute) {
            // ws:// and wss:// name a WebSocket, not a scheme an HTTP proxy forwards: the
            // handshake is an HTTP request to the same authority (RFC 6455 §3, §4.1).
            const QByteArrayView s = scheme();
            out += s == "ws" ? QByteArrayView("http") : s == "wss" ? QByteArrayView("https") : s;
            out += "://";
            appendAuthority(out, false);
        } else if (path().isEmpty() || path().front() == '?') {
            out += '/'; // RFC 9112 §3.2.1: an empty path is sent as "/"
        }
        out += path();
        break;
    }
    out += m_minorVersion == 1 ? " HTTP/1.1\r\n" : " HTTP/1.0\r\n";

    // RFC 9112 §3.2: Host goes first; for a target that names the host, it is made from it.
    if (m_form == TargetForm::Absolute || m_form == TargetForm::Authority || madeAbsolute) {
        out += "Host: ";
        appendAuthority(out, m_form == TargetForm::Authority);
        out += "\r\n";
    } else if (hostIndex >= 0) {
        out += m_fields.nameAt(hostIndex);
        out += ": ";
        out += m_fields.valueAt(hostIndex);
        out += "\r\n";
    }

    m_fields.appendForwarded(out, options,
                             m_framing == BodyFraming::ContentLength ? std::optional(m_contentLength) : std::nullopt);
    out += "\r\n";
    return out;
}
