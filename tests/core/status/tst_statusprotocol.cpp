// The status socket's messages: every record and message type survives a round trip, the wire
// names are the documented ones, and anything this version cannot read is refused with the
// field it is about (or the byte where the JSON breaks), never half read.
#include "statusprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

constexpr qint64 TwoTo53 = qint64(1) << 53;

// Every field, so that QCOMPARE shows what differs.
QString describe(const TunnelRecord &r)
{
    return QStringLiteral("id=%1 kind=%2 state=%3 client=%4 target=%5 method=%6 route=%7 status=%8 up=%9 down=%10 "
                          "start=%11 end=%12 error=%13 engine=%14")
        .arg(QString::number(r.id), TunnelRecord::kindId(r.kind), TunnelRecord::stateId(r.state), r.client, r.target,
             r.method, r.route, QString::number(r.status), QString::number(r.bytesUp))
        .arg(QString::number(r.bytesDown), QString::number(r.startMs), QString::number(r.endMs), r.error, r.engine);
}

QStringList describe(const TunnelRecords &records)
{
    QStringList lines;
    for (const TunnelRecord &record : records)
        lines.append(describe(record));
    return lines;
}

TunnelRecord makeRecord(quint64 id, TunnelRecord::Kind kind, TunnelRecord::State state)
{
    TunnelRecord r;
    r.id = id;
    r.kind = kind;
    r.state = state;
    r.client = QStringLiteral("127.0.0.1:40000");
    r.target = kind == TunnelRecord::Kind::Request ? QStringLiteral("http://example.org/index.html")
                                                   : QStringLiteral("example.org:443");
    r.method = kind == TunnelRecord::Kind::Request ? QStringLiteral("GET") : QString();
    r.route = QStringLiteral("upstream");
    r.status = state == TunnelRecord::State::Failed ? 502 : 200;
    r.bytesUp = 1234;
    r.bytesDown = 567'890;
    r.startMs = 1'700'000'000'000;
    r.endMs = (state == TunnelRecord::State::Closed || state == TunnelRecord::State::Failed) ? 1'700'000'001'500 : 0;
    r.error = state == TunnelRecord::State::Failed ? QStringLiteral("upstream refused the connection") : QString();
    return r;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A changes message around one record object, the way a peer would write it.
QByteArray changesWith(const QJsonObject &record)
{
    return json(QJsonObject{{QStringLiteral("schema"), 1},
                            {QStringLiteral("type"), QStringLiteral("changes")},
                            {QStringLiteral("seq"), 7},
                            {QStringLiteral("tunnels"), QJsonArray{record}}});
}

QJsonObject goodRecordJson()
{
    return StatusProtocol::recordToJson(makeRecord(1, TunnelRecord::Kind::Tunnel, TunnelRecord::State::Open));
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}

} // namespace

class TestStatusProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsSurviveARoundTrip_data();
    void recordsSurviveARoundTrip();
    void recordsUseTheDocumentedNames();
    void theEngineNameIsNotSentTheReaderTagsRecords();
    void aSnapshotParsesBack();
    void changesParseBackWithTheirSequence_data();
    void changesParseBackWithTheirSequence();
    void aStatusParsesBack();
    void aHandWrittenMessageWithUnknownKeysIsRead();
    void badMessagesNameTheField_data();
    void badMessagesNameTheField();
    void theFieldOfTheFourthRecordIsNamedWithItsIndex();
    void anotherSchemaIsNamedAsSuchNotAsBadJson_data();
    void anotherSchemaIsNamedAsSuchNotAsBadJson();
    void brokenJsonGivesTheBytePosition_data();
    void brokenJsonGivesTheBytePosition();
    void jsonThatIsNotAnObjectIsRefused_data();
    void jsonThatIsNotAnObjectIsRefused();
};

