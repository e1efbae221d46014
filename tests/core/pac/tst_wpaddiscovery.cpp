// WpadDiscovery against real loopback servers (python3 -m http.server, OriginServer for a server
// that never answers), with its DHCP URLs from a lease file and a stand-in nmcli, and no DNS
// domain (the DNS walk in its own network namespace is tst_cliwpad): candidates are tried in
// order, each rejection says why (404, not a PAC, refused, timeout, over 1 MiB), the first PAC
// ends the search, a hanging nmcli is stopped, and nothing is reported from inside start().
#include "originserver.h"
#include "serverprocess.h"
#include "wpaddiscovery.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray Pac = "function FindProxyForURL(url, host) { return \"PROXY found.example:3128\"; }\n";

bool writeFile(const QString &path, const QByteArray &bytes, bool executable = false)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return false;
    if (executable)
        file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
    return true;
}

QStringList outcomes(const WpadResult &result)
{
    QStringList words;
    for (const WpadAttempt &attempt : result.attempts)
        words.append(attempt.outcomeWord());
    return words;
}

} // namespace

class TestWpadDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void triesEachCandidateInOrderAndSaysWhyItWasRejected();
    void nmcliUrlsComeAfterLeaseFilesAndBeforeDns();
    void aHangingNmcliIsStoppedAndNoted();
    void nothingFoundListsEveryAttemptAndNotesTheMissingDomain();
    void cancelStopsWithoutFinished();

private:
    WpadOptions options(const QStringList &urls, const QString &name);
    WpadResult run(WpadDiscovery &discovery, int timeoutMs = 20000);

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_web;
    quint16 m_port = 0;
    OriginServer m_origin;
};

void TestWpadDiscovery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString www = m_dir.filePath(QStringLiteral("www"));
    QVERIFY(QDir().mkpath(www));
    QVERIFY(writeFile(www + QStringLiteral("/wpad.dat"), Pac));
    QVERIFY(writeFile(www + QStringLiteral("/index.html"), "<html><body>Welcome to the captive portal</body></html>\n"));
    QVERIFY(writeFile(www + QStringLiteral("/big.dat"), QByteArray(2 * 1024 * 1024, '/')));
    m_port = ServerProcess::freePort();
    m_web = std::make_unique<ServerProcess>(QStringLiteral("/usr/bin/python3"),
                                            QStringList{QStringLiteral("-m"), QStringLiteral("http.server"),
                                                        QString::number(m_port), QStringLiteral("--bind"),
                                                        QStringLiteral("127.0.0.1"), QStringLiteral("--directory"), www});
    QVERIFY2(m_web->waitForPort(m_port), qPrintable(m_web->output()));
    QVERIFY(m_origin.listen() != 0);
}

WpadOptions TestWpadDiscovery::options(const QStringList &urls, const QString &name)
{
    QByteArray lease = "lease {\n  interface \"lo\";\n";
    for (qsizetype i = 0; i < urls.size(); ++i)
        lease += "  option wpad-" + QByteArray::number(i) + " \"" + urls.at(i).toUtf8() + "\";\n";
    lease += "}\n";
    const QString path = m_dir.filePath(name);
    writeFile(path, lease);
    WpadOptions options;
    options.leaseFiles = QStringList{path};
    options.nmcli.clear();
    options.domains = QList<WpadDomain>();
    options.timeoutMs = 1500; // the /slow candidate waits this long; the others answer at once
    return options;
}

WpadResult TestWpadDiscovery::run(WpadDiscovery &discovery, int timeoutMs)
{
    QSignalSpy finished(&discovery, &WpadDiscovery::finished);
    discovery.start();
    if (!finished.wait(timeoutMs))
        return {};
    return finished.at(0).at(0).value<WpadResult>();
}

void TestWpadDiscovery::triesEachCandidateInOrderAndSaysWhyItWasRejected()
{
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    const quint16 closed = ServerProcess::freePort();
    WpadDiscovery discovery(options({base + QStringLiteral("/missing.dat"), base + QStringLiteral("/index.html"),
                                     QStringLiteral("http://127.0.0.1:%1/wpad.dat").arg(closed),
                                     QStringLiteral("http://127.0.0.1:%1/slow").arg(m_origin.port()),
                                     base + QStringLiteral("/big.dat"), base + QStringLiteral("/wpad.dat"),
                                     base + QStringLiteral("/never-tried.dat")},
                                    QStringLiteral("order.leases")));
    QSignalSpy attempts(&discovery, &WpadDiscovery::attemptFinished);
    QSignalSpy candidates(&discovery, &WpadDiscovery::candidatesReady);
    const WpadResult result = run(discovery);

    QCOMPARE(outcomes(result), (QStringList{QStringLiteral("http-status"), QStringLiteral("not-pac"),
                                            QStringLiteral("connection-refused"), QStringLiteral("timeout"),
                                            QStringLiteral("too-large"), QStringLiteral("found")}));
    QCOMPARE(attempts.size(), 6);
    QCOMPARE(candidates.size(), 1);
    QCOMPARE(result.candidates.size(), 7);
    QVERIFY(result.ok());
    QCOMPARE(result.found->url.toString(), base + QStringLiteral("/wpad.dat"));
    QCOMPARE(result.found->source, WpadCandidate::Source::Dhcp);
    QCOMPARE(result.found->origin, m_dir.filePath(QStringLiteral("order.leases")));
    QCOMPARE(result.pacText, QString::fromUtf8(Pac));

    QCOMPARE(result.attempts.at(0).httpStatus, 404);
    QVERIFY2(result.attempts.at(0).reason.contains(QStringLiteral("404")), qPrintable(result.attempts.at(0).reason));
    QVERIFY2(result.attempts.at(1).reason.startsWith(QStringLiteral("not a PAC script")), qPrintable(result.attempts.at(1).reason));
    QCOMPARE(result.attempts.at(2).reason, QStringLiteral("connection refused"));
    QVERIFY2(result.attempts.at(3).elapsedMs >= 1400 && result.attempts.at(3).elapsedMs < 8000,
             qPrintable(QString::number(result.attempts.at(3).elapsedMs)));
    QVERIFY2(result.attempts.at(4).reason.contains(QStringLiteral("1 MiB")), qPrintable(result.attempts.at(4).reason));
    QVERIFY(result.attempts.at(5).reason.isEmpty());
}

