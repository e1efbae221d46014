#pragma once

#include "httphead.h"
#include "httpheaderfields.h"

#include <QCoreApplication>

// The head of an HTTP/1.1 response from the next hop (RFC 9112 §4, §5), with how its body is
// framed. Every error is answered 502 to the client (RFC 9110 §15.6.3): a broken response is the
// gateway's problem, not the client's. Only parse() makes one; views point into its own bytes.
class HttpResponseHead
{
    Q_DECLARE_TR_FUNCTIONS(HttpResponseHead)

public:
    // requestMethod is the method of the request this answers: a response to HEAD has no body and
    // a 2xx to CONNECT starts a tunnel (RFC 9112 §6.3 points 1 and 2). Otherwise as
    // HttpRequestHead::parse().
    static HttpParseResult<HttpResponseHead> parse(QByteArrayView buffer, QByteArrayView requestMethod,
                                                   const HttpHeadLimits &limits = {},
                                                   HttpHeadProgress *progress = nullptr);

    qsizetype size() const { return m_size; } // bytes of the buffer this head took
    int minorVersion() const { return m_minorVersion; }
    int statusCode() const { return m_status; }        // 100 … 999 (RFC 9112 §4: 3DIGIT)
    QByteArrayView reasonPhrase() const;               // as received, possibly empty
    const HttpHeaderFields &headers() const { return m_fields; }

    // None (1xx except 101, 204, 304, any answer to HEAD), Tunnel (101, 2xx to CONNECT),
    // Chunked, ContentLength, or UntilClose.
    BodyFraming framing() const { return m_framing; }
    // With ContentLength framing, else -1.
    qint64 contentLength() const { return m_framing == BodyFraming::ContentLength ? m_declaredLength : -1; }
    // Whether the connection to the next hop can carry another request after this response.
    bool keepAlive() const { return m_keepAlive; }
    // 1xx other than 101: the final response head follows on the same connection (RFC 9110 §15.2).
    bool isInterim() const { return m_status < 200 && m_status != 101; }

    // The head to send to the client: hop-by-hop fields dropped (Upgrade kept with passUpgrade,
    // for a 101), Content-Length merged into one, or dropped when Transfer-Encoding decides the
    // framing (RFC 9112 §6.3 point 3), then options.extraFields.
    QByteArray serialize(const HttpForwardOptions &options = {}) const;

private:
    std::optional<HttpError> parseStatusLine(QByteArrayView line, qsizetype offset);
    std::optional<HttpError> interpretFields(QByteArrayView requestMethod);

    HttpHeaderFields m_fields; // owns the head's bytes
    qsizetype m_size = 0;
    qsizetype m_reasonOffset = 0;
    qsizetype m_reasonSize = 0;
    int m_minorVersion = 1;
    int m_status = 0;
    BodyFraming m_framing = BodyFraming::UntilClose;
    qint64 m_declaredLength = -1;    // the Content-Length field, checked, even where it frames nothing
    bool m_transferEncoded = false;  // Transfer-Encoding present: it overrides Content-Length
    bool m_keepAlive = false;
};
