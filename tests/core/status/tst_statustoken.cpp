// The status socket's token: 43 characters of base64url from 32 random bytes, kept in an
// owner-only `status-token` file that is created once, rotated on request, and refused (with the
// file named) when others can read it or it does not hold a token.
#include "statustoken.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

// The file's permission bits as the kernel has them, not as QFile interprets them.
int modeOf(const QString &path)
{
    struct stat info{};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

bool writeFile(const QString &path, const QByteArray &bytes, int mode)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray GoodToken = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123-_Z"; // 43 token characters

} // namespace

class TestStatusToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generateGivesFortyThreeBase64UrlCharactersThatDifferEachTime();
    void loadOrCreateWritesAnOwnerOnlyFileAndThenReadsTheSameToken();
    void loadOrCreateMakesTheFolderWhenItIsMissing();
    void rotateWritesANewTokenThatLoadOrCreateThenReturns();
    void aFileOthersCanReadOrWriteIsRefusedWithItsPath_data();
    void aFileOthersCanReadOrWriteIsRefusedWithItsPath();
    void anOwnerOnlyFileIsAccepted_data();
    void anOwnerOnlyFileIsAccepted();
    void aFileWithoutATokenIsRefusedWithItsPath_data();
    void aFileWithoutATokenIsRefusedWithItsPath();
    void isWellFormedAcceptsExactlyFortyThreeTokenCharacters_data();
    void isWellFormedAcceptsExactlyFortyThreeTokenCharacters();
    void matchesOnlyTheSameNonEmptyToken_data();
    void matchesOnlyTheSameNonEmptyToken();
};

void TestStatusToken::generateGivesFortyThreeBase64UrlCharactersThatDifferEachTime()
{
    static const QRegularExpression base64Url(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    QSet<QByteArray> seen;
    for (int i = 0; i < 200; ++i) {
        const QByteArray token = StatusToken::generate();
        QCOMPARE(token.size(), StatusToken::Length);
        QVERIFY2(base64Url.match(QString::fromLatin1(token)).hasMatch(), token.constData());
        QVERIFY(StatusToken::isWellFormed(token));
        const auto decoded = QByteArray::fromBase64Encoding(
            token, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(decoded);
        QCOMPARE(decoded.decoded.size(), 32);
        seen.insert(token);
    }
    QCOMPARE(seen.size(), 200);
}

void TestStatusToken::loadOrCreateWritesAnOwnerOnlyFileAndThenReadsTheSameToken()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = StatusToken::filePath(dir.path());
    QCOMPARE(path, QDir(dir.path()).filePath(QStringLiteral("status-token")));
    QVERIFY(!QFile::exists(path));

    const auto first = StatusToken::loadOrCreate(dir.path());
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    QVERIFY(StatusToken::isWellFormed(first.value()));
    QVERIFY(QFile::exists(path));
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(readFile(path).trimmed(), first.value());

    const auto second = StatusToken::loadOrCreate(dir.path());
    QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
    QCOMPARE(second.value(), first.value());
    QCOMPARE(modeOf(path), 0600);
}

void TestStatusToken::loadOrCreateMakesTheFolderWhenItIsMissing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString configDir = dir.filePath(QStringLiteral("not/yet/there"));
    const auto token = StatusToken::loadOrCreate(configDir);
    QVERIFY2(token, qPrintable(token ? QString() : token.error().toString()));
    QCOMPARE(modeOf(StatusToken::filePath(configDir)), 0600);
    QCOMPARE(StatusToken::loadOrCreate(configDir).value(), token.value());
}

void TestStatusToken::rotateWritesANewTokenThatLoadOrCreateThenReturns()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray before = StatusToken::loadOrCreate(dir.path()).value();

    const auto rotated = StatusToken::rotate(dir.path());
    QVERIFY2(rotated, qPrintable(rotated ? QString() : rotated.error().toString()));
    QVERIFY(StatusToken::isWellFormed(rotated.value()));
    QVERIFY(rotated.value() != before);
    QCOMPARE(modeOf(StatusToken::filePath(dir.path())), 0600);
    QCOMPARE(StatusToken::loadOrCreate(dir.path()).value(), rotated.value());

    const QByteArray again = StatusToken::rotate(dir.path()).value();
    QVERIFY(again != rotated.value());
    QCOMPARE(StatusToken::loadOrCreate(dir.path()).value(), again);
}

void TestStatusToken::aFileOthersCanReadOrWriteIsRefusedWithItsPath_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("0644, the umask's default") << 0644;
    QTest::newRow("0640, group can read") << 0640;
    QTest::newRow("0604, others can read") << 0604;
    QTest::newRow("0620, group can write") << 0620;
    QTest::newRow("0602, others can write") << 0602;
    QTest::newRow("0666") << 0666;
}

void TestStatusToken::aFileOthersCanReadOrWriteIsRefusedWithItsPath()
{
    QFETCH(int, mode);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = StatusToken::filePath(dir.path());
    QVERIFY(writeFile(path, GoodToken + '\n', mode));
    QCOMPARE(modeOf(path), mode);

    const auto token = StatusToken::loadOrCreate(dir.path());
    QVERIFY(!token);
    QVERIFY2(token.error().message.contains(path), qPrintable(token.error().message));
    QVERIFY2(token.error().message.contains(QStringLiteral("chmod 600")), qPrintable(token.error().message));
    QCOMPARE(token.error().field, QStringLiteral("status-token"));
    // Refused, not silently repaired or replaced.
    QCOMPARE(readFile(path), GoodToken + '\n');
    QCOMPARE(modeOf(path), mode);
}