void TestWpadDiscovery::nmcliUrlsComeAfterLeaseFilesAndBeforeDns()
{
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    const QString nmcli = m_dir.filePath(QStringLiteral("nmcli-answers"));
    QVERIFY(writeFile(nmcli,
                      QStringLiteral("#!/bin/sh\n"
                                     "[ \"$*\" = \"-t -f DHCP4 device show\" ] || exit 3\n"
                                     "echo 'DHCP4.OPTION[1]:domain_name = corp.example'\n"
                                     "echo 'DHCP4.OPTION[2]:wpad = http\\://127.0.0.1\\:%1/wpad.dat'\n")
                          .arg(m_port)
                          .toUtf8(),
                      true));
    WpadOptions settings = options({base + QStringLiteral("/from-lease.dat")}, QStringLiteral("nmcli.leases"));
    settings.nmcli = nmcli;
    // A domain that is never reached: the PAC is found before DNS is tried.
    settings.domains = QList<WpadDomain>{{QStringLiteral("corp.example.invalid"), QStringLiteral("test")}};
    WpadDiscovery discovery(settings);
    const WpadResult result = run(discovery);
    QVERIFY(result.ok());
    QCOMPARE(result.candidates.size(), 4); // the lease's, nmcli's, then wpad.corp.example.invalid, wpad.example.invalid
    QCOMPARE(result.candidates.at(1).origin, QStringLiteral("nmcli"));
    QCOMPARE(result.candidates.at(2).source, WpadCandidate::Source::Dns);
    QCOMPARE(outcomes(result), (QStringList{QStringLiteral("http-status"), QStringLiteral("found")}));
    QCOMPARE(result.found->origin, QStringLiteral("nmcli"));
    QCOMPARE(result.found->describe(), QStringLiteral("DHCP option 252 from nmcli"));
    QVERIFY(result.notes.isEmpty());
}

void TestWpadDiscovery::aHangingNmcliIsStoppedAndNoted()
{
    const QString nmcli = m_dir.filePath(QStringLiteral("nmcli-hangs"));
    QVERIFY(writeFile(nmcli, "#!/bin/sh\nexec sleep 30\n", true));
    WpadOptions settings = options({QStringLiteral("http://127.0.0.1:%1/wpad.dat").arg(m_port)}, QStringLiteral("hang.leases"));
    settings.nmcli = nmcli;
    settings.nmcliTimeoutMs = 300;
    settings.domains = QList<WpadDomain>{{QStringLiteral("corp.example.invalid"), QStringLiteral("test")}}; // not reached
    WpadDiscovery discovery(settings);
    QElapsedTimer clock;
    clock.start();
    const WpadResult result = run(discovery);
    QVERIFY(result.ok());
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(result.notes.size(), 1);
    QVERIFY2(result.notes.at(0).contains(QStringLiteral("nmcli did not answer")), qPrintable(result.notes.at(0)));
}

void TestWpadDiscovery::nothingFoundListsEveryAttemptAndNotesTheMissingDomain()
{
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    WpadDiscovery discovery(options({base + QStringLiteral("/a.dat"), base + QStringLiteral("/index.html")},
                                    QStringLiteral("none.leases")));
    const WpadResult result = run(discovery);
    QVERIFY(!result.ok());
    QVERIFY(!discovery.isRunning());
    QCOMPARE(outcomes(result), (QStringList{QStringLiteral("http-status"), QStringLiteral("not-pac")}));
    QCOMPARE(result.notes.size(), 1);
    QVERIFY2(result.notes.at(0).contains(QStringLiteral("no DNS domain")), qPrintable(result.notes.at(0)));
}

void TestWpadDiscovery::cancelStopsWithoutFinished()
{
    WpadOptions settings = options({QStringLiteral("http://127.0.0.1:%1/slow").arg(m_origin.port())},
                                   QStringLiteral("cancel.leases"));
    settings.timeoutMs = 2000;
    WpadDiscovery discovery(settings);
    QSignalSpy finished(&discovery, &WpadDiscovery::finished);
    QSignalSpy candidates(&discovery, &WpadDiscovery::candidatesReady);
    discovery.start();
    QCOMPARE(candidates.size(), 0); // nothing from inside start()
    QVERIFY(candidates.wait(5000));
    discovery.cancel();
    QVERIFY(!discovery.isRunning());
    QTest::qWait(2500);
    QCOMPARE(finished.size(), 0);
}

QTEST_GUILESS_MAIN(TestWpadDiscovery)
#include "tst_wpaddiscovery.moc"
