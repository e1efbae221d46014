#include "pacscript.h"

#include "pachost.h"

#include <QHostAddress>
#include <QJSEngine>
#include <QRegularExpression>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <cstdio>
#include <unistd.h>

namespace {

// The standard PAC functions, written for this engine. Names and meanings follow the Netscape
// specification and the IPv6 extensions browsers added; the time functions read __pd.nowMs().
const char Helpers[] = R"JS(
var __pd_days = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
var __pd_months = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
function isPlainHostName(host) { return host.indexOf('.') < 0 && host.indexOf(':') < 0; }
function dnsDomainIs(host, domain) {
    host = String(host).toLowerCase(); domain = String(domain).toLowerCase();
    return host.length >= domain.length && host.substring(host.length - domain.length) === domain;
}
function localHostOrDomainIs(host, hostdom) {
    host = String(host).toLowerCase(); hostdom = String(hostdom).toLowerCase();
    if (host === hostdom) return true;
    return host.indexOf('.') < 0 && hostdom.indexOf(host + '.') === 0;
}
function isResolvable(host) { return __pd.dnsResolve(String(host)) !== ''; }
function isResolvableEx(host) { return __pd.dnsResolveEx(String(host)) !== ''; }
function dnsResolve(host) { var a = __pd.dnsResolve(String(host)); return a === '' ? null : a; }
function dnsResolveEx(host) { return __pd.dnsResolveEx(String(host)); }
function myIpAddress() { return __pd.myIpAddress(); }
function myIpAddressEx() { return __pd.myIpAddressEx(); }
function isInNet(host, pattern, mask) { return __pd.isInNet(String(host), String(pattern), String(mask)); }
function isInNetEx(host, prefix) { return __pd.isInNetEx(String(host), String(prefix)); }
function dnsDomainLevels(host) { return String(host).split('.').length - 1; }
function sortIpAddressList(list) { return String(list).split(';').sort().join(';'); }
function getClientVersion() { return '1.0'; }
function shExpMatch(text, pattern) {
    var expression = '^';
    for (var i = 0; i < pattern.length; ++i) {
        var c = pattern.charAt(i);
        if (c === '*') expression += '.*';
        else if (c === '?') expression += '.';
        else if ('\\^$.|+()[]{}/'.indexOf(c) >= 0) expression += '\\' + c;
        else expression += c;
    }
    return new RegExp(expression + '$').test(String(text));
}
function alert(message) { __pd.alert(String(message)); }
function __pd_now(args) {
    var gmt = args.length > 0 && args[args.length - 1] === 'GMT';
    if (gmt) args = Array.prototype.slice.call(args, 0, args.length - 1);
    var d = new Date(__pd.nowMs());
    return { args: args, gmt: gmt,
             day: gmt ? d.getUTCDate() : d.getDate(), month: gmt ? d.getUTCMonth() : d.getMonth(),
             year: gmt ? d.getUTCFullYear() : d.getFullYear(), weekday: gmt ? d.getUTCDay() : d.getDay(),
             seconds: gmt ? d.getUTCHours() * 3600 + d.getUTCMinutes() * 60 + d.getUTCSeconds()
                          : d.getHours() * 3600 + d.getMinutes() * 60 + d.getSeconds() };
}
function __pd_inRange(value, from, to) { return from <= to ? value >= from && value <= to : value >= from || value <= to; }
function weekdayRange() {
    var now = __pd_now(arguments), a = now.args;
    var from = __pd_days.indexOf(String(a[0]).toUpperCase());
    var to = a.length > 1 ? __pd_days.indexOf(String(a[1]).toUpperCase()) : from;
    if (from < 0 || to < 0) return false;
    return __pd_inRange(now.weekday, from, to);
}
function dateRange() {
    var now = __pd_now(arguments), a = now.args;
    function kind(v) { return typeof v === 'string' ? 'month' : (v > 31 ? 'year' : 'day'); }
    function month(v) { return __pd_months.indexOf(String(v).toUpperCase()); }
    function value(v) { var k = kind(v); return k === 'month' ? month(v) : v; }
    if (a.length === 1) {
        var k = kind(a[0]);
        return value(a[0]) === (k === 'day' ? now.day : k === 'month' ? now.month : now.year);
    }
    if (a.length === 2) {
        var k2 = kind(a[0]);
        var current = k2 === 'day' ? now.day : k2 === 'month' ? now.month : now.year;
        if (k2 === 'year') return current >= a[0] && current <= a[1];
        return __pd_inRange(current, value(a[0]), value(a[1]));
    }
    if (a.length === 4) {
        if (kind(a[0]) === 'day') // day month day month
            return __pd_inRange(now.month * 100 + now.day, month(a[1]) * 100 + a[0], month(a[3]) * 100 + a[2]);
        var v = now.year * 100 + now.month; // month year month year
        return v >= a[1] * 100 + month(a[0]) && v <= a[3] * 100 + month(a[2]);
    }
    if (a.length === 6) {
        var t = now.year * 10000 + now.month * 100 + now.day;
        return t >= a[2] * 10000 + month(a[1]) * 100 + a[0] && t <= a[5] * 10000 + month(a[4]) * 100 + a[3];
    }
    return false;
}
function timeRange() {
    var now = __pd_now(arguments), a = now.args;
    if (a.length === 1) return Math.floor(now.seconds / 3600) === a[0];
    if (a.length === 2) return __pd_inRange(now.seconds, a[0] * 3600, a[1] * 3600 - 1);
    if (a.length === 4) return __pd_inRange(now.seconds, a[0] * 3600 + a[1] * 60, a[2] * 3600 + a[3] * 60);
    if (a.length === 6)
        return __pd_inRange(now.seconds, a[0] * 3600 + a[1] * 60 + a[2], a[3] * 3600 + a[4] * 60 + a[5]);
    return false;
}
)JS";

