// The Proxy page driven like a user would, offscreen, with the real keyring of the test
// command's D-Bus session. Built twice: tst_proxypage and tst_proxypage_nokeyring
// (PROXYDECK_EXPECT_NO_KEYRING, run with an unreachable session bus).
#include "keyboardinput.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "proxypage.h"
#include "secretstore.h"
#include "settings.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// One open console on a config folder: settings, keychain and window, as app/main.cpp builds them.
struct Console
{
    explicit Console(const QString &dir)
        : settings(dir + QStringLiteral("/settings.json"))
    {
        settings.load();
        window = std::make_unique<MainWindow>(settings, secrets);
        window->show();
    }

    template<typename T>
    T *find(const char *name) const
    {
        return window->findChild<T *>(QString::fromLatin1(name));
    }
    QLineEdit *field(const char *name) const { return find<QLineEdit>(name); }
    ProxyPage *page() const { return window->proxyPage(); }

    Settings settings;
    SecretStore secrets;
    std::unique_ptr<MainWindow> window;
};


} // namespace

class TestProxyPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
#ifndef PROXYDECK_EXPECT_NO_KEYRING
    void savesFieldsToTheFileAndThePasswordOnlyToTheKeyring();
    void showsInvalidFieldsInlineAndRefusesToSave();
    void splitsAPastedUrlIntoTheFields();
    void revertGoesBackToWhatWasSaved();
    void managesProfilesFromTheSelector();
    void importsTheProxyFromTheEnvironment();
    void showsADamagedSettingsFileInTheBanner();
#else
    void savesTheOtherFieldsAndSaysWhatToInstallWithoutAKeychain();
#endif

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProxyPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

#ifndef PROXYDECK_EXPECT_NO_KEYRING
void TestProxyPage::savesFieldsToTheFileAndThePasswordOnlyToTheKeyring()
{
    const QString secret = TestSupport::uniqueSecret();
    QString profileId;
    {
        Console console(m_dir->path());
        QVERIFY(!console.window->isWindowModified());
        turnOn(console.find<QCheckBox>("useProxy"));
        type(console.field("host"), QStringLiteral("proxy.corp.example"));
        type(console.field("port"), QStringLiteral("3128"));
        type(console.field("username"), QStringLiteral("alice"));
        type(console.field("password"), secret);
        QVERIFY(console.window->isWindowModified());
        QVERIFY(console.window->windowTitle().contains(QStringLiteral("ProxyDeck")));

        QSignalSpy saved(console.page(), &ProxyPage::saved);
        QTest::mouseClick(console.find<QPushButton>("save"), Qt::LeftButton);
        QVERIFY(saved.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(console.find<QLabel>("passwordState")->text().contains(QStringLiteral("Stored in keychain")), 10000);
        QVERIFY(!console.window->isWindowModified());
        QVERIFY(console.field("password")->text().isEmpty());
        profileId = console.page()->selectedProfileId();
    }

    const QString listed = TestSupport::secretToolSearch(QStringLiteral("user"), QStringLiteral("profile/") + profileId);
    QVERIFY2(listed.contains(QStringLiteral("secret = ") + secret), qPrintable(listed));
    QCOMPARE(TestSupport::filesContaining(m_dir->path(), secret), QStringList());

    // Reopened: the same values, and the keychain confirms the password.
    Console reopened(m_dir->path());
    QVERIFY(reopened.find<QCheckBox>("useProxy")->isChecked());
    QCOMPARE(reopened.field("host")->text(), QStringLiteral("proxy.corp.example"));
    QCOMPARE(reopened.field("port")->text(), QStringLiteral("3128"));
    QCOMPARE(reopened.field("username")->text(), QStringLiteral("alice"));
    QVERIFY(reopened.field("password")->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(reopened.find<QLabel>("passwordState")->text().contains(QStringLiteral("Stored in keychain")), 10000);

    // Remove it again through the page, which also tidies the keyring for the next run.
    QSignalSpy saved(reopened.page(), &ProxyPage::saved);
    QTest::mouseClick(reopened.find<QPushButton>("removePassword"), Qt::LeftButton);
    QVERIFY(saved.wait(30000));
    QVERIFY(!TestSupport::secretToolSearch(QStringLiteral("user"), QStringLiteral("profile/") + profileId).contains(secret));
    QVERIFY(!TestSupport::readFile(m_dir->filePath(QStringLiteral("settings.json"))).contains("secretRef"));
}

void TestProxyPage::showsInvalidFieldsInlineAndRefusesToSave()
{
    Console console(m_dir->path());
    turnOn(console.find<QCheckBox>("useProxy"));
    type(console.field("host"), QStringLiteral("proxy.corp"));
    type(console.field("port"), QStringLiteral("70000"));
    QLabel *portError = console.find<QLabel>("portError");
    QVERIFY(portError->isVisible());
    QVERIFY(portError->text().contains(QStringLiteral("65535")));
    type(console.field("host"), QStringLiteral("bad_host"));
    QVERIFY(console.find<QLabel>("hostError")->text().contains(QStringLiteral("_")));

    QTest::mouseClick(console.find<QPushButton>("save"), Qt::LeftButton);
    MessageBanner *banner = console.find<MessageBanner>("banner");
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().startsWith(QStringLiteral("Not saved")));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("settings.json"))));

    type(console.field("port"), QStringLiteral("8080"));
    QVERIFY(!portError->isVisible());
}

