// Secret hygiene of the console, offscreen, with the real keyring of the test command's D-Bus
// session: a random password typed into the Proxy page's password field and saved goes to the
// keyring and nowhere else — not into a file of the configuration folder (which the save creates,
// owner-only), not into any widget once saved, not into the Diagnostics page's reports (which
// authenticate with it to an upstream that wants exactly it), and into the Export page's preview
// only while "Include the password" is checked. All along, /proc of this process and of any
// child it starts (the desktop settings bar runs gsettings) is read: the password must be in no
// command line or environment, as typed, percent-encoded or as base64(user:password).
// tst_secrethygiene does the same for the command line.
#include "basicauthproxy.h"
#include "diagnosticspage.h"
#include "exportpage.h"
#include "keyboardinput.h"
#include "mainwindow.h"
#include "proxypage.h"
#include "secretscan.h"
#include "secretstore.h"
#include "settings.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

#include <sys/stat.h>

namespace {

const QString User = QStringLiteral("hygiene");
constexpr int KeyringMs = 15000;

int modeOf(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

// "path mode" for each folder under (and including) dir that is not 0700 and each file not 0600.
QStringList notOwnerOnly(const QString &dir)
{
    QStringList wrong;
    if (modeOf(dir) != 0700)
        wrong.append(QStringLiteral("%1 %2").arg(dir).arg(modeOf(dir), 0, 8));
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const int expected = QFileInfo(path).isDir() ? 0700 : 0600;
        if (modeOf(path) != expected)
            wrong.append(QStringLiteral("%1 %2").arg(path).arg(modeOf(path), 0, 8));
    }
    return wrong;
}

} // namespace

class TestSecretHygieneUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void thePasswordTypedOnTheProxyPageGoesOnlyToTheKeyring();
    void diagnosticsAuthenticateWithItWithoutShowingIt();
    void theExportPreviewShowsItOnlyWhileAskedTo();
    void noFileAndNoProcessHoldsIt();

private:
    QStringList widgetsShowingIt() const;
    template<typename T>
    T *find(const char *name) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(name));
    }
    QString configDir() const { return m_dir.filePath(QStringLiteral("ProxyDeck")); }

    QTemporaryDir m_dir;
    QString m_password;
    std::unique_ptr<SecretScan> m_scan;
    std::unique_ptr<BasicAuthProxy> m_upstream;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
    QString m_profileId;
    QTimer m_watch;
    SecretScan::ProcessCounts m_processes;
    QStringList m_leaks;
};

void TestSecretHygieneUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_password = SecretScan::randomPassword();
    m_scan = std::make_unique<SecretScan>(User, m_password);
    m_upstream = std::make_unique<BasicAuthProxy>(User, m_password);
    QVERIFY(m_upstream->listen());

    // Every 5 ms while the tests wait (they always wait in an event loop): this process and
    // whatever it started.
    connect(&m_watch, &QTimer::timeout, this, [this] {
        for (const QString &hit : m_scan->processesHolding(QCoreApplication::applicationPid(), m_processes)) {
            if (!m_leaks.contains(hit))
                m_leaks.append(hit);
        }
    });
    m_watch.start(5);

    // A first start: the configuration folder does not exist yet.
    QVERIFY(!QFile::exists(configDir()));
    m_settings = std::make_unique<Settings>(configDir() + QStringLiteral("/settings.json"));
    m_settings->load();
    m_secrets = std::make_unique<SecretStore>();
    m_window = std::make_unique<MainWindow>(*m_settings, *m_secrets);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSecretHygieneUi::cleanupTestCase()
{
    m_window.reset();
    if (!m_profileId.isEmpty()) {
        bool removed = false;
        m_secrets->remove(QStringLiteral("profile/") + m_profileId, this, [&](const SecretOutcome &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, KeyringMs);
    }
}

QStringList TestSecretHygieneUi::widgetsShowingIt() const
{
    QStringList hits;
    const auto check = [&](const QWidget *widget, const QString &text) {
        if (const QStringList forms = m_scan->formsIn(text.toUtf8()); !forms.isEmpty())
            hits.append(QStringLiteral("%1 “%2”: %3").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                          widget->objectName(), forms.join(u", ")));
    };
    for (const QWidget *widget : QApplication::allWidgets()) {
        check(widget, widget->toolTip());
        check(widget, widget->windowTitle());
        check(widget, widget->accessibleName());
        if (auto edit = qobject_cast<const QLineEdit *>(widget))
            check(widget, edit->text());
        else if (auto label = qobject_cast<const QLabel *>(widget))
            check(widget, label->text());
        else if (auto plain = qobject_cast<const QPlainTextEdit *>(widget))
            check(widget, plain->toPlainText());
        else if (auto rich = qobject_cast<const QTextEdit *>(widget))
            check(widget, rich->toPlainText());
    }
    return hits;
}

