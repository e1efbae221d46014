// PacScript: a table of PAC scripts and URLs with the answers browsers give (the helper functions,
// the IPv6 "Ex" ones, the time functions at a fixed moment, failover lists), then the errors: a
// syntax or run-time error names the line, an endless loop is stopped by the time limit, a script
// sees no extension (no network, no files), and a malformed answer is named. Name lookups go to a
// table given to the script (localhost excepted): the test must not depend on this machine's DNS.
#include "pacresolver.h"
#include "pacscript.h"

#include <QElapsedTimer>
#include <QTest>

namespace {

PacOptions options()
{
    PacOptions o;
    o.resolve = [](const QString &host) -> QStringList {
        static const QHash<QString, QStringList> table{
            {QStringLiteral("intranet.corp.example"), {QStringLiteral("10.1.2.3")}},
            {QStringLiteral("www.example.com"), {QStringLiteral("93.184.216.34")}},
            {QStringLiteral("v6only.example"), {QStringLiteral("2001:db8::1")}},
            {QStringLiteral("dual.example"), {QStringLiteral("2001:db8::7"), QStringLiteral("192.0.2.7")}},
            {QStringLiteral("localhost"), {QStringLiteral("127.0.0.1")}},
        };
        return table.value(host.toLower());
    };
    o.myAddresses = {QStringLiteral("10.20.30.40"), QStringLiteral("fd00::5")};
    o.now = QDateTime(QDate(2026, 12, 1), QTime(10, 30, 0), Qt::UTC); // a Tuesday
    o.timeoutMs = 500;
    return o;
}

QString answer(const QString &body, const QString &url)
{
    const QString source = QStringLiteral("function FindProxyForURL(url, host) {\n%1\n}\n").arg(body);
    auto script = PacScript::load(source, QStringLiteral("case.pac"), options());
    if (!script)
        return QStringLiteral("load error: ") + script.error().message;
    const auto proxies = script.value().findProxy(QUrl(url));
    if (!proxies)
        return QStringLiteral("error: ") + proxies.error().message;
    QStringList parts;
    for (const PacProxy &proxy : proxies.value())
        parts.append(proxy.toString());
    return parts.join(QStringLiteral("; "));
}

// "cond" → returns "DIRECT" when cond holds, else "PROXY no:1".
QString when(const QString &condition)
{
    return QStringLiteral("return (%1) ? \"DIRECT\" : \"PROXY no:1\";").arg(condition);
}

} // namespace

class TestPacScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersAsBrowsersDo_data();
    void answersAsBrowsersDo();
    void aCorporatePacPicksItsProxiesWithFailover();
    void syntaxAndRuntimeErrorsNameTheLine();
    void anEndlessLoopIsStoppedByTheTimeLimit();
    void aScriptThatAllocatesWithoutEndIsStoppedByTheMemoryLimit();
    void theTraceNamesTheLinesOfTheChecksThatDecided();
    void theScriptSeesNoExtensions();
    void malformedAnswersAreNamed();
    void alertsAreCollected();
    void theResolverRemembersAnswersPerHostForAShortTime();
};

