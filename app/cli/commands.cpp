#include "commands.h"

#include "clicontext.h"
#include "environmentimport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace {

// What the keychain says about a profile's password, as a stable word and as words for people.
struct PasswordState
{
    QString word;  // none | stored | missing | unavailable (stable, for --json)
    QString text;
};

PasswordState passwordState(CliContext &context, const ProxyProfile &profile)
{
    if (!profile.hasStoredPassword())
        return {QStringLiteral("none"), Commands::tr("not stored")};
    const SecretOutcome outcome = context.readSecret(profile.secretKey());
    switch (outcome.status) {
    case SecretOutcome::Status::Ok:
        return {QStringLiteral("stored"), Commands::tr("stored in keychain")};
    case SecretOutcome::Status::NotFound:
        return {QStringLiteral("missing"), Commands::tr("missing from keychain (set it again)")};
    default:
        context.warn(outcome.message);
        return {QStringLiteral("unavailable"), Commands::tr("keychain unavailable")};
    }
}

QString describeRoute(const ProxyProfile &profile)
{
    if (profile.isAutomatic())
        return Commands::tr("automatic (PAC %1)").arg(profile.pacUrl);
    return profile.usesProxy() ? profile.displayUrl() : Commands::tr("direct (no proxy)");
}

} // namespace

int Commands::show(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of text."));
    parser.addOption(json);
    if (auto stop = context.parse(parser, arguments, QStringLiteral("show [--json]"),
                                  tr("Show the profiles, the active one, and where passwords are.")))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(ExitUsage, tr("show takes no arguments."));
    if (auto stop = context.loadSettings(parser))
        return *stop;

    const SettingsData &data = context.settings().data();
    const ProxyProfile *active = data.activeProfile();
    if (parser.isSet(json)) {
        QJsonArray profiles;
        for (const ProxyProfile &profile : data.profiles) {
            QJsonObject object{{QStringLiteral("id"), profile.id},
                               {QStringLiteral("name"), profile.name},
                               {QStringLiteral("active"), active && profile.id == active->id},
                               {QStringLiteral("password"), passwordState(context, profile).word}};
            if (profile.usesProxy()) {
                object.insert(QStringLiteral("scheme"), profile.scheme);
                object.insert(QStringLiteral("host"), profile.host);
                object.insert(QStringLiteral("port"), int(profile.port));
                object.insert(QStringLiteral("url"), profile.displayUrl());
            }
            if (profile.isAutomatic())
                object.insert(QStringLiteral("pacUrl"), profile.pacUrl);
            object.insert(QStringLiteral("username"), profile.username);
            profiles.append(object);
        }
        const QJsonObject root{{QStringLiteral("settingsFile"), context.settings().filePath()},
                               {QStringLiteral("activeProfile"), active ? active->name : QString()},
                               {QStringLiteral("profiles"), profiles},
                               {QStringLiteral("noProxy"), QJsonArray::fromStringList(data.noProxy)}};
        context.out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitOk;
    }

    QTextStream &out = context.out();
    out << tr("Settings file: %1").arg(context.settings().filePath()) << '\n'
        << tr("Active profile: %1").arg(active ? active->name : QString()) << "\n\n";
    for (const ProxyProfile &profile : data.profiles) {
        const bool isActive = active && profile.id == active->id;
        out << (isActive ? "* " : "  ") << profile.name << '\n'
            << "    " << tr("proxy:    %1").arg(describeRoute(profile)) << '\n';
        if (profile.usesProxy() || profile.isAutomatic())
            out << "    " << tr("password: %1").arg(passwordState(context, profile).text) << '\n';
    }
    out << '\n' << tr("NO_PROXY: %1").arg(data.noProxy.isEmpty() ? tr("(none)") : data.noProxy.join(u',')) << '\n';
    return ExitOk;
}

