// The command line, run as the real binary with QProcess, against the real keyring of the test
// command's D-Bus session. Each test has its own --config-dir.
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void printsHelpAndVersion();
    void rejectsAnUnknownCommandInOneLine();
    void showsTheDefaultDirectProfileOnAFreshConfig();
    void setSplitsAUrlGivenAsHost();
    void refusesAPasswordOnTheCommandLine();
    void rejectsBadValuesNamingTheField_data();
    void rejectsBadValuesNamingTheField();
    void storesThePasswordFromStdinOnlyInTheKeyring();
    void managesProfiles();
    void importsTheEnvironment();
    void importWithoutProxyVariablesFails();
    void movesACorruptSettingsFileAsideAndSaysWhere();
    void leavesANewerSettingsFileAlone();
    void savesTheRestWhenNoKeychainIsReachable();
    void readsTheConfigDirFromTheEnvironment();

private:
    Run proxydeck(const QStringList &arguments, const QByteArray &input = {},
                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    QJsonObject show();
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("settings.json")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::cleanup()
{
    // Leave no test password in the keyring: removing every profile but one clears theirs,
    // and the last one's password is removed explicitly.
    if (!QFile::exists(settingsPath()))
        return;
    const QJsonArray profiles = show().value(QStringLiteral("profiles")).toArray();
    for (const QJsonValue &profile : profiles) {
        if (profile.toObject().value(QStringLiteral("password")).toString() != u"none")
            proxydeck({QStringLiteral("set"), QStringLiteral("--profile"), profile.toObject().value(QStringLiteral("name")).toString(),
                       QStringLiteral("--no-password")});
    }
}

Run TestCli::proxydeck(const QStringList &arguments, const QByteArray &input, const QProcessEnvironment &environment)
{
    QProcess process;
    QProcessEnvironment env = environment;
    env.remove(QStringLiteral("PROXYDECK_CONFIG_DIR"));
    process.setProcessEnvironment(env);
    QStringList all = arguments;
    if (!arguments.isEmpty() && !arguments.first().startsWith(u'-'))
        all << QStringLiteral("--config-dir") << m_dir->path();
    process.start(QStringLiteral(PROXYDECK_BINARY), all);
    if (!input.isNull())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        process.kill();
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject TestCli::show()
{
    const Run run = proxydeck({QStringLiteral("show"), QStringLiteral("--json")});
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

void TestCli::printsHelpAndVersion()
{
    const Run help = proxydeck({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("import-env")));
    QVERIFY(help.out.contains(QStringLiteral("Exit codes")));
    const Run version = proxydeck({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("ProxyDeck ")));
    const Run setHelp = proxydeck({QStringLiteral("set"), QStringLiteral("--help")});
    QCOMPARE(setHelp.exitCode, 0);
    QVERIFY(setHelp.out.contains(QStringLiteral("--password-stdin")));
}

void TestCli::rejectsAnUnknownCommandInOneLine()
{
    const Run run = proxydeck({QStringLiteral("frobnicate")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith(QStringLiteral("proxydeck: error:")));
    QCOMPARE(run.err.count(u'\n'), 1);
    QCOMPARE(proxydeck({QStringLiteral("show"), QStringLiteral("--bogus")}).exitCode, 2);
}

void TestCli::showsTheDefaultDirectProfileOnAFreshConfig()
{
    const QJsonObject root = show();
    QCOMPARE(root.value(QStringLiteral("activeProfile")).toString(), QStringLiteral("Default"));
    const QJsonObject profile = root.value(QStringLiteral("profiles")).toArray().at(0).toObject();
    QVERIFY(!profile.contains(QStringLiteral("host")));
    QCOMPARE(profile.value(QStringLiteral("password")).toString(), QStringLiteral("none"));
    const Run text = proxydeck({QStringLiteral("show")});
    QVERIFY(text.out.contains(QStringLiteral("direct (no proxy)")));
}

void TestCli::setSplitsAUrlGivenAsHost()
{
    const Run run = proxydeck({QStringLiteral("set"), QStringLiteral("--host"), QStringLiteral("http://alice@Proxy.Corp:3128")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject profile = show().value(QStringLiteral("profiles")).toArray().at(0).toObject();
    QCOMPARE(profile.value(QStringLiteral("host")).toString(), QStringLiteral("proxy.corp"));
    QCOMPARE(profile.value(QStringLiteral("port")).toInt(), 3128);
    QCOMPARE(profile.value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
    QCOMPARE(profile.value(QStringLiteral("url")).toString(), QStringLiteral("http://alice@proxy.corp:3128"));
}

void TestCli::refusesAPasswordOnTheCommandLine()
{
    const QString secret = TestSupport::uniqueSecret();
    const QString encoded = QString::fromUtf8(QUrl::toPercentEncoding(secret));
    const Run run = proxydeck({QStringLiteral("set"), QStringLiteral("--host"), QStringLiteral("http://bob:") + encoded + QStringLiteral("@proxy:3128")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("--password-stdin")));
    QVERIFY(!run.err.contains(secret));
    QCOMPARE(TestSupport::filesContaining(m_dir->path(), secret), QStringList());
    QCOMPARE(TestSupport::filesContaining(m_dir->path(), encoded), QStringList());
}

void TestCli::rejectsBadValuesNamingTheField_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("bad host") << QStringList{QStringLiteral("--host"), QStringLiteral("bad_host")} << "--host";
    QTest::newRow("bad port") << QStringList{QStringLiteral("--host"), QStringLiteral("p"), QStringLiteral("--port"), QStringLiteral("99999")} << "--port";
    QTest::newRow("no port") << QStringList{QStringLiteral("--host"), QStringLiteral("p")} << "port";
    QTest::newRow("bad scheme") << QStringList{QStringLiteral("--scheme"), QStringLiteral("socks5")} << "--scheme";
    QTest::newRow("contradiction") << QStringList{QStringLiteral("--direct"), QStringLiteral("--host"), QStringLiteral("p")} << "--direct";
}

void TestCli::rejectsBadValuesNamingTheField()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run run = proxydeck(QStringList{QStringLiteral("set")} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QVERIFY(!QFile::exists(settingsPath())); // nothing half-written
}

void TestCli::storesThePasswordFromStdinOnlyInTheKeyring()
{
    const QString secret = TestSupport::uniqueSecret();
    const Run run = proxydeck({QStringLiteral("set"), QStringLiteral("--host"), QStringLiteral("proxy.corp"), QStringLiteral("--port"),
                               QStringLiteral("3128"), QStringLiteral("--user"), QStringLiteral("bob"), QStringLiteral("--password-stdin")},
                              secret.toUtf8() + "\n");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!run.out.contains(secret));
    const QJsonObject profile = show().value(QStringLiteral("profiles")).toArray().at(0).toObject();
    QCOMPARE(profile.value(QStringLiteral("password")).toString(), QStringLiteral("stored"));
    const QString key = QStringLiteral("profile/") + profile.value(QStringLiteral("id")).toString();
    const QString listed = TestSupport::secretToolSearch(QStringLiteral("user"), key);
    QVERIFY2(listed.contains(QStringLiteral("secret = ") + secret), qPrintable(listed));
    QVERIFY(TestSupport::secretToolSearch(QStringLiteral("server"), QStringLiteral("ProxyDeck")).contains(secret));
    QCOMPARE(TestSupport::filesContaining(m_dir->path(), secret), QStringList());
    QVERIFY(TestSupport::readFile(settingsPath()).contains(QString(QStringLiteral("keychain:ProxyDeck/") + key).toUtf8()));

    QCOMPARE(proxydeck({QStringLiteral("set"), QStringLiteral("--no-password")}).exitCode, 0);
    QVERIFY(!TestSupport::secretToolSearch(QStringLiteral("user"), key).contains(secret));
    QCOMPARE(show().value(QStringLiteral("profiles")).toArray().at(0).toObject().value(QStringLiteral("password")).toString(),
             QStringLiteral("none"));
    QCOMPARE(proxydeck({QStringLiteral("set"), QStringLiteral("--password-stdin")}, "").exitCode, 2);
}

void TestCli::managesProfiles()
{
    QCOMPARE(proxydeck({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Office")}).exitCode, 0);
    QCOMPARE(proxydeck({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("office")}).exitCode, 2);
    const QString secret = TestSupport::uniqueSecret();
    QCOMPARE(proxydeck({QStringLiteral("set"), QStringLiteral("--profile"), QStringLiteral("Office"), QStringLiteral("--host"),
                        QStringLiteral("proxy:8080"), QStringLiteral("--password-stdin")}, secret.toUtf8()).exitCode, 0);
    QCOMPARE(proxydeck({QStringLiteral("profile"), QStringLiteral("use"), QStringLiteral("Office")}).exitCode, 0);
    QCOMPARE(show().value(QStringLiteral("activeProfile")).toString(), QStringLiteral("Office"));
    const Run duplicated = proxydeck({QStringLiteral("profile"), QStringLiteral("duplicate"), QStringLiteral("Office"), QStringLiteral("Copy")});
    QCOMPARE(duplicated.exitCode, 0);
    QVERIFY(duplicated.err.contains(QStringLiteral("not copied")));
    QCOMPARE(proxydeck({QStringLiteral("profile"), QStringLiteral("rename"), QStringLiteral("Copy"), QStringLiteral("Home")}).exitCode, 0);
    const Run list = proxydeck({QStringLiteral("profile"), QStringLiteral("list")});
    QVERIFY(list.out.contains(QStringLiteral("* Office\thttp://proxy:8080")));
    QVERIFY(list.out.contains(QStringLiteral("  Home\thttp://proxy:8080")));
    QCOMPARE(proxydeck({QStringLiteral("profile"), QStringLiteral("use"), QStringLiteral("Nowhere")}).exitCode, 2);
    QCOMPARE(proxydeck({QStringLiteral("profile"), QStringLiteral("rename"), QStringLiteral("Home")}).exitCode, 2);

    QVERIFY(TestSupport::secretToolSearch(QStringLiteral("server"), QStringLiteral("ProxyDeck")).contains(secret));
    QCOMPARE(proxydeck({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("Office")}).exitCode, 0);
    QVERIFY(!TestSupport::secretToolSearch(QStringLiteral("server"), QStringLiteral("ProxyDeck")).contains(secret));
    QCOMPARE(proxydeck({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("Home")}).exitCode, 0);
    const Run last = proxydeck({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("Default")});
    QCOMPARE(last.exitCode, 2);
    QVERIFY(last.err.contains(QStringLiteral("last profile")));
}

void TestCli::importsTheEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("https_proxy"), QStringLiteral("http://u%40x:p%3Ass@proxy.corp:8080"));
    environment.insert(QStringLiteral("NO_PROXY"), QStringLiteral("localhost,.corp"));
    const Run run = proxydeck({QStringLiteral("import-env"), QStringLiteral("--activate")}, {}, environment);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!run.out.contains(QStringLiteral("p:ss")));
    const QJsonObject root = show();
    QCOMPARE(root.value(QStringLiteral("activeProfile")).toString(), QStringLiteral("Environment"));
    QCOMPARE(root.value(QStringLiteral("noProxy")).toArray(), (QJsonArray{QStringLiteral("localhost"), QStringLiteral(".corp")}));
    const QJsonObject profile = root.value(QStringLiteral("profiles")).toArray().at(1).toObject();
    QCOMPARE(profile.value(QStringLiteral("username")).toString(), QStringLiteral("u@x"));
    QCOMPARE(profile.value(QStringLiteral("password")).toString(), QStringLiteral("stored"));
    const QString key = QStringLiteral("profile/") + profile.value(QStringLiteral("id")).toString();
    QVERIFY(TestSupport::secretToolSearch(QStringLiteral("user"), key).contains(QStringLiteral("secret = p:ss")));
    QCOMPARE(TestSupport::filesContaining(m_dir->path(), QStringLiteral("p:ss")), QStringList());
}

void TestCli::importWithoutProxyVariablesFails()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY"})
        environment.remove(QString::fromLatin1(name));
    const Run run = proxydeck({QStringLiteral("import-env")}, {}, environment);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("No proxy")));
}

void TestCli::movesACorruptSettingsFileAsideAndSaysWhere()
{
    const QByteArray garbage = "{\"version\": 1, \"profiles\": [}";
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(garbage);
    file.close();
    const Run run = proxydeck({QStringLiteral("show")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.err.contains(settingsPath()));
    QVERIFY(run.err.contains(QStringLiteral("line 1, column")));
    QCOMPARE(TestSupport::readFile(settingsPath() + QStringLiteral(".bak")), garbage);
    QCOMPARE(proxydeck({QStringLiteral("show")}).exitCode, 0); // defaults from now on
}

void TestCli::leavesANewerSettingsFileAlone()
{
    const QByteArray newer = R"({"version": 99, "profiles": []})";
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(newer);
    file.close();
    const Run run = proxydeck({QStringLiteral("set"), QStringLiteral("--host"), QStringLiteral("p"), QStringLiteral("--port"), QStringLiteral("1")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.err.contains(QStringLiteral("newer")));
    QCOMPARE(TestSupport::readFile(settingsPath()), newer);
    QFile::remove(settingsPath());
}

void TestCli::savesTheRestWhenNoKeychainIsReachable()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/proxydeck-test-bus"));
    environment.remove(QStringLiteral("DISPLAY"));
    const QString secret = TestSupport::uniqueSecret();
    const Run run = proxydeck({QStringLiteral("set"), QStringLiteral("--host"), QStringLiteral("proxy.corp"), QStringLiteral("--port"),
                               QStringLiteral("3128"), QStringLiteral("--password-stdin")}, secret.toUtf8(), environment);
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.err.contains(QStringLiteral("gnome-keyring")));
    QVERIFY(run.err.contains(QStringLiteral("other settings were saved")));
    const QJsonObject profile = show().value(QStringLiteral("profiles")).toArray().at(0).toObject();
    QCOMPARE(profile.value(QStringLiteral("host")).toString(), QStringLiteral("proxy.corp"));
    QCOMPARE(profile.value(QStringLiteral("password")).toString(), QStringLiteral("none"));
    QCOMPARE(TestSupport::filesContaining(m_dir->path(), secret), QStringList());
}

void TestCli::readsTheConfigDirFromTheEnvironment()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PROXYDECK_CONFIG_DIR"), m_dir->path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PROXYDECK_BINARY), {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("FromEnv")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(TestSupport::readFile(settingsPath()).contains("FromEnv"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
