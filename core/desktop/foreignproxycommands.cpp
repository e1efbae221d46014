#include "foreignproxycommands.h"

#include "noproxylist.h"
#include "quoting.h"

namespace {

// POSIX shell double quotes: only these four characters are special inside them.
QString sh(const QString &value)
{
    return Quoting::quoted(value, Quoting::backslashBefore(QStringLiteral("\"\\$`")), QString());
}

const QString InternetSettings
    = QStringLiteral("\"HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\"");

QString regAdd(const QString &name, const QString &type, const QString &data)
{
    return QStringLiteral("reg add %1 /v %2 /t %3 /d \"%4\" /f").arg(InternetSettings, name, type, data);
}

} // namespace

QStringList ForeignProxyCommands::macOs(const DesktopProxy &proxy, const QString &service)
{
    const QString s = sh(service);
    QStringList lines;
    const auto state = [&](const char *option, bool on) {
        lines.append(QStringLiteral("networksetup -%1 %2 %3")
                         .arg(QLatin1String(option), s, on ? QStringLiteral("on") : QStringLiteral("off")));
    };
    switch (proxy.mode) {
    case DesktopProxy::Mode::None:
        state("setwebproxystate", false);
        state("setsecurewebproxystate", false);
        state("setsocksfirewallproxystate", false);
        state("setautoproxystate", false);
        state("setproxyautodiscovery", false);
        return lines;
    case DesktopProxy::Mode::Auto:
        if (proxy.pacUrl.isEmpty()) {
            state("setproxyautodiscovery", true);
        } else {
            lines.append(QStringLiteral("networksetup -setautoproxyurl %1 %2").arg(s, sh(proxy.pacUrl)));
            state("setautoproxystate", true);
        }
        state("setwebproxystate", false);
        state("setsecurewebproxystate", false);
        return lines;
    case DesktopProxy::Mode::Manual:
        break;
    }
    const DesktopProxyServer &secure = proxy.useSameProxy ? proxy.http : proxy.https;
    const auto server = [&](const char *option, const char *stateOption, const DesktopProxyServer &value) {
        if (!value.isSet()) {
            state(stateOption, false);
            return;
        }
        lines.append(QStringLiteral("networksetup -%1 %2 %3 %4")
                         .arg(QLatin1String(option), s, sh(value.host), QString::number(value.port)));
    };
    server("setwebproxy", "setwebproxystate", proxy.http);
    server("setsecurewebproxy", "setsecurewebproxystate", secure);
    server("setsocksfirewallproxy", "setsocksfirewallproxystate", proxy.socks);
    QStringList bypass;
    for (const QString &host : proxy.ignoreHosts)
        bypass.append(sh(host));
    lines.append(QStringLiteral("networksetup -setproxybypassdomains %1 %2")
                     .arg(s, bypass.isEmpty() ? QStringLiteral("Empty") : bypass.join(u' ')));
    state("setautoproxystate", false);
    if (!proxy.user.isEmpty()) {
        lines.append(
            tr("# To authenticate as %1, add: on %1 PASSWORD to the -setwebproxy lines (ProxyDeck never "
               "shows the password).")
                .arg(proxy.user));
    }
    return lines;
}

QString ForeignProxyCommands::proxyOverride(const QStringList &ignoreHosts, QStringList *notes)
{
    QStringList items;
    bool local = false;
    const auto add = [&](const QString &item) {
        if (!items.contains(item, Qt::CaseInsensitive))
            items.append(item);
    };
    const NoProxyParse parsed = NoProxyList::parse(ignoreHosts);
    for (const NoProxyEntry &entry : parsed.entries) {
        const QString port = entry.port ? u':' + QString::number(entry.port) : QString();
        switch (entry.kind) {
        case NoProxyEntry::Kind::Everything:
            add(QStringLiteral("*"));
            break;
        case NoProxyEntry::Kind::Domain:
            if (!entry.domain.contains(u'.'))
                local = true;
            // WinINET matches whole names: "example.com" and "*.example.com" are both needed.
            if (entry.form != NoProxyEntry::DomainForm::LeadingGlob)
                add(entry.domain + port);
            add(QStringLiteral("*.") + entry.domain + port);
            break;
        case NoProxyEntry::Kind::Address:
            add(entry.text);
            break;
        case NoProxyEntry::Kind::Network: {
            // WinINET has no CIDR; an IPv4 network on an octet boundary is a "10.*" glob.
            const QStringList octets = entry.address.toString().split(u'.');
            if (octets.size() == 4 && entry.prefixLength % 8 == 0 && entry.prefixLength >= 8) {
                add(octets.mid(0, entry.prefixLength / 8).join(u'.')
                    + (entry.prefixLength < 32 ? QStringLiteral(".*") : QString()));
            } else if (notes) {
                notes->append(
                    tr("Windows cannot bypass the network %1 (no CIDR in ProxyOverride); it was left out.")
                        .arg(entry.text));
            }
            break;
        }
        }
    }
    if (local)
        add(QStringLiteral("<local>"));
    return items.join(u';');
}

