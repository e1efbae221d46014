#include "chunkeddecoder.h"

#include <QTest>

namespace {

template<qsizetype N>
QByteArray bytes(const char (&text)[N])
{
    return QByteArray(text, N - 1);
}

// What the engine learns from feeding `input` in the given pieces: the status, how many bytes
// of the input belong to the body, the payload size and the error.
QString feedInPieces(const QByteArray &input, const QList<qsizetype> &cuts, const ChunkedDecoder::Limits &limits = {})
{
    ChunkedDecoder decoder(limits);
    qsizetype position = 0;
    qsizetype consumed = 0;
    ChunkedDecoder::Step step;
    QList<qsizetype> ends = cuts;
    ends.append(input.size());
    for (qsizetype end : ends) {
        step = decoder.feed(QByteArrayView(input).sliced(position, end - position));
        consumed += step.consumed;
        if (step.status != ChunkedDecoder::Status::NeedMore)
            break;
        position = end;
    }
    if (step.status == ChunkedDecoder::Status::Failed) {
        return QStringLiteral("failed %1 at %2: %3 (consumed %4)")
            .arg(decoder.error().status)
            .arg(decoder.error().offset)
            .arg(decoder.error().reason)
            .arg(consumed);
    }
    return QStringLiteral("%1 consumed %2 data %3 body %4")
        .arg(step.status == ChunkedDecoder::Status::Finished ? QStringLiteral("finished") : QStringLiteral("need more"))
        .arg(consumed)
        .arg(decoder.dataBytes())
        .arg(decoder.bodyBytes());
}

// Fed whole, in two pieces at every split point, and byte by byte: always the same answer.
void checkEverySplit(const QByteArray &input, const ChunkedDecoder::Limits &limits = {})
{
    const QString whole = feedInPieces(input, {}, limits);
    for (qsizetype k = 0; k <= input.size(); ++k) {
        const QString split = feedInPieces(input, {k}, limits);
        QVERIFY2(split == whole, qPrintable(QStringLiteral("split at %1: %2\nwhole: %3").arg(k).arg(split, whole)));
    }
    QList<qsizetype> everyByte;
    for (qsizetype k = 1; k < input.size(); ++k)
        everyByte.append(k);
    QCOMPARE(feedInPieces(input, everyByte, limits), whole);
}

} // namespace

class TestChunkedDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheEndOfValidBodies_data();
    void findsTheEndOfValidBodies();
    void rejectsBadFraming_data();
    void rejectsBadFraming();
    void limitsTheSizeLineTo4KiB();
    void limitsTheTrailerSection();
    void skipsHugeChunksWithoutLookingAtThem();
    void consumesNothingAfterTheEnd();
};

void TestChunkedDecoder::findsTheEndOfValidBodies_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("bodySize"); // where the body ends in the input
    QTest::addColumn<int>("dataSize");

    QTest::newRow("one chunk") << QByteArray("5\r\nhello\r\n0\r\n\r\n") << 15 << 5;
    QTest::newRow("empty body") << QByteArray("0\r\n\r\n") << 5 << 0;
    QTest::newRow("several chunks") << QByteArray("3\r\nabc\r\n1\r\nd\r\n0\r\n\r\n") << 19 << 4;
    QTest::newRow("hex digits in either case") << QByteArray("a\r\n0123456789\r\nB\r\n0123456789a\r\n0\r\n\r\n") << 36 << 21;
    QTest::newRow("leading zeros") << QByteArray("0002\r\nhi\r\n000\r\n\r\n") << 17 << 2;
    QTest::newRow("data may hold CRLF and NUL") << bytes("4\r\n\r\n\0\n\r\n0\r\n\r\n") << 14 << 4;
    QTest::newRow("chunk extension") << QByteArray("2;name=value\r\nhi\r\n0\r\n\r\n") << 23 << 2;
    QTest::newRow("quoted chunk extension") << QByteArray("2;a=\"b; c\";d\r\nhi\r\n0\r\n\r\n") << 23 << 2;
    QTest::newRow("whitespace before an extension") << QByteArray("2 \t;x\r\nhi\r\n0\r\n\r\n") << 16 << 2;
    QTest::newRow("extension on the last chunk") << QByteArray("0;done\r\n\r\n") << 10 << 0;
    QTest::newRow("trailer fields") << QByteArray("1\r\nx\r\n0\r\nExpires: never\r\nX-Sum:abc \r\n\r\n") << 39 << 1;
    QTest::newRow("trailer with obs-text and an empty value") << QByteArray("0\r\nX: caf\xc3\xa9\r\nY:\r\n\r\n") << 19 << 0;
    QTest::newRow("the next message is left alone") << QByteArray("1\r\nx\r\n0\r\n\r\nGET / HTTP/1.1\r\n\r\n") << 11 << 1;
}

