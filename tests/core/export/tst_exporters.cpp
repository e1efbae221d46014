// Every export format against its golden file, and the rules every format keeps: no password
// without secrets, in any encoding; a profile name cannot add a line; the marked block.
#include "exporter.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QUrl>

class TestExporters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFormatMatchesItsGoldenFile_data();
    void everyFormatMatchesItsGoldenFile();
    void noFormatCarriesThePasswordWithoutSecretsInAnyEncoding();
    void everyFormatButJvmCarriesThePasswordWhenAsked();
    void aProfileNameCannotAddALineToAnyFormat();
    void onlyTheProxyUrlCarriesAPasswordReference();
    void installReplacesOnlyTheBlockAndKeepsCrLfFiles();
    void outsideBlockIsWhatTheUserWrote();
    void formatIdsAreUniqueAndFileNamesSet();
    void formatsThatTrustTheBundleSayTlsStaysOn();

private:
    static ExportInput sample(const QString &name);
};

namespace {
const QString Password = QStringLiteral("p@ss:w/rd %\"'$\\`€ x");
const QString User = QStringLiteral("dév@corp");
} // namespace

ExportInput TestExporters::sample(const QString &name)
{
    ExportInput in;
    in.profile.id = QStringLiteral("p1");
    in.profile.name = QStringLiteral("Office");
    in.profile.host = QStringLiteral("proxy.corp");
    in.profile.port = 3128;
    in.profile.username = User;
    in.profile.secretRef = QStringLiteral("keychain:ProxyDeck/profile/p1");
    in.noProxy = {QStringLiteral("localhost"), QStringLiteral(".corp"), QStringLiteral("10.0.0.0/8"),
                  QStringLiteral("*.svc.local"), QStringLiteral("::1"), QStringLiteral("db.corp:5432")};
    in.caBundlePath = QStringLiteral("/home/admin/.config/ProxyDeck/ca-bundle.pem");
    if (name == u"secrets") {
        in.includeSecrets = true;
        in.password = Password;
    } else if (name == u"ipv6-https") {
        in.profile.scheme = QStringLiteral("https");
        in.profile.host = QStringLiteral("2001:db8::5");
        in.profile.port = 8443;
        in.profile.username.clear();
        in.profile.secretRef.clear();
        in.noProxy.clear();
        in.caBundlePath.clear();
    } else if (name == u"direct") {
        in.profile.name = QStringLiteral("Home / no proxy");
        in.profile.host.clear();
        in.profile.port = 0;
        in.profile.username.clear();
        in.profile.secretRef.clear();
        in.noProxy = {QStringLiteral("localhost")};
    }
    return in;
}

void TestExporters::everyFormatMatchesItsGoldenFile_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("sampleName");
    for (const auto &exporter : Exporter::all()) {
        for (const char *name : {"auth", "secrets", "ipv6-https", "direct"})
            QTest::addRow("%s %s", qPrintable(exporter->id()), name) << exporter->id() << QString::fromLatin1(name);
    }
}

