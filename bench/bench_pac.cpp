// What an automatic profile costs per request: loading a typical corporate PAC script, one
// FindProxyForURL evaluation (what the engine pays on a cache miss), the same with the tester's
// trace, a PacResolver hit (every further request to the same host within a minute), and — as
// the baseline — the fixed profile's NO_PROXY decision. Side by side, the same script in pacparser
// (SpiderMonkey, python3-pacparser) when it is installed. No name lookups: the script's isInNet
// gets IP literals and dnsResolve a fixed answer, so the figures are the evaluator's alone.
// Figures only; never fails.
//   build/release/bench/bench_pac [evaluations]
#include "pacresolver.h"
#include "pacscript.h"
#include "routeresolver.h"
#include "routetarget.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

namespace {

const char *const CorporatePac = R"(
// A corporate PAC as they are found in the wild: plain names and the intranet direct, private
// networks direct, a few SaaS domains through a second proxy, the rest through two in failover.
function FindProxyForURL(url, host) {
    host = host.toLowerCase();
    if (isPlainHostName(host) || host == "localhost")
        return "DIRECT";
    if (dnsDomainIs(host, ".corp.example") || dnsDomainIs(host, ".lab.example")
        || localHostOrDomainIs(host, "intranet.corp.example"))
        return "DIRECT";
    if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) {
        if (isInNet(host, "10.0.0.0", "255.0.0.0") || isInNet(host, "172.16.0.0", "255.240.0.0")
            || isInNet(host, "192.168.0.0", "255.255.0.0") || isInNet(host, "127.0.0.0", "255.0.0.0"))
            return "DIRECT";
    }
    if (shExpMatch(host, "*.snowflakecomputing.com") || shExpMatch(host, "*.azuredatabricks.net"))
        return "PROXY saas-proxy.corp.example:8080; DIRECT";
    if (shExpMatch(url, "http://*.windowsupdate.com/*") || dnsDomainIs(host, ".ubuntu.com"))
        return "DIRECT";
    if (dnsDomainLevels(host) > 6)
        return "PROXY p2.corp.example:3128";
    return "PROXY p1.corp.example:3128; PROXY p2.corp.example:3128; DIRECT";
}
)";

QString hostFor(int i)
{
    switch (i % 4) {
    case 0:
        return QStringLiteral("api-%1.example.com").arg(i);
    case 1:
        return QStringLiteral("svc%1.corp.example").arg(i);
    case 2:
        return QStringLiteral("10.%1.%2.%3").arg(i / 65536 % 256).arg(i / 256 % 256).arg(i % 256);
    default:
        return QStringLiteral("acct%1.snowflakecomputing.com").arg(i);
    }
}

