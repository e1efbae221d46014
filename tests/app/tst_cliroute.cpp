// route, noproxy and connection, run as the real binary.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliRoute : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void routesUrlsThroughTheActiveProfileAndTheRules();
    void comparesEveryToolsReadingOfTheExportedNoProxy();
    void validatesAndWarnsAboutNoProxyEntries();
    void managesConnectionsAndShowsTheirRoutes();
    void snowflakeBehindAnHttpsProxyIsExcludedAutomatically();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run proxydeck(const QStringList &arguments);
    QJsonDocument json(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliRoute::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QCOMPARE(proxydeck({QStringLiteral("set"), QStringLiteral("--host"), QStringLiteral("http://proxy.corp:3128")}).exitCode, 0);
}

TestCliRoute::Run TestCliRoute::proxydeck(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PROXYDECK_BINARY), arguments + QStringList{QStringLiteral("--config-dir"), m_dir->path()});
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        process.kill();
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QJsonDocument TestCliRoute::json(const QStringList &arguments)
{
    return QJsonDocument::fromJson(proxydeck(arguments + QStringList{QStringLiteral("--json")}).out.toUtf8());
}

void TestCliRoute::routesUrlsThroughTheActiveProfileAndTheRules()
{
    QCOMPARE(proxydeck({QStringLiteral("noproxy"), QStringLiteral("add"), QStringLiteral("10.0.0.0/8,.corp")}).exitCode, 0);
    const QJsonArray routes = json({QStringLiteral("route"), QStringLiteral("https://pypi.org/simple"),
                                    QStringLiteral("http://10.1.2.3:8080/"), QStringLiteral("https://git.corp")}).array();
    QCOMPARE(routes.size(), 3);
    QCOMPARE(routes.at(0).toObject().value(QStringLiteral("route")).toString(), QStringLiteral("proxied"));
    QCOMPARE(routes.at(0).toObject().value(QStringLiteral("proxy")).toString(), QStringLiteral("http://proxy.corp:3128"));
    QCOMPARE(routes.at(1).toObject().value(QStringLiteral("route")).toString(), QStringLiteral("bypassed-rule"));
    QCOMPARE(routes.at(1).toObject().value(QStringLiteral("entry")).toString(), QStringLiteral("10.0.0.0/8"));
    QCOMPARE(routes.at(1).toObject().value(QStringLiteral("egress")).toString(), QStringLiteral("10.1.2.3:8080"));
    QCOMPARE(routes.at(2).toObject().value(QStringLiteral("entry")).toString(), QStringLiteral(".corp"));
    QCOMPARE(proxydeck({QStringLiteral("route")}).exitCode, 2);
    QCOMPARE(proxydeck({QStringLiteral("route"), QStringLiteral("http://[::1")}).exitCode, 2);
}

void TestCliRoute::comparesEveryToolsReadingOfTheExportedNoProxy()
{
    QCOMPARE(proxydeck({QStringLiteral("noproxy"), QStringLiteral("add"), QStringLiteral("*.svc.local")}).exitCode, 0);
    const QJsonObject route = json({QStringLiteral("route"), QStringLiteral("https://api.svc.local"), QStringLiteral("--tool"),
                                    QStringLiteral("all")}).array().at(0).toObject();
    QCOMPARE(route.value(QStringLiteral("route")).toString(), QStringLiteral("bypassed-rule"));
    const QJsonObject tools = route.value(QStringLiteral("tools")).toObject();
    QCOMPARE(tools.size(), 8);
    QCOMPARE(tools.value(QStringLiteral("curl")).toObject().value(QStringLiteral("direct")).toBool(), false);
    QCOMPARE(tools.value(QStringLiteral("go")).toObject().value(QStringLiteral("direct")).toBool(), true);
    const QString text = proxydeck({QStringLiteral("route"), QStringLiteral("https://api.svc.local"), QStringLiteral("--tool"),
                                    QStringLiteral("curl,java")}).out;
    QVERIFY(text.contains(QStringLiteral("(differs)")));
    QVERIFY(text.contains(QStringLiteral("java")));
    QCOMPARE(proxydeck({QStringLiteral("route"), QStringLiteral("x.test"), QStringLiteral("--tool"), QStringLiteral("lynx")}).exitCode, 2);
}