void TestPacScript::answersAsBrowsersDo_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    const QString direct = QStringLiteral("DIRECT");
    const QString no = QStringLiteral("PROXY no:1");
    const QString web = QStringLiteral("http://www.example.com/index.html");
    const auto row = [](const char *name, const QString &body, const QString &url, const QString &expected) {
        QTest::newRow(name) << body << url << expected;
    };
    // Answers
    row("direct", QStringLiteral("return \"DIRECT\";"), web, direct);
    row("one proxy", QStringLiteral("return \"PROXY p.corp:3128\";"), web, QStringLiteral("PROXY p.corp:3128"));
    row("failover list", QStringLiteral("return \"PROXY a:1; PROXY b:2; DIRECT\";"), web,
        QStringLiteral("PROXY a:1; PROXY b:2; DIRECT"));
    row("spaces and case", QStringLiteral("return \"  proxy a:1 ;direct ;\";"), web, QStringLiteral("PROXY a:1; DIRECT"));
    row("HTTPS default port", QStringLiteral("return \"HTTPS secure.corp\";"), web, QStringLiteral("HTTPS secure.corp:443"));
    row("PROXY default port", QStringLiteral("return \"PROXY p.corp\";"), web, QStringLiteral("PROXY p.corp:80"));
    row("SOCKS5", QStringLiteral("return \"SOCKS5 s:1081; SOCKS s2\";"), web, QStringLiteral("SOCKS5 s:1081; SOCKS s2:1080"));
    row("IPv6 proxy", QStringLiteral("return \"PROXY [2001:db8::2]:8080\";"), web, QStringLiteral("PROXY [2001:db8::2]:8080"));
    row("empty answer is direct", QStringLiteral("return \"\";"), web, direct);
    row("null answer is direct", QStringLiteral("return null;"), web, direct);
    // Host names
    row("isPlainHostName", when(QStringLiteral("isPlainHostName(host)")), QStringLiteral("http://intranet/"), direct);
    row("isPlainHostName with a dot", when(QStringLiteral("isPlainHostName(host)")), web, no);
    row("dnsDomainIs", when(QStringLiteral("dnsDomainIs(host, \".corp.example\")")),
        QStringLiteral("http://intranet.corp.example/"), direct);
    row("dnsDomainIs ignores case", when(QStringLiteral("dnsDomainIs(host, \".CORP.example\")")),
        QStringLiteral("http://Intranet.corp.example/"), direct);
    row("dnsDomainIs other domain", when(QStringLiteral("dnsDomainIs(host, \".corp.example\")")), web, no);
    row("localHostOrDomainIs short", when(QStringLiteral("localHostOrDomainIs(host, \"www.example.com\")")),
        QStringLiteral("http://www/"), direct);
    row("localHostOrDomainIs exact", when(QStringLiteral("localHostOrDomainIs(host, \"www.example.com\")")), web, direct);
    row("localHostOrDomainIs other", when(QStringLiteral("localHostOrDomainIs(host, \"www.example.org\")")), web, no);
    row("dnsDomainLevels", when(QStringLiteral("dnsDomainLevels(host) == 2")), web, direct);
    row("dnsDomainLevels plain", when(QStringLiteral("dnsDomainLevels(\"intranet\") == 0")), web, direct);
    // Names and addresses
    row("isResolvable", when(QStringLiteral("isResolvable(host)")), QStringLiteral("http://intranet.corp.example/"), direct);
    row("isResolvable not", when(QStringLiteral("isResolvable(host)")), QStringLiteral("http://nowhere.invalid/"), no);
    row("dnsResolve", when(QStringLiteral("dnsResolve(host) === \"10.1.2.3\"")),
        QStringLiteral("http://intranet.corp.example/"), direct);
    row("dnsResolve unknown is null", when(QStringLiteral("dnsResolve(host) === null")),
        QStringLiteral("http://nowhere.invalid/"), direct);
    row("dnsResolve IPv4 of a dual host", when(QStringLiteral("dnsResolve(host) === \"192.0.2.7\"")),
        QStringLiteral("http://dual.example/"), direct);
    row("isInNet by name", when(QStringLiteral("isInNet(host, \"10.0.0.0\", \"255.0.0.0\")")),
        QStringLiteral("http://intranet.corp.example/"), direct);
    row("isInNet outside", when(QStringLiteral("isInNet(host, \"10.0.0.0\", \"255.0.0.0\")")), web, no);
    row("isInNet literal", when(QStringLiteral("isInNet(host, \"192.168.0.0\", \"255.255.0.0\")")),
        QStringLiteral("http://192.168.7.9:8080/"), direct);
    row("isInNet unresolvable", when(QStringLiteral("isInNet(host, \"0.0.0.0\", \"0.0.0.0\")")),
        QStringLiteral("http://nowhere.invalid/"), no);
    row("isInNetEx IPv6", when(QStringLiteral("isInNetEx(host, \"2001:db8::/32\")")), QStringLiteral("http://v6only.example/"),
        direct);
    row("isInNetEx IPv4 prefix", when(QStringLiteral("isInNetEx(host, \"10.1.0.0/16\")")),
        QStringLiteral("http://intranet.corp.example/"), direct);
    row("isResolvableEx IPv6 only", when(QStringLiteral("isResolvableEx(host) && !isResolvable(host)")),
        QStringLiteral("http://v6only.example/"), direct);
    row("dnsResolveEx", when(QStringLiteral("dnsResolveEx(host) === \"2001:db8::7;192.0.2.7\"")),
        QStringLiteral("http://dual.example/"), direct);
    row("myIpAddress", when(QStringLiteral("myIpAddress() === \"10.20.30.40\"")), web, direct);
    row("myIpAddressEx", when(QStringLiteral("myIpAddressEx() === \"10.20.30.40;fd00::5\"")), web, direct);
    row("isInNet of myIpAddress", when(QStringLiteral("isInNet(myIpAddress(), \"10.20.0.0\", \"255.255.0.0\")")), web, direct);
    // Patterns
    row("shExpMatch star", when(QStringLiteral("shExpMatch(url, \"*.example.com/*\")")), web, direct);
    row("shExpMatch question mark", when(QStringLiteral("shExpMatch(host, \"ww?.example.com\")")), web, direct);
    row("shExpMatch anchored", when(QStringLiteral("shExpMatch(host, \"example.com\")")), web, no);
    row("shExpMatch regex characters are literal", when(QStringLiteral("shExpMatch(\"a+b.example\", \"a+b.*\")")), web, direct);
    row("shExpMatch dot is literal", when(QStringLiteral("shExpMatch(\"wwwXexample\", \"www.example\")")), web, no);
    // Time, at Tuesday 2026-12-01 10:30:00 UTC
    row("weekdayRange inside", when(QStringLiteral("weekdayRange(\"MON\", \"FRI\", \"GMT\")")), web, direct);
    row("weekdayRange outside", when(QStringLiteral("weekdayRange(\"SAT\", \"SUN\", \"GMT\")")), web, no);
    row("weekdayRange one day, local", when(QStringLiteral("weekdayRange(\"TUE\")")), web, direct);
    row("weekdayRange wraps", when(QStringLiteral("weekdayRange(\"FRI\", \"TUE\", \"GMT\")")), web, direct);
    row("dateRange month", when(QStringLiteral("dateRange(\"DEC\", \"GMT\")")), web, direct);
    row("dateRange days", when(QStringLiteral("dateRange(1, 15, \"GMT\")")), web, direct);
    row("dateRange months wrap", when(QStringLiteral("dateRange(\"NOV\", \"JAN\", \"GMT\")")), web, direct);
    row("dateRange year", when(QStringLiteral("dateRange(2026) && !dateRange(2025)")), web, direct);
    row("dateRange full dates", when(QStringLiteral("dateRange(1, \"DEC\", 2026, 31, \"DEC\", 2026, \"GMT\")")), web, direct);
    row("dateRange day and month", when(QStringLiteral("dateRange(2, \"DEC\", 24, \"DEC\")")), web, no);
    row("timeRange hour", when(QStringLiteral("timeRange(10, \"GMT\")")), web, direct);
    row("timeRange hours", when(QStringLiteral("timeRange(9, 11, \"GMT\")")), web, direct);
    row("timeRange end hour excluded", when(QStringLiteral("timeRange(8, 10, \"GMT\")")), web, no);
    row("timeRange minutes outside", when(QStringLiteral("timeRange(11, 0, 23, 59, \"GMT\")")), web, no);
    row("timeRange seconds wrap", when(QStringLiteral("timeRange(22, 0, 0, 11, 0, 0, \"GMT\")")), web, direct);
    // What the script is given
    row("https URL cut to its origin", when(QStringLiteral("url === \"https://secure.example.com/\"")),
        QStringLiteral("https://secure.example.com/path?token=secret"), direct);
    row("http URL whole", when(QStringLiteral("url === \"http://www.example.com/a?b=c\"")),
        QStringLiteral("http://www.example.com/a?b=c"), direct);
    row("host argument", when(QStringLiteral("host === \"www.example.com\"")), QStringLiteral("http://www.example.com:8080/"),
        direct);
}

