#include "noproxylist.h"

#include <QTest>

#include <algorithm>

class TestNoProxyList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryEntryShape_data();
    void parsesEveryEntryShape();
    void keepsValidEntriesAndReportsInvalidOnesWithPosition();
    void splitsOnCommasAndWhiteSpace();
    void refusesEntriesThatNoHostMatchesOrNoValueCanHold_data();
    void refusesEntriesThatNoHostMatchesOrNoValueCanHold();
    void errorPositionsPointIntoTheEntryWhateverItsCase();
    void matchesAsDocumented_data();
    void matchesAsDocumented();
};

void TestNoProxyList::parsesEveryEntryShape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<int>("form");
    QTest::addColumn<int>("port");

    using K = NoProxyEntry::Kind;
    using F = NoProxyEntry::DomainForm;
    QTest::newRow("star") << "*" << int(K::Everything) << "" << int(F::Plain) << 0;
    QTest::newRow("name") << "Example.COM" << int(K::Domain) << "example.com" << int(F::Plain) << 0;
    QTest::newRow("leading dot") << ".example.com" << int(K::Domain) << "example.com" << int(F::LeadingDot) << 0;
    QTest::newRow("glob") << "*.example.com" << int(K::Domain) << "example.com" << int(F::LeadingGlob) << 0;
    QTest::newRow("trailing dot") << "example.com." << int(K::Domain) << "example.com" << int(F::Plain) << 0;
    QTest::newRow("name with port") << "example.com:8443" << int(K::Domain) << "example.com" << int(F::Plain) << 8443;
    QTest::newRow("underscore name") << "_svc.corp" << int(K::Domain) << "_svc.corp" << int(F::Plain) << 0;
    QTest::newRow("ipv4") << "10.1.2.3" << int(K::Address) << "" << int(F::Plain) << 0;
    QTest::newRow("ipv4 with port") << "10.1.2.3:80" << int(K::Address) << "" << int(F::Plain) << 80;
    QTest::newRow("bare ipv6") << "::1" << int(K::Address) << "" << int(F::Plain) << 0;
    QTest::newRow("bracketed ipv6") << "[2001:db8::1]" << int(K::Address) << "" << int(F::Plain) << 0;
    QTest::newRow("bracketed ipv6 with port") << "[::1]:8080" << int(K::Address) << "" << int(F::Plain) << 8080;
    QTest::newRow("cidr v4") << "10.0.0.0/8" << int(K::Network) << "" << int(F::Plain) << 0;
    QTest::newRow("cidr v6") << "fd00::/8" << int(K::Network) << "" << int(F::Plain) << 0;
}

void TestNoProxyList::parsesEveryEntryShape()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, domain);
    QFETCH(int, form);
    QFETCH(int, port);
    const auto entry = NoProxyList::parseEntry(text);
    QVERIFY2(entry.ok(), entry.ok() ? "" : qPrintable(entry.error().message));
    QCOMPARE(int(entry.value().kind), kind);
    QCOMPARE(entry.value().domain, domain);
    QCOMPARE(int(entry.value().form), form);
    QCOMPARE(int(entry.value().port), port);
    QCOMPARE(entry.value().text, text);
}

void TestNoProxyList::keepsValidEntriesAndReportsInvalidOnesWithPosition()
{
    const QString value = QStringLiteral("good.example, foo*bar.com, 10.0.0.0/99, host:0, [::1, ok.test");
    const NoProxyParse parsed = NoProxyList::parse(value);
    QCOMPARE(parsed.entries.size(), 2);
    QCOMPARE(parsed.entries.at(0).domain, QStringLiteral("good.example"));
    QCOMPARE(parsed.entries.at(1).domain, QStringLiteral("ok.test"));
    QCOMPARE(parsed.errors.size(), 4);
    QCOMPARE(parsed.errors.at(0).position, value.indexOf(u'*'));
    QVERIFY(parsed.errors.at(0).message.contains(QStringLiteral("foo*bar.com")));
    QCOMPARE(parsed.errors.at(1).position, value.indexOf(QStringLiteral("10.0.0.0/99")));
    QVERIFY(parsed.errors.at(1).message.contains(QStringLiteral("CIDR")));
    QVERIFY(parsed.errors.at(2).message.contains(QStringLiteral("port")));
    QVERIFY(parsed.errors.at(3).message.contains(QStringLiteral("]")));
}

void TestNoProxyList::splitsOnCommasAndWhiteSpace()
{
    const NoProxyParse parsed = NoProxyList::parse(QStringLiteral(" a.test,b.test\tc.test ,, d.test\n"));
    QVERIFY(parsed.errors.isEmpty());
    QStringList domains;
    for (const NoProxyEntry &entry : parsed.entries)
        domains.append(entry.domain);
    QCOMPARE(domains, (QStringList{QStringLiteral("a.test"), QStringLiteral("b.test"), QStringLiteral("c.test"), QStringLiteral("d.test")}));
    QCOMPARE(NoProxyList::parse(QStringList{QStringLiteral("x.test"), QStringLiteral("bad name")}).errors.constFirst().position, 1);
}

