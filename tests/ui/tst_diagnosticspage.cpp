// The Diagnostics page offscreen against real parts on loopback: tinyproxy wanting Basic
// credentials (the password in the real keyring, read by the page before it tests), openssl
// s_server serving the test CA's leaf (the test root already an anchor), a TLS-inspecting proxy
// whose CA the page offers to import (and, once imported, the test passes), an origin server for
// connections that bypass the proxy, and a server that accepts and never answers, to cancel.
#include "anchorstore.h"
#include "diagnosticspage.h"
#include "interceptingproxy.h"
#include "mainwindow.h"
#include "originserver.h"
#include "secretstore.h"
#include "serverprocess.h"
#include "settings.h"
#include "testsupport.h"
#include "trafficpage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslKey>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

namespace {

const QString User = QStringLiteral("alice");
const QString Password = QStringLiteral("page-diag-pw");
constexpr int RunMs = 30000;    // a whole run against loopback parts
constexpr int KeyringMs = 15000;

QTreeWidgetItem *stepItem(QTreeWidgetItem *report, const QString &id)
{
    for (int i = 0; report && i < report->childCount(); ++i) {
        if (report->child(i)->data(0, Qt::UserRole).toString() == id)
            return report->child(i);
    }
    return nullptr;
}

} // namespace

class TestDiagnosticsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void passesEveryStepWithThePasswordFromTheKeychain();
    void aWrongPasswordShowsTheFailedAuthenticationStepWithItsHint();
    void aPasswordTheKeychainDoesNotHaveIsSaidAndTheTestRunsWithout();
    void anInspectingProxyOffersItsCaAndTheTestPassesOnceItIsImported();
    void testsEveryConnectionWithItsOwnRoute();
    void cancelStopsTestsStuckOnAProxyThatNeverAnswers();
    void closingThePageWhileTestingStopsTheWorker();
    void anInvalidUrlIsNamedAndNothingRuns();
    void theWebSocketBoxAddsAnUpgradeStep();
    void copiesEveryReportAsTextAndJson();
    void theMainWindowShowsThePageAfterTraffic();

private:
    void useProxy(quint16 port, const QString &user, const QString &password);
    void waitForRun();
    QString cert(const char *name) const { return m_dir.filePath(QStringLiteral("certs/") + QLatin1String(name)); }
    QString configDir() const { return m_config->path(); }
    template<typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1String(name));
    }

    QTemporaryDir m_dir;
    OriginServer m_origin;
    std::unique_ptr<ServerProcess> m_tls;
    std::unique_ptr<ServerProcess> m_tinyproxy;
    quint16 m_tlsPort = 0;
    quint16 m_tinyproxyPort = 0;

    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<DiagnosticsPage> m_page;
    bool m_storedPassword = false;
};

void TestDiagnosticsPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_origin.listen());
    QCOMPARE(QProcess::execute(QStringLiteral(PROXYDECK_SUPPORT_DIR "/make-test-certs"),
                               {m_dir.filePath(QStringLiteral("certs"))}),
             0);
    m_tlsPort = ServerProcess::freePort();
    m_tls = ServerProcess::tlsOrigin(m_dir.filePath(QStringLiteral("certs")), m_tlsPort);
    QVERIFY2(m_tls, "openssl s_server did not start");

    m_tinyproxyPort = ServerProcess::freePort();
    m_tinyproxy = ServerProcess::tinyproxy(m_dir.path(), m_tinyproxyPort, User, Password, {m_tlsPort});
    QVERIFY2(m_tinyproxy, "tinyproxy is needed (scripts/install-deps installs it)");
}

