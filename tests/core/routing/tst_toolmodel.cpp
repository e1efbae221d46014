// The tools that tst_noproxytools cannot run here (Go, Node's env-proxy agent) are checked
// against the behaviour their sources document; the Java translation and the variable-case
// rules are checked for every tool.
#include "toolmodel.h"

#include <QTest>

namespace {

RouteTarget target(const QString &url)
{
    auto parsed = RouteTarget::parse(url);
    if (!parsed)
        qFatal("bad url %s", qPrintable(url));
    return parsed.value();
}

} // namespace

class TestToolModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goAndNodeReadNoProxyAsTheirSourcesSay_data();
    void goAndNodeReadNoProxyAsTheirSourcesSay();
    void variableCasePrecedenceDiffersPerTool_data();
    void variableCasePrecedenceDiffersPerTool();
    void noProxyProxyVariableMeansDirect();
    void translatesNoProxyToJavaSyntax();
    void toolsAreFoundByTheirIds();
};

void TestToolModel::goAndNodeReadNoProxyAsTheirSourcesSay_data()
{
    QTest::addColumn<int>("tool");
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("direct");

    const int go = int(Tool::Go);
    const int node = int(Tool::Node);
    QTest::newRow("go: name covers subdomains") << go << "example.com" << "http://a.example.com/" << true;
    QTest::newRow("go: dot is subdomains only") << go << ".example.com" << "http://example.com/" << false;
    QTest::newRow("go: glob as dot") << go << "*.example.com" << "http://a.example.com/" << true;
    QTest::newRow("go: star anywhere") << go << "a.test,*" << "http://b.test/" << true;
    QTest::newRow("go: cidr") << go << "10.0.0.0/8" << "http://10.9.8.7/" << true;
    QTest::newRow("go: port with default filled in") << go << "example.com:443" << "https://example.com/" << true;
    QTest::newRow("go: other port") << go << "example.com:8443" << "https://example.com/" << false;
    QTest::newRow("go: implicit localhost") << go << "" << "http://localhost:8080/" << true;
    QTest::newRow("go: implicit loopback v6") << go << "" << "http://[::1]/" << true;
    QTest::newRow("go: bracketed v6 with port") << go << "[2001:db8::1]:80" << "http://[2001:db8::1]/" << true;
    QTest::newRow("node: name is exact only") << node << "example.com" << "http://a.example.com/" << false;
    QTest::newRow("node: name exact") << node << "example.com" << "http://example.com/" << true;
    QTest::newRow("node: dot suffix") << node << ".example.com" << "http://a.example.com/" << true;
    QTest::newRow("node: glob suffix") << node << "*.example.com" << "http://a.example.com/" << true;
    // "*" in a list starts with "*", so undici checks endsWith("") — which every host does.
    QTest::newRow("node: star in a list matches all") << node << "a.test,*" << "http://b.test/" << true;
    QTest::newRow("node: port") << node << "example.com:8080" << "http://example.com:8080/" << true;
    QTest::newRow("node: no cidr") << node << "10.0.0.0/8" << "http://10.1.1.1/" << false;
    QTest::newRow("node: space separated") << node << "a.test example.com" << "http://example.com/" << true;
}

void TestToolModel::goAndNodeReadNoProxyAsTheirSourcesSay()
{
    QFETCH(int, tool);
    QFETCH(QString, noProxy);
    QFETCH(QString, url);
    QFETCH(bool, direct);
    const ToolDecision decision = ToolModel::decideNoProxy(Tool(tool), noProxy, target(url));
    QVERIFY2(decision.direct == direct, qPrintable(decision.reason));
}