void TestStatusToken::anOwnerOnlyFileIsAccepted_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("0600 with a newline") << 0600 << QByteArray(GoodToken + '\n');
    QTest::newRow("0400 without a newline") << 0400 << GoodToken;
    QTest::newRow("0600 with CRLF and spaces") << 0600 << QByteArray("  " + GoodToken + "\r\n");
}

void TestStatusToken::anOwnerOnlyFileIsAccepted()
{
    QFETCH(int, mode);
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(StatusToken::filePath(dir.path()), content, mode));
    const auto token = StatusToken::loadOrCreate(dir.path());
    QVERIFY2(token, qPrintable(token ? QString() : token.error().toString()));
    QCOMPARE(token.value(), GoodToken);
}

void TestStatusToken::aFileWithoutATokenIsRefusedWithItsPath_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("position");
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("only a newline") << QByteArray("\n") << 0;
    QTest::newRow("one character short") << QByteArray(GoodToken.first(42) + '\n') << 42;
    QTest::newRow("one character long") << QByteArray(GoodToken + "x\n") << 43;
    QTest::newRow("standard base64 '+'") << QByteArray(GoodToken.first(10) + '+' + GoodToken.sliced(11)) << 10;
    QTest::newRow("standard base64 '/'") << QByteArray('/' + GoodToken.sliced(1)) << 0;
    QTest::newRow("padding") << QByteArray(GoodToken.first(42) + '=') << 42;
    QTest::newRow("a space inside") << QByteArray(GoodToken.first(20) + ' ' + GoodToken.sliced(21)) << 20;
    QTest::newRow("a second line") << QByteArray(GoodToken + "\nanother") << 43;
    QTest::newRow("spaces, then more") << QByteArray(GoodToken + "   junk") << 43;
    QTest::newRow("non-ASCII") << QByteArray(GoodToken.first(5) + "\xc3\xa9" + GoodToken.sliced(7)) << 5;
}

void TestStatusToken::aFileWithoutATokenIsRefusedWithItsPath()
{
    QFETCH(QByteArray, content);
    QFETCH(int, position);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = StatusToken::filePath(dir.path());
    QVERIFY(writeFile(path, content, 0600));

    const auto token = StatusToken::loadOrCreate(dir.path());
    QVERIFY(!token);
    QVERIFY2(token.error().message.contains(path), qPrintable(token.error().message));
    QVERIFY2(token.error().message.contains(QStringLiteral("rotate")), qPrintable(token.error().message));
    QCOMPARE(token.error().field, QStringLiteral("status-token"));
    QCOMPARE(token.error().position, qsizetype(position));
    QCOMPARE(readFile(path), content);
}

void TestStatusToken::isWellFormedAcceptsExactlyFortyThreeTokenCharacters_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("wellFormed");
    QTest::newRow("good") << GoodToken << true;
    QTest::newRow("generated") << StatusToken::generate() << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("42") << GoodToken.first(42) << false;
    QTest::newRow("44") << QByteArray(GoodToken + 'a') << false;
    QTest::newRow("dot") << QByteArray(GoodToken.first(42) + '.') << false;
    QTest::newRow("NUL") << QByteArray(GoodToken.first(42) + '\0') << false;
    QTest::newRow("trailing newline") << QByteArray(GoodToken.first(42) + '\n') << false;
}

void TestStatusToken::isWellFormedAcceptsExactlyFortyThreeTokenCharacters()
{
    QFETCH(QByteArray, token);
    QFETCH(bool, wellFormed);
    QCOMPARE(StatusToken::isWellFormed(token), wellFormed);
}

void TestStatusToken::matchesOnlyTheSameNonEmptyToken_data()
{
    QTest::addColumn<QByteArray>("offered");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("matches");
    const QByteArray other = QByteArray(GoodToken).replace('a', 'b');
    QByteArray lastDiffers = GoodToken;
    lastDiffers.back() = 'Y';
    QTest::newRow("same") << GoodToken << GoodToken << true;
    QTest::newRow("same, other copies") << QByteArray(GoodToken.constData(), GoodToken.size()) << GoodToken << true;
    QTest::newRow("short token of another format") << QByteArray("s3cret") << QByteArray("s3cret") << true;
    QTest::newRow("first character differs") << other << GoodToken << false;
    QTest::newRow("last character differs") << lastDiffers << GoodToken << false;
    QTest::newRow("offered empty") << QByteArray() << GoodToken << false;
    QTest::newRow("both empty: no token set lets nobody in") << QByteArray() << QByteArray() << false;
    QTest::newRow("expected empty") << GoodToken << QByteArray() << false;
    QTest::newRow("a prefix") << GoodToken.first(42) << GoodToken << false;
    QTest::newRow("one byte longer") << QByteArray(GoodToken + 'x') << GoodToken << false;
    QTest::newRow("with a newline") << QByteArray(GoodToken + '\n') << GoodToken << false;
    QTest::newRow("other case") << GoodToken.toUpper() << GoodToken << false;
    QTest::newRow("much longer") << QByteArray(10'000, 'a') << GoodToken << false;
}

void TestStatusToken::matchesOnlyTheSameNonEmptyToken()
{
    QFETCH(QByteArray, offered);
    QFETCH(QByteArray, expected);
    QFETCH(bool, matches);
    QCOMPARE(StatusToken::matches(offered, expected), matches);
}

QTEST_GUILESS_MAIN(TestStatusToken)
#include "tst_statustoken.moc"
