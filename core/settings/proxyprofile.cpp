#include "proxyprofile.h"

#include <QUrl>
#include <QUuid>

std::optional<ProxyEndpoint> ProxyProfile::endpoint() const
{
    if (!usesProxy())
        return std::nullopt;
    return ProxyEndpoint{scheme, host, port};
}

QString ProxyProfile::displayUrl() const
{
    if (!usesProxy())
        return {};
    QString user;
    if (!username.isEmpty())
        user = QString::fromUtf8(QUrl::toPercentEncoding(username)) + u'@';
    return scheme + u"://" + user + ProxyEndpoint::hostForUrl(host) + u':' + QString::number(port);
}

QString ProxyProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
