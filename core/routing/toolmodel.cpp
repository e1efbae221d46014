#include "toolmodel.h"

#include "toolmatchers.h"

namespace {

// The first of names that is set (and, unless emptyCounts, not empty), with its name.
std::pair<QString, QString> firstOf(const QProcessEnvironment &environment, const QStringList &names,
                                    bool emptyCounts)
{
    for (const QString &name : names) {
        if (!environment.contains(name))
            continue;
        const QString value = environment.value(name);
        if (!value.isEmpty() || emptyCounts)
            return {name, value};
    }
    return {};
}

QString lower(const char *name)
{
    return QString::fromLatin1(name).toLower();
}

QString upper(const char *name)
{
    return QString::fromLatin1(name).toUpper();
}

// CPython getproxies_environment(): any case is read, then lower-case names override, and an
// empty lower-case variable removes the value (and REQUEST_METHOD drops HTTP_PROXY: not modelled,
// ProxyDeck does not run as CGI).
std::pair<QString, QString> pythonVariable(const QProcessEnvironment &environment, const char *name)
{
    const QString low = lower(name);
    if (environment.contains(low))
        return environment.value(low).isEmpty() ? std::pair<QString, QString>{} : std::pair{low, environment.value(low)};
    const QStringList keys = environment.keys();
    for (const QString &key : keys) {
        if (key.toLower() == low && !environment.value(key).isEmpty())
            return {key, environment.value(key)};
    }
    return {};
}

} // namespace

const QList<ToolInfo> &ToolModel::tools()
{
    static const QList<ToolInfo> list = {
        {Tool::Curl, QStringLiteral("curl"), QStringLiteral("curl"), QStringLiteral("7.88"),
         tr("http_proxy (lower case only), https_proxy or HTTPS_PROXY; no_proxy wins over NO_PROXY")},
        {Tool::Wget, QStringLiteral("wget"), QStringLiteral("GNU Wget"), QStringLiteral("1.21"),
         tr("lower-case http_proxy, https_proxy and no_proxy only")},
        {Tool::PythonRequests, QStringLiteral("requests"), QStringLiteral("Python requests"), QStringLiteral("2.28–2.32"),
         tr("either case, lower case wins; no_proxy, else NO_PROXY")},
        {Tool::PythonUrllib, QStringLiteral("urllib"), QStringLiteral("Python urllib"), QStringLiteral("3.11"),
         tr("either case, lower case wins (an empty lower-case variable hides the upper-case one)")},
        {Tool::Go, QStringLiteral("go"), QStringLiteral("Go net/http"), QStringLiteral("x/net httpproxy"),
         tr("either case, UPPER case wins; localhost and loopback are never proxied")},
        {Tool::Node, QStringLiteral("node"), QStringLiteral("Node.js (NODE_USE_ENV_PROXY / undici)"),
         QStringLiteral("undici 6"), tr("lower case wins (even when empty); needs NODE_USE_ENV_PROXY=1 in Node ≥ 22.21")},
        {Tool::Java, QStringLiteral("java"), QStringLiteral("Java"), QStringLiteral("OpenJDK 17"),
         tr("no variables: -Dhttp.proxyHost/-Dhttps.proxyHost and -Dhttp.nonProxyHosts (as ProxyDeck exports them)")},
        {Tool::Git, QStringLiteral("git"), QStringLiteral("git"), QStringLiteral("2.39 (libcurl)"),
         tr("http_proxy, or HTTPS_PROXY/https_proxy for https; no_proxy wins over NO_PROXY; matching is libcurl's")},
    };
    return list;
}

const ToolInfo &ToolModel::info(Tool tool)
{
    return tools().at(int(tool));
}

std::optional<Tool> ToolModel::fromId(const QString &id)
{
    for (const ToolInfo &entry : tools()) {
        if (entry.id.compare(id, Qt::CaseInsensitive) == 0)
            return entry.tool;
    }
    return std::nullopt;
}

ToolDecision ToolModel::decideNoProxy(Tool tool, const QString &noProxy, const RouteTarget &target)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("no_proxy"), noProxy);
    environment.insert(QStringLiteral("NO_PROXY"), noProxy);
    const QString proxy = QStringLiteral("http://proxy.invalid:3128");
    for (const char *name : {"http_proxy", "https_proxy"}) {
        environment.insert(lower(name), proxy);
        environment.insert(upper(name), proxy);
    }
    return decide(tool, environment, target);
}