void TestProxyPage::splitsAPastedUrlIntoTheFields()
{
    Console console(m_dir->path());
    QLineEdit *host = console.field("host");
    turnOn(console.find<QCheckBox>("useProxy"));
    host->setFocus();
    host->insert(QStringLiteral("https://carol:s%40cret@Proxy.Corp:3129")); // a paste
    QCOMPARE(host->text(), QStringLiteral("proxy.corp"));
    QCOMPARE(console.field("port")->text(), QStringLiteral("3129"));
    QCOMPARE(console.field("username")->text(), QStringLiteral("carol"));
    QCOMPARE(console.field("password")->text(), QStringLiteral("s@cret"));
    QCOMPARE(console.find<QComboBox>("scheme")->currentData().toString(), QStringLiteral("https"));
    QVERIFY(console.find<MessageBanner>("banner")->text().contains(QStringLiteral("keychain")));
}

void TestProxyPage::revertGoesBackToWhatWasSaved()
{
    Console console(m_dir->path());
    turnOn(console.find<QCheckBox>("useProxy"));
    type(console.field("host"), QStringLiteral("first.corp"));
    type(console.field("port"), QStringLiteral("3128"));
    QSignalSpy saved(console.page(), &ProxyPage::saved);
    console.page()->save();
    QVERIFY(saved.wait(30000));
    type(console.field("host"), QStringLiteral("second.corp"));
    QVERIFY(console.page()->isDirty());
    QTest::mouseClick(console.find<QPushButton>("revert"), Qt::LeftButton);
    QCOMPARE(console.field("host")->text(), QStringLiteral("first.corp"));
    QVERIFY(!console.page()->isDirty());
    QVERIFY(!console.window->isWindowModified());
}

void TestProxyPage::managesProfilesFromTheSelector()
{
    Console console(m_dir->path());
    QComboBox *profiles = console.find<QComboBox>("profiles");
    QCOMPARE(profiles->count(), 1);
    QVERIFY(profiles->currentText().endsWith(QStringLiteral("(active)")));

    QSignalSpy saved(console.page(), &ProxyPage::saved);
    QVERIFY(console.page()->addProfile(QStringLiteral("Office")));
    QVERIFY(saved.wait(30000));
    QCOMPARE(profiles->count(), 2);
    QCOMPARE(profiles->currentText(), QStringLiteral("Office"));
    QVERIFY(!console.page()->addProfile(QStringLiteral("office")));
    QVERIFY(console.find<MessageBanner>("banner")->text().contains(QStringLiteral("already exists")));

    QVERIFY(console.page()->duplicateProfile(QStringLiteral("Office 2")));
    QVERIFY(saved.wait(30000));
    QCOMPARE(profiles->count(), 3);
    QPushButton *activate = console.find<QPushButton>("activate");
    QVERIFY(activate->isEnabled());
    QTest::mouseClick(activate, Qt::LeftButton);
    QVERIFY(saved.wait(30000));
    QCOMPARE(profiles->currentText(), QStringLiteral("Office 2 (active)"));
    QVERIFY(!activate->isEnabled());

    Settings reread(m_dir->filePath(QStringLiteral("settings.json")));
    reread.load();
    QCOMPARE(reread.data().profiles.size(), 3);
    QCOMPARE(reread.data().activeProfile()->name, QStringLiteral("Office 2"));
}

