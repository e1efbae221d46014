#include "toolconfigexporters.h"

#include "noproxylist.h"
#include "toolmodel.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString quotedGit(const QString &value)
{
    return u'"' + QString(value).replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")) + u'"';
}

// One line of a java @argfile: a quoted argument, with \ and " escaped.
QString argfileLine(const QString &argument)
{
    return quotedGit(argument) + u'\n';
}

QString header(const ExportInput &input, const QString &comment)
{
    QString text = comment + u' ' + input.headline() + u'\n';
    if (input.passwordLeftOut())
        text += comment + u' ' + ExportInput::tr("The password is not included; see below how this tool gets it.") + u'\n';
    return text;
}

} // namespace

QByteArray GitConfigExporter::render(const ExportInput &input) const
{
    QString text = header(input, QStringLiteral("#"));
    if (!input.includeSecrets && input.hasPasswordPart())
        text += QStringLiteral("# git asks its credential helper for the proxy password (git help credential).\n");
    text += QStringLiteral("[http]\n");
    text += QStringLiteral("\tproxy = ") + quotedGit(input.profile.usesProxy() ? input.proxyUrlWithoutReference() : QString()) + u'\n';
    if (!input.caBundlePath.isEmpty())
        text += QStringLiteral("\tsslCAInfo = ") + quotedGit(input.caBundlePath) + u'\n';
    // Bypasses as per-URL settings: git matches "*" for one label of a host name, and ports exactly,
    // so these cover the default ports; git also reads NO_PROXY from the environment for the rest.
    for (const NoProxyEntry &entry : NoProxyList::parse(input.noProxy).entries) {
        if (entry.kind != NoProxyEntry::Kind::Domain || entry.port != 0)
            continue;
        QStringList hosts;
        if (entry.form != NoProxyEntry::DomainForm::LeadingGlob)
            hosts.append(entry.domain);
        hosts.append(QStringLiteral("*.") + entry.domain);
        for (const QString &host : hosts) {
            for (const char *scheme : {"https", "http"})
                text += QStringLiteral("[http \"%1://%2\"]\n\tproxy = \"\"\n").arg(QString::fromLatin1(scheme), host);
        }
    }
    return text.toUtf8();
}

QByteArray NpmrcExporter::render(const ExportInput &input) const
{
    QString text = header(input, QStringLiteral(";"));
    if (!input.includeSecrets && input.hasPasswordPart())
        text += QStringLiteral("; npm expands ${PROXY_PASSWORD}: set it, percent-encoded, in npm's environment.\n");
    const QString url = input.profile.usesProxy() ? input.proxyUrl(QStringLiteral("${PROXY_PASSWORD}")) : QString();
    text += QStringLiteral("proxy=") + url + u'\n';
    text += QStringLiteral("https-proxy=") + url + u'\n';
    text += QStringLiteral("noproxy=") + input.noProxy.join(u',') + u'\n';
    if (!input.caBundlePath.isEmpty())
        text += QStringLiteral("cafile=") + input.caBundlePath + u'\n';
    return text.toUtf8();
}

QByteArray PipConfExporter::render(const ExportInput &input) const
{
    QString text = header(input, QStringLiteral("#"));
    if (!input.includeSecrets && input.hasPasswordPart())
        text += QStringLiteral("# pip asks for the proxy password, or use the .env/shell export, which can carry it.\n");
    text += QStringLiteral("# pip has no no-proxy setting; it honours NO_PROXY from the environment.\n[global]\n");
    if (input.profile.usesProxy())
        text += QStringLiteral("proxy = ") + input.proxyUrlWithoutReference() + u'\n';
    if (!input.caBundlePath.isEmpty())
        text += QStringLiteral("cert = ") + input.caBundlePath + u'\n';
    return text.toUtf8();
}

QByteArray AptConfExporter::render(const ExportInput &input) const
{
    QString text = header(input, QStringLiteral("//"));
    if (!input.includeSecrets && input.hasPasswordPart())
        text += QStringLiteral("// Give apt the password in /etc/apt/auth.conf.d/proxydeck.conf (machine HOST login USER password …).\n");
    const QString url = input.profile.usesProxy() ? input.proxyUrlWithoutReference() + u'/' : QStringLiteral("DIRECT");
    text += QStringLiteral("Acquire::http::Proxy %1;\nAcquire::https::Proxy %1;\n").arg(quotedGit(url));
    // apt ignores NO_PROXY; it takes DIRECT per exact host name.
    for (const NoProxyEntry &entry : NoProxyList::parse(input.noProxy).entries) {
        if (entry.kind == NoProxyEntry::Kind::Domain && entry.form == NoProxyEntry::DomainForm::Plain && entry.port == 0)
            text += QStringLiteral("Acquire::http::Proxy::%1 \"DIRECT\";\nAcquire::https::Proxy::%1 \"DIRECT\";\n").arg(entry.domain);
    }
    return text.toUtf8();
}

