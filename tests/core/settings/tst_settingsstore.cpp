// SettingsCodec (versioned JSON) and SettingsStore (the file): round trips, version upgrade,
// damaged files kept aside with their position named, atomic owner-only writes.
#include "settings.h"
#include "settingscodec.h"
#include "settingsstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
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
    data.connections.append(Connection{QStringLiteral("c1"), QStringLiteral("Warehouse"), QStringLiteral("snowflake"),
                                       QStringLiteral("acme.snowflakecomputing.com"), false});
    data.extra.insert(QStringLiteral("futureSection"), QJsonObject{{QStringLiteral("x"), 1}});
    return data;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestSettingsStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEverythingIncludingUnknownKeys();
    void encodesNoPasswordField();
    void upgradesUnversionedFiles();
    void refusesFilesFromANewerVersion();
    void namesLineColumnAndByteOfBadJson();
    void namesTheFieldOfABadValue_data();
    void namesTheFieldOfABadValue();
    void missingFileGivesDefaults();
    void savesAtomicallyOwnerOnly();
    void movesADamagedFileAsideWithoutOverwritingEarlierBackups();
    void leavesANewerVersionFileUntouchedAndRefusesToSave();
    void leavesAnUnreadableFileUntouched();
    void savesAsynchronouslyAndReportsFailure();
    void validatesProfileOperations();
};

void TestSettingsStore::roundTripsEverythingIncludingUnknownKeys()
{
    const SettingsData data = sample();
    const auto decoded = SettingsCodec::decode(SettingsCodec::encode(data));
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().message));
    QCOMPARE(decoded.value(), data);
}

void TestSettingsStore::encodesNoPasswordField()
{
    const QJsonObject root = QJsonDocument::fromJson(SettingsCodec::encode(sample())).object();
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), SettingsData::CurrentVersion);
    const QJsonObject profile = root.value(QStringLiteral("profiles")).toArray().at(1).toObject();
    QStringList keys = profile.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("host"), QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("port"),
                                QStringLiteral("scheme"), QStringLiteral("secretRef"), QStringLiteral("username")}));
}

void TestSettingsStore::upgradesUnversionedFiles()
{
    const QByteArray v0 = R"({"profiles":[{"name":"Home"},{"name":"Office","host":"Proxy.Corp","port":3128}],
                              "activeProfile":"office","noProxy":["localhost"]})";
    const auto decoded = SettingsCodec::decode(v0);
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().message));
    const SettingsData &data = decoded.value();
    QCOMPARE(data.profiles.size(), 2);
    QVERIFY(!data.profiles.at(0).id.isEmpty());
    QVERIFY(data.profiles.at(0).id != data.profiles.at(1).id);
    QCOMPARE(data.activeProfile()->name, QStringLiteral("Office"));
    QCOMPARE(data.activeProfile()->host, QStringLiteral("proxy.corp"));
    // Saved again, it is a current-version file.
    QCOMPARE(QJsonDocument::fromJson(SettingsCodec::encode(data)).object().value(QStringLiteral("version")).toInt(), 1);
}

void TestSettingsStore::refusesFilesFromANewerVersion()
{
    const auto decoded = SettingsCodec::decode(R"({"version": 99, "profiles": []})");
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().field, QStringLiteral("version"));
    QVERIFY(decoded.error().message.contains(QStringLiteral("99")));
}

void TestSettingsStore::namesLineColumnAndByteOfBadJson()
{
    const QByteArray text = "{\n  \"version\": 1,\n  \"profiles\": [ oops ]\n}";
    const auto decoded = SettingsCodec::decode(text);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().message.contains(QStringLiteral("line 3")), qPrintable(decoded.error().message));
    QVERIFY(decoded.error().position > text.indexOf("oops") - 2 && decoded.error().position <= text.indexOf("oops") + 1);
    QCOMPARE(SettingsCodec::lineAndColumn("ab\ncd", 4), std::make_pair(2, 2));
    QCOMPARE(SettingsCodec::lineAndColumn("ab", 0), std::make_pair(1, 1));
}

