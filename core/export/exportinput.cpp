#include "exportinput.h"

#include "routeresolver.h"
#include "settingsdata.h"

#include <QUrl>

ExportInput ExportInput::fromSettings(const SettingsData &data, const QString &caBundlePath)
{
    ExportInput input;
    if (const ProxyProfile *active = data.activeProfile())
        input.profile = *active;
    input.noProxy = RouteResolver(data).effectiveNoProxy();
    input.caBundlePath = caBundlePath;
    return input;
}

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

QString ExportInput::proxyUrlWithoutReference() const
{
    ExportInput copy = *this;
    if (!copy.includeSecrets) {
        copy.profile.secretRef.clear();
        copy.password.clear();
    }
    return copy.proxyUrl(QString());
}

QString ExportInput::profileLabel() const
{
    QString label = profile.name;
    for (QChar &c : label) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return label;
}

QString ExportInput::headline() const
{
    return tr("Proxy settings written by ProxyDeck from the profile “%1”.").arg(profileLabel());
}
