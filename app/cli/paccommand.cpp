#include "paccommand.h"

#include "clicontext.h"
#include "pacfetch.h"
#include "pacscript.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

int PacCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the answers as JSON."));
    const QCommandLineOption trace(QStringLiteral("trace"),
                                   tr("Also show which helper functions each answer called, on which line, "
                                      "and what they returned: the last one is the check that decided."));
    parser.addOptions({json, trace});
    if (auto stop = context.parse(parser, arguments, QStringLiteral("pac FILE|URL [TEST-URL…] [--json] [--trace]"),
                                  tr("Load a PAC script and print what it answers for each URL.")))
        return *stop;
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return context.fail(ExitUsage, tr("pac needs a PAC file or URL, e.g. proxydeck pac proxy.pac https://example.com/"));

    const QString where = words.constFirst();
    const QUrl location(where);
    QString source;
    if (location.scheme() == u"http" || location.scheme() == u"https") {
        auto fetched = PacFetch::fetchBlocking(location);
        if (!fetched)
            return context.failWith(ExitFailure, fetched.error());
        source = fetched.value();
    } else {
        QFile file(where);
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(ExitFailure, tr("Cannot read %1: %2").arg(where, file.errorString()));
        if (file.size() > PacFetch::MaxBytes)
            return context.fail(ExitFailure, tr("%1 is over 1 MiB: not a PAC file.").arg(where));
        source = QString::fromUtf8(file.readAll());
    }
    auto script = PacScript::load(source, location.fileName().isEmpty() ? where : location.fileName());
    if (!script)
        return context.failWith(ExitFailure, script.error());

    QJsonArray answers;
    const int answered = answer(context, script.value(), words.sliced(1), parser.isSet(json), answers, parser.isSet(trace));
    if (answered == ExitUsage)
        return answered;
    if (parser.isSet(json))
        context.out() << QString::fromUtf8(QJsonDocument(answers).toJson(QJsonDocument::Indented));
    else if (words.size() == 1)
        context.out() << tr("%1: loads, and defines FindProxyForURL.").arg(where) << '\n';
    context.out().flush();
    return answered;
}

int PacCommand::answer(CliContext &context, const PacScript &script, const QStringList &urls, bool json,
                       QJsonArray &answers, bool trace)
{
    bool ok = true;
    for (const QString &text : urls) {
        const QUrl url = QUrl::fromUserInput(text);
        if (!url.isValid() || url.host().isEmpty())
            return context.fail(ExitUsage, tr("“%1” is not a URL to look up.").arg(text));
        QList<PacTraceStep> steps;
        const auto proxies = script.findProxy(url, trace ? &steps : nullptr);
        QJsonObject entry{{QStringLiteral("url"), url.toString()}};
        if (!proxies) {
            ok = false;
            entry.insert(QStringLiteral("error"), proxies.error().message);
            if (!json)
                context.out() << text << QStringLiteral(" → error: ") << proxies.error().message << '\n';
        } else {
            QStringList parts;
            QJsonArray list;
            for (const PacProxy &proxy : proxies.value()) {
                parts.append(proxy.toString());
                list.append(proxy.toString());
            }
            entry.insert(QStringLiteral("proxies"), list);
            if (!json)
                context.out() << text << QStringLiteral(" → ") << parts.join(QStringLiteral("; ")) << '\n';
        }
        if (trace) {
            QJsonArray traced;
            for (const PacTraceStep &step : std::as_const(steps)) {
                traced.append(QJsonObject{{QStringLiteral("line"), step.line},
                                          {QStringLiteral("call"), step.call},
                                          {QStringLiteral("result"), step.result}});
                if (!json)
                    context.out() << QStringLiteral("  line %1: %2 → %3\n").arg(step.line).arg(step.call, step.result);
            }
            if (!json && steps.isEmpty())
                context.out() << "  " << tr("(no helper function was called: the script's own logic decided)") << '\n';
            entry.insert(QStringLiteral("trace"), traced);
        }
        const QStringList alerts = script.alerts();
        if (!alerts.isEmpty())
            entry.insert(QStringLiteral("alerts"), QJsonArray::fromStringList(alerts));
        if (!json) {
            for (const QString &alert : alerts)
                context.out() << QStringLiteral("  alert: ") << alert << '\n';
        }
        answers.append(entry);
    }
    return ok ? ExitOk : ExitFailure;
}
