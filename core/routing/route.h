#pragma once

#include <QString>

// Where a connection or URL goes, and why, in words a user understands.
struct Route
{
    enum class Kind {
        Proxied,        // through the active profile's proxy
        BypassedToggle, // the connection's "Use global proxy" is off
        BypassedRule,   // a NO_PROXY entry matched
        Direct,         // the protocol cannot be proxied, or the profile has no proxy
        MustBypass,     // the kind does not work through this proxy
        Automatic,      // a PAC script decides, and it was not asked (or failed): see reason
    };

    Kind kind = Kind::Proxied;
    QString profileName;   // the active profile
    QString proxy;         // its proxy URL (no password), when Proxied
    QString matchedEntry;  // BypassedRule: the entry, as written
    QString entryOrigin;   // BypassedRule: where the entry comes from (rule list, a connection …)
    QString reason;        // one sentence
    QString egress;        // host:port the firewall must allow, for every route but Proxied
    QString pacAnswer;     // automatic profiles: what the PAC script answered, e.g. "PROXY a:3128; DIRECT"

    bool proxied() const { return kind == Kind::Proxied; }
    static QString kindId(Kind kind);   // proxied, bypassed-toggle, bypassed-rule, direct, must-bypass, automatic
    static QString kindLabel(Kind kind); // for people
};
