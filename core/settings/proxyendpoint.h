#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

// Where a proxy listens: scheme (http or https to the proxy itself), host and port.
// Every constructor path goes through the parsers below, so a ProxyEndpoint is always valid.
class ProxyEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(ProxyEndpoint)

public:
    QString scheme = QStringLiteral("http"); // "http" or "https"
    QString host;                            // DNS name, IPv4, or IPv6 without brackets
    quint16 port = 0;

    // Accepts "http"/"https" in any case.
    static Result<QString> parseScheme(const QString &input);
    // A DNS name (RFC 1123 labels), an IPv4 address, or an IPv6 literal with or without
    // brackets. Returns the normalised host: lower case, no brackets, no trailing dot.
    static Result<QString> parseHost(const QString &input);
    // A decimal port 1-65535.
    static Result<quint16> parsePort(const QString &input);
    static Result<ProxyEndpoint> parse(const QString &scheme, const QString &host, const QString &port);

    static bool isIpv6Literal(const QString &host);
    // The host as it appears in a URL authority: IPv6 in brackets.
    static QString hostForUrl(const QString &host);

    QString authority() const;     // host:port, IPv6 bracketed
    QString toUrlString() const;   // scheme://host:port (never credentials)

    friend bool operator==(const ProxyEndpoint &, const ProxyEndpoint &) = default;
};

// A proxy URL pasted or read from the environment, split into its parts. Credentials are
// percent-decoded; port is 0 when the URL has none.
struct ProxyUrlParts
{
    Q_DECLARE_TR_FUNCTIONS(ProxyUrlParts)

public:
    QString scheme;
    QString host;
    quint16 port = 0;
    QString username;
    QString password;

    // "http://user:p%40ss@proxy.corp:3128/", "proxy.corp:3128" (scheme defaults to http),
    // "[::1]:3128". Only http and https proxies are accepted.
    static Result<ProxyUrlParts> parse(const QString &input);
    // True when the text looks like a URL rather than a bare host (has "://", "@" or a port).
    static bool looksLikeUrl(const QString &input);
};