void TestDiagnosticsPage::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    m_settings = std::make_unique<Settings>(m_config->filePath(QStringLiteral("settings.json")));
    m_settings->load();
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("ProxyDeckTest"));
    m_storedPassword = false;
    // The test root is trusted already, as after an import on the Certificates page.
    const QList<QSslCertificate> root = QSslCertificate::fromPath(cert("root.pem"));
    QCOMPARE(root.size(), 1);
    QVERIFY(AnchorStore(configDir()).add(root.first()));
    m_page = std::make_unique<DiagnosticsPage>(*m_settings, *m_secrets);
    m_page->resize(900, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestDiagnosticsPage::cleanup()
{
    if (m_page && m_page->isRunning()) {
        m_page->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRunning(), 10000);
    }
    m_page.reset();
    if (m_storedPassword) {
        bool removed = false;
        m_secrets->remove(m_settings->data().activeProfile()->secretKey(), this,
                          [&](const SecretOutcome &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, KeyringMs);
    }
    m_secrets.reset();
    m_settings.reset();
    m_config.reset();
}

// The active profile goes through 127.0.0.1:port; with a user, the password goes into the real
// keyring (a null password: none stored, though the settings say there is one).
void TestDiagnosticsPage::useProxy(quint16 port, const QString &user, const QString &password)
{
    ProxyProfile profile = *m_settings->data().activeProfile();
    profile.host = QStringLiteral("127.0.0.1");
    profile.port = port;
    profile.username = user;
    if (!user.isEmpty()) {
        if (!password.isNull()) {
            bool stored = false;
            m_secrets->write(profile.secretKey(), password, this,
                             [&](const SecretOutcome &outcome) { stored = outcome.ok(); });
            QTRY_VERIFY_WITH_TIMEOUT(stored, KeyringMs);
            m_storedPassword = true;
        }
        profile.secretRef = m_secrets->referenceFor(profile.secretKey());
    }
    QVERIFY(m_settings->updateProfile(profile));
}

void TestDiagnosticsPage::waitForRun()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRunning(), RunMs);
}

void TestDiagnosticsPage::passesEveryStepWithThePasswordFromTheKeychain()
{
    useProxy(m_tinyproxyPort, User, Password);
    auto cancel = child<QPushButton>("diagnosticsCancel");
    auto runButton = child<QPushButton>("diagnosticsRun");
    QVERIFY(!cancel->isEnabled());
    QTest::keyClicks(child<QLineEdit>("diagnosticsUrl"), QStringLiteral("https://localhost:%1/").arg(m_tlsPort));
    QTest::mouseClick(runButton, Qt::LeftButton);
    QVERIFY(m_page->isRunning());
    QVERIFY(cancel->isEnabled());
    QVERIFY(!runButton->isEnabled());
    auto tree = child<QTreeWidget>("diagnosticsResults");
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("running…"));
    waitForRun();

    QCOMPARE(m_page->reports().size(), 1);
    const DiagnosticReport report = m_page->reports().first();
    QVERIFY2(report.passed(), qPrintable(report.toText()));
    QCOMPARE(report.steps.size(), 6);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *top = tree->topLevelItem(0);
    QCOMPARE(top->text(1), QStringLiteral("pass"));
    QCOMPARE(top->text(2), QStringLiteral("%1 ms").arg(report.totalMs()));
    QCOMPARE(top->childCount(), 6);
    for (int i = 0; i < top->childCount(); ++i) {
        QCOMPARE(top->child(i)->text(0), DiagnosticStep::title(report.steps.at(i).id));
        QCOMPARE(top->child(i)->text(1), QStringLiteral("pass"));
    }
    QVERIFY(stepItem(top, QStringLiteral("proxy-auth"))->text(3).contains(QStringLiteral("“alice”")));
    QCOMPARE(child<QLabel>("diagnosticsProgress")->text(), QStringLiteral("1 of 1 done"));
    QCOMPARE(m_page->message(), QStringLiteral("Every test passed."));
    QVERIFY(!cancel->isEnabled());
    QVERIFY(runButton->isEnabled());
    QVERIFY(child<QPushButton>("diagnosticsImportCa")->isHidden());

    // Selecting a step shows it in the details pane.
    tree->setCurrentItem(stepItem(top, QStringLiteral("http")));
    QVERIFY(child<QTextBrowser>("diagnosticsDetails")->toPlainText().contains(QStringLiteral("200 ok")));
}

void TestDiagnosticsPage::aWrongPasswordShowsTheFailedAuthenticationStepWithItsHint()
{
    useProxy(m_tinyproxyPort, User, QStringLiteral("not-the-password"));
    m_page->run(QStringLiteral("https://localhost:%1/").arg(m_tlsPort));
    waitForRun();
    QCOMPARE(m_page->reports().size(), 1);
    QVERIFY(!m_page->reports().first().passed());

    auto tree = child<QTreeWidget>("diagnosticsResults");
    QTreeWidgetItem *top = tree->topLevelItem(0);
    QCOMPARE(top->text(1), QStringLiteral("FAIL"));
    QVERIFY(top->isExpanded());
    QTreeWidgetItem *auth = stepItem(top, QStringLiteral("proxy-auth"));
    QVERIFY(auth);
    QCOMPARE(auth->text(1), QStringLiteral("FAIL"));
    const QString hint = QStringLiteral("refused the password of “alice”");
    QVERIFY2(auth->toolTip(0).contains(hint), qPrintable(auth->toolTip(0)));
    QCOMPARE(stepItem(top, QStringLiteral("connect-tunnel"))->text(1), QStringLiteral("skipped"));
    // The first failure is selected, so its hint is there to read in full.
    QCOMPARE(tree->currentItem(), auth);
    const QString details = child<QTextBrowser>("diagnosticsDetails")->toPlainText();
    QVERIFY2(details.contains(hint), qPrintable(details));
    QVERIFY2(details.contains(m_page->reports().first().firstFailure()->hint), qPrintable(details));
    QCOMPARE(m_page->message(), QStringLiteral("0 of 1 passed."));
}

