// `proxydeck wpad`, the real binary, in a network namespace of its own (tests/app/wpad-namespace.sh):
// only loopback, a hosts file naming the WPAD hosts, a resolv.conf whose search list is
// branch.corp.example.test, and python3 serving wpad.dat on 127.0.0.1:80. The DNS walk finds
// wpad.corp.example.test after wpad.branch.corp.example.test does not resolve, and never asks
// wpad.test even when it would answer; a DHCP lease's option 252 comes first; every rejection
// says why; the PAC found answers for test URLs; text and JSON; nothing found exits 1.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray DnsPac = "function FindProxyForURL(url, host) {\n"
                          "  if (dnsDomainIs(host, \".corp.example.test\")) return \"DIRECT\";\n"
                          "  return \"PROXY proxy.corp.example.test:3128; DIRECT\";\n"
                          "}\n";
const QByteArray DhcpPac = "function FindProxyForURL(url, host) { return \"PROXY dhcp-proxy.corp.example.test:8080\"; }\n";
const QByteArray SearchBranch = "nameserver 127.0.0.1\nsearch branch.corp.example.test\n";

// One namespace's files: /etc/hosts, /etc/resolv.conf, what the web server serves, a lease file.
struct Network
{
    QByteArray hosts;
    QByteArray resolvConf = SearchBranch;
    QList<std::pair<QString, QByteArray>> served{{QStringLiteral("wpad.dat"), DnsPac},
                                                 {QStringLiteral("proxy.pac"), DhcpPac}};
    QByteArray lease; // empty: PROXYDECK_DHCP_LEASES is set empty (no DHCP, no nmcli)
};

QStringList field(const QJsonArray &attempts, const QString &name)
{
    QStringList values;
    for (const QJsonValue &attempt : attempts)
        values.append(attempt.toObject().value(name).toString());
    return values;
}

} // namespace

class TestCliWpad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dnsWalkFindsTheParentDomainsWpadAfterTheBranchDoesNotResolve();
    void textOutputListsEachCandidateAndWhereThePacCameFrom();
    void walkStopsBeforeTheTldEvenWhenWpadDotTestWouldAnswer();
    void dhcpOption252FromALeaseFileComesFirst();
    void rejectedCandidatesSayWhyAndTheNextOneIsTried();
    void badUsageExitsTwo();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    };
    Run wpad(const Network &network, const QStringList &arguments);

    QTemporaryDir m_dir;
    int m_runs = 0;
};

void TestCliWpad::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty())
        QSKIP("unshare (util-linux) is not installed: no network namespace for the WPAD test");
    if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
        QSKIP("/usr/bin/python3 is not installed: no web server for the WPAD test");
    if (!QFile::exists(QStringLiteral("/etc/resolv.conf")))
        QSKIP("/etc/resolv.conf does not exist, so there is nothing to mount the test's search list over");
    // A first run that must work: without root (or unprivileged user namespaces) it cannot.
    const Run probe = wpad(Network{}, {QStringLiteral("--help")});
    if (probe.exitCode == 125 || probe.exitCode == 1)
        QSKIP(qPrintable(QStringLiteral("no network namespace here (%1); run as root").arg(probe.err.trimmed())));
    QVERIFY2(probe.exitCode == 0, qPrintable(probe.err));
}

