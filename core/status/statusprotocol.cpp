#include "statusprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace {

const QString KeySchema = QStringLiteral("schema");
const QString KeyType = QStringLiteral("type");
const QString KeyEngine = QStringLiteral("engine");
const QString KeyTunnels = QStringLiteral("tunnels");
const QString KeySequence = QStringLiteral("seq");

const QString TypeSnapshot = QStringLiteral("snapshot");
const QString TypeChanges = QStringLiteral("changes");
const QString TypeStatus = QStringLiteral("status");

constexpr double MaxExactInteger = 9007199254740992.0; // 2^53: JSON numbers are doubles

QByteArray encode(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The records are written by hand: through QJsonObject, a change set of 1,000 records took
// 7 ms to write (bench/bench_status), the status thread's main cost while a console watches.
void appendString(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    qsizetype clean = 0; // start of the run not yet copied
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.constData() + clean, i - clean);
        clean = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: {
            static constexpr char Hex[] = "0123456789abcdef";
            const char escaped[] = {'\\', 'u', '0', '0', Hex[c >> 4], Hex[c & 0xf]};
            out.append(escaped, sizeof escaped);
        }
        }
    }
    out.append(utf8.constData() + clean, utf8.size() - clean);
    out += '"';
}

void appendRecord(QByteArray &out, const TunnelRecord &record)
{
    out += "{\"id\":";
    out += QByteArray::number(record.id);
    out += ",\"kind\":\"";
    out += TunnelRecord::kindId(record.kind).toLatin1();
    out += "\",\"state\":\"";
    out += TunnelRecord::stateId(record.state).toLatin1();
    out += "\",\"client\":";
    appendString(out, record.client);
    out += ",\"target\":";
    appendString(out, record.target);
    out += ",\"route\":";
    appendString(out, record.route);
    out += ",\"status\":";
    out += QByteArray::number(record.status);
    out += ",\"bytes_up\":";
    out += QByteArray::number(record.bytesUp);
    out += ",\"bytes_down\":";
    out += QByteArray::number(record.bytesDown);
    out += ",\"start_ms\":";
    out += QByteArray::number(record.startMs);
    out += ",\"end_ms\":";
    out += QByteArray::number(record.endMs);
    if (!record.method.isEmpty()) {
        out += ",\"method\":";
        appendString(out, record.method);
    }
    if (!record.error.isEmpty()) {
        out += ",\"error\":";
        appendString(out, record.error);
    }
    out += '}';
}

// {"schema":1,"type":…,<head>"tunnels":[…]}
QByteArray withRecords(const char *type, const QByteArray &head, const TunnelRecords &records)
{
    QByteArray out;
    out.reserve(64 + head.size() + records.size() * 260);
    out += "{\"schema\":";
    out += QByteArray::number(StatusProtocol::Schema);
    out += ",\"type\":\"";
    out += type;
    out += "\",";
    out += head;
    out += "\"tunnels\":[";
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (i)
            out += ',';
        appendRecord(out, records.at(i));
    }
    out += "]}";
    return out;
}

Error fieldError(const QString &path, const QString &message)
{
    return Error{QStringLiteral("%1: %2").arg(path, message), path};
}

} // namespace

QJsonObject StatusProtocol::recordToJson(const TunnelRecord &record)
{
    QJsonObject object{
        {QStringLiteral("id"), double(record.id)},
        {QStringLiteral("kind"), TunnelRecord::kindId(record.kind)},
        {QStringLiteral("state"), TunnelRecord::stateId(record.state)},
        {QStringLiteral("client"), record.client},
        {QStringLiteral("target"), record.target},
        {QStringLiteral("route"), record.route},
        {QStringLiteral("status"), record.status},
        {QStringLiteral("bytes_up"), double(record.bytesUp)},
        {QStringLiteral("bytes_down"), double(record.bytesDown)},
        {QStringLiteral("start_ms"), double(record.startMs)},
        {QStringLiteral("end_ms"), double(record.endMs)},
    };
    if (!record.method.isEmpty())
        object.insert(QStringLiteral("method"), record.method);
    if (!record.error.isEmpty())
        object.insert(QStringLiteral("error"), record.error);
    return object;
}

