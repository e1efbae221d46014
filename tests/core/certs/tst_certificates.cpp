// CA anchors with real certificates made by openssl (tests/support/make-test-certs) and real TLS:
// an openssl s_server on loopback presents a chain from the test CA.
#include "anchorstore.h"
#include "certificateimport.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestCertificates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void inspectsSubjectValidityFingerprintAndCaFlag();
    void readsPemDerAndBundles();
    void rejectsGarbageEmptyTruncatedAndOversizedInputNamingTheFile();
    void keepsGoodCertificatesOfABundleAndReportsBadBlocksByIndex();
    void warnsAboutExpiredAndNonCaCertificates();
    void inspectsACertificateWhoseKeyDoesNotDecode();
    void storesOnePemPerCertificateWithoutDuplicates();
    void findsAndRemovesByFingerprintPrefix();
    void writesTheBundleAsSystemRootsPlusAnchors();
    void writesTrustStoreCommandsWithTheRealFileNames();
    void aTlsHandshakeFailsBeforeImportAndSucceedsAfter();
    void curlAcceptsTheServerWithTheCombinedBundle();

private:
    QString cert(const char *name) const { return m_certs.filePath(QString::fromLatin1(name)); }
    bool handshake(const QList<QSslCertificate> &trusted);

    QTemporaryDir m_certs;
    QTemporaryDir m_config;
    QProcess m_server;
    quint16 m_port = 0;
};

void TestCertificates::initTestCase()
{
    QCOMPARE(QProcess::execute(QStringLiteral(PROXYDECK_SUPPORT_DIR "/make-test-certs"), {m_certs.path()}), 0);
    // A real TLS server with the leaf and its intermediate, on a free loopback port.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    m_port = probe.serverPort();
    probe.close();
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.start(QStringLiteral("openssl"),
                   {QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                    QStringLiteral("-cert"), cert("leaf.pem"), QStringLiteral("-key"), cert("leaf.key"),
                    QStringLiteral("-cert_chain"), cert("inter.pem"), QStringLiteral("-www"), QStringLiteral("-quiet")});
    QVERIFY(m_server.waitForStarted());
    QTcpSocket ready;
    QTRY_VERIFY_WITH_TIMEOUT((ready.abort(), ready.connectToHost(QHostAddress::LocalHost, m_port), ready.waitForConnected(200)), 10000);
}

void TestCertificates::cleanupTestCase()
{
    m_server.kill();
    m_server.waitForFinished();
}

void TestCertificates::inspectsSubjectValidityFingerprintAndCaFlag()
{
    const CertificateImport root = CertificateImport::fromFile(cert("root.pem"));
    QCOMPARE(root.certificates.size(), 1);
    const CertificateInfo info = CertificateInfo::inspect(root.certificates.constFirst());
    QCOMPARE(info.subject, QStringLiteral("ProxyDeck Test Root CA (ProxyDeck Tests)"));
    QVERIFY(info.isCa);
    QVERIFY(info.selfSigned);
    QCOMPARE(info.keyType, QStringLiteral("RSA"));
    QCOMPARE(info.keyBits, 2048);
    QCOMPARE(info.signatureAlgorithm, QStringLiteral("sha256WithRSAEncryption"));
    QVERIFY(info.warnings().isEmpty());
    // The fingerprint openssl computes.
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"), cert("root.pem"), QStringLiteral("-noout"),
                                              QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
    QVERIFY(openssl.waitForFinished());
    QVERIFY2(QString::fromLatin1(openssl.readAll()).contains(info.sha256), qPrintable(info.sha256));
    QCOMPARE(info.shortId().size(), 16);
}

void TestCertificates::readsPemDerAndBundles()
{
    const CertificateImport der = CertificateImport::fromFile(cert("root.der"));
    QVERIFY(der.problems.isEmpty());
    QCOMPARE(der.certificates.size(), 1);
    QCOMPARE(der.certificates.constFirst(), CertificateImport::fromFile(cert("root.pem")).certificates.constFirst());
    const CertificateImport bundle = CertificateImport::fromFile(cert("bundle3.pem"));
    QVERIFY(bundle.problems.isEmpty());
    QCOMPARE(bundle.certificates.size(), 3);
    QByteArray withText = "Corporate proxy CA, from the intranet page:\n" + TestSupport::readFile(cert("root.pem")) + "\nthanks\n";
    QCOMPARE(CertificateImport::fromData(withText, QStringLiteral("paste")).certificates.size(), 1);
}