void TestExporters::everyFormatMatchesItsGoldenFile()
{
    QFETCH(QString, format);
    QFETCH(QString, sampleName);
    const QByteArray rendered = Exporter::find(format)->render(sample(sampleName));
    const QString path = QStringLiteral(PROXYDECK_GOLDEN_DIR "/") + format + u'/' + sampleName;
    if (qEnvironmentVariableIsSet("PROXYDECK_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(rendered);
        return;
    }
    QFile golden(path);
    QVERIFY2(golden.open(QIODevice::ReadOnly),
             qPrintable(path + QStringLiteral(" is missing: run with PROXYDECK_UPDATE_GOLDEN=1 and review it")));
    const QByteArray expected = golden.readAll();
    if (rendered != expected) {
        // Name the first line that differs, so the failure says what changed.
        const QList<QByteArray> got = rendered.split('\n');
        const QList<QByteArray> want = expected.split('\n');
        for (qsizetype i = 0; i < std::max(got.size(), want.size()); ++i) {
            const QByteArray a = got.value(i), b = want.value(i);
            if (a != b)
                QFAIL(qPrintable(QStringLiteral("%1 line %2:\n  got:  %3\n  want: %4")
                                     .arg(path, QString::number(i + 1), QString::fromUtf8(a), QString::fromUtf8(b))));
        }
    }
}

void TestExporters::noFormatCarriesThePasswordWithoutSecretsInAnyEncoding()
{
    // The password is at hand, but secrets were not asked for: no format may use it in any form.
    ExportInput in = sample(QStringLiteral("secrets"));
    in.includeSecrets = false;
    const QList<QByteArray> forms = {Password.toUtf8(), QUrl::toPercentEncoding(Password),
                                     (User + u':' + Password).toUtf8().toBase64(), QByteArray("w/rd"),
                                     QString(Password).replace(u'%', QStringLiteral("%%")).toUtf8()};
    for (const auto &exporter : Exporter::all()) {
        const QByteArray bytes = exporter->render(in);
        for (const QByteArray &form : forms)
            QVERIFY2(!bytes.contains(form), qPrintable(exporter->id() + QStringLiteral(" contains ") + QString::fromUtf8(form)));
        const QString notes = exporter->notes(in).join(u'\n');
        QVERIFY2(!notes.contains(Password), qPrintable(exporter->id()));
    }
}

void TestExporters::everyFormatButJvmCarriesThePasswordWhenAsked()
{
    const ExportInput in = sample(QStringLiteral("secrets"));
    for (const auto &exporter : Exporter::all()) {
        const QByteArray bytes = exporter->render(in);
        const bool carried = bytes.contains(QUrl::toPercentEncoding(Password))
            || bytes.contains((User + u':' + Password).toUtf8().toBase64())
            || bytes.contains(QString(Password).replace(u'%', QStringLiteral("%%")).toUtf8())
            || bytes.contains(QUrl::toPercentEncoding(Password).replace("%", "%%")); // systemd specifiers
        if (exporter->id() == u"jvm") // the JDK takes no proxy password from properties
            QVERIFY(!carried);
        else if (!exporter->id().endsWith(u"-reverse") && exporter->id() != u"nginx") // reverse proxies: no upstream
            QVERIFY2(carried, qPrintable(exporter->id()));
    }
}

void TestExporters::aProfileNameCannotAddALineToAnyFormat()
{
    ExportInput in = sample(QStringLiteral("auth"));
    in.profile.name = QStringLiteral("Office\ntouch /tmp/owned\r\u2028rm -rf ~");
    for (const auto &exporter : Exporter::all()) {
        const QString text = QString::fromUtf8(exporter->render(in));
        const QStringList lines = text.split(u'\n');
        for (const QString &line : lines) {
            if (line.contains(QStringLiteral("touch")))
                QVERIFY2(line.contains(QStringLiteral("“Office touch")), qPrintable(exporter->id() + u": " + line));
        }
        QVERIFY2(!text.contains(u'\r') && !text.contains(QChar(0x2028)), qPrintable(exporter->id()));
    }
}

void TestExporters::onlyTheProxyUrlCarriesAPasswordReference()
{
    // The CA bundle lies under the config folder, which the user names (--config-dir): text in it
    // that looks like the placeholder ProxyDeck once used stays text (found by
    // tests/fuzz/fuzz_shellexport, which reads the export back with /bin/sh).
    ExportInput in = sample(QStringLiteral("auth"));
    const QString folder = QChar(0xE000) + QStringLiteral("PW") + QChar(0xE000);
    in.caBundlePath = QStringLiteral("/tmp/") + folder + QStringLiteral("/ca-bundle.pem");
    for (const QString &format : {QStringLiteral("sh"), QStringLiteral("env"), QStringLiteral("fish"),
                                  QStringLiteral("powershell"), QStringLiteral("systemd-env")}) {
        const QString text = QString::fromUtf8(Exporter::find(format)->render(in));
        const QStringList caLines = text.split(u'\n').filter(QStringLiteral("REQUESTS_CA_BUNDLE"));
        QCOMPARE(caLines.size(), 1);
        QVERIFY2(caLines.constFirst().contains(in.caBundlePath), qPrintable(format + u": " + caLines.constFirst()));
        QVERIFY2(!caLines.constFirst().contains(QStringLiteral("PROXY_PASSWORD")), qPrintable(format));
    }
}

void TestExporters::installReplacesOnlyTheBlockAndKeepsCrLfFiles()
{
    const QByteArray block = Exporter::BlockBegin + "\nexport A=1\n" + Exporter::BlockEnd + '\n';
    const QByteArray file = "a\r\n" + Exporter::BlockBegin + "\r\nold\r\n" + Exporter::BlockEnd + "\r\nb\r\n";
    QCOMPARE(Exporter::installInto(file, block), QByteArray("a\r\n" + block + "b\r\n"));
    QCOMPARE(Exporter::installInto(QByteArray("no newline"), block), QByteArray("no newline\n" + block));
    QCOMPARE(Exporter::installInto(QByteArray(), block), block);
    // A begin marker without its end is not a block: nothing is cut, the block is appended.
    const QByteArray broken = Exporter::BlockBegin + "\nkeep me\n";
    QCOMPARE(Exporter::installInto(broken, block), QByteArray(broken + block));
}

void TestExporters::outsideBlockIsWhatTheUserWrote()
{
    const QByteArray file = "before\n" + Exporter::BlockBegin + "\ninside\n" + Exporter::BlockEnd + "\nafter\n";
    QCOMPARE(Exporter::outsideBlock(file), QByteArray("before\nafter\n"));
    QCOMPARE(Exporter::outsideBlock(QByteArray("plain\n")), QByteArray("plain\n"));
}

void TestExporters::formatIdsAreUniqueAndFileNamesSet()
{
    QStringList ids;
    for (const auto &exporter : Exporter::all()) {
        QVERIFY2(!ids.contains(exporter->id()), qPrintable(exporter->id()));
        ids.append(exporter->id());
        QVERIFY(!exporter->fileName().isEmpty());
        QVERIFY(!exporter->name().isEmpty());
        QCOMPARE(Exporter::find(exporter->id()), exporter);
        if (exporter->installable()) {
            const QByteArray bytes = exporter->render(sample(QStringLiteral("auth")));
            QVERIFY2(bytes.startsWith(QByteArray(Exporter::BlockBegin + '\n')) && bytes.endsWith(QByteArray(Exporter::BlockEnd + '\n')),
                     qPrintable(exporter->id()));
        }
    }
    QVERIFY(!Exporter::find(QStringLiteral("nope")));
}

void TestExporters::formatsThatTrustTheBundleSayTlsStaysOn()
{
    const ExportInput withBundle = sample(QStringLiteral("auth"));
    QVERIFY(Exporter::find(QStringLiteral("env"))->notes(withBundle).join(u' ').contains(u"NODE_TLS_REJECT_UNAUTHORIZED"));
    QVERIFY(Exporter::find(QStringLiteral("env"))->notes(sample(QStringLiteral("ipv6-https"))).isEmpty());
    for (const char *agent : {"agent-yaml", "agent-ini"}) {
        const auto exporter = Exporter::find(QString::fromLatin1(agent));
        QVERIFY(exporter->notes(withBundle).join(u' ').contains(u"skip_ssl_validation"));
        QVERIFY(exporter->render(withBundle).contains(withBundle.caBundlePath.toUtf8()));
    }
}

QTEST_GUILESS_MAIN(TestExporters)
#include "tst_exporters.moc"
