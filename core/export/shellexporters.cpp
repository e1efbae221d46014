#include "shellexporters.h"

namespace {

// Stands for the password reference while a value is escaped, so the reference alone stays live.
const QString Placeholder = QString(QChar(0xE000)) + QStringLiteral("PW") + QChar(0xE000);

// "value" with the characters that are special inside double quotes escaped by a backslash;
// the placeholder becomes the live reference.
QString doubleQuoted(const QString &value, const QString &special, const QString &reference)
{
    QString escaped;
    for (QChar c : value) {
        if (special.contains(c))
            escaped += u'\\';
        escaped += c;
    }
    return u'"' + escaped.replace(Placeholder, reference) + u'"';
}

QString header(const ExportInput &input, const QString &comment, const QString &howToSetPassword)
{
    QStringList lines;
    lines.append(comment + ExportInput::tr(" Proxy settings written by ProxyDeck from the profile “%1”.").arg(input.profile.name));
    if (!input.profile.usesProxy())
        lines.append(comment + ExportInput::tr(" This profile uses no proxy: the proxy variables are cleared."));
    else if (!input.includeSecrets && input.hasPasswordPart() && !input.profile.username.isEmpty())
        lines.append(comment + u' ' + howToSetPassword);
    return lines.join(u'\n') + u'\n';
}

QString passwordHint()
{
    return ExportInput::tr("Set %1 to the proxy password, percent-encoded (@ as %40, : as %3A), before this runs.")
        .arg(ExportInput::passwordVariable());
}

} // namespace

QByteArray DotEnvExporter::render(const ExportInput &input) const
{
    QString text = header(input, QStringLiteral("#"), passwordHint());
    for (const auto &[name, value] : Exporter::environment(input, Placeholder))
        text += name + u'=' + doubleQuoted(value, QStringLiteral("\\\"$`"), QStringLiteral("${PROXY_PASSWORD}")) + u'\n';
    return text.toUtf8();
}

const QByteArray PosixShellExporter::BlockBegin = "# >>> proxydeck >>>";
const QByteArray PosixShellExporter::BlockEnd = "# <<< proxydeck <<<";

QByteArray PosixShellExporter::render(const ExportInput &input) const
{
    QString text = QString::fromLatin1(BlockBegin) + u'\n' + header(input, QStringLiteral("#"), passwordHint());
    QStringList unset;
    for (const auto &[name, value] : Exporter::environment(input, Placeholder)) {
        if (value.isNull())
            unset.append(name);
        else
            text += QStringLiteral("export ") + name + u'='
                + doubleQuoted(value, QStringLiteral("\\\"$`"), QStringLiteral("${PROXY_PASSWORD}")) + u'\n';
    }
    if (!unset.isEmpty())
        text += QStringLiteral("unset ") + unset.join(u' ') + u'\n';
    return (text + QString::fromLatin1(BlockEnd) + u'\n').toUtf8();
}

QByteArray PosixShellExporter::installInto(const QByteArray &file, const QByteArray &block)
{
    const qsizetype begin = file.indexOf(BlockBegin);
    const qsizetype end = begin < 0 ? -1 : file.indexOf(BlockEnd, begin);
    if (begin < 0 || end < 0) {
        QByteArray result = file;
        if (!result.isEmpty() && !result.endsWith('\n'))
            result += '\n';
        return result + block;
    }
    qsizetype after = end + BlockEnd.size();
    if (after < file.size() && file.at(after) == '\n')
        ++after;
    return file.left(begin) + block + file.mid(after);
}

QByteArray FishExporter::render(const ExportInput &input) const
{
    QString text = header(input, QStringLiteral("#"), passwordHint());
    for (const auto &[name, value] : Exporter::environment(input, Placeholder)) {
        if (value.isNull())
            text += QStringLiteral("set -e ") + name + u'\n';
        else
            text += QStringLiteral("set -gx ") + name + u' '
                + doubleQuoted(value, QStringLiteral("\\\"$"), QStringLiteral("$PROXY_PASSWORD")) + u'\n';
    }
    return text.toUtf8();
}
