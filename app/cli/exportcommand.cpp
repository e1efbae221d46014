#include "exportcommand.h"

#include "anchorstore.h"
#include "clicontext.h"
#include "exporter.h"
#include "routeresolver.h"
#include "settingsstore.h"
#include "shellexporters.h"

#include <QFile>
#include <QFileInfo>

int ExportCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption list(QStringLiteral("list"), tr("List the formats."));
    const QCommandLineOption format(QStringLiteral("format"), tr("The format (see --list)."), tr("format"));
    const QCommandLineOption secrets(QStringLiteral("include-secrets"),
                                     tr("Put the password (from the keychain) into the output; files are written 0600."));
    const QCommandLineOption output(QStringLiteral("output"), tr("Write to <file> (atomically, owner-only)."), tr("file"));
    const QCommandLineOption install(QStringLiteral("install"),
                                     tr("sh: replace ProxyDeck's block in <file> (or append it), keeping every other byte; "
                                        "the previous file is kept as <file>.proxydeck-backup."),
                                     tr("file"));
    parser.addOptions({list, format, secrets, output, install});
    if (auto stop = context.parse(parser, arguments,
                                  QStringLiteral("export --list | --format FMT [--include-secrets] [--output FILE | --install FILE]"),
                                  tr("Write the active profile, the NO_PROXY in force and the CA bundle for another tool.")))
        return *stop;
    if (parser.isSet(list)) {
        for (const auto &exporter : Exporter::all())
            context.out() << exporter->id().leftJustified(8) << exporter->name() << '\n';
        return ExitOk;
    }
    const auto exporter = Exporter::find(parser.value(format));
    if (!exporter)
        return context.fail(ExitUsage, tr("--format: unknown format “%1”; see “proxydeck export --list”.").arg(parser.value(format)));
    if (parser.isSet(output) && parser.isSet(install))
        return context.fail(ExitUsage, tr("--output and --install exclude each other."));
    if (parser.isSet(install) && exporter->id() != u"sh")
        return context.fail(ExitUsage, tr("--install works with --format sh (a marked block in a shell profile)."));
    if (auto stop = context.loadSettings(parser))
        return *stop;

    const SettingsData &data = context.settings().data();
    ExportInput input;
    input.profile = *data.activeProfile();
    input.noProxy = RouteResolver(data).effectiveNoProxy();
    const AnchorStore anchors(QFileInfo(context.settings().filePath()).absolutePath());
    if (!anchors.list().isEmpty()) {
        auto bundle = anchors.writeBundle();
        if (!bundle)
            return context.failWith(ExitFailure, bundle.error());
        input.caBundlePath = bundle.value();
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

    if (parser.isSet(install)) {
        const QString path = parser.value(install);
        QFile existing(path);
        QByteArray before;
        if (existing.exists()) {
            if (!existing.open(QIODevice::ReadOnly))
                return context.fail(ExitFailure, tr("Cannot read %1: %2").arg(path, existing.errorString()));
            before = existing.readAll();
            existing.close();
            if (auto backup = SettingsStore::writeAtomically(path + QStringLiteral(".proxydeck-backup"), before); !backup)
                return context.failWith(ExitFailure, backup.error());
        }
        if (auto written = SettingsStore::writeAtomically(path, PosixShellExporter::installInto(before, rendered)); !written)
            return context.failWith(ExitFailure, written.error());
        context.out() << tr("Installed ProxyDeck's block in %1").arg(path) << '\n';
        return ExitOk;
    }
    if (parser.isSet(output)) {
        if (auto written = SettingsStore::writeAtomically(parser.value(output), rendered); !written)
            return context.failWith(ExitFailure, written.error());
        return ExitOk;
    }
    context.out() << QString::fromUtf8(rendered);
    return ExitOk;
}
