#include "fleetexporters.h"

#include "noproxylist.h"
#include "textchars.h"

#include <QHostAddress>
#include <QUrl>

#include <algorithm>
#include <tuple>

namespace {

// Where agents may connect from: loopback plus Debian squid.conf's "localnet" networks (RFC 1918,
// RFC 6598, link-local, unique-local). A forwarder that adds credentials must not be open: anyone
// who reached it would borrow them.
const QStringList &localNetworks()
{
    static const QStringList networks = {
        QStringLiteral("127.0.0.0/8"),    QStringLiteral("::1"),           QStringLiteral("10.0.0.0/8"),
        QStringLiteral("100.64.0.0/10"),  QStringLiteral("169.254.0.0/16"), QStringLiteral("172.16.0.0/12"),
        QStringLiteral("192.168.0.0/16"), QStringLiteral("fc00::/7"),      QStringLiteral("fe80::/10")};
    return networks;
}

// CONNECT to FTP through an HTTP proxy needs passive mode: 20, 21 and every unprivileged port
// (reference/dss-http-proxies.txt), besides 443.
const QString ConnectPorts = QStringLiteral("20 21 443 1024-65535");
const QString PasswordVariable = QStringLiteral("PROXY_BASIC_AUTH");

bool hasControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), isControlCharacter);
}

// Text from the settings inside a comment: a line break would end the comment and turn the rest
// into configuration, so control characters become U+FFFD.
QString oneLine(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (isControlCharacter(c))
            c = QChar::ReplacementCharacter;
    }
    return line;
}

QString comment(const QString &text)
{
    return QStringLiteral("# ") + oneLine(text) + u'\n';
}

QString header(const ExportInput &input)
{
    return comment(input.headline());
}

// ProxyEndpoint::parseHost admits only these; anything else did not come from a valid profile.
bool isPlainHost(const QString &host)
{
    return !host.isEmpty() && std::all_of(host.cbegin(), host.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.'
            || c == u'-' || c == u'_' || c == u':';
    });
}

// Why no forwarder can be written for this profile; empty when one can.
QString forwarderRefusal(const ExportInput &input)
{
    if (!input.profile.usesProxy())
        return ExportInput::tr("ProxyDeck wrote no forwarder: this profile uses no proxy, so there is no upstream to chain to.");
    if (!isPlainHost(input.profile.host) || input.profile.port == 0)
        return ExportInput::tr("ProxyDeck wrote no forwarder: the proxy address “%1” is not a host name or IP address with a port.")
            .arg(input.profile.host);
    return {};
}

// How the forwarder authenticates to the upstream with HTTP Basic (RFC 7617).
struct Authentication
{
    enum class Kind { None, Inline, Reference };
    Kind kind = Kind::None;
    QString user;
    QString password; // Inline only
    QString refusal;  // a user is set but cannot be written

    // What the upstream decodes from Basic credentials.
    QString userPassword() const { return user + u':' + password; }
};

Authentication authentication(const ExportInput &input)
{
    Authentication auth;
    const QString &user = input.profile.username;
    if (user.isEmpty())
        return auth;
    auth.user = user;
    // RFC 7617 §2: the user-id ends at the first colon, so such a user cannot be sent at all.
    if (user.contains(u':')) {
        auth.refusal = ExportInput::tr("ProxyDeck wrote no credentials: the user name contains “:”, which HTTP Basic "
                                       "authentication cannot carry (RFC 7617 §2); the upstream would cut the name there.");
        return auth;
    }
    const QString password = input.includeSecrets ? input.password : QString();
    if (user.contains(QChar(0)) || password.contains(QChar(0))) {
        auth.refusal = ExportInput::tr("ProxyDeck wrote no credentials: the user name or password contains a NUL character.");
        return auth;
    }
    if (!input.includeSecrets && input.hasPasswordPart()) {
        auth.kind = Authentication::Kind::Reference;
        return auth;
    }
    auth.kind = Authentication::Kind::Inline;
    auth.password = password;
    return auth;
}

QString basic(const QString &userPassword)
{
    return QString::fromLatin1(userPassword.toUtf8().toBase64());
}

// How to compute the Basic credentials for the secret-less exports, as a shell command.
QString basicCommand(const QString &user)
{
    QString quoted = oneLine(user);
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return QStringLiteral("printf '%s' '") + quoted + QStringLiteral(":PASSWORD' | base64 -w0      (a ' in PASSWORD is written '\\'')");
}

// Warnings for the NO_PROXY entries ProxyDeck itself could not read.
QString invalidEntries(const NoProxyParse &parsed, const QString &indent = {})
{
    QString text;
    for (const Error &error : parsed.errors)
        text += indent + comment(ExportInput::tr("Ignored: %1").arg(error.message));
    return text;
}

