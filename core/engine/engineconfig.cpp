#include "engineconfig.h"

#include "proxyprofile.h"
#include "routeresolver.h"
#include "settingsdata.h"
#include "textchars.h"

#include <QUrl>

#include <algorithm>

QString UpstreamProxy::displayUrl() const
{
    if (!isSet())
        return {};
    const QString hostPart = host.contains(u':') ? u'[' + host + u']' : host;
    const QString userPart = user.isEmpty() ? QString() : QString::fromLatin1(QUrl::toPercentEncoding(user)) + u'@';
    return scheme + u"://" + userPart + hostPart + u':' + QString::number(port);
}

QByteArray UpstreamProxy::basicAuthorization(const QString &user, const QString &password)
{
    if (user.isEmpty())
        return {};
    return "Basic " + (user + u':' + password).toUtf8().toBase64();
}

ProxyAuthenticator::Credentials UpstreamProxy::credentials() const
{
    return ProxyAuthenticator::Credentials{host, user, password, authorization, authMemory.get()};
}

Result<void> EngineConfig::check() const
{
    bool mappedV4 = false;
    const quint32 v4 = listenAddress.toIPv4Address(&mappedV4);
    const bool loopback = listenAddress.isLoopback() || (mappedV4 && QHostAddress(v4).isLoopback());
    if (!loopback && allowlist.isEmpty()) {
        return Error{tr("Listening on %1 would open the proxy to every machine that reaches it (and lend them the "
                        "upstream credentials). Give the networks allowed to use it, e.g. --allow 10.0.0.0/8, or "
                        "listen on 127.0.0.1.")
                         .arg(listenAddress.toString()),
                     QStringLiteral("listen")};
    }
    if (listenAddress.isNull())
        return Error{tr("No address to listen on."), QStringLiteral("listen")};
    if (isAutomatic() && pacScript.trimmed().isEmpty())
        return Error{tr("The PAC script %1 was not read, or is empty.").arg(pacUrl), QStringLiteral("pacUrl")};
    return {};
}

Result<EngineConfig> EngineConfig::fromSettings(const SettingsData &data, const QString &profileId,
                                                const QString &password)
{
    SettingsData snapshot = data;
    if (!profileId.isEmpty())
        snapshot.activeProfileId = profileId;
    const ProxyProfile *profile = snapshot.activeProfile();
    if (!profile)
        return Error{tr("There is no profile “%1”.").arg(profileId), QStringLiteral("profile")};

    EngineConfig config;
    config.profileName = profile->name;
    if (profile->usesProxy()) {
        config.upstream.scheme = profile->scheme;
        config.upstream.host = profile->host;
        config.upstream.port = profile->port;
        config.upstream.user = profile->username;
        config.upstream.authorization = UpstreamProxy::basicAuthorization(profile->username, password);
        config.upstream.password = profile->username.isEmpty() ? QString() : password;
    } else if (profile->isAutomatic()) {
        config.pacUrl = profile->pacUrl;
        config.upstream.user = profile->username;
        config.upstream.authorization = UpstreamProxy::basicAuthorization(profile->username, password);
        config.upstream.password = profile->username.isEmpty() ? QString() : password;
    }
    config.routes = std::make_shared<const RouteResolver>(snapshot);
    return config;
}

Result<std::pair<QHostAddress, quint16>> EngineConfig::parseListen(const QString &input)
{
    const QString text = input.trimmed();
    const QString field = QStringLiteral("listen");
    QString host;
    QString port;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0 || (close + 1 < text.size() && text[close + 1] != u':'))
            return Error{tr("“%1” is not ADDRESS:PORT, e.g. [::1]:3128.").arg(text), field};
        host = text.mid(1, close - 1);
        port = text.mid(close + 2);
    } else if (text.count(u':') == 1) {
        host = text.section(u':', 0, 0);
        port = text.section(u':', 1);
    } else if (text.count(u':') > 1) {
        return Error{tr("Write an IPv6 address in brackets: [%1]:3128.").arg(text), field};
    } else if (!text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); })) {
        port = text;
    } else {
        host = text;
    }

    QHostAddress address(QHostAddress::LocalHost);
    if (host == u"localhost") {
        address = QHostAddress(QHostAddress::LocalHost);
    } else if (host == u"*") {
        // Every interface, IPv4 and IPv6: the listener makes "::" dual-stack.
        address = QHostAddress(QHostAddress::AnyIPv6);
    } else if (!host.isEmpty()
               && (std::any_of(host.cbegin(), host.cend(), isControlCharacter) || !address.setAddress(host))) {
        // QHostAddress reads up to a NUL: "127.0.0.1\0junk" must not pass for 127.0.0.1.
        return Error{tr("“%1” is not an IP address to listen on (use 127.0.0.1, ::1, 0.0.0.0 or an address of this "
                        "machine).")
                         .arg(host),
                     field};
    }
    quint16 number = 3128;
    if (!port.isEmpty()) {
        bool ok = false;
        const uint value = port.toUInt(&ok);
        if (!ok || value > 65535)
            return Error{tr("“%1” is not a port (0-65535).").arg(port), field};
        number = quint16(value);
    }
    return std::pair{address, number};
}

QString EngineConfig::listenString(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv4Protocol ? address.toString()
                                                                            : u'[' + address.toString() + u']';
    return host + u':' + QString::number(port);
}