void TestSettingsStore::namesTheFieldOfABadValue_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("bad port") << QByteArray(R"({"version":1,"profiles":[{"id":"a","name":"A"},{"id":"b","name":"B","host":"p","port":70000}]})")
                              << "profiles[1].port";
    QTest::newRow("bad host") << QByteArray(R"({"version":1,"profiles":[{"id":"a","name":"A","host":"bad host","port":1}]})")
                              << "profiles[0].host";
    QTest::newRow("duplicate names") << QByteArray(R"({"version":1,"profiles":[{"id":"a","name":"Office"},{"id":"b","name":"OFFICE"}]})")
                                     << "profiles[1].name";
    QTest::newRow("missing id") << QByteArray(R"({"version":1,"profiles":[{"name":"A"}]})") << "profiles[0].id";
    QTest::newRow("noProxy not strings") << QByteArray(R"({"version":1,"noProxy":[1]})") << "noProxy[0]";
    QTest::newRow("unknown connection kind")
        << QByteArray(R"({"version":1,"connections":[{"id":"c","name":"C","kind":"gopher","endpoint":"h:1"}]})")
        << "connections[0].kind";
    QTest::newRow("version not a number") << QByteArray(R"({"version":"one"})") << "version";
}

void TestSettingsStore::namesTheFieldOfABadValue()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const auto decoded = SettingsCodec::decode(json);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().field, field);
    QVERIFY2(decoded.error().message.startsWith(field), qPrintable(decoded.error().message));
}

void TestSettingsStore::missingFileGivesDefaults()
{
    QTemporaryDir dir;
    const SettingsLoadReport report = SettingsStore(dir.filePath(QStringLiteral("settings.json"))).load();
    QVERIFY(!report.problem);
    QVERIFY(report.writable);
    QCOMPARE(report.data.profiles.size(), 1);
    QVERIFY(!report.data.activeProfile()->usesProxy());
}

void TestSettingsStore::savesAtomicallyOwnerOnly()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("new/ProxyDeck"));
    const SettingsStore store(folder + QStringLiteral("/settings.json"));
    const SettingsData data = sample();
    QVERIFY(store.save(data).ok());
    QCOMPARE(QFile::permissions(store.filePath()) & kModeBits, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(QFile::permissions(folder) & kModeBits, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(store.load().data, data);
    QVERIFY(store.save(SettingsData::defaults()).ok());
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("settings.json")});
}

void TestSettingsStore::movesADamagedFileAsideWithoutOverwritingEarlierBackups()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.json"));
    const QByteArray first = "{ \"version\": 1, \"profiles\": [ {\"name\": ";
    writeFile(path, first);
    const SettingsLoadReport report = SettingsStore(path).load();
    QVERIFY(report.problem);
    QVERIFY2(report.problem->message.contains(path), qPrintable(report.problem->message));
    QVERIFY(report.problem->message.contains(QStringLiteral("line 1")));
    QVERIFY(report.writable);
    QCOMPARE(report.backupPath, path + QStringLiteral(".bak"));
    QCOMPARE(TestSupport::readFile(path + QStringLiteral(".bak")), first);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(report.data.profiles.size(), 1);

    const QByteArray second = "\x00\xff garbage";
    writeFile(path, second);
    const SettingsLoadReport again = SettingsStore(path).load();
    QCOMPARE(again.backupPath, path + QStringLiteral(".bak.2"));
    QCOMPARE(TestSupport::readFile(path + QStringLiteral(".bak")), first);
    QCOMPARE(TestSupport::readFile(path + QStringLiteral(".bak.2")), second);
}

