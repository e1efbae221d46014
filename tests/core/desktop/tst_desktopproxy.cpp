// The desktop's own proxy settings: the GVariant text gsettings speaks (with malformed input),
// the gsettings listing, profile <-> desktop conversions, kioslaverc rewritten in place, the
// macOS/Windows commands, and the real GNOME round trip through gsettings and dconf: apply, then
// restore leaves `gsettings list-recursively` byte-identical.
#include "desktopproxy.h"
#include "foreignproxycommands.h"
#include "gnomeproxy.h"
#include "gvarianttext.h"
#include "kconfigtext.h"
#include "kdeproxy.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run program(const QString &name, const QStringList &arguments)
{
    QProcess process;
    process.start(name, arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(15000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

Run gsettings(const QStringList &arguments)
{
    return program(QStringLiteral("gsettings"), arguments);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

ProxyProfile corporateProfile()
{
    ProxyProfile profile;
    profile.id = QStringLiteral("p1");
    profile.name = QStringLiteral("Corp");
    profile.host = QStringLiteral("proxy.corp.example");
    profile.port = 3128;
    profile.username = QStringLiteral("alice");
    return profile;
}

const QByteArray KdeSample = "# written by hand\n"
                             "[$Version]\n"
                             "update_info=kioslave.upd:kioslave-firstrun\n"
                             "\n"
                             "[Proxy Settings]\n"
                             "AuthMode=0\n"
                             "ProxyType=0\n"
                             "httpProxy=http://old.example 8080\n"
                             "\n"
                             "[Cookie Policy]\n"
                             "CookieGlobalAdvice=Accept\n";

} // namespace

class TestDesktopProxy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesGVariantValues_data();
    void parsesGVariantValues();
    void rejectsMalformedGVariantNamingThePosition_data();
    void rejectsMalformedGVariantNamingThePosition();
    void quotesStringsAsGsettingsPrintsThem_data();
    void quotesStringsAsGsettingsPrintsThem();
    void survivesArbitraryInput();
    void readsAGsettingsListingAndNamesABadLine();
    void neverHoldsTheGnomePassword();
    void saysWhenGsettingsIsMissing();
    void turnsAProfileIntoDesktopSettingsAndBack();
    void convertsIgnoreHostsAndNoProxy();
    void refusesToImportASocksOnlyDesktop();
    void diffListsOnlyTheKeysThatChange();
    void rewritesKioslavercKeepingEverythingElse();
    void kioslavercValuesKeepControlCharactersAndUnicodeSpaces_data();
    void kioslavercValuesKeepControlCharactersAndUnicodeSpaces();
    void readsKdeProxyForms_data();
    void readsKdeProxyForms();
    void appliesAndRestoresKdeExactly();
    void restoringKdeRemovesAFileItCreated();
    void rendersMacOsAndWindowsCommands();
    void gnomeRoundTripLeavesGsettingsIdentical();
    void gnomeRestoreWithoutBackupSaysSo();
    void saysWhenTheGnomeSchemaIsMissing();
};

void TestDesktopProxy::parsesGVariantValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("empty string") << "''" << QVariant(QString());
    QTest::newRow("string") << "'proxy.example'" << QVariant(QStringLiteral("proxy.example"));
    QTest::newRow("double quotes with a single quote") << "\"it's\"" << QVariant(QStringLiteral("it's"));
    QTest::newRow("escapes") << R"('a\\b\'c\"d\n\t')" << QVariant(QStringLiteral("a\\b'c\"d\n\t"));
    QTest::newRow("unicode escapes") << R"('\u00e9\U0001f600')"
                                     << QVariant(QString::fromUtf8("é\xF0\x9F\x98\x80"));
    QTest::newRow("non-ASCII as is") << QString::fromUtf8("'café'") << QVariant(QString::fromUtf8("café"));
    QTest::newRow("list") << "['localhost', '127.0.0.0/8', '::1']"
                          << QVariant(QStringList{QStringLiteral("localhost"), QStringLiteral("127.0.0.0/8"),
                                 QStringLiteral("::1")});
    QTest::newRow("annotated empty list") << "@as []" << QVariant(QStringList());
    QTest::newRow("empty list") << "[ ]" << QVariant(QStringList());
    QTest::newRow("integer") << "8080" << QVariant(qlonglong(8080));
    QTest::newRow("negative integer") << "-1" << QVariant(qlonglong(-1));
    QTest::newRow("typed integer") << "uint32 5" << QVariant(qlonglong(5));
    QTest::newRow("true") << "true" << QVariant(true);
    QTest::newRow("false with spaces") << "  false " << QVariant(false);
}

void TestDesktopProxy::parsesGVariantValues()
{
    QFETCH(QString, text);
    QFETCH(QVariant, value);
    const auto parsed = GVariantText::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed.value().typeId(), value.typeId());
    QCOMPARE(parsed.value(), value);
    // What is printed reads back as the same value.
    QCOMPARE(GVariantText::parse(GVariantText::format(parsed.value())).value(), value);
}

