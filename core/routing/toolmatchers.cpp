#include "toolmatchers.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace ToolMatchers {

namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

// curl lib/noproxy.c Curl_cidr4_match / Curl_cidr6_match: bits 0 means the whole address.
bool curlCidrMatch(const QString &host, QString network, bool v6)
{
    int bits = 0;
    const qsizetype slash = network.indexOf(u'/');
    if (slash >= 0) {
        bits = network.mid(slash + 1).toInt(); // atoi: garbage reads as 0
        network.truncate(slash);
    }
    QHostAddress address(host);
    QHostAddress check;
    if (!check.setAddress(network) || network.contains(u'[') || (check.protocol() == QAbstractSocket::IPv6Protocol) != v6)
        return false;
    const int width = v6 ? 128 : 32;
    if (bits == 0 || bits == width)
        return address.isEqual(check);
    if (bits > width)
        return false;
    return address.isInSubnet(check, bits);
}

} // namespace

// curl 7.88.1, lib/noproxy.c Curl_check_noproxy(). The whole value "*" bypasses everything.
// Tokens are separated by blanks and/or commas. Host names: one trailing and one leading dot
// are ignored, then exact or dot-boundary suffix match, case-insensitive. IPv4 hosts are
// compared only with IPv4/CIDR tokens. IPv6 hosts reach this check without brackets and are
// not recognised as addresses by 7.88, so they are compared as names: "::1" matches, but
// "::1/128" or "0:0:0:0:0:0:0:1" do not (seen with the real curl in tst_noproxytools).
// A token with ":port" never matches.
Match curl(const QString &noProxy, const RouteTarget &target)
{
    if (noProxy.isEmpty())
        return {};
    if (noProxy == u"*")
        return {true, QStringLiteral("*")};
    const QString name = target.host;
    qsizetype p = 0;
    const qsizetype n = noProxy.size();
    while (p < n) {
        while (p < n && isBlank(noProxy.at(p)))
            ++p;
        const qsizetype start = p;
        while (p < n && !isBlank(noProxy.at(p)) && noProxy.at(p) != u',')
            ++p;
        const QString token = noProxy.mid(start, p - start);
        if (!token.isEmpty()) {
            bool match = false;
            if (!target.isIp() || target.isIpv6()) {
                QString t = token;
                if (t.endsWith(u'.'))
                    t.chop(1);
                if (t.startsWith(u'.'))
                    t.remove(0, 1);
                if (t.size() == name.size())
                    match = t.compare(name, Qt::CaseInsensitive) == 0;
                else if (t.size() < name.size())
                    match = name.at(name.size() - t.size() - 1) == u'.'
                        && name.right(t.size()).compare(t, Qt::CaseInsensitive) == 0;
            } else {
                match = token.size() < 128 && curlCidrMatch(name, token, false);
            }
            if (match)
                return {true, token};
        }
        while (p < n && (isBlank(noProxy.at(p)) || noProxy.at(p) == u','))
            ++p;
    }
    return {};
}

// GNU wget 1.21.3: src/init.c reads only lower-case no_proxy, split by sepstring() at commas
// (blanks after a comma are skipped, blanks before one are kept); src/host.c sufmatch():
// case-insensitive suffix match that must end at a dot in the host, or the entry starts with a
// dot. So ".example.com" matches subdomains only; no "*", no CIDR; IPs match as text.
Match wget(const QString &noProxy, const RouteTarget &target)
{
    if (noProxy.isEmpty())
        return {};
    const QString what = target.host;
    QStringList list;
    qsizetype start = 0;
    for (qsizetype i = 0; i < noProxy.size(); ++i) {
        if (noProxy.at(i) != u',')
            continue;
        list.append(noProxy.mid(start, i - start));
        start = i + 1;
        while (start < noProxy.size() && noProxy.at(start).isSpace())
            ++start;
        i = start - 1;
    }
    list.append(noProxy.mid(start));
    for (const QString &entry : std::as_const(list)) {
        if (entry.isEmpty() || what.size() < entry.size())
            continue;
        if (what.right(entry.size()).compare(entry, Qt::CaseInsensitive) != 0)
            continue;
        const qsizetype k = what.size() - entry.size() - 1;
        if (k == -1 || what.at(k) == u'.' || entry.startsWith(u'.'))
            return {true, entry};
    }
    return {};
}