QString escapedDomain(const QString &domain)
{
    return QString(domain).replace(u'.', QStringLiteral("\\."));
}

bool domainCoveredBy(const QString &domain, const QString &by)
{
    return domain == by || domain.endsWith(u'.' + by);
}

// ---- HAProxy -------------------------------------------------------------------------------

// HAProxy reads "…" with backslash escapes and expands ${VAR} inside it, so \ " $ are escaped
// (HAProxy configuration manual §2.2).
QString haproxyQuoted(const QString &value)
{
    QString escaped;
    for (QChar c : value) {
        if (c == u'\\' || c == u'"' || c == u'$')
            escaped += u'\\';
        escaped += c;
    }
    return u'"' + escaped + u'"';
}

// ---- Squid ---------------------------------------------------------------------------------

// squid.conf splits options on white space and percent-decodes login= once ("The string can
// include URL escapes", squid.conf.documented), so everything but unreserved characters is encoded.
QString squidLoginPart(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

bool squidCanTake(const QString &value)
{
    return !value.isEmpty() && std::none_of(value.cbegin(), value.cend(), [](QChar c) {
        return c.isSpace() || isControlCharacter(c) || c == u'"';
    });
}

// An address or network as Squid's dst ACL reads it.
QString squidAddress(const NoProxyEntry &entry)
{
    if (entry.kind == NoProxyEntry::Kind::Network)
        return entry.address.toString() + u'/' + QString::number(entry.prefixLength);
    return entry.address.toString();
}

int prefixOf(const NoProxyEntry &entry)
{
    if (entry.kind == NoProxyEntry::Kind::Network)
        return entry.prefixLength;
    return entry.address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
}

// always_direct rules for the NO_PROXY entries. Squid keeps only one of two overlapping entries
// of an ACL ("'10.0.0.0/8' is ignored to keep splay tree searching predictable"), so entries
// inside another are dropped here, where it changes nothing.
QString squidDirect(const QList<NoProxyEntry> &entries)
{
    QStringList domains, subdomains, addresses, acls, rules;
    QList<const NoProxyEntry *> plainDomains, globs, ips;
    int portAcl = 0;
    for (const NoProxyEntry &entry : entries) {
        if (entry.kind == NoProxyEntry::Kind::Everything)
            return QStringLiteral("# NO_PROXY is “*”: every destination goes direct.\nalways_direct allow all\n");
        if (entry.port != 0) {
            // One ACL pair per port-specific entry: destination and port must match together.
            const QString name = QStringLiteral("proxydeck_direct_%1").arg(++portAcl);
            if (entry.kind == NoProxyEntry::Kind::Domain && entry.form == NoProxyEntry::DomainForm::LeadingGlob)
                acls.append(QStringLiteral("acl %1 dstdom_regex -n -i \\.%2$").arg(name, escapedDomain(entry.domain)));
            else if (entry.kind == NoProxyEntry::Kind::Domain)
                acls.append(QStringLiteral("acl %1 dstdomain -n .%2").arg(name, entry.domain));
            else
                acls.append(QStringLiteral("acl %1 dst -n %2").arg(name, squidAddress(entry)));
            acls.append(QStringLiteral("acl %1_port port %2").arg(name).arg(entry.port));
            rules.append(QStringLiteral("always_direct allow %1 %1_port").arg(name));
        } else if (entry.kind == NoProxyEntry::Kind::Domain) {
            (entry.form == NoProxyEntry::DomainForm::LeadingGlob ? globs : plainDomains).append(&entry);
        } else {
            ips.append(&entry);
        }
    }
    for (qsizetype i = 0; i < plainDomains.size(); ++i) {
        const QString &domain = plainDomains.at(i)->domain;
        bool covered = false;
        for (qsizetype j = 0; j < plainDomains.size() && !covered; ++j)
            covered = j != i && domainCoveredBy(domain, plainDomains.at(j)->domain) && (domain != plainDomains.at(j)->domain || j < i);
        if (!covered)
            domains.append(u'.' + domain);
    }
    for (qsizetype i = 0; i < globs.size(); ++i) {
        const QString &domain = globs.at(i)->domain;
        const bool covered = std::any_of(plainDomains.cbegin(), plainDomains.cend(), [&](const NoProxyEntry *e) {
            return domainCoveredBy(domain, e->domain);
        }) || std::any_of(globs.cbegin(), globs.cbegin() + i, [&](const NoProxyEntry *e) { return e->domain == domain; });
        if (!covered)
            subdomains.append(QStringLiteral("\\.") + escapedDomain(domain) + u'$');
    }
    for (qsizetype i = 0; i < ips.size(); ++i) {
        const NoProxyEntry *entry = ips.at(i);
        bool covered = false;
        for (qsizetype j = 0; j < ips.size() && !covered; ++j) {
            const NoProxyEntry *other = ips.at(j);
            const bool inside = j != i && prefixOf(*other) <= prefixOf(*entry) && entry->address.isInSubnet(other->address, prefixOf(*other));
            covered = inside && (prefixOf(*other) < prefixOf(*entry) || j < i);
        }
        if (!covered)
            addresses.append(squidAddress(*entry));
    }
    // -n: match the URL's host as written, without DNS lookups, as ProxyDeck's NO_PROXY does.
    // ".example.com" is Squid's "the domain and its subdomains"; subdomains alone need a regex.
    QStringList groupAcls, groupRules;
    for (const auto &[name, type, values] : {std::tuple{"domains", "dstdomain -n", &domains},
                                             std::tuple{"subdomains", "dstdom_regex -n -i", &subdomains},
                                             std::tuple{"addresses", "dst -n", &addresses}}) {
        if (values->isEmpty())
            continue;
        groupAcls.append(QStringLiteral("acl proxydeck_direct_%1 %2 ").arg(QString::fromLatin1(name), QString::fromLatin1(type))
                         + values->join(u' '));
        groupRules.append(QStringLiteral("always_direct allow proxydeck_direct_") + QString::fromLatin1(name));
    }
    return (groupAcls + acls + groupRules + rules).join(u'\n') + u'\n';
}

// ---- Apache --------------------------------------------------------------------------------

QString loadModule(const char *identifier, const char *file)
{
    // Debian's a2enmod loads modules before conf-enabled/, so the guard keeps this usable there
    // and on its own.
    return QStringLiteral("<IfModule !%1>\n    LoadModule %1 /usr/lib/apache2/modules/%2\n</IfModule>\n")
        .arg(QString::fromLatin1(identifier), QString::fromLatin1(file));
}

// A PCRE alternation matching the numbers lo..hi (0 ≤ lo ≤ hi ≤ 255) written in decimal.
QString numberRange(int lo, int hi)
{
    if (lo == 0 && hi == 255)
        return QStringLiteral("[0-9]+");
    QStringList parts;
    for (int value = lo; value <= hi;) {
        const int end = std::min(hi, value - value % 10 + 9);
        const QString tens = value >= 10 ? QString::number(value / 10) : QString();
        parts.append(value == end ? QString::number(value)
                                  : tens + QStringLiteral("[%1-%2]").arg(value % 10).arg(end % 10));
        value = end + 1;
    }
    return parts.size() == 1 ? parts.constFirst() : QStringLiteral("(?:") + parts.join(u'|') + u')';
}

// The host part of a proxied URL for one NO_PROXY entry, or empty when a regex cannot say it.
QString apacheHostPattern(const NoProxyEntry &entry)
{
    switch (entry.kind) {
    case NoProxyEntry::Kind::Domain:
        if (entry.form == NoProxyEntry::DomainForm::LeadingGlob)
            return QStringLiteral("[^/?#:@]+\\.") + escapedDomain(entry.domain) + QStringLiteral("\\.?");
        return QStringLiteral("(?:[^/?#:@]*\\.)?") + escapedDomain(entry.domain) + QStringLiteral("\\.?");
    case NoProxyEntry::Kind::Address:
        if (entry.address.protocol() == QAbstractSocket::IPv4Protocol)
            return escapedDomain(entry.address.toString());
        return QStringLiteral("\\[") + escapedDomain(entry.address.toString()) + QStringLiteral("\\]");
    case NoProxyEntry::Kind::Network: {
        if (entry.address.protocol() != QAbstractSocket::IPv4Protocol)
            return {};
        const quint32 mask = entry.prefixLength == 0 ? 0 : ~quint32(0) << (32 - entry.prefixLength);
        const quint32 low = entry.address.toIPv4Address() & mask;
        const quint32 high = low | ~mask;
        QStringList octets;
        for (int shift = 24; shift >= 0; shift -= 8)
            octets.append(numberRange(int((low >> shift) & 0xff), int((high >> shift) & 0xff)));
        return octets.join(QStringLiteral("\\."));
    }
    case NoProxyEntry::Kind::Everything:
        break;
    }
    return {};
}

// A regex for the URLs mod_proxy must send direct, as it matches ProxyRemoteMatch: "scheme://host[:port]/…"
// for proxied requests and "host:port" for CONNECT. Empty when no entry can be said. It carries no
// "," so that it can sit in an ap_expr m,…, and no ".
QString apacheDirectRegex(const QList<NoProxyEntry> &entries, QStringList *notes)
{
    const QString anyScheme = QStringLiteral("(?:[a-z][a-z0-9+.-]*://(?:[^/?#@]*@)?)?");
    const QString end = QStringLiteral("(?:[/?#]|$)");
    QStringList anyPort, alternatives;
    for (const NoProxyEntry &entry : entries) {
        const QString host = apacheHostPattern(entry);
        if (host.isEmpty()) {
            notes->append(ApacheForwardExporter::tr("NO_PROXY “%1” goes through the upstream: a regex cannot match IPv6 networks.")
                              .arg(entry.text));
        } else if (entry.port == 0) {
            anyPort.append(host);
        } else {
            alternatives.append(anyScheme + host + u':' + QString::number(entry.port) + end);
            // A URL leaves its scheme's default port out.
            for (const auto &[scheme, port] : {std::pair{"http", 80}, std::pair{"https", 443}, std::pair{"ftp", 21}}) {
                if (entry.port == port)
                    alternatives.append(QString::fromLatin1(scheme) + QStringLiteral("://(?:[^/?#@]*@)?") + host + end);
            }
        }
    }
    if (!anyPort.isEmpty())
        alternatives.prepend(anyScheme + QStringLiteral("(?:") + anyPort.join(u'|') + QStringLiteral(")(?::[0-9]+)?") + end);
    if (alternatives.size() == 1)
        return alternatives.constFirst();
    return alternatives.isEmpty() ? QString() : QStringLiteral("(?:") + alternatives.join(u'|') + u')';
}

} // namespace

