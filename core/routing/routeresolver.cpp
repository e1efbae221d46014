#include "routeresolver.h"

#include "pacscript.h"

namespace {

bool proxyCarries(const ConnectionKind &kind, const ProxyProfile &profile)
{
    return profile.scheme == u"https" ? kind.viaHttpsProxy : kind.viaHttpProxy;
}

} // namespace

RouteResolver::RouteResolver(const SettingsData &data)
{
    if (const ProxyProfile *active = data.activeProfile()) {
        m_profileCopy = *active;
        m_profile = &m_profileCopy;
    }
    for (const NoProxyEntry &entry : NoProxyList::parse(data.noProxy).entries)
        addRule(entry, QString());

    QStringList bypassDomains;
    for (const Connection &connection : data.connections) {
        const ConnectionKind *kind = ConnectionKind::find(connection.kind);
        if (!kind || kind->rawTcp)
            continue;
        const bool cannotUseProxy = kind->unsupported() || (m_profile && !proxyCarries(*kind, *m_profile));
        if (cannotUseProxy) {
            for (const QString &domain : kind->bypassDomains) {
                if (!bypassDomains.contains(domain)) {
                    bypassDomains.append(domain);
                    if (auto entry = NoProxyList::parseEntry(domain))
                        addRule(entry.value(), tr("%1, which cannot use this proxy").arg(kind->name()));
                }
            }
        }
        if (!connection.useProxy || cannotUseProxy) {
            auto target = RouteTarget::parse(connection.endpoint, kind->defaultScheme);
            if (!target)
                continue;
            auto entry = NoProxyList::parseEntry(target.value().host);
            if (entry && !bypassRule(target.value()))
                addRule(entry.value(), tr("connection “%1”").arg(connection.name));
        }
    }
}

QString RouteResolver::egressOf(const RouteTarget &target)
{
    return target.hostForUrl() + u':' + QString::number(target.port);
}

namespace {

// The network of `address` with `prefix` bits kept; the key of m_networks' tables.
QHostAddress masked(const QHostAddress &address, int prefix)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
        return QHostAddress(address.toIPv4Address() & mask);
    }
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 0; i < 16; ++i) {
        const int keep = std::clamp(prefix - 8 * i, 0, 8);
        bytes[i] &= quint8(0xff00 >> keep);
    }
    return QHostAddress(bytes);
}

// m_networks is keyed by protocol and prefix together: IPv6 prefixes are offset by 1000.
int networkKey(const QHostAddress &address, int prefix)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? 1000 + prefix : prefix;
}

} // namespace

void RouteResolver::addRule(const NoProxyEntry &entry, const QString &origin)
{
    const qsizetype index = m_rules.size();
    m_rules.append({entry, origin});
    const auto keepFirst = [index](auto &table, const auto &key) {
        if (!table.contains(key))
            table.insert(key, index);
    };
    if (entry.port != 0 || entry.kind == NoProxyEntry::Kind::Everything) {
        if (entry.kind == NoProxyEntry::Kind::Everything || entry.kind == NoProxyEntry::Kind::Domain)
            m_nameScan.append(index);
        if (entry.kind != NoProxyEntry::Kind::Domain)
            m_ipScan.append(index);
        return;
    }
    switch (entry.kind) {
    case NoProxyEntry::Kind::Domain:
        keepFirst(entry.form == NoProxyEntry::DomainForm::LeadingGlob ? m_subdomainsOnly : m_domains, entry.domain);
        break;
    case NoProxyEntry::Kind::Address:
        keepFirst(m_addresses, entry.address);
        break;
    case NoProxyEntry::Kind::Network: {
        const int key = networkKey(entry.address, entry.prefixLength);
        auto it = std::find_if(m_networks.begin(), m_networks.end(), [key](const auto &n) { return n.first == key; });
        if (it == m_networks.end())
            it = m_networks.insert(m_networks.end(), {key, {}});
        keepFirst(it->second, masked(entry.address, entry.prefixLength));
        break;
    }
    case NoProxyEntry::Kind::Everything:
        break;
    }
}