QByteArray JvmOptionsExporter::render(const ExportInput &input) const
{
    QString text = header(input, QStringLiteral("#"));
    if (input.hasPasswordPart())
        text += QStringLiteral("# The JDK does not send proxy credentials from properties; use ProxyDeck's local engine.\n");
    QStringList warnings;
    const QString nonProxyHosts = ToolModel::javaNonProxyHosts(NoProxyList::parse(input.noProxy).entries, &warnings);
    for (const QString &warning : std::as_const(warnings))
        text += QStringLiteral("# ") + warning + u'\n';
    if (input.profile.usesProxy()) {
        // Java wants the bare host, IPv6 without brackets.
        for (const char *scheme : {"http", "https"}) {
            const QString prefix = QStringLiteral("-D") + QString::fromLatin1(scheme);
            text += argfileLine(prefix + QStringLiteral(".proxyHost=") + input.profile.host);
            text += argfileLine(prefix + QStringLiteral(".proxyPort=") + QString::number(input.profile.port));
            if (!input.profile.username.isEmpty())
                text += argfileLine(prefix + QStringLiteral(".proxyUser=") + input.profile.username);
        }
    }
    text += argfileLine(QStringLiteral("-Dhttp.nonProxyHosts=") + nonProxyHosts);
    return text.toUtf8();
}

QByteArray DockerClientExporter::render(const ExportInput &input) const
{
    QJsonObject proxies;
    if (input.profile.usesProxy()) {
        const QString url = input.proxyUrlWithoutReference();
        proxies.insert(QStringLiteral("httpProxy"), url);
        proxies.insert(QStringLiteral("httpsProxy"), url);
    }
    proxies.insert(QStringLiteral("noProxy"), input.noProxy.join(u','));
    const QJsonObject root{{QStringLiteral("proxies"), QJsonObject{{QStringLiteral("default"), proxies}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QStringList DockerClientExporter::notes(const ExportInput &input) const
{
    QStringList notes;
    if (input.passwordLeftOut())
        notes.append(tr("Docker expands no variables here: the proxy URLs carry the user only. Export with the password "
                        "only if everyone who can inspect your containers may see it."));
    return notes;
}

QByteArray DockerDaemonExporter::render(const ExportInput &input) const
{
    QString text = header(input, QStringLiteral("#"));
    text += QStringLiteral("# /etc/systemd/system/docker.service.d/http-proxy.conf, then: systemctl daemon-reload && "
                           "systemctl restart docker\n");
    text += QStringLiteral("[Service]\n");
    // systemd.unit(5)/systemd.exec(5): "%" starts a specifier, so it is doubled (percent-encoded
    // credentials are full of it); inside double quotes \\ and \" are C escapes; "$" is literal in
    // Environment=.
    const auto quoted = [](const QString &assignment) -> QString {
        QString escaped;
        for (QChar c : assignment) {
            if (c == u'%')
                escaped += u'%';
            else if (c == u'\\' || c == u'"')
                escaped += u'\\';
            escaped += c;
        }
        return u'"' + escaped + u'"';
    };
    const QString url = input.profile.usesProxy() ? input.proxyUrlWithoutReference() : QString();
    // The daemon reads both cases; Docker's documentation writes upper case.
    for (const char *name : {"HTTP_PROXY", "HTTPS_PROXY"})
        text += QStringLiteral("Environment=") + quoted(QString::fromLatin1(name) + u'=' + url) + u'\n';
    text += QStringLiteral("Environment=") + quoted(QStringLiteral("NO_PROXY=") + input.noProxy.join(u',')) + u'\n';
    return text.toUtf8();
}

QStringList DockerDaemonExporter::notes(const ExportInput &input) const
{
    QStringList notes;
    if (input.passwordLeftOut())
        notes.append(tr("Environment= cannot refer to another variable: the URLs carry the user only. With the password "
                        "included, any local user can read it with “systemctl show docker”; prefer the local engine."));
    else if (input.includeSecrets && !input.password.isEmpty())
        notes.append(tr("Any local user can read Environment= values with “systemctl show docker”."));
    return notes;
}