void TestStatusProtocol::recordsSurviveARoundTrip_data()
{
    QTest::addColumn<TunnelRecord>("record");
    for (const auto kind : {TunnelRecord::Kind::Tunnel, TunnelRecord::Kind::Request, TunnelRecord::Kind::WebSocket}) {
        for (const auto state : {TunnelRecord::State::Connecting, TunnelRecord::State::Open, TunnelRecord::State::Closed,
                                 TunnelRecord::State::Failed}) {
            const QByteArray name = (TunnelRecord::kindId(kind) + u' ' + TunnelRecord::stateId(state)).toUtf8();
            QTest::newRow(name.constData()) << makeRecord(42, kind, state);
        }
    }

    TunnelRecord unicode = makeRecord(7, TunnelRecord::Kind::Request, TunnelRecord::State::Failed);
    unicode.client = QStringLiteral("[::1]:51000");
    unicode.target = QStringLiteral("http://bücher.example/straße/日本語");
    unicode.method = QStringLiteral("PROPFIND");
    unicode.route = QStringLiteral("direct (NO_PROXY entry „*.intern“)");
    unicode.error = QStringLiteral("Zeitüberschreitung — 超时 🚀 \"quoted\" \\ back\nslash\ttab");
    QTest::newRow("unicode, quotes and control characters") << unicode;

    TunnelRecord controls = makeRecord(8, TunnelRecord::Kind::Request, TunnelRecord::State::Failed);
    for (char16_t c = 0; c < 0x20; ++c)
        controls.error += QChar(c);
    controls.error += QChar(0x7f) + QStringLiteral("\u2028\u2029/end");
    QTest::newRow("every control character") << controls;

    // Odd values too: 2^53 alone would survive a trip through float.
    TunnelRecord big = makeRecord(quint64(TwoTo53), TunnelRecord::Kind::Tunnel, TunnelRecord::State::Closed);
    big.bytesUp = TwoTo53;
    big.bytesDown = TwoTo53;
    big.startMs = TwoTo53;
    big.endMs = TwoTo53;
    big.status = 999;
    QTest::newRow("2^53 everywhere") << big;
    TunnelRecord odd = makeRecord(quint64(TwoTo53 - 1), TunnelRecord::Kind::Request, TunnelRecord::State::Failed);
    odd.bytesUp = TwoTo53 - 1;
    odd.bytesDown = TwoTo53 - 3;
    odd.startMs = TwoTo53 - 5;
    odd.endMs = TwoTo53 - 1;
    QTest::newRow("2^53 - 1 and other odd values") << odd;

    TunnelRecord past32 = makeRecord(quint64(1) << 40, TunnelRecord::Kind::WebSocket, TunnelRecord::State::Open);
    past32.bytesUp = qint64(5) * 1024 * 1024 * 1024 * 1024 + 1; // 5 TiB and a byte
    past32.bytesDown = (qint64(1) << 32) + 1;
    QTest::newRow("past 32 bits") << past32;

    TunnelRecord zero;
    QTest::newRow("all defaults") << zero;
}

void TestStatusProtocol::recordsSurviveARoundTrip()
{
    QFETCH(TunnelRecord, record);
    const auto back = StatusProtocol::recordFromJson(StatusProtocol::recordToJson(record), QStringLiteral("t"));
    QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
    QCOMPARE(describe(back.value()), describe(record));

    // And through the bytes of a message, as the socket carries them (written by hand, not by
    // QJsonDocument): any JSON parser reads the same object recordToJson() makes.
    const QByteArray bytes = StatusProtocol::changes({record, record}, 3);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u' ' + QString::fromUtf8(bytes)));
    QCOMPARE(document.object().value(QStringLiteral("tunnels")).toArray().at(1).toObject(),
             StatusProtocol::recordToJson(record));
    const auto message = StatusProtocol::parse(bytes);
    QVERIFY2(message, qPrintable(message ? QString() : message.error().toString()));
    QCOMPARE(describe(message.value().records), describe(TunnelRecords{record, record}));
}