QByteArray HaproxyForwarderExporter::render(const ExportInput &input) const
{
    QString text = header(input);
    text += QStringLiteral(
        "# HAProxy 2.6 forwarder for agents (reference/stackstate-agent-proxy.txt, “Using HAProxy as a Proxy”):\n"
        "# agents use http://THIS-HOST:3834 as their HTTP proxy, HAProxy passes their traffic to the\n"
        "# upstream proxy. Install as /etc/haproxy/haproxy.cfg; check with: haproxy -c -f /etc/haproxy/haproxy.cfg\n");
    const QString refusal = forwarderRefusal(input);
    if (!refusal.isEmpty())
        return (text + comment(refusal)).toUtf8();

    const Authentication auth = authentication(input);
    if (!auth.refusal.isEmpty())
        text += comment(auth.refusal);
    if (auth.kind == Authentication::Kind::Reference) {
        text += comment(tr("The password is not included. HAProxy reads the Basic credentials from the environment "
                           "variable %1: the output of").arg(PasswordVariable));
        text += QStringLiteral("#     ") + basicCommand(input.profile.username) + u'\n';
        text += comment(tr("Put %1=<that value> in /etc/default/haproxy (read by haproxy.service), readable by root only.")
                            .arg(PasswordVariable));
        // Without it, "${PROXY_BASIC_AUTH}" would expand to nothing and every request would be
        // refused by the upstream; HAProxy ≥ 2.4 conditional blocks stop the start instead.
        text += QStringLiteral(".if !defined(%1)\n.alert \"%1 is not set: see the comment at the top of this file\"\n.endif\n")
                    .arg(PasswordVariable);
    }
    if (!input.noProxy.isEmpty()) {
        text += comment(tr("NO_PROXY is not applied here: HAProxy sends everything it receives upstream. "
                           "Keep NO_PROXY on the agents for the destinations that must go direct."));
    }

    // An IP literal needs neither DNS nor a name to verify.
    const bool isName = QHostAddress(input.profile.host).isNull();
    text += QStringLiteral("\nglobal\n"
                           "    log /dev/log local0\n"
                           "    maxconn 4096\n"
                           "    chroot /var/lib/haproxy\n"
                           "    user haproxy\n"
                           "    group haproxy\n"
                           "\n"
                           "defaults\n"
                           "    log global\n"
                           "    # http, not tcp: agents send proxy requests (absolute URLs and CONNECT). HAProxy passes a\n"
                           "    # CONNECT to the server and tunnels once it answers 2xx, so it can authenticate both kinds.\n"
                           "    mode http\n"
                           "    option httplog\n"
                           "    option dontlognull\n"
                           "    retries 3\n"
                           "    timeout connect 5s\n"
                           "    timeout client 30s\n"
                           "    timeout server 30s\n"
                           "    timeout http-request 10s\n"
                           "    timeout http-keep-alive 10s\n"
                           "    # An established CONNECT tunnel (TLS to the destination) may stay open and idle for long.\n"
                           "    timeout tunnel 1h\n");
    if (isName) {
        text += QStringLiteral("\n# Re-resolve the upstream's name while running, instead of the reference's cron reload:\n"
                               "# HAProxy otherwise resolves it once, at start.\n"
                               "resolvers system\n"
                               "    parse-resolv-conf\n"
                               "    hold valid 10s\n");
    }
    text += QStringLiteral("\n# Statistics on the forwarder itself only (e.g. through ssh -L 3835:127.0.0.1:3835).\n"
                           "listen stats\n"
                           "    bind 127.0.0.1:3835\n"
                           "    stats enable\n"
                           "    stats uri /\n"
                           "    stats refresh 10s\n"
                           "\n"
                           "frontend agents\n"
                           "    bind :3834\n"
                           "    # Local networks only: an open forwarder would lend the upstream credentials to anyone.\n"
                           "    acl localnet src ")
        + localNetworks().join(u' ')
        + QStringLiteral("\n"
                         "    http-request deny if !localnet\n"
                         "    default_backend upstream\n"
                         "\n"
                         "backend upstream\n");
    if (auth.kind != Authentication::Kind::None) {
        // set-header replaces whatever an agent sent. HAProxy expands ${VAR} inside "…" when it
        // reads the file; base64 has no character HAProxy's log-format would interpret.
        const QString credentials = auth.kind == Authentication::Kind::Inline ? basic(auth.userPassword())
                                                                              : QStringLiteral("${") + PasswordVariable + u'}';
        text += QStringLiteral("    http-request set-header Proxy-Authorization \"Basic ") + credentials + QStringLiteral("\"\n");
    }
    QString server = QStringLiteral("    server upstream ") + ProxyEndpoint::hostForUrl(input.profile.host) + u':'
        + QString::number(input.profile.port) + QStringLiteral(" check");
    if (isName) {
        // "none" lets HAProxy start while DNS is down; prefer IPv4 as getaddrinfo() does on hosts
        // without IPv6 routes (HAProxy's resolvers would otherwise switch to an AAAA record).
        server += QStringLiteral(" resolvers system init-addr last,libc,none resolve-prefer ipv4");
    }
    if (input.profile.scheme == u"https") {
        QString caFile = QStringLiteral("@system-ca");
        if (!input.caBundlePath.isEmpty() && !hasControl(input.caBundlePath))
            caFile = haproxyQuoted(input.caBundlePath);
        else if (!input.caBundlePath.isEmpty())
            text += comment(tr("The CA bundle path contains a control character: the system CAs are used instead."));
        server += QStringLiteral(" ssl verify required ca-file ") + caFile;
        // Without sni/verifyhost HAProxy checks the chain only, not that it is this proxy's name.
        if (isName)
            server += QStringLiteral(" sni str(%1) verifyhost %1").arg(input.profile.host);
    }
    text += server + u'\n';
    return text.toUtf8();
}

