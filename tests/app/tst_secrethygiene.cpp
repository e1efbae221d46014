// Secret hygiene of the command line, with the real binary and the real keyring of the test
// command's D-Bus session: a random proxy password is stored with `set --password-stdin`, then
// every feature runs — the read-only commands, every exporter, diagnostics and the engine against
// an upstream that wants exactly that password, the status socket, and an engine crashed on
// purpose. While each process runs, its command line and environment (and those of its
// children) are read from /proc; afterwards every file under the configuration, data and cache
// folders, every log and every captured output is read. The password must be in none of them,
// neither as typed, nor percent-encoded, nor as base64(user:password); the only exception is
// the export the user asked for with --include-secrets, which must be owner-only. Folders
// ProxyDeck creates must be 0700 and its files 0600.
//
// The children get a configuration folder of their own in XDG_CONFIG_HOME (no --config-dir,
// no PROXYDECK_CONFIG_DIR) that does not exist before the first command, as on a first start;
// one test uses PROXYDECK_CONFIG_DIR naming a folder three levels deep that does not exist yet.
#include "basicauthproxy.h"
#include "curl.h"
#include "secretscan.h"
#include "serverprocess.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString User = QStringLiteral("hygiene");
constexpr int OwnerOnlyFile = 0600;
constexpr int OwnerOnlyFolder = 0700;

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

int modeOf(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

// "path mode" for each folder under (and including) dir that is not 0700 and each file that is
// not 0600.
QStringList notOwnerOnly(const QString &dir)
{
    QStringList wrong;
    if (modeOf(dir) != OwnerOnlyFolder)
        wrong.append(QStringLiteral("%1 %2").arg(dir).arg(modeOf(dir), 0, 8));
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const int expected = QFileInfo(path).isDir() ? OwnerOnlyFolder : OwnerOnlyFile;
        if (modeOf(path) != expected)
            wrong.append(QStringLiteral("%1 %2").arg(path).arg(modeOf(path), 0, 8));
    }
    return wrong;
}

bool waitForPort(QProcess &process, quint16 port)
{
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && process.state() != QProcess::NotRunning) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(500))
            return true;
        process.waitForFinished(50);
    }
    return false;
}

// The soft limit in /proc/PID/limits' "Max core file size" line; -1 for unlimited or unknown.
qint64 coreLimitOf(qint64 pid)
{
    const QList<QByteArray> lines = TestSupport::readFile(QStringLiteral("/proc/%1/limits").arg(pid)).split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("Max core file size")) {
            bool number = false;
            const qint64 soft = line.mid(26).simplified().split(' ').value(0).toLongLong(&number);
            return number ? soft : -1;
        }
    }
    return -1;
}

// Lets the child dump cores as far as the hard limit allows, so that a limit of 0 seen in it is
// the product's own doing.
void allowCoreDumps()
{
    rlimit limit = {};
    if (::getrlimit(RLIMIT_CORE, &limit) == 0) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_CORE, &limit);
    }
}

QStringList coreFilesIn(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("core*")}, QDir::Files | QDir::Hidden);
}

} // namespace

class TestSecretHygiene : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theWatchFindsEachFormInAChildProcess();
    void aFirstCertificateImportCreatesAnOwnerOnlyFolder();
    void thePasswordIsStoredFromStandardInputInTheKeyringOnly();
    void readOnlyCommandsNeverShowIt();
    void exportsWithoutSecretsLeaveItOutAndAreOwnerOnly();
    void anExportWithSecretsIsOwnerOnly();
    void diagnosticsAuthenticateWithoutShowingIt();
    void theEngineItsLogAndItsStatusSocketNeverShowIt();
    void aCrashedEngineLeavesNoCoreDump_data();
    void aCrashedEngineLeavesNoCoreDump();
    void anExplicitConfigFolderIsOwnerOnlyAtEveryLevel();
    void noProcessEverHeldItInItsCommandLineOrEnvironment();
    void noFileLogOrOutputHoldsIt();
    void everyConfigurationFileIsOwnerOnly();