void TestStatusProtocol::recordsUseTheDocumentedNames()
{
    TunnelRecord r = makeRecord(9, TunnelRecord::Kind::Request, TunnelRecord::State::Failed);
    const QJsonObject o = StatusProtocol::recordToJson(r);
    QCOMPARE(o.value(QStringLiteral("id")).toInteger(), 9);
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("request"));
    QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(o.value(QStringLiteral("client")).toString(), r.client);
    QCOMPARE(o.value(QStringLiteral("target")).toString(), r.target);
    QCOMPARE(o.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(o.value(QStringLiteral("route")).toString(), QStringLiteral("upstream"));
    QCOMPARE(o.value(QStringLiteral("status")).toInt(), 502);
    QCOMPARE(o.value(QStringLiteral("bytes_up")).toInteger(), 1234);
    QCOMPARE(o.value(QStringLiteral("bytes_down")).toInteger(), 567'890);
    QCOMPARE(o.value(QStringLiteral("start_ms")).toInteger(), 1'700'000'000'000);
    QCOMPARE(o.value(QStringLiteral("end_ms")).toInteger(), 1'700'000'001'500);
    QCOMPARE(o.value(QStringLiteral("error")).toString(), r.error);

    // Empty optional texts are left out rather than sent as "".
    const QJsonObject open = StatusProtocol::recordToJson(makeRecord(1, TunnelRecord::Kind::Tunnel, TunnelRecord::State::Open));
    QVERIFY(!open.contains(QStringLiteral("method")));
    QVERIFY(!open.contains(QStringLiteral("error")));

    const QJsonObject root = QJsonDocument::fromJson(StatusProtocol::changes({r}, 5)).object();
    QCOMPARE(root.value(QStringLiteral("schema")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("type")).toString(), QStringLiteral("changes"));
    QCOMPARE(root.value(QStringLiteral("seq")).toInteger(), 5);
    QCOMPARE(root.value(QStringLiteral("tunnels")).toArray().size(), 1);
}

void TestStatusProtocol::theEngineNameIsNotSentTheReaderTagsRecords()
{
    TunnelRecord r = makeRecord(1, TunnelRecord::Kind::Tunnel, TunnelRecord::State::Open);
    r.engine = QStringLiteral("elsewhere:3129");
    const QJsonObject o = StatusProtocol::recordToJson(r);
    QVERIFY(!o.contains(QStringLiteral("engine")));
    QVERIFY(!QString::fromUtf8(json(o)).contains(QStringLiteral("elsewhere")));
    QCOMPARE(StatusProtocol::recordFromJson(o, QStringLiteral("t")).value().engine, QString());
}

void TestStatusProtocol::aSnapshotParsesBack()
{
    const QJsonObject engine{{QStringLiteral("listen"), QStringLiteral("127.0.0.1:3128")},
                             {QStringLiteral("tunnels_open"), 2},
                             {QStringLiteral("bytes"), QJsonObject{{QStringLiteral("up"), 10}, {QStringLiteral("down"), 20}}}};
    const TunnelRecords records{makeRecord(1, TunnelRecord::Kind::Tunnel, TunnelRecord::State::Closed),
                                makeRecord(2, TunnelRecord::Kind::Request, TunnelRecord::State::Open),
                                makeRecord(3, TunnelRecord::Kind::WebSocket, TunnelRecord::State::Connecting)};
    const auto message = StatusProtocol::parse(StatusProtocol::snapshot(engine, records));
    QVERIFY2(message, qPrintable(message ? QString() : message.error().toString()));
    QCOMPARE(message.value().type, StatusMessage::Type::Snapshot);
    QCOMPARE(message.value().engine, engine);
    QCOMPARE(describe(message.value().records), describe(records));

    const auto empty = StatusProtocol::parse(StatusProtocol::snapshot({}, {}));
    QVERIFY2(empty, qPrintable(empty ? QString() : empty.error().toString()));
    QCOMPARE(empty.value().type, StatusMessage::Type::Snapshot);
    QVERIFY(empty.value().records.isEmpty());
    QVERIFY(empty.value().engine.isEmpty());
}

void TestStatusProtocol::changesParseBackWithTheirSequence_data()
{
    QTest::addColumn<quint64>("sequence");
    QTest::newRow("0") << quint64(0);
    QTest::newRow("1") << quint64(1);
    QTest::newRow("past 32 bits") << (quint64(1) << 33);
    QTest::newRow("2^53") << quint64(TwoTo53);
}

void TestStatusProtocol::changesParseBackWithTheirSequence()
{
    QFETCH(quint64, sequence);
    const TunnelRecords records{makeRecord(5, TunnelRecord::Kind::Tunnel, TunnelRecord::State::Open)};
    const auto message = StatusProtocol::parse(StatusProtocol::changes(records, sequence));
    QVERIFY2(message, qPrintable(message ? QString() : message.error().toString()));
    QCOMPARE(message.value().type, StatusMessage::Type::Changes);
    QCOMPARE(message.value().sequence, sequence);
    QCOMPARE(describe(message.value().records), describe(records));
}

void TestStatusProtocol::aStatusParsesBack()
{
    const QJsonObject engine{{QStringLiteral("state"), QStringLiteral("running")},
                             {QStringLiteral("name"), QStringLiteral("Прокси")},
                             {QStringLiteral("uptime_s"), 12.5}};
    const auto message = StatusProtocol::parse(StatusProtocol::status(engine));
    QVERIFY2(message, qPrintable(message ? QString() : message.error().toString()));
    QCOMPARE(message.value().type, StatusMessage::Type::Status);
    QCOMPARE(message.value().engine, engine);
    QVERIFY(message.value().records.isEmpty());
}

void TestStatusProtocol::aHandWrittenMessageWithUnknownKeysIsRead()
{
    // Schema 1 only ever gains keys: a newer engine's extra ones are ignored, at both levels.
    const QByteArray text = R"({"schema":1,"type":"changes","seq":12,"compression":"none","tunnels":[
        {"id":3,"kind":"websocket","state":"closed","client":"127.0.0.1:5","target":"echo:80","route":"direct",
         "status":101,"bytes_up":10,"bytes_down":20,"start_ms":1000,"end_ms":2000,"tls":{"version":"1.3"}},
        {"id":4,"kind":"request","state":"connecting"}]})";
    const auto message = StatusProtocol::parse(text);
    QVERIFY2(message, qPrintable(message ? QString() : message.error().toString()));
    QCOMPARE(message.value().type, StatusMessage::Type::Changes);
    QCOMPARE(message.value().sequence, quint64(12));
    QCOMPARE(message.value().records.size(), 2);
    const TunnelRecord &first = message.value().records.at(0);
    QCOMPARE(first.id, quint64(3));
    QCOMPARE(first.kind, TunnelRecord::Kind::WebSocket);
    QCOMPARE(first.state, TunnelRecord::State::Closed);
    QCOMPARE(first.status, 101);
    QCOMPARE(first.bytesDown, qint64(20));
    QCOMPARE(first.endMs, qint64(2000));
    // Optional fields left out read as empty and zero.
    const TunnelRecord &second = message.value().records.at(1);
    QCOMPARE(second.id, quint64(4));
    QCOMPARE(second.kind, TunnelRecord::Kind::Request);
    QCOMPARE(second.state, TunnelRecord::State::Connecting);
    QCOMPARE(second.client, QString());
    QCOMPARE(second.bytesUp, qint64(0));
}