void TestProxyPage::importsTheProxyFromTheEnvironment()
{
    qputenv("https_proxy", "http://dave@import.corp:8081");
    qputenv("no_proxy", "localhost,.corp");
    Console console(m_dir->path());
    QTest::mouseClick(console.find<QPushButton>("importEnvironment"), Qt::LeftButton);
    qunsetenv("https_proxy");
    qunsetenv("no_proxy");
    QVERIFY(console.find<QCheckBox>("useProxy")->isChecked());
    QCOMPARE(console.field("host")->text(), QStringLiteral("import.corp"));
    QCOMPARE(console.field("port")->text(), QStringLiteral("8081"));
    QCOMPARE(console.field("username")->text(), QStringLiteral("dave"));
    QVERIFY(console.find<MessageBanner>("banner")->text().contains(QStringLiteral("localhost,.corp")));
    QSignalSpy saved(console.page(), &ProxyPage::saved);
    console.page()->save();
    QVERIFY(saved.wait(30000));
    QCOMPARE(console.settings.data().noProxy, (QStringList{QStringLiteral("localhost"), QStringLiteral(".corp")}));
}

void TestProxyPage::showsADamagedSettingsFileInTheBanner()
{
    const QString path = m_dir->filePath(QStringLiteral("settings.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    Console console(m_dir->path());
    MessageBanner *banner = console.find<MessageBanner>("banner");
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
    QVERIFY(banner->text().contains(path));
    QVERIFY(banner->text().contains(path + QStringLiteral(".bak")));
    QCOMPARE(console.find<QComboBox>("profiles")->count(), 1);
}
#else
void TestProxyPage::savesTheOtherFieldsAndSaysWhatToInstallWithoutAKeychain()
{
    const QString secret = TestSupport::uniqueSecret();
    Console console(m_dir->path());
    QTRY_COMPARE_WITH_TIMEOUT(console.secrets.state(), SecretStore::State::Unavailable, 15000); // the start-up probe
    MessageBanner *banner = console.find<MessageBanner>("banner");
    QVERIFY(banner->text().contains(QStringLiteral("gnome-keyring")));
    QVERIFY(console.find<QLabel>("passwordState")->text().contains(QStringLiteral("unavailable")));

    turnOn(console.find<QCheckBox>("useProxy"));
    type(console.field("host"), QStringLiteral("proxy.corp"));
    type(console.field("port"), QStringLiteral("3128"));
    type(console.field("password"), secret);
    banner->clear();
    QSignalSpy saved(console.page(), &ProxyPage::saved);
    QTest::mouseClick(console.find<QPushButton>("save"), Qt::LeftButton);
    QVERIFY(saved.wait(30000));
    QCOMPARE(banner->kind(), MessageBanner::Kind::Warning);
    QVERIFY2(banner->text().contains(QStringLiteral("gnome-keyring")), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("other settings were")));
    QCOMPARE(console.field("password")->text(), secret); // kept for a retry, never written
    QCOMPARE(TestSupport::filesContaining(m_dir->path(), secret), QStringList());

    Settings reread(m_dir->filePath(QStringLiteral("settings.json")));
    reread.load();
    QCOMPARE(reread.data().activeProfile()->host, QStringLiteral("proxy.corp"));
    QVERIFY(!reread.data().activeProfile()->hasStoredPassword());
}
#endif

QTEST_MAIN(TestProxyPage)
#include "tst_proxypage.moc"