void TestDesktopProxy::rejectsMalformedGVariantNamingThePosition_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << "" << 0 << "missing";
    QTest::newRow("unterminated string") << "'abc" << 0 << "no closing '";
    QTest::newRow("unterminated list") << "['a', 'b'" << 0 << "no “]”";
    QTest::newRow("missing comma") << "['a' 'b']" << 5 << "expected “,” or “]”";
    QTest::newRow("list of numbers") << "[1, 2]" << 1 << "other than strings";
    QTest::newRow("nested list") << "[['a']]" << 1 << "arrays of arrays";
    QTest::newRow("short unicode escape") << R"('\u12')" << 1 << "4 hexadecimal digits";
    QTest::newRow("surrogate escape") << R"('\ud800')" << 1 << "4 hexadecimal digits";
    QTest::newRow("trailing text") << "true false" << 5 << "after the value";
    QTest::newRow("unknown word") << "maybe" << 0 << "is not a string";
    QTest::newRow("unknown annotation") << "@ay []" << 0 << "@ay";
    QTest::newRow("annotation of the wrong type") << "@as 'x'" << 0 << "does not have the type";
    QTest::newRow("typed without a value") << "int32" << 5 << "must follow";
    QTest::newRow("overflow") << "99999999999999999999" << 0 << "is not a string";
}

void TestDesktopProxy::rejectsMalformedGVariantNamingThePosition()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(QString, message);
    const auto parsed = GVariantText::parse(text);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    QCOMPARE(parsed.error().position, position);
}

void TestDesktopProxy::quotesStringsAsGsettingsPrintsThem_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("printed");
    QTest::newRow("plain") << "proxy.example"
                           << "'proxy.example'";
    QTest::newRow("single quote: double quotes") << "it's"
                                                 << "\"it's\"";
    QTest::newRow("both quotes") << "a'b\"c"
                                 << R"("a'b\"c")";
    QTest::newRow("backslash") << "a\\b"
                               << R"('a\\b')";
    QTest::newRow("control characters") << QStringLiteral("a\nb\x01") << R"('a\nb\u0001')";
    QTest::newRow("non-ASCII kept") << QString::fromUtf8("é") << QString::fromUtf8("'é'");
}

void TestDesktopProxy::quotesStringsAsGsettingsPrintsThem()
{
    QFETCH(QString, value);
    QFETCH(QString, printed);
    QCOMPARE(GVariantText::quote(value), printed);
    QCOMPARE(GVariantText::parse(printed).value().toString(), value);
}

void TestDesktopProxy::survivesArbitraryInput()
{
    // Every prefix of real output, and random text from GVariant's alphabet: a value or an error, never a
    // crash.
    const QString listing
        = QStringLiteral("org.gnome.system.proxy ignore-hosts ['localhost', '\\u00e9\\'x', \"it's\"]\n"
                         "org.gnome.system.proxy.http port uint32 8080\n"
                         "org.gnome.system.proxy use-same-proxy @b true\n");
    for (qsizetype i = 0; i <= listing.size(); ++i) {
        (void)GnomeProxy::parseListing(listing.left(i));
        (void)GVariantText::parse(listing.mid(i));
    }
    const QString alphabet = QStringLiteral("'\"\\[],@ asbiuxU0123456789abcdeftruefalsint\n\t");
    QRandomGenerator random(12);
    for (int round = 0; round < 20000; ++round) {
        QString text;
        const int length = random.bounded(40);
        for (int i = 0; i < length; ++i)
            text.append(alphabet.at(random.bounded(int(alphabet.size()))));
        const auto parsed = GVariantText::parse(text);
        if (parsed.ok())
            QVERIFY(GVariantText::parse(GVariantText::format(parsed.value())).ok());
        else
            QVERIFY(parsed.error().position >= 0 && parsed.error().position <= text.size());
    }
    QVERIFY(!GVariantText::parse(QString(200, u'@') + QStringLiteral("s 'x'")).ok());
    QVERIFY(!GVariantText::parse(QStringLiteral("@s ").repeated(10000) + QStringLiteral("'x'")).ok());
}