private:
    // Runs proxydeck to the end, reading /proc of it and its children all along; keeps its output
    // as log files (scanned at the end) and notes at once any form of the password in it.
    Run proxydeck(const QStringList &arguments, const QByteArray &input = {});
    Run proxydeck(const QStringList &arguments, const QByteArray &input, const QProcessEnvironment &environment);
    // Reads /proc of pid and its children now; notes what holds the password.
    void watch(qint64 pid);
    void keepOutput(const QString &label, const QByteArray &out, const QByteArray &err);
    QString configDir() const { return m_root.filePath(QStringLiteral("config/ProxyDeck")); }
    QString path(const QString &relative) const { return m_root.filePath(relative); }
    QString passwordLeaks() const { return m_leaks.join(u'\n'); }

    QTemporaryDir m_root;
    QString m_password;
    std::unique_ptr<SecretScan> m_scan;
    std::unique_ptr<BasicAuthProxy> m_upstream;
    QProcessEnvironment m_environment;
    QProcessEnvironment m_explicitEnvironment; // PROXYDECK_CONFIG_DIR
    QStringList m_leaks;
    SecretScan::ProcessCounts m_processes;
    int m_runs = 0;    // proxydeck commands run to the end
    int m_outputs = 0; // their outputs and those of the engines, kept in logs/
    QStringList m_writtenWithSecrets; // outside every scanned folder: the user asked for them
};

void TestSecretHygiene::initTestCase()
{
    QVERIFY(m_root.isValid());
    m_password = SecretScan::randomPassword();
    m_scan = std::make_unique<SecretScan>(User, m_password);
    QVERIFY(m_scan->percentEncoded() != m_password);
    m_upstream = std::make_unique<BasicAuthProxy>(User, m_password);
    QVERIFY(m_upstream->listen());

    for (const char *folder : {"config", "data", "cache", "logs", "exports", "secrets"})
        QVERIFY(QDir().mkdir(path(QString::fromLatin1(folder)), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QCOMPARE(QProcess::execute(QStringLiteral(PROXYDECK_SUPPORT_DIR "/make-test-certs"), {path(QStringLiteral("certs"))}), 0);

    m_environment = TestSupport::environmentWithoutProxies();
    m_environment.remove(QStringLiteral("PROXYDECK_CONFIG_DIR"));
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("cache")));
    m_explicitEnvironment = m_environment;
    m_explicitEnvironment.insert(QStringLiteral("PROXYDECK_CONFIG_DIR"), path(QStringLiteral("explicit/nested/ProxyDeck")));
}

void TestSecretHygiene::cleanupTestCase()
{
    // Leave no test password in the keyring.
    proxydeck({QStringLiteral("set"), QStringLiteral("--no-password")});
    if (QFile::exists(path(QStringLiteral("explicit/nested/ProxyDeck/settings.json"))))
        proxydeck({QStringLiteral("set"), QStringLiteral("--no-password")}, {}, m_explicitEnvironment);
}

void TestSecretHygiene::watch(qint64 pid)
{
    for (const QString &hit : m_scan->processesHolding(pid, m_processes)) {
        if (!m_leaks.contains(hit))
            m_leaks.append(hit);
    }
}

void TestSecretHygiene::keepOutput(const QString &label, const QByteArray &out, const QByteArray &err)
{
    const QString base = path(QStringLiteral("logs/%1-%2").arg(++m_outputs, 3, 10, QChar(u'0')).arg(label));
    for (const auto &[suffix, bytes] : {std::pair{QStringLiteral(".out"), out}, std::pair{QStringLiteral(".err"), err}}) {
        QFile file(base + suffix);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        if (const QStringList forms = m_scan->formsIn(bytes); !forms.isEmpty())
            m_leaks.append(QStringLiteral("output of proxydeck %1 (%2): %3").arg(label, suffix, forms.join(u", ")));
    }
}

Run TestSecretHygiene::proxydeck(const QStringList &arguments, const QByteArray &input)
{
    return proxydeck(arguments, input, m_environment);
}

Run TestSecretHygiene::proxydeck(const QStringList &arguments, const QByteArray &input, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PROXYDECK_BINARY), arguments);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    ++m_runs;
    watch(process.processId());
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    const QDeadlineTimer deadline(60000);
    while (!process.waitForFinished(2)) {
        watch(process.processId());
        if (deadline.hasExpired()) {
            process.kill();
            process.waitForFinished(5000);
            break;
        }
    }
    run.exitCode = process.exitCode();
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    keepOutput(arguments.mid(0, 2).join(u'-').remove(u'/'), run.out, run.err);
    return run;
}