Result<TunnelRecord> StatusProtocol::recordFromJson(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return fieldError(path, tr("must be an object"));
    const QJsonObject object = value.toObject();
    TunnelRecord record;
    std::optional<Error> problem;

    const auto integer = [&](const QString &key, bool required, qint64 max) -> qint64 {
        const QJsonValue field = object.value(key);
        if (field.isUndefined()) {
            if (required && !problem)
                problem = fieldError(path + u'.' + key, tr("is missing"));
            return 0;
        }
        const double number = field.toDouble(-1);
        if (!field.isDouble() || number < 0 || number > double(max) || number != std::floor(number)) {
            if (!problem)
                problem = fieldError(path + u'.' + key, tr("must be a whole number from 0 to %1").arg(max));
            return 0;
        }
        return qint64(number);
    };
    const auto text = [&](const QString &key) -> QString {
        const QJsonValue field = object.value(key);
        if (field.isUndefined())
            return {};
        if (!field.isString() && !problem)
            problem = fieldError(path + u'.' + key, tr("must be a string"));
        return field.toString();
    };

    const qint64 maxInteger = qint64(MaxExactInteger);
    record.id = quint64(integer(QStringLiteral("id"), true, maxInteger));
    const QString kind = text(QStringLiteral("kind"));
    const QString state = text(QStringLiteral("state"));
    record.client = text(QStringLiteral("client"));
    record.target = text(QStringLiteral("target"));
    record.method = text(QStringLiteral("method"));
    record.route = text(QStringLiteral("route"));
    record.error = text(QStringLiteral("error"));
    record.status = int(integer(QStringLiteral("status"), false, 999));
    record.bytesUp = integer(QStringLiteral("bytes_up"), false, maxInteger);
    record.bytesDown = integer(QStringLiteral("bytes_down"), false, maxInteger);
    record.startMs = integer(QStringLiteral("start_ms"), false, maxInteger);
    record.endMs = integer(QStringLiteral("end_ms"), false, maxInteger);
    if (problem)
        return *problem;

    bool known = false;
    for (const auto candidate : {TunnelRecord::Kind::Tunnel, TunnelRecord::Kind::Request, TunnelRecord::Kind::WebSocket}) {
        if (kind == TunnelRecord::kindId(candidate)) {
            record.kind = candidate;
            known = true;
        }
    }
    if (!known)
        return fieldError(path + QStringLiteral(".kind"), tr("“%1” is not tunnel, request or websocket").arg(kind));
    known = false;
    for (const auto candidate : {TunnelRecord::State::Connecting, TunnelRecord::State::Open, TunnelRecord::State::Closed,
                                 TunnelRecord::State::Failed}) {
        if (state == TunnelRecord::stateId(candidate)) {
            record.state = candidate;
            known = true;
        }
    }
    if (!known)
        return fieldError(path + QStringLiteral(".state"),
                          tr("“%1” is not connecting, open, closed or failed").arg(state));
    return record;
}

QByteArray StatusProtocol::snapshot(const QJsonObject &engine, const TunnelRecords &records)
{
    return withRecords("snapshot", "\"engine\":" + encode(engine) + ',', records);
}

QByteArray StatusProtocol::changes(const TunnelRecords &records, quint64 sequence)
{
    return withRecords("changes", "\"seq\":" + QByteArray::number(sequence) + ',', records);
}

QByteArray StatusProtocol::status(const QJsonObject &engine)
{
    return encode(QJsonObject{{KeySchema, Schema}, {KeyType, TypeStatus}, {KeyEngine, engine}});
}

Result<StatusMessage> StatusProtocol::parse(QByteArrayView text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports one byte past the end for a string cut short by the end of the input.
        const qsizetype position = std::clamp<qsizetype>(parseError.offset, 0, text.size());
        return Error{tr("not JSON: %1").arg(parseError.errorString()), {}, position};
    }
    if (!document.isObject())
        return Error{tr("a status message must be a JSON object")};
    const QJsonObject root = document.object();

    const QJsonValue schema = root.value(KeySchema);
    if (!schema.isDouble())
        return fieldError(KeySchema, tr("is missing or not a number"));
    if (schema.toDouble() != Schema) {
        return fieldError(KeySchema, tr("the engine speaks status schema %1; this version of ProxyDeck reads %2")
                                         .arg(schema.toDouble())
                                         .arg(Schema));
    }

    StatusMessage message;
    const QString type = root.value(KeyType).toString();
    if (type == TypeSnapshot)
        message.type = StatusMessage::Type::Snapshot;
    else if (type == TypeChanges)
        message.type = StatusMessage::Type::Changes;
    else if (type == TypeStatus)
        message.type = StatusMessage::Type::Status;
    else
        return fieldError(KeyType, tr("“%1” is not snapshot, changes or status").arg(type));

    if (message.type != StatusMessage::Type::Changes) {
        const QJsonValue engine = root.value(KeyEngine);
        if (!engine.isObject())
            return fieldError(KeyEngine, tr("must be an object"));
        message.engine = engine.toObject();
    } else {
        const double sequence = root.value(KeySequence).toDouble(-1);
        if (sequence < 0 || sequence > MaxExactInteger || sequence != std::floor(sequence))
            return fieldError(KeySequence, tr("must be a whole number"));
        message.sequence = quint64(sequence);
    }

    if (message.type != StatusMessage::Type::Status) {
        const QJsonValue tunnels = root.value(KeyTunnels);
        if (!tunnels.isArray())
            return fieldError(KeyTunnels, tr("must be an array"));
        const QJsonArray array = tunnels.toArray();
        message.records.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            auto record = recordFromJson(array.at(i), QStringLiteral("tunnels[%1]").arg(i));
            if (!record)
                return record.error();
            message.records.append(std::move(record).value());
        }
    }
    return message;
}