void TestDesktopProxy::readsAGsettingsListingAndNamesABadLine()
{
    const QString good
        = QStringLiteral("org.gnome.system.proxy autoconfig-url ''\n"
                         "org.gnome.system.proxy ignore-hosts ['localhost', '*.corp.example']\n"
                         "org.gnome.system.proxy mode 'manual'\n"
                         "org.gnome.system.proxy use-same-proxy false\n"
                         "org.gnome.system.proxy.http authentication-user 'bob'\n"
                         "org.gnome.system.proxy.http use-authentication true\n"
                         "org.gnome.system.proxy.http host 'web.example'\n"
                         "org.gnome.system.proxy.http port 3128\n"
                         "org.gnome.system.proxy.https host 'secure.example'\n"
                         "org.gnome.system.proxy.https port 3129\n"
                         "org.gnome.system.proxy.socks host ''\n"
                         "org.gnome.system.proxy.socks port 0\n");
    const auto keys = GnomeProxy::parseListing(good);
    QVERIFY2(keys.ok(), qPrintable(keys.ok() ? QString() : keys.error().message));
    QCOMPARE(keys.value().value(QStringLiteral("org.gnome.system.proxy.http port")), QStringLiteral("3128"));
    const auto proxy = GnomeProxy::proxyFrom(keys.value());
    QVERIFY(proxy.ok());
    QCOMPARE(proxy.value().mode, DesktopProxy::Mode::Manual);
    QCOMPARE(proxy.value().http, (DesktopProxyServer{QStringLiteral("web.example"), 3128}));
    QCOMPARE(proxy.value().https, (DesktopProxyServer{QStringLiteral("secure.example"), 3129}));
    QVERIFY(!proxy.value().useSameProxy);
    QCOMPARE(proxy.value().user, QStringLiteral("bob"));
    QCOMPARE(proxy.value().ignoreHosts,
        (QStringList{QStringLiteral("localhost"), QStringLiteral("*.corp.example")}));

    const auto bad
        = GnomeProxy::parseListing(QStringLiteral("org.gnome.system.proxy mode 'none'\n\n"
                                                  "org.gnome.system.proxy ignore-hosts ['a', 'b'\n"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.startsWith(QStringLiteral("gsettings output, line 3, "))
            || bad.error().message.contains(QStringLiteral("line 3:")),
        qPrintable(bad.error().message));
    const auto noValue = GnomeProxy::parseListing(QStringLiteral("org.gnome.system.proxy mode\n"));
    QVERIFY(!noValue.ok());
    QVERIFY2(noValue.error().message.contains(QStringLiteral("line 1")), qPrintable(noValue.error().message));

    const auto wrongType = GnomeProxy::proxyFrom(
        {{QStringLiteral("org.gnome.system.proxy.http port"), QStringLiteral("'x'")}});
    QVERIFY(!wrongType.ok());
    QVERIFY(wrongType.error().message.contains(QStringLiteral("org.gnome.system.proxy.http port")));
}

void TestDesktopProxy::neverHoldsTheGnomePassword()
{
    const auto keys = GnomeProxy::parseListing(
        QStringLiteral("org.gnome.system.proxy.http authentication-password 's3cret'\n"
                       "org.gnome.system.proxy.http authentication-user 'bob'\n"));
    QVERIFY(keys.ok());
    QVERIFY(!keys.value().contains(GnomeProxy::passwordKey()));
    QTemporaryDir dir;
    GnomeProxy gnome(dir.filePath(QStringLiteral("backup.json")), QStringLiteral("/nonexistent/gsettings"));
    for (const QString &value : gnome.keysFor(DesktopProxy::fromProfile(corporateProfile(), {})))
        QVERIFY(!value.contains(QStringLiteral("s3cret")));
    QVERIFY(!gnome.keysFor(DesktopProxy::fromProfile(corporateProfile(), {}))
                 .contains(GnomeProxy::passwordKey()));
    const auto refused
        = gnome.apply({{GnomeProxy::passwordKey(), QStringLiteral("''"), QStringLiteral("'x'")}});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("does not write")),
        qPrintable(refused.error().message));
}

void TestDesktopProxy::saysWhenGsettingsIsMissing()
{
    QTemporaryDir dir;
    GnomeProxy gnome(dir.filePath(QStringLiteral("backup.json")), QStringLiteral("/nonexistent/gsettings"));
    const auto missing = gnome.read();
    QVERIFY(!missing.ok());
    QVERIFY2(
        missing.error().message.contains(QStringLiteral("Cannot run")), qPrintable(missing.error().message));
    GnomeProxy unnamed(
        dir.filePath(QStringLiteral("backup.json")), QStringLiteral("no-such-gsettings-program"));
    QVERIFY2(unnamed.read().error().message.contains(QStringLiteral("gsettings was not found")),
        qPrintable(unnamed.read().error().message));
}