const RouteResolver::Rule *RouteResolver::bypassRule(const RouteTarget &target) const
{
    qsizetype best = m_rules.size();
    const auto consider = [&best](const QHash<QString, qsizetype> &table, const QString &key) {
        if (auto it = table.constFind(key); it != table.cend())
            best = std::min(best, *it);
    };
    if (!target.isIp()) {
        // The host and each parent domain: a.b.example.com, b.example.com, example.com, com.
        const QString &host = target.host;
        for (qsizetype from = 0; from >= 0 && from < host.size();) {
            const QString suffix = QString::fromRawData(host.constData() + from, host.size() - from);
            consider(m_domains, suffix);
            if (from > 0)
                consider(m_subdomainsOnly, suffix);
            const qsizetype dot = host.indexOf(u'.', from);
            from = dot < 0 ? -1 : dot + 1;
        }
    } else {
        if (auto it = m_addresses.constFind(target.address); it != m_addresses.cend())
            best = std::min(best, *it);
        const bool v6 = target.isIpv6();
        for (const auto &[key, table] : m_networks) {
            if ((key >= 1000) != v6)
                continue;
            if (auto it = table.constFind(masked(target.address, key % 1000)); it != table.cend())
                best = std::min(best, *it);
        }
    }
    for (qsizetype index : target.isIp() ? m_ipScan : m_nameScan) {
        if (index >= best)
            break;
        if (m_rules.at(index).entry.matches(target)) {
            best = index;
            break;
        }
    }
    return best < m_rules.size() ? &m_rules.at(best) : nullptr;
}

QStringList RouteResolver::effectiveNoProxy() const
{
    QStringList entries;
    for (const Rule &rule : m_rules) {
        if (!entries.contains(rule.entry.text, Qt::CaseInsensitive))
            entries.append(rule.entry.text);
    }
    return entries;
}

Route RouteResolver::base() const
{
    Route route;
    if (m_profile) {
        route.profileName = m_profile->name;
        route.proxy = m_profile->displayUrl();
    }
    return route;
}

void RouteResolver::decideByPac(Route &route, const RouteTarget &target) const
{
    const QString pac = m_profile->pacUrl;
    if (!m_pacAnswer) {
        route.kind = Route::Kind::Automatic;
        route.reason = tr("The PAC script %1 decides for each request (profile “%2”).").arg(pac, route.profileName);
        return;
    }
    const QUrl url(target.toUrlString());
    const auto answer = m_pacAnswer(url);
    if (!answer) {
        route.kind = Route::Kind::Automatic;
        route.reason = tr("The PAC script %1 gave no answer for %2: %3").arg(pac, url.toString(), answer.error().message);
        return;
    }
    QStringList words;
    for (const PacProxy &proxy : answer.value())
        words.append(proxy.toString());
    route.pacAnswer = words.join(QStringLiteral("; "));
    // The first entry the engine can use decides; SOCKS entries are skipped, as the engine does.
    for (const PacProxy &proxy : answer.value()) {
        if (proxy.type == PacProxy::Type::Direct) {
            route.kind = Route::Kind::Direct;
            route.proxy.clear();
            route.reason = tr("The PAC script %1 answered “%2” for %3.").arg(pac, route.pacAnswer, url.toString());
            return;
        }
        if (proxy.type == PacProxy::Type::Proxy || proxy.type == PacProxy::Type::Https) {
            const QString scheme = proxy.type == PacProxy::Type::Https ? QStringLiteral("https") : QStringLiteral("http");
            route.kind = Route::Kind::Proxied;
            route.proxy = scheme + u"://" + ProxyEndpoint::hostForUrl(proxy.host) + u':' + QString::number(proxy.port);
            route.reason = tr("Through %1: the PAC script %2 answered “%3” for %4.")
                               .arg(route.proxy, pac, route.pacAnswer, url.toString());
            return;
        }
    }
    route.kind = Route::Kind::Automatic;
    route.reason = tr("The PAC script %1 answered “%2” for %3: ProxyDeck speaks to HTTP proxies only, not SOCKS.")
                       .arg(pac, route.pacAnswer, url.toString());
}