void TestCertificates::rejectsGarbageEmptyTruncatedAndOversizedInputNamingTheFile()
{
    const auto single = [](const CertificateImport &import) { return import.problems.size() == 1 && import.certificates.isEmpty(); };
    const CertificateImport garbage = CertificateImport::fromData("hello, not a cert", QStringLiteral("notes.txt"));
    QVERIFY(single(garbage));
    QVERIFY(garbage.problems.constFirst().message.contains(QStringLiteral("notes.txt")));
    QVERIFY(single(CertificateImport::fromData("   \n", QStringLiteral("empty.pem"))));
    QVERIFY(CertificateImport::fromData("", QStringLiteral("empty.pem")).problems.constFirst().message.contains(QStringLiteral("empty")));
    const CertificateImport truncated = CertificateImport::fromData(TestSupport::readFile(cert("root.pem")).left(300), QStringLiteral("cut.pem"));
    QVERIFY(single(truncated));
    QVERIFY(truncated.problems.constFirst().message.contains(QStringLiteral("truncated")));
    const CertificateImport huge = CertificateImport::fromData(QByteArray(CertificateImport::MaxFileSize + 1, 'A'), QStringLiteral("big.pem"));
    QVERIFY(single(huge));
    QVERIFY(huge.problems.constFirst().message.contains(QStringLiteral("big.pem")));
    QVERIFY(CertificateImport::fromFile(m_certs.filePath(QStringLiteral("missing.pem"))).problems.constFirst().message.contains(QStringLiteral("missing.pem")));
    // A URL-encoded file name ("%20") is named as it is, not taken for a placeholder.
    QCOMPARE(CertificateImport::fromData("x", QStringLiteral("corp%20ca.pem")).problems.constFirst().message,
             QStringLiteral("corp%20ca.pem is not a certificate (neither PEM nor DER)."));
    const CertificateImport cut = CertificateImport::fromData(TestSupport::readFile(cert("root.pem")).left(300), QStringLiteral("a%2b.pem"));
    QVERIFY2(cut.problems.constFirst().message.startsWith(QStringLiteral("a%2b.pem, certificate 1:")), qPrintable(cut.problems.constFirst().message));
    const CertificateImport pkcs7 = CertificateImport::fromFile(cert("root.p7b"));
    QVERIFY(single(pkcs7));
    QVERIFY(pkcs7.problems.constFirst().message.contains(QStringLiteral("openssl pkcs7 -print_certs -in root.p7b")));
}

void TestCertificates::keepsGoodCertificatesOfABundleAndReportsBadBlocksByIndex()
{
    const QByteArray root = TestSupport::readFile(cert("root.pem"));
    QByteArray broken = root;
    broken.replace(100, 20, QByteArray(20, '!'));
    const QByteArray mixed = root + broken + TestSupport::readFile(cert("inter.pem"));
    const CertificateImport import = CertificateImport::fromData(mixed, QStringLiteral("mixed.pem"));
    QCOMPARE(import.certificates.size(), 2);
    QCOMPARE(import.problems.size(), 1);
    QVERIFY2(import.problems.constFirst().message.contains(QStringLiteral("certificate 2")), qPrintable(import.problems.constFirst().message));
}

void TestCertificates::warnsAboutExpiredAndNonCaCertificates()
{
    const CertificateInfo expired = CertificateInfo::inspect(CertificateImport::fromFile(cert("expired.pem")).certificates.constFirst());
    QCOMPARE(expired.warnings().size(), 1);
    QVERIFY(expired.warnings().constFirst().contains(QStringLiteral("expired on 2021-01-01")));
    const CertificateInfo leaf = CertificateInfo::inspect(CertificateImport::fromFile(cert("leaf.pem")).certificates.constFirst());
    QVERIFY(!leaf.isCa);
    QVERIFY(leaf.warnings().constFirst().contains(QStringLiteral("not a CA")));
    const CertificateInfo root = CertificateInfo::inspect(CertificateImport::fromFile(cert("root.pem")).certificates.constFirst());
    QVERIFY(root.warnings(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC)).constFirst().contains(QStringLiteral("not valid before")));
    const CertificateInfo weak = CertificateInfo::inspect(CertificateImport::fromFile(cert("weak.pem")).certificates.constFirst());
    QCOMPARE(weak.warnings().size(), 2);
    QVERIFY(weak.warnings().at(0).contains(QStringLiteral("sha1WithRSAEncryption")));
    QVERIFY(weak.warnings().at(1).contains(QStringLiteral("1024-bit RSA")));
}

