// SettingsCodec: settings <-> versioned JSON. Round trips, the version-0 upgrade, newer files
// refused, and errors that name the JSON path or the line, column and byte that are wrong.
#include "settingscodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

Q_DECLARE_METATYPE(SettingsData)

namespace {

ProxyProfile profile(const QString &name, const QString &host = QString(), quint16 port = 0)
{
    ProxyProfile result;
    result.id = ProxyProfile::newId();
    result.name = name;
    result.host = host;
    result.port = port;
    return result;
}

SettingsData withProfiles(const QList<ProxyProfile> &profiles)
{
    SettingsData data;
    data.profiles = profiles;
    data.activeProfileId = profiles.constFirst().id;
    return data;
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QJsonObject encodedRoot(const SettingsData &data)
{
    return QJsonDocument::fromJson(SettingsCodec::encode(data)).object();
}

} // namespace

class TestSettingsCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesWhatItEncodedUnchanged_data();
    void decodesWhatItEncodedUnchanged();
    void encodesProfilesWithoutAnyPasswordKey();
    void writesTheCurrentVersionAndKeepsUnknownKeysAtTopLevel();
    void upgradesUnversionedFilesAssigningIdsAndResolvingTheActiveName();
    void upgradedFilesWithoutAKnownActiveProfileActivateTheFirst_data();
    void upgradedFilesWithoutAKnownActiveProfileActivateTheFirst();
    void fallsBackToDefaultsWhenNoProfileIsListed();
    void refusesFilesFromANewerVersion_data();
    void refusesFilesFromANewerVersion();
    void refusesNumbersOutOfRangeWithoutCastingThem_data();
    void refusesNumbersOutOfRangeWithoutCastingThem();
    void namesLineColumnAndByteOfInvalidJson_data();
    void namesLineColumnAndByteOfInvalidJson();
    void rejectsATopLevelThatIsNotAnObject();
    void namesThePathOfABadValue_data();
    void namesThePathOfABadValue();
    void rejectsDuplicateProfileNamesIgnoringCase_data();
    void rejectsDuplicateProfileNamesIgnoringCase();
    void convertsByteOffsetsToLineAndColumn_data();
    void convertsByteOffsetsToLineAndColumn();
    void keepsAPacLocationThatLoadsAgainAfterSaving_data();
    void keepsAPacLocationThatLoadsAgainAfterSaving();
};

void TestSettingsCodec::decodesWhatItEncodedUnchanged_data()
{
    QTest::addColumn<SettingsData>("data");

    QTest::newRow("defaults") << SettingsData::defaults();

    SettingsData unicode = withProfiles({profile(QStringLiteral("Büro – Zürich"), QStringLiteral("proxy.example"), 3128),
                                         profile(QStringLiteral("東京オフィス 🚀")), profile(QStringLiteral("\"quoted\" \\ back"))});
    unicode.profiles[0].username = QStringLiteral("jürgen@corp");
    unicode.activeProfileId = unicode.profiles.at(1).id;
    QTest::newRow("unicode names") << unicode;

    SettingsData ipv6 = withProfiles({profile(QStringLiteral("v6"), QStringLiteral("2001:db8::8"), 8443)});
    ipv6.profiles[0].scheme = QStringLiteral("https");
    ipv6.profiles[0].secretRef = QStringLiteral("keychain:ProxyDeck/profile/") + ipv6.profiles[0].id;
    QTest::newRow("ipv6 host, https, stored password") << ipv6;

    SettingsData noProxy = SettingsData::defaults();
    noProxy.noProxy = {QStringLiteral("localhost"), QStringLiteral(".corp"), QStringLiteral("10.0.0.0/8"),
                       QStringLiteral("[::1]"), QStringLiteral("*")};
    QTest::newRow("noProxy list") << noProxy;

    SettingsData automatic = withProfiles({profile(QStringLiteral("Auto")), profile(QStringLiteral("File PAC"))});
    automatic.profiles[0].pacUrl = QStringLiteral("http://wpad.corp.example/wpad.dat");
    automatic.profiles[0].username = QStringLiteral("alice");
    automatic.profiles[1].pacUrl = QStringLiteral("file:///etc/proxydeck/proxy.pac");
    QTest::newRow("automatic profiles (PAC URL and file)") << automatic;

    SettingsData extra = SettingsData::defaults();
    extra.extra.insert(QStringLiteral("futureSection"), QJsonObject{{QStringLiteral("x"), 1}, {QStringLiteral("y"), QJsonArray{true, QStringLiteral("z")}}});
    extra.extra.insert(QStringLiteral("theme"), QStringLiteral("dark"));
    extra.extra.insert(QStringLiteral("nothing"), QJsonValue::Null);
    QTest::newRow("unknown top-level keys") << extra;

    SettingsData console = SettingsData::defaults();
    console.console.trafficCapacity = 250'000;
    console.console.remoteEngines = {QStringLiteral("ws://forwarder-1.corp:3129"), QStringLiteral("ws://[fd00::7]:4000")};
    QTest::newRow("console preferences") << console;
    SettingsData language = SettingsData::defaults();
    language.console.language = QStringLiteral("fr");
    language.console.closeToTray = true;
    QTest::newRow("language and close to tray") << language;

    SettingsData connections = SettingsData::defaults();
    connections.connections = {Connection{QStringLiteral("c1"), QStringLiteral("Warehouse"), QStringLiteral("snowflake"),
                                          QStringLiteral("acme.snowflakecomputing.com"), false},
                               Connection{QStringLiteral("c2"), QStringLiteral("API"), QStringLiteral("http-api"),
                                          QStringLiteral("https://api.example:8443/v1"), true}};
    QTest::newRow("connections") << connections;
}