void TestPacScript::answersAsBrowsersDo()
{
    QFETCH(QString, body);
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(answer(body, url), expected);
}

void TestPacScript::aCorporatePacPicksItsProxiesWithFailover()
{
    const QString pac = QStringLiteral(R"(
        // As corporate networks write them.
        var bypass = [".corp.example", ".svc.local"];
        function FindProxyForURL(url, host) {
            if (isPlainHostName(host) || host === "127.0.0.1" || host === "localhost")
                return "DIRECT";
            for (var i = 0; i < bypass.length; ++i)
                if (dnsDomainIs(host, bypass[i])) return "DIRECT";
            if (isInNet(dnsResolve(host) || "0.0.0.0", "10.0.0.0", "255.0.0.0"))
                return "DIRECT";
            if (shExpMatch(host, "*.blob.core.windows.net"))
                return "PROXY storage-proxy.corp.example:8080";
            return "PROXY proxy1.corp.example:3128; PROXY proxy2.corp.example:3128; DIRECT";
        })");
    auto script = PacScript::load(pac, QStringLiteral("corp.pac"), options());
    QVERIFY2(script, qPrintable(script ? QString() : script.error().message));
    const auto first = [&](const QString &url) { return script.value().findProxy(QUrl(url)).value(); };
    QCOMPARE(first(QStringLiteral("http://intranet/")).constFirst().type, PacProxy::Type::Direct);
    QCOMPARE(first(QStringLiteral("https://git.corp.example/")).constFirst().type, PacProxy::Type::Direct);
    QCOMPARE(first(QStringLiteral("https://api.svc.local/")).constFirst().type, PacProxy::Type::Direct);
    QCOMPARE(first(QStringLiteral("https://acct.blob.core.windows.net/c")).constFirst().host,
             QStringLiteral("storage-proxy.corp.example"));
    const QList<PacProxy> failover = first(QStringLiteral("https://pypi.org/simple/"));
    QCOMPARE(failover.size(), 3);
    QCOMPARE(failover.at(0), (PacProxy{PacProxy::Type::Proxy, QStringLiteral("proxy1.corp.example"), 3128}));
    QCOMPARE(failover.at(1).host, QStringLiteral("proxy2.corp.example"));
    QCOMPARE(failover.at(2).type, PacProxy::Type::Direct);
}

