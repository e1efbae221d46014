#include "servecommand.h"

#include "anchorstore.h"
#include "clicontext.h"
#include "configlocation.h"
#include "engine.h"
#include "pacsource.h"
#include "statusclient.h"
#include "statusserver.h"
#include "statustoken.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr int DrainTimeoutMs = 10'000;

// SIGTERM and SIGINT reach the event loop through a socket pair: a handler may only write().
int s_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t ignored = ::write(s_signalPipe[1], &byte, 1);
}

bool installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_signalPipe) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    return true;
}

} // namespace

int ServeCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    tr("Address and port to listen on (default 127.0.0.1:3128; 0 for any free port)."),
                                    tr("addr:port"), QStringLiteral("127.0.0.1:3128"));
    const QCommandLineOption allow(QStringLiteral("allow"),
                                   tr("A client network allowed to connect (repeatable); without one, only loopback "
                                      "clients are. Required to listen beyond loopback."),
                                   tr("cidr"));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("Profile to chain to (default: the active one)."),
                                     tr("name"));
    const QCommandLineOption ports(QStringLiteral("connect-ports"),
                                   tr("Ports CONNECT may reach (default 443), e.g. \"20 21 443 1024-65535\"."),
                                   tr("ports"));
    const QCommandLineOption workers(QStringLiteral("workers"), tr("Worker threads (default: one per core)."), tr("n"));
    const QCommandLineOption maxConnections(QStringLiteral("max-connections"),
                                            tr("Client connections at once; more get 503 (default 4096)."), tr("n"));
    const QCommandLineOption log(QStringLiteral("log"), tr("Print one line per finished tunnel or request."));
    const QCommandLineOption statusListen(QStringLiteral("status-listen"),
                                          tr("Address and port of the status WebSocket (default 127.0.0.1:3129)."),
                                          tr("addr:port"), QStringLiteral("127.0.0.1:3129"));
    const QCommandLineOption noStatus(QStringLiteral("no-status"), tr("Do not open the status WebSocket."));
    parser.addOptions({listen, allow, profile, ports, workers, maxConnections, log, statusListen, noStatus});
    if (auto stop = context.parse(parser, arguments, QStringLiteral("serve [options]"),
                                  tr("Run the local proxy engine until SIGTERM or SIGINT.")))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(ExitUsage, tr("serve takes no arguments: %1").arg(parser.positionalArguments().join(u' ')));

    const auto address = EngineConfig::parseListen(parser.value(listen));
    if (!address)
        return context.failWith(ExitUsage, address.error());
    const auto allowlist = ClientAllowlist::parse(parser.values(allow));
    if (!allowlist)
        return context.failWith(ExitUsage, allowlist.error());
    const bool withStatus = !parser.isSet(noStatus);
    const auto statusAddress = EngineConfig::parseListen(parser.value(statusListen));
    if (withStatus && !statusAddress)
        return context.fail(ExitUsage, QStringLiteral("--status-listen: ") + statusAddress.error().message);
    if (withStatus && !statusAddress.value().first.isLoopback() && allowlist.value().isEmpty()) {
        return context.fail(ExitUsage, tr("The status socket on %1 needs --allow: without an allowlist only loopback "
                                          "clients may watch the engine.")
                                           .arg(parser.value(statusListen)));
    }
    std::optional<PortRanges> connectPorts;
    if (parser.isSet(ports)) {
        auto parsed = PortRanges::parse(parser.value(ports));
        if (!parsed)
            return context.fail(ExitUsage, QStringLiteral("--connect-ports: ") + parsed.error().toString());
        connectPorts = parsed.value();
    }
    const auto number = [&](const QCommandLineOption &option, int fallback, int max) -> std::optional<int> {
        if (!parser.isSet(option))
            return fallback;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < 1 || value > max)
            return std::nullopt;
        return value;
    };
    const auto workerCount = number(workers, 0, 256);
    const auto connectionLimit = number(maxConnections, EngineLimits{}.maxConnections, 1'000'000);
    if (!workerCount)
        return context.fail(ExitUsage, tr("--workers takes a number from 1 to 256."));
    if (!connectionLimit)
        return context.fail(ExitUsage, tr("--max-connections takes a positive number."));

    if (auto stop = context.loadSettings(parser))
        return *stop;
    const ProxyProfile *chosen = context.settings().findProfile(parser.value(profile));
    if (!chosen)
        return context.fail(ExitUsage, tr("There is no profile “%1”.").arg(parser.value(profile)));

    // The password is read once, now, and then lives only in the engine's memory.
    QString password;
    if (chosen->needsStoredPassword()) {
        const SecretOutcome secret = context.readSecret(chosen->secretKey());
        if (!secret.ok())
            return context.fail(CliContext::exitCodeFor(secret), secret.message);
        password = secret.secret;
    }
    auto config = EngineConfig::fromSettings(context.settings().data(), chosen->id, password);
    password.fill(u'\0');
    if (!config)
        return context.failWith(ExitFailure, config.error());
    EngineConfig engineConfig = std::move(config).value();
    engineConfig.listenAddress = address.value().first;
    engineConfig.listenPort = address.value().second;
    engineConfig.allowlist = allowlist.value();
    if (connectPorts)
        engineConfig.connectPorts = *connectPorts;
    engineConfig.workers = *workerCount;
    engineConfig.limits.maxConnections = *connectionLimit;
    const AnchorStore anchors(QFileInfo(context.settings().filePath()).absolutePath());
    for (const CertificateInfo &info : anchors.list())
        engineConfig.caAnchors.append(info.certificate);
    if (engineConfig.isAutomatic()) {
        // Loaded once here too, so that a broken PAC stops the start with its line number.
        auto loaded = PacSource::loadBlocking(QUrl(engineConfig.pacUrl));
        if (!loaded)
            return context.failWith(ExitFailure, loaded.error());
        engineConfig.pacScript = loaded.value().source;
    }
    if (const Result<void> checked = engineConfig.check(); !checked)
        return context.failWith(ExitUsage, checked.error());

    ::signal(SIGPIPE, SIG_IGN);
    if (!installSignalHandlers())
        return context.fail(ExitFailure, tr("could not install the signal handlers"));

    const QString configDir = QFileInfo(context.settings().filePath()).absolutePath();
    const QString tokenPath = StatusToken::filePath(configDir);
    QByteArray token;
    if (withStatus) {
        auto loaded = StatusToken::loadOrCreate(configDir);
        if (!loaded)
            return context.fail(ExitFailure, loaded.error().message);
        token = loaded.value();
    }

    Engine engine(engineConfig);
    if (const Result<void> started = engine.start(); !started)
        return context.failWith(ExitFailure, started.error());

    StatusServer::Options statusOptions;
    if (withStatus) {
        statusOptions.address = statusAddress.value().first;
        statusOptions.port = statusAddress.value().second;
        statusOptions.allowlist = allowlist.value();
        statusOptions.token = std::exchange(token, {});
    }
    StatusServer status(statusOptions);
    QTimer statusTimer;
    QFileSystemWatcher tokenWatcher;
    if (withStatus) {
        if (const Result<void> listened = status.listen(); !listened) {
            engine.stop();
            return context.fail(ExitFailure, listened.error().message + u' '
                                                 + tr("(choose another with --status-listen, or --no-status)"));
        }
        status.publishStatus(engine.status());
        QObject::connect(&engine, &Engine::tunnelsChanged, &status, &StatusServer::publish);
        QObject::connect(&statusTimer, &QTimer::timeout, &status, [&] { status.publishStatus(engine.status()); });
        QObject::connect(&engine, &Engine::stopped, &status, &StatusServer::close);
        statusTimer.start(1000);
        // `proxydeck status-token --rotate` (or the console) may write a new token: switch to
        // it at once. The file is replaced by a rename, so the watch is renewed each time.
        tokenWatcher.addPath(tokenPath);
        QObject::connect(&tokenWatcher, &QFileSystemWatcher::fileChanged, &status, [&] {
            tokenWatcher.addPath(tokenPath);
            const Result<QByteArray> renewed = StatusToken::loadOrCreate(configDir);
            if (renewed)
                status.setToken(renewed.value());
            else
                context.warn(renewed.error().message);
        });
    }

    const UpstreamProxy &upstream = engine.config().upstream;
    context.out() << tr("ProxyDeck engine listening on %1, profile “%2”, %3.")
                         .arg(engine.listenString(), engine.config().profileName,
                              upstream.isSet() ? tr("upstream %1").arg(upstream.displayUrl()) : tr("no upstream (direct)"))
                  << '\n';
    if (withStatus) {
        context.out() << tr("Status socket on ws://%1 (token in %2).")
                             .arg(status.listenString(), tokenPath)
                      << '\n';
    }
    context.out().flush();

    if (parser.isSet(log)) {
        QObject::connect(&status, &StatusServer::clientRejected, &status, [&context](const QString &peer, const QString &why) {
            context.warn(tr("status socket: turned away %1 (%2)").arg(peer, why));
        });
        QObject::connect(&engine, &Engine::tunnelFinished, &engine, [&context](const TunnelRecord &record) {
            context.out() << record.logLine() << '\n';
            context.out().flush();
        });
    }

    QSocketNotifier signals(s_signalPipe[0], QSocketNotifier::Read);
    bool draining = false;
    QObject::connect(&signals, &QSocketNotifier::activated, &engine, [&] {
        char byte = 0;
        [[maybe_unused]] const ssize_t ignored = ::read(s_signalPipe[0], &byte, 1);
        if (draining) {
            engine.stop(); // a second signal: stop now
            return;
        }
        draining = true;
        context.out() << tr("Stopping: finishing open tunnels (up to %1 s; again to stop now).").arg(DrainTimeoutMs / 1000)
                      << '\n';
        context.out().flush();
        engine.drain(DrainTimeoutMs);
    });
    QObject::connect(&engine, &Engine::stopped, QCoreApplication::instance(), &QCoreApplication::quit);
    QCoreApplication::exec();
    context.out() << tr("ProxyDeck engine stopped.") << '\n';
    return ExitOk;
}

