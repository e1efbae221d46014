#include "agentexporters.h"

namespace {

// A YAML double-quoted scalar: only \ and " need escaping among printable characters; control
// characters cannot reach here (host, URL and NO_PROXY entries are validated).
QString yamlQuoted(const QString &value)
{
    return u'"' + QString(value).replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")) + u'"';
}

QString tlsComment(const ExportInput &input, const QString &comment, const QString &variable)
{
    QString text = comment + u' '
        + AgentYamlExporter::tr("TLS verification stays on: a forwarder or TLS-inspecting proxy is trusted through its CA, "
                                "not by skip_ssl_validation.")
        + u'\n';
    if (!input.caBundlePath.isEmpty())
        text += comment + u' ' + AgentYamlExporter::tr("Give the agent the CA bundle in its environment: %1=%2").arg(variable, input.caBundlePath)
            + u'\n';
    return text;
}

QStringList tlsNotes(const ExportInput &input)
{
    QStringList notes{AgentYamlExporter::tr(
        "skip_ssl_validation is written as off: the agent guide turns it on behind HAProxy, which hides a certificate "
        "problem; trust the proxy's CA on the Certificates page instead.")};
    if (input.profile.usesProxy() && input.passwordLeftOut())
        notes.append(AgentYamlExporter::tr("The password is left out; the agent cannot read it from a reference."));
    return notes;
}

} // namespace

QByteArray AgentYamlExporter::render(const ExportInput &input) const
{
    QString text = u"# " + input.headline() + u'\n';
    if (input.passwordLeftOut())
        text += u"# " + tr("The password is not included: give the agent the full URL in DD_PROXY_HTTPS (or STS_PROXY_HTTPS).")
            + u'\n';
    // The Go agent reads the roots from SSL_CERT_FILE (crypto/x509 on Linux).
    text += tlsComment(input, QStringLiteral("#"), QStringLiteral("SSL_CERT_FILE"));
    if (input.profile.usesProxy()) {
        const QString url = yamlQuoted(input.proxyUrlWithoutReference());
        text += QStringLiteral("proxy:\n  http: %1\n  https: %1\n").arg(url);
        if (input.noProxy.isEmpty()) {
            text += QStringLiteral("  no_proxy: []\n");
        } else {
            text += QStringLiteral("  no_proxy:\n");
            for (const QString &entry : input.noProxy)
                text += QStringLiteral("    - ") + yamlQuoted(entry) + u'\n';
        }
        // Without it the agent compares no_proxy entries to whole host names only; with it, domains
        // match their subdomains and CIDR ranges work, as in the other exports.
        text += QStringLiteral("no_proxy_nonexact_match: true\n");
    } else {
        text += u"# " + tr("This profile uses no proxy.") + u'\n';
    }
    text += QStringLiteral("skip_ssl_validation: false\n");
    return text.toUtf8();
}

QStringList AgentYamlExporter::notes(const ExportInput &input) const
{
    return tlsNotes(input);
}

QByteArray AgentIniExporter::render(const ExportInput &input) const
{
    QString text = u"# " + input.headline() + u'\n';
    text += u"# " + tr("Merge these keys into the [Main] section of stackstate.conf (or datadog.conf).") + u'\n';
    // The Python agent talks through requests, which reads REQUESTS_CA_BUNDLE.
    text += tlsComment(input, QStringLiteral("#"), QStringLiteral("REQUESTS_CA_BUNDLE"));
    // Python's ConfigParser interpolates "%(name)s", so a literal "%" is written "%%"; it strips
    // the blanks around a value and reads everything else verbatim.
    const auto value = [](const QString &raw) { return QString(raw).replace(u'%', QStringLiteral("%%")); };
    text += QStringLiteral("[Main]\n");
    if (input.profile.usesProxy()) {
        if (input.profile.scheme != u"http")
            text += u"# " + tr("These agents speak plain HTTP to the proxy; an https:// proxy needs the local engine in between.")
                + u'\n';
        text += QStringLiteral("proxy_host: ") + value(input.profile.host) + u'\n';
        text += QStringLiteral("proxy_port: ") + QString::number(input.profile.port) + u'\n';
        if (!input.profile.username.isEmpty())
            text += QStringLiteral("proxy_user: ") + value(input.profile.username) + u'\n';
        if (input.includeSecrets && !input.password.isEmpty())
            text += QStringLiteral("proxy_password: ") + value(input.password) + u'\n';
        else if (input.passwordLeftOut())
            text += u"# " + tr("The password is not included: write it as proxy_password, raw, with %% for each %.") + u'\n';
    } else {
        text += u"# " + tr("This profile uses no proxy.") + u'\n';
    }
    text += QStringLiteral("skip_ssl_validation: no\n");
    return text.toUtf8();
}

QStringList AgentIniExporter::notes(const ExportInput &input) const
{
    QStringList notes = tlsNotes(input);
    const QString &password = input.password;
    if (input.includeSecrets && (password != password.trimmed()))
        notes.append(tr("ConfigParser strips blanks around values: a password that starts or ends with a blank "
                        "does not survive this format."));
    return notes;
}