void TestPacScript::syntaxAndRuntimeErrorsNameTheLine()
{
    const auto syntax = PacScript::load(QStringLiteral("function FindProxyForURL(url, host) {\n  return \"DIRECT\"\n  if (\n}\n"),
                                        QStringLiteral("broken.pac"), options());
    QVERIFY(!syntax);
    QVERIFY2(syntax.error().message.startsWith(QStringLiteral("broken.pac, line ")), qPrintable(syntax.error().message));

    auto runtime = PacScript::load(QStringLiteral("function FindProxyForURL(url, host) {\n  var x = 1;\n  return noSuchFunction(host);\n}\n"),
                                   QStringLiteral("runtime.pac"), options());
    QVERIFY(runtime);
    const auto failed = runtime.value().findProxy(QUrl(QStringLiteral("http://a.example/")));
    QVERIFY(!failed);
    QVERIFY2(failed.error().message.startsWith(QStringLiteral("runtime.pac, line 3: ")), qPrintable(failed.error().message));
    QVERIFY(failed.error().message.contains(QStringLiteral("noSuchFunction")));

    const auto none = PacScript::load(QStringLiteral("var x = 1;"), QStringLiteral("empty.pac"), options());
    QVERIFY(!none);
    QVERIFY(none.error().message.contains(QStringLiteral("defines no FindProxyForURL")));
}

void TestPacScript::anEndlessLoopIsStoppedByTheTimeLimit()
{
    PacOptions limited = options();
    limited.timeoutMs = 300;
    auto script = PacScript::load(QStringLiteral("function FindProxyForURL(url, host) {\n  while (true) {}\n}\n"),
                                  QStringLiteral("loop.pac"), limited);
    QVERIFY(script);
    QElapsedTimer clock;
    clock.start();
    const auto result = script.value().findProxy(QUrl(QStringLiteral("http://a.example/")));
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QStringLiteral("did not finish within 300 ms")), qPrintable(result.error().message));
    QVERIFY2(clock.elapsed() < 3000, "the limit did not stop the loop in time");
    // The engine is usable again afterwards: a later call still runs (and is stopped again).
    QVERIFY(!script.value().findProxy(QUrl(QStringLiteral("http://b.example/"))));

    clock.restart();
    const auto atLoad = PacScript::load(QStringLiteral("for (;;) {}"), QStringLiteral("loadloop.pac"), limited);
    QVERIFY(!atLoad);
    QVERIFY(atLoad.error().message.contains(QStringLiteral("while loading, did not finish within 300 ms")));
    QVERIFY(clock.elapsed() < 3000);
}