QStringList ForeignProxyCommands::windows(const DesktopProxy &proxy)
{
    QStringList lines;
    lines.append(tr("# WinINET, for the current user (browsers and most applications):"));
    switch (proxy.mode) {
    case DesktopProxy::Mode::None:
        lines.append(regAdd(QStringLiteral("ProxyEnable"), QStringLiteral("REG_DWORD"), QStringLiteral("0")));
        lines.append(QStringLiteral("reg delete %1 /v AutoConfigURL /f").arg(InternetSettings));
        lines.append(tr("# WinHTTP (services, system-wide; run as administrator):"));
        lines.append(QStringLiteral("netsh winhttp reset proxy"));
        return lines;
    case DesktopProxy::Mode::Auto:
        lines.append(regAdd(QStringLiteral("ProxyEnable"), QStringLiteral("REG_DWORD"), QStringLiteral("0")));
        if (proxy.pacUrl.isEmpty())
            lines.append(tr("# Automatic detection (WPAD) is the \"Automatically detect settings\" switch in "
                            "Settings > Network > Proxy."));
        else
            lines.append(regAdd(QStringLiteral("AutoConfigURL"), QStringLiteral("REG_SZ"), proxy.pacUrl));
        lines.append(tr(
            "# WinHTTP has no PAC setting: applications that use it call WinHttpGetProxyForUrl themselves."));
        return lines;
    case DesktopProxy::Mode::Manual:
        break;
    }
    const DesktopProxyServer &secure = proxy.useSameProxy ? proxy.http : proxy.https;
    QStringList servers;
    if (proxy.http.isSet())
        servers.append(QStringLiteral("http=") + proxy.http.authority());
    if (secure.isSet())
        servers.append(QStringLiteral("https=") + secure.authority());
    if (proxy.socks.isSet() && !proxy.useSameProxy)
        servers.append(QStringLiteral("socks=") + proxy.socks.authority());
    const QString server
        = proxy.useSameProxy && proxy.http.isSet() ? proxy.http.authority() : servers.join(u';');
    const QString bypass = proxyOverride(proxy.ignoreHosts);
    lines.append(regAdd(QStringLiteral("ProxyEnable"), QStringLiteral("REG_DWORD"), QStringLiteral("1")));
    lines.append(regAdd(QStringLiteral("ProxyServer"), QStringLiteral("REG_SZ"), server));
    lines.append(regAdd(QStringLiteral("ProxyOverride"), QStringLiteral("REG_SZ"), bypass));
    lines.append(QStringLiteral("reg delete %1 /v AutoConfigURL /f").arg(InternetSettings));
    lines.append(tr("# WinHTTP (services, system-wide; run as administrator):"));
    QStringList winHttpServers;
    if (proxy.http.isSet())
        winHttpServers.append(QStringLiteral("http=") + proxy.http.authority());
    if (secure.isSet())
        winHttpServers.append(QStringLiteral("https=") + secure.authority());
    QString netsh
        = QStringLiteral("netsh winhttp set proxy proxy-server=\"%1\"").arg(winHttpServers.join(u';'));
    if (!bypass.isEmpty())
        netsh += QStringLiteral(" bypass-list=\"%1\"").arg(bypass);
    lines.append(netsh);
    if (!proxy.user.isEmpty())
        lines.append(
            tr("# Windows asks for the proxy's user name (%1) and password when the proxy requires them.")
                .arg(proxy.user));
    return lines;
}
