#include "environmentimport.h"

#include "insecuretls.h"

#include <QRegularExpression>

namespace {

QString firstSet(const QProcessEnvironment &environment, const QStringList &names, QString *which)
{
    for (const QString &name : names) {
        const QString value = environment.value(name).trimmed();
        if (!value.isEmpty()) {
            *which = name;
            return value;
        }
    }
    return {};
}

} // namespace

ProxyProfile EnvironmentProxy::appliedTo(ProxyProfile profile) const
{
    profile.scheme = proxy.scheme;
    profile.host = proxy.host;
    profile.port = proxy.port;
    profile.username = proxy.username;
    return profile;
}

QStringList EnvironmentImport::splitNoProxy(const QString &value)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    QStringList entries;
    const QStringList parts = value.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!entries.contains(part, Qt::CaseInsensitive))
            entries.append(part);
    }
    return entries;
}

Result<EnvironmentProxy> EnvironmentImport::read(const QProcessEnvironment &environment)
{
    EnvironmentProxy result;
    QString httpsName;
    QString httpName;
    const QString https = firstSet(environment, {QStringLiteral("https_proxy"), QStringLiteral("HTTPS_PROXY")},
                                   &httpsName);
    const QString http = firstSet(environment, {QStringLiteral("http_proxy"), QStringLiteral("HTTP_PROXY")},
                                  &httpName);
    if (https.isEmpty() && http.isEmpty()) {
        return Error{tr("No proxy is set in the environment: none of https_proxy, HTTPS_PROXY, http_proxy "
                        "or HTTP_PROXY has a value.")};
    }
    const QString value = https.isEmpty() ? http : https;
    result.sourceVariable = https.isEmpty() ? httpName : httpsName;

    auto parts = ProxyUrlParts::parse(value);
    if (!parts) {
        Error error = parts.error();
        error.message = tr("%1: %2").arg(result.sourceVariable, error.message);
        error.field = result.sourceVariable;
        return error;
    }
    result.proxy = parts.value();
    if (result.proxy.port == 0) {
        result.proxy.port = result.proxy.scheme == u"https" ? 443 : 80;
        result.notes.append(tr("%1 has no port; %2 was assumed (curl would use 1080).")
                                .arg(result.sourceVariable).arg(result.proxy.port));
    }
    if (!https.isEmpty() && !http.isEmpty()) {
        auto other = ProxyUrlParts::parse(http);
        if (!other || other.value().host != result.proxy.host
            || (other.value().port != 0 && other.value().port != result.proxy.port)) {
            result.notes.append(tr("%1 and %2 name different proxies; %1 was imported.")
                                    .arg(httpsName, httpName));
        }
    }

    QString noProxyName;
    const QString noProxy = firstSet(environment, {QStringLiteral("no_proxy"), QStringLiteral("NO_PROXY")},
                                     &noProxyName);
    result.noProxy = splitNoProxy(noProxy);

    // A proxy that inspects TLS often comes with a variable that turns certificate checks off.
    QStringList keys = environment.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        for (const InsecureTls::Finding &finding : InsecureTls::scan(key + u'=' + environment.value(key)))
            result.notes.append(tr("%1 turns TLS certificate checking off; import the proxy's CA on the Certificates "
                                   "page and use %2 instead.").arg(key, finding.replacement));
    }
    return result;
}
