// Settings, the model every page edits: profile operations validated as the parsers do, the
// `changed` signal only on a real change, and saving on a worker thread.
#include "settings.h"
#include "settingsstore.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addsAProfileWithATrimmedNameAndAFreshId();
    void consolePreferencesAreSavedWithoutTouchingTheProxySettings();
    void refusesBadNewProfileNames_data();
    void refusesBadNewProfileNames();
    void acceptsAHundredCharacterName();
    void renamesAProfileKeepingItsId();
    void refusesARenameToAnotherProfilesName();
    void duplicatesWithANewIdAndWithoutTheStoredPassword();
    void refusesToRemoveTheLastProfile();
    void removingTheActiveProfileActivatesTheFirst();
    void activatesOnlyExistingProfiles();
    void updateProfileNormalisesOrNamesTheWrongField_data();
    void updateProfileNormalisesOrNamesTheWrongField();
    void updateProfileWithNothingChangedEmitsNoSignal();
    void updateProfileOfAnUnknownIdIsRefused();
    void findsProfilesByNameIdOrTheActiveOne_data();
    void findsProfilesByNameIdOrTheActiveOne();
    void savesAsynchronouslyAndTheFileLoadsBackEqual();
    void saveAsyncReportsFailureWhenTheFileMustNotBeOverwritten();

private:
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("settings.json")); }
    // A loaded Settings with "Default" (active) and "Office" (proxy.corp:3128, stored password).
    std::unique_ptr<Settings> withOffice();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_officeId;
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSettings::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Settings> TestSettings::withOffice()
{
    auto settings = std::make_unique<Settings>(settingsPath());
    settings->load();
    m_officeId = settings->addProfile(QStringLiteral("Office")).value();
    ProxyProfile office = *settings->data().profileById(m_officeId);
    office.host = QStringLiteral("proxy.corp");
    office.port = 3128;
    office.username = QStringLiteral("ana");
    office.secretRef = QStringLiteral("keychain:ProxyDeck/") + office.secretKey();
    if (!settings->updateProfile(office))
        qFatal("the Office fixture does not validate");
    return settings;
}

void TestSettings::consolePreferencesAreSavedWithoutTouchingTheProxySettings()
{
    Settings settings(settingsPath());
    settings.load();
    QSignalSpy changed(&settings, &Settings::changed);
    QSignalSpy consoleChanged(&settings, &Settings::consoleChanged);
    ConsoleSettings console;
    console.trafficCapacity = 5; // below the minimum: clamped, not refused
    console.remoteEngines = {QStringLiteral("ws://node-1:3129")};
    settings.setConsole(console);
    QCOMPARE(consoleChanged.size(), 1);
    QCOMPARE(changed.size(), 0); // a running engine does not become stale over a console preference
    QCOMPARE(settings.data().console.trafficCapacity, ConsoleSettings::MinTrafficCapacity);
    settings.setConsole(settings.data().console);
    QCOMPARE(consoleChanged.size(), 1); // no change, no signal
    QVERIFY(settings.save());

    Settings reread(settingsPath());
    reread.load();
    QCOMPARE(reread.data().console, settings.data().console);
}

void TestSettings::addsAProfileWithATrimmedNameAndAFreshId()
{
    Settings settings(settingsPath());
    settings.load();
    QSignalSpy changed(&settings, &Settings::changed);
    const auto added = settings.addProfile(QStringLiteral("  Office  "));
    QVERIFY(added.ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(settings.data().profiles.size(), 2);
    const ProxyProfile *office = settings.data().profileById(added.value());
    QVERIFY(office);
    QCOMPARE(office->name, QStringLiteral("Office"));
    QVERIFY(office->id != settings.data().profiles.at(0).id);
    QVERIFY(!office->usesProxy());
    QVERIFY(!office->hasStoredPassword());
    // Adding does not activate.
    QCOMPARE(settings.data().activeProfileId, settings.data().profiles.at(0).id);
}

void TestSettings::refusesBadNewProfileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << "" << "needs a name";
    QTest::newRow("blank") << " \t " << "needs a name";
    QTest::newRow("101 characters") << QString(101, u'x') << "at most 100";
    QTest::newRow("same name") << "Office" << "“Office” already exists";
    QTest::newRow("same name, other case") << "oFFICE" << "“Office” already exists";
    QTest::newRow("same name, spaces around") << "  office " << "“Office” already exists";
    QTest::newRow("the default profile's name") << "DEFAULT" << "already exists";
}