QByteArray SquidForwardExporter::render(const ExportInput &input) const
{
    QString text = header(input);
    text += QStringLiteral("# Squid 5 forward proxy on port 3128 for the local networks. Install as /etc/squid/squid.conf;\n"
                           "# check with: squid -k parse -f /etc/squid/squid.conf\n");
    const bool chained = forwarderRefusal(input).isEmpty();
    if (!input.profile.usesProxy())
        text += comment(tr("This profile uses no proxy: Squid goes direct."));
    else if (!chained)
        text += comment(forwarderRefusal(input));
    const Authentication auth = chained ? authentication(input) : Authentication{};
    if (!auth.refusal.isEmpty())
        text += comment(auth.refusal);

    text += QStringLiteral(
        "\n# Debian's localnet list: the networks agents may come from.\n"
        "acl localnet src 0.0.0.1-0.255.255.255\t# RFC 1122 \"this\" network (LAN)\n"
        "acl localnet src 10.0.0.0/8\t\t# RFC 1918 local private network (LAN)\n"
        "acl localnet src 100.64.0.0/10\t\t# RFC 6598 shared address space (CGN)\n"
        "acl localnet src 169.254.0.0/16\t\t# RFC 3927 link-local (directly plugged) machines\n"
        "acl localnet src 172.16.0.0/12\t\t# RFC 1918 local private network (LAN)\n"
        "acl localnet src 192.168.0.0/16\t\t# RFC 1918 local private network (LAN)\n"
        "acl localnet src fc00::/7\t\t# RFC 4193 local private network range\n"
        "acl localnet src fe80::/10\t\t# RFC 4291 link-local (directly plugged) machines\n"
        "\n"
        "# CONNECT to HTTPS, and to FTP in passive mode: 20, 21 and every unprivileged port\n"
        "# (reference/dss-http-proxies.txt). Debian's Safe_ports plus those.\n"
        "acl SSL_ports port ")
        + ConnectPorts
        + QStringLiteral("\n"
                         "acl Safe_ports port 80 20 21 443 70 210 280 488 591 777 1024-65535\n"
                         "http_access deny !Safe_ports\n"
                         "http_access deny CONNECT !SSL_ports\n"
                         "http_access allow localhost manager\n"
                         "http_access deny manager\n"
                         "http_access allow localhost\n"
                         "http_access allow localnet\n"
                         "http_access deny all\n"
                         "\n"
                         "http_port 3128\n"
                         "coredump_dir /var/spool/squid\n");

    if (!chained)
        return text.toUtf8();

    // The upstream as the only parent. no-query/no-digest/no-netdb-exchange: a proxy is not a
    // Squid sibling; without them Squid probes it with ICP and cache-digest requests.
    const QString peer = QStringLiteral("cache_peer %1 parent %2 0 no-query no-digest no-netdb-exchange default name=upstream")
                             .arg(input.profile.host)
                             .arg(input.profile.port);
    text += QStringLiteral("\n# The upstream proxy: every request goes to it, except the NO_PROXY destinations below.\n");
    QString options;
    if (input.profile.scheme == u"https") {
        options += QStringLiteral(" tls");
        if (squidCanTake(input.caBundlePath))
            options += QStringLiteral(" tls-cafile=") + input.caBundlePath;
        else if (!input.caBundlePath.isEmpty())
            text += comment(tr("squid.conf cannot name the CA bundle “%1” (white space or a quote): copy it to a plain "
                               "path and add tls-cafile=PATH to cache_peer; until then Squid uses the system CAs.")
                                .arg(input.caBundlePath));
    }
    const QString encodedUser = squidLoginPart(input.profile.username);
    switch (auth.kind) {
    case Authentication::Kind::None:
        text += peer + options + u'\n';
        break;
    case Authentication::Kind::Inline:
        text += QStringLiteral("# login= is percent-decoded once by Squid, then sent as Proxy-Authorization: Basic.\n");
        text += peer + QStringLiteral(" login=") + encodedUser + u':' + squidLoginPart(auth.password) + options + u'\n';
        break;
    case Authentication::Kind::Reference:
        // squid.conf expands no environment variables, and a placeholder password would be sent
        // (and may lock the account), so the peer is written without credentials and the line
        // with them is left for the administrator to complete.
        text += comment(tr("The password is not included and Squid cannot read it from the environment. To authenticate, "
                           "replace the cache_peer line below by the commented one, with PASSWORD replaced by the "
                           "password percent-encoded (every byte except A-Z a-z 0-9 - . _ ~ as %XX, e.g. @ as %40, "
                           "% as %25, space as %20): Squid decodes login= once."));
        text += u'#' + peer + QStringLiteral(" login=") + encodedUser + QStringLiteral(":PASSWORD") + options + u'\n';
        text += peer + options + u'\n';
        break;
    }

    const NoProxyParse parsed = NoProxyList::parse(input.noProxy);
    text += QStringLiteral("\n# NO_PROXY destinations go direct; everything else only through the upstream.\n");
    text += invalidEntries(parsed);
    text += squidDirect(parsed.entries);
    text += QStringLiteral("never_direct allow all\n");
    return text.toUtf8();
}

