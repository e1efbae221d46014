#include "noproxyadvisor.h"

namespace {

QList<RouteTarget> probesFor(const NoProxyEntry &entry)
{
    QStringList urls;
    const QString port = entry.port ? u':' + QString::number(entry.port) : QString();
    const QString otherPort = QStringLiteral(":%1").arg(entry.port == 8443 ? 9443 : 8443);
    switch (entry.kind) {
    case NoProxyEntry::Kind::Everything:
        urls = {QStringLiteral("http://any.example/"), QStringLiteral("http://192.0.2.7/")};
        break;
    case NoProxyEntry::Kind::Domain:
        urls = {QStringLiteral("http://") + entry.domain + port + u'/',
                QStringLiteral("http://a.") + entry.domain + port + u'/',
                QStringLiteral("http://bad") + entry.domain + port + u'/'};
        break;
    case NoProxyEntry::Kind::Address:
        urls = {QStringLiteral("http://") + RouteTarget{QString(), entry.address.toString(), 0, false, entry.address}.hostForUrl()
                + port + u'/'};
        break;
    case NoProxyEntry::Kind::Network: {
        // The first address after the network's own, which is inside any prefix up to /31.
        const bool v6 = entry.address.protocol() == QAbstractSocket::IPv6Protocol;
        QHostAddress inside;
        if (v6) {
            Q_IPV6ADDR bytes = entry.address.toIPv6Address();
            bytes[15] |= 1;
            inside = QHostAddress(bytes);
        } else {
            inside = QHostAddress(entry.address.toIPv4Address() | 1u);
        }
        urls = {QStringLiteral("http://") + (v6 ? u'[' + inside.toString() + u']' : inside.toString()) + port + u'/'};
        break;
    }
    }
    if (entry.port != 0 && !urls.isEmpty())
        urls.append(QString(urls.constFirst()).replace(port + u'/', otherPort + u'/'));
    QList<RouteTarget> targets;
    for (const QString &url : std::as_const(urls)) {
        if (auto target = RouteTarget::parse(url))
            targets.append(target.value());
    }
    return targets;
}

} // namespace

QList<NoProxyAdvisor::Difference> NoProxyAdvisor::differences(const NoProxyEntry &entry)
{
    QList<Difference> result;
    for (const RouteTarget &probe : probesFor(entry)) {
        const bool canonical = entry.matches(probe);
        Difference difference{{}, probe.authority(), !canonical};
        for (const ToolInfo &tool : ToolModel::tools()) {
            if (ToolModel::decideNoProxy(tool.tool, entry.text, probe).direct != canonical)
                difference.tools.append(tool.tool);
        }
        if (!difference.tools.isEmpty())
            result.append(difference);
    }
    return result;
}

QStringList NoProxyAdvisor::warnings(const NoProxyEntry &entry)
{
    QStringList sentences;
    for (const Difference &difference : differences(entry)) {
        QStringList names;
        for (Tool tool : difference.tools)
            names.append(ToolModel::info(tool).id);
        sentences.append(difference.toolsGoDirect
                             ? tr("“%1” also sends %2 direct in %3.")
                                   .arg(entry.text, difference.probe, names.join(QStringLiteral(", ")))
                             : tr("“%1” does not send %2 direct in %3: it goes through the proxy there.")
                                   .arg(entry.text, difference.probe, names.join(QStringLiteral(", "))));
    }
    return sentences;
}
