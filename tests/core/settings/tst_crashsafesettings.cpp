// Crash safety of what ProxyDeck writes: savingloop saves version A and version B in turn through
// the real write paths (SettingsStore::save, AnchorStore::add/remove, AnchorStore::writeBundle),
// as fast as it can, and is SIGKILLed at a random moment 200 times per kind. After every kill the
// real loader must find exactly one of the two versions, never a mix and never a damaged file.
//
// "old" counts kills after which the file held the version savingloop had last reported complete,
// "new" the kills that came after the next one was committed (renamed into place) but before it
// was reported. A kill can also leave a QSaveFile temporary file ("<name>.XXXXXX") next to the
// real one. Such files are not cleaned up by anyone. They are harmless because no loader reads
// them: the settings and the bundle have fixed names, and the anchors are listed as "*.pem",
// which "<id>.pem.XXXXXX" does not match. The test leaves them in place, so every next run and
// load goes on with them present, and it checks that they are QSaveFile names and nothing else.
//
// The moments are random but seeded (PROXYDECK_CRASH_SEED overrides the seed) so that a failure
// can be replayed.
#include "anchorstore.h"
#include "certificateinfo.h"
#include "configlocation.h"
#include "savingversions.h"
#include "settingsstore.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <functional>
#include <thread>

namespace {

constexpr int Kills = 200;
constexpr int MinWaitMs = 1;
constexpr int MaxWaitMs = 50;

// What the loader found after one kill: 'A', 'B', or 0 with the reason in `problem`.
struct Observation
{
    char version = 0;
    QString problem;
};

struct Tally
{
    int old = 0;
    int fresh = 0;
    int versionA = 0;
    int versionB = 0;
    QSet<QString> leftovers; // relative paths of QSaveFile temporaries seen after a kill
};

QList<QSslCertificate> readCertificates(const QString &path)
{
    return QSslCertificate::fromData(TestSupport::readFile(path), QSsl::Pem);
}

} // namespace

class TestCrashSafeSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void aKilledSettingsSaveLeavesTheOldOrTheNewFile();
    void aKilledAnchorChangeLeavesTheOldOrTheNewAnchors();
    void aKilledBundleWriteLeavesTheOldOrTheNewBundle();

private:
    // Starts savingloop, kills it at a random moment and checks with observe(), Kills times;
    // then prints the counts. Returns early (with the test failed) at the first bad round.
    void killRepeatedly(const QString &mode, const std::function<Observation()> &observe, const QStringList &stateFiles);
    // Files under the config dir that are not state, i.e. not in stateFiles (regular expressions
    // over paths relative to the config dir).
    QStringList strayFiles(const QStringList &stateFiles) const;
    Observation observeSettings() const;
    Observation observeAnchors() const;
    Observation observeBundle() const;
    Result<QByteArray> referenceBundle(int anchorCount);

    QTemporaryDir m_certs;
    std::unique_ptr<QTemporaryDir> m_config;
    QRandomGenerator m_random;
    SettingsData m_settingsA;
    SettingsData m_settingsB;
    QList<QSslCertificate> m_anchors;
    QSet<QString> m_anchorsA; // SHA-256 fingerprints
    QSet<QString> m_anchorsB;
    QByteArray m_bundleA;
    QByteArray m_bundleB;
    QList<QSslCertificate> m_bundleCertificatesA;
    QList<QSslCertificate> m_bundleCertificatesB;
    mutable QHash<QByteArray, QList<QSslCertificate>> m_parsedBundles; // by SHA-256 of the bytes
};