void TestDesktopProxy::turnsAProfileIntoDesktopSettingsAndBack()
{
    QStringList notes;
    const DesktopProxy desktop
        = DesktopProxy::fromProfile(corporateProfile(), {QStringLiteral("localhost")}, &notes);
    QCOMPARE(desktop.mode, DesktopProxy::Mode::Manual);
    QCOMPARE(desktop.http.authority(), QStringLiteral("proxy.corp.example:3128"));
    QCOMPARE(desktop.https, desktop.http);
    QCOMPARE(desktop.user, QStringLiteral("alice"));
    QVERIFY(notes.isEmpty());

    ProxyProfile other;
    other.id = QStringLiteral("p2");
    other.name = QStringLiteral("Mine");
    other.secretRef = QStringLiteral("keychain:x/y");
    const auto back = desktop.appliedTo(other);
    QVERIFY(back.ok());
    QCOMPARE(back.value().id, QStringLiteral("p2"));
    QCOMPARE(back.value().name, QStringLiteral("Mine"));
    QCOMPARE(back.value().secretRef, QStringLiteral("keychain:x/y"));
    QCOMPARE(back.value().host, QStringLiteral("proxy.corp.example"));
    QCOMPARE(back.value().port, quint16(3128));
    QCOMPARE(back.value().username, QStringLiteral("alice"));

    ProxyProfile direct = corporateProfile();
    direct.host.clear();
    direct.port = 0;
    QCOMPARE(DesktopProxy::fromProfile(direct, {}).mode, DesktopProxy::Mode::None);

    DesktopProxy pac;
    pac.mode = DesktopProxy::Mode::Auto;
    pac.pacUrl = QStringLiteral("http://wpad.corp.example/proxy.pac");
    QStringList pacNotes;
    const auto fromPac = pac.appliedTo(corporateProfile(), &pacNotes);
    QVERIFY(fromPac.ok());
    QVERIFY(!fromPac.value().usesProxy());
    // The desktop's PAC makes the profile automatic, and back again.
    QCOMPARE(fromPac.value().pacUrl, pac.pacUrl);
    QCOMPARE(DesktopProxy::fromProfile(fromPac.value(), {}).mode, DesktopProxy::Mode::Auto);
    QCOMPARE(DesktopProxy::fromProfile(fromPac.value(), {}).pacUrl, pac.pacUrl);
    QCOMPARE(pac.toJson().value(QStringLiteral("pacUrl")).toString(), pac.pacUrl);
    DesktopProxy wpad;
    wpad.mode = DesktopProxy::Mode::Auto;
    QStringList wpadNotes;
    QVERIFY(wpad.appliedTo(corporateProfile(), &wpadNotes).value().pacUrl.isEmpty());
    QVERIFY(wpadNotes.join(u' ').contains(QStringLiteral("WPAD")));

    ProxyProfile secure = corporateProfile();
    secure.scheme = QStringLiteral("https");
    QStringList secureNotes;
    (void)DesktopProxy::fromProfile(secure, {}, &secureNotes);
    QCOMPARE(secureNotes.size(), 1);

    DesktopProxy split = desktop;
    split.useSameProxy = false;
    split.https = {QStringLiteral("secure.example"), 8443};
    QStringList splitNotes;
    QCOMPARE(split.appliedTo(other, &splitNotes).value().host, QStringLiteral("secure.example"));
    QCOMPARE(splitNotes.size(), 1);
}

void TestDesktopProxy::convertsIgnoreHostsAndNoProxy()
{
    DesktopProxy desktop;
    desktop.ignoreHosts = {QStringLiteral("localhost"), QStringLiteral("127.0.0.0/8"), QStringLiteral("::1"),
        QStringLiteral("*.corp.example"), QStringLiteral(".lan"), QStringLiteral("bad host!")};
    QStringList notes;
    QCOMPARE(desktop.noProxy(&notes),
        (QStringList{QStringLiteral("localhost"), QStringLiteral("127.0.0.0/8"), QStringLiteral("::1"),
            QStringLiteral("corp.example"), QStringLiteral(".lan")}));
    QCOMPARE(notes.size(), 1);
    QVERIFY(notes.constFirst().contains(QStringLiteral("bad host!")));

    QStringList back;
    QCOMPARE(DesktopProxy::ignoreHostsFor(
                 {QStringLiteral("localhost"), QStringLiteral("*.sub.example"), QStringLiteral("10.0.0.0/8")},
                 &back),
        (QStringList{
            QStringLiteral("localhost"), QStringLiteral("*.sub.example"), QStringLiteral("10.0.0.0/8")}));
    QCOMPARE(back.size(), 1); // subdomains-only cannot be said to GNOME
}

void TestDesktopProxy::refusesToImportASocksOnlyDesktop()
{
    DesktopProxy socks;
    socks.mode = DesktopProxy::Mode::Manual;
    socks.socks = {QStringLiteral("socks.example"), 1080};
    const auto imported = socks.appliedTo(corporateProfile());
    QVERIFY(!imported.ok());
    QVERIFY(imported.error().message.contains(QStringLiteral("SOCKS")));
    DesktopProxy noPort;
    noPort.mode = DesktopProxy::Mode::Manual;
    noPort.http = {QStringLiteral("web.example"), 0};
    QVERIFY(!noPort.appliedTo(corporateProfile()).ok());
}

