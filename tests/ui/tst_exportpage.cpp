// The Export page driven offscreen with the real keyring: a live preview that follows the settings,
// the password only while asked for, files written owner-only, and a block installed into a profile
// with a warning for the user's own lines that turn TLS checking off.
#include "anchorstore.h"
#include "exportpage.h"
#include "messagebanner.h"
#include "secretstore.h"
#include "settings.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class TestExportPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void previewFollowsEverySettingsChange();
    void includesThePasswordOnlyWhileChecked();
    void savesTheShownExportOwnerOnly();
    void installsTheBlockKeepingTheRestAndWarnsAboutTls();
    void installIsOnlyOfferedForBlockFormats();
    void anchorsAddTheCaBundleVariables();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ExportPage> m_page;
    QString m_secret;
};

void TestExportPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.json")));
    m_settings->load();
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("ProxyDeckTest"));
    m_secret = TestSupport::uniqueSecret() + QStringLiteral(" @:%");
    ProxyProfile profile = *m_settings->data().activeProfile();
    profile.host = QStringLiteral("proxy.corp");
    profile.port = 3128;
    profile.username = QStringLiteral("bob");
    bool stored = false;
    m_secrets->write(profile.secretKey(), m_secret, this, [&](const SecretOutcome &outcome) { stored = outcome.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(stored, 15000);
    profile.secretRef = m_secrets->referenceFor(profile.secretKey());
    QVERIFY(m_settings->updateProfile(profile));
    m_page = std::make_unique<ExportPage>(*m_settings, *m_secrets);
    m_page->show();
}

void TestExportPage::cleanup()
{
    bool removed = false;
    m_secrets->remove(m_settings->data().activeProfile()->secretKey(), this, [&](const SecretOutcome &) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    m_page.reset();
}

void TestExportPage::previewFollowsEverySettingsChange()
{
    m_page->selectFormat(QStringLiteral("sh"));
    QVERIFY(m_page->preview().contains(QStringLiteral("export HTTPS_PROXY=\"http://bob:${PROXY_PASSWORD}@proxy.corp:3128\"")));
    ProxyProfile profile = *m_settings->data().activeProfile();
    profile.port = 8080;
    QVERIFY(m_settings->updateProfile(profile));
    QVERIFY(m_page->preview().contains(QStringLiteral("@proxy.corp:8080\"")));
    m_settings->setNoProxy({QStringLiteral(".corp"), QStringLiteral("10.0.0.0/8")});
    QVERIFY(m_page->preview().contains(QStringLiteral("export NO_PROXY=\".corp,10.0.0.0/8\"")));
    m_page->selectFormat(QStringLiteral("git"));
    QVERIFY(m_page->preview().contains(QStringLiteral("[http \"https://*.corp\"]")));
    QVERIFY(!m_page->preview().contains(m_secret));
    auto notes = m_page->findChild<QLabel *>(QStringLiteral("exportNotes"));
    QVERIFY(notes->text().contains(QStringLiteral("not included")));
}

void TestExportPage::includesThePasswordOnlyWhileChecked()
{
    m_page->selectFormat(QStringLiteral("env"));
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(m_secret));
    auto warning = m_page->findChild<QLabel *>(QStringLiteral("secretsWarning"));
    QVERIFY(warning->isHidden());
    m_page->findChild<QCheckBox *>(QStringLiteral("includeSecrets"))->click();
    QVERIFY(warning->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->preview().contains(encoded), 15000);
    m_page->findChild<QCheckBox *>(QStringLiteral("includeSecrets"))->click();
    QVERIFY(!m_page->preview().contains(encoded));
    QVERIFY(m_page->preview().contains(QStringLiteral("${PROXY_PASSWORD}")));
}

void TestExportPage::savesTheShownExportOwnerOnly()
{
    m_page->selectFormat(QStringLiteral("agent-yaml"));
    QSignalSpy written(m_page.get(), &ExportPage::fileWritten);
    const QString path = m_dir->filePath(QStringLiteral("out/agent.yaml"));
    m_page->saveTo(path);
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 10000);
    QVERIFY(written.first().at(1).toBool());
    QCOMPARE(QString::fromUtf8(TestSupport::readFile(path)), m_page->preview());
    QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());
    // A folder that cannot be created is an error on the banner, not a crash or a silent loss.
    m_page->saveTo(QStringLiteral("/proc/proxydeck/agent.yaml"));
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), 2, 10000);
    QVERIFY(!written.last().at(1).toBool());
    QCOMPARE(m_page->findChild<MessageBanner *>(QStringLiteral("exportBanner"))->kind(), MessageBanner::Kind::Error);
}

void TestExportPage::installsTheBlockKeepingTheRestAndWarnsAboutTls()
{
    m_page->selectFormat(QStringLiteral("sh"));
    const QString path = m_dir->filePath(QStringLiteral(".profile"));
    const QByteArray mine = "alias ll='ls -l'\nexport NODE_TLS_REJECT_UNAUTHORIZED=0\n";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(mine);
    file.close();
    QSignalSpy written(m_page.get(), &ExportPage::fileWritten);
    m_page->installInto(path);
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 10000);
    QCOMPARE(TestSupport::readFile(path), QByteArray(mine + m_page->preview().toUtf8()));
    QCOMPARE(TestSupport::readFile(path + QStringLiteral(".proxydeck-backup")), mine);
    auto banner = m_page->findChild<MessageBanner *>(QStringLiteral("exportBanner"));
    QCOMPARE(banner->kind(), MessageBanner::Kind::Warning);
    QVERIFY2(banner->text().contains(path + QStringLiteral(":2:")), qPrintable(banner->text()));
}

void TestExportPage::installIsOnlyOfferedForBlockFormats()
{
    auto install = m_page->findChild<QPushButton *>(QStringLiteral("installExport"));
    m_page->selectFormat(QStringLiteral("fish"));
    QVERIFY(install->isEnabled());
    m_page->selectFormat(QStringLiteral("docker"));
    QVERIFY(!install->isEnabled());
}

void TestExportPage::anchorsAddTheCaBundleVariables()
{
    QTemporaryDir certs;
    QCOMPARE(QProcess::execute(QStringLiteral(PROXYDECK_SUPPORT_DIR "/make-test-certs"), {certs.path()}), 0);
    m_page->selectFormat(QStringLiteral("env"));
    QVERIFY(!m_page->preview().contains(QStringLiteral("REQUESTS_CA_BUNDLE")));
    AnchorStore store(m_dir->path());
    const auto root = QSslCertificate::fromPath(certs.filePath(QStringLiteral("root.pem")));
    QCOMPARE(root.size(), 1);
    QVERIFY(store.add(root.first()));
    m_page->hide();
    m_page->show(); // coming back to the page looks at the anchors again
    QTRY_VERIFY_WITH_TIMEOUT(m_page->preview().contains(QStringLiteral("REQUESTS_CA_BUNDLE=\"%1\"").arg(store.bundlePath())), 10000);
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("exportNotes"))->text().contains(QStringLiteral("NODE_TLS_REJECT_UNAUTHORIZED")));
}

QTEST_MAIN(TestExportPage)
#include "tst_exportpage.moc"