void TestDiagnosticsPage::aPasswordTheKeychainDoesNotHaveIsSaidAndTheTestRunsWithout()
{
    useProxy(m_tinyproxyPort, User, QString()); // the settings refer to an entry that is not there
    m_page->run(QStringLiteral("https://localhost:%1/").arg(m_tlsPort));
    waitForRun();
    QVERIFY2(m_page->message().startsWith(QStringLiteral("Testing without the proxy password")),
             qPrintable(m_page->message()));
    const DiagnosticReport report = m_page->reports().first();
    const DiagnosticStep *failure = report.firstFailure();
    QVERIFY2(failure && failure->id == DiagnosticStep::Id::ProxyAuth, qPrintable(report.toText()));
}

void TestDiagnosticsPage::anInspectingProxyOffersItsCaAndTheTestPassesOnceItIsImported()
{
    const auto proxy = InterceptingProxy::fromTestCerts(m_dir.filePath(QStringLiteral("certs")));
    QVERIFY(proxy);
    InterceptingProxy &inspector = *proxy;
    const QList<QSslCertificate> &ca = inspector.chain();
    QVERIFY(inspector.listen());
    useProxy(inspector.port(), QString(), QString());

    m_page->run(QStringLiteral("https://localhost:%1/").arg(m_tlsPort));
    waitForRun();
    const DiagnosticReport before = m_page->reports().first();
    QCOMPARE(before.untrustedCa, ca.first());
    auto tree = child<QTreeWidget>("diagnosticsResults");
    QCOMPARE(stepItem(tree->topLevelItem(0), QStringLiteral("tls"))->text(1), QStringLiteral("FAIL"));
    auto import = child<QPushButton>("diagnosticsImportCa");
    QVERIFY(import->isVisible());
    QVERIFY(import->isEnabled());
    // Named as the Certificates page lists it.
    const CertificateInfo info = CertificateInfo::inspect(ca.first());
    QVERIFY(info.subject.startsWith(QStringLiteral("Corporate Inspection CA")));
    QCOMPARE(import->text(), QStringLiteral("Import “%1” as a trusted CA…").arg(info.subject));

    // The button asks first, showing what the user is about to trust; No changes nothing.
    QString shown;
    bool answered = false;
    auto answer = new QTimer(m_page.get());
    answer->setInterval(20);
    connect(answer, &QTimer::timeout, this, [&] {
        if (auto box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text() + u'\n' + box->informativeText();
            box->button(QMessageBox::No)->click();
            answered = true;
            answer->stop();
        }
    });
    answer->start();
    import->click(); // returns once the timer above has answered the dialog

    QVERIFY(answered);
    delete answer;
    for (const QString &part : {info.subject, info.issuer, info.sha256})
        QVERIFY2(shown.contains(part), qPrintable(shown));
    QVERIFY(!AnchorStore(configDir()).find(info.sha256));
    QVERIFY(!m_page->isRunning());

    // Yes (here without the dialog): the CA becomes an anchor, off the GUI thread, and the same
    // URL is tested again, passing now.
    QSignalSpy imported(m_page.get(), &DiagnosticsPage::caImported);
    QSignalSpy finished(m_page.get(), &DiagnosticsPage::runFinished);
    m_page->importUntrustedCa(0);
    QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 10000);
    QVERIFY(imported.first().at(0).toBool());
    const auto anchor = AnchorStore(configDir()).find(info.sha256);
    QVERIFY(anchor);
    QVERIFY(QFile::exists(AnchorStore(configDir()).fileOf(anchor.value())));
    QVERIFY(QFileInfo(AnchorStore(configDir()).fileOf(anchor.value())).absolutePath()
            == QDir(configDir()).filePath(QStringLiteral("anchors")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, RunMs);
    const DiagnosticReport after = m_page->reports().first();
    QVERIFY2(after.passed(), qPrintable(after.toText()));
    QVERIFY(after.untrustedCa.isNull());
    QCOMPARE(inspector.tunnelCount(), 2);
    QVERIFY(import->isHidden());
    QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("pass"));
    QVERIFY2(m_page->message().startsWith(QStringLiteral("“%1” is now a trusted CA.").arg(info.subject)),
             qPrintable(m_page->message()));
}

