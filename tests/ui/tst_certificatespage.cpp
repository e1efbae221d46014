// Dropping real certificate files on the main window, offscreen, as a file manager does
// (QMimeData with file URLs), and pasting PEM with Ctrl+V.
#include "certificatespage.h"
#include "mainwindow.h"
#include "secretstore.h"
#include "settings.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class TestCertificatesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void droppingFilesAnywhereImportsThemAndSummarises();
    void pastingPemWithCtrlVImportsIt();
    void removingAnAnchorRewritesTheBundle();

private:
    QString cert(const char *name) const { return m_certs.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_certs;
    QTemporaryDir m_config;
    std::unique_ptr<Settings> m_settings;
    SecretStore m_secrets;
    std::unique_ptr<MainWindow> m_window;
};

void TestCertificatesPage::initTestCase()
{
    QCOMPARE(QProcess::execute(QStringLiteral(PROXYDECK_SUPPORT_DIR "/make-test-certs"), {m_certs.path()}), 0);
    QFile notes(m_certs.filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("meeting notes, not a certificate");
    m_settings = std::make_unique<Settings>(m_config.filePath(QStringLiteral("settings.json")));
    m_settings->load();
    m_window = std::make_unique<MainWindow>(*m_settings, m_secrets);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestCertificatesPage::droppingFilesAnywhereImportsThemAndSummarises()
{
    auto mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(cert("root.pem")), QUrl::fromLocalFile(cert("bundle3.pem")),
                   QUrl::fromLocalFile(m_certs.filePath(QStringLiteral("notes.txt")))});
    // Onto the Proxy page's area: the whole window accepts drops.
    const QPoint where = m_window->rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("dropHint"))->isVisible());

    CertificatesPage *page = m_window->certificatesPage();
    QSignalSpy finished(page, &CertificatesPage::importFinished);
    QDropEvent drop(QPointF(where), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("dropHint"))->isVisible());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().constFirst().toString(),
             QStringLiteral("3 imported, 1 duplicate, 1 rejected: notes.txt is not a certificate (neither PEM nor DER)."));
    QVERIFY(page->isVisible()); // the window switched to the Certificates page
    QCOMPARE(page->findChild<QTableWidget *>(QStringLiteral("anchors"))->rowCount(), 3);
    QVERIFY(page->lastSummary().contains(QStringLiteral("not a CA"))); // the leaf of the bundle
    QVERIFY(TestSupport::readFile(m_config.filePath(QStringLiteral("ca-bundle.pem"))).contains(TestSupport::readFile(cert("root.pem"))));
    QCOMPARE(QDir(m_config.filePath(QStringLiteral("anchors"))).entryList(QDir::Files).size(), 3);
    delete mime;
}

void TestCertificatesPage::pastingPemWithCtrlVImportsIt()
{
    QApplication::clipboard()->setText(QString::fromLatin1("From the proxy team:\n" + TestSupport::readFile(cert("expired.pem"))));
    CertificatesPage *page = m_window->certificatesPage();
    QSignalSpy finished(page, &CertificatesPage::importFinished);
    auto list = page->findChild<QTableWidget *>(QStringLiteral("anchors"));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_V, Qt::ControlModifier);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().constFirst().toString(), QStringLiteral("1 imported, 0 duplicate, 0 rejected"));
    QVERIFY(page->lastSummary().contains(QStringLiteral("expired on 2021-01-01")));
    QCOMPARE(list->rowCount(), 4);
}

void TestCertificatesPage::removingAnAnchorRewritesTheBundle()
{
    CertificatesPage *page = m_window->certificatesPage();
    auto list = page->findChild<QTableWidget *>(QStringLiteral("anchors"));
    const int before = list->rowCount();
    QVERIFY(before > 0);
    list->selectRow(0);
    QVERIFY(!page->findChild<QTextBrowser *>(QStringLiteral("anchorDetails"))->toPlainText().isEmpty());
    page->removeSelected();
    QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), before - 1, 10000);
    QVERIFY(page->findChild<QTextBrowser *>(QStringLiteral("trustCommands"))->toPlainText().contains(QStringLiteral("update-ca-certificates")));
}

QTEST_MAIN(TestCertificatesPage)
#include "tst_certificatespage.moc"