// pacparser on the same script and hosts; -1 when python3-pacparser is missing.
double pacparserMicros(const QString &script, int count)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("corp.pac")));
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    file.write(script.toUtf8());
    file.close();
    const QString program = QStringLiteral(R"PY(
import sys, time
try:
    import pacparser
except ImportError:
    print(-1); sys.exit(0)
pacparser.init()
pacparser.parse_pac_file(sys.argv[1])
count = int(sys.argv[2])
def host(i):
    k = i % 4
    if k == 0: return 'api-%d.example.com' % i
    if k == 1: return 'svc%d.corp.example' % i
    if k == 2: return '10.%d.%d.%d' % (i // 65536 % 256, i // 256 % 256, i % 256)
    return 'acct%d.snowflakecomputing.com' % i
start = time.perf_counter()
for i in range(count):
    h = host(i)
    pacparser.find_proxy('https://' + h + '/', h)
print((time.perf_counter() - start) / count * 1e6)
)PY");
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), program, file.fileName(), QString::number(count)});
    if (!python.waitForFinished(120'000))
        return -1;
    bool ok = false;
    const double micros = QString::fromUtf8(python.readAllStandardOutput()).trimmed().toDouble(&ok);
    return ok ? micros : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(100, std::atoi(argv[1])) : 20'000;
    PacOptions options;
    options.resolve = [](const QString &) { return QStringList{QStringLiteral("192.0.2.10")}; };
    options.myAddresses = {QStringLiteral("10.1.2.3")};
    const QString source = QString::fromUtf8(CorporatePac);

    QElapsedTimer clock;
    clock.start();
    constexpr int Loads = 20;
    for (int i = 0; i < Loads; ++i) {
        if (!PacScript::load(source, QStringLiteral("corp.pac"), options)) {
            std::fprintf(stderr, "bench_pac: the script does not load\n");
            return 1;
        }
    }
    const double loadMs = double(clock.nsecsElapsed()) / 1e6 / Loads;

    auto script = PacScript::load(source, QStringLiteral("corp.pac"), options);
    QList<QUrl> urls;
    for (int i = 0; i < count; ++i)
        urls.append(QUrl(QStringLiteral("https://") + hostFor(i) + u'/'));

    int proxied = 0;
    clock.restart();
    for (const QUrl &url : std::as_const(urls)) {
        const auto answer = script.value().findProxy(url);
        proxied += answer && answer.value().constFirst().type != PacProxy::Type::Direct;
    }
    const double evalMicros = double(clock.nsecsElapsed()) / 1e3 / count;

    // The fixed cost of one call (argument conversion, the watchdog), with a script that does nothing.
    auto trivial = PacScript::load(QStringLiteral("function FindProxyForURL(url, host) { return \"DIRECT\"; }"),
                                   QStringLiteral("direct.pac"), options);
    clock.restart();
    for (const QUrl &url : std::as_const(urls))
        (void)trivial.value().findProxy(url);
    const double trivialMicros = double(clock.nsecsElapsed()) / 1e3 / count;

    QList<PacTraceStep> trace;
    clock.restart();
    for (int i = 0; i < count / 10; ++i)
        (void)script.value().findProxy(urls.at(i), &trace);
    const double traceMicros = double(clock.nsecsElapsed()) / 1e3 / (count / 10);

    PacResolver resolver(std::move(script).value());
    for (int i = 0; i < 1000; ++i)
        (void)resolver.resolve(urls.at(i)); // fill: the next rounds hit
    clock.restart();
    constexpr int Rounds = 20;
    for (int round = 0; round < Rounds; ++round) {
        for (int i = 0; i < 1000; ++i)
            (void)resolver.resolve(urls.at(i));
    }
    const double hitMicros = double(clock.nsecsElapsed()) / 1e3 / (Rounds * 1000);

    // The baseline: a fixed profile's NO_PROXY decision for the same hosts.
    SettingsData data;
    ProxyProfile fixed;
    fixed.id = QStringLiteral("f");
    fixed.name = QStringLiteral("Fixed");
    fixed.host = QStringLiteral("p1.corp.example");
    fixed.port = 3128;
    data.profiles.append(fixed);
    data.activeProfileId = fixed.id;
    data.noProxy = {QStringLiteral("localhost"), QStringLiteral(".corp.example"), QStringLiteral(".lab.example"),
                    QStringLiteral("10.0.0.0/8"), QStringLiteral("172.16.0.0/12"), QStringLiteral("192.168.0.0/16"),
                    QStringLiteral(".ubuntu.com")};
    const RouteResolver routes(data);
    QList<RouteTarget> targets;
    for (const QUrl &url : std::as_const(urls))
        targets.append(RouteTarget::parse(url.toString()).value());
    int bypassed = 0;
    clock.restart();
    for (const RouteTarget &target : std::as_const(targets))
        bypassed += routes.bypassRule(target) != nullptr;
    const double ruleMicros = double(clock.nsecsElapsed()) / 1e3 / count;

    const double peer = pacparserMicros(source, count);

    std::printf("PAC script: %lld bytes, %d URLs (%d proxied by the PAC, %d bypassed by the fixed rules)\n",
                qlonglong(source.toUtf8().size()), count, proxied, bypassed);
    std::printf("%-52s %12s\n", "", "per call");
    std::printf("%-52s %9.3f ms\n", "PacScript::load (a new QJSEngine)", loadMs);
    std::printf("%-52s %9.2f us\n", "FindProxyForURL, ProxyDeck (QJSEngine, cache miss)", evalMicros);
    if (peer >= 0)
        std::printf("%-52s %9.2f us\n", "FindProxyForURL, pacparser (SpiderMonkey, via python)", peer);
    else
        std::printf("%-52s %12s\n", "FindProxyForURL, pacparser", "not installed (python3-pacparser)");
    std::printf("%-52s %9.2f us\n", "FindProxyForURL of a script that only returns DIRECT", trivialMicros);
    std::printf("%-52s %9.2f us\n", "FindProxyForURL with the tester's trace", traceMicros);
    std::printf("%-52s %9.2f us\n", "PacResolver hit (same host within a minute)", hitMicros);
    std::printf("%-52s %9.2f us\n", "fixed profile: RouteResolver::bypassRule", ruleMicros);
    return 0;
}
