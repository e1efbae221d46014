// The Proxy page's PAC and desktop features driven like a user would, offscreen, against real
// parts: PAC scripts evaluated on the thread pool, WPAD from a dhclient lease file with the PAC
// served on loopback (python3 -m http.server), and GNOME's proxy settings through gsettings and
// dconf in the test command's sandboxed D-Bus session.
#include "keyboardinput.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "originserver.h"
#include "proxypage.h"
#include "secretstore.h"
#include "serverprocess.h"
#include "settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

struct Console {
    explicit Console(const QString &dir)
        : settings(dir + QStringLiteral("/settings.json"))
    {
        settings.load();
        window = std::make_unique<MainWindow>(settings, secrets);
        window->show();
    }

    template<typename T> T *find(const char *name) const
    {
        return window->findChild<T *>(QString::fromLatin1(name));
    }
    QLineEdit *field(const char *name) const { return find<QLineEdit>(name); }
    QPushButton *button(const char *name) const { return find<QPushButton>(name); }
    QLabel *label(const char *name) const { return find<QLabel>(name); }
    ProxyPage *page() const { return window->proxyPage(); }

    // Opens the collapsed "Test the PAC script" box.
    void openTester() const
    {
        auto box = find<QGroupBox>("pacTesterBox");
        box->setChecked(true);
        QVERIFY(find<QWidget>("pacTester")->isVisible());
    }

    Settings settings;
    SecretStore secrets;
    std::unique_ptr<MainWindow> window;
};


bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString gsettings(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("gsettings"), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(15000))
        process.kill();
    return QString::fromUtf8(process.readAllStandardOutput());
}

const QString ProxySchema = QStringLiteral("org.gnome.system.proxy");
const QString HttpSchema = QStringLiteral("org.gnome.system.proxy.http");

// The message box a page opened with open(), once it is on screen.
QMessageBox *openBox(const Console &console, const char *name)
{
    QMessageBox *box = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            box = console.find<QMessageBox>(name);
            return box && box->isVisible();
        },
        20000);
    return box && box->isVisible() ? box : nullptr;
}

} // namespace

class TestPacUi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void testsPastedTextAndShowsTheAnswerAndAlerts();
    void showsASyntaxErrorWithItsLine();
    void stopsAnEndlessLoopWhileTheWindowKeepsResponding();
    void testsThePacFileTheProfileNames();
    void discoversThePacScriptFromADhcpLeaseAndSavesIt();
    void listsWhatWasTriedWhenNoPacScriptIsFound();
    void closingTheWindowStopsADiscoveryUnderWay();
    void appliesTheActiveProfileToGnomeAfterShowingTheDiffAndRestoresIt();
    void importsGnomesProxyAsEditsAndAsksBeforeReplacingNoProxy();

private:
    bool gnomeAvailable(QString *why);

    // A dhclient lease whose option 252 values are urls; read through PROXYDECK_DHCP_LEASES.
    void useLease(const QStringList &urls);

    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_www;
    std::unique_ptr<ServerProcess> m_web;
    quint16 m_port = 0;
    OriginServer m_origin; // its /slow never answers
};

void TestPacUi::initTestCase()
{
    QVERIFY(m_www.isValid());
    QVERIFY(writeFile(m_www.filePath(QStringLiteral("wpad.dat")),
        "function FindProxyForURL(url, host) { return \"PROXY found.example:3128\"; }\n"));
    QVERIFY(writeFile(
        m_www.filePath(QStringLiteral("index.html")), "<html><body>Captive portal</body></html>\n"));
    m_port = ServerProcess::freePort();
    m_web = std::make_unique<ServerProcess>(QStringLiteral("/usr/bin/python3"),
        QStringList{QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(m_port),
            QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--directory"),
            m_www.path()});
    QVERIFY2(m_web->waitForPort(m_port), qPrintable(m_web->output()));
    QVERIFY(m_origin.listen() != 0);
}