// CPython 3.11 Lib/urllib/request.py proxy_bypass_environment(): the whole value "*" bypasses;
// entries split at commas and stripped, leading dots removed, lower-cased; the host (and
// host:port when the URL has a port) must equal the entry or end with "." + entry.
// No CIDR; IPv6 hosts keep their brackets here.
Match urllib(const QString &noProxy, const QString &netloc)
{
    if (noProxy.isEmpty())
        return {};
    if (noProxy == u"*")
        return {true, QStringLiteral("*")};
    const QString host = netloc.toLower();
    static const QRegularExpression portSplit(QStringLiteral("\\A(.*):([0-9]*)\\z"),
                                              QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch split = portSplit.match(host);
    const QString hostOnly = split.hasMatch() ? split.captured(1) : host;
    const QStringList names = noProxy.split(u',');
    for (const QString &raw : names) {
        QString name = raw.trimmed();
        if (name.isEmpty())
            continue;
        while (name.startsWith(u'.'))
            name.remove(0, 1);
        name = name.toLower();
        if (hostOnly == name || host == name)
            return {true, raw.trimmed()};
        const QString dotted = u'.' + name;
        if (hostOnly.endsWith(dotted) || host.endsWith(dotted))
            return {true, raw.trimmed()};
    }
    return {};
}

// psf/requests 2.x src/requests/utils.py should_bypass_proxies(): its own reading
// (os.environ.get("no_proxy") or os.environ.get("NO_PROXY")), spaces removed, split at commas;
// an IPv4 host matches CIDR entries (mask 1-32) or the same text; other hosts match when the
// host (or host:port with an explicit port) simply ends with the entry — no dot boundary, so
// "example.com" also matches "badexample.com". Then urllib's check runs with the bare host name.
Match requests(const QString &requestsValue, const QString &urllibValue, const RouteTarget &target)
{
    if (!requestsValue.isEmpty()) {
        QStringList entries = QString(requestsValue).remove(u' ').split(u',', Qt::SkipEmptyParts);
        const bool ipv4 = target.isIp() && !target.isIpv6();
        for (const QString &entry : std::as_const(entries)) {
            if (ipv4) {
                static const QRegularExpression cidr(QStringLiteral("\\A(\\d{1,3}(?:\\.\\d{1,3}){3})/(\\d{1,2})\\z"));
                const QRegularExpressionMatch m = cidr.match(entry);
                if (m.hasMatch()) {
                    const int mask = m.captured(2).toInt();
                    QHostAddress network;
                    if (mask >= 1 && mask <= 32 && network.setAddress(m.captured(1))
                        && target.address.isInSubnet(network, mask))
                        return {true, entry};
                } else if (entry == target.host) {
                    return {true, entry};
                }
            } else {
                const QString withPort = target.explicitPort ? target.host + u':' + QString::number(target.port)
                                                             : target.host;
                if (target.host.endsWith(entry) || withPort.endsWith(entry))
                    return {true, entry};
            }
        }
    }
    return urllib(urllibValue, target.host);
}

// golang.org/x/net/http/httpproxy/proxy.go (used by net/http ProxyFromEnvironment):
// "localhost" and loopback IPs never use the proxy; "*" anywhere in the list matches everything;
// CIDR and IP entries (optionally with a port, "[v6]:port") match IP hosts; "foo.com" matches
// foo.com and its subdomains, ".foo.com" and "*.foo.com" subdomains only; ports must be equal
// (default ports filled in).
Match go(const QString &noProxy, const RouteTarget &target)
{
    if (target.host == u"localhost")
        return {true, QStringLiteral("localhost (implicit)")};
    if (target.isIp() && target.address.isLoopback())
        return {true, QStringLiteral("loopback (implicit)")};
    const QString port = QString::number(target.port);
    const QStringList parts = noProxy.split(u',');
    for (const QString &raw : parts) {
        const QString p = raw.trimmed().toLower();
        if (p.isEmpty())
            continue;
        if (p == u"*")
            return {true, QStringLiteral("*")};
        const auto subnet = QHostAddress::parseSubnet(p);
        if (p.contains(u'/') && !subnet.first.isNull()) {
            if (target.isIp() && target.address.isInSubnet(subnet.first, subnet.second))
                return {true, raw.trimmed()};
            continue;
        }
        // net.SplitHostPort: "host:port" or "[v6]:port"; a bare IPv6 address does not split.
        QString host = p;
        QString entryPort;
        static const QRegularExpression hostPort(QStringLiteral("\\A(\\[[^\\]]*\\]|[^:\\[\\]]*):([^:]*)\\z"));
        const QRegularExpressionMatch m = hostPort.match(p);
        if (m.hasMatch()) {
            host = m.captured(1);
            entryPort = m.captured(2);
            if (host.isEmpty())
                continue;
            if (host.startsWith(u'[') && host.endsWith(u']'))
                host = host.mid(1, host.size() - 2);
        }
        QHostAddress ip;
        if (ip.setAddress(host)) {
            if (target.isIp() && target.address.isEqual(ip) && (entryPort.isEmpty() || entryPort == port))
                return {true, raw.trimmed()};
            continue;
        }
        if (host.isEmpty() || target.isIp())
            continue;
        if (host.startsWith(u"*."))
            host.remove(0, 1);
        bool matchHost = false;
        if (!host.startsWith(u'.')) {
            matchHost = true;
            host.prepend(u'.');
        }
        if ((target.host.endsWith(host) || (matchHost && target.host == host.mid(1)))
            && (entryPort.isEmpty() || entryPort == port))
            return {true, raw.trimmed()};
    }
    return {};
}

// nodejs/undici lib/dispatcher/env-http-proxy-agent.js (Node's NODE_USE_ENV_PROXY support):
// the whole value "*" bypasses; entries split at commas or white space, "host:port" splits off
// a port; an entry without a leading "." or "*" must equal the host exactly (no subdomains!);
// with one, the host must end with it (leading "*" removed). The host keeps IPv6 brackets.
Match node(const QString &noProxy, const RouteTarget &target)
{
    if (noProxy.isEmpty())
        return {};
    if (noProxy == u"*")
        return {true, QStringLiteral("*")};
    const QString hostname = target.hostForUrl();
    static const QRegularExpression separators(QStringLiteral("[,\\s]"));
    static const QRegularExpression withPort(QStringLiteral("\\A(.+):(\\d+)\\z"));
    const QStringList entries = noProxy.split(separators, Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        const QRegularExpressionMatch m = withPort.match(entry);
        const QString host = (m.hasMatch() ? m.captured(1) : entry).toLower();
        const int port = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (port != 0 && port != target.port)
            continue;
        if (!host.startsWith(u'.') && !host.startsWith(u'*')) {
            if (hostname == host)
                return {true, entry};
        } else {
            const QString suffix = host.startsWith(u'*') ? host.mid(1) : host;
            if (hostname.endsWith(suffix))
                return {true, entry};
        }
    }
    return {};
}

// OpenJDK 17 sun.net.spi.DefaultProxySelector: when http.nonProxyHosts is unset, the default
// "localhost|127.*|[::1]|0.0.0.0|[::0]" applies; a non-empty value gets that default appended;
// an empty value bypasses nothing. The list is split at "|", each part lower-cased and turned
// into a regular expression where only a leading and/or trailing "*" is a wildcard; the URI's
// host (IPv6 in brackets) must match one part entirely.
Match java(const QString &property, const RouteTarget &target)
{
    const QString defaults = QStringLiteral("localhost|127.*|[::1]|0.0.0.0|[::0]");
    const QString nonProxyHosts = property.isNull() ? defaults
        : property.isEmpty()                        ? QString()
                                                    : property + u'|' + defaults;
    const QString host = target.hostForUrl().toLower();
    const QStringList parts = nonProxyHosts.split(u'|');
    for (const QString &raw : parts) {
        const QString part = raw.trimmed().toLower();
        if (part.isEmpty())
            continue;
        QString pattern;
        const bool leading = part.startsWith(u'*');
        const bool trailing = part.endsWith(u'*') && part.size() > 1;
        const QString middle = part.mid(leading ? 1 : 0, part.size() - (leading ? 1 : 0) - (trailing ? 1 : 0));
        pattern = (leading ? QStringLiteral(".*") : QString()) + QRegularExpression::escape(middle)
            + (trailing ? QStringLiteral(".*") : QString());
        const QRegularExpression regex(QRegularExpression::anchoredPattern(pattern));
        if (regex.match(host).hasMatch())
            return {true, raw.trimmed()};
    }
    return {};
}

} // namespace ToolMatchers