void RouteResolver::setRuleMatch(Route &route, const Rule &rule, const RouteTarget &target)
{
    route.kind = Route::Kind::BypassedRule;
    route.matchedEntry = rule.entry.text;
    route.entryOrigin = rule.origin;
    route.reason = rule.origin.isEmpty()
        ? tr("The NO_PROXY entry “%1” matches %2.").arg(rule.entry.text, target.host)
        : tr("The NO_PROXY entry “%1” (from %2) matches %3.").arg(rule.entry.text, rule.origin, target.host);
}

Route RouteResolver::route(const RouteTarget &target) const
{
    Route route = base();
    const Rule *rule = m_profile && (m_profile->usesProxy() || m_profile->isAutomatic()) ? bypassRule(target) : nullptr;
    if (rule) {
        setRuleMatch(route, *rule, target);
    } else if (isAutomatic()) {
        decideByPac(route, target);
        if (route.kind == Route::Kind::Proxied)
            return route;
    } else if (!m_profile || !m_profile->usesProxy()) {
        route.kind = Route::Kind::Direct;
        route.reason = tr("The active profile “%1” uses no proxy.").arg(route.profileName);
    } else {
        route.kind = Route::Kind::Proxied;
        route.reason = tr("Through %1 (profile “%2”): no NO_PROXY entry matches %3.")
                           .arg(route.proxy, route.profileName, target.host);
        return route;
    }
    route.egress = egressOf(target);
    return route;
}

Route RouteResolver::route(const Connection &connection) const
{
    Route route = base();
    const ConnectionKind *kind = ConnectionKind::find(connection.kind);
    auto parsed = RouteTarget::parse(connection.endpoint, kind ? kind->defaultScheme : QStringLiteral("https"));
    if (!kind || !parsed) {
        route.kind = Route::Kind::Direct;
        route.reason = kind ? parsed.error().message : tr("Unknown connection kind “%1”.").arg(connection.kind);
        return route;
    }
    const RouteTarget &target = parsed.value();
    route.egress = egressOf(target);
    if (kind->rawTcp) {
        route.kind = Route::Kind::Direct;
        route.reason = tr("%1 does not speak HTTP, so no HTTP proxy can carry it: allow %2 in the firewall.")
                           .arg(kind->name(), route.egress);
    } else if (!m_profile || (!m_profile->usesProxy() && !m_profile->isAutomatic())) {
        route.kind = Route::Kind::Direct;
        route.reason = tr("The active profile “%1” uses no proxy.").arg(route.profileName);
    } else if (kind->unsupported()) {
        route.kind = Route::Kind::MustBypass;
        route.reason = tr("%1 does not support a proxy: it connects directly, so allow %2 in the firewall.")
                           .arg(kind->name(), route.egress);
    } else if (!proxyCarries(*kind, *m_profile)) {
        route.kind = Route::Kind::MustBypass;
        route.reason = tr("%1 cannot go through an %2:// proxy: it bypasses it, so allow %3 in the firewall.")
                           .arg(kind->name(), m_profile->scheme, route.egress);
    } else if (!connection.useProxy) {
        route.kind = Route::Kind::BypassedToggle;
        route.reason = tr("“Use global proxy” is off for this connection: allow %1 in the firewall.").arg(route.egress);
    } else if (const Rule *rule = bypassRule(target)) {
        setRuleMatch(route, *rule, target);
        route.reason += u' ' + tr("Allow %1 in the firewall.").arg(route.egress);
    } else if (isAutomatic()) {
        decideByPac(route, target);
        if (route.kind == Route::Kind::Proxied)
            route.egress.clear();
    } else {
        route.kind = Route::Kind::Proxied;
        route.egress.clear();
        route.reason = tr("Through %1 (profile “%2”).").arg(route.proxy, route.profileName);
    }
    return route;
}