void TestCrashSafeSettings::initTestCase()
{
    bool fromEnvironment = false;
    const quint32 seed = qEnvironmentVariableIntValue("PROXYDECK_CRASH_SEED", &fromEnvironment);
    m_random.seed(fromEnvironment ? seed : 20240610u);
    qInfo("seed %u (set PROXYDECK_CRASH_SEED to replay another)", fromEnvironment ? seed : 20240610u);

    m_settingsA = SavingVersions::settings(u'A');
    m_settingsB = SavingVersions::settings(u'B');
    QVERIFY(m_settingsA != m_settingsB);

    QCOMPARE(QProcess::execute(QStringLiteral(PROXYDECK_SUPPORT_DIR "/make-test-certs"), {m_certs.path()}), 0);
    for (const QString &name : SavingVersions::anchorFiles()) {
        const QList<QSslCertificate> read = readCertificates(m_certs.filePath(name));
        QCOMPARE(read.size(), 1);
        m_anchors.append(read.constFirst());
    }
    for (int i = 0; i < 3; ++i) {
        const QString fingerprint = CertificateInfo::inspect(m_anchors.at(i)).sha256;
        if (i < 2)
            m_anchorsA.insert(fingerprint);
        m_anchorsB.insert(fingerprint);
    }

    // The two bundles, written by the same code into folders of their own.
    auto bundleA = referenceBundle(2);
    QVERIFY2(bundleA.ok(), qPrintable(bundleA.ok() ? QString() : bundleA.error().message));
    auto bundleB = referenceBundle(3);
    QVERIFY2(bundleB.ok(), qPrintable(bundleB.ok() ? QString() : bundleB.error().message));
    m_bundleA = bundleA.value();
    m_bundleB = bundleB.value();
    QVERIFY(m_bundleA != m_bundleB);
    m_bundleCertificatesA = QSslCertificate::fromData(m_bundleA, QSsl::Pem);
    m_bundleCertificatesB = QSslCertificate::fromData(m_bundleB, QSsl::Pem);
    QCOMPARE(m_bundleCertificatesB.size(), m_bundleCertificatesA.size() + 1);
}

Result<QByteArray> TestCrashSafeSettings::referenceBundle(int anchorCount)
{
    QTemporaryDir dir;
    AnchorStore store(dir.path());
    for (int i = 0; i < anchorCount; ++i) {
        if (auto added = store.add(m_anchors.at(i)); !added)
            return added.error();
    }
    auto written = store.writeBundle();
    if (!written)
        return written.error();
    return TestSupport::readFile(written.value());
}

void TestCrashSafeSettings::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
}

QStringList TestCrashSafeSettings::strayFiles(const QStringList &stateFiles) const
{
    QStringList stray;
    const QDir root(m_config->path());
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = root.relativeFilePath(it.next());
        const bool isState = std::any_of(stateFiles.cbegin(), stateFiles.cend(), [&](const QString &pattern) {
            return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(relative).hasMatch();
        });
        if (!isState)
            stray.append(relative);
    }
    return stray;
}

void TestCrashSafeSettings::killRepeatedly(const QString &mode, const std::function<Observation()> &observe,
                                           const QStringList &stateFiles)
{
    // QSaveFile's temporary name for a state file: the file name and six random characters.
    QStringList temporaries;
    for (const QString &pattern : stateFiles)
        temporaries.append(pattern + QStringLiteral("\\.[A-Za-z0-9]{6}"));

    Tally tally;
    QElapsedTimer clock;
    clock.start();
    for (int round = 0; round < Kills; ++round) {
        QProcess loop;
        loop.start(QStringLiteral(SAVINGLOOP_BINARY), {m_config->path(), mode, m_certs.path()});
        QVERIFY2(loop.waitForStarted(10000), qPrintable(loop.errorString()));
        QVERIFY2(loop.waitForReadyRead(20000),
                 qPrintable(QStringLiteral("round %1: savingloop never finished a first save: %2")
                                .arg(round)
                                .arg(QString::fromUtf8(loop.readAllStandardError()))));
        const int waitMs = int(m_random.bounded(MinWaitMs, MaxWaitMs + 1));
        std::this_thread::sleep_for(std::chrono::milliseconds(waitMs));
        loop.kill(); // SIGKILL
        QVERIFY(loop.waitForFinished(10000));
        // Still saving when the kill came: it did not stop on an error of its own.
        QVERIFY2(loop.exitStatus() == QProcess::CrashExit,
                 qPrintable(QStringLiteral("round %1: savingloop stopped by itself: %2")
                                .arg(round)
                                .arg(QString::fromUtf8(loop.readAllStandardError()))));
        const QByteArray reported = loop.readAllStandardOutput();
        QVERIFY(!reported.isEmpty());
        const char lastComplete = reported.back();

        const Observation seen = observe();
        QVERIFY2(seen.version != 0,
                 qPrintable(QStringLiteral("round %1 (killed after %2 ms, %3 saves reported): %4")
                                .arg(round)
                                .arg(waitMs)
                                .arg(reported.size())
                                .arg(seen.problem)));
        (seen.version == lastComplete ? tally.old : tally.fresh) += 1;
        (seen.version == 'A' ? tally.versionA : tally.versionB) += 1;

        const QStringList stray = strayFiles(stateFiles);
        const QStringList unexplained = strayFiles(stateFiles + temporaries);
        QVERIFY2(unexplained.isEmpty(), qPrintable(QStringLiteral("round %1: files that are neither state nor a QSaveFile "
                                                                  "temporary: %2").arg(round).arg(unexplained.join(u", "))));
        for (const QString &file : stray)
            tally.leftovers.insert(file);
    }
    // The next process starts on whatever the last kill left, leftovers included: it loads too.
    const Observation last = observe();
    QVERIFY2(last.version != 0, qPrintable(last.problem));

    qInfo("%s: %d kills in %lld ms: old version %d, new version %d (A %d, B %d); QSaveFile temporaries left: %lld",
          qPrintable(mode), Kills, static_cast<long long>(clock.elapsed()), tally.old, tally.fresh, tally.versionA, tally.versionB,
          static_cast<long long>(tally.leftovers.size()));
    QCOMPARE(tally.old + tally.fresh, Kills);
}