void TestSettingsCodec::decodesWhatItEncodedUnchanged()
{
    QFETCH(SettingsData, data);
    const auto decoded = SettingsCodec::decode(SettingsCodec::encode(data));
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().message));
    QCOMPARE(decoded.value(), data);
}

void TestSettingsCodec::encodesProfilesWithoutAnyPasswordKey()
{
    SettingsData data = withProfiles({profile(QStringLiteral("Home")),
                                      profile(QStringLiteral("Office"), QStringLiteral("proxy.corp"), 3128)});
    data.profiles[1].username = QStringLiteral("ana");
    data.profiles[1].secretRef = QStringLiteral("keychain:ProxyDeck/profile/") + data.profiles[1].id;
    const QJsonArray profiles = encodedRoot(data).value(QStringLiteral("profiles")).toArray();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(sortedKeys(profiles.at(0).toObject()), (QStringList{QStringLiteral("id"), QStringLiteral("name")}));
    QCOMPARE(sortedKeys(profiles.at(1).toObject()),
             (QStringList{QStringLiteral("host"), QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("port"),
                          QStringLiteral("scheme"), QStringLiteral("secretRef"), QStringLiteral("username")}));
    QCOMPARE(profiles.at(1).toObject().value(QStringLiteral("port")).toInt(), 3128);
}

void TestSettingsCodec::writesTheCurrentVersionAndKeepsUnknownKeysAtTopLevel()
{
    SettingsData data = SettingsData::defaults();
    data.extra.insert(QStringLiteral("futureSection"), 7);
    const QJsonObject root = encodedRoot(data);
    QCOMPARE(sortedKeys(root), (QStringList{QStringLiteral("activeProfileId"), QStringLiteral("futureSection"),
                                            QStringLiteral("noProxy"), QStringLiteral("profiles"), QStringLiteral("version")}));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), SettingsData::CurrentVersion);
    QCOMPARE(root.value(QStringLiteral("futureSection")).toInt(), 7);
}

