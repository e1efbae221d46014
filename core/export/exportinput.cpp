#include "exportinput.h"

#include <QUrl>

QString ExportInput::proxyUrl(const QString &reference) const
{
    if (!profile.usesProxy())
        return {};
    QString userInfo;
    if (!profile.username.isEmpty()) {
        // Everything but unreserved characters is encoded, so "@", ":", "/", "%", "#" in a user name
        // or password never break the URL (reference/conventions.md §2).
        userInfo = QString::fromLatin1(QUrl::toPercentEncoding(profile.username));
        if (includeSecrets && !password.isEmpty())
            userInfo += u':' + QString::fromLatin1(QUrl::toPercentEncoding(password));
        else if (!includeSecrets && hasPasswordPart())
            userInfo += u':' + reference;
        userInfo += u'@';
    }
    return profile.scheme + u"://" + userInfo + ProxyEndpoint::hostForUrl(profile.host) + u':' + QString::number(profile.port);
}