void TestChunkedDecoder::findsTheEndOfValidBodies()
{
    QFETCH(QByteArray, input);
    QFETCH(int, bodySize);
    QFETCH(int, dataSize);

    ChunkedDecoder decoder;
    const ChunkedDecoder::Step step = decoder.feed(input);
    QCOMPARE(step.status, ChunkedDecoder::Status::Finished);
    QCOMPARE(step.consumed, qsizetype(bodySize));
    QCOMPARE(decoder.dataBytes(), qint64(dataSize));
    QCOMPARE(decoder.bodyBytes(), qint64(bodySize));
    QCOMPARE(decoder.status(), ChunkedDecoder::Status::Finished);
    checkEverySplit(input);
}

void TestChunkedDecoder::rejectsBadFraming_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("offset");

    QTest::newRow("size that is not hexadecimal") << QByteArray("g\r\n") << 400 << "not hexadecimal" << 0;
    QTest::newRow("hex prefix") << QByteArray("0x5\r\nhello\r\n") << 400 << "not hexadecimal" << 1;
    QTest::newRow("negative size") << QByteArray("-5\r\n") << 400 << "not hexadecimal" << 0;
    QTest::newRow("missing size") << QByteArray("\r\n0\r\n\r\n") << 400 << "missing chunk size" << 0;
    QTest::newRow("size of 2^62") << QByteArray("4000000000000000\r\n") << 400 << "too large" << 15;
    QTest::newRow("size far past 64 bits") << QByteArray("ffffffffffffffffffff\r\n") << 400 << "too large" << 15;
    QTest::newRow("bare LF after the size") << QByteArray("5\nhello\r\n0\r\n\r\n") << 400 << "LF without CR" << 1;
    QTest::newRow("CR without LF after the size") << QByteArray("5\rhello") << 400 << "CR without LF" << 2;
    QTest::newRow("whitespace after the size") << QByteArray("5 \r\nhello\r\n0\r\n\r\n") << 400 << "whitespace after" << 2;
    QTest::newRow("two sizes") << QByteArray("5 5\r\n") << 400 << "whitespace after" << 2;
    QTest::newRow("data longer than its size") << QByteArray("5\r\nhello!\r\n0\r\n\r\n") << 400 << "not followed by CRLF" << 8;
    QTest::newRow("bare LF after the data") << QByteArray("5\r\nhello\n0\r\n\r\n") << 400 << "not followed by CRLF" << 8;
    QTest::newRow("CR without LF after the data") << QByteArray("5\r\nhello\r0\r\n\r\n") << 400 << "not followed by CRLF" << 9;
    QTest::newRow("control byte in an extension") << QByteArray("1;a\x01\r\nx\r\n0\r\n\r\n") << 400 << "chunk extension" << 3;
    QTest::newRow("bare LF in an extension") << QByteArray("1;a\nx\r\n0\r\n\r\n") << 400 << "LF without CR" << 3;
    QTest::newRow("trailer obs-fold") << QByteArray("0\r\nA: b\r\n c\r\n\r\n") << 400 << "obsolete line folding" << 9;
    QTest::newRow("trailer space before colon") << QByteArray("0\r\nA : b\r\n\r\n") << 400 << "space before colon" << 4;
    QTest::newRow("trailer without colon") << QByteArray("0\r\nA\r\n\r\n") << 400 << "trailer field name" << 4;
    QTest::newRow("trailer with a NUL") << bytes("0\r\nA: \0\r\n\r\n") << 400 << "trailer field value" << 6;
    QTest::newRow("bare LF in the trailers") << QByteArray("0\r\nA: b\n\r\n") << 400 << "control character" << 7;
    QTest::newRow("bare LF as the last line") << QByteArray("0\r\n\n") << 400 << "LF without CR" << 3;
    QTest::newRow("CR without LF at the end") << QByteArray("0\r\n\r\r") << 400 << "CR without LF" << 4;
}

