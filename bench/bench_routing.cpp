// Route decisions per second with 1,000 NO_PROXY rules over a mixed set of URLs, side by side
// with Python's urllib.request.proxy_bypass_environment on the same rules and hosts (when python3
// is installed). Prints figures; never fails on speed.
//   build/dev/bench/bench_routing [seconds per measurement, default 2]

#include "routeresolver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTextStream>

namespace {

SettingsData makeSettings(int ruleCount, QRandomGenerator &random)
{
    SettingsData data;
    ProxyProfile profile;
    profile.id = QStringLiteral("bench");
    profile.name = QStringLiteral("Bench");
    profile.host = QStringLiteral("proxy.corp");
    profile.port = 3128;
    data.profiles.append(profile);
    data.activeProfileId = profile.id;
    for (int i = 0; i < ruleCount; ++i) {
        switch (i % 5) {
        case 0: data.noProxy.append(QStringLiteral("svc%1.corp.example").arg(i)); break;
        case 1: data.noProxy.append(QStringLiteral(".team%1.example.net").arg(i)); break;
        case 2: data.noProxy.append(QStringLiteral("*.apps%1.internal").arg(i)); break;
        case 3: data.noProxy.append(QStringLiteral("10.%1.%2.0/24").arg(i % 256).arg(random.bounded(256))); break;
        default: data.noProxy.append(QStringLiteral("192.168.%1.%2").arg(i % 256).arg(random.bounded(256))); break;
        }
    }
    return data;
}

QStringList makeUrls(int count, int ruleCount, QRandomGenerator &random)
{
    QStringList urls;
    for (int i = 0; i < count; ++i) {
        // Half the names and addresses exist among the rules of their shape (every fifth rule).
        const int n = random.bounded(2) ? 5 * random.bounded(ruleCount / 5) + (i % 6 < 4 ? i % 6 : 0)
                                        : ruleCount + random.bounded(ruleCount);
        switch (i % 6) {
        case 0: urls.append(QStringLiteral("https://svc%1.corp.example/api").arg(n)); break;
        case 1: urls.append(QStringLiteral("https://host.team%1.example.net/x").arg(n)); break;
        case 2: urls.append(QStringLiteral("http://a.b.apps%1.internal:8080/").arg(n)); break;
        case 3: urls.append(QStringLiteral("http://10.%1.%2.%3/").arg(n % 256).arg(random.bounded(256)).arg(random.bounded(256))); break;
        case 4: urls.append(QStringLiteral("https://pypi.org/simple/pkg%1/").arg(n)); break;
        default: urls.append(QStringLiteral("https://github.com/org/repo%1.git").arg(n)); break;
        }
    }
    return urls;
}

template<typename Body>
double perSecond(double seconds, Body body)
{
    QElapsedTimer timer;
    timer.start();
    qint64 done = 0;
    while (timer.nsecsElapsed() < qint64(seconds * 1e9))
        done += body();
    return double(done) / (double(timer.nsecsElapsed()) / 1e9);
}

double pythonUrllibPerSecond(const QStringList &rules, const QStringList &urls, double seconds)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        return -1;
    QTemporaryFile input;
    if (!input.open())
        return -1;
    input.write((rules.join(u',') + u'\n' + urls.join(u'\n')).toUtf8());
    input.flush();
    const QString script = QStringLiteral(
        "import sys,time,urllib.request,urllib.parse\n"
        "lines=open(sys.argv[1]).read().split('\\n')\n"
        "hosts=[urllib.parse.urlsplit(u).netloc for u in lines[1:]]\n"
        "env={'no':lines[0]}\n"
        "f=urllib.request.proxy_bypass_environment\n"
        "n=0;t0=time.perf_counter();end=t0+float(sys.argv[2])\n"
        "while time.perf_counter()<end:\n"
        "    for h in hosts: f(h,env)\n"
        "    n+=len(hosts)\n"
        "print(n/(time.perf_counter()-t0))\n");
    QProcess process;
    process.start(python, {QStringLiteral("-c"), script, input.fileName(), QString::number(seconds)});
    process.waitForFinished(int(seconds * 1000) + 60000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed().toDouble();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const double seconds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toDouble() : 2.0;
    QTextStream out(stdout);
    QRandomGenerator random(20261124);
    const int ruleCount = 1000;
    const SettingsData data = makeSettings(ruleCount, random);
    const QStringList urls = makeUrls(10000, ruleCount, random);

    QElapsedTimer build;
    build.start();
    const RouteResolver resolver(data);
    const double buildMs = double(build.nsecsElapsed()) / 1e6;

    QList<RouteTarget> targets;
    for (const QString &url : urls)
        targets.append(RouteTarget::parse(url).value());

    int bypassed = 0;
    for (const RouteTarget &target : std::as_const(targets))
        bypassed += resolver.route(target).proxied() ? 0 : 1;

    const double decisions = perSecond(seconds, [&] {
        qsizetype hits = 0;
        for (const RouteTarget &target : std::as_const(targets))
            hits += resolver.bypassRule(target) ? 1 : 0;
        return targets.size() + 0 * hits;
    });
    const double explained = perSecond(seconds, [&] {
        for (const RouteTarget &target : std::as_const(targets))
            (void)resolver.route(target);
        return targets.size();
    });
    const double withParsing = perSecond(seconds, [&] {
        for (const QString &url : urls)
            (void)resolver.route(RouteTarget::parse(url).value());
        return urls.size();
    });
    const double python = pythonUrllibPerSecond(data.noProxy, urls, seconds);

    out << "routing benchmark: " << ruleCount << " NO_PROXY rules, " << urls.size() << " URLs ("
        << bypassed << " bypassed), resolver built in " << QString::number(buildMs, 'f', 2) << " ms\n";
    const auto row = [&](const char *label, double value) {
        out << QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(label).leftJustified(52)).arg(value, 12, 'f', 0);
    };
    row("ProxyDeck decision (bypassRule), parsed target", decisions);
    row("ProxyDeck route() with its explanation", explained);
    row("ProxyDeck route() with the URL parsed each time", withParsing);
    if (python > 0)
        row("Python urllib proxy_bypass_environment (peer)", python);
    out << "  (decisions per second)\n";
    return 0;
}
