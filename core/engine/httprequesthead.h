#pragma once

#include "httphead.h"
#include "httpheaderfields.h"

#include <QCoreApplication>

// The head of an HTTP/1.1 request as a client sent it to the engine (RFC 9112 §3, §5), with the
// facts the engine acts on: where it goes, how its body is framed, whether the connection stays
// open. Only parse() makes one, so a head is always valid; its views point into its own bytes.
//
//     HttpHeadProgress progress;                    // one per connection, reused per request
//     const auto r = HttpRequestHead::parse(buffer, limits, &progress);
//     if (r.needsMore()) return;                    // read more, call again with the grown buffer
//     if (r.isError()) answer(r.error().status, r.error().reason);
//     else { const HttpRequestHead &head = r.head(); buffer.remove(0, head.size()); … }
class HttpRequestHead
{
    Q_DECLARE_TR_FUNCTIONS(HttpRequestHead)

public:
    // RFC 9112 §3.2.
    enum class TargetForm {
        Origin,    // "/path?query": addressed to the engine itself (e.g. GET /status)
        Absolute,  // "http://host:port/path": a request to forward
        Authority, // "host:port": CONNECT only
        Asterisk,  // "*": OPTIONS only
    };

    // `buffer` holds the bytes received so far, starting at the head (anything after the head,
    // such as body bytes, is left alone). `progress`, if given, must come from the previous call
    // on the same buffer (now longer); it makes re-parsing a slowly arriving head cheap.
    static HttpParseResult<HttpRequestHead> parse(QByteArrayView buffer, const HttpHeadLimits &limits = {},
                                                  HttpHeadProgress *progress = nullptr);

    qsizetype size() const { return m_size; } // bytes of the buffer this head took
    QByteArrayView method() const { return view(m_method); } // case-sensitive (RFC 9110 §9.1)
    bool isConnect() const { return method() == "CONNECT"; }
    QByteArrayView target() const { return view(m_target); } // as received
    TargetForm targetForm() const { return m_form; }
    // Absolute-form only: "http", "https", "ws" or "wss" in lower case; empty otherwise.
    QByteArrayView scheme() const;
    // From the target (absolute- and authority-form) or else the Host field; IPv6 without brackets,
    // case as received; empty when neither names one (HTTP/1.0 origin-form without Host).
    QByteArrayView host() const { return view(m_host); }
    bool hostIsIpv6() const { return m_hostIsIpv6; }
    // The explicit port, or the scheme's default (80 for http and ws, 443 for https and wss,
    // 80 for a Host field without one); 0 when host() is empty.
    quint16 port() const { return m_port; }
    bool hasExplicitPort() const { return m_explicitPort; }
    // Origin-form: the target. Absolute-form: what follows the authority, as received (may be
    // empty or start with '?'; serialize() adds the '/' that origin-form then needs). Asterisk-form:
    // "*". Authority-form: empty.
    QByteArrayView path() const { return view(m_path); }
    int minorVersion() const { return m_minorVersion; } // HTTP/1.0 or HTTP/1.1
    const HttpHeaderFields &headers() const { return m_fields; }

    // None, ContentLength or Chunked: a request without either has no body (RFC 9112 §6.3 point 7).
    BodyFraming framing() const { return m_framing; }
    qint64 contentLength() const { return m_contentLength; } // with ContentLength framing, else -1
    // RFC 9112 §9.3: HTTP/1.1 persists unless "Connection: close"; HTTP/1.0 only with keep-alive.
    bool keepAlive() const { return m_keepAlive; }
    // RFC 6455 §4.1: GET, HTTP/1.1, "Connection: upgrade" and "Upgrade: websocket". The engine
    // then forwards with HttpForwardOptions::passUpgrade and relays bytes after a 101.
    bool isWebSocketUpgrade() const { return m_webSocket; }

    // The head to send to the next hop: the chosen target form, a Host field made from the target
    // (RFC 9112 §3.2.2: a proxy must not forward the received one), hop-by-hop fields dropped,
    // repeated identical Content-Length fields merged into one, then options.extraFields.
    QByteArray serialize(const HttpForwardOptions &options = {}) const;

private:
    struct Span
    {
        qsizetype offset = 0;
        qsizetype size = 0;
    };

    QByteArrayView view(Span s) const { return QByteArrayView(m_fields.raw()).sliced(s.offset, s.size); }
    std::optional<HttpError> parseRequestLine(QByteArrayView line, qsizetype offset);
    std::optional<HttpError> parseAbsoluteForm(QByteArrayView target, qsizetype offset);
    std::optional<HttpError> parseAuthority(QByteArrayView authority, qsizetype offset, bool portRequired,
                                            quint16 defaultPort);
    std::optional<HttpError> interpretFields();
    void appendAuthority(QByteArray &out, bool withDefaultPort) const;

    HttpHeaderFields m_fields; // owns the head's bytes
    qsizetype m_size = 0;
    Span m_method;
    Span m_target;
    Span m_host;
    Span m_path;
    TargetForm m_form = TargetForm::Origin;
    quint8 m_scheme = 0; // index into the scheme table, 0 = none
    bool m_hostIsIpv6 = false;
    bool m_explicitPort = false;
    quint16 m_port = 0;
    int m_minorVersion = 1;
    BodyFraming m_framing = BodyFraming::None;
    qint64 m_contentLength = -1;
    bool m_keepAlive = true;
    bool m_webSocket = false;
};