void TestSettingsCodec::upgradesUnversionedFilesAssigningIdsAndResolvingTheActiveName()
{
    const QByteArray v0 = R"({"profiles":[{"name":"Home"},{"name":"Office","host":"Proxy.Corp","port":"3128"}],
                              "activeProfile":"OFFICE","noProxy":["localhost"]})";
    const auto decoded = SettingsCodec::decode(v0);
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().message));
    const SettingsData &data = decoded.value();
    QCOMPARE(data.profiles.size(), 2);
    QVERIFY(!data.profiles.at(0).id.isEmpty());
    QVERIFY(!data.profiles.at(1).id.isEmpty());
    QVERIFY(data.profiles.at(0).id != data.profiles.at(1).id);
    QCOMPARE(data.activeProfileId, data.profiles.at(1).id);
    QCOMPARE(data.profiles.at(1).host, QStringLiteral("proxy.corp"));
    QCOMPARE(int(data.profiles.at(1).port), 3128);
    QCOMPARE(data.noProxy, QStringList{QStringLiteral("localhost")});

    // Written again it is a current-version file whose ids stay put.
    const QByteArray again = SettingsCodec::encode(data);
    QCOMPARE(QJsonDocument::fromJson(again).object().value(QStringLiteral("version")).toInt(), SettingsData::CurrentVersion);
    QVERIFY(!QJsonDocument::fromJson(again).object().contains(QStringLiteral("activeProfile")));
    QCOMPARE(SettingsCodec::decode(again).value(), data);
}

void TestSettingsCodec::upgradedFilesWithoutAKnownActiveProfileActivateTheFirst_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("v0, no active name") << QByteArray(R"({"profiles":[{"name":"A"},{"name":"B"}]})");
    QTest::newRow("v0, unknown active name") << QByteArray(R"({"profiles":[{"name":"A"},{"name":"B"}],"activeProfile":"C"})");
    QTest::newRow("v0 ignores a v1 active id") << QByteArray(R"({"profiles":[{"name":"A","id":"a"},{"name":"B","id":"b"}],"activeProfileId":"b"})");
    QTest::newRow("v1, unknown active id") << QByteArray(R"({"version":1,"profiles":[{"name":"A","id":"a"},{"name":"B","id":"b"}],"activeProfileId":"zz"})");
}

void TestSettingsCodec::upgradedFilesWithoutAKnownActiveProfileActivateTheFirst()
{
    QFETCH(QByteArray, json);
    const auto decoded = SettingsCodec::decode(json);
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().message));
    QCOMPARE(decoded.value().profiles.size(), 2);
    QCOMPARE(decoded.value().activeProfileId, decoded.value().profiles.at(0).id);
    QCOMPARE(decoded.value().activeProfile()->name, QStringLiteral("A"));
}

void TestSettingsCodec::fallsBackToDefaultsWhenNoProfileIsListed()
{
    for (const QByteArray &json : {QByteArray("{}"), QByteArray(R"({"version":1,"profiles":[],"activeProfileId":"x"})")}) {
        const auto decoded = SettingsCodec::decode(json);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value().profiles.size(), 1);
        QCOMPARE(decoded.value().profiles.at(0).name, SettingsData::defaults().profiles.at(0).name);
        QVERIFY(!decoded.value().profiles.at(0).usesProxy());
        QCOMPARE(decoded.value().activeProfileId, decoded.value().profiles.at(0).id);
    }
}

void TestSettingsCodec::refusesFilesFromANewerVersion_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("next") << SettingsData::CurrentVersion + 1;
    QTest::newRow("99") << 99;
}

void TestSettingsCodec::refusesFilesFromANewerVersion()
{
    QFETCH(int, version);
    const QByteArray json = QStringLiteral(R"({"version": %1, "profiles": [{"whatever": true}]})").arg(version).toUtf8();
    const auto decoded = SettingsCodec::decode(json);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().field, QStringLiteral("version"));
    const QString message = decoded.error().message;
    QVERIFY2(message.contains(QStringLiteral("newer ProxyDeck")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("settings version %1").arg(version)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("up to %1").arg(SettingsData::CurrentVersion)), qPrintable(message));
}

// Found by tests/fuzz/fuzz_settingsloader under UBSan: each was cast to an integer before its range
// was checked.
void TestSettingsCodec::refusesNumbersOutOfRangeWithoutCastingThem_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("mentions");
    const QByteArray profiles = R"("profiles": [{"name": "A", "id": "a"}])";
    QTest::newRow("far-future version") << QByteArray(R"({"version": 1e28, )" + profiles + "}") << "version"
                                        << "newer ProxyDeck";
    QTest::newRow("huge capacity") << QByteArray(R"({"version": 1, )" + profiles + R"(, "console": {"trafficCapacity": 1e300}})")
                                   << "console.trafficCapacity" << "whole number";
    QTest::newRow("huge negative capacity")
        << QByteArray(R"({"version": 1, )" + profiles + R"(, "console": {"trafficCapacity": -1e300}})")
        << "console.trafficCapacity" << "whole number";
}

