#include "proxyendpoint.h"

#include "aceform.h"

#include <QHostAddress>
#include <QUrl>

namespace {

constexpr qsizetype MaxHostLength = 253;  // RFC 1035 §2.3.4, without the trailing dot
constexpr qsizetype MaxLabelLength = 63;

bool isAsciiLetterOrDigit(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool looksNumeric(const QString &text)
{
    for (QChar c : text) {
        if (!(c.isDigit() || c == u'.'))
            return false;
    }
    return !text.isEmpty();
}

Error hostError(const QString &message, qsizetype position = -1)
{
    return Error{message, QStringLiteral("host"), position};
}

// Dotted-quad IPv4 with a precise message; QHostAddress would also accept "10.1" or "0x7f.1".
Result<QString> parseIpv4(const QString &text)
{
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4) {
        return hostError(ProxyEndpoint::tr("“%1” looks like an IPv4 address but has %n part(s); "
                                           "an IPv4 address has four numbers separated by dots.",
                                           nullptr, int(parts.size())).arg(text));
    }
    qsizetype offset = 0;
    for (const QString &part : parts) {
        if (part.isEmpty())
            return hostError(ProxyEndpoint::tr("Empty number in IPv4 address “%1”.").arg(text), offset);
        if (part.size() > 1 && part.startsWith(u'0')) {
            return hostError(ProxyEndpoint::tr("“%1” in IPv4 address “%2” has a leading zero, which some "
                                               "tools read as octal; write it without the zero.")
                                 .arg(part, text), offset);
        }
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || value > 255) {
            return hostError(ProxyEndpoint::tr("“%1” in IPv4 address “%2” is over 255.").arg(part, text),
                             offset);
        }
        offset += part.size() + 1;
    }
    return text;
}

Result<QString> parseIpv6(QString text, qsizetype offset)
{
    const qsizetype zone = text.indexOf(u'%');
    if (zone >= 0) {
        return hostError(ProxyEndpoint::tr("IPv6 zone IDs (“%1”) name an interface of one machine and "
                                           "cannot be used in a proxy address; remove the part from “%”.")
                             .arg(text.mid(zone)), offset + zone);
    }
    QHostAddress address;
    if (!address.setAddress(text) || address.protocol() != QAbstractSocket::IPv6Protocol)
        return hostError(ProxyEndpoint::tr("“%1” is not a valid IPv6 address.").arg(text), offset);
    return address.toString(); // canonical, compressed, lower case
}

Result<QString> parseDnsName(QString name)
{
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty())
        return hostError(ProxyEndpoint::tr("The host name is empty."));
    if (name.size() > MaxHostLength) {
        return hostError(ProxyEndpoint::tr("The host name is %1 characters long; the limit is %2.")
                             .arg(name.size()).arg(MaxHostLength));
    }
    qsizetype labelStart = 0;
    const QStringList labels = name.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty()) {
            return hostError(ProxyEndpoint::tr("The host name has an empty label (two dots in a row or "
                                               "a leading dot)."), labelStart);
        }
        if (label.size() > MaxLabelLength) {
            return hostError(ProxyEndpoint::tr("The label “%1” is %2 characters long; a label may have "
                                               "at most 63.").arg(label, QString::number(label.size())), labelStart);
        }
        for (qsizetype i = 0; i < label.size(); ++i) {
            const QChar c = label.at(i);
            if (isAsciiLetterOrDigit(c) || c == u'-')
                continue;
            const QString shown = c.isSpace() ? ProxyEndpoint::tr("a space") : QString(c);
            return hostError(ProxyEndpoint::tr("The host name contains “%1”, which is not allowed: use "
                                               "letters, digits, hyphens and dots.").arg(shown),
                             labelStart + i);
        }
        if (label.startsWith(u'-') || label.endsWith(u'-')) {
            return hostError(ProxyEndpoint::tr("The label “%1” starts or ends with a hyphen.").arg(label),
                             labelStart);
        }
        labelStart += label.size() + 1;
    }
    // RFC 3696 §2: a top-level label is never all-numeric, so "10.0.300" is a bad address,
    // not a name.
    // Nor are "0x3" or "0x7f.1", RFC 1123 names that URL parsers (QUrl, curl, browsers) read as the
    // IPv4 addresses 0.0.0.3 and 127.0.0.1: the exported URL would name another host.
    if (looksNumeric(labels.constLast()) || QHostAddress(name).protocol() == QAbstractSocket::IPv4Protocol)
        return hostError(ProxyEndpoint::tr("“%1” is neither a valid IPv4 address nor a host name.").arg(name));
    // An "xn--" label Qt would encode as another one: the label named in the error.
    const QString lower = name.toLower();
    const QStringList canonical = aceRoundTrip(lower).split(u'.');
    labelStart = 0;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (canonical.value(i) != labels.at(i).toLower()) {
            return hostError(ProxyEndpoint::tr("The label “%1” starts with “xn--” but is not valid punycode "
                                               "(the ASCII form of an international name); write the name "
                                               "itself or its correct ASCII form.").arg(labels.at(i)),
                             labelStart);
        }
        labelStart += labels.at(i).size() + 1;
    }
    return lower;
}

