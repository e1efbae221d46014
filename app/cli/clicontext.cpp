#include "clicontext.h"

#include <QFile>

#include "configlocation.h"

#include <QEventLoop>

namespace {

QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\n'), QLatin1Char(' ')).trimmed();
}

} // namespace

const QCommandLineOption &CliContext::configDirOption()
{
    static const QCommandLineOption option(
        QStringLiteral("config-dir"),
        CliContext::tr("Use the configuration in <dir> (default: $PROXYDECK_CONFIG_DIR, else the "
                       "platform's config folder)."),
        CliContext::tr("dir"));
    return option;
}

std::optional<int> CliContext::parse(QCommandLineParser &parser, const QStringList &arguments,
                                     const QString &syntax, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(configDirOption());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments))
        return fail(ExitUsage, parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Qt prints "Usage: proxydeck [options]"; show the command's real syntax instead.
        const qsizetype end = text.indexOf(QLatin1Char('\n'));
        text.replace(0, end, tr("Usage: proxydeck %1").arg(syntax));
        m_out << text;
        m_out.flush();
        return ExitOk;
    }
    return std::nullopt;
}

std::optional<int> CliContext::loadSettings(const QCommandLineParser &parser)
{
    const QString dir = ConfigLocation::resolveDirectory(parser.value(configDirOption()));
    m_settings = std::make_unique<Settings>(ConfigLocation::settingsFile(dir));
    const SettingsLoadReport &report = m_settings->load();
    if (report.problem)
        return fail(ExitSettingsUnusable, report.problem->message);
    return std::nullopt;
}

int CliContext::fail(int code, const QString &message)
{
    m_out.flush();
    m_err << QStringLiteral("proxydeck: error: ") << oneLine(message) << Qt::endl;
    return code;
}

void CliContext::warn(const QString &message)
{
    m_out.flush();
    m_err << QStringLiteral("proxydeck: warning: ") << oneLine(message) << Qt::endl;
}

std::optional<QString> CliContext::readStandardInput(const QString &option, int *exitCode)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        *exitCode = fail(ExitFailure, tr("%1: cannot read standard input.").arg(option));
        return std::nullopt;
    }
    QByteArray bytes = in.readAll();
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.isEmpty()) {
        *exitCode = fail(ExitUsage, tr("%1: standard input is empty.").arg(option));
        return std::nullopt;
    }
    return QString::fromUtf8(bytes);
}

int CliContext::saveSettings()
{
    const Result<void> saved = m_settings->save();
    return saved ? ExitOk : failWith(ExitFailure, saved.error());
}

template<typename Start>
SecretOutcome CliContext::waitFor(Start start)
{
    QEventLoop loop;
    SecretOutcome result;
    start([&](const SecretOutcome &outcome) {
        result = outcome;
        loop.quit();
    }, &loop);
    loop.exec();
    return result;
}

SecretOutcome CliContext::readSecret(const QString &key)
{
    return waitFor([&](auto done, QObject *context) { m_secrets.read(key, context, done); });
}

SecretOutcome CliContext::writeSecret(const QString &key, const QString &secret)
{
    return waitFor([&](auto done, QObject *context) { m_secrets.write(key, secret, context, done); });
}

SecretOutcome CliContext::removeSecret(const QString &key)
{
    return waitFor([&](auto done, QObject *context) { m_secrets.remove(key, context, done); });
}

int CliContext::exitCodeFor(const SecretOutcome &outcome)
{
    switch (outcome.status) {
    case SecretOutcome::Status::Ok:
        return ExitOk;
    case SecretOutcome::Status::Unavailable:
    case SecretOutcome::Status::Denied:
        return ExitKeychain;
    case SecretOutcome::Status::NotFound:
    case SecretOutcome::Status::Failed:
        break;
    }
    return ExitFailure;
}