void TestSecretHygiene::theWatchFindsEachFormInAChildProcess()
{
    // The control for all that follows: a shell (and its child) given the password in the
    // environment and in the command line are found, in each form.
    for (const QString &form : {m_password, m_scan->percentEncoded(),
                                QString::fromLatin1((User + u':' + m_password).toUtf8().toBase64())}) {
        QProcess shell;
        QProcessEnvironment environment = m_environment;
        environment.insert(QStringLiteral("CONTROL_ONLY"), form);
        shell.setProcessEnvironment(environment);
        shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("sleep 5; : \"$0\""), form});
        QVERIFY(shell.waitForStarted());
        SecretScan::ProcessCounts counts;
        QStringList hits;
        QTRY_VERIFY_WITH_TIMEOUT((hits = m_scan->processesHolding(shell.processId(), counts)).size() >= 3, 5000);
        QVERIFY2(hits.filter(QStringLiteral("(sleep)")).size() == 1, qPrintable(hits.join(u'\n'))); // the child's environ
        shell.kill();
        shell.waitForFinished();
    }
}

void TestSecretHygiene::aFirstCertificateImportCreatesAnOwnerOnlyFolder()
{
    QVERIFY(!QFile::exists(configDir()));
    const Run imported = proxydeck({QStringLiteral("ca"), QStringLiteral("import"), path(QStringLiteral("certs/root.pem"))});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    // The anchor lands in <config>/anchors, so the configuration folder itself is made on the way.
    QCOMPARE(notOwnerOnly(configDir()), QStringList());
}

void TestSecretHygiene::thePasswordIsStoredFromStandardInputInTheKeyringOnly()
{
    const Run set = proxydeck({QStringLiteral("set"), QStringLiteral("--host"),
                               QStringLiteral("http://%1@127.0.0.1:%2").arg(User).arg(m_upstream->port()),
                               QStringLiteral("--password-stdin")},
                              m_password.toUtf8() + '\n');
    QVERIFY2(set.exitCode == 0, set.err.constData());
    const QJsonObject profile = QJsonDocument::fromJson(proxydeck({QStringLiteral("show"), QStringLiteral("--json")}).out)
                                    .object()
                                    .value(QStringLiteral("profiles"))
                                    .toArray()
                                    .at(0)
                                    .toObject();
    QCOMPARE(profile.value(QStringLiteral("password")).toString(), QStringLiteral("stored"));
    const QString listed = TestSupport::secretToolSearch(QStringLiteral("user"),
                                                         QStringLiteral("profile/") + profile.value(QStringLiteral("id")).toString());
    QVERIFY2(listed.contains(QStringLiteral("secret = ") + m_password), "the keyring does not hold the password");
    QVERIFY2(m_leaks.isEmpty(), qPrintable(passwordLeaks()));
}