QByteArray ApacheForwardExporter::render(const ExportInput &input) const
{
    QString text = header(input);
    text += QStringLiteral("# Apache 2.4 forward proxy on port 3128 for the local networks (reference/dss-http-proxies.txt).\n"
                           "# Debian: /etc/apache2/conf-available/proxydeck-forward.conf, a2enconf proxydeck-forward,\n"
                           "# apache2ctl configtest.\n");
    QString refusal = input.profile.usesProxy() ? forwarderRefusal(input) : QString();
    if (refusal.isEmpty() && input.profile.usesProxy() && input.profile.scheme == u"https")
        refusal = tr("ProxyDeck wrote no forwarder: Apache 2.4 speaks only plain HTTP to a ProxyRemote, and this "
                     "upstream is reached over HTTPS. Use the Squid or HAProxy export.");
    if (refusal.isEmpty() && ProxyEndpoint::isIpv6Literal(input.profile.host))
        refusal = tr("ProxyDeck wrote no forwarder: Apache 2.4's ProxyRemote cannot take an IPv6 address (it reads the "
                     "first “:” as the port). Give the upstream a DNS name (for example in /etc/hosts) and export again, "
                     "or use the Squid or HAProxy export.");
    if (!refusal.isEmpty())
        return (text + comment(refusal)).toUtf8();
    const Authentication auth = input.profile.usesProxy() ? authentication(input) : Authentication{};
    if (!auth.refusal.isEmpty())
        text += comment(auth.refusal);

    text += u'\n';
    for (const auto &[identifier, file] : {std::pair{"proxy_module", "mod_proxy.so"}, std::pair{"proxy_http_module", "mod_proxy_http.so"},
                                           std::pair{"proxy_connect_module", "mod_proxy_connect.so"},
                                           std::pair{"headers_module", "mod_headers.so"}, std::pair{"authz_core_module", "mod_authz_core.so"},
                                           std::pair{"authz_host_module", "mod_authz_host.so"}})
        text += loadModule(identifier, file);
    text += QStringLiteral("\nListen 3128\n"
                           "<VirtualHost *:3128>\n"
                           "    ProxyRequests On\n"
                           "    ProxyVia On\n"
                           "    # CONNECT to HTTPS, and to FTP in passive mode (20, 21, 1024-65535); 2.4 takes ranges.\n"
                           "    AllowCONNECT ")
        + ConnectPorts
        + QStringLiteral("\n"
                         "    <Proxy \"*\">\n"
                         "        # Local networks only: an open proxy would lend the upstream credentials to anyone.\n"
                         "        Require ip ")
        + localNetworks().join(u' ') + QStringLiteral("\n    </Proxy>\n");

    if (!input.profile.usesProxy()) {
        text += QStringLiteral("    # This profile uses no proxy: Apache goes direct.\n</VirtualHost>\n");
        return text.toUtf8();
    }

    const QString upstream = QStringLiteral("http://") + input.profile.host + u':' + QString::number(input.profile.port);
    const NoProxyParse parsed = NoProxyList::parse(input.noProxy);
    text += invalidEntries(parsed, QStringLiteral("    "));
    const bool everything = std::any_of(parsed.entries.cbegin(), parsed.entries.cend(), [](const NoProxyEntry &e) {
        return e.kind == NoProxyEntry::Kind::Everything;
    });
    if (everything) {
        text += QStringLiteral("    # NO_PROXY is “*”: every destination goes direct.\n</VirtualHost>\n");
        return text.toUtf8();
    }
    QStringList notes;
    const QString direct = apacheDirectRegex(parsed.entries, &notes);
    for (const QString &note : std::as_const(notes))
        text += QStringLiteral("    ") + comment(note);
    if (direct.isEmpty()) {
        text += QStringLiteral("    ProxyRemote * ") + upstream + u'\n';
    } else {
        // Not NoProxy: Apache would still send the Proxy-Authorization set below to the
        // destinations it reaches direct, and NoProxy matches a name it cannot resolve at start as a
        // substring and resolves names per request for address entries. One regex decides both where
        // a request goes and whether it carries the credentials, with ProxyDeck's NO_PROXY meaning.
        text += QStringLiteral("    # The NO_PROXY destinations, as mod_proxy sees the URL: scheme://host[:port]/… or, for CONNECT,\n"
                               "    # host:port. Everything else goes to the upstream proxy.\n"
                               "    Define PROXYDECK_DIRECT \"")
            + direct + QStringLiteral("\"\n    ProxyRemoteMatch \"(?i)^(?!${PROXYDECK_DIRECT})\" ") + upstream + u'\n';
    }
    if (auth.kind == Authentication::Kind::None)
        return (text + QStringLiteral("</VirtualHost>\n")).toUtf8();

    if (auth.kind == Authentication::Kind::Reference) {
        text += QStringLiteral("    ") + comment(tr("The password is not included: Apache expands ${%1} from its environment when it "
                                                    "starts. Set it to the output of").arg(PasswordVariable));
        text += QStringLiteral("    #     ") + basicCommand(input.profile.username) + u'\n';
        text += QStringLiteral("    ") + comment(tr("e.g. export %1=… in /etc/apache2/envvars (readable by root only).").arg(PasswordVariable));
    }
    text += QStringLiteral("    ") + comment(tr("Apache 2.4's mod_proxy_connect sends a CONNECT to the upstream without this header "
                                                "(only the request line and Proxy-agent): an upstream that requires authentication "
                                                "refuses HTTPS tunnels through this proxy. Use the Squid or HAProxy export for those."));
    const QString credentials = auth.kind == Authentication::Kind::Inline ? basic(auth.userPassword())
                                                                          : QStringLiteral("${") + PasswordVariable + u'}';
    text += QStringLiteral("    RequestHeader set Proxy-Authorization \"Basic ") + credentials + u'"';
    if (!direct.isEmpty()) {
        // mod_headers runs after mod_proxy's fixup, so REQUEST_FILENAME is "proxy:" + the URL
        // ProxyRemoteMatch sees.
        text += QStringLiteral(" \"expr=%{REQUEST_FILENAME} !~ m,^proxy:${PROXYDECK_DIRECT},i\"");
    }
    return (text + QStringLiteral("\n</VirtualHost>\n")).toUtf8();
}