// The tester's trace, installed at the first traced call (the engine never pays for it): while
// __pd_trace is an array, every helper the script calls is recorded with its arguments, its
// result and the call stack, which names the script's line.
const char TraceHelpers[] = R"JS(
var __pd_trace = null;
(function (global) {
    ['isPlainHostName', 'dnsDomainIs', 'localHostOrDomainIs', 'isResolvable', 'isResolvableEx', 'dnsResolve',
     'dnsResolveEx', 'myIpAddress', 'myIpAddressEx', 'isInNet', 'isInNetEx', 'dnsDomainLevels', 'shExpMatch',
     'weekdayRange', 'dateRange', 'timeRange'].forEach(function (name) {
        var helper = global[name];
        global[name] = function () {
            var result = helper.apply(null, arguments);
            if (__pd_trace !== null) {
                var shown = [];
                for (var i = 0; i < arguments.length; ++i)
                    shown.push(JSON.stringify(arguments[i]));
                __pd_trace.push({ call: name + '(' + shown.join(', ') + ')', result: JSON.stringify(result),
                                  stack: new Error().stack });
            }
            return result;
        };
    });
})(this);
)JS";

// This process's resident memory, for the memory limit; 0 where /proc does not tell.
qint64 residentBytes()
{
    FILE *statm = std::fopen("/proc/self/statm", "r");
    if (!statm)
        return 0;
    long pages = 0;
    long resident = 0;
    const int read = std::fscanf(statm, "%ld %ld", &pages, &resident);
    std::fclose(statm);
    return read == 2 ? qint64(resident) * qint64(sysconf(_SC_PAGESIZE)) : 0;
}

Error scriptError(const QJSValue &error, const QString &fileName, const QString &what)
{
    const int line = error.property(QStringLiteral("lineNumber")).toInt();
    const QString message = error.property(QStringLiteral("message")).toString();
    return Error{line > 0 ? PacScript::tr("%1, line %2: %3 (%4)").arg(fileName).arg(line).arg(message, what)
                          : PacScript::tr("%1: %2 (%3)").arg(fileName, message, what),
                 QStringLiteral("pac")};
}

} // namespace