void TestCliRoute::validatesAndWarnsAboutNoProxyEntries()
{
    const Run bad = proxydeck({QStringLiteral("noproxy"), QStringLiteral("add"), QStringLiteral("good.test,foo*bar.test")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QStringLiteral("foo*bar.test")));
    QVERIFY(bad.err.contains(QStringLiteral("position")));
    QVERIFY(json({QStringLiteral("noproxy"), QStringLiteral("list")}).array().isEmpty()); // nothing half-added

    const Run glob = proxydeck({QStringLiteral("noproxy"), QStringLiteral("add"), QStringLiteral("*.corp")});
    QCOMPARE(glob.exitCode, 0);
    QVERIFY2(glob.err.contains(QStringLiteral("curl")), qPrintable(glob.err));
    QCOMPARE(proxydeck({QStringLiteral("noproxy"), QStringLiteral("add"), QStringLiteral("*.CORP")}).exitCode, 0); // no duplicate
    const QJsonArray list = json({QStringLiteral("noproxy"), QStringLiteral("list")}).array();
    QCOMPARE(list.size(), 1);
    QVERIFY(!list.at(0).toObject().value(QStringLiteral("warnings")).toArray().isEmpty());
    QCOMPARE(proxydeck({QStringLiteral("noproxy"), QStringLiteral("remove"), QStringLiteral("*.corp")}).exitCode, 0);
    QCOMPARE(proxydeck({QStringLiteral("noproxy"), QStringLiteral("remove"), QStringLiteral("*.corp")}).exitCode, 2);
}

void TestCliRoute::managesConnectionsAndShowsTheirRoutes()
{
    QCOMPARE(proxydeck({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("Db"), QStringLiteral("--kind"),
                        QStringLiteral("postgresql"), QStringLiteral("--endpoint"), QStringLiteral("db.corp")}).exitCode, 0);
    QCOMPARE(proxydeck({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("Lake"), QStringLiteral("--kind"),
                        QStringLiteral("s3"), QStringLiteral("--endpoint"), QStringLiteral("https://minio.lab:9000")}).exitCode, 0);
    QCOMPARE(proxydeck({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("db"), QStringLiteral("--kind"),
                        QStringLiteral("s3"), QStringLiteral("--endpoint"), QStringLiteral("x.test")}).exitCode, 2);
    QCOMPARE(proxydeck({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("X"), QStringLiteral("--kind"),
                        QStringLiteral("gopher"), QStringLiteral("--endpoint"), QStringLiteral("x.test")}).exitCode, 2);
    QJsonArray list = json({QStringLiteral("connection"), QStringLiteral("list")}).array();
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("route")).toString(), QStringLiteral("direct"));
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("egress")).toString(), QStringLiteral("db.corp:5432"));
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("route")).toString(), QStringLiteral("proxied"));

    QCOMPARE(proxydeck({QStringLiteral("connection"), QStringLiteral("proxy"), QStringLiteral("Lake"), QStringLiteral("off")}).exitCode, 0);
    list = json({QStringLiteral("connection"), QStringLiteral("list")}).array();
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("route")).toString(), QStringLiteral("bypassed-toggle"));
    // The bypassed host now reaches the exported NO_PROXY.
    QVERIFY(proxydeck({QStringLiteral("noproxy"), QStringLiteral("list")}).out.contains(QStringLiteral("Exported NO_PROXY: minio.lab")));

    QCOMPARE(proxydeck({QStringLiteral("connection"), QStringLiteral("edit"), QStringLiteral("Lake"), QStringLiteral("--name"),
                        QStringLiteral("Minio"), QStringLiteral("--endpoint"), QStringLiteral("https://minio2.lab")}).exitCode, 0);
    QCOMPARE(proxydeck({QStringLiteral("connection"), QStringLiteral("remove"), QStringLiteral("Lake")}).exitCode, 2);
    QCOMPARE(proxydeck({QStringLiteral("connection"), QStringLiteral("remove"), QStringLiteral("Minio")}).exitCode, 0);
    QCOMPARE(json({QStringLiteral("connection"), QStringLiteral("list")}).array().size(), 1);
    QVERIFY(proxydeck({QStringLiteral("connection"), QStringLiteral("kinds")}).out.contains(QStringLiteral("1024-65535")));
}

void TestCliRoute::snowflakeBehindAnHttpsProxyIsExcludedAutomatically()
{
    QCOMPARE(proxydeck({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("Warehouse"), QStringLiteral("--kind"),
                        QStringLiteral("snowflake"), QStringLiteral("--endpoint"), QStringLiteral("acme.snowflakecomputing.com")}).exitCode, 0);
    QCOMPARE(json({QStringLiteral("connection"), QStringLiteral("list")}).array().at(0).toObject().value(QStringLiteral("route")).toString(),
             QStringLiteral("proxied"));
    QCOMPARE(proxydeck({QStringLiteral("set"), QStringLiteral("--scheme"), QStringLiteral("https")}).exitCode, 0);
    QCOMPARE(json({QStringLiteral("connection"), QStringLiteral("list")}).array().at(0).toObject().value(QStringLiteral("route")).toString(),
             QStringLiteral("must-bypass"));
    const QJsonObject other = json({QStringLiteral("route"), QStringLiteral("https://other.snowflakecomputing.com")}).array().at(0).toObject();
    QCOMPARE(other.value(QStringLiteral("entry")).toString(), QStringLiteral("snowflakecomputing.com"));
}

QTEST_GUILESS_MAIN(TestCliRoute)
#include "tst_cliroute.moc"
