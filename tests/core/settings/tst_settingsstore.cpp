// SettingsStore, the settings file: atomic owner-only writes, a damaged file kept aside (never
// over an earlier backup) with the place it broke named, and files it must not overwrite.
#include "settings.h"
#include "settingscodec.h"
#include "settingsstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

// Owner, group and other bits (QFile also reports the "user" bits of the current user).
const QFile::Permissions kModeBits = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
    | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

SettingsData sample()
{
    SettingsData data = SettingsData::defaults();
    ProxyProfile office;
    office.id = ProxyProfile::newId();
    office.name = QStringLiteral("Büro – Zürich");
    office.scheme = QStringLiteral("https");
    office.host = QStringLiteral("2001:db8::8");
    office.port = 8443;
    office.username = QStringLiteral("ana@corp");
    office.secretRef = QStringLiteral("keychain:ProxyDeck/profile/") + office.id;
    data.profiles.append(office);
    data.activeProfileId = office.id;
    data.noProxy = {QStringLiteral("localhost"), QStringLiteral(".corp"), QStringLiteral("10.0.0.0/8")};
    data.extra.insert(QStringLiteral("futureSection"), QJsonObject{{QStringLiteral("x"), 1}});
    return data;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

// The defaults apart from their random ids.
void verifyDefaults(const SettingsData &data)
{
    const SettingsData defaults = SettingsData::defaults();
    QCOMPARE(data.profiles.size(), defaults.profiles.size());
    QCOMPARE(data.profiles.at(0).name, defaults.profiles.at(0).name);
    QVERIFY(!data.profiles.at(0).usesProxy());
    QCOMPARE(data.activeProfileId, data.profiles.at(0).id);
    QVERIFY(data.noProxy.isEmpty());
    QVERIFY(data.connections.isEmpty());
    QVERIFY(data.extra.isEmpty());
}

} // namespace

class TestSettingsStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void aMissingFileGivesDefaultsAndNoProblem();
    void loadsBackWhatItSaved();
    void savesOwnerOnlyInAnOwnerOnlyFolderItCreates();
    void tightensTheModeOfAnExistingFile();
    void leavesNoTemporaryFileBehind();
    void movesADamagedFileAsideAndNamesWhereItBroke_data();
    void movesADamagedFileAsideAndNamesWhereItBroke();
    void neverOverwritesAnEarlierBackup();
    void leavesANewerVersionFileUntouchedAndRefusesToSave();
    void leavesAnUnreadableFileUntouchedAndRefusesToSave();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("settings.json")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettingsStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSettingsStore::cleanup()
{
    // An unreadable-file test may have left a file the temporary folder cannot be cleaned of.
    QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner);
    m_dir.reset();
}

void TestSettingsStore::aMissingFileGivesDefaultsAndNoProblem()
{
    const SettingsLoadReport report = SettingsStore(path()).load();
    QVERIFY(!report.problem);
    QVERIFY(report.writable);
    QVERIFY(report.backupPath.isEmpty());
    verifyDefaults(report.data);
    QVERIFY(!QFile::exists(path())); // loading creates nothing
}

void TestSettingsStore::loadsBackWhatItSaved()
{
    const SettingsStore store(path());
    const SettingsData data = sample();
    const auto saved = store.save(data);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    QCOMPARE(TestSupport::readFile(path()), SettingsCodec::encode(data));
    const SettingsLoadReport report = store.load();
    QVERIFY(!report.problem);
    QVERIFY(report.writable);
    QCOMPARE(report.data, data);
}

void TestSettingsStore::savesOwnerOnlyInAnOwnerOnlyFolderItCreates()
{
    const QString folder = m_dir->filePath(QStringLiteral("config/ProxyDeck"));
    const SettingsStore store(folder + QStringLiteral("/settings.json"));
    const SettingsData data = sample();
    QVERIFY(store.save(data).ok());
    QCOMPARE(QFile::permissions(store.filePath()) & kModeBits, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(QFile::permissions(folder) & kModeBits, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(store.load().data, data);
}

void TestSettingsStore::tightensTheModeOfAnExistingFile()
{
    QVERIFY(writeFile(path(), "{}"));
    QVERIFY(QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(SettingsStore(path()).save(sample()).ok());
    QCOMPARE(QFile::permissions(path()) & kModeBits, QFile::ReadOwner | QFile::WriteOwner);
}

void TestSettingsStore::leavesNoTemporaryFileBehind()
{
    const SettingsStore store(path());
    QVERIFY(store.save(sample()).ok());
    QVERIFY(store.save(SettingsData::defaults()).ok());
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("settings.json")});
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(), 1);
}