void TestSettings::refusesBadNewProfileNames()
{
    QFETCH(QString, name);
    QFETCH(QString, mentions);
    const auto settings = withOffice();
    const SettingsData before = settings->data();
    QSignalSpy changed(settings.get(), &Settings::changed);
    const auto added = settings->addProfile(name);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().field, QStringLiteral("name"));
    QVERIFY2(added.error().message.contains(mentions), qPrintable(added.error().message));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(settings->data(), before);
}

void TestSettings::acceptsAHundredCharacterName()
{
    Settings settings(settingsPath());
    settings.load();
    const QString name(100, u'x');
    const auto added = settings.addProfile(name);
    QVERIFY(added.ok());
    QCOMPARE(settings.data().profileById(added.value())->name, name);
}

void TestSettings::renamesAProfileKeepingItsId()
{
    const auto settings = withOffice();
    QSignalSpy changed(settings.get(), &Settings::changed);
    QVERIFY(settings->renameProfile(m_officeId, QStringLiteral(" Büro ")).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(settings->data().profileById(m_officeId)->name, QStringLiteral("Büro"));
    QCOMPARE(settings->data().profileById(m_officeId)->host, QStringLiteral("proxy.corp"));
    QCOMPARE(settings->findProfile(QStringLiteral("BÜRO"))->id, m_officeId);
    // Its own name in another case is not a clash.
    QVERIFY(settings->renameProfile(m_officeId, QStringLiteral("BÜRO")).ok());
    QCOMPARE(settings->data().profileById(m_officeId)->name, QStringLiteral("BÜRO"));
    QVERIFY(!settings->renameProfile(QStringLiteral("no-such-id"), QStringLiteral("X")).ok());
}

void TestSettings::refusesARenameToAnotherProfilesName()
{
    const auto settings = withOffice();
    const auto renamed = settings->renameProfile(m_officeId, QStringLiteral("default"));
    QVERIFY(!renamed.ok());
    QCOMPARE(renamed.error().field, QStringLiteral("name"));
    QCOMPARE(settings->data().profileById(m_officeId)->name, QStringLiteral("Office"));
    QCOMPARE(settings->renameProfile(m_officeId, QStringLiteral("  ")).error().field, QStringLiteral("name"));
}

void TestSettings::duplicatesWithANewIdAndWithoutTheStoredPassword()
{
    const auto settings = withOffice();
    const ProxyProfile original = *settings->data().profileById(m_officeId);
    const auto copied = settings->duplicateProfile(m_officeId, QStringLiteral("Office 2"));
    QVERIFY(copied.ok());
    QVERIFY(copied.value() != m_officeId);
    const ProxyProfile *copy = settings->data().profileById(copied.value());
    QVERIFY(copy);
    QCOMPARE(copy->name, QStringLiteral("Office 2"));
    QCOMPARE(copy->scheme, original.scheme);
    QCOMPARE(copy->host, original.host);
    QCOMPARE(copy->port, original.port);
    QCOMPARE(copy->username, original.username);
    QVERIFY(copy->secretRef.isEmpty());
    QCOMPARE(*settings->data().profileById(m_officeId), original); // the original keeps its password

    QCOMPARE(settings->duplicateProfile(m_officeId, QStringLiteral("OFFICE")).error().field, QStringLiteral("name"));
    QVERIFY(!settings->duplicateProfile(QStringLiteral("no-such-id"), QStringLiteral("X")).ok());
    QCOMPARE(settings->data().profiles.size(), 3);
}

void TestSettings::refusesToRemoveTheLastProfile()
{
    Settings settings(settingsPath());
    settings.load();
    const QString only = settings.data().profiles.at(0).id;
    QSignalSpy changed(&settings, &Settings::changed);
    const auto removed = settings.removeProfile(only);
    QVERIFY(!removed.ok());
    QVERIFY2(removed.error().message.contains(QStringLiteral("last profile")), qPrintable(removed.error().message));
    QCOMPARE(settings.data().profiles.size(), 1);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!settings.removeProfile(QStringLiteral("no-such-id")).ok());
}