void TestSecretHygieneUi::thePasswordTypedOnTheProxyPageGoesOnlyToTheKeyring()
{
    m_window->showPage(QStringLiteral("proxy"));
    turnOn(find<QCheckBox>("useProxy"));
    type(find<QLineEdit>("host"), QStringLiteral("127.0.0.1"));
    type(find<QLineEdit>("port"), QString::number(m_upstream->port()));
    type(find<QLineEdit>("username"), User);
    type(find<QLineEdit>("password"), m_password);
    QSignalSpy saved(m_window->proxyPage(), &ProxyPage::saved);
    QTest::mouseClick(find<QPushButton>("save"), Qt::LeftButton);
    QVERIFY(saved.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("passwordState")->text().contains(QStringLiteral("Stored in keychain")), KeyringMs);
    m_profileId = m_window->proxyPage()->selectedProfileId();

    const QString listed = TestSupport::secretToolSearch(QStringLiteral("user"), QStringLiteral("profile/") + m_profileId);
    QVERIFY2(listed.contains(QStringLiteral("secret = ") + m_password), "the keyring does not hold the password typed");
    QCOMPARE(m_scan->filesUnder(m_dir.path()), QStringList());
    // The save made the folder: owner-only, as the file.
    QCOMPARE(notOwnerOnly(configDir()), QStringList());
    // Saved, the field is cleared: no widget shows it any more.
    QCOMPARE(widgetsShowingIt(), QStringList());
}

void TestSecretHygieneUi::diagnosticsAuthenticateWithItWithoutShowingIt()
{
    const int acceptedBefore = m_upstream->acceptedCount();
    DiagnosticsPage *page = m_window->diagnosticsPage();
    m_window->showPage(QStringLiteral("diagnostics"));
    QSignalSpy finished(page, &DiagnosticsPage::runFinished);
    page->run(QStringLiteral("http://127.0.0.1:9/from-the-console"));
    QVERIFY(finished.wait(30000));
    QCOMPARE(page->reports().size(), 1);
    QVERIFY2(page->reports().first().passed(), qPrintable(page->copyText()));
    QCOMPARE(m_upstream->acceptedCount(), acceptedBefore + 1);
    QCOMPARE(m_scan->formsIn(page->copyText().toUtf8()), QStringList());
    QCOMPARE(m_scan->formsIn(page->copyJson().toUtf8()), QStringList());
    QCOMPARE(widgetsShowingIt(), QStringList());
}

void TestSecretHygieneUi::theExportPreviewShowsItOnlyWhileAskedTo()
{
    ExportPage *page = m_window->exportPage();
    m_window->showPage(QStringLiteral("export"));
    auto formats = find<QComboBox>("exportFormat");
    QVERIFY(formats->count() >= 19);
    for (int i = 0; i < formats->count(); ++i) {
        page->selectFormat(formats->itemData(i).toString());
        QVERIFY2(!page->preview().isEmpty(), qPrintable(formats->itemData(i).toString()));
        QVERIFY2(m_scan->formsIn(page->preview().toUtf8()).isEmpty(), qPrintable(formats->itemData(i).toString()));
    }
    // Asked for: there, read from the keychain (which also shows the check would see it) ...
    page->selectFormat(QStringLiteral("env"));
    find<QCheckBox>("includeSecrets")->click();
    QTRY_VERIFY_WITH_TIMEOUT(page->preview().contains(m_scan->percentEncoded()), KeyringMs);
    // ... and gone again once unchecked.
    find<QCheckBox>("includeSecrets")->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_scan->formsIn(page->preview().toUtf8()), QStringList(), 5000);
    QCOMPARE(widgetsShowingIt(), QStringList());
}

void TestSecretHygieneUi::noFileAndNoProcessHoldsIt()
{
    m_window->close();
    QTest::qWait(200);
    QStringList hits = m_scan->filesUnder(m_dir.path());
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        if (const QString folder = qEnvironmentVariable(variable); !folder.isEmpty())
            hits += m_scan->filesUnder(folder);
    }
    QCOMPARE(hits, QStringList());
    QCOMPARE(notOwnerOnly(configDir()), QStringList());
    m_watch.stop();
    qInfo("/proc read %d times over %lld processes (this one and its children)", m_processes.snapshots,
          static_cast<long long>(m_processes.seen.size()));
    QVERIFY(m_processes.snapshots > 10);
    QVERIFY2(m_leaks.isEmpty(), qPrintable(m_leaks.join(u'\n')));
}

QTEST_MAIN(TestSecretHygieneUi)
#include "tst_secrethygieneui.moc"
