#include "cacommands.h"

#include "anchorstore.h"
#include "certificateimport.h"
#include "clicontext.h"
#include "configlocation.h"
#include "settingsstore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject toJson(const CertificateInfo &info, const QString &file)
{
    return QJsonObject{{QStringLiteral("subject"), info.subject},
                       {QStringLiteral("issuer"), info.issuer},
                       {QStringLiteral("serial"), info.serial},
                       {QStringLiteral("notBefore"), info.notBefore.toString(Qt::ISODate)},
                       {QStringLiteral("notAfter"), info.notAfter.toString(Qt::ISODate)},
                       {QStringLiteral("sha256"), info.sha256},
                       {QStringLiteral("id"), info.shortId()},
                       {QStringLiteral("key"), QStringLiteral("%1 %2").arg(info.keyType).arg(info.keyBits)},
                       {QStringLiteral("signatureAlgorithm"), info.signatureAlgorithm},
                       {QStringLiteral("ca"), info.isCa},
                       {QStringLiteral("selfSigned"), info.selfSigned},
                       {QStringLiteral("file"), file},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(info.warnings())}};
}

void printDetails(QTextStream &out, const CertificateInfo &info, const QString &file)
{
    out << info.subject << '\n'
        << "  " << CaCommands::tr("issuer:     %1").arg(info.issuer) << '\n'
        << "  " << CaCommands::tr("valid:      %1 to %2").arg(info.notBefore.toString(Qt::ISODate), info.notAfter.toString(Qt::ISODate)) << '\n'
        << "  " << CaCommands::tr("SHA-256:    %1").arg(info.sha256) << '\n'
        << "  " << CaCommands::tr("key:        %1 %2, signed with %3").arg(info.keyType).arg(info.keyBits).arg(info.signatureAlgorithm) << '\n'
        << "  " << CaCommands::tr("CA:         %1%2").arg(info.isCa ? CaCommands::tr("yes") : CaCommands::tr("no"),
                                                          info.selfSigned ? CaCommands::tr(", self-signed") : QString()) << '\n'
        << "  " << CaCommands::tr("file:       %1").arg(file) << '\n';
    for (const QString &warning : info.warnings())
        out << "  ! " << warning << '\n';
}

} // namespace

int CaCommands::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("list, show: print JSON."));
    const QCommandLineOption output(QStringLiteral("output"), tr("bundle: also copy the bundle to <file>."), tr("file"));
    const QCommandLineOption os(QStringLiteral("os"), tr("trust-commands: debian, rhel, macos or windows."), tr("os"));
    parser.addOptions({json, output, os});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("import FILE…|- | list | show FP | remove FP | bundle [--output FILE] | "
                                    "trust-commands --os OS"));
    if (auto stop = context.parse(parser, arguments, QStringLiteral("ca import|list|show|remove|bundle|trust-commands …"),
                                  tr("Trust the CA certificates of a TLS-inspecting proxy.")))
        return *stop;
    QStringList words = parser.positionalArguments();
    const QString action = words.isEmpty() ? QString() : words.takeFirst();
    const QStringList actions = {QStringLiteral("import"), QStringLiteral("list"), QStringLiteral("show"),
                                 QStringLiteral("remove"), QStringLiteral("bundle"), QStringLiteral("trust-commands")};
    if (!actions.contains(action))
        return context.fail(ExitUsage, tr("ca: use import, list, show, remove, bundle or trust-commands."));
    if ((action == u"import" && words.isEmpty()) || ((action == u"show" || action == u"remove") && words.size() != 1)
        || ((action == u"list" || action == u"bundle" || action == u"trust-commands") && !words.isEmpty()))
        return context.fail(ExitUsage, tr("ca %1: wrong arguments; see “proxydeck ca --help”.").arg(action));
    if (auto stop = context.loadSettings(parser))
        return *stop;

    AnchorStore store(QFileInfo(context.settings().filePath()).absolutePath());
    QTextStream &out = context.out();
    if (action == u"list") {
        const QList<CertificateInfo> anchors = store.list();
        if (parser.isSet(json)) {
            QJsonArray list;
            for (const CertificateInfo &info : anchors)
                list.append(toJson(info, store.fileOf(info)));
            out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        } else {
            for (const CertificateInfo &info : anchors)
                out << info.shortId() << "  " << info.subject << "  " << tr("until %1").arg(info.notAfter.date().toString(Qt::ISODate))
                    << (info.warnings().isEmpty() ? QString() : QStringLiteral("  (!)")) << '\n';
            if (anchors.isEmpty())
                out << tr("No CA certificates are trusted beyond the system's.") << '\n';
        }
        return ExitOk;
    }
    if (action == u"show") {
        auto found = store.find(words.constFirst());
        if (!found)
            return context.failWith(ExitUsage, found.error());
        if (parser.isSet(json))
            out << QJsonDocument(toJson(found.value(), store.fileOf(found.value()))).toJson(QJsonDocument::Indented);
        else
            printDetails(out, found.value(), store.fileOf(found.value()));
        return ExitOk;
    }
    if (action == u"trust-commands") {
        const auto system = AnchorStore::systemFromName(parser.value(os));
        if (!system)
            return context.fail(ExitUsage, tr("--os: use debian, rhel, macos or windows."));
        const QStringList lines = store.trustCommands(*system);
        if (lines.isEmpty())
            return context.fail(ExitFailure, tr("No CA certificates to install: import one first."));
        out << lines.join(u'\n') << '\n';
        return ExitOk;
    }

    int exitCode = ExitOk;
    if (action == u"import") {
        int added = 0;
        int duplicates = 0;
        int rejected = 0;
        for (const QString &source : std::as_const(words)) {
            CertificateImport imported;
            if (source == u"-") {
                QFile in;
                (void)in.open(stdin, QIODevice::ReadOnly);
                imported = CertificateImport::fromData(in.read(CertificateImport::MaxFileSize + 1), tr("standard input"));
            } else {
                imported = CertificateImport::fromFile(source);
            }
            for (const Error &problem : std::as_const(imported.problems)) {
                context.warn(problem.message);
                ++rejected;
            }
            for (const QSslCertificate &certificate : std::as_const(imported.certificates)) {
                auto stored = store.add(certificate);
                if (!stored)
                    return context.failWith(ExitFailure, stored.error());
                const CertificateInfo info = CertificateInfo::inspect(certificate);
                if (!stored.value()) {
                    ++duplicates;
                    continue;
                }
                ++added;
                out << tr("Imported %1 (%2)").arg(info.subject, info.shortId()) << '\n';
                for (const QString &warning : info.warnings())
                    context.warn(QStringLiteral("%1: %2").arg(info.subject, warning));
            }
        }
        out << tr("%1 imported, %2 duplicate, %3 rejected").arg(added).arg(duplicates).arg(rejected) << '\n';
        if (rejected > 0)
            exitCode = ExitFailure;
    } else if (action == u"remove") {
        if (const Result<void> removed = store.remove(words.constFirst()); !removed)
            return context.failWith(ExitUsage, removed.error());
    }

    auto bundle = store.writeBundle();
    if (!bundle)
        return context.failWith(ExitFailure, bundle.error());
    if (action == u"bundle") {
        if (parser.isSet(output)) {
            if (auto copied = SettingsStore::writeAtomically(parser.value(output), [&] {
                    QFile file(bundle.value());
                    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
                }());
                !copied)
                return context.failWith(ExitFailure, copied.error());
        }
        out << (parser.isSet(output) ? parser.value(output) : bundle.value()) << '\n';
    }
    return exitCode;
}