int ServeCommand::token(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption rotate(QStringLiteral("rotate"),
                                    tr("Write a new token; watchers holding the old one are turned away."));
    parser.addOption(rotate);
    if (auto stop = context.parse(parser, arguments, QStringLiteral("status-token [--rotate]"),
                                  tr("Print the token a console needs to watch this engine's status socket.")))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(ExitUsage, tr("status-token takes no arguments: %1").arg(parser.positionalArguments().join(u' ')));
    const QString dir = ConfigLocation::resolveDirectory(parser.value(CliContext::configDirOption()));
    const Result<QByteArray> token = parser.isSet(rotate) ? StatusToken::rotate(dir) : StatusToken::loadOrCreate(dir);
    if (!token)
        return context.fail(ExitFailure, token.error().message);
    context.out() << QString::fromLatin1(token.value()) << '\n';
    return ExitOk;
}

int ServeCommand::watch(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption tokenStdin(QStringLiteral("token-stdin"), tr("Read the engine's token from standard input."));
    parser.addOption(tokenStdin);
    if (auto stop = context.parse(parser, arguments, QStringLiteral("watch list | add URL --token-stdin | remove URL"),
                                  tr("The remote engines the console's Traffic page watches over their status sockets.")))
        return *stop;
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0, QStringLiteral("list"));
    if (auto stop = context.loadSettings(parser))
        return *stop;
    ConsoleSettings console = context.settings().data().console;

    if (action == u"list" && words.size() <= 1) {
        for (const QString &url : std::as_const(console.remoteEngines))
            context.out() << url << '\n';
        return ExitOk;
    }
    if ((action != u"add" && action != u"remove") || words.size() != 2)
        return context.fail(ExitUsage, tr("Usage: proxydeck watch list | add URL --token-stdin | remove URL"));
    const auto url = StatusClient::parseUrl(words.at(1));
    if (!url)
        return context.failWith(ExitUsage, url.error());
    const QString name = StatusClient::engineName(url.value());
    const QString remembered = url.value().toString(QUrl::RemovePath);
    console.remoteEngines.removeAll(remembered);

    if (action == u"remove") {
        context.settings().setConsole(console);
        if (const int saved = context.saveSettings(); saved != ExitOk)
            return saved;
        const SecretOutcome removed = context.removeSecret(ConsoleSettings::remoteTokenKey(name));
        if (!removed.ok() && removed.status != SecretOutcome::Status::NotFound)
            return context.fail(CliContext::exitCodeFor(removed), removed.message);
        return ExitOk;
    }

    if (!parser.isSet(tokenStdin))
        return context.fail(ExitUsage, tr("watch add needs the token on standard input: --token-stdin."));
    int exitCode = ExitOk;
    const std::optional<QString> input = context.readStandardInput(QStringLiteral("--token-stdin"), &exitCode);
    if (!input)
        return exitCode;
    const QByteArray token = input->trimmed().toLatin1();
    if (!StatusToken::isWellFormed(token)) {
        return context.fail(ExitUsage, tr("--token-stdin: that is not a status token (%1 characters of A–Z a–z 0–9 - _, "
                                          "as `proxydeck status-token` prints).")
                                           .arg(StatusToken::Length));
    }
    const SecretOutcome stored = context.writeSecret(ConsoleSettings::remoteTokenKey(name), QString::fromLatin1(token));
    if (!stored.ok())
        return context.fail(CliContext::exitCodeFor(stored), stored.message);
    console.remoteEngines.append(remembered);
    context.settings().setConsole(console);
    return context.saveSettings();
}
