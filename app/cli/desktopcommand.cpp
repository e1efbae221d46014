#include "desktopcommand.h"

#include "clicontext.h"
#include "configlocation.h"
#include "desktopbackend.h"
#include "foreignproxycommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

#include <cstdio>
#include <unistd.h>

namespace {

QString server(const DesktopProxyServer &value)
{
    return value.isSet() ? value.authority() : DesktopCommand::tr("(none)");
}

void printSnapshot(QTextStream &out, DesktopKind kind, const DesktopSnapshot &snapshot)
{
    const DesktopProxy &proxy = snapshot.proxy;
    const auto row = [&](const QString &label, const QString &value) {
        out << "  " << label.leftJustified(16) << ' ' << value << '\n';
    };
    out << DesktopCommand::tr("%1 proxy settings:").arg(DesktopBackend::displayName(kind)) << '\n';
    row(DesktopCommand::tr("mode:"), DesktopProxy::modeName(proxy.mode));
    row(DesktopCommand::tr("HTTP proxy:"), server(proxy.http));
    row(DesktopCommand::tr("HTTPS proxy:"), server(proxy.useSameProxy ? proxy.http : proxy.https));
    row(DesktopCommand::tr("SOCKS proxy:"), server(proxy.socks));
    row(DesktopCommand::tr("PAC URL:"), proxy.pacUrl.isEmpty() ? DesktopCommand::tr("(none)") : proxy.pacUrl);
    row(DesktopCommand::tr("ignore hosts:"),
        proxy.ignoreHosts.isEmpty() ? DesktopCommand::tr("(none)")
                                    : proxy.ignoreHosts.join(QStringLiteral(", ")));
    row(DesktopCommand::tr("same proxy:"),
        proxy.useSameProxy ? DesktopCommand::tr("yes") : DesktopCommand::tr("no"));
    row(DesktopCommand::tr("user:"), proxy.user.isEmpty() ? DesktopCommand::tr("(none)") : proxy.user);
}

// Asks on the terminal; false when there is none (scripts must say --yes).
bool confirmed(CliContext &context, int count)
{
    if (!isatty(STDIN_FILENO))
        return false;
    context.out() << DesktopCommand::tr("Apply these %n change(s)? [y/N] ", nullptr, count);
    context.out().flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == u"y" || answer == u"yes";
}

} // namespace

int DesktopCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption desktop(QStringLiteral("desktop"),
        tr("gnome, kde, macos or windows (default: the one running, from "
           "XDG_CURRENT_DESKTOP)."),
        tr("desktop"));
    const QCommandLineOption json(QStringLiteral("json"), tr("show: print JSON."));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        tr("import: the profile to create or update (default: “Desktop”); "
           "apply and show for macos/windows: the profile to apply (default: "
           "the active one)."),
        tr("name"));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("apply: do not ask before changing the desktop."));
    parser.addOptions({desktop, json, profileOption, yes});
    parser.addPositionalArgument(QStringLiteral("action"), tr("show | import | apply | restore"));
    if (auto stop = context.parse(parser, arguments,
            QStringLiteral("desktop show|import|apply|restore [--desktop gnome|kde|macos|windows] "
                           "[--json] [--profile NAME] [--yes]"),
            tr("Read the desktop's own proxy settings into a profile, or apply a profile to "
               "them (showing the changes first) and restore what was there.")))
        return *stop;
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    if (words.size() != 1
        || !QStringList{QStringLiteral("show"), QStringLiteral("import"), QStringLiteral("apply"),
            QStringLiteral("restore")}
                .contains(action))
        return context.fail(ExitUsage, tr("desktop needs one action: show, import, apply or restore."));

    DesktopKind kind = DesktopBackend::detect(QProcessEnvironment::systemEnvironment());
    if (parser.isSet(desktop)) {
        const auto named = DesktopBackend::kindFromName(parser.value(desktop));
        if (!named)
            return context.fail(ExitUsage,
                tr("--desktop: “%1” is not gnome, kde, macos or windows.").arg(parser.value(desktop)));
        kind = *named;
    }
    const QString configDir = ConfigLocation::resolveDirectory(parser.value(CliContext::configDirOption()));
    std::unique_ptr<DesktopBackend> backend = DesktopBackend::create(kind, configDir);

    // The profile to give the desktop, as the desktop would have it.
    const auto wantedProxy = [&](DesktopProxy *proxy, QStringList *notes) -> std::optional<int> {
        if (auto stop = context.loadSettings(parser))
            return stop;
        const ProxyProfile *profile = context.settings().findProfile(parser.value(profileOption));
        if (!profile)
            return context.fail(ExitUsage,
                tr("No profile named “%1”; see “proxydeck profile list”.").arg(parser.value(profileOption)));
        *proxy = DesktopProxy::fromProfile(*profile, context.settings().data().noProxy, notes);
        return std::nullopt;
    };

    if (!backend) {
        if (action != u"show") {
            return context.fail(ExitUsage,
                tr("ProxyDeck does not change %1's settings itself; “proxydeck desktop show "
                   "--desktop %2” prints the commands to run.")
                    .arg(DesktopBackend::displayName(kind), DesktopBackend::name(kind)));
        }
        DesktopProxy proxy;
        QStringList notes;
        if (auto stop = wantedProxy(&proxy, &notes))
            return *stop;
        const QStringList lines = kind == DesktopKind::MacOs ? ForeignProxyCommands::macOs(proxy)
                                                             : ForeignProxyCommands::windows(proxy);
        if (parser.isSet(json)) {
            QJsonObject root = proxy.toJson();
            root.insert(QStringLiteral("desktop"), DesktopBackend::name(kind));
            root.insert(QStringLiteral("commands"), QJsonArray::fromStringList(lines));
            root.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
            context.out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        } else {
            for (const QString &note : std::as_const(notes))
                context.warn(note);
            context.out() << tr("# To give %1 this proxy (ProxyDeck does not run these):")
                                 .arg(DesktopBackend::displayName(kind))
                          << '\n'
                          << lines.join(u'\n') << '\n';
        }
        return ExitOk;
    }

    if (action == u"restore") {
        auto restored = backend->restore();
        if (!restored)
            return context.failWith(ExitFailure, restored.error());
        for (const QString &line : DesktopChanges::describe(restored.value()))
            context.out() << "  " << line << '\n';
        context.out() << tr(
            "Restored the %1 proxy settings from before ProxyDeck applied a profile (%n change(s)).", nullptr,
            int(restored.value().size()))
                             .arg(DesktopBackend::displayName(kind))
                      << '\n';
        return ExitOk;
    }

    auto snapshot = backend->read();
    if (!snapshot)
        return context.failWith(ExitFailure, snapshot.error());

    if (action == u"show") {
        if (parser.isSet(json)) {
            QJsonObject root = snapshot.value().proxy.toJson();
            QJsonObject keys;
            for (auto it = snapshot.value().keys.cbegin(); it != snapshot.value().keys.cend(); ++it)
                keys.insert(it.key(), it.value());
            root.insert(QStringLiteral("desktop"), DesktopBackend::name(kind));
            root.insert(QStringLiteral("keys"), keys);
            root.insert(QStringLiteral("backup"),
                backend->hasBackup() ? QJsonValue(backend->backupPath()) : QJsonValue());
            root.insert(QStringLiteral("notes"), QJsonArray::fromStringList(snapshot.value().notes));
            context.out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
            return ExitOk;
        }
        for (const QString &note : std::as_const(snapshot.value().notes))
            context.warn(note);
        printSnapshot(context.out(), kind, snapshot.value());
        if (backend->hasBackup())
            context.out() << tr(
                "Settings from before ProxyDeck applied a profile are kept in %1; “proxydeck desktop "
                "restore” puts them back.")
                                 .arg(backend->backupPath())
                          << '\n';
        return ExitOk;
    }

    if (action == u"import") {
        const DesktopProxy &proxy = snapshot.value().proxy;
        if (auto stop = context.loadSettings(parser))
            return *stop;
        Settings &settings = context.settings();
        const QString name = parser.isSet(profileOption) ? parser.value(profileOption) : tr("Desktop");
        const auto named = settings.profileNamedOrAdded(name);
        if (!named)
            return context.failWith(ExitUsage, named.error());
        const QString id = named.value();
        QStringList notes = snapshot.value().notes;
        auto profile = proxy.appliedTo(*settings.data().profileById(id), &notes);
        if (!profile)
            return context.failWith(ExitFailure, profile.error());
        if (auto updated = settings.updateProfile(profile.value()); !updated)
            return context.failWith(ExitFailure, updated.error());
        const QStringList noProxy = proxy.noProxy();
        if (proxy.mode == DesktopProxy::Mode::Manual && !noProxy.isEmpty())
            settings.setNoProxy(noProxy);
        if (const int saved = context.saveSettings(); saved != ExitOk)
            return saved;
        for (const QString &note : std::as_const(notes))
            context.warn(note);
        const ProxyProfile &imported = profile.value();
        context.out() << tr("Imported the %1 proxy settings into profile “%2”: %3")
                             .arg(DesktopBackend::displayName(kind), imported.name,
                                 imported.usesProxy() ? imported.displayUrl() : tr("direct (no proxy)"))
                      << '\n';
        if (!proxy.pacUrl.isEmpty() && proxy.mode == DesktopProxy::Mode::Auto)
            context.out() << tr("PAC URL: %1").arg(proxy.pacUrl) << '\n';
        if (proxy.mode == DesktopProxy::Mode::Manual && !noProxy.isEmpty())
            context.out() << tr("NO_PROXY: %1").arg(noProxy.join(u',')) << '\n';
        return ExitOk;
    }

    // apply
    DesktopProxy wanted;
    QStringList notes;
    if (auto stop = wantedProxy(&wanted, &notes))
        return *stop;
    for (const QString &note : std::as_const(notes))
        context.warn(note);
    const QList<DesktopChange> changes = backend->changesFor(snapshot.value(), wanted);
    if (changes.isEmpty()) {
        context.out() << tr("The %1 proxy settings already match; nothing to change.")
                             .arg(DesktopBackend::displayName(kind))
                      << '\n';
        return ExitOk;
    }
    context.out() << tr("Changes to the %1 proxy settings:").arg(DesktopBackend::displayName(kind)) << '\n';
    for (const QString &line : DesktopChanges::describe(changes))
        context.out() << "  " << line << '\n';
    context.out().flush();
    if (!parser.isSet(yes) && !confirmed(context, int(changes.size()))) {
        return context.fail(ExitUsage,
            isatty(STDIN_FILENO)
                ? tr("Not applied.")
                : tr("Not applied: there is no terminal to ask; run again with --yes to apply "
                     "these changes."));
    }
    if (auto applied = backend->apply(changes); !applied)
        return context.failWith(ExitFailure, applied.error());
    context.out() << tr(
        "Applied %n change(s). The previous settings are kept in %1; “proxydeck desktop restore” puts "
        "them back.",
        nullptr, int(changes.size()))
                         .arg(backend->backupPath())
                  << '\n';
    return ExitOk;
}
