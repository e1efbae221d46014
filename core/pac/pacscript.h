#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QJSEngine;
class PacHost;
class PacWatchdog;

// One entry of what FindProxyForURL answers ("PROXY a:3128; DIRECT"), in order of preference.
struct PacProxy
{
    enum class Type { Direct, Proxy, Https, Socks, Socks4, Socks5 };
    Type type = Type::Direct;
    QString host;
    quint16 port = 0;

    QString toString() const; // "DIRECT", "PROXY host:port", …
    friend bool operator==(const PacProxy &, const PacProxy &) = default;
};

// A helper function the script called while answering, for the tester: on which line of the
// script, with which arguments, and what it returned. The last one before the answer is the
// check that decided (QJSEngine does not say which `return` ran).
struct PacTraceStep
{
    int line = 0;
    QString call;   // dnsDomainIs("git.corp", ".corp")
    QString result; // true
};

// How a PacScript evaluates; the defaults are the real machine (tests pass their own).
struct PacOptions
{
    int timeoutMs = 2000; // per evaluation (the load, and each FindProxyForURL)
    // How much the process may grow during one evaluation before it is stopped (0: no limit).
    // A PAC needs kilobytes; this only catches a script that allocates without end.
    qint64 memoryLimitBytes = 256 * 1024 * 1024;
    // For dnsResolve, isResolvable, isInNet with a name: address text, empty when the name
    // does not resolve. Default: the system's resolver.
    std::function<QStringList(const QString &host)> resolve;
    QStringList myAddresses; // default: this machine's non-loopback addresses
    QDateTime now;           // for weekdayRange, dateRange, timeRange; default: the clock
};

// A proxy auto-config script (the Netscape PAC format every browser reads), evaluated in a
// QJSEngine with no file, network or console access, with the standard helper functions (and
// the IPv6 "Ex" ones). Each call has a time limit: an endless loop is interrupted and reported,
// not waited for. Not thread-safe: use one PacScript per thread; name lookups block, so call it
// off the GUI thread.
class PacScript
{
    Q_DECLARE_TR_FUNCTIONS(PacScript)

public:

    ~PacScript();
    PacScript(PacScript &&) noexcept;
    PacScript &operator=(PacScript &&) noexcept;

    // Runs the script once (defining FindProxyForURL); a syntax or run-time error names the line.
    static Result<PacScript> load(const QString &source, const QString &fileName = QStringLiteral("proxy.pac"),
                                  PacOptions options = {});

    // FindProxyForURL(url, host), its answer parsed. https:// URLs are cut to scheme://host/ as
    // browsers do, so a PAC never sees paths and queries of encrypted requests.
    // With trace: also which helpers it called on which lines (slower: for the tester only).
    Result<QList<PacProxy>> findProxy(const QUrl &url, QList<PacTraceStep> *trace = nullptr) const;
    // What the last evaluations passed to alert(), for the tester.
    QStringList alerts() const;

    // "PROXY a:1; DIRECT" → entries; an unknown keyword or a bad port is an Error naming it.
    static Result<QList<PacProxy>> parseResult(const QString &text);

private:
    PacScript();
    Result<QString> call(const QString &function, const QStringList &arguments) const;

    std::unique_ptr<QJSEngine> m_engine;
    std::unique_ptr<PacHost> m_host;
    std::unique_ptr<PacWatchdog> m_watchdog; // after m_engine: stopped before the engine goes
    QString m_fileName;
    int m_timeoutMs = 2000;
    qint64 m_memoryLimitBytes = 0;
    mutable bool m_traceInstalled = false;
};
