#include "wpadcommand.h"

#include "clicontext.h"
#include "paccommand.h"
#include "pacscript.h"
#include "wpaddiscovery.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

constexpr double MaxTimeoutSeconds = 60;

QJsonObject toJson(const WpadCandidate &candidate)
{
    QJsonObject object{{QStringLiteral("url"), candidate.url.toString()},
                       {QStringLiteral("source"), candidate.sourceWord()},
                       {QStringLiteral("from"), candidate.describe()},
                       {QStringLiteral("origin"), candidate.origin}};
    if (!candidate.domain.isEmpty())
        object.insert(QStringLiteral("domain"), candidate.domain);
    return object;
}

QJsonObject toJson(const WpadAttempt &attempt)
{
    QJsonObject object = toJson(attempt.candidate);
    object.insert(QStringLiteral("outcome"), attempt.outcomeWord());
    if (!attempt.reason.isEmpty())
        object.insert(QStringLiteral("reason"), attempt.reason);
    if (attempt.httpStatus != 0)
        object.insert(QStringLiteral("httpStatus"), attempt.httpStatus);
    object.insert(QStringLiteral("elapsedMs"), attempt.elapsedMs);
    return object;
}

} // namespace

int WpadCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print the candidates, the result and the answers as JSON."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Seconds to wait for each candidate URL (default 3)."), tr("seconds"));
    parser.addOptions({json, timeout});
    if (auto stop = context.parse(parser, arguments, QStringLiteral("wpad [--json] [--timeout S] [TEST-URL…]"),
                                  tr("Find this network's PAC file by WPAD: DHCP option 252, then "
                                     "http://wpad.<domain>/wpad.dat up the DNS search domains (never a public "
                                     "suffix such as wpad.co.uk). Prints every candidate tried, where the PAC "
                                     "came from, and what it answers for each TEST-URL. "
                                     "PROXYDECK_DHCP_LEASES=FILE[:FILE…] reads only those DHCP lease files.")))
        return *stop;

    WpadOptions options = WpadOptions::fromEnvironment(QProcessEnvironment::systemEnvironment());
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > MaxTimeoutSeconds)
            return context.fail(ExitUsage, tr("--timeout: “%1” is not a number of seconds between 0 and %2.")
                                               .arg(parser.value(timeout))
                                               .arg(MaxTimeoutSeconds));
        options.timeoutMs = qMax(1, int(seconds * 1000));
    }
    const QStringList testUrls = parser.positionalArguments();
    for (const QString &text : testUrls) {
        const QUrl url = QUrl::fromUserInput(text);
        if (!url.isValid() || url.host().isEmpty())
            return context.fail(ExitUsage, tr("“%1” is not a URL to look up.").arg(text));
    }
    const bool asJson = parser.isSet(json);

    WpadDiscovery discovery(options);
    QEventLoop loop;
    QObject::connect(&discovery, &WpadDiscovery::finished, &loop, &QEventLoop::quit);
    if (!asJson) {
        QObject::connect(&discovery, &WpadDiscovery::candidatesReady, &loop,
                         [&context](const QList<WpadCandidate> &all) {
            context.out() << tr("Looking for a PAC file: %n candidate(s), DHCP option 252 first, then DNS.", nullptr,
                                int(all.size()))
                          << '\n';
            context.out().flush();
        });
        QObject::connect(&discovery, &WpadDiscovery::attemptFinished, &loop, [&context](const WpadAttempt &attempt) {
            context.out() << "  " << attempt.candidate.url.toString() << "  (" << attempt.candidate.describe() << ")\n"
                          << QStringLiteral("    → ")
                          << (attempt.outcome == WpadAttempt::Outcome::Found ? tr("a PAC script") : attempt.reason)
                          << '\n';
            context.out().flush();
        });
    }
    discovery.start();
    loop.exec(); // bounded: every candidate has its time limit, and nmcli too
    const WpadResult &result = discovery.result();

    QJsonObject root{{QStringLiteral("found"), result.ok()}};
    QJsonArray attempts;
    for (const WpadAttempt &attempt : result.attempts)
        attempts.append(toJson(attempt));
    root.insert(QStringLiteral("attempts"), attempts);
    root.insert(QStringLiteral("notes"), QJsonArray::fromStringList(result.notes));
    if (!asJson) {
        for (const QString &note : result.notes)
            context.out() << tr("Note: %1").arg(note) << '\n';
    }

    if (!result.ok()) {
        if (asJson)
            context.out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        if (result.candidates.isEmpty())
            return context.fail(ExitFailure, tr("No PAC file found: there is no DHCP option 252 and no DNS domain to "
                                                "try. Give the PAC URL to “proxydeck pac” if you know it."));
        return context.fail(ExitFailure, tr("No PAC file found: none of the %n candidate(s) served a PAC script "
                                            "(see why above). Give the PAC URL to “proxydeck pac” if you know it.",
                                            nullptr, int(result.candidates.size())));
    }

    const WpadCandidate &found = *result.found;
    QJsonObject pac = toJson(found);
    root.insert(QStringLiteral("pac"), pac);
    if (!asJson)
        context.out() << tr("PAC file: %1, found by %2.").arg(found.url.toString(), found.describe()) << '\n';

    int exitCode = ExitOk;
    if (!testUrls.isEmpty()) {
        // Loaded again with the real resolver: discovery checked it with name lookups disabled.
        auto script = PacScript::load(result.pacText, found.url.fileName().isEmpty() ? found.url.toString()
                                                                                     : found.url.fileName());
        if (!script)
            return context.failWith(ExitFailure, script.error());
        QJsonArray answers;
        exitCode = PacCommand::answer(context, script.value(), testUrls, asJson, answers);
        root.insert(QStringLiteral("answers"), answers);
    }
    if (asJson)
        context.out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    context.out().flush();
    return exitCode;
}
