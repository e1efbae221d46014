// export run as the real binary, with the password in the real keyring: left out by default,
// included only when asked (never onto a terminal), installed as a block with a warning for the
// lines around it that turn TLS checking off.
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class TestCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsEveryFormat();
    void leavesThePasswordOutAndSaysHow();
    void includesThePasswordOnlyWhenAskedAndWritesOwnerOnly();
    void refusesToPrintThePasswordOnATerminal();
    void installsTheBlockAndNamesLinesThatTurnTlsOff();
    void refusesUsageErrorsWithExitTwo();
    void importEnvWarnsAboutTlsSwitchedOff();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run proxydeck(const QStringList &arguments, const QByteArray &input = {},
                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_secret;
};

void TestCliExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_secret = TestSupport::uniqueSecret() + QStringLiteral("@:/ %\"'$");
    QCOMPARE(proxydeck({QStringLiteral("set"), QStringLiteral("--host"), QStringLiteral("http://proxy.corp:3128"),
                        QStringLiteral("--user"), QStringLiteral("bob")}).exitCode, 0);
    const Run stored = proxydeck({QStringLiteral("set"), QStringLiteral("--password-stdin")}, m_secret.toUtf8() + '\n');
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
}

void TestCliExport::cleanup()
{
    // The keyring entry goes with the profile's test folder.
    proxydeck({QStringLiteral("set"), QStringLiteral("--no-password")});
}

TestCliExport::Run TestCliExport::proxydeck(const QStringList &arguments, const QByteArray &input,
                                            const QProcessEnvironment &environment)
{
    QProcess process;
    QProcessEnvironment env = environment;
    env.remove(QStringLiteral("PROXYDECK_CONFIG_DIR"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PROXYDECK_BINARY), arguments + QStringList{QStringLiteral("--config-dir"), m_dir->path()});
    if (!input.isNull())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        process.kill();
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void TestCliExport::listsEveryFormat()
{
    const Run run = proxydeck({QStringLiteral("export"), QStringLiteral("--list")});
    QCOMPARE(run.exitCode, 0);
    for (const char *id : {"env", "sh", "fish", "powershell", "systemd-env", "git", "npm", "pip", "apt", "jvm", "docker",
                           "docker-daemon", "agent-yaml", "agent-ini"})
        QVERIFY2(run.out.contains(QStringLiteral("\n%1 ").arg(QString::fromLatin1(id))) || run.out.startsWith(QString::fromLatin1(id) + u' '), id);
}

void TestCliExport::leavesThePasswordOutAndSaysHow()
{
    const Run run = proxydeck({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("sh")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("http://bob:${PROXY_PASSWORD}@proxy.corp:3128")));
    QVERIFY(!run.out.contains(m_secret) && !run.out.contains(QString::fromLatin1(QUrl::toPercentEncoding(m_secret))));
    QVERIFY(!run.err.contains(m_secret));
    QVERIFY2(run.err.contains(QStringLiteral("--include-secrets")), qPrintable(run.err));
}

void TestCliExport::includesThePasswordOnlyWhenAskedAndWritesOwnerOnly()
{
    const QString path = m_dir->filePath(QStringLiteral("out/proxy.env"));
    const Run run = proxydeck({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("env"),
                               QStringLiteral("--include-secrets"), QStringLiteral("--output"), path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(TestSupport::readFile(path).contains(QUrl::toPercentEncoding(m_secret)));
    QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFileDevice::Permissions());
    // Piped (not a terminal), the password may go to standard output when asked for.
    const Run piped = proxydeck({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("sh"), QStringLiteral("--include-secrets")});
    QCOMPARE(piped.exitCode, 0);
    QVERIFY(piped.out.contains(QString::fromLatin1(QUrl::toPercentEncoding(m_secret))));
}

void TestCliExport::refusesToPrintThePasswordOnATerminal()
{
    // util-linux's script(1) gives the command a real pseudo-terminal as its standard output.
    if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
        QSKIP("script (util-linux) is not installed");
    const QString command = QStringLiteral("'%1' export --format sh --include-secrets --config-dir '%2'; echo \"exit=$?\"")
                                .arg(QStringLiteral(PROXYDECK_BINARY), m_dir->path());
    QProcess process;
    process.start(QStringLiteral("script"), {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    const QString screen = QString::fromUtf8(process.readAll());
    QVERIFY2(screen.contains(QStringLiteral("exit=2")), qPrintable(screen));
    QVERIFY(screen.contains(QStringLiteral("terminal")));
    QVERIFY(!screen.contains(QString::fromLatin1(QUrl::toPercentEncoding(m_secret))));
}

void TestCliExport::installsTheBlockAndNamesLinesThatTurnTlsOff()
{
    const QString path = m_dir->filePath(QStringLiteral(".env"));
    const QByteArray mine = "# my platform\nLICENSE_KEY=abc\nNODE_TLS_REJECT_UNAUTHORIZED=0\n";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(mine);
    file.close();
    const QStringList install{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("env"),
                              QStringLiteral("--install"), path};
    const Run first = proxydeck(install);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.err.contains(path + QStringLiteral(":3: “NODE_TLS_REJECT_UNAUTHORIZED=0”")), qPrintable(first.err));
    const QByteArray once = TestSupport::readFile(path);
    QVERIFY(once.startsWith(mine));
    QVERIFY(once.contains("HTTPS_PROXY=\"http://bob:${PROXY_PASSWORD}@proxy.corp:3128\""));
    QCOMPARE(TestSupport::readFile(path + QStringLiteral(".proxydeck-backup")), mine);
    // Again after a change: the block is replaced in place, nothing else moves.
    QCOMPARE(proxydeck({QStringLiteral("set"), QStringLiteral("--port"), QStringLiteral("8080")}).exitCode, 0);
    QCOMPARE(proxydeck(install).exitCode, 0);
    const QByteArray twice = TestSupport::readFile(path);
    QVERIFY(twice.startsWith(mine));
    QCOMPARE(twice.count("# >>> proxydeck >>>"), 1);
    QVERIFY(twice.contains("proxy.corp:8080") && !twice.contains("proxy.corp:3128"));
}

void TestCliExport::refusesUsageErrorsWithExitTwo()
{
    const Run unknown = proxydeck({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("--format")));
    QCOMPARE(proxydeck({QStringLiteral("export")}).exitCode, 2);
    const Run wholeFile = proxydeck({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("agent-yaml"),
                                     QStringLiteral("--install"), m_dir->filePath(QStringLiteral("x"))});
    QCOMPARE(wholeFile.exitCode, 2);
    QVERIFY(wholeFile.err.contains(QStringLiteral("--output")));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("x"))));
}

void TestCliExport::importEnvWarnsAboutTlsSwitchedOff()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("https_proxy"), QStringLiteral("http://proxy.corp:3129"));
    environment.insert(QStringLiteral("NODE_TLS_REJECT_UNAUTHORIZED"), QStringLiteral("0"));
    const Run run = proxydeck({QStringLiteral("import-env"), QStringLiteral("--profile"), QStringLiteral("Env")}, {}, environment);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("NODE_TLS_REJECT_UNAUTHORIZED")) && run.err.contains(QStringLiteral("NODE_EXTRA_CA_CERTS")),
             qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
