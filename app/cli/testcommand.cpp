#include "testcommand.h"

#include "clicontext.h"
#include "diagnosticsrunner.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

int TestCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the reports as JSON."));
    const QCommandLineOption webSocket(QStringLiteral("websocket"),
                                       tr("Also try a WebSocket upgrade (always done for ws:// and wss:// URLs)."));
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Seconds a step may take (default 10)."),
                                     tr("seconds"), QStringLiteral("10"));
    parser.addOptions({json, webSocket, timeout});
    if (auto stop = context.parse(parser, arguments, QStringLiteral("test [URL…] [--json] [--websocket] [--timeout S]"),
                                  tr("Test step by step how URLs (or, without one, every connection) are reached.")))
        return *stop;
    bool ok = false;
    const double seconds = parser.value(timeout).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 600)
        return context.fail(ExitUsage, tr("--timeout takes seconds, from 0.1 to 600."));
    if (auto stop = context.loadSettings(parser))
        return *stop;

    const SettingsData &data = context.settings().data();
    auto targets = DiagnosticsRunner::targets(data, parser.positionalArguments());
    if (!targets)
        return context.failWith(ExitUsage, targets.error());
    if (targets.value().isEmpty())
        return context.fail(ExitUsage, tr("Nothing to test: give a URL, or add connections (proxydeck connection add)."));

    QString password;
    const ProxyProfile *profile = data.activeProfile();
    if (profile && profile->needsStoredPassword()) {
        const SecretOutcome secret = context.readSecret(profile->secretKey());
        if (secret.ok())
            password = secret.secret;
        else
            context.warn(tr("testing without the proxy password: %1").arg(secret.message));
    }

    DiagnosticsRunner runner(data, password, QFileInfo(context.settings().filePath()).absolutePath());
    password.fill(u'\0');
    runner.setWebSocket(parser.isSet(webSocket));
    runner.setTimeout(int(seconds * 1000));
    QEventLoop loop;
    QObject::connect(&runner, &DiagnosticsRunner::finished, &loop, &QEventLoop::quit);
    runner.start(targets.value());
    if (runner.isRunning())
        loop.exec();

    bool passed = true;
    QJsonArray reports;
    for (const DiagnosticReport &report : runner.reports()) {
        passed = passed && report.passed();
        if (parser.isSet(json))
            reports.append(report.toJson());
        else
            context.out() << report.toText() << '\n';
    }
    if (parser.isSet(json)) {
        context.out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("passed"), passed},
                                                                     {QStringLiteral("reports"), reports}})
                                               .toJson(QJsonDocument::Indented));
    }
    context.out().flush();
    return passed ? ExitOk : ExitFailure;
}