void TestSettings::removingTheActiveProfileActivatesTheFirst()
{
    const auto settings = withOffice();
    const QString first = settings->data().profiles.at(0).id;
    const QString copy = settings->duplicateProfile(m_officeId, QStringLiteral("Copy")).value();
    QVERIFY(settings->setActiveProfile(copy).ok());

    QVERIFY(settings->removeProfile(m_officeId).ok()); // not the active one: the active stays
    QCOMPARE(settings->data().activeProfileId, copy);
    QVERIFY(settings->removeProfile(copy).ok());
    QCOMPARE(settings->data().activeProfileId, first);
    QCOMPARE(settings->data().profiles.size(), 1);
}

void TestSettings::activatesOnlyExistingProfiles()
{
    const auto settings = withOffice();
    QSignalSpy changed(settings.get(), &Settings::changed);
    QVERIFY(settings->setActiveProfile(m_officeId).ok());
    QCOMPARE(settings->data().activeProfileId, m_officeId);
    QCOMPARE(settings->data().activeProfile()->name, QStringLiteral("Office"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!settings->setActiveProfile(QStringLiteral("no-such-id")).ok());
    QCOMPARE(settings->data().activeProfileId, m_officeId);
}

void TestSettings::updateProfileNormalisesOrNamesTheWrongField_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("field"); // empty: accepted
    QTest::addColumn<QString>("normalisedScheme");
    QTest::addColumn<QString>("normalisedHost");
    QTest::newRow("host case and root dot") << "Office" << "http" << "Proxy.Corp." << 3128 << "ana" << "" << "http" << "proxy.corp";
    QTest::newRow("bracketed ipv6") << "Office" << "http" << "[2001:DB8::1]" << 3128 << "" << "" << "http" << "2001:db8::1";
    QTest::newRow("scheme case") << "Office" << "HTTPS" << "proxy" << 443 << "" << "" << "https" << "proxy";
    QTest::newRow("no proxy keeps the host empty") << "Office" << "http" << "" << 0 << "" << "" << "http" << "";
    QTest::newRow("bad host") << "Office" << "http" << "bad host" << 3128 << "" << "host" << "" << "";
    QTest::newRow("host with port") << "Office" << "http" << "proxy:3128" << 3128 << "" << "host" << "" << "";
    QTest::newRow("port 0") << "Office" << "http" << "proxy" << 0 << "" << "port" << "" << "";
    QTest::newRow("socks") << "Office" << "socks5" << "proxy" << 1080 << "" << "scheme" << "" << "";
    QTest::newRow("newline in username") << "Office" << "http" << "proxy" << 3128 << "ana\nroot" << "username" << "" << "";
    QTest::newRow("carriage return in username") << "Office" << "http" << "proxy" << 3128 << "ana\r" << "username" << "" << "";
    QTest::newRow("another profile's name") << "Default" << "http" << "proxy" << 3128 << "" << "name" << "" << "";
    QTest::newRow("empty name") << " " << "http" << "proxy" << 3128 << "" << "name" << "" << "";
}

void TestSettings::updateProfileNormalisesOrNamesTheWrongField()
{
    QFETCH(QString, name);
    QFETCH(QString, scheme);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, username);
    QFETCH(QString, field);
    QFETCH(QString, normalisedScheme);
    QFETCH(QString, normalisedHost);
    const auto settings = withOffice();
    const ProxyProfile before = *settings->data().profileById(m_officeId);
    ProxyProfile edited = before;
    edited.name = name;
    edited.scheme = scheme;
    edited.host = host;
    edited.port = quint16(port);
    edited.username = username;
    const auto updated = settings->updateProfile(edited);
    const ProxyProfile after = *settings->data().profileById(m_officeId);
    if (!field.isEmpty()) {
        QVERIFY(!updated.ok());
        QCOMPARE(updated.error().field, field);
        QCOMPARE(after, before);
        return;
    }
    QVERIFY2(updated.ok(), updated.ok() ? "" : qPrintable(updated.error().message));
    QCOMPARE(after.scheme, normalisedScheme);
    QCOMPARE(after.host, normalisedHost);
    QCOMPARE(int(after.port), port);
    QCOMPARE(after.username, username);
    QCOMPARE(after.secretRef, before.secretRef);
}

