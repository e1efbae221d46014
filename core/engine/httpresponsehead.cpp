#include "httpresponsehead.h"

#include "httpheadscanner.h"

using namespace HttpSyntax;

HttpParseResult<HttpResponseHead> HttpResponseHead::parse(QByteArrayView buffer, QByteArrayView requestMethod,
                                                          const HttpHeadLimits &limits, HttpHeadProgress *progress)
{
    return HttpHeadScanner::parse<HttpResponseHead>(
        buffer, limits, HttpHeadScanner::Role::Response, progress,
        [](HttpResponseHead &head, QByteArrayView line, qsizetype offset) { return head.parseStatusLine(line, offset); },
        [](HttpResponseHead &head) -> HttpHeaderFields & { return head.m_fields; },
        [requestMethod](HttpResponseHead &head, qsizetype size) {
            head.m_size = size;
            return head.interpretFields(requestMethod);
        });
}

QByteArrayView HttpResponseHead::reasonPhrase() const
{
    return QByteArrayView(m_fields.raw()).sliced(m_reasonOffset, m_reasonSize);
}

// RFC 9112 §4: status-line = HTTP-version SP status-code SP [ reason-phrase ].
std::optional<HttpError> HttpResponseHead::parseStatusLine(QByteArrayView line, qsizetype offset)
{
    const int minor = parseVersion(line.first(std::min<qsizetype>(line.size(), 8)));
    if (minor == VersionMalformed)
        return HttpError{502, tr("malformed status line"), offset};
    if (minor == VersionUnsupported)
        return HttpError{502, tr("the server answered with an unsupported HTTP version"), offset};
    if (line.size() < 12 || line[8] != ' ')
        return HttpError{502, tr("malformed status line"), offset + std::min<qsizetype>(line.size(), 8)};
    int status = 0;
    for (qsizetype i = 9; i < 12; ++i) {
        if (!isDigit(uchar(line[i])))
            return HttpError{502, tr("status code is not a number"), offset + i};
        status = status * 10 + (line[i] - '0');
    }
    // RFC 9110 §15: 100 … 599 are defined, and servers use up to 999 for their own needs; those
    // are handled as the x00 of their class would be, which framing does not depend on.
    if (status < 100)
        return HttpError{502, tr("status code below 100"), offset + 9};
    // RFC 9112 §4: a client SHOULD accept a status line without the SP before an empty reason.
    if (line.size() > 12 && line[12] != ' ')
        return HttpError{502, tr("malformed status line"), offset + 12};
    const QByteArrayView reason = line.size() > 13 ? line.sliced(13) : QByteArrayView();
    for (qsizetype i = 0; i < reason.size(); ++i) {
        const uchar c = uchar(reason[i]);
        if (!isFieldChar(c)) {
            return HttpError{502, tr("control character 0x%1 in the reason phrase").arg(int(c), 2, 16, QLatin1Char('0')),
                             offset + 13 + i};
        }
    }
    m_minorVersion = minor;
    m_status = status;
    m_reasonOffset = offset + std::min<qsizetype>(line.size(), 13);
    m_reasonSize = reason.size();
    return std::nullopt;
}

std::optional<HttpError> HttpResponseHead::interpretFields(QByteArrayView requestMethod)
{
    // The fields are checked even when the status says there is no body: they are forwarded.
    const auto length = m_fields.contentLength(502);
    if (const HttpError *error = std::get_if<HttpError>(&length))
        return *error;
    m_declaredLength = std::get<qint64>(length);
    const auto coding = m_fields.transferCoding(502);
    if (const HttpError *error = std::get_if<HttpError>(&coding))
        return *error;
    const auto transfer = std::get<HttpHeaderFields::TransferCoding>(coding);
    m_transferEncoded = transfer != HttpHeaderFields::TransferCoding::Absent;

    // RFC 9112 §6.3, in its order.
    const bool success = m_status >= 200 && m_status < 300;
    if (m_status < 200) {
        m_framing = m_status == 101 ? BodyFraming::Tunnel : BodyFraming::None;
    } else if (requestMethod == "HEAD" || m_status == 204 || m_status == 304) {
        m_framing = BodyFraming::None;
    } else if (requestMethod == "CONNECT" && success) {
        m_framing = BodyFraming::Tunnel;
    } else if (m_transferEncoded) {
        // RFC 9112 §6.1: Transfer-Encoding in an HTTP/1.0 message means the framing is faulty.
        if (m_minorVersion == 0)
            return HttpError{502, tr("Transfer-Encoding in an HTTP/1.0 response"), m_fields.offsetAt(m_fields.indexOf("transfer-encoding"))};
        // Point 3: chunked last frames the body, any other final coding runs until close.
        m_framing = transfer == HttpHeaderFields::TransferCoding::ChunkedLast ? BodyFraming::Chunked
                                                                               : BodyFraming::UntilClose;
    } else if (m_declaredLength >= 0) {
        m_framing = BodyFraming::ContentLength;
    } else {
        m_framing = BodyFraming::UntilClose;
    }

    const bool close = m_fields.hasToken("connection", "close");
    m_keepAlive = m_minorVersion == 1 ? !close : (!close && m_fields.hasToken("connection", "keep-alive"));
    // Point 3 also says both framings at once "ought to be handled as an error": the body is
    // read as chunked, but the server's connection is not trusted with another request.
    if (m_framing == BodyFraming::UntilClose || m_framing == BodyFraming::Tunnel
        || (m_transferEncoded && m_declaredLength >= 0)) {
        m_keepAlive = false;
    }
    return std::nullopt;
}

QByteArray HttpResponseHead::serialize(const HttpForwardOptions &options) const
{
    QByteArray out;
    qsizetype extra = 32;
    for (const auto &[name, value] : options.extraFields)
        extra += name.size() + value.size() + 4;
    out.reserve(m_size + extra);
    out += m_minorVersion == 1 ? "HTTP/1.1 " : "HTTP/1.0 ";
    appendDecimal(out, m_status);
    out += ' ';
    out += reasonPhrase();
    out += "\r\n";
    // RFC 9112 §6.3 point 3: an intermediary MUST remove Content-Length when Transfer-Encoding
    // is there, so the client cannot pick the other framing.
    m_fields.appendForwarded(out, options,
                             m_transferEncoded || m_declaredLength < 0 ? std::nullopt : std::optional(m_declaredLength));
    out += "\r\n";
    return out;
}
