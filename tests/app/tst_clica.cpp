// proxydeck ca …, run as the real binary on certificates made by openssl.
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliCa : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importsReportsAndKeepsGoodCertificates();
    void showsRemovesAndWritesTheBundle();
    void printsTrustStoreCommands();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run proxydeck(const QStringList &arguments, const QByteArray &input = {});
    QString cert(const char *name) const { return m_certs.filePath(QString::fromLatin1(name)); }

    QTemporaryDir m_certs;
    QTemporaryDir m_config;
};

void TestCliCa::initTestCase()
{
    QCOMPARE(QProcess::execute(QStringLiteral(PROXYDECK_SUPPORT_DIR "/make-test-certs"), {m_certs.path()}), 0);
}

TestCliCa::Run TestCliCa::proxydeck(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(PROXYDECK_BINARY), arguments + QStringList{QStringLiteral("--config-dir"), m_config.path()});
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        process.kill();
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void TestCliCa::importsReportsAndKeepsGoodCertificates()
{
    QFile garbage(m_certs.filePath(QStringLiteral("notes.txt")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("not a certificate");
    garbage.close();
    const Run run = proxydeck({QStringLiteral("ca"), QStringLiteral("import"), cert("root.pem"), cert("root.der"), cert("bundle3.pem"),
                               garbage.fileName()});
    QCOMPARE(run.exitCode, 1); // something was rejected …
    QVERIFY(run.out.contains(QStringLiteral("3 imported, 2 duplicate, 1 rejected")));
    QVERIFY(run.err.contains(QStringLiteral("notes.txt is not a certificate")));
    QVERIFY(run.err.contains(QStringLiteral("not a CA"))); // the leaf in the bundle
    const QJsonArray list = QJsonDocument::fromJson(proxydeck({QStringLiteral("ca"), QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8()).array();
    QCOMPARE(list.size(), 3); // … and the good ones kept

    const Run pasted = proxydeck({QStringLiteral("ca"), QStringLiteral("import"), QStringLiteral("-")},
                                 "copied from a wiki:\n" + TestSupport::readFile(cert("expired.pem")));
    QCOMPARE(pasted.exitCode, 0);
    QVERIFY(pasted.err.contains(QStringLiteral("expired on 2021-01-01")));
}

void TestCliCa::showsRemovesAndWritesTheBundle()
{
    const QJsonArray list = QJsonDocument::fromJson(proxydeck({QStringLiteral("ca"), QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8()).array();
    QVERIFY(!list.isEmpty());
    const QString id = list.at(0).toObject().value(QStringLiteral("id")).toString();
    const Run show = proxydeck({QStringLiteral("ca"), QStringLiteral("show"), id.left(8)});
    QCOMPARE(show.exitCode, 0);
    QVERIFY(show.out.contains(list.at(0).toObject().value(QStringLiteral("sha256")).toString()));

    const QString copy = m_config.filePath(QStringLiteral("export/corp-bundle.pem"));
    const Run bundle = proxydeck({QStringLiteral("ca"), QStringLiteral("bundle"), QStringLiteral("--output"), copy});
    QCOMPARE(bundle.exitCode, 0);
    const QByteArray bytes = TestSupport::readFile(copy);
    QVERIFY(bytes.contains(TestSupport::readFile(cert("root.pem"))));
    QCOMPARE(bytes, TestSupport::readFile(m_config.filePath(QStringLiteral("ca-bundle.pem"))));

    QCOMPARE(proxydeck({QStringLiteral("ca"), QStringLiteral("remove"), id}).exitCode, 0);
    QCOMPARE(proxydeck({QStringLiteral("ca"), QStringLiteral("remove"), id}).exitCode, 2);
    const QByteArray after = TestSupport::readFile(m_config.filePath(QStringLiteral("ca-bundle.pem")));
    QVERIFY(!after.contains(list.at(0).toObject().value(QStringLiteral("sha256")).toString().toLatin1()));
}

void TestCliCa::printsTrustStoreCommands()
{
    const Run debian = proxydeck({QStringLiteral("ca"), QStringLiteral("trust-commands"), QStringLiteral("--os"), QStringLiteral("debian")});
    QCOMPARE(debian.exitCode, 0);
    QVERIFY(debian.out.contains(QStringLiteral("/usr/local/share/ca-certificates/proxydeck-")));
    QVERIFY(debian.out.trimmed().endsWith(QStringLiteral("sudo update-ca-certificates")));
    QCOMPARE(proxydeck({QStringLiteral("ca"), QStringLiteral("trust-commands"), QStringLiteral("--os"), QStringLiteral("plan9")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliCa)
#include "tst_clica.moc"