void TestSecretHygiene::readOnlyCommandsNeverShowIt()
{
    const QString origin = QStringLiteral("http://127.0.0.1:9/");
    QCOMPARE(proxydeck({QStringLiteral("noproxy"), QStringLiteral("add"), QStringLiteral(".internal.example")}).exitCode, 0);
    QCOMPARE(proxydeck({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("Api"), QStringLiteral("--kind"),
                        QStringLiteral("http-api"), QStringLiteral("--endpoint"), origin})
                 .exitCode,
             0);
    QCOMPARE(proxydeck({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("Local"), QStringLiteral("--kind"),
                        QStringLiteral("http-api"), QStringLiteral("--endpoint"), QStringLiteral("https://db.internal.example/"),
                        QStringLiteral("--no-proxy")})
                 .exitCode,
             0);
    const QString pac = path(QStringLiteral("exports/hygiene.pac"));
    QFile file(pac);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("function FindProxyForURL(url, host) { return \"PROXY 127.0.0.1:3128; DIRECT\"; }\n");
    file.close();

    const QList<QStringList> commands = {
        {QStringLiteral("show")},
        {QStringLiteral("show"), QStringLiteral("--json")},
        {QStringLiteral("profile"), QStringLiteral("list")},
        {QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")},
        {QStringLiteral("noproxy"), QStringLiteral("list"), QStringLiteral("--json")},
        {QStringLiteral("connection"), QStringLiteral("list")},
        {QStringLiteral("connection"), QStringLiteral("list"), QStringLiteral("--json")},
        {QStringLiteral("route"), origin, QStringLiteral("https://db.internal.example/"), QStringLiteral("--tool"), QStringLiteral("all")},
        {QStringLiteral("route"), origin, QStringLiteral("--json")},
        {QStringLiteral("ca"), QStringLiteral("list"), QStringLiteral("--json")},
        {QStringLiteral("ca"), QStringLiteral("bundle"), QStringLiteral("--output"), path(QStringLiteral("exports/bundle.pem"))},
        {QStringLiteral("ca"), QStringLiteral("trust-commands"), QStringLiteral("--os"), QStringLiteral("debian")},
        {QStringLiteral("pac"), pac, origin, QStringLiteral("--trace")},
        {QStringLiteral("desktop"), QStringLiteral("show")}, // runs gsettings: a child to watch
        {QStringLiteral("status-token")},
        {QStringLiteral("watch"), QStringLiteral("list")},
    };
    for (const QStringList &command : commands) {
        const Run run = proxydeck(command);
        QVERIFY2(!run.crashed, qPrintable(command.join(u' ')));
        // Only `desktop show` may fail (no GNOME or KDE settings in the test session).
        if (command.first() != u"desktop")
            QVERIFY2(run.exitCode == 0, qPrintable(command.join(u' ') + u'\n' + QString::fromUtf8(run.err)));
    }
    QVERIFY2(m_leaks.isEmpty(), qPrintable(passwordLeaks()));
}

void TestSecretHygiene::exportsWithoutSecretsLeaveItOutAndAreOwnerOnly()
{
    const Run list = proxydeck({QStringLiteral("export"), QStringLiteral("--list")});
    QCOMPARE(list.exitCode, 0);
    QStringList formats;
    for (const QByteArray &line : list.out.split('\n')) {
        if (!line.trimmed().isEmpty())
            formats.append(QString::fromUtf8(line.simplified().split(' ').constFirst()));
    }
    QVERIFY2(formats.size() >= 19, qPrintable(formats.join(u' ')));
    for (const QString &format : std::as_const(formats)) {
        const Run toStdout = proxydeck({QStringLiteral("export"), QStringLiteral("--format"), format});
        QVERIFY2(toStdout.exitCode == 0, toStdout.err.constData());
        QVERIFY2(toStdout.err.contains("not included"), qPrintable(format + u": " + QString::fromUtf8(toStdout.err)));
        const QString file = path(QStringLiteral("exports/") + format);
        const Run toFile = proxydeck({QStringLiteral("export"), QStringLiteral("--format"), format, QStringLiteral("--output"), file});
        QVERIFY2(toFile.exitCode == 0, toFile.err.constData());
        QCOMPARE(modeOf(file), OwnerOnlyFile);
    }
    // --install twice into a file of the user's (0644): the block is replaced and a backup kept.
    for (const char *format : {"env", "sh", "fish", "powershell", "systemd-env"}) {
        const QString target = path(QStringLiteral("exports/profile-") + QLatin1String(format));
        QFile existing(target);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("export EDITOR=vi\n");
        existing.close();
        QVERIFY(existing.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        for (int i = 0; i < 2; ++i) {
            const Run installed = proxydeck({QStringLiteral("export"), QStringLiteral("--format"), QLatin1String(format),
                                             QStringLiteral("--install"), target});
            QVERIFY2(installed.exitCode == 0, installed.err.constData());
        }
        QVERIFY(TestSupport::readFile(target).contains("EDITOR=vi"));
    }
    QVERIFY2(m_leaks.isEmpty(), qPrintable(passwordLeaks()));
    QCOMPARE(m_scan->filesUnder(path(QStringLiteral("exports"))), QStringList());
}

void TestSecretHygiene::anExportWithSecretsIsOwnerOnly()
{
    // Opted in: the password is there (which also shows the scan would see it), owner-only.
    const QString file = path(QStringLiteral("secrets/proxy.env"));
    const Run written = proxydeck({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("env"),
                                   QStringLiteral("--include-secrets"), QStringLiteral("--output"), file});
    QVERIFY2(written.exitCode == 0, written.err.constData());
    QVERIFY2(m_scan->formsIn(TestSupport::readFile(file)).contains(QStringLiteral("percent-encoded")),
             "--include-secrets wrote no password");
    QCOMPARE(modeOf(file), OwnerOnlyFile);

    // Installed twice into a 0644 file: the file and its backup (which now holds the first
    // installed block, password included) both become owner-only.
    const QString profile = path(QStringLiteral("secrets/profile"));
    QFile existing(profile);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("export EDITOR=vi\n");
    existing.close();
    QVERIFY(existing.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    for (int i = 0; i < 2; ++i) {
        const Run installed = proxydeck({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("sh"),
                                         QStringLiteral("--include-secrets"), QStringLiteral("--install"), profile});
        QVERIFY2(installed.exitCode == 0, installed.err.constData());
    }
    QVERIFY(!m_scan->formsIn(TestSupport::readFile(profile)).isEmpty());
    QCOMPARE(modeOf(profile), OwnerOnlyFile);
    const QStringList backups = QDir(path(QStringLiteral("secrets"))).entryList({QStringLiteral("profile?*")}, QDir::Files);
    QCOMPARE(backups.size(), 1);
    QVERIFY(!m_scan->formsIn(TestSupport::readFile(path(QStringLiteral("secrets/")) + backups.first())).isEmpty());
    QCOMPARE(modeOf(path(QStringLiteral("secrets/")) + backups.first()), OwnerOnlyFile);
    // Nothing else: not on standard output or error, not in the process.
    QVERIFY2(m_leaks.isEmpty(), qPrintable(passwordLeaks()));
}

void TestSecretHygiene::diagnosticsAuthenticateWithoutShowingIt()
{
    const int acceptedBefore = m_upstream->acceptedCount();
    const Run text = proxydeck({QStringLiteral("test"), QStringLiteral("http://127.0.0.1:9/diagnostics")});
    QVERIFY2(text.exitCode == 0, text.out.constData());
    QVERIFY2(text.out.contains("[pass] Proxy authentication"), text.out.constData());
    const Run json = proxydeck({QStringLiteral("test"), QStringLiteral("--json"), QStringLiteral("http://127.0.0.1:9/json")});
    QVERIFY2(json.exitCode == 0, json.out.constData());
    const Run all = proxydeck({QStringLiteral("test"), QStringLiteral("--timeout"), QStringLiteral("3")}); // every connection
    QVERIFY(!all.crashed);
    QVERIFY(m_upstream->acceptedCount() >= acceptedBefore + 3); // the password did reach the upstream
    QVERIFY2(m_leaks.isEmpty(), qPrintable(passwordLeaks()));
}

void TestSecretHygiene::theEngineItsLogAndItsStatusSocketNeverShowIt()
{
    const quint16 port = ServerProcess::freePort();
    const quint16 statusPort = ServerProcess::freePort();
    QProcess serve;
    serve.setProcessEnvironment(m_environment);
    serve.setStandardOutputFile(path(QStringLiteral("logs/serve.log")));
    serve.setStandardErrorFile(path(QStringLiteral("logs/serve.err")));
    serve.start(QStringLiteral(PROXYDECK_BINARY),
                {QStringLiteral("serve"), QStringLiteral("--log"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                 QStringLiteral("--status-listen"), QStringLiteral("127.0.0.1:%1").arg(statusPort)});
    QVERIFY2(waitForPort(serve, port), TestSupport::readFile(path(QStringLiteral("logs/serve.err"))).constData());
    QVERIFY(waitForPort(serve, statusPort));
    watch(serve.processId());

    const int acceptedBefore = m_upstream->acceptedCount();
    const QString engine = QStringLiteral("http://127.0.0.1:%1").arg(port);
    for (const char *target : {"http://127.0.0.1:9/through-engine?q=1", "http://127.0.0.1:9/second"}) {
        const CurlResult result = Curl::run({QStringLiteral("-x"), engine, QLatin1String(target)});
        QVERIFY2(result.status == 200 && result.body == "via basic-auth proxy\n", qPrintable(result.describe()));
        watch(serve.processId());
    }
    QCOMPARE(m_upstream->acceptedCount(), acceptedBefore + 2);
    // A CONNECT the engine refuses (port 9 is not allowed) is logged too.
    Curl::run({QStringLiteral("-x"), engine, QStringLiteral("https://127.0.0.1:9/tunnel")});
    watch(serve.processId());

    const Run token = proxydeck({QStringLiteral("status-token")});
    QCOMPARE(token.exitCode, 0);
    QWebSocket socket;
    QStringList messages;
    connect(&socket, &QWebSocket::textMessageReceived, this, [&messages](const QString &message) { messages.append(message); });
    QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(statusPort)));
    request.setRawHeader("Authorization", "Bearer " + token.out.trimmed());
    socket.open(request);
    // The snapshot, then the once-a-second status.
    QTRY_VERIFY_WITH_TIMEOUT(messages.size() >= 2, 10000);
    QVERIFY2(messages.join(u'\n').contains(QStringLiteral("through-engine")), qPrintable(messages.join(u'\n')));
    for (const QString &message : std::as_const(messages)) {
        if (const QStringList forms = m_scan->formsIn(message.toUtf8()); !forms.isEmpty())
            m_leaks.append(QStringLiteral("status socket message: ") + forms.join(u", "));
    }
    socket.close();
    watch(serve.processId());

    serve.terminate();
    QVERIFY(serve.waitForFinished(20000));
    QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
    const QByteArray log = TestSupport::readFile(path(QStringLiteral("logs/serve.log")));
    QVERIFY2(log.contains("GET http://127.0.0.1:9/through-engine"), log.constData());
    QVERIFY2(m_leaks.isEmpty(), qPrintable(passwordLeaks()));
}

void TestSecretHygiene::aCrashedEngineLeavesNoCoreDump_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGSEGV") << int(SIGSEGV);
    QTest::newRow("SIGABRT") << int(SIGABRT);
}

void TestSecretHygiene::aCrashedEngineLeavesNoCoreDump()
{
    QFETCH(int, signal);
    const QString pattern = QString::fromLatin1(TestSupport::readFile(QStringLiteral("/proc/sys/kernel/core_pattern"))).trimmed();
    const QString where = path(QStringLiteral("crash-%1").arg(signal));
    QVERIFY(QDir().mkdir(where, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    // The control: the same limits and folder make a shell that crashes dump its core, when the
    // kernel writes cores into the crashing process's folder.
    const bool coresLandHere = !pattern.startsWith(u'|') && !pattern.startsWith(u'/');
    bool controlDumped = false;
    if (coresLandHere) {
        QProcess control;
        control.setWorkingDirectory(where);
        control.setChildProcessModifier(allowCoreDumps);
        control.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("kill -%1 $$").arg(signal)});
        QVERIFY(control.waitForFinished(20000));
        controlDumped = !coreFilesIn(where).isEmpty();
        for (const QString &core : coreFilesIn(where))
            QFile::remove(QDir(where).filePath(core));
    }

    const quint16 port = ServerProcess::freePort();
    QProcess serve;
    // Under AddressSanitizer (the asan preset) the signal is left to the kernel, as in a normal
    // build: ASan's own SIGSEGV handler would report it and exit instead of crashing.
    QProcessEnvironment environment = m_environment;
    const QString asanOptions = environment.value(QStringLiteral("ASAN_OPTIONS"));
    environment.insert(QStringLiteral("ASAN_OPTIONS"),
                       (asanOptions.isEmpty() ? QString() : asanOptions + u':') + QStringLiteral("handle_segv=0"));
    serve.setProcessEnvironment(environment);
    serve.setWorkingDirectory(where);
    serve.setChildProcessModifier(allowCoreDumps);
    serve.start(QStringLiteral(PROXYDECK_BINARY), {QStringLiteral("serve"), QStringLiteral("--no-status"), QStringLiteral("--listen"),
                                                   QStringLiteral("127.0.0.1:%1").arg(port)});
    QVERIFY(waitForPort(serve, port));
    const qint64 pid = serve.processId();
    watch(pid);
    // The engine holds the password in memory now: it made itself non-dumpable with a core limit
    // of 0 (ProcessHardening). PR_GET_DUMPABLE only answers for the calling process; from outside,
    // a non-dumpable process's /proc files belong to root, which only tells when we are not root.
    QCOMPARE(coreLimitOf(pid), 0);
    if (::geteuid() != 0) {
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(QStringLiteral("/proc/%1/environ").arg(pid)).constData(), &info), 0);
        QCOMPARE(info.st_uid, uid_t(0));
    }

    QCOMPARE(::kill(pid_t(pid), signal), 0);
    QVERIFY(serve.waitForFinished(20000));
    QCOMPARE(serve.exitStatus(), QProcess::CrashExit);
    QTest::qWait(500); // a core is written as the process dies; give the kernel a moment
    QCOMPARE(coreFilesIn(where), QStringList());
    keepOutput(QStringLiteral("crashed-engine-%1").arg(signal), serve.readAllStandardOutput(), serve.readAllStandardError());
    qInfo("core_pattern “%s”; control shell %s; the engine dumped nothing", qPrintable(pattern),
          coresLandHere ? (controlDumped ? "dumped a core" : "dumped nothing either") : "not run (cores go elsewhere)");
    QVERIFY2(m_leaks.isEmpty(), qPrintable(passwordLeaks()));
}