void TestStatusProtocol::badMessagesNameTheField_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("field");
    const QJsonObject good = goodRecordJson();
    const QString id = QStringLiteral("id");
    const QString up = QStringLiteral("bytes_up");
    const QString down = QStringLiteral("bytes_down");

    QTest::newRow("missing id") << changesWith(with(good, id, QJsonValue::Undefined)) << QStringLiteral("tunnels[0].id");
    QTest::newRow("null id") << changesWith(with(good, id, QJsonValue::Null)) << QStringLiteral("tunnels[0].id");
    QTest::newRow("negative id") << changesWith(with(good, id, -1)) << QStringLiteral("tunnels[0].id");
    QTest::newRow("fractional id") << changesWith(with(good, id, 2.5)) << QStringLiteral("tunnels[0].id");
    QTest::newRow("id as a string") << changesWith(with(good, id, QStringLiteral("1"))) << QStringLiteral("tunnels[0].id");
    QTest::newRow("negative bytes_up") << changesWith(with(good, up, -1)) << QStringLiteral("tunnels[0].bytes_up");
    QTest::newRow("fractional bytes_down") << changesWith(with(good, down, 10.25)) << QStringLiteral("tunnels[0].bytes_down");
    QTest::newRow("bytes_up past 2^53") << QByteArray(R"({"schema":1,"type":"changes","seq":1,"tunnels":[{"id":1,)"
                                                      R"("kind":"tunnel","state":"open","bytes_up":18014398509481984}]})")
                                        << QStringLiteral("tunnels[0].bytes_up");
    QTest::newRow("bytes_down 1e300") << changesWith(with(good, down, 1e300)) << QStringLiteral("tunnels[0].bytes_down");
    QTest::newRow("bytes_up as a boolean") << changesWith(with(good, up, true)) << QStringLiteral("tunnels[0].bytes_up");
    QTest::newRow("fractional start_ms") << changesWith(with(good, QStringLiteral("start_ms"), 0.5))
                                         << QStringLiteral("tunnels[0].start_ms");
    QTest::newRow("negative end_ms") << changesWith(with(good, QStringLiteral("end_ms"), -5))
                                     << QStringLiteral("tunnels[0].end_ms");
    QTest::newRow("status 1000") << changesWith(with(good, QStringLiteral("status"), 1000))
                                 << QStringLiteral("tunnels[0].status");
    QTest::newRow("unknown kind") << changesWith(with(good, QStringLiteral("kind"), QStringLiteral("udp")))
                                  << QStringLiteral("tunnels[0].kind");
    QTest::newRow("kind in capitals") << changesWith(with(good, QStringLiteral("kind"), QStringLiteral("Tunnel")))
                                      << QStringLiteral("tunnels[0].kind");
    QTest::newRow("missing kind") << changesWith(with(good, QStringLiteral("kind"), QJsonValue::Undefined))
                                  << QStringLiteral("tunnels[0].kind");
    QTest::newRow("unknown state") << changesWith(with(good, QStringLiteral("state"), QStringLiteral("half-open")))
                                   << QStringLiteral("tunnels[0].state");
    QTest::newRow("state as a number") << changesWith(with(good, QStringLiteral("state"), 1))
                                       << QStringLiteral("tunnels[0].state");
    QTest::newRow("client as a number") << changesWith(with(good, QStringLiteral("client"), 5))
                                        << QStringLiteral("tunnels[0].client");
    QTest::newRow("error as an object") << changesWith(with(good, QStringLiteral("error"), QJsonObject{}))
                                        << QStringLiteral("tunnels[0].error");
    QTest::newRow("a record that is not an object")
        << QByteArray(R"({"schema":1,"type":"changes","seq":1,"tunnels":[5]})") << QStringLiteral("tunnels[0]");

    QTest::newRow("tunnels not an array") << QByteArray(R"({"schema":1,"type":"changes","seq":1,"tunnels":{}})")
                                          << QStringLiteral("tunnels");
    QTest::newRow("snapshot without tunnels") << QByteArray(R"({"schema":1,"type":"snapshot","engine":{}})")
                                              << QStringLiteral("tunnels");
    QTest::newRow("snapshot without engine") << QByteArray(R"({"schema":1,"type":"snapshot","tunnels":[]})")
                                             << QStringLiteral("engine");
    QTest::newRow("status with engine an array") << QByteArray(R"({"schema":1,"type":"status","engine":[]})")
                                                 << QStringLiteral("engine");
    QTest::newRow("changes without seq") << QByteArray(R"({"schema":1,"type":"changes","tunnels":[]})")
                                         << QStringLiteral("seq");
    QTest::newRow("negative seq") << QByteArray(R"({"schema":1,"type":"changes","seq":-1,"tunnels":[]})")
                                  << QStringLiteral("seq");
    QTest::newRow("fractional seq") << QByteArray(R"({"schema":1,"type":"changes","seq":1.5,"tunnels":[]})")
                                    << QStringLiteral("seq");
    QTest::newRow("seq as a string") << QByteArray(R"({"schema":1,"type":"changes","seq":"1","tunnels":[]})")
                                     << QStringLiteral("seq");
    QTest::newRow("unknown type") << QByteArray(R"({"schema":1,"type":"hello"})") << QStringLiteral("type");
    QTest::newRow("missing type") << QByteArray(R"({"schema":1,"engine":{}})") << QStringLiteral("type");
    QTest::newRow("missing schema") << QByteArray(R"({"type":"status","engine":{}})") << QStringLiteral("schema");
    QTest::newRow("schema as a string") << QByteArray(R"({"schema":"1","type":"status","engine":{}})")
                                        << QStringLiteral("schema");
}

