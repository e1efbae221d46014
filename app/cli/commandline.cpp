#include "commandline.h"

#include "clicontext.h"
#include "cacommands.h"
#include "commands.h"
#include "desktopcommand.h"
#include "exportcommand.h"
#include "paccommand.h"
#include "servecommand.h"
#include "testcommand.h"
#include "routingcommands.h"
#include "wpadcommand.h"

#include <QTextStream>

#include <functional>

namespace {

struct Command
{
    const char *name;
    const char *summary;
    std::function<int(CliContext &, const QStringList &)> run;
};

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"show", QT_TRANSLATE_NOOP("CommandLine", "Show the profiles and the active proxy."), Commands::show},
        {"set", QT_TRANSLATE_NOOP("CommandLine", "Set a profile's proxy (host and port, or a PAC), user or password."),
         Commands::set},
        {"profile", QT_TRANSLATE_NOOP("CommandLine", "List, add, use, rename, duplicate or remove profiles."),
         Commands::profile},
        {"import-env", QT_TRANSLATE_NOOP("CommandLine",
                                         "Import HTTP(S)_PROXY and NO_PROXY from the environment."),
         Commands::importEnvironment},
        {"desktop", QT_TRANSLATE_NOOP("CommandLine", "Show, import, apply or restore the desktop's own proxy settings."),
         DesktopCommand::run},
        {"route", QT_TRANSLATE_NOOP("CommandLine", "Tell where URLs go and why; --tool compares curl, Python, Java …"),
         RoutingCommands::route},
        {"noproxy", QT_TRANSLATE_NOOP("CommandLine", "List, add or remove NO_PROXY rules, with per-tool warnings."),
         RoutingCommands::noProxy},
        {"connection", QT_TRANSLATE_NOOP("CommandLine", "Manage named connections and their routes."),
         RoutingCommands::connection},
        {"ca", QT_TRANSLATE_NOOP("CommandLine", "Import, list and remove trusted CA certificates; write the bundle."),
         CaCommands::run},
        {"export", QT_TRANSLATE_NOOP("CommandLine", "Write the settings as .env, shell or fish for other tools."),
         ExportCommand::run},
        {"pac", QT_TRANSLATE_NOOP("CommandLine", "Load a PAC file (or URL) and print what it answers for URLs."),
         PacCommand::run},
        {"wpad", QT_TRANSLATE_NOOP("CommandLine", "Discover this network's PAC file (DHCP option 252, DNS wpad.<domain>)."),
         WpadCommand::run},
        {"test", QT_TRANSLATE_NOOP("CommandLine", "Test step by step how URLs or connections are reached, with hints."),
         TestCommand::run},
        {"serve", QT_TRANSLATE_NOOP("CommandLine", "Run the local proxy engine (default 127.0.0.1:3128) until stopped."),
         ServeCommand::run},
        {"status-token", QT_TRANSLATE_NOOP("CommandLine", "Print (or --rotate) the token of the engine's status socket."),
         ServeCommand::token},
        {"watch", QT_TRANSLATE_NOOP("CommandLine", "List, add or remove the remote engines the console watches."),
         ServeCommand::watch},
    };
    return list;
}

// The first word that is neither an option nor the value of --config-dir.
qsizetype commandIndex(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--config-dir" || argument == u"-config-dir" || argument == u"--page" || argument == u"--test") {
            ++i;
            continue;
        }
        if (!argument.startsWith(u'-'))
            return i;
    }
    return -1;
}

int printGeneralHelp()
{
    QTextStream out(stdout);
    out << CommandLine::tr("Usage: proxydeck [--config-dir DIR] [COMMAND [OPTIONS]]") << "\n\n"
        << CommandLine::tr("Without a command, opens the ProxyDeck console (--page proxy|connections|rules|certificates|export|"
                           "traffic|diagnostics opens it on that page; --start-engine starts the local engine with it; --test URL "
                           "opens it testing URL).") << "\n\n"
        << CommandLine::tr("Commands:") << '\n';
    for (const Command &command : commands())
        out << "  " << QString::fromLatin1(command.name).leftJustified(12) << ' '
            << CommandLine::tr(command.summary) << '\n';
    out << '\n'
        << CommandLine::tr("Options:") << '\n'
        << "  --config-dir DIR  " << CommandLine::tr("Use the configuration in DIR (or $PROXYDECK_CONFIG_DIR).")
        << '\n'
        << "  -h, --help        " << CommandLine::tr("Show this help; “proxydeck COMMAND --help” for a command.")
        << '\n'
        << "  -v, --version     " << CommandLine::tr("Show the version.") << "\n\n"
        << CommandLine::tr("Exit codes: 0 success, 1 failure, 2 usage error, 3 settings file unusable, "
                           "4 keychain unavailable.")
        << '\n';
    return ExitOk;
}

} // namespace

bool CommandLine::wantsCommandLine(const QStringList &arguments)
{
    if (commandIndex(arguments) >= 0)
        return true;
    for (const QString &argument : arguments.mid(1)) {
        if (argument == u"-h" || argument == u"--help" || argument == u"-v" || argument == u"--version")
            return true;
    }
    return false;
}

QString CommandLine::optionValue(const QStringList &arguments, const QString &name)
{
    const QString longForm = QStringLiteral("--") + name;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if ((argument == longForm || argument == longForm.mid(1)) && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(longForm + u'='))
            return argument.mid(longForm.size() + 1);
    }
    return {};
}

QString CommandLine::configDirArgument(const QStringList &arguments)
{
    return optionValue(arguments, QStringLiteral("config-dir"));
}

int CommandLine::run(const QStringList &arguments)
{
    const qsizetype index = commandIndex(arguments);
    if (index < 0) {
        if (arguments.contains(QStringLiteral("-v")) || arguments.contains(QStringLiteral("--version"))) {
            QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                                << QCoreApplication::applicationVersion() << '\n';
            return ExitOk;
        }
        return printGeneralHelp();
    }

    const QString name = arguments.at(index);
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name)) {
            QStringList rest = arguments;
            rest.removeAt(index);
            CliContext context;
            return command.run(context, rest);
        }
    }
    QTextStream(stderr) << tr("proxydeck: error: unknown command “%1”; run “proxydeck --help” for the "
                              "list.").arg(name)
                        << '\n';
    return ExitUsage;
}
