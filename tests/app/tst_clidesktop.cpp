// `proxydeck desktop`, the real binary against the real desktop settings: GNOME through gsettings
// and dconf in the test's D-Bus session (apply refused without --yes and a terminal, applied with
// --yes, restored byte-identical), KDE's kioslaverc in a folder of its own, and the macOS commands.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestCliDesktop : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void appliesToGnomeOnlyWithYesAndRestores();
    void importsAndAppliesKdeSettings();
    void printsMacOsCommandsForTheActiveProfile();
    void badUsageExitsTwo();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run proxydeck(const QStringList &arguments, const QProcessEnvironment &extra = {});
    static QString gsettingsList();

    QTemporaryDir m_dir;
};

TestCliDesktop::Run TestCliDesktop::proxydeck(const QStringList &arguments, const QProcessEnvironment &extra)
{
    QProcessEnvironment environment = TestSupport::environmentWithoutProxies();
    environment.remove(QStringLiteral("XDG_CURRENT_DESKTOP"));
    environment.insert(extra);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PROXYDECK_BINARY),
        arguments + QStringList { QStringLiteral("--config-dir"), m_dir.filePath(QStringLiteral("config")) });
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        process.kill();
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

QString TestCliDesktop::gsettingsList()
{
    QProcess process;
    process.start(QStringLiteral("gsettings"),
        { QStringLiteral("list-recursively"), QStringLiteral("org.gnome.system.proxy") });
    process.waitForFinished(15000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestCliDesktop::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Run run = proxydeck({ QStringLiteral("set"), QStringLiteral("--profile"), QStringLiteral("Corp"),
        QStringLiteral("--host"), QStringLiteral("proxy.cli.example"), QStringLiteral("--port"),
        QStringLiteral("3128") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = proxydeck({ QStringLiteral("profile"), QStringLiteral("use"), QStringLiteral("Corp") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCliDesktop::appliesToGnomeOnlyWithYesAndRestores()
{
    if (QStandardPaths::findExecutable(QStringLiteral("gsettings")).isEmpty())
        QSKIP("gsettings is not installed (package libglib2.0-bin)");
    if (qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME")
        || qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs a sandboxed D-Bus session: XDG_CONFIG_HOME and DBUS_SESSION_BUS_ADDRESS set "
              "(scripts/test does so)");

    const QString before = gsettingsList();
    QVERIFY2(before.contains(QStringLiteral("org.gnome.system.proxy mode")),
        "the org.gnome.system.proxy schema is missing");

    Run show = proxydeck({ QStringLiteral("desktop"), QStringLiteral("show"), QStringLiteral("--desktop"),
        QStringLiteral("gnome"), QStringLiteral("--json") });
    QVERIFY2(show.exitCode == 0, qPrintable(show.err));
    QJsonObject json = QJsonDocument::fromJson(show.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("desktop")).toString(), QStringLiteral("gnome"));
    QVERIFY(json.contains(QStringLiteral("pacUrl")));
    QVERIFY(json.value(QStringLiteral("keys"))
                .toObject()
                .contains(QStringLiteral("org.gnome.system.proxy mode")));
    QVERIFY(json.value(QStringLiteral("backup")).isNull());

    // No terminal and no --yes: the changes are shown, nothing is written.
    const Run refused = proxydeck({ QStringLiteral("desktop"), QStringLiteral("apply"),
        QStringLiteral("--desktop"), QStringLiteral("gnome") });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("--yes")), qPrintable(refused.err));
    QVERIFY2(
        refused.out.contains(QStringLiteral("org.gnome.system.proxy.http host: '' → 'proxy.cli.example'")),
        qPrintable(refused.out));
    QCOMPARE(gsettingsList(), before);

    const Run applied = proxydeck({ QStringLiteral("desktop"), QStringLiteral("apply"),
        QStringLiteral("--desktop"), QStringLiteral("gnome"), QStringLiteral("--yes") });
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.err));
    QVERIFY(applied.out.contains(QStringLiteral("org.gnome.system.proxy mode: 'none' → 'manual'")));
    show = proxydeck({ QStringLiteral("desktop"), QStringLiteral("show"), QStringLiteral("--desktop"),
        QStringLiteral("gnome"), QStringLiteral("--json") });
    json = QJsonDocument::fromJson(show.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("mode")).toString(), QStringLiteral("manual"));
    QCOMPARE(json.value(QStringLiteral("http")).toObject().value(QStringLiteral("host")).toString(),
        QStringLiteral("proxy.cli.example"));
    QCOMPARE(json.value(QStringLiteral("http")).toObject().value(QStringLiteral("port")).toInt(), 3128);
    QVERIFY(json.value(QStringLiteral("backup")).isString());
    const Run again = proxydeck({ QStringLiteral("desktop"), QStringLiteral("apply"),
        QStringLiteral("--desktop"), QStringLiteral("gnome") });
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QStringLiteral("nothing to change")));

    const Run restored = proxydeck({ QStringLiteral("desktop"), QStringLiteral("restore"),
        QStringLiteral("--desktop"), QStringLiteral("gnome") });
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QCOMPARE(gsettingsList(), before);
    const Run twice = proxydeck({ QStringLiteral("desktop"), QStringLiteral("restore"),
        QStringLiteral("--desktop"), QStringLiteral("gnome") });
    QCOMPARE(twice.exitCode, 1);
    QVERIFY2(twice.err.contains(QStringLiteral("nothing to restore")), qPrintable(twice.err));
}

