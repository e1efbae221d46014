// Settings that switch TLS checks off are found in every syntax they are written in.
#include "insecuretls.h"

#include <QTest>

class TestInsecureTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTlsSwitchedOff_data();
    void findsTlsSwitchedOff();
    void namesTheLineAndTheReplacement();
};

void TestInsecureTls::findsTlsSwitchedOff_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("found");
    QTest::newRow(".env") << "NODE_TLS_REJECT_UNAUTHORIZED=0" << true;
    QTest::newRow(".env quoted") << "NODE_TLS_REJECT_UNAUTHORIZED=\"0\"" << true;
    QTest::newRow("export") << "  export NODE_TLS_REJECT_UNAUTHORIZED=0" << true;
    QTest::newRow("fish") << "set -gx NODE_TLS_REJECT_UNAUTHORIZED 0" << true;
    QTest::newRow("powershell") << "$env:NODE_TLS_REJECT_UNAUTHORIZED = '0'" << true;
    QTest::newRow("check on") << "NODE_TLS_REJECT_UNAUTHORIZED=1" << false;
    QTest::newRow("ten is not zero") << "NODE_TLS_REJECT_UNAUTHORIZED=10" << false;
    QTest::newRow("commented out") << "# NODE_TLS_REJECT_UNAUTHORIZED=0" << false;
    QTest::newRow("agent yes") << "skip_ssl_validation: yes" << true;
    QTest::newRow("agent true") << "skip_ssl_validation: true" << true;
    QTest::newRow("agent no") << "skip_ssl_validation: no" << false;
    QTest::newRow("supervisor") << "command=/opt/agent/bin/agent --sslcheck=0 --log=x" << true;
    QTest::newRow("git env") << "GIT_SSL_NO_VERIFY=true" << true;
    QTest::newRow("git config") << "\tsslVerify = false" << true;
    QTest::newRow("npm") << "strict-ssl=false" << true;
    QTest::newRow("python") << "PYTHONHTTPSVERIFY=0" << true;
    QTest::newRow("apt") << "Acquire::https::Verify-Peer \"false\";" << true;
    QTest::newRow("unrelated") << "HTTPS_PROXY=http://proxy:3128" << false;
}

void TestInsecureTls::findsTlsSwitchedOff()
{
    QFETCH(QString, text);
    QFETCH(bool, found);
    QCOMPARE(!InsecureTls::scan(text).isEmpty(), found);
}

void TestInsecureTls::namesTheLineAndTheReplacement()
{
    const auto findings = InsecureTls::scan(QStringLiteral("A=1\n\nNODE_TLS_REJECT_UNAUTHORIZED=0\nskip_ssl_validation: yes\n"));
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).line, 3);
    QCOMPARE(findings.at(1).line, 4);
    const QString text = InsecureTls::describe(QStringLiteral(".env"), findings.at(0));
    QVERIFY2(text.startsWith(u".env:3: “NODE_TLS_REJECT_UNAUTHORIZED=0”"), qPrintable(text));
    QVERIFY(text.contains(u"NODE_EXTRA_CA_CERTS"));
}

QTEST_GUILESS_MAIN(TestInsecureTls)
#include "tst_insecuretls.moc"
