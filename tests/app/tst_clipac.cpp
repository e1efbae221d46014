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

QTEST_GUILESS_MAIN(TestCliPac)
#include "tst_clipac.moc"