ToolDecision ToolModel::decide(Tool tool, const QProcessEnvironment &environment, const RouteTarget &target)
{
    ToolDecision decision;
    decision.tool = tool;
    const bool https = target.scheme == u"https" || target.scheme == u"wss";
    const char *proxyName = https ? "https_proxy" : "http_proxy";

    std::pair<QString, QString> proxy;
    std::pair<QString, QString> noProxy;
    ToolMatchers::Match match;
    switch (tool) {
    case Tool::Curl:
    case Tool::Git:
        // curl: lib/url.c detect_proxy() — http_proxy only in lower case (httpoxy), the others in
        // either; git http.c reads the same names itself and passes NO_PROXY to libcurl.
        proxy = https ? firstOf(environment, {lower(proxyName), upper(proxyName)}, false)
                      : firstOf(environment, {lower(proxyName)}, false);
        if (proxy.first.isEmpty())
            proxy = firstOf(environment, {QStringLiteral("all_proxy"), QStringLiteral("ALL_PROXY")}, false);
        noProxy = firstOf(environment, {QStringLiteral("no_proxy"), QStringLiteral("NO_PROXY")}, tool == Tool::Git);
        match = ToolMatchers::curl(noProxy.second, target);
        break;
    case Tool::Wget:
        proxy = firstOf(environment, {lower(proxyName)}, false);
        noProxy = firstOf(environment, {QStringLiteral("no_proxy")}, false);
        match = ToolMatchers::wget(noProxy.second, target);
        break;
    case Tool::PythonUrllib:
        proxy = pythonVariable(environment, proxyName);
        noProxy = pythonVariable(environment, "no_proxy");
        match = ToolMatchers::urllib(noProxy.second, target.authority());
        break;
    case Tool::PythonRequests: {
        proxy = pythonVariable(environment, proxyName);
        noProxy = firstOf(environment, {QStringLiteral("no_proxy"), QStringLiteral("NO_PROXY")}, false);
        const auto urllibNoProxy = pythonVariable(environment, "no_proxy");
        match = ToolMatchers::requests(noProxy.second, urllibNoProxy.second, target);
        if (noProxy.first.isEmpty())
            noProxy = urllibNoProxy;
        break;
    }
    case Tool::Go:
        proxy = firstOf(environment, {upper(proxyName), lower(proxyName)}, false);
        noProxy = firstOf(environment, {QStringLiteral("NO_PROXY"), QStringLiteral("no_proxy")}, false);
        match = ToolMatchers::go(noProxy.second, target);
        break;
    case Tool::Node:
        proxy = firstOf(environment, {lower(proxyName), upper(proxyName)}, true);
        noProxy = firstOf(environment, {QStringLiteral("no_proxy"), QStringLiteral("NO_PROXY")}, true);
        match = ToolMatchers::node(noProxy.second, target);
        break;
    case Tool::Java: {
        proxy = firstOf(environment, {lower(proxyName), upper(proxyName)}, false);
        const QString nonProxyHosts = javaNonProxyHostsFor(environment);
        noProxy.first = nonProxyHosts.isNull() ? tr("Java's default nonProxyHosts") : QStringLiteral("-Dhttp.nonProxyHosts");
        match = ToolMatchers::java(nonProxyHosts, target);
        break;
    }
    }

    decision.proxyVariable = proxy.second.isEmpty() ? QString() : proxy.first;
    decision.noProxyVariable = noProxy.first;
    if (decision.proxyVariable.isEmpty()) {
        decision.direct = true;
        decision.reason = tr("Direct: no proxy is set for %1 in the variables %2 reads.")
                              .arg(target.scheme, info(tool).name);
    } else if (match.direct) {
        decision.direct = true;
        decision.matchedEntry = match.entry;
        decision.reason = tr("Direct: %1 entry “%2” matches %3.").arg(decision.noProxyVariable, match.entry, target.host);
    } else {
        decision.reason = noProxy.first.isEmpty()
            ? tr("Through the proxy from %1; no NO_PROXY is read.").arg(decision.proxyVariable)
            : tr("Through the proxy from %1; no %2 entry matches %3.")
                  .arg(decision.proxyVariable, decision.noProxyVariable, target.host);
    }
    return decision;
}

QString ToolModel::javaNonProxyHostsFor(const QProcessEnvironment &environment)
{
    const auto noProxy = firstOf(environment, {QStringLiteral("no_proxy"), QStringLiteral("NO_PROXY")}, false);
    if (noProxy.first.isEmpty())
        return QString();
    const QString value = javaNonProxyHosts(NoProxyList::parse(noProxy.second).entries);
    return value.isNull() ? QStringLiteral("") : value;
}

QString ToolModel::javaNonProxyHosts(const QList<NoProxyEntry> &entries, QStringList *warnings)
{
    QStringList parts;
    const auto warn = [&](const QString &text) {
        if (warnings)
            warnings->append(text);
    };
    for (const NoProxyEntry &entry : entries) {
        if (entry.port != 0)
            warn(tr("Java ignores ports: “%1” applies to every port there.").arg(entry.text));
        switch (entry.kind) {
        case NoProxyEntry::Kind::Everything:
            parts.append(QStringLiteral("*"));
            break;
        case NoProxyEntry::Kind::Domain:
            if (entry.form != NoProxyEntry::DomainForm::LeadingGlob)
                parts.append(entry.domain);
            parts.append(QStringLiteral("*.") + entry.domain);
            break;
        case NoProxyEntry::Kind::Address:
            parts.append(entry.address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + entry.address.toString() + u']'
                             : entry.address.toString());
            break;
        case NoProxyEntry::Kind::Network: {
            // Only whole-octet IPv4 networks have a Java form: 10.0.0.0/8 → 10.*
            const bool v4 = entry.address.protocol() == QAbstractSocket::IPv4Protocol;
            if (v4 && entry.prefixLength % 8 == 0) {
                const QStringList octets = entry.address.toString().split(u'.');
                const int keep = entry.prefixLength / 8;
                parts.append(keep == 0 ? QStringLiteral("*")
                                       : keep == 4 ? entry.address.toString()
                                                   : QStringList(octets.mid(0, keep)).join(u'.') + QStringLiteral(".*"));
            } else {
                warn(tr("Java has no CIDR ranges: “%1” is left out of http.nonProxyHosts.").arg(entry.text));
            }
            break;
        }
        }
    }
    parts.removeDuplicates();
    return parts.join(u'|');
}