void TestSettingsCodec::refusesNumbersOutOfRangeWithoutCastingThem()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, mentions);
    const auto decoded = SettingsCodec::decode(json);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().field, field);
    QVERIFY2(decoded.error().message.contains(mentions), qPrintable(decoded.error().message));
}

void TestSettingsCodec::namesLineColumnAndByteOfInvalidJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("offset"); // as QJsonParseError reports it
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("missing comma, line 3") << QByteArray("{\n\"a\": 1\n\"b\": 2}") << 10 << 3 << 2;
    QTest::newRow("bad value, line 3") << QByteArray("{\n  \"version\": 1,\n  \"profiles\": [ oops ]\n}") << 34 << 3 << 17;
    QTest::newRow("truncated") << QByteArray(R"({ "version": 1, "profiles": [ {"name": )") << 39 << 1 << 40;
    QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})") << 8 << 1 << 9;
    QTest::newRow("empty file") << QByteArray() << 0 << 1 << 1;
    // Qt reports this one at byte 8, past the end: the position stays inside the file.
    QTest::newRow("string left open at the end") << QByteArray(R"({"a":"b)") << 7 << 1 << 8;
}

void TestSettingsCodec::namesLineColumnAndByteOfInvalidJson()
{
    QFETCH(QByteArray, json);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    const auto decoded = SettingsCodec::decode(json);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().position, qsizetype(offset));
    const QString message = decoded.error().message;
    QVERIFY2(message.contains(QStringLiteral("line %1, column %2 (byte %3)").arg(line).arg(column).arg(offset)),
             qPrintable(message));
}

void TestSettingsCodec::rejectsATopLevelThatIsNotAnObject()
{
    const auto decoded = SettingsCodec::decode("[1, 2]");
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().message.contains(QStringLiteral("JSON object")), qPrintable(decoded.error().message));
}