void TestChunkedDecoder::rejectsBadFraming()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(int, offset);

    ChunkedDecoder decoder;
    const ChunkedDecoder::Step step = decoder.feed(input);
    QCOMPARE(step.status, ChunkedDecoder::Status::Failed);
    QCOMPARE(decoder.error().status, status);
    QVERIFY2(decoder.error().reason.contains(reason), qPrintable(decoder.error().reason));
    QCOMPARE(decoder.error().offset, qsizetype(offset));
    QCOMPARE(step.consumed, qsizetype(offset));
    checkEverySplit(input);
}

void TestChunkedDecoder::limitsTheSizeLineTo4KiB()
{
    const QByteArray fits = "1;" + QByteArray(4096 - 2, 'x') + "\r\na\r\n0\r\n\r\n";
    ChunkedDecoder decoder;
    QCOMPARE(decoder.feed(fits).status, ChunkedDecoder::Status::Finished);

    const QByteArray over = "1;" + QByteArray(4096 - 1, 'x') + "\r\na\r\n0\r\n\r\n";
    ChunkedDecoder refused;
    QCOMPARE(refused.feed(over).status, ChunkedDecoder::Status::Failed);
    QCOMPARE(refused.error().offset, 4096);
    QVERIFY(refused.error().reason.contains(QStringLiteral("longer than 4096")));

    // Leading zeros count too: they are how a size line is made endless.
    ChunkedDecoder zeros;
    QCOMPARE(zeros.feed(QByteArray(5000, '0')).status, ChunkedDecoder::Status::Failed);
    QCOMPARE(zeros.error().offset, 4096);

    ChunkedDecoder::Limits small;
    small.maxSizeLineBytes = 8;
    checkEverySplit("1;abcdef\r\nx\r\n0\r\n\r\n", small);
    checkEverySplit("1;abcdefg\r\nx\r\n0\r\n\r\n", small);
}

void TestChunkedDecoder::limitsTheTrailerSection()
{
    ChunkedDecoder::Limits limits;
    limits.maxTrailerBytes = 12;
    const QByteArray fits("0\r\nA: 12345\r\n\r\n"); // 12 bytes of trailer section
    ChunkedDecoder decoder(limits);
    QCOMPARE(decoder.feed(fits).status, ChunkedDecoder::Status::Finished);

    const QByteArray over("0\r\nA: 123456\r\n\r\n");
    ChunkedDecoder refused(limits);
    QCOMPARE(refused.feed(over).status, ChunkedDecoder::Status::Failed);
    QCOMPARE(refused.error().status, 431);
    QCOMPARE(refused.error().offset, 15);
    checkEverySplit(over, limits);
}

void TestChunkedDecoder::skipsHugeChunksWithoutLookingAtThem()
{
    ChunkedDecoder decoder;
    QCOMPARE(decoder.feed("3fffffffffffffff\r\n").status, ChunkedDecoder::Status::NeedMore);
    const QByteArray megabyte(1024 * 1024, '\n');
    for (int i = 0; i < 16; ++i) {
        const ChunkedDecoder::Step step = decoder.feed(megabyte);
        QCOMPARE(step.status, ChunkedDecoder::Status::NeedMore);
        QCOMPARE(step.consumed, megabyte.size());
    }
    QCOMPARE(decoder.dataBytes(), qint64(16) * megabyte.size());
}

void TestChunkedDecoder::consumesNothingAfterTheEnd()
{
    ChunkedDecoder decoder;
    QCOMPARE(decoder.feed("0\r\n\r\n").status, ChunkedDecoder::Status::Finished);
    const ChunkedDecoder::Step after = decoder.feed("1\r\nx\r\n");
    QCOMPARE(after.status, ChunkedDecoder::Status::Finished);
    QCOMPARE(after.consumed, 0);

    ChunkedDecoder failed;
    QCOMPARE(failed.feed("z").status, ChunkedDecoder::Status::Failed);
    QCOMPARE(failed.feed("0\r\n\r\n").consumed, 0);
    QCOMPARE(failed.status(), ChunkedDecoder::Status::Failed);
}

QTEST_GUILESS_MAIN(TestChunkedDecoder)
#include "tst_chunkeddecoder.moc"
