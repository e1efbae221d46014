#include "desktopproxy.h"

#include "noproxylist.h"
#include "proxyendpoint.h"

#include <QJsonArray>

QString DesktopProxyServer::authority() const
{
    return isSet() ? ProxyEndpoint::hostForUrl(host) + u':' + QString::number(port) : QString();
}

QString DesktopProxy::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Manual:
        return QStringLiteral("manual");
    case Mode::Auto:
        return QStringLiteral("auto");
    case Mode::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<DesktopProxy::Mode> DesktopProxy::modeFromName(const QString &name)
{
    for (const Mode mode : {Mode::None, Mode::Manual, Mode::Auto}) {
        if (name == modeName(mode))
            return mode;
    }
    return std::nullopt;
}

DesktopProxy DesktopProxy::fromProfile(
    const ProxyProfile &profile, const QStringList &noProxy, QStringList *notes)
{
    DesktopProxy result;
    result.ignoreHosts = ignoreHostsFor(noProxy, notes);
    if (profile.isAutomatic()) {
        // The desktops' own "automatic" mode reads the same PAC script.
        result.mode = Mode::Auto;
        result.pacUrl = profile.pacUrl;
        result.user = profile.username;
        return result;
    }
    if (!profile.usesProxy())
        return result;
    result.mode = Mode::Manual;
    result.http = {profile.host, profile.port};
    result.https = result.http;
    result.useSameProxy = true;
    result.user = profile.username;
    if (notes && profile.scheme == u"https") {
        notes->append(tr("Desktops talk plain HTTP to their proxy: profile “%1” uses https:// to reach it, "
                         "which the desktop setting cannot say.")
                          .arg(profile.name));
    }
    return result;
}

Result<ProxyProfile> DesktopProxy::appliedTo(ProxyProfile profile, QStringList *notes) const
{
    if (mode != Mode::Manual) {
        profile.host.clear();
        profile.port = 0;
        profile.pacUrl.clear();
        if (mode == Mode::Auto && !pacUrl.isEmpty()) {
            // The profile becomes automatic with the desktop's PAC script.
            auto location = ProxyProfile::normalizePacLocation(pacUrl);
            if (!location)
                return Error{tr("The desktop's PAC URL: %1").arg(location.error().message), QStringLiteral("pacUrl")};
            profile.pacUrl = location.value();
            profile.username = user;
        } else if (mode == Mode::Auto && notes) {
            notes->append(tr("The desktop finds its proxy with WPAD (automatic detection); the profile goes direct: "
                             "“Discover (WPAD)” on the Proxy page, or `proxydeck wpad`, finds the PAC script."));
        }
        return profile;
    }
    const bool takeHttps = !useSameProxy && https.isSet();
    const DesktopProxyServer &server = takeHttps ? https : http;
    if (!server.isSet()) {
        if (socks.isSet()) {
            return Error{tr("The desktop has only a SOCKS proxy (%1); ProxyDeck profiles are HTTP proxies.")
                             .arg(socks.authority()),
                QStringLiteral("host")};
        }
        return Error{
            tr("The desktop is set to a manual proxy but names no proxy host."), QStringLiteral("host")};
    }
    auto host = ProxyEndpoint::parseHost(server.host);
    if (!host)
        return Error{tr("The desktop's proxy host: %1").arg(host.error().message), QStringLiteral("host")};
    if (server.port == 0)
        return Error{tr("The desktop's proxy %1 has no port.").arg(server.host), QStringLiteral("port")};
    if (notes) {
        const DesktopProxyServer &other = takeHttps ? http : https;
        if (!useSameProxy && other.isSet() && other != server) {
            notes->append(tr("The desktop uses %1 for HTTP and %2 for HTTPS; %3 was imported.")
                              .arg(http.authority(), https.authority(), server.authority()));
        }
        if (socks.isSet() && !useSameProxy)
            notes->append(tr("The desktop's SOCKS proxy %1 was not imported.").arg(socks.authority()));
    }
    profile.pacUrl.clear();
    profile.scheme = QStringLiteral("http");
    profile.host = host.value();
    profile.port = server.port;
    profile.username = user;
    return profile;
}

QStringList DesktopProxy::noProxy(QStringList *notes) const
{
    QStringList entries;
    for (const QString &item : ignoreHosts) {
        QString text = item.trimmed();
        // GNOME's "*.example.com" covers example.com too, which is what plain "example.com" means in
        // NO_PROXY.
        if (text.startsWith(u"*.") && text.size() > 2)
            text = text.mid(2);
        auto entry = NoProxyList::parseEntry(text);
        if (!entry) {
            if (notes)
                notes->append(tr("Ignored host “%1” was left out: %2").arg(item, entry.error().message));
            continue;
        }
        if (!entries.contains(text, Qt::CaseInsensitive))
            entries.append(text);
    }
    return entries;
}

QStringList DesktopProxy::ignoreHostsFor(const QStringList &noProxy, QStringList *notes)
{
    QStringList hosts;
    const NoProxyParse parsed = NoProxyList::parse(noProxy);
    for (const NoProxyEntry &entry : parsed.entries) {
        if (entry.kind == NoProxyEntry::Kind::Domain && entry.form == NoProxyEntry::DomainForm::LeadingGlob
            && notes) {
            notes->append(tr("NO_PROXY “%1” means subdomains only; the desktop also sends %2 itself direct.")
                              .arg(entry.text, entry.domain));
        }
        if (!hosts.contains(entry.text, Qt::CaseInsensitive))
            hosts.append(entry.text);
    }
    if (notes) {
        for (const Error &error : parsed.errors)
            notes->append(error.message);
    }
    return hosts;
}

QJsonObject DesktopProxy::toJson() const
{
    const auto server = [](const DesktopProxyServer &s) {
        return s.isSet()
            ? QJsonValue(QJsonObject{{QStringLiteral("host"), s.host}, {QStringLiteral("port"), int(s.port)}})
            : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{{QStringLiteral("mode"), modeName(mode)}, {QStringLiteral("http"), server(http)},
        {QStringLiteral("https"), server(https)}, {QStringLiteral("socks"), server(socks)},
        {QStringLiteral("pacUrl"), pacUrl},
        {QStringLiteral("ignoreHosts"), QJsonArray::fromStringList(ignoreHosts)},
        {QStringLiteral("noProxy"), QJsonArray::fromStringList(noProxy())},
        {QStringLiteral("useSameProxy"), useSameProxy}, {QStringLiteral("user"), user}};
}