void TestSecretHygiene::anExplicitConfigFolderIsOwnerOnlyAtEveryLevel()
{
    const QString explicitDir = path(QStringLiteral("explicit/nested/ProxyDeck"));
    QVERIFY(!QFile::exists(path(QStringLiteral("explicit"))));
    // First an anchor, four levels below the folder that exists.
    const Run imported = proxydeck({QStringLiteral("ca"), QStringLiteral("import"), path(QStringLiteral("certs/inter.pem"))}, {},
                                   m_explicitEnvironment);
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const Run set = proxydeck({QStringLiteral("set"), QStringLiteral("--host"),
                               QStringLiteral("http://%1@127.0.0.1:%2").arg(User).arg(m_upstream->port()),
                               QStringLiteral("--password-stdin")},
                              m_password.toUtf8(), m_explicitEnvironment);
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QCOMPARE(proxydeck({QStringLiteral("status-token")}, {}, m_explicitEnvironment).exitCode, 0);
    const Run tested = proxydeck({QStringLiteral("test"), QStringLiteral("http://127.0.0.1:9/explicit")}, {}, m_explicitEnvironment);
    QVERIFY2(tested.exitCode == 0, tested.out.constData());
    QVERIFY(QFile::exists(explicitDir + QStringLiteral("/settings.json")));
    // Every folder ProxyDeck made on the way, not just the last one.
    QCOMPARE(notOwnerOnly(path(QStringLiteral("explicit"))), QStringList());
    QVERIFY2(m_leaks.isEmpty(), qPrintable(passwordLeaks()));
}