void TestSettingsStore::movesADamagedFileAsideAndNamesWhereItBroke_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where"); // what the problem message must say about the place
    QTest::addColumn<int>("position");  // byte offset; -1 for a field error
    QTest::newRow("binary garbage") << QByteArray("\x00\xff garbage", 10) << "line 1, column 2" << 1;
    QTest::newRow("truncated JSON") << QByteArray("{\n  \"version\": 1,\n  \"profiles\": [\n    {\"id\": \"a\", \"name\": \"A\"")
                                    << "line 4, column 28" << 61;
    QTest::newRow("empty file") << QByteArray() << "line 1, column 1" << 0;
    QTest::newRow("valid JSON, bad port") << QByteArray(R"({"version":1,"profiles":[{"id":"a","name":"A","host":"p","port":0}]})")
                                          << "profiles[0].port" << -1;
}

void TestSettingsStore::movesADamagedFileAsideAndNamesWhereItBroke()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    QFETCH(int, position);
    QVERIFY(writeFile(path(), bytes));
    const SettingsLoadReport report = SettingsStore(path()).load();
    QVERIFY(report.problem);
    const QString message = report.problem->message;
    QVERIFY2(message.contains(path()), qPrintable(message));
    QVERIFY2(message.contains(where), qPrintable(message));
    QVERIFY2(message.contains(path() + QStringLiteral(".bak")), qPrintable(message)); // says where it went
    QCOMPARE(report.problem->position, qsizetype(position));
    QVERIFY(report.writable);
    QCOMPARE(report.backupPath, path() + QStringLiteral(".bak"));
    QCOMPARE(TestSupport::readFile(report.backupPath), bytes);
    QCOMPARE(QFileInfo(report.backupPath).size(), qint64(bytes.size()));
    QVERIFY(!QFile::exists(path()));
    verifyDefaults(report.data);
}

void TestSettingsStore::neverOverwritesAnEarlierBackup()
{
    const QByteArray first = "{ \"version\": 1, \"profiles\": [ {\"name\": ";
    const QByteArray second = "not json at all";
    const QByteArray third = "{]";
    QVERIFY(writeFile(path(), first));
    QCOMPARE(SettingsStore(path()).load().backupPath, path() + QStringLiteral(".bak"));
    QVERIFY(writeFile(path(), second));
    const SettingsLoadReport again = SettingsStore(path()).load();
    QCOMPARE(again.backupPath, path() + QStringLiteral(".bak.2"));
    QVERIFY2(again.problem->message.contains(path() + QStringLiteral(".bak.2")), qPrintable(again.problem->message));
    QVERIFY(writeFile(path(), third));
    QCOMPARE(SettingsStore(path()).load().backupPath, path() + QStringLiteral(".bak.3"));

    QCOMPARE(TestSupport::readFile(path() + QStringLiteral(".bak")), first);
    QCOMPARE(TestSupport::readFile(path() + QStringLiteral(".bak.2")), second);
    QCOMPARE(TestSupport::readFile(path() + QStringLiteral(".bak.3")), third);
    QCOMPARE(filesIn(m_dir->path()), (QStringList{QStringLiteral("settings.json.bak"), QStringLiteral("settings.json.bak.2"),
                                                  QStringLiteral("settings.json.bak.3")}));
}

void TestSettingsStore::leavesANewerVersionFileUntouchedAndRefusesToSave()
{
    const QByteArray newer = R"({"version": 99, "profiles": [{"name": "From the future", "teleport": true}]})";
    QVERIFY(writeFile(path(), newer));
    const SettingsLoadReport report = SettingsStore(path()).load();
    QVERIFY(report.problem);
    QVERIFY(!report.writable);
    QVERIFY(report.backupPath.isEmpty());
    QVERIFY2(report.problem->message.contains(path()), qPrintable(report.problem->message));
    QVERIFY2(report.problem->message.contains(QStringLiteral("newer ProxyDeck")), qPrintable(report.problem->message));
    verifyDefaults(report.data);
    QCOMPARE(TestSupport::readFile(path()), newer);
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("settings.json")});

    Settings settings(path());
    settings.load();
    QVERIFY(!settings.canSave());
    const auto saved = settings.save();
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().message.contains(QStringLiteral("newer ProxyDeck")), qPrintable(saved.error().message));
    QCOMPARE(TestSupport::readFile(path()), newer);
}

void TestSettingsStore::leavesAnUnreadableFileUntouchedAndRefusesToSave()
{
    if (geteuid() == 0)
        QSKIP("running as root, which reads a file whatever its mode: an unreadable file cannot be made here");
    const SettingsData data = sample();
    const QByteArray bytes = SettingsCodec::encode(data);
    QVERIFY(writeFile(path(), bytes));
    QVERIFY(QFile::setPermissions(path(), {}));
    const SettingsLoadReport report = SettingsStore(path()).load();
    QVERIFY(report.problem);
    QVERIFY(!report.writable);
    QVERIFY(report.backupPath.isEmpty());
    QVERIFY2(report.problem->message.contains(path()), qPrintable(report.problem->message));
    verifyDefaults(report.data);

    Settings settings(path());
    settings.load();
    QVERIFY(!settings.save().ok());
    QVERIFY(QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner));
    QCOMPARE(TestSupport::readFile(path()), bytes);
    QCOMPARE(SettingsStore(path()).load().data, data);
}

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "tst_settingsstore.moc"