int Commands::set(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           tr("The profile to change (created if missing; default: the active one)."),
                                           tr("name"));
    const QCommandLineOption scheme(QStringLiteral("scheme"), tr("http or https (how ProxyDeck talks to the proxy)."),
                                    tr("scheme"));
    const QCommandLineOption host(QStringLiteral("host"),
                                  tr("Proxy host name or address; a URL such as http://user@proxy:3128 is split."),
                                  tr("host"));
    const QCommandLineOption port(QStringLiteral("port"), tr("Proxy port, 1-65535."), tr("port"));
    const QCommandLineOption user(QStringLiteral("user"), tr("User name for the proxy (empty to clear)."),
                                  tr("user"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           tr("Read the password from standard input and store it in the keychain."));
    const QCommandLineOption noPassword(QStringLiteral("no-password"), tr("Remove the stored password."));
    const QCommandLineOption direct(QStringLiteral("direct"), tr("Make this a no-proxy profile (clears host and port)."));
    const QCommandLineOption pac(QStringLiteral("pac"),
                                 tr("Make this an automatic profile: a PAC script (http(s):// URL or file) decides."),
                                 tr("url"));
    parser.addOptions({profileOption, scheme, host, port, user, passwordStdin, noPassword, direct, pac});
    if (auto stop = context.parse(parser, arguments,
                                  QStringLiteral("set [--profile NAME] [--scheme S] [--host H] [--port P] "
                                                 "[--user U] [--password-stdin | --no-password] [--direct | --pac URL]"),
                                  tr("Change a profile. Passwords are read only from standard input and "
                                     "stored only in the OS keychain.")))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(ExitUsage, tr("set takes options only, not “%1”.").arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(passwordStdin) && parser.isSet(noPassword))
        return context.fail(ExitUsage, tr("--password-stdin and --no-password contradict each other."));
    if (parser.isSet(direct) && (parser.isSet(host) || parser.isSet(port) || parser.isSet(pac)))
        return context.fail(ExitUsage, tr("--direct cannot be combined with --host, --port or --pac."));
    if (parser.isSet(pac) && (parser.isSet(host) || parser.isSet(port) || parser.isSet(scheme)))
        return context.fail(ExitUsage, tr("--pac cannot be combined with --host, --port or --scheme: the PAC names the proxies."));
    if (auto stop = context.loadSettings(parser))
        return *stop;

    Settings &settings = context.settings();
    QString id;
    if (parser.isSet(profileOption)) {
        if (const ProxyProfile *found = settings.findProfile(parser.value(profileOption))) {
            id = found->id;
        } else {
            auto added = settings.addProfile(parser.value(profileOption));
            if (!added)
                return context.failWith(ExitUsage, added.error());
            id = added.value();
        }
    } else {
        id = settings.data().activeProfileId;
    }
    ProxyProfile profile = *settings.data().profileById(id);

    if (parser.isSet(host)) {
        const QString value = parser.value(host);
        if (ProxyUrlParts::looksLikeUrl(value)) {
            auto parts = ProxyUrlParts::parse(value);
            if (!parts)
                return context.failWith(ExitUsage, parts.error());
            if (!parts.value().password.isEmpty()) {
                return context.fail(ExitUsage, tr("--host: the URL contains a password, and command-line "
                                                  "arguments are visible to other users. Remove it and "
                                                  "use --password-stdin."));
            }
            profile.scheme = parts.value().scheme;
            profile.host = parts.value().host;
            if (parts.value().port != 0)
                profile.port = parts.value().port;
            if (!parts.value().username.isEmpty())
                profile.username = parts.value().username;
        } else {
            auto parsed = ProxyEndpoint::parseHost(value);
            if (!parsed)
                return context.fail(ExitUsage, QStringLiteral("--host: ") + parsed.error().toString());
            profile.host = parsed.value();
        }
        profile.pacUrl.clear(); // a fixed proxy replaces the PAC
    }
    if (parser.isSet(pac)) {
        auto location = ProxyProfile::normalizePacLocation(parser.value(pac));
        if (!location)
            return context.fail(ExitUsage, QStringLiteral("--pac: ") + location.error().message);
        profile.pacUrl = location.value();
        profile.host.clear();
        profile.port = 0;
    }
    if (parser.isSet(scheme)) {
        auto parsed = ProxyEndpoint::parseScheme(parser.value(scheme));
        if (!parsed)
            return context.fail(ExitUsage, QStringLiteral("--scheme: ") + parsed.error().message);
        profile.scheme = parsed.value();
    }
    if (parser.isSet(port)) {
        auto parsed = ProxyEndpoint::parsePort(parser.value(port));
        if (!parsed)
            return context.fail(ExitUsage, QStringLiteral("--port: ") + parsed.error().message);
        profile.port = parsed.value();
    }
    if (parser.isSet(user))
        profile.username = parser.value(user);
    if (parser.isSet(direct)) {
        profile.host.clear();
        profile.port = 0;
        profile.pacUrl.clear();
    }
    if (profile.usesProxy() && profile.port == 0)
        return context.fail(ExitUsage, tr("Profile “%1” has a host but no port: add --port.").arg(profile.name));
    if (auto updated = settings.updateProfile(profile); !updated)
        return context.failWith(ExitUsage, updated.error());

    int keychainExit = ExitOk;
    QString keychainMessage;
    if (parser.isSet(passwordStdin)) {
        int exitCode = ExitOk;
        const std::optional<QString> password = context.readStandardInput(QStringLiteral("--password-stdin"), &exitCode);
        if (!password)
            return exitCode;
        const SecretOutcome stored = context.writeSecret(profile.secretKey(), *password);
        if (stored.ok()) {
            profile.secretRef = context.secrets().referenceFor(profile.secretKey());
        } else {
            keychainExit = CliContext::exitCodeFor(stored);
            keychainMessage = stored.message;
        }
    } else if (parser.isSet(noPassword)) {
        const SecretOutcome removed = context.removeSecret(profile.secretKey());
        if (removed.ok() || removed.status == SecretOutcome::Status::NotFound) {
            profile.secretRef.clear();
        } else {
            keychainExit = CliContext::exitCodeFor(removed);
            keychainMessage = removed.message;
        }
    }
    (void)settings.updateProfile(profile); // only secretRef changed; already validated

    if (const int saved = context.saveSettings(); saved != ExitOk)
        return saved;
    if (keychainExit != ExitOk)
        return context.fail(keychainExit, tr("Password not changed: %1 The other settings were saved.").arg(keychainMessage));
    context.out() << tr("Profile “%1”: %2").arg(profile.name, describeRoute(profile))
                  << (profile.hasStoredPassword() ? tr(", password in keychain") : QString()) << '\n';
    return ExitOk;
}