void TestDesktopProxy::diffListsOnlyTheKeysThatChange()
{
    const QMap<QString, QString> current{
        {QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("b"), QStringLiteral("2")}};
    const QMap<QString, QString> wanted{{QStringLiteral("a"), QStringLiteral("1")},
        {QStringLiteral("b"), QStringLiteral("3")}, {QStringLiteral("c"), QStringLiteral("4")}};
    const QList<DesktopChange> changes = DesktopChanges::between(current, wanted);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0), (DesktopChange{QStringLiteral("b"), QStringLiteral("2"), QStringLiteral("3")}));
    QCOMPARE(changes.at(1), (DesktopChange{QStringLiteral("c"), std::nullopt, QStringLiteral("4")}));
    QCOMPARE(DesktopChanges::describe(changes).at(1), QStringLiteral("c: (not set) → 4"));

    // A no-proxy profile only switches GNOME's mode; the hosts stay as they were.
    QTemporaryDir dir;
    GnomeProxy gnome(dir.filePath(QStringLiteral("b.json")));
    ProxyProfile direct;
    QCOMPARE(gnome.keysFor(DesktopProxy::fromProfile(direct, {})).keys(),
        QStringList{QStringLiteral("org.gnome.system.proxy mode")});
}

void TestDesktopProxy::rewritesKioslavercKeepingEverythingElse()
{
    KConfigText config = KConfigText::parse(QString::fromUtf8(KdeSample));
    QCOMPARE(config.toText().toUtf8(), KdeSample);
    QCOMPARE(config.value(QStringLiteral("Proxy Settings"), QStringLiteral("httpProxy")),
        QStringLiteral("http://old.example 8080"));
    QCOMPARE(config.value(QStringLiteral("Cookie Policy"), QStringLiteral("httpProxy")), std::nullopt);
    config.setValue(QStringLiteral("Proxy Settings"), QStringLiteral("ProxyType"), QStringLiteral("1"));
    config.setValue(
        QStringLiteral("Proxy Settings"), QStringLiteral("NoProxyFor"), QStringLiteral("localhost,.corp"));
    config.setValue(
        QStringLiteral("Proxy Settings"), QStringLiteral("Proxy Config Script"), QStringLiteral(" lead"));
    config.setValue(QStringLiteral("New Group"), QStringLiteral("k"), QStringLiteral("v"));
    QCOMPARE(config.toText(),
        QStringLiteral("# written by hand\n"
                       "[$Version]\n"
                       "update_info=kioslave.upd:kioslave-firstrun\n"
                       "\n"
                       "[Proxy Settings]\n"
                       "AuthMode=0\n"
                       "ProxyType=1\n"
                       "httpProxy=http://old.example 8080\n"
                       "NoProxyFor=localhost,.corp\n"
                       "Proxy Config Script=\\slead\n"
                       "\n"
                       "[Cookie Policy]\n"
                       "CookieGlobalAdvice=Accept\n"
                       "\n"
                       "[New Group]\n"
                       "k=v\n"));
    QCOMPARE(KConfigText::parse(config.toText())
                 .value(QStringLiteral("Proxy Settings"), QStringLiteral("Proxy Config Script")),
        QStringLiteral(" lead"));
    config.remove(QStringLiteral("New Group"), QStringLiteral("k"));
    config.removeGroupIfEmpty(QStringLiteral("New Group"));
    config.remove(QStringLiteral("Proxy Settings"), QStringLiteral("NoProxyFor"));
    config.remove(QStringLiteral("Proxy Settings"), QStringLiteral("Proxy Config Script"));
    config.setValue(QStringLiteral("Proxy Settings"), QStringLiteral("ProxyType"), QStringLiteral("0"));
    QCOMPARE(config.toText().toUtf8(), KdeSample);
    QCOMPARE(
        KConfigText::parse(QStringLiteral("a=1")).toText(), QStringLiteral("a=1")); // no final newline added
}

void TestDesktopProxy::kioslavercValuesKeepControlCharactersAndUnicodeSpaces_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("line");
    // Found by fuzz_kconfigtext (tests/fuzz/corpus/kconfigtext/control-character-value): a leading
    // vertical tab was written as it is and trimmed away when read back.
    QTest::newRow("vertical tab first") << QStringLiteral("\v\uFFFD=") << QStringLiteral("k=\\x0b\uFFFD=");
    QTest::newRow("form feed last") << QStringLiteral("a\f") << QStringLiteral("k=a\\x0c");
    QTest::newRow("other control characters") << QStringLiteral("a\x01" "b\x1f") << QStringLiteral("k=a\\x01b\\x1f");
    // KConfig trims ASCII white space only.
    QTest::newRow("no-break spaces") << QStringLiteral("\u00A0a\u00A0") << QStringLiteral("k=\u00A0a\u00A0");
}

