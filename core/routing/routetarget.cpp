#include "routetarget.h"

#include <QUrl>

namespace {

// "scheme://" at the start, the scheme as RFC 3986 §3.1 spells it. A "://" further on is not one:
// "api.test:8443/?next=https://x" is a host and port, "//3:1//https://x" no URL at all.
bool startsWithScheme(const QString &text)
{
    const qsizetype end = text.indexOf(u"://");
    if (end < 1 || !text.at(0).isLetter() || text.at(0).unicode() > 0x7f)
        return false;
    for (qsizetype i = 1; i < end; ++i) {
        const QChar c = text.at(i);
        const bool ascii = c.unicode() <= 0x7f;
        if (!ascii || !(c.isLetterOrNumber() || c == u'+' || c == u'-' || c == u'.'))
            return false;
    }
    return true;
}

} // namespace

quint16 RouteTarget::defaultPort(const QString &scheme)
{
    static const QHash<QString, quint16> ports = {
        {QStringLiteral("http"), 80},   {QStringLiteral("ws"), 80},    {QStringLiteral("https"), 443},
        {QStringLiteral("wss"), 443},   {QStringLiteral("ftp"), 21},   {QStringLiteral("grpc"), 443},
        {QStringLiteral("postgresql"), 5432}, {QStringLiteral("postgres"), 5432},
        {QStringLiteral("redshift"), 5439}, {QStringLiteral("s3"), 443},
    };
    return ports.value(scheme.toLower(), 0);
}

QString RouteTarget::hostForUrl() const
{
    return isIpv6() ? u'[' + host + u']' : host;
}

QString RouteTarget::authority() const
{
    return explicitPort ? hostForUrl() + u':' + QString::number(port) : hostForUrl();
}

QString RouteTarget::toUrlString() const
{
    return scheme + u"://" + authority() + u'/';
}

Result<RouteTarget> RouteTarget::parse(const QString &input, const QString &defaultScheme)
{
    QString text = input.trimmed();
    const QString field = QStringLiteral("endpoint");
    if (text.isEmpty())
        return Error{tr("The address is empty."), field};
    if (!startsWithScheme(text))
        text = defaultScheme + u"://" + text;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Error{tr("“%1” is not a valid URL or host:port.").arg(input.trimmed()), field};

    RouteTarget target;
    target.scheme = url.scheme().toLower();
    target.host = url.host(QUrl::FullyEncoded).toLower(); // IDN as ASCII, IPv6 without brackets
    // A zone ID ("[fe80::1%25eth0]") names an interface of this machine: NO_PROXY cannot name one,
    // and QUrl keeps whatever follows the "%" (dots, brackets), so routing reads the address alone.
    if (target.host.contains(u':') && target.host.contains(u'%'))
        target.host.truncate(target.host.indexOf(u'%'));
    if (target.host.endsWith(u'.'))
        target.host.chop(1);
    target.explicitPort = url.port() > 0;
    target.port = target.explicitPort ? quint16(url.port()) : defaultPort(target.scheme);
    if (target.port == 0)
        return Error{tr("“%1” has no port, and %2 has no default port.").arg(input.trimmed(), target.scheme), field};
    QHostAddress address;
    if (address.setAddress(target.host)) {
        target.address = address;
        // With its trailing dot, "655505355." or "10.1." is a name to QUrl, which leaves it as it is;
        // without it, the address it reads as. The host names that address as QUrl would.
        if (address.protocol() == QAbstractSocket::IPv4Protocol)
            target.host = address.toString();
    }
    return target;
}