Observation TestCrashSafeSettings::observeSettings() const
{
    const SettingsLoadReport report = SettingsStore(ConfigLocation::settingsFile(m_config->path())).load();
    if (report.problem)
        return {0, report.problem->message};
    if (report.data == m_settingsA)
        return {'A', {}};
    if (report.data == m_settingsB)
        return {'B', {}};
    return {0, QStringLiteral("the settings loaded are neither version (%1 profiles, %2 connections)")
                   .arg(report.data.profiles.size())
                   .arg(report.data.connections.size())};
}

Observation TestCrashSafeSettings::observeAnchors() const
{
    const AnchorStore store(m_config->path());
    const QList<CertificateInfo> listed = store.list();
    // list() skips a file that does not parse: a torn anchor would silently look like the old set.
    const QStringList files = QDir(store.directory()).entryList({QStringLiteral("*.pem")}, QDir::Files);
    if (files.size() != listed.size())
        return {0, QStringLiteral("%1 anchor files, of which %2 parse: %3").arg(files.size()).arg(listed.size()).arg(files.join(u", "))};
    QSet<QString> fingerprints;
    for (const CertificateInfo &info : listed)
        fingerprints.insert(info.sha256);
    if (fingerprints == m_anchorsA)
        return {'A', {}};
    if (fingerprints == m_anchorsB)
        return {'B', {}};
    return {0, QStringLiteral("%1 anchors, neither set").arg(listed.size())};
}

Observation TestCrashSafeSettings::observeBundle() const
{
    const QString path = AnchorStore(m_config->path()).bundlePath();
    const QByteArray bytes = TestSupport::readFile(path);
    // Parsing a whole bundle takes a fifth of a second: each distinct content found is parsed
    // once, and a file with the same bytes parses the same.
    const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    auto parsed = m_parsedBundles.constFind(digest);
    if (parsed == m_parsedBundles.cend())
        parsed = m_parsedBundles.insert(digest, QSslCertificate::fromData(bytes, QSsl::Pem));
    const QList<QSslCertificate> &certificates = parsed.value();
    if (bytes == m_bundleA && certificates == m_bundleCertificatesA)
        return {'A', {}};
    if (bytes == m_bundleB && certificates == m_bundleCertificatesB)
        return {'B', {}};
    return {0, QStringLiteral("%1 is %2 bytes with %3 certificates; the versions are %4 and %5 bytes")
                   .arg(path)
                   .arg(bytes.size())
                   .arg(certificates.size())
                   .arg(m_bundleA.size())
                   .arg(m_bundleB.size())};
}

void TestCrashSafeSettings::aKilledSettingsSaveLeavesTheOldOrTheNewFile()
{
    killRepeatedly(QStringLiteral("settings"), [this] { return observeSettings(); }, {QStringLiteral("settings\\.json")});
}

void TestCrashSafeSettings::aKilledAnchorChangeLeavesTheOldOrTheNewAnchors()
{
    killRepeatedly(QStringLiteral("anchors"), [this] { return observeAnchors(); }, {QStringLiteral("anchors/[0-9a-f]+\\.pem")});
}

void TestCrashSafeSettings::aKilledBundleWriteLeavesTheOldOrTheNewBundle()
{
    killRepeatedly(QStringLiteral("bundle"), [this] { return observeBundle(); },
                   {QStringLiteral("anchors/[0-9a-f]+\\.pem"), QStringLiteral("ca-bundle\\.pem")});
}

QTEST_GUILESS_MAIN(TestCrashSafeSettings)
#include "tst_crashsafesettings.moc"