void TestDesktopProxy::kioslavercValuesKeepControlCharactersAndUnicodeSpaces()
{
    QFETCH(QString, value);
    QFETCH(QString, line);
    KConfigText config = KConfigText::parse(QString());
    config.setValue(QStringLiteral("Proxy Settings"), QStringLiteral("k"), value);
    QCOMPARE(config.toText(), QStringLiteral("[Proxy Settings]\n") + line + u'\n');
    QCOMPARE(KConfigText::parse(config.toText()).value(QStringLiteral("Proxy Settings"), QStringLiteral("k")),
        value);
    QCOMPARE(KConfigText::unescape(QStringLiteral("\\x4")), QStringLiteral("x4")); // not two hex digits
}

void TestDesktopProxy::readsKdeProxyForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("space before port") << "http://proxy.example 3128"
                                       << "proxy.example" << 3128;
    QTest::newRow("colon") << "http://proxy.example:3128"
                           << "proxy.example" << 3128;
    QTest::newRow("no scheme") << "proxy.example:8080"
                               << "proxy.example" << 8080;
    QTest::newRow("socks") << "socks://socks.example 1080"
                           << "socks.example" << 1080;
    QTest::newRow("ipv6") << "http://[::1] 3128"
                          << "::1" << 3128;
    QTest::newRow("ipv6 colon") << "http://[::1]:3128"
                                << "::1" << 3128;
    QTest::newRow("empty") << ""
                           << "" << 0;
}

void TestDesktopProxy::readsKdeProxyForms()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    const auto server = KdeProxy::parseServer(text);
    QVERIFY2(server.ok(), qPrintable(server.ok() ? QString() : server.error().message));
    QCOMPARE(server.value().host, host);
    QCOMPARE(int(server.value().port), port);
    if (server.value().isSet())
        QCOMPARE(
            KdeProxy::parseServer(KdeProxy::formatServer(QStringLiteral("http"), server.value())).value(),
            server.value());
    QVERIFY(!KdeProxy::parseServer(QStringLiteral("http://bad host! 1")).ok());
    QVERIFY(!KdeProxy::parseServer(QStringLiteral("http://h 99999")).ok());
}

void TestDesktopProxy::appliesAndRestoresKdeExactly()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("kioslaverc"));
    writeAll(file, KdeSample);
    KdeProxy kde(dir.filePath(QStringLiteral("config/desktop-backup-kde.json")), file);
    const auto before = kde.read();
    QVERIFY(before.ok());
    QCOMPARE(before.value().proxy.mode, DesktopProxy::Mode::None);

    const DesktopProxy wanted = DesktopProxy::fromProfile(
        corporateProfile(), {QStringLiteral("localhost"), QStringLiteral(".corp")});
    const QList<DesktopChange> changes = kde.changesFor(before.value(), wanted);
    QVERIFY(!changes.isEmpty());
    QVERIFY(kde.apply(changes).ok());
    QVERIFY(kde.hasBackup());
    const QString applied = QString::fromUtf8(readAll(file));
    QVERIFY(applied.contains(QStringLiteral("[Cookie Policy]\nCookieGlobalAdvice=Accept\n")));
    QVERIFY(applied.contains(QStringLiteral("httpProxy=http://proxy.corp.example 3128\n")));
    QVERIFY(applied.contains(QStringLiteral("update_info=kioslave.upd:kioslave-firstrun\n")));
    const auto after = kde.read();
    QCOMPARE(after.value().proxy.mode, DesktopProxy::Mode::Manual);
    QCOMPARE(after.value().proxy.http.authority(), QStringLiteral("proxy.corp.example:3128"));
    QCOMPARE(
        after.value().proxy.ignoreHosts, (QStringList{QStringLiteral("localhost"), QStringLiteral(".corp")}));
    QVERIFY(kde.changesFor(after.value(), wanted).isEmpty());
    // Stale changes are refused rather than written over something newer.
    QVERIFY(!kde.apply(changes).ok());

    // A second apply keeps the first backup, so restore still goes back to the user's own settings.
    ProxyProfile second = corporateProfile();
    second.host = QStringLiteral("second.example");
    QVERIFY(kde.apply(kde.changesFor(after.value(), DesktopProxy::fromProfile(second, {}))).ok());
    const auto restored = kde.restore();
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message));
    QVERIFY(!restored.value().isEmpty());
    QCOMPARE(readAll(file), KdeSample);
    QVERIFY(!kde.hasBackup());
    QVERIFY(!kde.restore().ok());
}

void TestDesktopProxy::restoringKdeRemovesAFileItCreated()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("kioslaverc"));
    KdeProxy kde(dir.filePath(QStringLiteral("backup.json")), file);
    const auto before = kde.read();
    QVERIFY(before.ok());
    DesktopProxy pac;
    pac.mode = DesktopProxy::Mode::Auto;
    pac.pacUrl = QStringLiteral("http://wpad.example/proxy.pac");
    QVERIFY(kde.apply(kde.changesFor(before.value(), pac)).ok());
    QCOMPARE(readAll(file),
        QByteArray("[Proxy Settings]\nProxy Config Script=http://wpad.example/proxy.pac\nProxyType=2\n"));
    QCOMPARE(kde.read().value().proxy.pacUrl, pac.pacUrl);
    QVERIFY(kde.restore().ok());
    QVERIFY(!QFile::exists(file));
}

