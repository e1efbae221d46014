#include "exportcommand.h"

#include "anchorstore.h"
#include "clicontext.h"
#include "exporter.h"
#include "exportwriter.h"
#include "pacsource.h"

#include <QFileInfo>

#include <unistd.h>

int ExportCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption list(QStringLiteral("list"), tr("List the formats."));
    const QCommandLineOption format(QStringLiteral("format"), tr("The format (see --list)."), tr("format"));
    const QCommandLineOption secrets(QStringLiteral("include-secrets"),
                                     tr("Put the password (from the keychain) into the output; files are written 0600."));
    const QCommandLineOption output(QStringLiteral("output"), tr("Write to <file> (atomically, owner-only)."), tr("file"));
    const QCommandLineOption install(QStringLiteral("install"),
                                     tr("Replace ProxyDeck's marked block in <file> (or append it), keeping every other byte; "
                                        "the previous file is kept as <file>.proxydeck-backup. For env, sh, fish, "
                                        "powershell and systemd-env."),
                                     tr("file"));
    parser.addOptions({list, format, secrets, output, install});
    if (auto stop = context.parse(parser, arguments,
                                  QStringLiteral("export --list | --format FMT [--include-secrets] [--output FILE | --install FILE]"),
                                  tr("Write the active profile, the NO_PROXY in force and the CA bundle for another tool.")))
        return *stop;
    if (parser.isSet(list)) {
        for (const auto &exporter : Exporter::all())
            context.out() << exporter->id().leftJustified(15) << exporter->name() << '\n';
        return ExitOk;
    }
    if (!parser.isSet(format))
        return context.fail(ExitUsage, tr("Say which format with --format (see “proxydeck export --list”)."));
    const auto exporter = Exporter::find(parser.value(format));
    if (!exporter)
        return context.fail(ExitUsage, tr("--format: unknown format “%1”; see “proxydeck export --list”.").arg(parser.value(format)));
    if (parser.isSet(output) && parser.isSet(install))
        return context.fail(ExitUsage, tr("--output and --install exclude each other."));
    if (parser.isSet(install) && !exporter->installable())
        return context.fail(ExitUsage, tr("--install places a marked block in a profile or environment file; the format "
                                          "“%1” is a whole file of its own: use --output.").arg(exporter->id()));
    const bool toStdout = !parser.isSet(output) && !parser.isSet(install);
    // A password printed on a terminal stays in its scrollback and in screen recordings.
    if (parser.isSet(secrets) && toStdout && isatty(STDOUT_FILENO))
        return context.fail(ExitUsage, tr("--include-secrets does not print the password on a terminal: write it with "
                                          "--output FILE or --install FILE, or pipe the output."));
    if (auto stop = context.loadSettings(parser))
        return *stop;

    const AnchorStore anchors(QFileInfo(context.settings().filePath()).absolutePath());
    QString bundlePath;
    if (!anchors.list().isEmpty()) {
        auto bundle = anchors.writeBundle();
        if (!bundle)
            return context.failWith(ExitFailure, bundle.error());
        bundlePath = bundle.value();
    }
    ExportInput input = ExportInput::fromSettings(context.settings().data(), bundlePath);
    if (input.profile.isAutomatic()) {
        const QUrl probe = ExportInput::pacProbeUrl(context.settings().data());
        auto loaded = PacSource::loadBlocking(QUrl(input.profile.pacUrl));
        input.resolveAutomatic(probe, loaded ? loaded.value().script.findProxy(probe)
                                             : Result<QList<PacProxy>>(loaded.error()));
        context.warn(input.pacNote);
    }
    if (parser.isSet(secrets) && input.profile.hasStoredPassword()) {
        const SecretOutcome secret = context.readSecret(input.profile.secretKey());
        if (!secret.ok())
            return context.fail(CliContext::exitCodeFor(secret), secret.message);
        input.includeSecrets = true;
        input.password = secret.secret;
    }
    const QByteArray rendered = exporter->render(input);
    if (!input.includeSecrets && input.profile.hasStoredPassword())
        context.warn(tr("The proxy password is not included (add --include-secrets to include it; the file is then "
                        "written owner-only)."));
    for (const QString &note : exporter->notes(input))
        context.warn(note);

    if (parser.isSet(install)) {
        const QString path = parser.value(install);
        auto installed = ExportWriter::install(path, rendered);
        if (!installed)
            return context.failWith(ExitFailure, installed.error());
        for (const QString &warning : installed.value())
            context.warn(warning);
        context.out() << tr("Installed ProxyDeck's block in %1").arg(path) << '\n';
        return ExitOk;
    }
    if (parser.isSet(output)) {
        if (auto written = ExportWriter::writeFile(parser.value(output), rendered); !written)
            return context.failWith(ExitFailure, written.error());
        return ExitOk;
    }
    context.out() << QString::fromUtf8(rendered);
    return ExitOk;
}