void TestSecretHygiene::noProcessEverHeldItInItsCommandLineOrEnvironment()
{
    qInfo("%d proxydeck runs; /proc read %d times over %lld processes (children included); %d environments "
          "unreadable (non-dumpable, not root)",
          m_runs, m_processes.snapshots, static_cast<long long>(m_processes.seen.size()), m_processes.unreadableEnvirons);
    QVERIFY2(m_leaks.isEmpty(), qPrintable(passwordLeaks()));
}

void TestSecretHygiene::noFileLogOrOutputHoldsIt()
{
    QStringList folders{path(QStringLiteral("config")), path(QStringLiteral("data")), path(QStringLiteral("cache")),
                        path(QStringLiteral("explicit")), path(QStringLiteral("logs")), path(QStringLiteral("exports"))};
    for (int signal : {SIGSEGV, SIGABRT})
        folders.append(path(QStringLiteral("crash-%1").arg(signal)));
    // The test session's own folders too (the keyring's files are in its XDG_DATA_HOME).
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString folder = qEnvironmentVariable(variable);
        if (!folder.isEmpty() && !folders.contains(folder))
            folders.append(folder);
    }
    QStringList hits;
    int files = 0;
    for (const QString &folder : std::as_const(folders)) {
        hits += m_scan->filesUnder(folder);
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        for (; it.hasNext(); it.next())
            ++files;
    }
    qInfo("%d files scanned in %lld folders", files, static_cast<long long>(folders.size()));
    QVERIFY(files > 50);
    QCOMPARE(hits, QStringList());
}

void TestSecretHygiene::everyConfigurationFileIsOwnerOnly()
{
    const QStringList expected{QStringLiteral("anchors"), QStringLiteral("ca-bundle.pem"), QStringLiteral("settings.json"),
                               QStringLiteral("status-token")};
    for (const QString &name : expected)
        QVERIFY2(QFile::exists(QDir(configDir()).filePath(name)), qPrintable(name));
    QCOMPARE(notOwnerOnly(configDir()), QStringList());
    QCOMPARE(notOwnerOnly(path(QStringLiteral("explicit"))), QStringList());
    QStringList exports;
    QDirIterator it(path(QStringLiteral("exports")), QDir::Files);
    while (it.hasNext()) {
        const QString file = it.next();
        if (file.endsWith(QStringLiteral(".pac")))
            continue; // the test's own
        if (modeOf(file) != OwnerOnlyFile)
            exports.append(QStringLiteral("%1 %2").arg(file).arg(modeOf(file), 0, 8));
    }
    QCOMPARE(exports, QStringList());
}

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "tst_secrethygiene.moc"