QByteArray NginxReverseExporter::render(const ExportInput &input) const
{
    QString text = header(input);
    text += QStringLiteral(
        "# nginx reverse proxy for the Data Science Studio (reference/dss-reverse-proxies.md), nginx 1.4 or later.\n"
        "# It does not use the outbound proxy: it only brings users to the studio.\n"
        "# Change dss.example.com to the name users type, and 127.0.0.1:11200 to the studio's DSS_HOST:DSS_PORT.\n"
        "# It goes inside http { } (Debian: /etc/nginx/conf.d/dss.conf); check with: nginx -t\n"
        "# The studio cannot be moved under a path prefix: keep \"location /\".\n"
        "\n"
        "# Ask the backend for an upgrade only when the client did (nginx's WebSocket proxying guide): a\n"
        "# plain request with \"Connection: upgrade\" would be a failed upgrade. The name is ours, so it\n"
        "# cannot clash with a $connection_upgrade map defined elsewhere.\n"
        "map $http_upgrade $proxydeck_dss_connection {\n"
        "    default upgrade;\n"
        "    ''      close;\n"
        "}\n"
        "\n"
        "server {\n"
        "    # Host/port on which to expose the studio to users\n"
        "    listen 80;\n"
        "    server_name dss.example.com;\n"
        "    location / {\n"
        "        # Base URL of the studio\n"
        "        proxy_pass http://127.0.0.1:11200/;\n"
        "        proxy_redirect off;\n"
        "        # Allow long queries\n"
        "        proxy_read_timeout 3600;\n"
        "        proxy_send_timeout 600;\n"
        "        # Allow large uploads\n"
        "        client_max_body_size 0;\n"
        "        # Allow large downloads\n"
        "        proxy_max_temp_file_size 0;\n"
        "        # WebSocket: Upgrade and Connection are hop-by-hop, so nginx passes them only when told,\n"
        "        # and only over HTTP/1.1\n"
        "        proxy_http_version 1.1;\n"
        "        proxy_set_header Host $http_host;\n"
        "        proxy_set_header Upgrade $http_upgrade;\n"
        "        proxy_set_header Connection $proxydeck_dss_connection;\n"
        "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
        "    }\n"
        "}\n"
        "\n"
        "# HTTPS (reference): listen 443 ssl; ssl_certificate /etc/nginx/ssl/dss_server_cert.pem;\n"
        "# ssl_certificate_key /etc/nginx/ssl/dss_server.key; and instead of \"proxy_redirect off\":\n"
        "#     proxy_redirect http://$proxy_host https://$host;\n"
        "#     proxy_redirect http://$host https://$host;\n");
    return text.toUtf8();
}