void TestStatusProtocol::badMessagesNameTheField()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, field);
    const auto message = StatusProtocol::parse(text);
    QVERIFY2(!message, text.constData());
    QCOMPARE(message.error().field, field);
    QVERIFY2(message.error().message.startsWith(field + u':'), qPrintable(message.error().message));
    QCOMPARE(message.error().position, qsizetype(-1));
    QVERIFY2(!message.error().message.contains(QStringLiteral("JSON")), qPrintable(message.error().message));
}

void TestStatusProtocol::theFieldOfTheFourthRecordIsNamedWithItsIndex()
{
    QJsonArray tunnels;
    for (int i = 0; i < 3; ++i)
        tunnels.append(StatusProtocol::recordToJson(makeRecord(quint64(i + 1), TunnelRecord::Kind::Tunnel, TunnelRecord::State::Open)));
    tunnels.append(with(goodRecordJson(), QStringLiteral("bytes_up"), -3));
    tunnels.append(with(goodRecordJson(), QStringLiteral("id"), QJsonValue::Undefined)); // a later fault: not reported
    const QByteArray text = json(QJsonObject{{QStringLiteral("schema"), 1},
                                             {QStringLiteral("type"), QStringLiteral("snapshot")},
                                             {QStringLiteral("engine"), QJsonObject{}},
                                             {QStringLiteral("tunnels"), tunnels}});
    const auto message = StatusProtocol::parse(text);
    QVERIFY(!message);
    QCOMPARE(message.error().field, QStringLiteral("tunnels[3].bytes_up"));
    QVERIFY2(message.error().message.startsWith(QStringLiteral("tunnels[3].bytes_up:")), qPrintable(message.error().message));
}