void TestSettings::updateProfileWithNothingChangedEmitsNoSignal()
{
    const auto settings = withOffice();
    QSignalSpy changed(settings.get(), &Settings::changed);
    ProxyProfile same = *settings->data().profileById(m_officeId);
    QVERIFY(settings->updateProfile(same).ok());
    // Differences that normalise away are no change either.
    same.host = QStringLiteral("PROXY.corp.");
    same.name = QStringLiteral(" Office ");
    QVERIFY(settings->updateProfile(same).ok());
    QCOMPARE(changed.count(), 0);

    same.port = 8080;
    QVERIFY(settings->updateProfile(same).ok());
    QCOMPARE(changed.count(), 1);
}

void TestSettings::updateProfileOfAnUnknownIdIsRefused()
{
    const auto settings = withOffice();
    ProxyProfile stranger = *settings->data().profileById(m_officeId);
    stranger.id = QStringLiteral("no-such-id");
    stranger.name = QStringLiteral("Stranger");
    const SettingsData before = settings->data();
    QVERIFY(!settings->updateProfile(stranger).ok());
    QCOMPARE(settings->data(), before);
}

void TestSettings::findsProfilesByNameIdOrTheActiveOne_data()
{
    QTest::addColumn<QString>("query"); // "<office-id>" stands for the Office profile's id
    QTest::addColumn<QString>("found"); // the name found; empty: none
    QTest::newRow("empty is the active one") << "" << "Default";
    QTest::newRow("name") << "Office" << "Office";
    QTest::newRow("name, other case") << "OFFICE" << "Office";
    QTest::newRow("id") << "<office-id>" << "Office";
    QTest::newRow("unknown") << "Home" << "";
}

void TestSettings::findsProfilesByNameIdOrTheActiveOne()
{
    QFETCH(QString, query);
    QFETCH(QString, found);
    const auto settings = withOffice();
    query.replace(QStringLiteral("<office-id>"), m_officeId);
    const ProxyProfile *profile = settings->findProfile(query);
    QCOMPARE(profile ? profile->name : QString(), found);
}

void TestSettings::savesAsynchronouslyAndTheFileLoadsBackEqual()
{
    const auto settings = withOffice();
    settings->setNoProxy({QStringLiteral("localhost"), QStringLiteral(".corp")});
    QVERIFY(settings->setActiveProfile(m_officeId).ok());
    QSignalSpy finished(settings.get(), &Settings::saveFinished);
    settings->saveAsync();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(finished.at(0).at(1).toString(), QString());

    const SettingsLoadReport reloaded = SettingsStore(settingsPath()).load();
    QVERIFY(!reloaded.problem);
    QCOMPARE(reloaded.data, settings->data());
}

void TestSettings::saveAsyncReportsFailureWhenTheFileMustNotBeOverwritten()
{
    const QByteArray newer = R"({"version": 99, "profiles": []})";
    {
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(newer);
    }
    Settings settings(settingsPath());
    settings.load();
    QVERIFY(!settings.canSave());
    QVERIFY(settings.addProfile(QStringLiteral("Office")).ok()); // edits are possible, saving is not
    QSignalSpy finished(&settings, &Settings::saveFinished);
    settings.saveAsync();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QString message = finished.at(0).at(1).toString();
    QVERIFY2(message.startsWith(QStringLiteral("Not saved:")), qPrintable(message));
    QVERIFY2(message.contains(settingsPath()), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("newer ProxyDeck")), qPrintable(message));
    QCOMPARE(TestSupport::readFile(settingsPath()), newer);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
