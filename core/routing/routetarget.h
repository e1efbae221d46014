#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

// Where a request goes: scheme, host and port, as every routing decision needs them.
// Host is lower case, without IPv6 brackets or a trailing dot; port is the URL's or the
// scheme's default.
struct RouteTarget
{
    Q_DECLARE_TR_FUNCTIONS(RouteTarget)

public:
    QString scheme;
    QString host;
    quint16 port = 0;
    bool explicitPort = false;
    QHostAddress address; // null unless host is an IP literal

    bool isIp() const { return !address.isNull(); }
    bool isIpv6() const { return address.protocol() == QAbstractSocket::IPv6Protocol; }
    // host as in a URL authority (IPv6 in brackets), with ":port" when the URL had one.
    QString authority() const;
    QString hostForUrl() const;
    QString toUrlString() const;

    // "https://api.example.com/x", "example.com:5432", "[::1]:8080", "10.0.0.1".
    // Without a scheme, defaultScheme is assumed.
    static Result<RouteTarget> parse(const QString &text, const QString &defaultScheme = QStringLiteral("http"));
    static quint16 defaultPort(const QString &scheme);
};