QByteArray ApacheReverseExporter::render(const ExportInput &input) const
{
    QString text = header(input);
    text += QStringLiteral(
        "# Apache 2.4 reverse proxy for the Data Science Studio (reference/dss-reverse-proxies.md).\n"
        "# It does not use the outbound proxy: it only brings users to the studio.\n"
        "# Change dss.example.com to the name users type, and 127.0.0.1:11200 to the studio's DSS_HOST:DSS_PORT.\n"
        "# Debian: /etc/apache2/sites-available/dss.conf, a2ensite dss, apache2ctl configtest.\n"
        "# The studio cannot be moved under a path prefix: keep ProxyPass /.\n"
        "\n");
    for (const auto &[identifier, file] : {std::pair{"proxy_module", "mod_proxy.so"}, std::pair{"proxy_http_module", "mod_proxy_http.so"}})
        text += loadModule(identifier, file);
    text += QStringLiteral(
        "\n"
        "<VirtualHost *:80>\n"
        "    ServerName dss.example.com\n"
        "    # upgrade=websocket (Apache 2.4.47 or later; Debian 12 has it): mod_proxy_http turns a request\n"
        "    # with \"Upgrade: websocket\" into a tunnel. Older Apache: the reference's RewriteRule … ws:// [P]\n"
        "    # with mod_proxy_wstunnel and mod_rewrite.\n"
        "    ProxyPass / http://127.0.0.1:11200/ upgrade=websocket\n"
        "    ProxyPassReverse / http://127.0.0.1:11200/\n"
        "    ProxyPreserveHost On\n"
        "    # Allow long queries (and idle WebSocket connections)\n"
        "    ProxyTimeout 3600\n"
        "    # Allow large uploads (Apache's default limit is 1 GiB since 2.4.54)\n"
        "    LimitRequestBody 0\n"
        "</VirtualHost>\n");
    return text.toUtf8();
}
