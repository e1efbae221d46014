// `proxydeck pac`, the real binary: a PAC file on disk and the same file served by a real HTTP
// server (python3 -m http.server on loopback, fetched without a proxy), answers with failover and
// alerts, JSON, a syntax error with its line, and usage errors.
#include "serverprocess.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray Pac = "function FindProxyForURL(url, host) {\n"
                       "  if (isPlainHostName(host) || dnsDomainIs(host, \".corp.example\")) return \"DIRECT\";\n"
                       "  alert(\"through the proxies: \" + host);\n"
                       "  return \"PROXY p1.corp.example:3128; PROXY p2.corp.example:3128; DIRECT\";\n"
                       "}\n";

} // namespace

class TestCliPac : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void answersForAFileAndAServedUrl();
    void printsJson();
    void namesTheLineOfASyntaxError();
    void badUsageExitsTwo();
    void traceShowsTheChecksByLine();
    void anAutomaticProfileRoutesAndExportsByItsPac();
    void refusesABadPacLocationAndKeepsTheProfile();
    void serveRefusesABrokenPacNamingItsLine();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run proxydeck(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_pac;
};

TestCliPac::Run TestCliPac::proxydeck(const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(TestSupport::environmentWithoutProxies());
    process.start(QStringLiteral(PROXYDECK_BINARY),
                  arguments + QStringList{QStringLiteral("--config-dir"), m_dir.filePath(QStringLiteral("config"))});
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        process.kill();
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestCliPac::initTestCase()
{
    m_pac = m_dir.filePath(QStringLiteral("proxy.pac"));
    QFile file(m_pac);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Pac);
}

void TestCliPac::answersForAFileAndAServedUrl()
{
    const Run local = proxydeck({QStringLiteral("pac"), m_pac, QStringLiteral("https://git.corp.example/repo"),
                                 QStringLiteral("https://pypi.org/simple/")});
    QVERIFY2(local.exitCode == 0, qPrintable(local.err));
    QCOMPARE(local.out, QStringLiteral("https://git.corp.example/repo → DIRECT\n"
                                       "https://pypi.org/simple/ → PROXY p1.corp.example:3128; PROXY p2.corp.example:3128; DIRECT\n"
                                       "  alert: through the proxies: pypi.org\n"));

    const quint16 port = ServerProcess::freePort();
    ServerProcess web(QStringLiteral("/usr/bin/python3"),
                      {QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(port), QStringLiteral("--bind"),
                       QStringLiteral("127.0.0.1"), QStringLiteral("--directory"), m_dir.path()});
    QVERIFY2(web.waitForPort(port), qPrintable(web.output()));
    const Run served = proxydeck({QStringLiteral("pac"), QStringLiteral("http://127.0.0.1:%1/proxy.pac").arg(port),
                                  QStringLiteral("http://intranet/")});
    QVERIFY2(served.exitCode == 0, qPrintable(served.err));
    QCOMPARE(served.out, QStringLiteral("http://intranet/ → DIRECT\n"));
    const Run missing = proxydeck({QStringLiteral("pac"), QStringLiteral("http://127.0.0.1:%1/none.pac").arg(port)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("404")), qPrintable(missing.err));
}

void TestCliPac::printsJson()
{
    const Run run = proxydeck({QStringLiteral("pac"), QStringLiteral("--json"), m_pac, QStringLiteral("https://pypi.org/")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray answers = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(answers.size(), 1);
    const QJsonObject first = answers.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("proxies")).toArray().size(), 3);
    QCOMPARE(first.value(QStringLiteral("proxies")).toArray().at(0).toString(), QStringLiteral("PROXY p1.corp.example:3128"));
    QCOMPARE(first.value(QStringLiteral("alerts")).toArray().size(), 1);
}

