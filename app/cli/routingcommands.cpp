#include "routingcommands.h"

#include "clicontext.h"
#include "noproxyadvisor.h"
#include "pacresolver.h"
#include "pacsource.h"
#include "routeresolver.h"
#include "toolmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject routeJson(const Route &route)
{
    QJsonObject object{{QStringLiteral("route"), Route::kindId(route.kind)},
                       {QStringLiteral("reason"), route.reason},
                       {QStringLiteral("profile"), route.profileName}};
    if (route.proxied())
        object.insert(QStringLiteral("proxy"), route.proxy);
    if (!route.matchedEntry.isEmpty())
        object.insert(QStringLiteral("entry"), route.matchedEntry);
    if (!route.entryOrigin.isEmpty())
        object.insert(QStringLiteral("entryOrigin"), route.entryOrigin);
    if (!route.egress.isEmpty())
        object.insert(QStringLiteral("egress"), route.egress);
    if (!route.pacAnswer.isEmpty())
        object.insert(QStringLiteral("pac"), route.pacAnswer);
    return object;
}

QString describe(const Route &route)
{
    return Route::kindLabel(route.kind) + QStringLiteral(": ") + route.reason;
}

} // namespace

int RoutingCommands::route(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption tool(QStringLiteral("tool"),
                                  tr("Also tell what a tool would do with the exported NO_PROXY: curl, wget, requests, "
                                     "urllib, go, node, java, git, or all."),
                                  tr("tool"));
    parser.addOptions({json, tool});
    parser.addPositionalArgument(QStringLiteral("URL"), tr("URLs or host:port to route."), QStringLiteral("URL…"));
    if (auto stop = context.parse(parser, arguments, QStringLiteral("route URL… [--tool T|all] [--json]"),
                                  tr("Where each URL goes with the active profile and the NO_PROXY rules, and why.")))
        return *stop;
    const QStringList urls = parser.positionalArguments();
    if (urls.isEmpty())
        return context.fail(ExitUsage, tr("route needs at least one URL."));
    QList<Tool> tools;
    if (parser.isSet(tool)) {
        const QString wanted = parser.value(tool);
        if (wanted == u"all") {
            for (const ToolInfo &info : ToolModel::tools())
                tools.append(info.tool);
        } else {
            for (const QString &id : wanted.split(u',')) {
                const auto found = ToolModel::fromId(id.trimmed());
                if (!found)
                    return context.fail(ExitUsage, tr("--tool: unknown tool “%1”.").arg(id));
                tools.append(*found);
            }
        }
    }
    if (auto stop = context.loadSettings(parser))
        return *stop;

    RouteResolver resolver(context.settings().data());
    // An automatic profile: the PAC is read now and asked for each URL; if it cannot be read,
    // the routes say the PAC decides, and why it could not be asked.
    std::shared_ptr<PacResolver> pac;
    if (resolver.isAutomatic()) {
        auto loaded = PacSource::loadBlocking(QUrl(context.settings().data().activeProfile()->pacUrl));
        if (loaded) {
            pac = std::make_shared<PacResolver>(std::move(loaded.value().script));
            resolver.setPacAnswer([pac](const QUrl &url) { return pac->resolve(url); });
        } else {
            context.warn(loaded.error().message);
        }
    }
    const QString exported = resolver.effectiveNoProxy().join(u',');
    QJsonArray results;
    for (const QString &url : urls) {
        auto target = RouteTarget::parse(url);
        if (!target)
            return context.failWith(ExitUsage, target.error());
        const Route route = resolver.route(target.value());
        QJsonObject object = routeJson(route);
        object.insert(QStringLiteral("url"), url);
        if (!parser.isSet(json))
            context.out() << url << '\n' << "  " << describe(route) << '\n';
        QJsonObject perTool;
        for (Tool each : std::as_const(tools)) {
            const ToolDecision decision = resolver.usesProxy()
                ? ToolModel::decideNoProxy(each, exported, target.value())
                : ToolDecision{each, true, {}, {}, {}, tr("Direct: no proxy is exported.")};
            perTool.insert(ToolModel::info(each).id,
                           QJsonObject{{QStringLiteral("direct"), decision.direct},
                                       {QStringLiteral("entry"), decision.matchedEntry},
                                       {QStringLiteral("reason"), decision.reason}});
            if (!parser.isSet(json)) {
                const bool agrees = decision.direct != route.proxied();
                context.out() << "    " << ToolModel::info(each).id.leftJustified(9)
                              << (decision.direct ? tr("direct") : tr("via proxy")).leftJustified(10)
                              << (agrees ? QString() : tr("(differs) ")) << decision.reason << '\n';
            }
        }
        if (!tools.isEmpty())
            object.insert(QStringLiteral("tools"), perTool);
        results.append(object);
    }
    if (parser.isSet(json))
        context.out() << QJsonDocument(results).toJson(QJsonDocument::Indented);
    return ExitOk;
}