void TestCertificates::inspectsACertificateWhoseKeyDoesNotDecode()
{
    // A real certificate with one byte of its EC point changed, off the curve: OpenSSL reads the
    // certificate but not its key, and QSslCertificate::publicKey() crashed on it (found by
    // tests/fuzz/fuzz_certificateimport).
    const QByteArray pem = "-----BEGIN CERTIFICATE-----\n"
                           "MIIBPDCB4gIUYRjKgd2q/1is4ofRuaVhThVN2g8wCgYIKoZIzj0EAwIwLDEbMBkG\n"
                           "A1UEAwwSQ29ycCBJbnNwZWN0aW9uIENBMQ0wCwYDVQQKDARDb3JwMB4XDTI2MTIw\n"
                           "MTEzNTAzNVoXDTI2MTIzMTEzNTAzNVowFTETMBEGA1UEAwwKcHJveHkuY29ycDBZ\n"
                           "MBMGByqGSM49AgEGCCqGSM49AwEHA0IABBV0NROQQCouXThkIhuLizskbfe8OHVH\n"
                           "Ce7EEAZcwYG9wlp3oErUw4V2vKtUR+VuAXwEVFXDHpXdleFtbBlslLIwCgYIKoZI\n"
                           "zj0EAwIDSQAwRgIhAPCclWS1FVLPwRrCRvOzqjgWPYq6hgAzu8CmQdJw0/ZjAiEA\n"
                           "4JXWErtI0lVkVc2CeJIqpYSyX2i86I9o3oOYhhyO6Fc=\n"
                           "-----END CERTIFICATE-----\n";
    const CertificateImport import = CertificateImport::fromData(pem, QStringLiteral("offcurve.pem"));
    QCOMPARE(import.certificates.size(), 1);
    const CertificateInfo info = CertificateInfo::inspect(import.certificates.constFirst());
    QCOMPARE(info.subject, QStringLiteral("proxy.corp"));
    QCOMPARE(info.keyType, CertificateInfo::tr("other"));
    QCOMPARE(info.keyBits, 0);
    QCOMPARE(info.signatureAlgorithm, QStringLiteral("ecdsa-with-SHA256"));
}

void TestCertificates::storesOnePemPerCertificateWithoutDuplicates()
{
    QTemporaryDir config;
    AnchorStore store(config.path());
    const QSslCertificate root = CertificateImport::fromFile(cert("root.pem")).certificates.constFirst();
    QCOMPARE(store.add(root).value(), true);
    QCOMPARE(store.add(root).value(), false);
    QCOMPARE(store.add(CertificateImport::fromFile(cert("root.der")).certificates.constFirst()).value(), false);
    QCOMPARE(store.list().size(), 1);
    const QString file = store.fileOf(store.list().constFirst());
    QCOMPARE(QFileInfo(file).fileName(), CertificateInfo::inspect(root).shortId() + QStringLiteral(".pem"));
    QCOMPARE(TestSupport::readFile(file), root.toPem());
}

void TestCertificates::findsAndRemovesByFingerprintPrefix()
{
    QTemporaryDir config;
    AnchorStore store(config.path());
    for (const QSslCertificate &c : CertificateImport::fromFile(cert("bundle3.pem")).certificates)
        QVERIFY(store.add(c).ok());
    const CertificateInfo inter = CertificateInfo::inspect(CertificateImport::fromFile(cert("inter.pem")).certificates.constFirst());
    QCOMPARE(store.find(inter.sha256).value().sha256, inter.sha256);              // with colons
    QCOMPARE(store.find(inter.shortId().left(8)).value().sha256, inter.sha256);   // a prefix
    QVERIFY(!store.find(QStringLiteral("ab")).ok());                               // too short
    QVERIFY(!store.find(QStringLiteral("ffffffffff")).ok() || inter.shortId().startsWith(QStringLiteral("ffffffffff")));
    QVERIFY(store.remove(inter.shortId()).ok());
    QCOMPARE(store.list().size(), 2);
    QVERIFY(!store.remove(inter.shortId()).ok());
}