void TestPacScript::aScriptThatAllocatesWithoutEndIsStoppedByTheMemoryLimit()
{
    PacOptions limited = options();
    limited.timeoutMs = 20'000; // the memory limit, not the clock, must stop it
    limited.memoryLimitBytes = 64 * 1024 * 1024;
    auto script = PacScript::load(QStringLiteral("var hoard = [];\n"
                                                 "function FindProxyForURL(url, host) {\n"
                                                 "  for (;;) hoard.push(new Array(100000).fill(host));\n"
                                                 "}\n"),
                                  QStringLiteral("hoard.pac"), limited);
    QVERIFY(script);
    QElapsedTimer clock;
    clock.start();
    const auto result = script.value().findProxy(QUrl(QStringLiteral("http://a.example/")));
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QStringLiteral("more than 64 MiB")), qPrintable(result.error().message));
    QVERIFY2(clock.elapsed() < 15'000, "the memory limit did not stop the script before the time limit");
}

void TestPacScript::theTraceNamesTheLinesOfTheChecksThatDecided()
{
    auto script = PacScript::load(QStringLiteral("function FindProxyForURL(url, host) {\n"
                                                 "  if (isPlainHostName(host))\n"
                                                 "    return \"DIRECT\";\n"
                                                 "  if (dnsDomainIs(host, \".corp.example\") || shExpMatch(url, \"*/internal/*\"))\n"
                                                 "    return \"DIRECT\";\n"
                                                 "  if (localHostOrDomainIs(host, \"www.example.com\"))\n"
                                                 "    return \"PROXY p2:3128\";\n"
                                                 "  return \"PROXY p1:3128\";\n"
                                                 "}\n"),
                                  QStringLiteral("trace.pac"), options());
    QVERIFY(script);
    QList<PacTraceStep> trace;
    const auto answer = script.value().findProxy(QUrl(QStringLiteral("http://www.example.com/x")), &trace);
    QVERIFY(answer);
    QCOMPARE(answer.value().constFirst().toString(), QStringLiteral("PROXY p2:3128"));
    QCOMPARE(trace.size(), 4);
    QCOMPARE(trace.at(0).line, 2);
    QCOMPARE(trace.at(0).call, QStringLiteral("isPlainHostName(\"www.example.com\")"));
    QCOMPARE(trace.at(0).result, QStringLiteral("false"));
    QCOMPARE(trace.at(1).line, 4);
    QCOMPARE(trace.at(2).line, 4);
    QCOMPARE(trace.at(2).call, QStringLiteral("shExpMatch(\"http://www.example.com/x\", \"*/internal/*\")"));
    QCOMPARE(trace.last().line, 6); // the check that decided
    QCOMPARE(trace.last().result, QStringLiteral("true"));

    // Without a trace nothing is recorded, and a later traced call starts afresh.
    QVERIFY(script.value().findProxy(QUrl(QStringLiteral("http://intranet/"))));
    QVERIFY(script.value().findProxy(QUrl(QStringLiteral("http://intranet/")), &trace));
    QCOMPARE(trace.size(), 1);
}

void TestPacScript::theScriptSeesNoExtensions()
{
    for (const char *name : {"XMLHttpRequest", "Qt", "console", "require", "print", "gc"}) {
        const QString check = when(QStringLiteral("typeof %1 === \"undefined\"").arg(QLatin1String(name)));
        QCOMPARE(answer(check, QStringLiteral("http://a.example/")), QStringLiteral("DIRECT"));
    }
}

