#include "paccommand.h"

#include "clicontext.h"
#include "pacscript.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

namespace {

constexpr qint64 MaxPacBytes = 1024 * 1024;
constexpr int FetchTimeoutMs = 10'000;

Result<QString> fetch(const QUrl &url)
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy); // a PAC file is fetched directly, as browsers do
    QNetworkRequest request(url);
    request.setTransferTimeout(FetchTimeoutMs);
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [reply](qint64 received) {
        if (received > MaxPacBytes)
            reply->abort();
    });
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 0 && status != 200) {
        return Error{PacCommand::tr("Cannot fetch %1: the server answered %2 %3.")
                         .arg(url.toDisplayString())
                         .arg(status)
                         .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()),
                     QStringLiteral("pac")};
    }
    if (reply->error() != QNetworkReply::NoError)
        return Error{PacCommand::tr("Cannot fetch %1: %2").arg(url.toDisplayString(), reply->errorString()), QStringLiteral("pac")};
    return QString::fromUtf8(reply->readAll());
}

} // namespace

int PacCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the answers as JSON."));
    parser.addOption(json);
    if (auto stop = context.parse(parser, arguments, QStringLiteral("pac FILE|URL [TEST-URL…] [--json]"),
                                  tr("Load a PAC script and print what it answers for each URL.")))
        return *stop;
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return context.fail(ExitUsage, tr("pac needs a PAC file or URL, e.g. proxydeck pac proxy.pac https://example.com/"));

    const QString where = words.constFirst();
    const QUrl location(where);
    QString source;
    if (location.scheme() == u"http" || location.scheme() == u"https") {
        auto fetched = fetch(location);
        if (!fetched)
            return context.failWith(ExitFailure, fetched.error());
        source = fetched.value();
    } else {
        QFile file(where);
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(ExitFailure, tr("Cannot read %1: %2").arg(where, file.errorString()));
        if (file.size() > MaxPacBytes)
            return context.fail(ExitFailure, tr("%1 is over 1 MiB: not a PAC file.").arg(where));
        source = QString::fromUtf8(file.readAll());
    }
    auto script = PacScript::load(source, location.fileName().isEmpty() ? where : location.fileName());
    if (!script)
        return context.failWith(ExitFailure, script.error());

    bool ok = true;
    QJsonArray answers;
    for (const QString &text : words.sliced(1)) {
        const QUrl url = QUrl::fromUserInput(text);
        if (!url.isValid() || url.host().isEmpty())
            return context.fail(ExitUsage, tr("“%1” is not a URL to look up.").arg(text));
        const auto proxies = script.value().findProxy(url);
        QJsonObject entry{{QStringLiteral("url"), url.toString()}};
        if (!proxies) {
            ok = false;
            entry.insert(QStringLiteral("error"), proxies.error().message);
            if (!parser.isSet(json))
                context.out() << text << QStringLiteral(" → error: ") << proxies.error().message << '\n';
        } else {
            QStringList parts;
            QJsonArray list;
            for (const PacProxy &proxy : proxies.value()) {
                parts.append(proxy.toString());
                list.append(proxy.toString());
            }
            entry.insert(QStringLiteral("proxies"), list);
            if (!parser.isSet(json))
                context.out() << text << QStringLiteral(" → ") << parts.join(QStringLiteral("; ")) << '\n';
        }
        const QStringList alerts = script.value().alerts();
        if (!alerts.isEmpty())
            entry.insert(QStringLiteral("alerts"), QJsonArray::fromStringList(alerts));
        if (!parser.isSet(json)) {
            for (const QString &alert : alerts)
                context.out() << QStringLiteral("  alert: ") << alert << '\n';
        }
        answers.append(entry);
    }
    if (parser.isSet(json))
        context.out() << QString::fromUtf8(QJsonDocument(answers).toJson(QJsonDocument::Indented));
    else if (words.size() == 1)
        context.out() << tr("%1: loads, and defines FindProxyForURL.").arg(where) << '\n';
    context.out().flush();
    return ok ? ExitOk : ExitFailure;
}