void TestCliPac::namesTheLineOfASyntaxError()
{
    const QString broken = m_dir.filePath(QStringLiteral("broken.pac"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("function FindProxyForURL(url, host) {\n  return \"DIRECT\"\n  if (\n}\n");
    file.close();
    const Run run = proxydeck({QStringLiteral("pac"), broken, QStringLiteral("https://a.example/")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("broken.pac, line 4")), qPrintable(run.err));
}

void TestCliPac::badUsageExitsTwo()
{
    QCOMPARE(proxydeck({QStringLiteral("pac")}).exitCode, 2);
    QCOMPARE(proxydeck({QStringLiteral("pac"), QStringLiteral("/no/such/file.pac")}).exitCode, 1);
}

void TestCliPac::traceShowsTheChecksByLine()
{
    const Run run = proxydeck({QStringLiteral("pac"), m_pac, QStringLiteral("https://git.corp.example/repo"), QStringLiteral("--trace")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("https://git.corp.example/repo → DIRECT\n"
                                     "  line 2: isPlainHostName(\"git.corp.example\") → false\n"
                                     "  line 2: dnsDomainIs(\"git.corp.example\", \".corp.example\") → true\n"));
    const Run json = proxydeck({QStringLiteral("pac"), m_pac, QStringLiteral("https://pypi.org/"), QStringLiteral("--trace"),
                                QStringLiteral("--json")});
    const QJsonArray trace = QJsonDocument::fromJson(json.out.toUtf8()).array().at(0).toObject().value(QStringLiteral("trace")).toArray();
    QCOMPARE(trace.size(), 2);
    QCOMPARE(trace.at(1).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("false"));
}

void TestCliPac::anAutomaticProfileRoutesAndExportsByItsPac()
{
    const Run set = proxydeck({QStringLiteral("set"), QStringLiteral("--profile"), QStringLiteral("Auto"),
                               QStringLiteral("--pac"), m_pac});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QVERIFY2(proxydeck({QStringLiteral("profile"), QStringLiteral("use"), QStringLiteral("Auto")}).exitCode == 0, "use Auto");

    const Run show = proxydeck({QStringLiteral("show"), QStringLiteral("--json")});
    QVERIFY2(show.exitCode == 0, qPrintable(show.err));
    const QJsonArray profiles = QJsonDocument::fromJson(show.out.toUtf8()).object().value(QStringLiteral("profiles")).toArray();
    bool found = false;
    for (const QJsonValue &profile : profiles) {
        if (profile.toObject().value(QStringLiteral("name")).toString() == u"Auto") {
            found = true;
            QCOMPARE(profile.toObject().value(QStringLiteral("pacUrl")).toString(), QUrl::fromLocalFile(m_pac).toString());
            QVERIFY(!profile.toObject().contains(QStringLiteral("host")));
        }
    }
    QVERIFY(found);

    // route asks the PAC: the corp host goes direct, the public one through the first proxy.
    const Run route = proxydeck({QStringLiteral("route"), QStringLiteral("--json"), QStringLiteral("https://git.corp.example/"),
                                 QStringLiteral("https://pypi.org/simple/")});
    QVERIFY2(route.exitCode == 0, qPrintable(route.err));
    const QJsonArray routes = QJsonDocument::fromJson(route.out.toUtf8()).array();
    QCOMPARE(routes.size(), 2);
    QCOMPARE(routes.at(0).toObject().value(QStringLiteral("route")).toString(), QStringLiteral("direct"));
    QCOMPARE(routes.at(0).toObject().value(QStringLiteral("pac")).toString(), QStringLiteral("DIRECT"));
    QCOMPARE(routes.at(1).toObject().value(QStringLiteral("route")).toString(), QStringLiteral("proxied"));
    QCOMPARE(routes.at(1).toObject().value(QStringLiteral("proxy")).toString(), QStringLiteral("http://p1.corp.example:3128"));

    // The .env export names the proxy the PAC answers, and says that it did so.
    const Run exported = proxydeck({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("env")});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY2(exported.out.contains(QStringLiteral("https_proxy=\"http://p1.corp.example:3128\"")), qPrintable(exported.out));
    QVERIFY2(exported.out.contains(QStringLiteral("cannot read a PAC script")), qPrintable(exported.out));
    QVERIFY2(exported.err.contains(QStringLiteral("https://example.com/")), qPrintable(exported.err));
}

void TestCliPac::refusesABadPacLocationAndKeepsTheProfile()
{
    for (const QString &bad : {QStringLiteral("ftp://wpad.corp/wpad.dat"), QStringLiteral("relative/proxy.pac"),
                               QStringLiteral("http://user:pw@wpad.corp/wpad.dat")}) {
        const Run set = proxydeck({QStringLiteral("set"), QStringLiteral("--profile"), QStringLiteral("Bad PAC"),
                                   QStringLiteral("--pac"), bad});
        QCOMPARE(set.exitCode, 2);
        QVERIFY2(set.err.contains(QStringLiteral("--pac")), qPrintable(set.err));
    }
    const Run both = proxydeck({QStringLiteral("set"), QStringLiteral("--pac"), m_pac, QStringLiteral("--host"),
                                QStringLiteral("proxy.corp")});
    QCOMPARE(both.exitCode, 2);
    QVERIFY(!proxydeck({QStringLiteral("show")}).out.contains(QStringLiteral("Bad PAC")));
}

void TestCliPac::serveRefusesABrokenPacNamingItsLine()
{
    const QString broken = m_dir.filePath(QStringLiteral("broken.pac"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("function FindProxyForURL(url, host) {\n  return \"DIRECT\";\n  }}\n");
    file.close();
    QVERIFY(proxydeck({QStringLiteral("set"), QStringLiteral("--profile"), QStringLiteral("Broken"), QStringLiteral("--pac"), broken})
                .exitCode == 0);
    const Run serve = proxydeck({QStringLiteral("serve"), QStringLiteral("--profile"), QStringLiteral("Broken"),
                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(ServerProcess::freePort()),
                                 QStringLiteral("--no-status")});
    QCOMPARE(serve.exitCode, 1);
    QVERIFY2(serve.err.contains(QStringLiteral("broken.pac")) && serve.err.contains(QStringLiteral("line 3")), qPrintable(serve.err));
}

QTEST_GUILESS_MAIN(TestCliPac)
#include "tst_clipac.moc"
