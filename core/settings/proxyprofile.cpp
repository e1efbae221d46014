#include "proxyprofile.h"

#include <QDir>
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

Result<QString> ProxyProfile::normalizePacLocation(const QString &text)
{
    auto location = parsePacLocation(text);
    if (!location)
        return location.error();
    return location.value().toString(QUrl::FullyEncoded);
}

Result<QUrl> ProxyProfile::parsePacLocation(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QString field = QStringLiteral("pacUrl");
    if (trimmed.isEmpty())
        return Error{tr("The PAC location is empty: give an http(s):// URL or a file."), field};
    if (QDir::isAbsolutePath(trimmed) && !trimmed.contains(u"://"))
        return QUrl::fromLocalFile(QDir::cleanPath(trimmed));
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid())
        return Error{tr("“%1” is not a URL: %2").arg(trimmed, url.errorString()), field};
    if (scheme == u"file") {
        if (url.toLocalFile().isEmpty() || !QDir::isAbsolutePath(url.toLocalFile()))
            return Error{tr("“%1” names no file.").arg(trimmed), field};
        return url;
    }
    if (scheme != u"http" && scheme != u"https")
        return Error{tr("A PAC script is fetched over http:// or https://, or read from a file, not “%1:”.")
                         .arg(url.scheme()),
                     field};
    if (url.host().isEmpty())
        return Error{tr("“%1” has no host.").arg(trimmed), field};
    if (!url.userInfo().isEmpty())
        return Error{tr("A PAC URL must not carry a user or password."), field};
    return url;
}