// Positions in its errors count in `text`, the trimmed input.
Result<QString> parseTrimmedHost(const QString &text)
{
    if (text.isEmpty())
        return hostError(ProxyEndpoint::tr("The host is empty."));
    if (text.contains(u"://") || text.contains(u'@')) {
        return hostError(ProxyEndpoint::tr("“%1” is a URL, not a host name; paste it into the host field "
                                           "to have it split into scheme, host and port.").arg(text));
    }
    if (text.startsWith(u'[')) {
        // "[::1]:3128" has its closing bracket; what is wrong is the port after it.
        const qsizetype close = text.indexOf(u']');
        if (close > 0 && text.mid(close + 1).startsWith(u':')) {
            return hostError(ProxyEndpoint::tr("Put the port in the port field, not after the host "
                                               "(“%1”).").arg(text.mid(close + 1)), close + 1);
        }
        if (!text.endsWith(u']'))
            return hostError(ProxyEndpoint::tr("The IPv6 address has no closing “]”."), text.size());
        return parseIpv6(text.mid(1, text.size() - 2), 1);
    }
    if (text.contains(u':')) {
        const qsizetype colon = text.indexOf(u':');
        if (text.count(u':') == 1) {
            return hostError(ProxyEndpoint::tr("Put the port in the port field, not after the host "
                                               "(“%1”).").arg(text.mid(colon)), colon);
        }
        return parseIpv6(text, 0);
    }
    if (looksNumeric(text) && text.count(u'.') != 0 && !text.endsWith(u'.'))
        return parseIpv4(text);
    return parseDnsName(text);
}

// Errors count positions in what the user typed, leading spaces included.
qsizetype leadingSpaces(const QString &input)
{
    qsizetype n = 0;
    while (n < input.size() && input.at(n).isSpace())
        ++n;
    return n;
}

} // namespace

Result<QString> ProxyEndpoint::parseScheme(const QString &input)
{
    const QString scheme = input.trimmed().toLower();
    if (scheme == u"http" || scheme == u"https")
        return scheme;
    if (scheme.startsWith(u"socks")) {
        return Error{tr("SOCKS proxies are not supported; use an HTTP or HTTPS proxy."),
                     QStringLiteral("scheme")};
    }
    return Error{tr("Unknown proxy scheme “%1”: use http or https.").arg(input.trimmed()),
                 QStringLiteral("scheme")};
}

Result<QString> ProxyEndpoint::parseHost(const QString &input)
{
    Result<QString> host = parseTrimmedHost(input.trimmed());
    if (!host && host.error().position >= 0) {
        Error error = host.error();
        error.position += leadingSpaces(input);
        return error;
    }
    return host;
}

Result<quint16> ProxyEndpoint::parsePort(const QString &input)
{
    const QString text = input.trimmed();
    const QString field = QStringLiteral("port");
    if (text.isEmpty())
        return Error{tr("The port is empty: proxies usually listen on 3128 or 8080."), field};
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isDigit() || text.at(i).unicode() > 127)
            return Error{tr("The port must be a number from 1 to 65535, not “%1”.").arg(text), field,
                         leadingSpaces(input) + i};
    }
    bool ok = false;
    const uint value = text.size() <= 5 ? text.toUInt(&ok) : 0;
    if (!ok || value < 1 || value > 65535)
        return Error{tr("The port must be from 1 to 65535, not %1.").arg(text), field};
    return quint16(value);
}

Result<ProxyEndpoint> ProxyEndpoint::parse(const QString &scheme, const QString &host, const QString &port)
{
    auto parsedScheme = parseScheme(scheme);
    if (!parsedScheme)
        return parsedScheme.error();
    auto parsedHost = parseHost(host);
    if (!parsedHost)
        return parsedHost.error();
    auto parsedPort = parsePort(port);
    if (!parsedPort)
        return parsedPort.error();
    return ProxyEndpoint{parsedScheme.value(), parsedHost.value(), parsedPort.value()};
}

bool ProxyEndpoint::isIpv6Literal(const QString &host)
{
    return host.contains(u':');
}

QString ProxyEndpoint::hostForUrl(const QString &host)
{
    return isIpv6Literal(host) ? u'[' + host + u']' : host;
}

QString ProxyEndpoint::authority() const
{
    return hostForUrl(host) + u':' + QString::number(port);
}

QString ProxyEndpoint::toUrlString() const
{
    return scheme + u"://" + authority();
}

bool ProxyUrlParts::looksLikeUrl(const QString &input)
{
    const QString text = input.trimmed();
    if (text.contains(u"://") || text.contains(u'@'))
        return true;
    // host:port, or [v6]:port, but not a bare IPv6 literal (several colons, no brackets).
    if (text.startsWith(u'['))
        return text.contains(u"]:");
    return text.count(u':') == 1;
}

Result<ProxyUrlParts> ProxyUrlParts::parse(const QString &input)
{
    QString text = input.trimmed();
    const QString field = QStringLiteral("url");
    if (text.isEmpty())
        return Error{tr("The proxy URL is empty."), field};
    // Like curl and Go, a value without a scheme is an http proxy.
    if (!text.contains(u"://"))
        text.prepend(u"http://");

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return Error{tr("“%1” is not a valid proxy URL: %2").arg(input.trimmed(), url.errorString()), field};

    ProxyUrlParts parts;
    auto scheme = ProxyEndpoint::parseScheme(url.scheme());
    if (!scheme)
        return scheme.error();
    parts.scheme = scheme.value();

    auto host = ProxyEndpoint::parseHost(ProxyEndpoint::hostForUrl(url.host(QUrl::FullyEncoded)));
    if (!host) {
        Error error = host.error();
        error.position = -1; // an offset in the host alone, not in the URL given
        return error;
    }
    parts.host = host.value();

    if (url.port() > 0)
        parts.port = quint16(url.port());
    parts.username = url.userName(QUrl::FullyDecoded);
    parts.password = url.password(QUrl::FullyDecoded);
    return parts;
}