void TestDesktopProxy::rendersMacOsAndWindowsCommands()
{
    const DesktopProxy manual = DesktopProxy::fromProfile(corporateProfile(),
        {QStringLiteral("localhost"), QStringLiteral("corp.example"), QStringLiteral("10.0.0.0/8")});
    const QString mac = ForeignProxyCommands::macOs(manual).join(u'\n');
    QVERIFY2(
        mac.contains(QStringLiteral("networksetup -setwebproxy \"Wi-Fi\" \"proxy.corp.example\" 3128\n")),
        qPrintable(mac));
    QVERIFY(mac.contains(
        QStringLiteral("networksetup -setsecurewebproxy \"Wi-Fi\" \"proxy.corp.example\" 3128\n")));
    QVERIFY(mac.contains(QStringLiteral(
        "networksetup -setproxybypassdomains \"Wi-Fi\" \"localhost\" \"corp.example\" \"10.0.0.0/8\"\n")));
    QVERIFY(ForeignProxyCommands::macOs(manual, QStringLiteral("My \"LAN\""))
                .join(u'\n')
                .contains(QStringLiteral("\"My \\\"LAN\\\"\"")));

    const QString windows = ForeignProxyCommands::windows(manual).join(u'\n');
    QVERIFY2(windows.contains(QStringLiteral("/v ProxyServer /t REG_SZ /d \"proxy.corp.example:3128\" /f")),
        qPrintable(windows));
    QVERIFY(windows.contains(QStringLiteral("/v ProxyEnable /t REG_DWORD /d \"1\" /f")));
    QVERIFY(windows.contains(
        QStringLiteral("/v ProxyOverride /t REG_SZ /d "
                       "\"localhost;*.localhost;corp.example;*.corp.example;10.*;<local>\" /f")));
    QVERIFY(windows.contains(QStringLiteral(
        "netsh winhttp set proxy proxy-server=\"http=proxy.corp.example:3128;https=proxy.corp.example:3128\" "
        "bypass-list=\"localhost;*.localhost;corp.example;*.corp.example;10.*;<local>\"")));

    DesktopProxy pac;
    pac.mode = DesktopProxy::Mode::Auto;
    pac.pacUrl = QStringLiteral("http://wpad.example/proxy.pac");
    QVERIFY(ForeignProxyCommands::macOs(pac).contains(
        QStringLiteral("networksetup -setautoproxyurl \"Wi-Fi\" \"http://wpad.example/proxy.pac\"")));
    QVERIFY(ForeignProxyCommands::windows(pac).join(u'\n').contains(
        QStringLiteral("/v AutoConfigURL /t REG_SZ /d \"http://wpad.example/proxy.pac\" /f")));
    QVERIFY(
        ForeignProxyCommands::windows(DesktopProxy{}).contains(QStringLiteral("netsh winhttp reset proxy")));
}