// Found by tests/fuzz/fuzz_noproxy and fuzz_shellexport.
void TestNoProxyList::refusesEntriesThatNoHostMatchesOrNoValueCanHold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("two leading dots") << "..example.com" << "two dots";
    QTest::newRow("two trailing dots") << "example.com.." << "two dots";
    QTest::newRow("glob and a dot") << "*..example.com" << "two dots";
    // Without its dot each is an address; with it, a name no address target ever matches.
    QTest::newRow("address and trailing dot") << "10.1.2.3." << "neither a valid IPv4 address";
    QTest::newRow("leading dot and address") << ".10.1.2.3" << "neither a valid IPv4 address";
    QTest::newRow("short address, dot and port") << "10.1.:443" << "neither a valid IPv4 address";
    // A settings item is written into NO_PROXY as it is: one holding a separator would be two.
    QTest::newRow("carriage return before the port") << "example.com:\r5433" << "cannot appear";
    QTest::newRow("space inside") << "10.0.0.0/ 8" << "cannot appear";
    QTest::newRow("comma inside") << "a.test,b.test" << "cannot appear";
    // QHostAddress reads up to a NUL: the fuzzer's entry was taken for a network it does not spell.
    const char network[] = "192\0\0\0\0\0\0\0" "0\0\0\0\0\0\0\0\0fd0[3fd00::/8";
    QTest::newRow("NUL inside a network") << QString::fromLatin1(network, sizeof network - 1) << "U+0000";
    QTest::newRow("NUL after an address") << QString::fromUtf8("10.1.2.3\0", 9) << "U+0000";
    // Found by fuzz_noproxy: a zone ID inside a network; Qt read it as fe80::/33 on "et…::1]".
    QTest::newRow("zone ID in a network") << QString::fromUtf8("fe80::1%et\u00ff::1]/33") << "zone IDs";
    QTest::newRow("letters in a network") << "10.0.0.0/8x" << "CIDR";
    QTest::newRow("escape in a name") << "intra\x1b.test" << "U+001B";
    QTest::newRow("DEL in a name") << "intra\x7f.test" << "U+007F";
}

void TestNoProxyList::refusesEntriesThatNoHostMatchesOrNoValueCanHold()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const auto entry = NoProxyList::parseEntry(text);
    QVERIFY2(!entry.ok(), qPrintable(entry.ok() ? entry.value().domain : QString()));
    QVERIFY2(entry.error().message.contains(mentions), qPrintable(entry.error().message));
    // The message quotes the entry without the control character that would garble it on screen.
    QVERIFY(std::none_of(entry.error().message.cbegin(), entry.error().message.cend(),
                         [](QChar c) { return c.category() == QChar::Other_Control; }));
}

void TestNoProxyList::errorPositionsPointIntoTheEntryWhateverItsCase()
{
    // Upper-case non-ASCII is looked at in lower case: the position is still the character typed.
    const QString value = QStringLiteral("ok.test x\u049C.example");
    const NoProxyParse parsed = NoProxyList::parse(value);
    QCOMPARE(parsed.errors.size(), 1);
    QCOMPARE(parsed.errors.constFirst().position, value.indexOf(u'\u049C'));
    // Lower case can be longer than the text ("\u0130" is two characters): never past the entry.
    const QString longer = QStringLiteral("\u0130\u0130\u0130*");
    const auto entry = NoProxyList::parseEntry(longer);
    QVERIFY(!entry.ok());
    QVERIFY(entry.error().position >= 0 && entry.error().position <= longer.size());
}

void TestNoProxyList::matchesAsDocumented_data()
{
    QTest::addColumn<QString>("entries");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("matched"); // the entry's text, or "" for none

    QTest::newRow("apex by name") << "example.com" << "http://example.com/" << "example.com";
    QTest::newRow("subdomain by name") << "example.com" << "https://a.b.example.com/" << "example.com";
    QTest::newRow("no partial label") << "example.com" << "http://badexample.com/" << "";
    QTest::newRow("leading dot covers apex") << ".example.com" << "http://example.com/" << ".example.com";
    QTest::newRow("glob is subdomains only") << "*.example.com" << "http://example.com/" << "";
    QTest::newRow("glob subdomain") << "*.example.com" << "http://x.example.com/" << "*.example.com";
    QTest::newRow("star") << "*" << "http://anything.test:9/" << "*";
    QTest::newRow("port must equal") << "example.com:8443" << "https://example.com/" << "";
    QTest::newRow("port equal") << "example.com:443" << "https://example.com/" << "example.com:443";
    QTest::newRow("cidr v4") << "10.0.0.0/8" << "http://10.20.30.40/" << "10.0.0.0/8";
    QTest::newRow("cidr does not resolve names") << "10.0.0.0/8" << "http://intranet/" << "";
    QTest::newRow("ipv6 either spelling") << "[::1]" << "http://[0:0:0:0:0:0:0:1]:8080/" << "[::1]";
    QTest::newRow("cidr v6") << "fd00::/8" << "http://[fd12::5]/" << "fd00::/8";
    QTest::newRow("first match wins") << "other.test,10.0.0.0/8,10.1.0.0/16" << "http://10.1.2.3/" << "10.0.0.0/8";
    QTest::newRow("name is not an address") << "localhost" << "http://127.0.0.1/" << "";
}

void TestNoProxyList::matchesAsDocumented()
{
    QFETCH(QString, entries);
    QFETCH(QString, url);
    QFETCH(QString, matched);
    const NoProxyParse parsed = NoProxyList::parse(entries);
    QVERIFY(parsed.errors.isEmpty());
    const auto target = RouteTarget::parse(url);
    QVERIFY(target.ok());
    const NoProxyEntry *entry = NoProxyList::match(parsed.entries, target.value());
    QCOMPARE(entry ? entry->text : QString(), matched);
}

QTEST_GUILESS_MAIN(TestNoProxyList)
#include "tst_noproxylist.moc"