void TestSettingsStore::leavesANewerVersionFileUntouchedAndRefusesToSave()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.json"));
    const QByteArray newer = R"({"version": 7, "profiles": [], "teleport": true})";
    writeFile(path, newer);
    Settings settings(path);
    const SettingsLoadReport &report = settings.load();
    QVERIFY(report.problem);
    QVERIFY(!report.writable);
    QVERIFY(report.problem->message.contains(QStringLiteral("newer")));
    QVERIFY(!settings.save().ok());
    QCOMPARE(TestSupport::readFile(path), newer);
    QVERIFY(!QFile::exists(path + QStringLiteral(".bak")));
}

void TestSettingsStore::leavesAnUnreadableFileUntouched()
{
    if (geteuid() == 0)
        QSKIP("root reads files whatever their mode; the unreadable-file path cannot be produced here");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.json"));
    writeFile(path, SettingsCodec::encode(sample()));
    QFile::setPermissions(path, {});
    const SettingsLoadReport report = SettingsStore(path).load();
    QVERIFY(report.problem);
    QVERIFY(!report.writable);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(SettingsStore(path).load().data, sample());
}

void TestSettingsStore::savesAsynchronouslyAndReportsFailure()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.json"));
    Settings settings(path);
    settings.load();
    QVERIFY(settings.addProfile(QStringLiteral("Office")).ok());
    QSignalSpy finished(&settings, &Settings::saveFinished);
    settings.saveAsync();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(SettingsStore(path).load().data, settings.data());

    writeFile(path, R"({"version": 2})");
    Settings refused(path);
    refused.load();
    QSignalSpy refusedSpy(&refused, &Settings::saveFinished);
    refused.saveAsync();
    QVERIFY(refusedSpy.wait(5000));
    QCOMPARE(refusedSpy.at(0).at(0).toBool(), false);
    QVERIFY(!refusedSpy.at(0).at(1).toString().isEmpty());
}

void TestSettingsStore::validatesProfileOperations()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.json")));
    settings.load();
    QVERIFY(!settings.addProfile(QStringLiteral("  ")).ok());
    QVERIFY(!settings.addProfile(QString(101, u'x')).ok());
    const QString office = settings.addProfile(QStringLiteral("Office")).value();
    QCOMPARE(settings.addProfile(QStringLiteral("office")).error().field, QStringLiteral("name"));
    QVERIFY(settings.renameProfile(office, QStringLiteral("Büro")).ok());
    QCOMPARE(settings.findProfile(QStringLiteral("BÜRO"))->id, office);

    ProxyProfile profile = *settings.data().profileById(office);
    profile.host = QStringLiteral("Proxy.Corp.");
    profile.port = 3128;
    profile.secretRef = QStringLiteral("keychain:ProxyDeck/profile/") + office;
    QVERIFY(settings.updateProfile(profile).ok());
    QCOMPARE(settings.data().profileById(office)->host, QStringLiteral("proxy.corp"));
    QSignalSpy changed(&settings, &Settings::changed);
    QVERIFY(settings.updateProfile(*settings.data().profileById(office)).ok());
    QCOMPARE(changed.count(), 0);
    profile.port = 0;
    QCOMPARE(settings.updateProfile(profile).error().field, QStringLiteral("port"));
    profile.port = 3128;
    profile.username = QStringLiteral("a\nb");
    QCOMPARE(settings.updateProfile(profile).error().field, QStringLiteral("username"));

    const QString copy = settings.duplicateProfile(office, QStringLiteral("Copy")).value();
    QVERIFY(copy != office);
    QVERIFY(settings.data().profileById(copy)->secretRef.isEmpty());
    QCOMPARE(settings.data().profileById(copy)->host, QStringLiteral("proxy.corp"));

    QVERIFY(settings.setActiveProfile(office).ok());
    QVERIFY(settings.removeProfile(office).ok());
    QCOMPARE(settings.data().activeProfileId, settings.data().profiles.constFirst().id);
    QVERIFY(settings.removeProfile(copy).ok());
    QVERIFY(!settings.removeProfile(settings.data().profiles.constFirst().id).ok()); // the last one stays
    QCOMPARE(settings.findProfile(QString()), settings.data().activeProfile());
}

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "tst_settingsstore.moc"