void TestDesktopProxy::gnomeRoundTripLeavesGsettingsIdentical()
{
    if (QStandardPaths::findExecutable(QStringLiteral("gsettings")).isEmpty())
        QSKIP("gsettings is not installed (package libglib2.0-bin)");
    // Never the user's real desktop: only in a session whose config folder is a sandbox (scripts/test).
    if (qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME")
        || qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs a sandboxed D-Bus session: XDG_CONFIG_HOME and DBUS_SESSION_BUS_ADDRESS set "
              "(scripts/test does so)");
    const Run schemas = gsettings({QStringLiteral("list-schemas")});
    if (!schemas.out.split(u'\n').contains(GnomeProxy::schema()))
        QSKIP("the org.gnome.system.proxy schema is not installed (package gsettings-desktop-schemas)");

    // A value the user set themselves, so restore has to write values and not only reset to defaults.
    const QString portKey = QStringLiteral("org.gnome.system.proxy.http");
    QCOMPARE(
        gsettings({QStringLiteral("set"), portKey, QStringLiteral("port"), QStringLiteral("3333")}).exitCode,
        0);
    const Run persisted = gsettings({QStringLiteral("get"), portKey, QStringLiteral("port")});
    QVERIFY2(persisted.out.trimmed() == u"3333",
        "gsettings set did not persist (the memory backend is in use): install dconf-gsettings-backend and "
        "dconf-service and run inside dbus-run-session");

    const Run before = gsettings({QStringLiteral("list-recursively"), GnomeProxy::schema()});
    QCOMPARE(before.exitCode, 0);
    const bool haveDconf = !QStandardPaths::findExecutable(QStringLiteral("dconf")).isEmpty();
    const QString dconfBefore = haveDconf
        ? program(QStringLiteral("dconf"), {QStringLiteral("dump"), QStringLiteral("/system/proxy/")}).out
        : QString();

    QTemporaryDir config;
    GnomeProxy gnome(DesktopBackend::backupFile(config.path(), DesktopKind::Gnome));
    QCOMPARE(gnome.listRecursively().value(), before.out);
    const auto current = gnome.read();
    QVERIFY2(current.ok(), qPrintable(current.ok() ? QString() : current.error().message));

    ProxyProfile profile = corporateProfile();
    profile.host = QStringLiteral("proxy.test.example");
    profile.username = QStringLiteral("o'brien"); // printed in double quotes by gsettings
    const DesktopProxy wanted = DesktopProxy::fromProfile(profile,
        {QStringLiteral("localhost"), QStringLiteral("*.corp.example"), QStringLiteral("10.0.0.0/8")});
    const QList<DesktopChange> changes = gnome.changesFor(current.value(), wanted);
    QVERIFY(changes.size() >= 5);
    const auto applied = gnome.apply(changes);
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
    QVERIFY(QFile::exists(gnome.backupPath()));
    QVERIFY(!readAll(gnome.backupPath()).contains("authentication-password"));

    // What another process sees: the values were stored, not only held by us.
    QCOMPARE(gsettings({QStringLiteral("get"), GnomeProxy::schema(), QStringLiteral("mode")}).out,
        QStringLiteral("'manual'\n"));
    QCOMPARE(gsettings({QStringLiteral("get"), portKey, QStringLiteral("host")}).out,
        QStringLiteral("'proxy.test.example'\n"));
    QCOMPARE(
        gsettings({QStringLiteral("get"), portKey, QStringLiteral("port")}).out, QStringLiteral("3128\n"));
    QCOMPARE(gsettings({QStringLiteral("get"), QStringLiteral("org.gnome.system.proxy.https"),
                           QStringLiteral("port")})
                 .out,
        QStringLiteral("3128\n"));
    QCOMPARE(gsettings({QStringLiteral("get"), GnomeProxy::schema(), QStringLiteral("ignore-hosts")}).out,
        QStringLiteral("['localhost', '*.corp.example', '10.0.0.0/8']\n"));
    QCOMPARE(gsettings({QStringLiteral("get"), portKey, QStringLiteral("authentication-user")}).out,
        QStringLiteral("\"o'brien\"\n"));
    const auto reread = gnome.read();
    QVERIFY(reread.ok());
    QCOMPARE(reread.value().proxy.http.authority(), QStringLiteral("proxy.test.example:3128"));
    QVERIFY(gnome.changesFor(reread.value(), wanted).isEmpty());

    const auto restored = gnome.restore();
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message));
    QCOMPARE(restored.value().size(), changes.size());
    QCOMPARE(gsettings({QStringLiteral("list-recursively"), GnomeProxy::schema()}).out, before.out);
    if (haveDconf) // defaults went back to being defaults, not copies of them
        QCOMPARE(
            program(QStringLiteral("dconf"), {QStringLiteral("dump"), QStringLiteral("/system/proxy/")}).out,
            dconfBefore);
    QVERIFY(!QFile::exists(gnome.backupPath()));

    QCOMPARE(gsettings({QStringLiteral("reset"), portKey, QStringLiteral("port")}).exitCode, 0);
}

void TestDesktopProxy::gnomeRestoreWithoutBackupSaysSo()
{
    QTemporaryDir config;
    GnomeProxy gnome(DesktopBackend::backupFile(config.path(), DesktopKind::Gnome));
    const auto restored = gnome.restore();
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().message.contains(QStringLiteral("nothing to restore")),
        qPrintable(restored.error().message));
}

void TestDesktopProxy::saysWhenTheGnomeSchemaIsMissing()
{
    if (QStandardPaths::findExecutable(QStringLiteral("gsettings")).isEmpty())
        QSKIP("gsettings is not installed (package libglib2.0-bin)");
    // gsettings finds schemas under $XDG_DATA_DIRS/glib-2.0/schemas: an empty folder has none.
    QTemporaryDir empty;
    const QByteArray saved = qgetenv("XDG_DATA_DIRS");
    const QByteArray savedSchemaDir = qgetenv("GSETTINGS_SCHEMA_DIR");
    qputenv("XDG_DATA_DIRS", empty.path().toLocal8Bit());
    qunsetenv("GSETTINGS_SCHEMA_DIR");
    GnomeProxy gnome(DesktopBackend::backupFile(empty.path(), DesktopKind::Gnome));
    const auto read = gnome.read();
    saved.isNull() ? qunsetenv("XDG_DATA_DIRS") : qputenv("XDG_DATA_DIRS", saved);
    if (!savedSchemaDir.isNull())
        qputenv("GSETTINGS_SCHEMA_DIR", savedSchemaDir);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(QStringLiteral("gsettings-desktop-schemas")),
        qPrintable(read.error().message));
}

QTEST_GUILESS_MAIN(TestDesktopProxy)
#include "tst_desktopproxy.moc"