void TestPacScript::malformedAnswersAreNamed()
{
    QVERIFY(answer(QStringLiteral("return \"FOO x:1\";"), QStringLiteral("http://a/")).contains(QStringLiteral("“FOO x:1”")));
    QVERIFY(answer(QStringLiteral("return \"PROXY x:99999\";"), QStringLiteral("http://a/")).contains(QStringLiteral("no valid host:port")));
    QVERIFY(answer(QStringLiteral("return \"PROXY\";"), QStringLiteral("http://a/")).contains(QStringLiteral("needs one host:port")));
    QVERIFY(answer(QStringLiteral("return 42;"), QStringLiteral("http://a/")).contains(QStringLiteral("not a string")));
    // Found by fuzz_pacresult (tests/fuzz/corpus/pacresult/bracket-in-host): a host with a bracket
    // and a control character was taken as a name to look up.
    for (const QString &bad : {QStringLiteral("HTTPS Y2001:db8::1]:84\x04" "3"), QStringLiteral("PROXY [::1"),
             QStringLiteral("PROXY [::1]x:80"), QStringLiteral("PROXY [p.corp]:80"), QStringLiteral("PROXY a@b:80"),
             QStringLiteral("PROXY a/b:80"), QStringLiteral("PROXY 1:2:x")}) {
        const auto parsed = PacScript::parseResult(bad);
        QVERIFY2(!parsed.ok(), qPrintable(bad));
        QVERIFY2(parsed.error().message.contains(QStringLiteral("no valid host:port")), qPrintable(parsed.error().message));
    }
    QCOMPARE(PacScript::parseResult(QStringLiteral("PROXY [::1]; SOCKS ::1; PROXY p_1.corp-x:8")).value(),
        (QList<PacProxy>{{PacProxy::Type::Proxy, QStringLiteral("::1"), 80},
            {PacProxy::Type::Socks, QStringLiteral("::1"), 1080},
            {PacProxy::Type::Proxy, QStringLiteral("p_1.corp-x"), 8}}));
}

void TestPacScript::alertsAreCollected()
{
    auto script = PacScript::load(QStringLiteral("function FindProxyForURL(url, host) { alert(\"checking \" + host); return \"DIRECT\"; }"),
                                  QStringLiteral("alert.pac"), options());
    QVERIFY(script);
    QVERIFY(script.value().findProxy(QUrl(QStringLiteral("http://a.example/"))));
    QCOMPARE(script.value().alerts(), QStringList{QStringLiteral("checking a.example")});
}

void TestPacScript::theResolverRemembersAnswersPerHostForAShortTime()
{
    // The script counts its own calls: a remembered answer does not run it again.
    auto script = PacScript::load(QStringLiteral("var calls = 0;\n"
                                                 "function FindProxyForURL(url, host) {\n"
                                                 "  calls++;\n"
                                                 "  if (host === \"broken.example\") throw new Error(\"no\");\n"
                                                 "  return \"PROXY p:\" + calls;\n"
                                                 "}\n"),
                                  QStringLiteral("count.pac"), options());
    QVERIFY(script);
    PacResolver resolver(std::move(script).value(), 300);
    const auto port = [&](const QString &url) { return resolver.resolve(QUrl(url)).value().constFirst().port; };
    QCOMPARE(port(QStringLiteral("https://a.example/x")), 1);
    QCOMPARE(port(QStringLiteral("https://A.example/other?q")), 1); // same scheme, host and port
    QCOMPARE(port(QStringLiteral("http://a.example/")), 2);         // another scheme
    QCOMPARE(port(QStringLiteral("https://a.example:8443/")), 3);   // another port
    QCOMPARE(resolver.evaluations(), 3);
    QCOMPARE(resolver.cachedCount(), 3);
    QVERIFY(!resolver.resolve(QUrl(QStringLiteral("https://broken.example/"))));
    QVERIFY(!resolver.resolve(QUrl(QStringLiteral("https://broken.example/")))); // errors are not remembered
    QCOMPARE(resolver.evaluations(), 5);
    QTest::qWait(400); // past the time to live
    QCOMPARE(port(QStringLiteral("https://a.example/x")), 6);
}

QTEST_GUILESS_MAIN(TestPacScript)
#include "tst_pacscript.moc"
