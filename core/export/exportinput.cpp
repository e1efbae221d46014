#include "exportinput.h"

#include "connectionkind.h"
#include "pacscript.h"
#include "routeresolver.h"
#include "routetarget.h"
#include "settingsdata.h"
#include "textchars.h"

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

void ExportInput::resolveAutomatic(const QUrl &probeUrl, const Result<QList<PacProxy>> &answer)
{
    if (!profile.isAutomatic())
        return;
    const QString probe = probeUrl.toString();
    if (!answer) {
        pacNote = tr("The profile is automatic, but its PAC script %1 gave no answer (%2): no proxy is written.")
                      .arg(profile.pacUrl, answer.error().message);
        return;
    }
    QStringList words;
    for (const PacProxy &proxy : answer.value())
        words.append(proxy.toString());
    const QString said = words.join(QStringLiteral("; "));
    for (const PacProxy &proxy : answer.value()) {
        if (proxy.type == PacProxy::Type::Direct)
            break;
        if (proxy.type == PacProxy::Type::Proxy || proxy.type == PacProxy::Type::Https) {
            profile.scheme = proxy.type == PacProxy::Type::Https ? QStringLiteral("https") : QStringLiteral("http");
            profile.host = proxy.host;
            profile.port = proxy.port;
            pacNote = tr("The profile is automatic and these tools cannot read a PAC script: this is the proxy %1 "
                         "answered for %2 (“%3”).")
                          .arg(profile.pacUrl, probe, said);
            return;
        }
    }
    pacNote = tr("The profile is automatic and %1 answered “%2” for %3: no proxy is written.")
                  .arg(profile.pacUrl, said, probe);
}

QUrl ExportInput::pacProbeUrl(const SettingsData &data)
{
    for (const Connection &connection : data.connections) {
        const ConnectionKind *kind = ConnectionKind::find(connection.kind);
        if (!connection.useProxy || !kind || kind->rawTcp)
            continue;
        if (auto target = RouteTarget::parse(connection.endpoint, kind->defaultScheme))
            return QUrl(target.value().toUrlString());
    }
    return QUrl(QStringLiteral("https://example.com/"));
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
        if (isControlCharacter(c))
            c = u' ';
    }
    return label;
}

QString ExportInput::headline() const
{
    return tr("Proxy settings written by ProxyDeck from the profile “%1”.").arg(profileLabel())
        + (pacNote.isEmpty() ? QString() : u' ' + pacNote);
}