void TestPacUi::useLease(const QStringList &urls)
{
    QByteArray lease = "lease {\n  interface \"lo\";\n";
    for (qsizetype i = 0; i < urls.size(); ++i) {
        QByteArray name = "wpad"; // dhclient.conf names code 252 as it likes: wpad, wpad-1 …
        if (i > 0)
            name += "-" + QByteArray::number(i);
        lease += "  option " + name + " \"" + urls.at(i).toUtf8() + "\";\n";
    }
    lease += "}\n";
    const QString path = m_dir->filePath(QStringLiteral("dhclient.leases"));
    QVERIFY(writeFile(path, lease));
    qputenv("PROXYDECK_DHCP_LEASES", path.toLocal8Bit());
    qputenv("PROXYDECK_NMCLI", "");
}

void TestPacUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // ProxyDeck picks GNOME for a gsettings desktop; never the KDE files of whoever runs this.
    qputenv("XDG_CURRENT_DESKTOP", "GNOME");
}

void TestPacUi::cleanup()
{
    qunsetenv("PROXYDECK_DHCP_LEASES");
    qunsetenv("PROXYDECK_NMCLI");
}

void TestPacUi::testsPastedTextAndShowsTheAnswerAndAlerts()
{
    Console console(m_dir->path());
    console.openTester();
    QVERIFY(console.find<QRadioButton>("pacFromText")->isChecked());
    console.find<QPlainTextEdit>("pacSource")
        ->setPlainText(QStringLiteral("function FindProxyForURL(url, host) {\n"
                                      "    alert('asked for ' + host);\n"
                                      "    if (dnsDomainIs(host, \".corp\")) return \"DIRECT\";\n"
                                      "    if (shExpMatch(url, \"*/path*\")) return \"PROXY a.example:3128; DIRECT\";\n"
                                      "    return \"PROXY other.example:3128\";\n"
                                      "}\n"));
    QCOMPARE(console.field("pacTestUrl")->text(), QStringLiteral("https://example.com/"));
    type(console.field("pacTestUrl"), QStringLiteral("http://www.example.org/path?q=1"));
    QTest::mouseClick(console.button("pacTest"), Qt::LeftButton);
    QLabel *result = console.label("pacResult");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("PROXY a.example:3128; DIRECT")), 10000);
    QVERIFY2(
        result->text().contains(QStringLiteral("asked for www.example.org")), qPrintable(result->text()));
    // The path it took, by line; the last check is the one that decided.
    QVERIFY2(result->text().contains(QStringLiteral("line 3: dnsDomainIs(\"www.example.org\", \".corp\") → false")),
             qPrintable(result->text()));
    QVERIFY2(result->text().contains(QStringLiteral("line 4: shExpMatch(\"http://www.example.org/path?q=1\", \"*/path*\") → "
                                                    "true (decided)")),
             qPrintable(result->text()));
}

void TestPacUi::showsASyntaxErrorWithItsLine()
{
    Console console(m_dir->path());
    console.openTester();
    console.find<QPlainTextEdit>("pacSource")
        ->setPlainText(QStringLiteral("function FindProxyForURL(url, host) {\n"
                                      "    return \"DIRECT\";\n"
                                      "}}\n"));
    QTest::mouseClick(console.button("pacTest"), Qt::LeftButton);
    QLabel *result = console.label("pacResult");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("line")), 10000);
    QVERIFY2(result->text().contains(QStringLiteral("line 3")), qPrintable(result->text()));
    QVERIFY(!result->text().contains(QStringLiteral("PROXY")));
}