int Commands::profile(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("list: print JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("action"), tr("list | add NAME | use NAME | rename OLD NEW | "
                                                              "duplicate SOURCE NEW | remove NAME"));
    if (auto stop = context.parse(parser, arguments,
                                  QStringLiteral("profile list|add|use|rename|duplicate|remove …"),
                                  tr("Manage proxy profiles. One profile is active.")))
        return *stop;
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    const QHash<QString, int> arity = {{QStringLiteral("list"), 0}, {QStringLiteral("add"), 1},
                                       {QStringLiteral("use"), 1}, {QStringLiteral("remove"), 1},
                                       {QStringLiteral("rename"), 2}, {QStringLiteral("duplicate"), 2}};
    if (!arity.contains(action))
        return context.fail(ExitUsage, tr("profile: unknown action “%1”; use list, add, use, rename, duplicate or remove.").arg(action));
    if (words.size() - 1 != arity.value(action))
        return context.fail(ExitUsage, tr("profile %1 takes %n name(s).", nullptr, arity.value(action)).arg(action));
    if (auto stop = context.loadSettings(parser))
        return *stop;

    Settings &settings = context.settings();
    if (action == u"list") {
        const QString activeId = settings.data().activeProfileId;
        if (parser.isSet(json)) {
            QJsonArray list;
            for (const ProxyProfile &p : settings.data().profiles)
                list.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("active"), p.id == activeId},
                                        {QStringLiteral("url"), p.displayUrl()}});
            context.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        } else {
            for (const ProxyProfile &p : settings.data().profiles)
                context.out() << (p.id == activeId ? "* " : "  ") << p.name << '\t' << describeRoute(p) << '\n';
        }
        return ExitOk;
    }
    if (action == u"add") {
        auto added = settings.addProfile(words.at(1));
        if (!added)
            return context.failWith(ExitUsage, added.error());
        return context.saveSettings();
    }

    const ProxyProfile *target = settings.data().profileByName(words.at(1));
    if (!target)
        return context.fail(ExitUsage, tr("No profile named “%1”; see “proxydeck profile list”.").arg(words.at(1)));
    const ProxyProfile profile = *target;
    Result<void> done;
    if (action == u"use") {
        done = settings.setActiveProfile(profile.id);
    } else if (action == u"rename") {
        done = settings.renameProfile(profile.id, words.at(2));
    } else if (action == u"duplicate") {
        auto copied = settings.duplicateProfile(profile.id, words.at(2));
        if (!copied)
            done = copied.error();
        else if (profile.hasStoredPassword())
            context.warn(tr("The password of “%1” was not copied; set one with “proxydeck set --profile %2 "
                            "--password-stdin”.").arg(profile.name, words.at(2)));
    } else { // remove
        done = settings.removeProfile(profile.id);
        if (done && profile.hasStoredPassword()) {
            const SecretOutcome removed = context.removeSecret(profile.secretKey());
            if (!removed.ok() && removed.status != SecretOutcome::Status::NotFound)
                context.warn(tr("The profile was removed but its password stays in the keychain: %1").arg(removed.message));
        }
    }
    if (!done)
        return context.failWith(ExitUsage, done.error());
    return context.saveSettings();
}