void TestCliDesktop::importsAndAppliesKdeSettings()
{
    const QString home = m_dir.filePath(QStringLiteral("kde-config"));
    QVERIFY(QDir().mkpath(home));
    QProcessEnvironment kde;
    kde.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
    kde.insert(QStringLiteral("XDG_CURRENT_DESKTOP"), QStringLiteral("KDE"));
    const QByteArray original
        = "[Proxy Settings]\nProxyType=1\nhttpProxy=http://kde.proxy.example 8080\n"
          "httpsProxy=http://kde.proxy.example 8080\nNoProxyFor=localhost,.kde.example\n\n"
          "[Other]\nkeep=me\n";
    {
        QFile file(home + QStringLiteral("/kioslaverc"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(original);
    }
    const Run imported = proxydeck({ QStringLiteral("desktop"), QStringLiteral("import"),
                                       QStringLiteral("--profile"), QStringLiteral("FromKde") },
        kde);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(
        imported.out.contains(QStringLiteral("http://kde.proxy.example:8080")), qPrintable(imported.out));
    const Run shown = proxydeck({ QStringLiteral("show"), QStringLiteral("--json") });
    QVERIFY(shown.out.contains(QStringLiteral("kde.proxy.example")));
    QVERIFY(shown.out.contains(QStringLiteral(".kde.example")));

    const Run applied
        = proxydeck({ QStringLiteral("desktop"), QStringLiteral("apply"), QStringLiteral("--yes"),
                        QStringLiteral("--profile"), QStringLiteral("Corp") },
            kde);
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.err));
    QVERIFY2(applied.out.contains(
                 QStringLiteral("httpProxy: http://kde.proxy.example 8080 → http://proxy.cli.example 3128")),
        qPrintable(applied.out));
    QVERIFY(TestSupport::readFile(home + QStringLiteral("/kioslaverc")).contains("[Other]\nkeep=me\n"));
    const Run restored = proxydeck({ QStringLiteral("desktop"), QStringLiteral("restore") }, kde);
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QCOMPARE(TestSupport::readFile(home + QStringLiteral("/kioslaverc")), original);
}

void TestCliDesktop::printsMacOsCommandsForTheActiveProfile()
{
    const Run run = proxydeck({ QStringLiteral("desktop"), QStringLiteral("show"),
        QStringLiteral("--desktop"), QStringLiteral("macos") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(
        run.out.contains(QStringLiteral("networksetup -setwebproxy \"Wi-Fi\" \"proxy.cli.example\" 3128\n")),
        qPrintable(run.out));
    const Run json = proxydeck({ QStringLiteral("desktop"), QStringLiteral("show"),
        QStringLiteral("--desktop"), QStringLiteral("windows"), QStringLiteral("--json") });
    QCOMPARE(json.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("desktop")).toString(), QStringLiteral("windows"));
    QVERIFY(root.value(QStringLiteral("commands")).toArray().size() > 3);
    QCOMPARE(proxydeck({ QStringLiteral("desktop"), QStringLiteral("apply"), QStringLiteral("--desktop"),
                           QStringLiteral("macos"), QStringLiteral("--yes") })
                 .exitCode,
        2);
}

void TestCliDesktop::badUsageExitsTwo()
{
    QCOMPARE(proxydeck({ QStringLiteral("desktop") }).exitCode, 2);
    QCOMPARE(proxydeck({ QStringLiteral("desktop"), QStringLiteral("frobnicate") }).exitCode, 2);
    QCOMPARE(proxydeck({ QStringLiteral("desktop"), QStringLiteral("show"), QStringLiteral("--desktop"),
                           QStringLiteral("amiga") })
                 .exitCode,
        2);
}

QTEST_GUILESS_MAIN(TestCliDesktop)
#include "tst_clidesktop.moc"