void TestSettingsCodec::namesThePathOfABadValue_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("port over 65535") << QByteArray(R"({"version":1,"profiles":[{"id":"a","name":"A"},{"id":"b","name":"B","host":"p","port":70000}]})")
                                     << "profiles[1].port";
    QTest::newRow("fractional port") << QByteArray(R"({"version":1,"profiles":[{"id":"a","name":"A","host":"p","port":3128.5}]})")
                                     << "profiles[0].port";
    QTest::newRow("host without port") << QByteArray(R"({"version":1,"profiles":[{"id":"a","name":"A","host":"p"}]})")
                                       << "profiles[0].port";
    QTest::newRow("PAC and host together") << QByteArray(R"({"version":1,"profiles":[{"id":"a","name":"A","host":"p","port":1,"pacUrl":"http://w/wpad.dat"}]})")
                                           << "profiles[0].pacUrl";
    QTest::newRow("PAC over ftp") << QByteArray(R"({"version":1,"profiles":[{"id":"a","name":"A","pacUrl":"ftp://w/wpad.dat"}]})")
                                  << "profiles[0].pacUrl";
    QTest::newRow("PAC as a relative path") << QByteArray(R"({"version":1,"profiles":[{"id":"a","name":"A","pacUrl":"proxy.pac"}]})")
                                            << "profiles[0].pacUrl";
    QTest::newRow("PAC URL with a password") << QByteArray(R"({"version":1,"profiles":[{"id":"a","name":"A","pacUrl":"http://u:pw@w/wpad.dat"}]})")
                                             << "profiles[0].pacUrl";
    QTest::newRow("PAC not a string") << QByteArray(R"({"version":1,"profiles":[{"id":"a","name":"A","pacUrl":7}]})")
                                      << "profiles[0].pacUrl";
    QTest::newRow("bad host") << QByteArray(R"({"version":1,"profiles":[{"id":"a","name":"A","host":"bad host","port":1}]})")
                              << "profiles[0].host";
    QTest::newRow("socks scheme") << QByteArray(R"({"version":1,"profiles":[{"id":"a","name":"A","scheme":"socks5","host":"p","port":1}]})")
                                  << "profiles[0].scheme";
    QTest::newRow("host not a string") << QByteArray(R"({"version":1,"profiles":[{"id":"a","name":"A","host":5}]})")
                                       << "profiles[0].host";
    QTest::newRow("profile not an object") << QByteArray(R"({"version":1,"profiles":["A"]})") << "profiles[0]";
    QTest::newRow("profiles not an array") << QByteArray(R"({"version":1,"profiles":{}})") << "profiles";
    QTest::newRow("missing name") << QByteArray(R"({"version":1,"profiles":[{"id":"a"}]})") << "profiles[0].name";
    QTest::newRow("blank name") << QByteArray(R"({"version":1,"profiles":[{"id":"a","name":"  "}]})") << "profiles[0].name";
    QTest::newRow("missing id in v1") << QByteArray(R"({"version":1,"profiles":[{"name":"A"}]})") << "profiles[0].id";
    QTest::newRow("duplicate id") << QByteArray(R"({"version":1,"profiles":[{"id":"a","name":"A"},{"id":"a","name":"B"}]})")
                                  << "profiles[1].id";
    QTest::newRow("username not a string") << QByteArray(R"({"version":1,"profiles":[{"id":"a","name":"A","username":[]}]})")
                                           << "profiles[0].username";
    QTest::newRow("active id not a string") << QByteArray(R"({"version":1,"activeProfileId":3})") << "activeProfileId";
    QTest::newRow("noProxy not an array") << QByteArray(R"({"version":1,"noProxy":"localhost"})") << "noProxy";
    QTest::newRow("noProxy entry not a string") << QByteArray(R"({"version":1,"noProxy":["a",1]})") << "noProxy[1]";
    QTest::newRow("unknown connection kind")
        << QByteArray(R"({"version":1,"connections":[{"id":"c","name":"C","kind":"gopher","endpoint":"h:1"}]})")
        << "connections[0].kind";
    QTest::newRow("useProxy not a boolean")
        << QByteArray(R"({"version":1,"connections":[{"id":"c","name":"C","kind":"http-api","endpoint":"h:1","useProxy":"yes"}]})")
        << "connections[0].useProxy";
    QTest::newRow("duplicate connection name")
        << QByteArray(R"({"version":1,"connections":[{"id":"c","name":"C","kind":"http-api","endpoint":"h:1"},)"
                      R"({"id":"d","name":"c","kind":"tcp","endpoint":"h:2"}]})")
        << "connections[1].name";
    QTest::newRow("console not an object") << QByteArray(R"({"version":1,"console":[]})") << "console";
    QTest::newRow("traffic capacity too small") << QByteArray(R"({"version":1,"console":{"trafficCapacity":5}})")
                                                << "console.trafficCapacity";
    QTest::newRow("traffic capacity fractional") << QByteArray(R"({"version":1,"console":{"trafficCapacity":1000.5}})")
                                                 << "console.trafficCapacity";
    QTest::newRow("remote engine not a string")
        << QByteArray(R"({"version":1,"console":{"remoteEngines":["ws://a:1",7]}})") << "console.remoteEngines[1]";
    QTest::newRow("language not translated")
        << QByteArray(R"({"version":1,"console":{"language":"tlh"}})") << "console.language";
    QTest::newRow("language not a string") << QByteArray(R"({"version":1,"console":{"language":7}})") << "console.language";
    QTest::newRow("close to tray not a bool")
        << QByteArray(R"({"version":1,"console":{"closeToTray":"yes"}})") << "console.closeToTray";
    QTest::newRow("version not a number") << QByteArray(R"({"version":"one"})") << "version";
    QTest::newRow("version fractional") << QByteArray(R"({"version":0.5})") << "version";
    QTest::newRow("version negative") << QByteArray(R"({"version":-1})") << "version";
}

void TestSettingsCodec::namesThePathOfABadValue()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const auto decoded = SettingsCodec::decode(json);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().field, field);
    QVERIFY2(decoded.error().message.startsWith(field + QStringLiteral(": ")), qPrintable(decoded.error().message));
}

void TestSettingsCodec::rejectsDuplicateProfileNamesIgnoringCase_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("ASCII") << "Office" << "OFFICE";
    QTest::newRow("accented") << "Büro" << "bÜRO";
    QTest::newRow("Greek final sigma") << "ΟΔΟΣ" << "οδος";
    QTest::newRow("spaces around") << "Office" << "  office ";
}

