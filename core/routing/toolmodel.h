#pragma once

#include "noproxylist.h"
#include "routetarget.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

// How common clients read proxy variables and NO_PROXY, each modelled after its own source
// (versions and files named in toolmatchers.cpp). Tools disagree: this is what lets ProxyDeck
// tell, for a URL, which of them would go direct and which through the proxy.
enum class Tool { Curl, Wget, PythonRequests, PythonUrllib, Go, Node, Java, Git };

struct ToolInfo
{
    Tool tool;
    QString id;          // stable, for the command line and JSON: curl, wget, requests, …
    QString name;        // for people
    QString modelled;    // the version whose source the model follows
    QString reads;       // which variables it reads and which wins
};

struct ToolDecision
{
    Tool tool = Tool::Curl;
    bool direct = false;
    QString proxyVariable;   // the variable that gave the proxy; empty: no proxy for this scheme
    QString noProxyVariable; // the variable NO_PROXY was read from; empty: none
    QString matchedEntry;    // the entry (as the tool saw it) that sent the request direct
    QString reason;          // a sentence for people
};

class ToolModel
{
    Q_DECLARE_TR_FUNCTIONS(ToolModel)

public:
    static const QList<ToolInfo> &tools();
    static const ToolInfo &info(Tool tool);
    static std::optional<Tool> fromId(const QString &id);

    // What the tool does for this target, given the whole environment (proxy and NO_PROXY
    // variables, in the cases the tool reads). Java reads no variables: it is given the
    // -Dhttp.nonProxyHosts that ProxyDeck would export for the NO_PROXY found in the environment.
    static ToolDecision decide(Tool tool, const QProcessEnvironment &environment, const RouteTarget &target);

    // Only the NO_PROXY part: would this value send the target direct for this tool?
    static ToolDecision decideNoProxy(Tool tool, const QString &noProxy, const RouteTarget &target);

    // The -Dhttp.nonProxyHosts value ProxyDeck exports for the NO_PROXY in this environment;
    // a null string when there is none (Java then uses its default,
    // "localhost|127.*|[::1]|0.0.0.0|[::0]", and appends it to any non-empty value).
    static QString javaNonProxyHostsFor(const QProcessEnvironment &environment);

    // ProxyDeck's NO_PROXY entries in Java's http.nonProxyHosts syntax ("a|*.a|10.*").
    // Entries Java cannot express (most CIDR ranges, ports) are left out with a warning.
    static QString javaNonProxyHosts(const QList<NoProxyEntry> &entries, QStringList *warnings = nullptr);
};