void TestPacUi::stopsAnEndlessLoopWhileTheWindowKeepsResponding()
{
    Console console(m_dir->path());
    console.openTester();
    console.find<QPlainTextEdit>("pacSource")
        ->setPlainText(QStringLiteral("function FindProxyForURL(url, host) { while(true){} }\n"));
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(50);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(console.button("pacTest"), Qt::LeftButton);
    QLabel *result = console.label("pacResult");
    QCOMPARE(result->text(), QStringLiteral("Testing…"));
    // While the script loops on the pool, the GUI thread goes on: timers fire, fields take keys.
    QTRY_VERIFY_WITH_TIMEOUT(ticks >= 10, 2000);
    QVERIFY(result->text() == QStringLiteral("Testing…"));
    QTest::keyClicks(console.field("pacTestUrl"), QStringLiteral("x"));
    QVERIFY(console.field("pacTestUrl")->text().endsWith(u'x'));
    // PacScript's time limit (2 s by default) ends it; its wording is core's.
    QTRY_VERIFY2_WITH_TIMEOUT(
        result->text().contains(QStringLiteral("within 2000 ms")), qPrintable(result->text()), 5000);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

void TestPacUi::testsThePacFileTheProfileNames()
{
    const QString path = m_dir->filePath(QStringLiteral("corp.pac"));
    QVERIFY(writeFile(path,
        "function FindProxyForURL(url, host) {\n"
        "    if (dnsDomainIs(host, '.intranet.example')) return 'DIRECT';\n"
        "    return 'PROXY file.example:8080';\n"
        "}\n"));
    Console console(m_dir->path());
    turnOn(console.find<QCheckBox>("useProxy"));
    turnOn(console.find<QCheckBox>("automatic"));
    type(console.field("pacUrl"), path);
    console.openTester();
    auto fromProfile = console.find<QRadioButton>("pacFromProfile");
    QVERIFY(fromProfile->text().contains(path));
    fromProfile->click();
    QVERIFY(!console.find<QPlainTextEdit>("pacSource")->isEnabled());
    QTest::mouseClick(console.button("pacTest"), Qt::LeftButton);
    QLabel *result = console.label("pacResult");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("PROXY file.example:8080")), 10000);

    type(console.field("pacTestUrl"), QStringLiteral("http://wiki.intranet.example/"));
    QTest::mouseClick(console.button("pacTest"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("DIRECT\n")), 10000);
    QCOMPARE(result->text().section(u'\n', 1),
             QStringLiteral("line 2: dnsDomainIs(\"wiki.intranet.example\", \".intranet.example\") → true (decided)"));

    // A file that is not there: the error names it.
    type(console.field("pacUrl"), m_dir->filePath(QStringLiteral("missing.pac")));
    QTest::mouseClick(console.button("pacTest"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("missing.pac")), 10000);
}