void TestDiagnosticsPage::testsEveryConnectionWithItsOwnRoute()
{
    useProxy(m_tinyproxyPort, User, Password);
    QVERIFY(m_settings->addConnection({QString(), QStringLiteral("Secure API"), QStringLiteral("http-api"),
                                       QStringLiteral("https://localhost:%1/").arg(m_tlsPort), true}));
    QVERIFY(m_settings->addConnection({QString(), QStringLiteral("Local origin"), QStringLiteral("http-api"),
                                       QStringLiteral("http://127.0.0.1:%1/bytes/3").arg(m_origin.port()), false}));
    QTest::mouseClick(child<QPushButton>("diagnosticsRunAll"), Qt::LeftButton);
    QVERIFY(m_page->isRunning());
    waitForRun();
    const QList<DiagnosticReport> reports = m_page->reports();
    QCOMPARE(reports.size(), 2);
    QVERIFY2(reports.at(0).passed(), qPrintable(reports.at(0).toText()));
    QVERIFY2(reports.at(1).passed(), qPrintable(reports.at(1).toText()));
    QCOMPARE(reports.at(0).route, QStringLiteral("proxied"));
    QCOMPARE(reports.at(1).route, QStringLiteral("bypassed-toggle"));
    auto tree = child<QTreeWidget>("diagnosticsResults");
    QCOMPARE(tree->topLevelItemCount(), 2);
    QVERIFY(tree->topLevelItem(0)->text(0).startsWith(QStringLiteral("Secure API")));
    QVERIFY(tree->topLevelItem(1)->text(0).startsWith(QStringLiteral("Local origin")));
    const QString route = tree->topLevelItem(1)->text(3);
    QVERIFY2(route.startsWith(QStringLiteral("Bypassed")), qPrintable(route));
    QCOMPARE(child<QLabel>("diagnosticsProgress")->text(), QStringLiteral("2 of 2 done"));
}

void TestDiagnosticsPage::cancelStopsTestsStuckOnAProxyThatNeverAnswers()
{
    QTcpServer silent; // accepts, reads nothing, says nothing
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    useProxy(silent.serverPort(), QString(), QString());
    QVERIFY(m_settings->addConnection({QString(), QStringLiteral("A"), QStringLiteral("http-api"),
                                       QStringLiteral("https://a.example/"), true}));
    QVERIFY(m_settings->addConnection({QString(), QStringLiteral("B"), QStringLiteral("http-api"),
                                       QStringLiteral("https://b.example/"), true}));
    m_page->setStepTimeout(60000); // only cancel can end it within the test's waits
    m_page->runAll();
    QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), 10000);
    QVERIFY(m_page->isRunning());
    auto cancel = child<QPushButton>("diagnosticsCancel");
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRunning(), 10000);
    QCOMPARE(m_page->reports().size(), 2);
    auto tree = child<QTreeWidget>("diagnosticsResults");
    for (int i = 0; i < 2; ++i) {
        QVERIFY(m_page->reports().at(i).cancelled);
        QVERIFY(!m_page->reports().at(i).passed());
        QCOMPARE(tree->topLevelItem(i)->text(1), QStringLiteral("cancelled"));
    }
    QCOMPARE(m_page->message(), QStringLiteral("Cancelled."));
    QVERIFY(!cancel->isEnabled());
    QVERIFY(child<QPushButton>("diagnosticsRun")->isEnabled());
}

void TestDiagnosticsPage::closingThePageWhileTestingStopsTheWorker()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    useProxy(silent.serverPort(), QString(), QString());
    m_page->setStepTimeout(60000);
    m_page->run(QStringLiteral("https://a.example/"));
    QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), 10000);
    QTcpSocket *held = silent.nextPendingConnection();
    QVERIFY(held);
    QElapsedTimer clock;
    clock.start();
    m_page.reset(); // the runner is deleted on its thread, which then ends
    QVERIFY(clock.elapsed() < 5000);
    // Its sockets were closed: the proxy side sees the connection go.
    QTRY_COMPARE_WITH_TIMEOUT(held->state(), QAbstractSocket::UnconnectedState, 5000);
}

