#pragma once

#include "connection.h"
#include "connectionkind.h"
#include "noproxylist.h"
#include "route.h"
#include "settingsdata.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>

#include <functional>

struct PacProxy;

// The one function that decides where traffic goes: the Connections and Rules pages, the
// exporters and the engine all ask it. Built once from a settings snapshot; cheap to query.
class RouteResolver
{
    Q_DECLARE_TR_FUNCTIONS(RouteResolver)

public:
    // A NO_PROXY entry in force, with where it comes from.
    struct Rule
    {
        NoProxyEntry entry;
        QString origin; // empty: the user's rule list; else e.g. "connection “Warehouse”"
    };

    // What a PAC script answers for a URL (PacResolver::resolve, or a test's function).
    using PacAnswer = std::function<Result<QList<PacProxy>>(const QUrl &url)>;

    explicit RouteResolver(const SettingsData &data);

    // For an automatic profile: ask `answer` where each target goes. Without it, such targets
    // get Route::Kind::Automatic (the PAC decides, per request). The NO_PROXY rules and the
    // connections' toggles are ProxyDeck's own and still come first.
    void setPacAnswer(PacAnswer answer) { m_pacAnswer = std::move(answer); }
    bool isAutomatic() const { return m_profile && m_profile->isAutomatic(); }

    Route route(const Connection &connection) const;
    Route route(const RouteTarget &target) const;

    // The decision alone, without the words: what the engine asks for every request.
    // Returns the matching rule, or nullptr when the target goes through the proxy (or
    // directly, when the profile has none: see usesProxy()).
    const Rule *bypassRule(const RouteTarget &target) const;
    bool usesProxy() const { return m_profile && m_profile->usesProxy(); }

    // Every entry in force: the rule list, then hosts of HTTP(S) connections that bypass the
    // proxy, then domains that kinds require to bypass it (Snowflake behind an https:// proxy).
    const QList<Rule> &rules() const { return m_rules; }
    // The same as the NO_PROXY text exports write (each entry once, in that order).
    QStringList effectiveNoProxy() const;

private:
    Route base() const;
    void decideByPac(Route &route, const RouteTarget &target) const;
    static void setRuleMatch(Route &route, const Rule &rule, const RouteTarget &target);
    void addRule(const NoProxyEntry &entry, const QString &origin);
    static QString egressOf(const RouteTarget &target);

    const ProxyProfile *m_profile = nullptr;
    ProxyProfile m_profileCopy;
    QList<Rule> m_rules;
    PacAnswer m_pacAnswer;
    // Index over m_rules so a decision costs a few hash look-ups, not a scan of every rule:
    // domains by name (apex and subdomains / subdomains only), addresses by value, networks by
    // prefix length and masked address; only "*" and rules with a port are scanned. The first
    // matching rule in list order wins, as with a plain scan.
    QHash<QString, qsizetype> m_domains;
    QHash<QString, qsizetype> m_subdomainsOnly;
    QHash<QHostAddress, qsizetype> m_addresses;
    QList<std::pair<int, QHash<QHostAddress, qsizetype>>> m_networks; // per (protocol, prefix) key
    QList<qsizetype> m_nameScan; // "*" and names with a port
    QList<qsizetype> m_ipScan;   // "*" and addresses or networks with a port
};