void TestToolModel::variableCasePrecedenceDiffersPerTool_data()
{
    QTest::addColumn<int>("tool");
    QTest::addColumn<QString>("lower");
    QTest::addColumn<QString>("upper");
    QTest::addColumn<bool>("direct"); // for http://example.com/

    // Lower case wins for curl, wget, Python, Node, git; upper case for Go.
    for (Tool tool : {Tool::Curl, Tool::Wget, Tool::PythonUrllib, Tool::PythonRequests, Tool::Node, Tool::Git}) {
        const QString id = ToolModel::info(tool).id;
        QTest::newRow(qPrintable(id + u": lower wins")) << int(tool) << "example.com" << "other.test" << true;
    }
    QTest::newRow("go: upper wins") << int(Tool::Go) << "example.com" << "other.test" << false;
    QTest::newRow("wget: upper ignored") << int(Tool::Wget) << "" << "example.com" << false;
    QTest::newRow("curl: empty lower falls to upper") << int(Tool::Curl) << "" << "example.com" << true;
    QTest::newRow("urllib: empty lower hides upper") << int(Tool::PythonUrllib) << "" << "example.com" << false;
    QTest::newRow("requests: empty lower falls to upper") << int(Tool::PythonRequests) << "" << "example.com" << true;
    QTest::newRow("git: empty lower hides upper") << int(Tool::Git) << "" << "example.com" << false;
}

void TestToolModel::variableCasePrecedenceDiffersPerTool()
{
    QFETCH(int, tool);
    QFETCH(QString, lower);
    QFETCH(QString, upper);
    QFETCH(bool, direct);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("http_proxy"), QStringLiteral("http://proxy.test:3128"));
    environment.insert(QStringLiteral("HTTP_PROXY"), QStringLiteral("http://proxy.test:3128"));
    environment.insert(QStringLiteral("no_proxy"), lower);
    environment.insert(QStringLiteral("NO_PROXY"), upper);
    const ToolDecision decision = ToolModel::decide(Tool(tool), environment, target(QStringLiteral("http://example.com/")));
    QVERIFY2(decision.direct == direct, qPrintable(decision.reason));
}

void TestToolModel::noProxyProxyVariableMeansDirect()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HTTP_PROXY"), QStringLiteral("http://proxy.test:3128"));
    // curl and wget never read upper-case HTTP_PROXY (httpoxy): no proxy, so direct.
    const ToolDecision curl = ToolModel::decide(Tool::Curl, environment, target(QStringLiteral("http://example.com/")));
    QVERIFY(curl.direct);
    QVERIFY(curl.proxyVariable.isEmpty());
    QVERIFY(curl.reason.contains(QStringLiteral("no proxy")));
    const ToolDecision go = ToolModel::decide(Tool::Go, environment, target(QStringLiteral("http://example.com/")));
    QVERIFY(!go.direct);
    QCOMPARE(go.proxyVariable, QStringLiteral("HTTP_PROXY"));
}

void TestToolModel::translatesNoProxyToJavaSyntax()
{
    QStringList warnings;
    const QString value = ToolModel::javaNonProxyHosts(
        NoProxyList::parse(QStringLiteral("example.com,.corp.test,*.svc.test,10.0.0.0/8,192.168.1.0/24,"
                                          "172.16.0.0/12,::1,fd00::/8,db.test:5432,*"))
            .entries,
        &warnings);
    QCOMPARE(value, QStringLiteral("example.com|*.example.com|corp.test|*.corp.test|*.svc.test|10.*|192.168.1.*|[::1]|"
                                   "db.test|*.db.test|*"));
    QCOMPARE(warnings.size(), 3);
    QVERIFY(warnings.at(0).contains(QStringLiteral("172.16.0.0/12")));
    QVERIFY(warnings.at(1).contains(QStringLiteral("fd00::/8")));
    QVERIFY(warnings.at(2).contains(QStringLiteral("db.test:5432")));
}

void TestToolModel::toolsAreFoundByTheirIds()
{
    for (const ToolInfo &info : ToolModel::tools()) {
        QCOMPARE(ToolModel::fromId(info.id), std::optional<Tool>(info.tool));
        QCOMPARE(&ToolModel::info(info.tool), &info);
    }
    QVERIFY(!ToolModel::fromId(QStringLiteral("lynx")).has_value());
}

QTEST_GUILESS_MAIN(TestToolModel)
#include "tst_toolmodel.moc"