TestCliWpad::Run TestCliWpad::wpad(const Network &network, const QStringList &arguments)
{
    const QString dir = m_dir.filePath(QStringLiteral("net%1").arg(++m_runs));
    QDir().mkpath(dir + QStringLiteral("/www"));
    const auto write = [](const QString &path, const QByteArray &bytes) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    write(dir + QStringLiteral("/hosts"), "127.0.0.1\tlocalhost\n" + network.hosts);
    write(dir + QStringLiteral("/resolv.conf"), network.resolvConf);
    for (const auto &[name, bytes] : network.served)
        write(dir + QStringLiteral("/www/") + name, bytes);
    QProcessEnvironment environment = TestSupport::environmentWithoutProxies();
    environment.insert(QStringLiteral("PROXYDECK_DHCP_LEASES"), QString());
    if (!network.lease.isEmpty()) {
        const QString lease = dir + QStringLiteral("/dhclient.eth0.leases");
        write(lease, network.lease);
        environment.insert(QStringLiteral("PROXYDECK_DHCP_LEASES"), lease);
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PROXYDECK_WPAD_NAMESPACE),
                  QStringList{dir, QStringLiteral(PROXYDECK_BINARY), QStringLiteral("wpad")} + arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void TestCliWpad::dnsWalkFindsTheParentDomainsWpadAfterTheBranchDoesNotResolve()
{
    Network network;
    network.hosts = "127.0.0.1\twpad.corp.example.test\n";
    const Run run = wpad(network, {QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("2"),
                                   QStringLiteral("https://pypi.org/simple/"), QStringLiteral("http://git.corp.example.test/")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    const QJsonObject root = run.json();
    QCOMPARE(root.value(QStringLiteral("found")).toBool(), true);

    const QJsonObject pac = root.value(QStringLiteral("pac")).toObject();
    QCOMPARE(pac.value(QStringLiteral("url")).toString(), QStringLiteral("http://wpad.corp.example.test/wpad.dat"));
    QCOMPARE(pac.value(QStringLiteral("source")).toString(), QStringLiteral("dns"));
    QCOMPARE(pac.value(QStringLiteral("domain")).toString(), QStringLiteral("branch.corp.example.test"));
    QCOMPARE(pac.value(QStringLiteral("from")).toString(),
             QStringLiteral("DNS wpad.corp.example.test from branch.corp.example.test (search domain in /etc/resolv.conf)"));

    const QJsonArray attempts = root.value(QStringLiteral("attempts")).toArray();
    QCOMPARE(field(attempts, QStringLiteral("url")), (QStringList{QStringLiteral("http://wpad.branch.corp.example.test/wpad.dat"),
                                                                QStringLiteral("http://wpad.corp.example.test/wpad.dat")}));
    QCOMPARE(field(attempts, QStringLiteral("outcome")), (QStringList{QStringLiteral("no-such-host"), QStringLiteral("found")}));
    QVERIFY2(attempts.at(0).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("does not resolve")),
             qPrintable(run.out));

    const QJsonArray answers = root.value(QStringLiteral("answers")).toArray();
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers.at(0).toObject().value(QStringLiteral("proxies")).toArray(),
             (QJsonArray{QStringLiteral("PROXY proxy.corp.example.test:3128"), QStringLiteral("DIRECT")}));
    QCOMPARE(answers.at(1).toObject().value(QStringLiteral("proxies")).toArray(), QJsonArray{QStringLiteral("DIRECT")});
}

void TestCliWpad::textOutputListsEachCandidateAndWhereThePacCameFrom()
{
    Network network;
    network.hosts = "127.0.0.1\twpad.corp.example.test\n";
    const Run run = wpad(network, {QStringLiteral("https://pypi.org/")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QCOMPARE(run.out,
             QStringLiteral("Looking for a PAC file: 3 candidate(s), DHCP option 252 first, then DNS.\n"
                            "  http://wpad.branch.corp.example.test/wpad.dat  (DNS wpad.branch.corp.example.test from "
                            "branch.corp.example.test (search domain in /etc/resolv.conf))\n"
                            "    → no such host (wpad.branch.corp.example.test does not resolve)\n"
                            "  http://wpad.corp.example.test/wpad.dat  (DNS wpad.corp.example.test from "
                            "branch.corp.example.test (search domain in /etc/resolv.conf))\n"
                            "    → a PAC script\n"
                            "PAC file: http://wpad.corp.example.test/wpad.dat, found by DNS wpad.corp.example.test from "
                            "branch.corp.example.test (search domain in /etc/resolv.conf).\n"
                            "https://pypi.org/ → PROXY proxy.corp.example.test:3128; DIRECT\n"));
}

void TestCliWpad::walkStopsBeforeTheTldEvenWhenWpadDotTestWouldAnswer()
{
    // wpad.test serves a PAC, as a squatter's wpad.<tld> would: it must never be asked. The search
    // list repeats a parent domain, which is asked once.
    Network network;
    network.hosts = "127.0.0.1\twpad.test\n127.0.0.1\twpad\n";
    network.resolvConf = "nameserver 127.0.0.1\nsearch branch.corp.example.test corp.example.test\n";
    const Run run = wpad(network, {QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("2")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("No PAC file found")), qPrintable(run.err));
    const QJsonObject root = run.json();
    QCOMPARE(root.value(QStringLiteral("found")).toBool(true), false);
    const QJsonArray attempts = root.value(QStringLiteral("attempts")).toArray();
    QCOMPARE(field(attempts, QStringLiteral("url")), (QStringList{QStringLiteral("http://wpad.branch.corp.example.test/wpad.dat"),
                                                                QStringLiteral("http://wpad.corp.example.test/wpad.dat"),
                                                                QStringLiteral("http://wpad.example.test/wpad.dat")}));
    QCOMPARE(field(attempts, QStringLiteral("outcome")),
             (QStringList{QStringLiteral("no-such-host"), QStringLiteral("no-such-host"), QStringLiteral("no-such-host")}));
}

void TestCliWpad::dhcpOption252FromALeaseFileComesFirst()
{
    Network network;
    network.hosts = "127.0.0.1\twpad.corp.example.test\n127.0.0.1\tproxyconf.corp.example.test\n";
    // As a Windows DHCP server sends it (with a NUL), in a lease dhclient wrote.
    network.lease = "lease {\n"
                    "  interface \"eth0\";\n"
                    "  fixed-address 10.1.2.3;\n"
                    "  option domain-name \"branch.corp.example.test\";\n"
                    "  option wpad \"http://proxyconf.corp.example.test/proxy.pac\\000\";\n"
                    "}\n";
    const Run run = wpad(network, {QStringLiteral("--json"), QStringLiteral("https://pypi.org/")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    const QJsonObject root = run.json();
    const QJsonObject pac = root.value(QStringLiteral("pac")).toObject();
    QCOMPARE(pac.value(QStringLiteral("url")).toString(), QStringLiteral("http://proxyconf.corp.example.test/proxy.pac"));
    QCOMPARE(pac.value(QStringLiteral("source")).toString(), QStringLiteral("dhcp"));
    QVERIFY2(pac.value(QStringLiteral("origin")).toString().endsWith(QStringLiteral("/dhclient.eth0.leases")), qPrintable(run.out));
    QVERIFY2(pac.value(QStringLiteral("from")).toString().startsWith(QStringLiteral("DHCP option 252 from /")), qPrintable(run.out));
    QCOMPARE(root.value(QStringLiteral("attempts")).toArray().size(), 1);
    QCOMPARE(root.value(QStringLiteral("answers")).toArray().at(0).toObject().value(QStringLiteral("proxies")).toArray(),
             QJsonArray{QStringLiteral("PROXY dhcp-proxy.corp.example.test:8080")});
}

void TestCliWpad::rejectedCandidatesSayWhyAndTheNextOneIsTried()
{
    // The lease names a file the server does not have (404); wpad.branch… is an address where
    // nothing listens (refused); wpad.corp… serves the PAC.
    Network network;
    network.hosts = "127.0.0.1\twpad.corp.example.test\n127.0.0.1\tproxyconf.corp.example.test\n"
                    "127.0.0.2\twpad.branch.corp.example.test\n";
    network.lease = "lease {\n  option wpad \"http://proxyconf.corp.example.test/missing.pac\";\n}\n";
    const Run run = wpad(network, {QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    const QJsonArray attempts = run.json().value(QStringLiteral("attempts")).toArray();
    QCOMPARE(field(attempts, QStringLiteral("source")), (QStringList{QStringLiteral("dhcp"), QStringLiteral("dns"), QStringLiteral("dns")}));
    QCOMPARE(field(attempts, QStringLiteral("outcome")),
             (QStringList{QStringLiteral("http-status"), QStringLiteral("connection-refused"), QStringLiteral("found")}));
    QCOMPARE(attempts.at(0).toObject().value(QStringLiteral("httpStatus")).toInt(), 404);
    QCOMPARE(run.json().value(QStringLiteral("pac")).toObject().value(QStringLiteral("url")).toString(),
             QStringLiteral("http://wpad.corp.example.test/wpad.dat"));
}

void TestCliWpad::badUsageExitsTwo()
{
    QCOMPARE(wpad(Network{}, {QStringLiteral("--timeout"), QStringLiteral("soon")}).exitCode, 2);
    QCOMPARE(wpad(Network{}, {QStringLiteral("--timeout"), QStringLiteral("0")}).exitCode, 2);
    QCOMPARE(wpad(Network{}, {QStringLiteral("not a url")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliWpad)
#include "tst_cliwpad.moc"