// One thread per script that watches its evaluations: an evaluation that runs past the time limit,
// or makes the process grow by more than the memory limit, is interrupted. The thread ticks every
// 10 ms while evaluations come, and sleeps without a timer after a second without one; arming is
// then a store under a lock (and a wake-up only after such a pause), not a thread start.
class PacWatchdog
{
public:
    enum class Fired { No, Time, Memory };

    explicit PacWatchdog(QJSEngine &engine) : m_engine(engine), m_thread([this] { run(); }) {}
    ~PacWatchdog()
    {
        {
            std::lock_guard lock(m_mutex);
            m_quit = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }

    void arm(int timeoutMs, qint64 memoryLimitBytes)
    {
        bool wake;
        {
            std::lock_guard lock(m_mutex);
            m_armed = true;
            m_fired = Fired::No;
            m_deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
            m_memoryLimit = memoryLimitBytes;
            m_baseline = 0;
            wake = m_sleeping;
        }
        if (wake)
            m_wake.notify_one();
    }
    // Ends the evaluation's watch; says whether it was stopped, and leaves the engine usable.
    Fired disarm()
    {
        Fired fired;
        {
            std::lock_guard lock(m_mutex);
            m_armed = false;
            m_lastUse = std::chrono::steady_clock::now();
            fired = m_fired;
        }
        if (fired != Fired::No) {
            m_engine.setInterrupted(false);
            if (fired == Fired::Memory)
                m_engine.collectGarbage();
        }
        return fired;
    }

    static Error error(Fired fired, const QString &what, int timeoutMs, qint64 memoryLimitBytes)
    {
        if (fired == Fired::Memory)
            return Error{PacScript::tr("%1 used more than %2 MiB of memory and was stopped.")
                             .arg(what)
                             .arg(memoryLimitBytes / (1024 * 1024)),
                         QStringLiteral("pac")};
        return Error{PacScript::tr("%1 did not finish within %2 ms: an endless loop?").arg(what).arg(timeoutMs),
                     QStringLiteral("pac")};
    }

private:
    void run()
    {
        using namespace std::chrono;
        std::unique_lock lock(m_mutex);
        while (!m_quit) {
            if (!m_armed && steady_clock::now() - m_lastUse > seconds(1)) {
                m_sleeping = true;
                m_wake.wait(lock, [this] { return m_quit || m_armed; });
                m_sleeping = false;
                continue;
            }
            m_wake.wait_for(lock, milliseconds(10), [this] { return m_quit; });
            if (!m_armed)
                continue;
            const auto now = steady_clock::now();
            if (now >= m_deadline) {
                m_fired = Fired::Time;
            } else if (m_memoryLimit > 0) {
                // The baseline is read at the first tick of an evaluation: most end before one, and
                // what an evaluation allocates before it is not counted.
                const qint64 resident = residentBytes();
                if (m_baseline == 0)
                    m_baseline = resident;
                if (resident - m_baseline <= m_memoryLimit)
                    continue;
                m_fired = Fired::Memory;
            } else {
                continue;
            }
            m_armed = false;
            m_engine.setInterrupted(true);
        }
    }

    QJSEngine &m_engine;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_quit = false;
    bool m_armed = false;
    bool m_sleeping = false;
    Fired m_fired = Fired::No;
    std::chrono::steady_clock::time_point m_deadline;
    std::chrono::steady_clock::time_point m_lastUse;
    qint64 m_memoryLimit = 0;
    qint64 m_baseline = 0;
    std::thread m_thread; // last: it starts once everything above is set up
};

QString PacProxy::toString() const
{
    // host:port as a PAC writes it: an IPv6 address in brackets, so the port is not read into it.
    const QString where = (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
    switch (type) {
    case Type::Direct: return QStringLiteral("DIRECT");
    case Type::Proxy: return QStringLiteral("PROXY ") + where;
    case Type::Https: return QStringLiteral("HTTPS ") + where;
    case Type::Socks: return QStringLiteral("SOCKS ") + where;
    case Type::Socks4: return QStringLiteral("SOCKS4 ") + where;
    case Type::Socks5: return QStringLiteral("SOCKS5 ") + where;
    }
    return {};
}

PacScript::PacScript() = default;
PacScript::~PacScript() = default;
PacScript::PacScript(PacScript &&) noexcept = default;
PacScript &PacScript::operator=(PacScript &&) noexcept = default;

Result<PacScript> PacScript::load(const QString &source, const QString &fileName, PacOptions options)
{
    PacScript script;
    script.m_engine = std::make_unique<QJSEngine>();
    script.m_host = std::make_unique<PacHost>();
    script.m_host->resolver = std::move(options.resolve);
    script.m_host->myAddresses = options.myAddresses;
    script.m_host->now = options.now;
    script.m_fileName = fileName;
    script.m_watchdog = std::make_unique<PacWatchdog>(*script.m_engine);
    script.m_timeoutMs = options.timeoutMs;
    script.m_memoryLimitBytes = options.memoryLimitBytes;
    // No extensions installed: the script sees the language and the functions below, nothing else.
    script.m_engine->globalObject().setProperty(QStringLiteral("__pd"), script.m_engine->newQObject(script.m_host.get()));
    QJSEngine::setObjectOwnership(script.m_host.get(), QJSEngine::CppOwnership);
    const QJSValue helpers = script.m_engine->evaluate(QString::fromLatin1(Helpers), QStringLiteral("pac-helpers.js"));
    if (helpers.isError())
        return scriptError(helpers, QStringLiteral("pac-helpers.js"), tr("in ProxyDeck's PAC helpers"));

    {
        script.m_watchdog->arm(script.m_timeoutMs, script.m_memoryLimitBytes);
        const QJSValue result = script.m_engine->evaluate(source, fileName);
        if (const auto fired = script.m_watchdog->disarm(); fired != PacWatchdog::Fired::No)
            return PacWatchdog::error(fired, tr("%1, while loading,").arg(fileName), script.m_timeoutMs,
                                      script.m_memoryLimitBytes);
        if (result.isError())
            return scriptError(result, fileName, tr("while loading"));
    }
    if (!script.m_engine->globalObject().property(QStringLiteral("FindProxyForURL")).isCallable())
        return Error{tr("%1 defines no FindProxyForURL(url, host) function.").arg(fileName), QStringLiteral("pac")};
    return script;
}

Result<QString> PacScript::call(const QString &function, const QStringList &arguments) const
{
    QJSValue callee = m_engine->globalObject().property(function);
    QJSValueList values;
    for (const QString &argument : arguments)
        values.append(QJSValue(argument));
    m_watchdog->arm(m_timeoutMs, m_memoryLimitBytes);
    const QJSValue result = callee.call(values);
    if (const auto fired = m_watchdog->disarm(); fired != PacWatchdog::Fired::No)
        return PacWatchdog::error(fired, tr("%1: %2").arg(m_fileName, function), m_timeoutMs, m_memoryLimitBytes);
    if (result.isError())
        return scriptError(result, m_fileName, tr("in %1").arg(function));
    if (result.isUndefined() || result.isNull())
        return QString();
    if (!result.isString())
        return Error{tr("%1: %2 returned %3, not a string such as \"PROXY host:port; DIRECT\".")
                         .arg(m_fileName, function, result.toString().left(80)),
                     QStringLiteral("pac")};
    return result.toString();
}

Result<QList<PacProxy>> PacScript::findProxy(const QUrl &url, QList<PacTraceStep> *trace) const
{
    QString text = url.toString(QUrl::FullyEncoded);
    if (url.scheme() == u"https" || url.scheme() == u"wss")
        text = url.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo
                            | QUrl::FullyEncoded)
               + u'/';
    m_host->alerts.clear();
    QJSValue global = m_engine->globalObject();
    if (trace && !m_traceInstalled) {
        m_engine->evaluate(QString::fromLatin1(TraceHelpers), QStringLiteral("pac-helpers.js"));
        m_traceInstalled = true;
    }
    if (trace)
        global.setProperty(QStringLiteral("__pd_trace"), m_engine->newArray());
    const auto answer = call(QStringLiteral("FindProxyForURL"), {text, url.host()});
    if (trace) {
        const QJSValue steps = global.property(QStringLiteral("__pd_trace"));
        global.setProperty(QStringLiteral("__pd_trace"), QJSValue(QJSValue::NullValue));
        trace->clear();
        const int count = steps.property(QStringLiteral("length")).toInt();
        for (int i = 0; i < count; ++i) {
            const QJSValue step = steps.property(quint32(i));
            // Frame 0 is the tracing wrapper; frame 1 the caller: the script, or a helper calling
            // another helper (not the script's decision: left out).
            const QStringList frames = step.property(QStringLiteral("stack")).toString().split(u'\n');
            const QString caller = frames.value(1);
            if (caller.isEmpty() || caller.contains(u"pac-helpers.js"))
                continue;
            trace->append(PacTraceStep{caller.section(u':', -1).toInt(), step.property(QStringLiteral("call")).toString(),
                                       step.property(QStringLiteral("result")).toString()});
        }
    }
    if (!answer)
        return answer.error();
    return parseResult(answer.value());
}

QStringList PacScript::alerts() const
{
    return m_host->alerts;
}

Result<QList<PacProxy>> PacScript::parseResult(const QString &text)
{
    QList<PacProxy> list;
    const QStringList entries = text.split(u';', Qt::SkipEmptyParts);
    for (const QString &raw : entries) {
        const QString entry = raw.simplified();
        if (entry.isEmpty())
            continue;
        const QString keyword = entry.section(u' ', 0, 0).toUpper();
        const QString where = entry.section(u' ', 1);
        PacProxy proxy;
        quint16 defaultPort = 80;
        if (keyword == u"DIRECT") {
            list.append(proxy);
            continue;
        }
        if (keyword == u"PROXY") {
            proxy.type = PacProxy::Type::Proxy;
        } else if (keyword == u"HTTPS") {
            proxy.type = PacProxy::Type::Https;
            defaultPort = 443;
        } else if (keyword == u"SOCKS" || keyword == u"SOCKS4" || keyword == u"SOCKS5") {
            proxy.type = keyword == u"SOCKS" ? PacProxy::Type::Socks
                         : keyword == u"SOCKS4" ? PacProxy::Type::Socks4
                                                : PacProxy::Type::Socks5;
            defaultPort = 1080;
        } else {
            return Error{tr("“%1” in the PAC answer is not DIRECT, PROXY, HTTPS or SOCKS.").arg(entry), QStringLiteral("pac")};
        }
        if (where.isEmpty() || where.contains(u' '))
            return Error{tr("“%1” in the PAC answer needs one host:port.").arg(entry), QStringLiteral("pac")};
        QString host = where;
        QString port;
        const bool bracketed = where.startsWith(u'[');
        const qsizetype close = bracketed ? where.indexOf(u']') : -1;
        if (bracketed) {
            host = close < 0 ? QString() : where.mid(1, close - 1);
            port = where.mid(close + 2);
        } else if (where.count(u':') == 1) {
            host = where.section(u':', 0, 0);
            port = where.section(u':', 1);
        }
        // The answer is connected to: an IPv6 address ("[v6]:port" with nothing else after the
        // bracket, or bare), or a name or IPv4 address without brackets, '@', '/' or control
        // characters, which would otherwise be looked up as a name.
        const bool hostOk = host.contains(u':')
            ? QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol
                && (!bracketed || where.size() == close + 1 || where.at(close + 1) == u':')
            : !bracketed && std::all_of(host.cbegin(), host.cend(), [](QChar c) {
                  return c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_';
              });
        bool ok = true;
        const uint number = port.isEmpty() ? defaultPort : port.toUInt(&ok);
        if (!hostOk || !ok || number == 0 || number > 65535 || host.isEmpty())
            return Error{tr("“%1” in the PAC answer has no valid host:port.").arg(entry), QStringLiteral("pac")};
        proxy.host = host;
        proxy.port = quint16(number);
        list.append(proxy);
    }
    if (list.isEmpty())
        list.append(PacProxy{}); // an empty answer means DIRECT, as in browsers
    return list;
}