void TestCertificates::writesTheBundleAsSystemRootsPlusAnchors()
{
    QTemporaryDir config;
    AnchorStore store(config.path());
    QVERIFY(store.add(CertificateImport::fromFile(cert("root.pem")).certificates.constFirst()).ok());
    auto bundle = store.writeBundle();
    QVERIFY(bundle.ok());
    const QByteArray bytes = TestSupport::readFile(bundle.value());
    const QString system = AnchorStore::systemBundlePath();
    QVERIFY2(!system.isEmpty(), "ca-certificates is installed on Debian");
    QVERIFY(bytes.startsWith(TestSupport::readFile(system)));
    QVERIFY(bytes.endsWith(TestSupport::readFile(cert("root.pem"))));
    QCOMPARE(QFile::permissions(bundle.value()) & (QFile::ReadOther | QFile::WriteOther), QFile::Permissions());
}

void TestCertificates::writesTrustStoreCommandsWithTheRealFileNames()
{
    QTemporaryDir config;
    AnchorStore store(config.path());
    QVERIFY(store.add(CertificateImport::fromFile(cert("root.pem")).certificates.constFirst()).ok());
    const QString file = store.fileOf(store.list().constFirst());
    const QString id = store.list().constFirst().shortId();
    const QStringList debian = store.trustCommands(AnchorStore::System::Debian);
    QCOMPARE(debian, (QStringList{QStringLiteral("sudo cp '%1' /usr/local/share/ca-certificates/proxydeck-%2.crt").arg(file, id),
                                  QStringLiteral("sudo update-ca-certificates")}));
    QCOMPARE(store.trustCommands(AnchorStore::System::Rhel).last(), QStringLiteral("sudo update-ca-trust"));
    QVERIFY(store.trustCommands(AnchorStore::System::MacOs).constFirst().contains(QStringLiteral("add-trusted-cert -d -r trustRoot")));
    QVERIFY(store.trustCommands(AnchorStore::System::Windows).constFirst().startsWith(QStringLiteral("certutil -addstore -f Root")));
    QCOMPARE(AnchorStore::systemFromName(QStringLiteral("Ubuntu")), std::optional(AnchorStore::System::Debian));
    QVERIFY(!AnchorStore::systemFromName(QStringLiteral("beos")));
}

bool TestCertificates::handshake(const QList<QSslCertificate> &trusted)
{
    QSslSocket socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(trusted);
    socket.setSslConfiguration(configuration);
    socket.connectToHostEncrypted(QStringLiteral("localhost"), m_port);
    const bool ok = socket.waitForEncrypted(10000);
    socket.abort();
    return ok;
}

void TestCertificates::aTlsHandshakeFailsBeforeImportAndSucceedsAfter()
{
    QVERIFY(QSslSocket::supportsSsl());
    const QList<QSslCertificate> systemRoots = QSslConfiguration::systemCaCertificates();
    QVERIFY(!handshake(systemRoots));
    QTemporaryDir config;
    AnchorStore store(config.path());
    QVERIFY(store.add(CertificateImport::fromFile(cert("root.pem")).certificates.constFirst()).ok());
    QList<QSslCertificate> trusted = systemRoots;
    for (const CertificateInfo &anchor : store.list())
        trusted.append(anchor.certificate);
    QVERIFY(handshake(trusted));
}

void TestCertificates::curlAcceptsTheServerWithTheCombinedBundle()
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QSKIP("curl is installed by scripts/install-deps --test");
    const QString url = QStringLiteral("https://localhost:%1/").arg(m_port);
    const QStringList quiet = {QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("--max-time"),
                               QStringLiteral("10"), QStringLiteral("--noproxy"), QStringLiteral("*")};
    QTemporaryDir config;
    AnchorStore store(config.path());
    QVERIFY(store.writeBundle().ok());
    QVERIFY(QProcess::execute(QStringLiteral("curl"), quiet + QStringList{QStringLiteral("--cacert"), store.bundlePath(), url}) != 0);
    QVERIFY(store.add(CertificateImport::fromFile(cert("root.pem")).certificates.constFirst()).ok());
    QVERIFY(store.writeBundle().ok());
    QCOMPARE(QProcess::execute(QStringLiteral("curl"), quiet + QStringList{QStringLiteral("--cacert"), store.bundlePath(), url}), 0);
}

QTEST_GUILESS_MAIN(TestCertificates)
#include "tst_certificates.moc"