void TestStatusProtocol::anotherSchemaIsNamedAsSuchNotAsBadJson_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("spoken");
    QTest::newRow("schema 2, otherwise a good status") << QByteArray(R"({"schema":2,"type":"status","engine":{}})")
                                                       << QStringLiteral("2");
    QTest::newRow("schema 2 with a shape this version does not know")
        << QByteArray(R"({"schema":2,"kind":"delta","rows":[[1,2,3]]})") << QStringLiteral("2");
    QTest::newRow("schema 0") << QByteArray(R"({"schema":0,"type":"status","engine":{}})") << QStringLiteral("0");
    QTest::newRow("schema 1.5") << QByteArray(R"({"schema":1.5,"type":"status","engine":{}})") << QStringLiteral("1.5");
}

void TestStatusProtocol::anotherSchemaIsNamedAsSuchNotAsBadJson()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, spoken);
    const auto message = StatusProtocol::parse(text);
    QVERIFY(!message);
    QCOMPARE(message.error().field, QStringLiteral("schema"));
    const QString words = message.error().message;
    QVERIFY2(words.contains(QStringLiteral("schema ") + spoken), qPrintable(words));
    QVERIFY2(words.contains(QStringLiteral("reads 1")), qPrintable(words));
    QVERIFY2(!words.contains(QStringLiteral("JSON")), qPrintable(words));
    QCOMPARE(message.error().position, qsizetype(-1));
}

void TestStatusProtocol::brokenJsonGivesTheBytePosition_data()
{
    QTest::addColumn<QByteArray>("text");
    const QByteArray whole = StatusProtocol::status(QJsonObject{{QStringLiteral("a"), 1}});
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated after the first byte") << whole.first(1);
    QTest::newRow("truncated in a string") << QByteArray(R"({"schema":1,"type":"sta)");
    QTest::newRow("truncated before the last brace") << whole.chopped(1);
    QTest::newRow("truncated snapshot") << StatusProtocol::snapshot({}, {makeRecord(1, TunnelRecord::Kind::Tunnel,
                                                                                    TunnelRecord::State::Open)})
                                               .chopped(10);
    QTest::newRow("garbage after the object") << QByteArray(whole + "x");
    QTest::newRow("two objects") << QByteArray(whole + whole);
    QTest::newRow("missing comma") << QByteArray(R"({"schema":1 "type":"status"})");
    QTest::newRow("single quotes") << QByteArray(R"({'schema':1})");
    QTest::newRow("invalid UTF-8 in a string") << QByteArray("{\"schema\":1,\"type\":\"\xff\xfe\"}");
    QTest::newRow("NaN") << QByteArray(R"({"schema":NaN})");
}

void TestStatusProtocol::brokenJsonGivesTheBytePosition()
{
    QFETCH(QByteArray, text);
    const auto message = StatusProtocol::parse(text);
    QVERIFY(!message);
    QVERIFY2(message.error().position >= 0, qPrintable(message.error().toString()));
    QVERIFY2(message.error().position <= text.size(), qPrintable(message.error().toString()));
    QVERIFY2(message.error().message.contains(QStringLiteral("JSON")), qPrintable(message.error().message));
    QVERIFY2(message.error().toString().contains(QStringLiteral("position %1").arg(message.error().position)),
             qPrintable(message.error().toString()));
}

void TestStatusProtocol::jsonThatIsNotAnObjectIsRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("array") << QByteArray(R"([{"schema":1,"type":"status","engine":{}}])");
    QTest::newRow("empty array") << QByteArray("[]");
}

void TestStatusProtocol::jsonThatIsNotAnObjectIsRefused()
{
    QFETCH(QByteArray, text);
    const auto message = StatusProtocol::parse(text);
    QVERIFY(!message);
    QVERIFY2(message.error().message.contains(QStringLiteral("object")), qPrintable(message.error().message));
}

QTEST_GUILESS_MAIN(TestStatusProtocol)
#include "tst_statusprotocol.moc"