int RoutingCommands::noProxy(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("list: print JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("action"), tr("list | add ENTRY… | remove ENTRY…"));
    if (auto stop = context.parse(parser, arguments, QStringLiteral("noproxy list|add|remove [ENTRY…]"),
                                  tr("Edit the NO_PROXY rules. Entries are checked; warnings say which tools read an "
                                     "entry differently.")))
        return *stop;
    QStringList words = parser.positionalArguments();
    const QString action = words.isEmpty() ? QString() : words.takeFirst();
    if (action != u"list" && action != u"add" && action != u"remove")
        return context.fail(ExitUsage, tr("noproxy: use list, add or remove."));
    if (action == u"list" && !words.isEmpty())
        return context.fail(ExitUsage, tr("noproxy list takes no entries."));
    if (action != u"list" && words.isEmpty())
        return context.fail(ExitUsage, tr("noproxy %1 needs at least one entry.").arg(action));
    if (auto stop = context.loadSettings(parser))
        return *stop;

    Settings &settings = context.settings();
    QStringList entries = settings.data().noProxy;
    if (action == u"list") {
        const RouteResolver resolver(settings.data());
        if (parser.isSet(json)) {
            QJsonArray list;
            for (const RouteResolver::Rule &rule : resolver.rules()) {
                list.append(QJsonObject{{QStringLiteral("entry"), rule.entry.text},
                                        {QStringLiteral("origin"), rule.origin.isEmpty() ? QStringLiteral("rules") : rule.origin},
                                        {QStringLiteral("warnings"), QJsonArray::fromStringList(NoProxyAdvisor::warnings(rule.entry))}});
            }
            context.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        for (const RouteResolver::Rule &rule : resolver.rules()) {
            context.out() << rule.entry.text;
            if (!rule.origin.isEmpty())
                context.out() << "  (" << tr("from %1").arg(rule.origin) << ')';
            context.out() << '\n';
            for (const QString &warning : NoProxyAdvisor::warnings(rule.entry))
                context.out() << "    ! " << warning << '\n';
        }
        context.out() << tr("Exported NO_PROXY: %1").arg(resolver.effectiveNoProxy().join(u',')) << '\n';
        return ExitOk;
    }

    for (const QString &word : std::as_const(words)) {
        const NoProxyParse parsed = NoProxyList::parse(word);
        if (!parsed.errors.isEmpty())
            return context.fail(ExitUsage, parsed.errors.constFirst().toString());
        for (const NoProxyEntry &entry : parsed.entries) {
            const auto existing = std::find_if(entries.begin(), entries.end(), [&](const QString &e) {
                return e.compare(entry.text, Qt::CaseInsensitive) == 0;
            });
            if (action == u"add") {
                if (existing == entries.end()) {
                    entries.append(entry.text);
                    for (const QString &warning : NoProxyAdvisor::warnings(entry))
                        context.warn(warning);
                }
            } else if (existing != entries.end()) {
                entries.erase(existing);
            } else {
                return context.fail(ExitUsage, tr("“%1” is not in the NO_PROXY rules.").arg(entry.text));
            }
        }
    }
    settings.setNoProxy(entries);
    return context.saveSettings();
}

int RoutingCommands::connection(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("list: print JSON."));
    const QCommandLineOption kind(QStringLiteral("kind"), tr("Connection kind (see “connection kinds”)."), tr("kind"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"), tr("URL or host:port."), tr("endpoint"));
    const QCommandLineOption name(QStringLiteral("name"), tr("edit: the new name."), tr("name"));
    const QCommandLineOption noProxy(QStringLiteral("no-proxy"), tr("add: do not use the global proxy."));
    parser.addOptions({json, kind, endpoint, name, noProxy});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("list | kinds | add NAME --kind K --endpoint E [--no-proxy] | edit NAME [--name N] "
                                    "[--kind K] [--endpoint E] | remove NAME | proxy NAME on|off"));
    if (auto stop = context.parse(parser, arguments, QStringLiteral("connection list|kinds|add|edit|remove|proxy …"),
                                  tr("Manage named connections and see the route of each.")))
        return *stop;
    QStringList words = parser.positionalArguments();
    const QString action = words.isEmpty() ? QString() : words.takeFirst();

    if (action == u"kinds") {
        for (const ConnectionKind &k : ConnectionKind::catalogue()) {
            context.out() << k.id.leftJustified(14) << k.name() << '\n';
            if (!k.note().isEmpty())
                context.out() << QString(16, u' ') << k.note() << '\n';
        }
        return ExitOk;
    }
    const QHash<QString, int> arity = {{QStringLiteral("list"), 0}, {QStringLiteral("add"), 1},
                                       {QStringLiteral("edit"), 1}, {QStringLiteral("remove"), 1},
                                       {QStringLiteral("proxy"), 2}};
    if (!arity.contains(action))
        return context.fail(ExitUsage, tr("connection: use list, kinds, add, edit, remove or proxy."));
    if (words.size() != arity.value(action))
        return context.fail(ExitUsage, tr("connection %1: wrong number of arguments; see “proxydeck connection --help”.").arg(action));
    if (auto stop = context.loadSettings(parser))
        return *stop;
    Settings &settings = context.settings();

    if (action == u"list") {
        const RouteResolver resolver(settings.data());
        QJsonArray list;
        for (const Connection &c : settings.data().connections) {
            const Route route = resolver.route(c);
            if (parser.isSet(json)) {
                QJsonObject object = routeJson(route);
                object.insert(QStringLiteral("name"), c.name);
                object.insert(QStringLiteral("kind"), c.kind);
                object.insert(QStringLiteral("endpoint"), c.endpoint);
                object.insert(QStringLiteral("useProxy"), c.useProxy);
                list.append(object);
            } else {
                context.out() << c.name << "  [" << c.kind << "] " << c.endpoint
                              << (c.useProxy ? QString() : tr("  (proxy off)")) << '\n'
                              << "  " << describe(route) << '\n';
            }
        }
        if (parser.isSet(json))
            context.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return ExitOk;
    }

    Result<void> done;
    if (action == u"add") {
        if (!parser.isSet(kind) || !parser.isSet(endpoint))
            return context.fail(ExitUsage, tr("connection add needs --kind and --endpoint."));
        auto added = settings.addConnection(Connection{{}, words.at(0), parser.value(kind), parser.value(endpoint), !parser.isSet(noProxy)});
        if (!added)
            done = added.error();
    } else {
        const Connection *found = settings.findConnection(words.at(0));
        if (!found)
            return context.fail(ExitUsage, tr("No connection named “%1”; see “proxydeck connection list”.").arg(words.at(0)));
        Connection changed = *found;
        if (action == u"remove") {
            done = settings.removeConnection(changed.id);
        } else if (action == u"proxy") {
            if (words.at(1) != u"on" && words.at(1) != u"off")
                return context.fail(ExitUsage, tr("connection proxy: say on or off."));
            done = settings.setConnectionUsesProxy(changed.id, words.at(1) == u"on");
        } else { // edit
            if (parser.isSet(name))
                changed.name = parser.value(name);
            if (parser.isSet(kind))
                changed.kind = parser.value(kind);
            if (parser.isSet(endpoint))
                changed.endpoint = parser.value(endpoint);
            done = settings.updateConnection(changed);
        }
    }
    if (!done)
        return context.failWith(ExitUsage, done.error());
    if (const int saved = context.saveSettings(); saved != ExitOk)
        return saved;
    if (action != u"remove") {
        const QString shown = action == u"edit" && parser.isSet(name) ? parser.value(name) : words.at(0);
        if (const Connection *c = settings.findConnection(shown.trimmed()))
            context.out() << c->name << ": " << describe(RouteResolver(settings.data()).route(*c)) << '\n';
    }
    return ExitOk;
}
