#include "shellexporters.h"

#include "quoting.h"

namespace {

const QString PosixReference = QStringLiteral("${PROXY_PASSWORD}");

QString header(const ExportInput &input, const QString &howToSetPassword)
{
    QStringList lines{u"# " + input.headline()};
    if (!input.profile.usesProxy())
        lines.append(u"# " + ExportInput::tr("This profile uses no proxy: the proxy variables are cleared."));
    else if (input.passwordLeftOut())
        lines.append(u"# " + howToSetPassword);
    return lines.join(u'\n') + u'\n';
}

QString passwordHint()
{
    return ExportInput::tr("Set %1 to the proxy password, percent-encoded (@ as %40, : as %3A), before this runs.")
        .arg(ExportInput::passwordVariable());
}

// Inside double quotes, POSIX shells and .env readers treat \ " $ ` specially.
QString posixQuoted(const QString &value)
{
    return Quoting::quoted(value, Quoting::backslashBefore(QStringLiteral("\\\"$`")), PosixReference);
}

QString block(const QString &body)
{
    return QString::fromLatin1(Exporter::BlockBegin) + u'\n' + body + QString::fromLatin1(Exporter::BlockEnd) + u'\n';
}

} // namespace

QStringList EnvironmentExporter::notes(const ExportInput &input) const
{
    // The analytics platform's guide turns Node's TLS check off (NODE_TLS_REJECT_UNAUTHORIZED=0)
    // to get through a TLS-inspecting proxy; trusting the proxy's CA keeps the check.
    if (input.caBundlePath.isEmpty())
        return {};
    return {tr("TLS verification stays on: NODE_EXTRA_CA_CERTS, REQUESTS_CA_BUNDLE and the other CA variables point at "
               "the bundle with your CA anchors. Remove any NODE_TLS_REJECT_UNAUTHORIZED=0 left from an older setup.")};
}

QByteArray DotEnvExporter::render(const ExportInput &input) const
{
    QString text = header(input, passwordHint());
    for (const auto &[name, value] : Exporter::environment(input, Quoting::placeholder()))
        text += name + u'=' + posixQuoted(value) + u'\n';
    return block(text).toUtf8();
}

QByteArray PosixShellExporter::render(const ExportInput &input) const
{
    QString text = header(input, passwordHint());
    QStringList unset;
    for (const auto &[name, value] : Exporter::environment(input, Quoting::placeholder())) {
        if (value.isNull())
            unset.append(name);
        else
            text += QStringLiteral("export ") + name + u'=' + posixQuoted(value) + u'\n';
    }
    if (!unset.isEmpty())
        text += QStringLiteral("unset ") + unset.join(u' ') + u'\n';
    return block(text).toUtf8();
}

QByteArray FishExporter::render(const ExportInput &input) const
{
    QString text = header(input, passwordHint());
    for (const auto &[name, value] : Exporter::environment(input, Quoting::placeholder())) {
        if (value.isNull())
            text += QStringLiteral("set -e ") + name + u'\n';
        else
            text += QStringLiteral("set -gx ") + name + u' '
                + Quoting::quoted(value, Quoting::backslashBefore(QStringLiteral("\\\"$")), QStringLiteral("$PROXY_PASSWORD")) + u'\n';
    }
    return block(text).toUtf8();
}

QByteArray PowerShellExporter::render(const ExportInput &input) const
{
    QString text = header(input, passwordHint().replace(ExportInput::passwordVariable(),
                                                        u"$env:" + ExportInput::passwordVariable()));
    text += u"# " + tr("For this session; to keep it, install this block in $PROFILE.") + u'\n';
    // Single quotes are literal in PowerShell; the quote characters themselves (including the
    // typographic ones PowerShell also accepts) are doubled. The reference is concatenated.
    const auto escape = [](QChar c) -> QString {
        const bool quote = c == u'\'' || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A) || c == QChar(0x201B);
        return quote ? QString(2, c) : QString(c);
    };
    // Windows has one variable per name whatever its case; PowerShell on Linux and macOS has two,
    // and curl there reads only the lower-case one. Writing both is right on every system.
    for (const auto &[name, value] : Exporter::environment(input, Quoting::placeholder())) {
        if (value.isNull())
            text += QStringLiteral("Remove-Item -Path Env:%1 -ErrorAction SilentlyContinue\n").arg(name);
        else
            text += u"$env:" + name + u" = "
                + Quoting::quoted(value, escape, QStringLiteral("' + $env:PROXY_PASSWORD + '"), u'\'', u'\'') + u'\n';
    }
    return block(text).toUtf8();
}

QByteArray EnvironmentDExporter::render(const ExportInput &input) const
{
    QString text = header(input, tr("Define %1 (percent-encoded) in an environment.d file that sorts before this one.")
                                     .arg(ExportInput::passwordVariable()));
    text += u"# " + tr("For ~/.config/environment.d/: the systemd user manager and the graphical session read it at login.")
        + u'\n';
    // environment.d(5): values are unquoted like a shell's, then ${VAR} and $VAR are expanded, with
    // "$$" for a literal "$" (a backslash does not protect it; checked with systemd's generator).
    const auto escape = [](QChar c) -> QString {
        if (c == u'$')
            return QStringLiteral("$$");
        return (c == u'\\' || c == u'"') ? QString(u'\\') + c : QString(c);
    };
    for (const auto &[name, value] : Exporter::environment(input, Quoting::placeholder()))
        text += name + u'=' + Quoting::quoted(value, escape, PosixReference) + u'\n';
    return block(text).toUtf8();
}