int Commands::importEnvironment(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           tr("Profile to create or update (default: “Environment”)."), tr("name"));
    const QCommandLineOption activate(QStringLiteral("activate"), tr("Make the imported profile the active one."));
    parser.addOptions({profileOption, activate});
    if (auto stop = context.parse(parser, arguments, QStringLiteral("import-env [--profile NAME] [--activate]"),
                                  tr("Import https_proxy/http_proxy (either case) and no_proxy from the "
                                     "environment. A password in the URL goes to the keychain.")))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(ExitUsage, tr("import-env takes options only."));
    auto imported = EnvironmentImport::read(QProcessEnvironment::systemEnvironment());
    if (!imported)
        return context.failWith(ExitFailure, imported.error());
    if (auto stop = context.loadSettings(parser))
        return *stop;

    Settings &settings = context.settings();
    const QString name = parser.isSet(profileOption) ? parser.value(profileOption) : tr("Environment");
    const auto named = settings.profileNamedOrAdded(name);
    if (!named)
        return context.failWith(ExitUsage, named.error());
    const QString id = named.value();
    const EnvironmentProxy &environment = imported.value();
    ProxyProfile profile = environment.appliedTo(*settings.data().profileById(id));

    int keychainExit = ExitOk;
    QString keychainMessage;
    if (!environment.proxy.password.isEmpty()) {
        const SecretOutcome stored = context.writeSecret(profile.secretKey(), environment.proxy.password);
        if (stored.ok()) {
            profile.secretRef = context.secrets().referenceFor(profile.secretKey());
        } else {
            keychainExit = CliContext::exitCodeFor(stored);
            keychainMessage = stored.message;
        }
    }
    if (auto updated = settings.updateProfile(profile); !updated)
        return context.failWith(ExitFailure, updated.error());
    if (!environment.noProxy.isEmpty())
        settings.setNoProxy(environment.noProxy);
    if (parser.isSet(activate))
        (void)settings.setActiveProfile(id);
    if (const int saved = context.saveSettings(); saved != ExitOk)
        return saved;

    for (const QString &note : environment.notes)
        context.warn(note);
    if (keychainExit != ExitOk)
        return context.fail(keychainExit, tr("The proxy was imported but its password was not stored: %1").arg(keychainMessage));
    context.out() << tr("Imported %1 into profile “%2”: %3").arg(environment.sourceVariable, profile.name, profile.displayUrl())
                  << '\n';
    if (!environment.noProxy.isEmpty())
        context.out() << tr("NO_PROXY: %1").arg(environment.noProxy.join(u',')) << '\n';
    return ExitOk;
}