void TestDiagnosticsPage::anInvalidUrlIsNamedAndNothingRuns()
{
    m_page->run(QStringLiteral("ftp://files.example/"));
    QVERIFY(!m_page->isRunning());
    QVERIFY(m_page->reports().isEmpty());
    QVERIFY2(m_page->message().contains(QStringLiteral("only http, https, ws, wss and tcp URLs can be tested")),
             qPrintable(m_page->message()));
    m_page->run(QStringLiteral("tcp://db.example"));
    QVERIFY(!m_page->isRunning());
    QVERIFY2(m_page->message().contains(QStringLiteral("needs a port")), qPrintable(m_page->message()));
    QCOMPARE(child<QTreeWidget>("diagnosticsResults")->topLevelItemCount(), 0);
    // No connections: said, nothing runs.
    m_page->runAll();
    QVERIFY(!m_page->isRunning());
    QVERIFY(m_page->message().contains(QStringLiteral("no connections to test")));
}

void TestDiagnosticsPage::theWebSocketBoxAddsAnUpgradeStep()
{
    // The default profile uses no proxy: the origin is reached directly and does not speak WebSocket.
    child<QCheckBox>("diagnosticsWebSocket")->setChecked(true);
    m_page->run(QStringLiteral("http://127.0.0.1:%1/bytes/5").arg(m_origin.port()));
    waitForRun();
    QTreeWidgetItem *top = child<QTreeWidget>("diagnosticsResults")->topLevelItem(0);
    QVERIFY(top);
    QCOMPARE(stepItem(top, QStringLiteral("http"))->text(1), QStringLiteral("pass"));
    QTreeWidgetItem *upgrade = stepItem(top, QStringLiteral("websocket"));
    QVERIFY(upgrade);
    QCOMPARE(upgrade->text(1), QStringLiteral("FAIL"));
    QVERIFY2(upgrade->toolTip(0).contains(QStringLiteral("did not accept a WebSocket")),
             qPrintable(upgrade->toolTip(0)));
}

void TestDiagnosticsPage::copiesEveryReportAsTextAndJson()
{
    auto copyText = child<QPushButton>("diagnosticsCopyText");
    QVERIFY(!copyText->isEnabled());
    useProxy(m_tinyproxyPort, User, Password);
    m_page->run(QStringLiteral("https://localhost:%1/").arg(m_tlsPort));
    waitForRun();
    QVERIFY(copyText->isEnabled());

    QTest::mouseClick(copyText, Qt::LeftButton);
    const QString text = QApplication::clipboard()->text();
    QCOMPARE(text, m_page->copyText());
    for (const QString &title : {QStringLiteral("Proxy authentication"), QStringLiteral("CONNECT tunnel"),
                                 QStringLiteral("TLS handshake"), QStringLiteral("HTTP status")})
        QVERIFY2(text.contains(title), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("result: pass")));
    QVERIFY(!text.contains(Password));

    QTest::mouseClick(child<QPushButton>("diagnosticsCopyJson"), Qt::LeftButton);
    const QString json = QApplication::clipboard()->text();
    QCOMPARE(json, m_page->copyJson());
    QVERIFY(json.contains(QStringLiteral("\"steps\"")));
    QVERIFY(!json.contains(Password));
    const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("passed")).toBool(), true);
    const QJsonArray reports = root.value(QStringLiteral("reports")).toArray();
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.at(0).toObject().value(QStringLiteral("steps")).toArray().size(), 6);
    QVERIFY(m_page->message().contains(QStringLiteral("JSON")));
}

void TestDiagnosticsPage::theMainWindowShowsThePageAfterTraffic()
{
    MainWindow window(*m_settings, *m_secrets);
    QVERIFY(window.diagnosticsPage());
    auto pages = window.findChild<QStackedWidget *>();
    window.showPage(QStringLiteral("traffic"));
    const int traffic = pages->currentIndex();
    window.showPage(QStringLiteral("diagnostics"));
    QCOMPARE(pages->currentIndex(), traffic + 1);
    QCOMPARE(window.currentPageName(), QStringLiteral("diagnostics"));
    QVERIFY(pages->currentWidget()->isAncestorOf(window.diagnosticsPage()));
}

QTEST_MAIN(TestDiagnosticsPage)
#include "tst_diagnosticspage.moc"