void TestPacUi::discoversThePacScriptFromADhcpLeaseAndSavesIt()
{
    const QString url = QStringLiteral("http://127.0.0.1:%1/wpad.dat").arg(m_port);
    useLease({url});
    const QString lease = m_dir->filePath(QStringLiteral("dhclient.leases"));

    Console console(m_dir->path());
    QVERIFY(!console.find<QCheckBox>("automatic")->isChecked());
    QTest::mouseClick(console.button("discoverPac"), Qt::LeftButton);
    QLabel *progress = console.label("pacDiscovery");
    QVERIFY(progress->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(console.field("pacUrl")->text(), url, 20000);
    QVERIFY(console.find<QCheckBox>("useProxy")->isChecked());
    QVERIFY(console.find<QCheckBox>("automatic")->isChecked());
    QVERIFY2(progress->text().contains(QStringLiteral("DHCP")), qPrintable(progress->text()));
    QVERIFY2(progress->text().contains(lease), qPrintable(progress->text()));
    QVERIFY(console.page()->isDirty());

    // Filled as an edit: saved only with Save, and then the profile is automatic.
    QVERIFY(!console.settings.data().activeProfile()->isAutomatic());
    QSignalSpy saved(console.page(), &ProxyPage::saved);
    QTest::mouseClick(console.button("save"), Qt::LeftButton);
    QVERIFY(saved.wait(30000));
    QCOMPARE(console.settings.data().activeProfile()->pacUrl, url);
    QVERIFY(!console.page()->isDirty());
}

void TestPacUi::listsWhatWasTriedWhenNoPacScriptIsFound()
{
    const QString missing = QStringLiteral("http://127.0.0.1:%1/missing.dat").arg(m_port);
    const QString portal = QStringLiteral("http://127.0.0.1:%1/index.html").arg(m_port);
    useLease({missing, portal});
    Console console(m_dir->path());
    QTest::mouseClick(console.button("discoverPac"), Qt::LeftButton);
    QLabel *progress = console.label("pacDiscovery");
    // After the lease's two URLs come this machine's DNS domains, if it has any (3 s each at most).
    QTRY_VERIFY_WITH_TIMEOUT(progress->text().startsWith(QStringLiteral("No PAC script was found")), 60000);
    QVERIFY2(progress->text().contains(missing), qPrintable(progress->text()));
    QVERIFY(progress->text().contains(QStringLiteral("404")));
    QVERIFY(progress->text().contains(portal));
    QVERIFY(progress->text().contains(QStringLiteral("not a PAC script")));
    QVERIFY(console.field("pacUrl")->text().isEmpty());
    QVERIFY(!console.find<QCheckBox>("automatic")->isChecked());
    QVERIFY(!console.page()->isDirty());
}

void TestPacUi::closingTheWindowStopsADiscoveryUnderWay()
{
    useLease({QStringLiteral("http://127.0.0.1:%1/slow").arg(m_origin.port())});
    auto console = std::make_unique<Console>(m_dir->path());
    QPushButton *discover = console->button("discoverPac");
    QTest::mouseClick(discover, Qt::LeftButton);
    QVERIFY(discover->text().contains(QStringLiteral("Stop")));
    QTRY_VERIFY_WITH_TIMEOUT(m_origin.connectionCount() > 0, 10000); // the fetch is under way
    QElapsedTimer clock;
    clock.start();
    console.reset();
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QTest::qWait(500); // nothing arrives for the form that is gone
}

bool TestPacUi::gnomeAvailable(QString *why)
{
    if (QStandardPaths::findExecutable(QStringLiteral("gsettings")).isEmpty()) {
        *why = QStringLiteral("gsettings is not installed (package libglib2.0-bin)");
        return false;
    }
    // Never the user's real desktop: only in a session whose config folder is a sandbox (scripts/test).
    if (qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME")
        || qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        *why = QStringLiteral(
            "needs a sandboxed D-Bus session: XDG_CONFIG_HOME and DBUS_SESSION_BUS_ADDRESS set "
            "(scripts/test does so)");
        return false;
    }
    if (!gsettings({QStringLiteral("list-schemas")}).split(u'\n').contains(ProxySchema)) {
        *why = QStringLiteral(
            "the org.gnome.system.proxy schema is not installed (package gsettings-desktop-schemas)");
        return false;
    }
    return true;
}

void TestPacUi::appliesTheActiveProfileToGnomeAfterShowingTheDiffAndRestoresIt()
{
    QString why;
    if (!gnomeAvailable(&why))
        QSKIP(qPrintable(why));
    const QString before = gsettings({QStringLiteral("list-recursively"), ProxySchema});
    QVERIFY(!before.isEmpty());

    Console console(m_dir->path());
    QVERIFY(console.label("desktopName")->text().contains(QStringLiteral("GNOME")));
    QVERIFY(!console.button("desktopRestore")->isEnabled()); // nothing applied yet
    turnOn(console.find<QCheckBox>("useProxy"));
    type(console.field("host"), QStringLiteral("desk.corp.example"));
    type(console.field("port"), QStringLiteral("3128"));
    QSignalSpy saved(console.page(), &ProxyPage::saved);
    QTest::mouseClick(console.button("save"), Qt::LeftButton);
    QVERIFY(saved.wait(30000));

    QTest::mouseClick(console.button("desktopApply"), Qt::LeftButton);
    QMessageBox *diff = openBox(console, "desktopDiff");
    QVERIFY(diff);
    QVERIFY2(diff->informativeText().contains(QStringLiteral("desk.corp.example")),
        qPrintable(diff->informativeText()));
    QVERIFY(diff->informativeText().contains(QStringLiteral("→")));
    // Nothing is written while the question is open.
    QCOMPARE(gsettings({QStringLiteral("list-recursively"), ProxySchema}), before);
    QTest::mouseClick(diff->button(QMessageBox::Ok), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(gsettings({QStringLiteral("get"), HttpSchema, QStringLiteral("host")}),
        QStringLiteral("'desk.corp.example'\n"), 20000);
    QCOMPARE(gsettings({QStringLiteral("get"), ProxySchema, QStringLiteral("mode")}),
        QStringLiteral("'manual'\n"));
    MessageBanner *banner = console.find<MessageBanner>("banner");
    QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(QStringLiteral("Changed")), 10000);
    QPushButton *restore = console.button("desktopRestore");
    QTRY_VERIFY_WITH_TIMEOUT(restore->isEnabled(), 10000);

    QTest::mouseClick(restore, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(banner->text().startsWith(QStringLiteral("Restored")), 20000);
    QCOMPARE(gsettings({QStringLiteral("list-recursively"), ProxySchema}), before);
    QTRY_VERIFY_WITH_TIMEOUT(!restore->isEnabled(), 10000);
}

void TestPacUi::importsGnomesProxyAsEditsAndAsksBeforeReplacingNoProxy()
{
    QString why;
    if (!gnomeAvailable(&why))
        QSKIP(qPrintable(why));
    const auto set = [](const QString &schema, const QString &key, const QString &value) {
        QProcess::execute(QStringLiteral("gsettings"), {QStringLiteral("set"), schema, key, value});
    };
    const auto reset = [] {
        for (const QString &schema : {ProxySchema, HttpSchema})
            QProcess::execute(QStringLiteral("gsettings"), {QStringLiteral("reset-recursively"), schema});
    };
    set(HttpSchema, QStringLiteral("host"), QStringLiteral("'import.corp.example'"));
    set(HttpSchema, QStringLiteral("port"), QStringLiteral("8088"));
    set(ProxySchema, QStringLiteral("ignore-hosts"), QStringLiteral("['localhost', '*.corp.example']"));
    set(ProxySchema, QStringLiteral("mode"), QStringLiteral("'manual'"));
    const auto tidy = qScopeGuard(reset);

    Console console(m_dir->path());
    QTest::mouseClick(console.button("desktopImport"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(console.field("host")->text(), QStringLiteral("import.corp.example"), 20000);
    QCOMPARE(console.field("port")->text(), QStringLiteral("8088"));
    QVERIFY(console.find<QCheckBox>("useProxy")->isChecked());
    QVERIFY(!console.find<QCheckBox>("automatic")->isChecked());
    QVERIFY(console.page()->isDirty());
    QVERIFY(!console.settings.data().activeProfile()->usesProxy()); // not saved by itself

    QMessageBox *question = openBox(console, "desktopNoProxy");
    QVERIFY(question);
    QVERIFY2(question->informativeText().contains(QStringLiteral("localhost,corp.example")),
        qPrintable(question->informativeText()));
    QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
    QVERIFY(console.find<MessageBanner>("banner")->text().contains(QStringLiteral("NO_PROXY")));

    QSignalSpy saved(console.page(), &ProxyPage::saved);
    QTest::mouseClick(console.button("save"), Qt::LeftButton);
    QVERIFY(saved.wait(30000));
    QCOMPARE(console.settings.data().activeProfile()->host, QStringLiteral("import.corp.example"));
    QCOMPARE(console.settings.data().activeProfile()->port, quint16(8088));
    QCOMPARE(console.settings.data().noProxy,
        (QStringList{QStringLiteral("localhost"), QStringLiteral("corp.example")}));
}

QTEST_MAIN(TestPacUi)
#include "tst_pacui.moc"