void TestSettingsCodec::rejectsDuplicateProfileNamesIgnoringCase()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("profiles"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("a")}, {QStringLiteral("name"), first}},
                                                                   QJsonObject{{QStringLiteral("id"), QStringLiteral("b")}, {QStringLiteral("name"), second}}}}};
    const auto decoded = SettingsCodec::decode(QJsonDocument(root).toJson());
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().field, QStringLiteral("profiles[1].name"));
    QVERIFY2(decoded.error().message.contains(QStringLiteral("used by two profiles")), qPrintable(decoded.error().message));
}

void TestSettingsCodec::convertsByteOffsetsToLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("start") << QByteArray("ab") << 0 << 1 << 1;
    QTest::newRow("empty text") << QByteArray() << 0 << 1 << 1;
    QTest::newRow("second line") << QByteArray("ab\ncd") << 4 << 2 << 2;
    QTest::newRow("on the newline") << QByteArray("ab\ncd") << 2 << 1 << 3;
    QTest::newRow("just after the newline") << QByteArray("ab\ncd") << 3 << 2 << 1;
    QTest::newRow("empty line") << QByteArray("a\n\nb") << 3 << 3 << 1;
    QTest::newRow("past the end clamps") << QByteArray("abc") << 99 << 1 << 4;
    QTest::newRow("negative clamps") << QByteArray("a\nb") << -5 << 1 << 1;
}

void TestSettingsCodec::convertsByteOffsetsToLineAndColumn()
{
    QFETCH(QByteArray, text);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    QCOMPARE(SettingsCodec::lineAndColumn(text, offset), std::make_pair(line, column));
}

// Found by tests/fuzz/fuzz_settingsloader: a PAC file whose path held a space was kept as a URL
// with the space decoded, which the next load refused ("character ' ' not permitted").
void TestSettingsCodec::keepsAPacLocationThatLoadsAgainAfterSaving_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("location"); // the file, or the URL
    QTest::newRow("path with spaces") << QStringLiteral("/etc/corp proxy/auto config.pac")
                                      << QStringLiteral("/etc/corp proxy/auto config.pac");
    QTest::newRow("path with braces and a newline (the fuzz input)") << QStringLiteral("/etrue},\n        {y.pac")
                                                                     << QStringLiteral("/etrue},\n        {y.pac");
    QTest::newRow("path with non-ASCII letters") << QStringLiteral("/srv/réseau/proxy.pac") << QStringLiteral("/srv/réseau/proxy.pac");
    QTest::newRow("file URL with an encoded space") << QStringLiteral("file:///etc/a%20b.pac") << QStringLiteral("/etc/a b.pac");
    QTest::newRow("http URL with an encoded space") << QStringLiteral("http://wpad.corp.test/a%20b.pac")
                                                    << QStringLiteral("http://wpad.corp.test/a%20b.pac");
}

void TestSettingsCodec::keepsAPacLocationThatLoadsAgainAfterSaving()
{
    QFETCH(QString, written);
    QFETCH(QString, location);
    QString json = QStringLiteral(R"({"version":1,"profiles":[{"id":"p","name":"P","pacUrl":"%1"}]})").arg(written);
    const auto first = SettingsCodec::decode(json.toUtf8());
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    const QString stored = first.value().profiles.value(0).pacUrl;
    const QUrl url(stored);
    QCOMPARE(url.isLocalFile() ? url.toLocalFile() : url.toString(QUrl::FullyEncoded), location);

    const auto again = SettingsCodec::decode(SettingsCodec::encode(first.value()));
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
    QCOMPARE(again.value().profiles.value(0).pacUrl, stored);
}

QTEST_GUILESS_MAIN(TestSettingsCodec)
#include "tst_settingscodec.moc"
