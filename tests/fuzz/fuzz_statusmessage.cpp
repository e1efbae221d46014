// libFuzzer target for StatusProtocol::parse, what a console runs on every frame a remote
// engine (or anyone who can reach the console's socket to it) sends. The input is the frame.
//
// Checked for every input: a parse never crashes; a refused message has a message, and a
// position that is -1 or inside the input; an accepted one holds only values the protocol
// allows (whole numbers from 0 to 2^53, statuses to 999), and written back with the builder of
// its type it parses to the same message, which writes back to the same bytes.

#include "statusprotocol.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

constexpr qint64 MaxExactInteger = qint64(1) << 53;

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_statusmessage: %s\n", what);
        std::abort();
    }
}

QByteArray describe(const TunnelRecord &r)
{
    return QByteArray::number(r.id) + ' ' + TunnelRecord::kindId(r.kind).toUtf8() + ' '
        + TunnelRecord::stateId(r.state).toUtf8() + " [" + r.client.toUtf8() + "] [" + r.target.toUtf8() + "] ["
        + r.method.toUtf8() + "] [" + r.route.toUtf8() + "] " + QByteArray::number(r.status) + ' '
        + QByteArray::number(r.bytesUp) + ' ' + QByteArray::number(r.bytesDown) + ' ' + QByteArray::number(r.startMs)
        + ' ' + QByteArray::number(r.endMs) + " [" + r.error.toUtf8() + "] [" + r.engine.toUtf8() + ']';
}

QByteArray describe(const StatusMessage &message)
{
    QByteArray text = QByteArray::number(int(message.type)) + " seq " + QByteArray::number(message.sequence);
    for (const TunnelRecord &record : message.records)
        text += '\n' + describe(record);
    return text;
}

QByteArray write(const StatusMessage &message)
{
    switch (message.type) {
    case StatusMessage::Type::Snapshot: return StatusProtocol::snapshot(message.engine, message.records);
    case StatusMessage::Type::Changes: return StatusProtocol::changes(message.records, message.sequence);
    case StatusMessage::Type::Status: return StatusProtocol::status(message.engine);
    }
    return {};
}

void checkValues(const StatusMessage &message)
{
    check(message.sequence <= quint64(MaxExactInteger), "sequence beyond 2^53");
    check(message.type == StatusMessage::Type::Changes || message.sequence == 0, "a sequence outside changes");
    check(message.type != StatusMessage::Type::Status || message.records.isEmpty(), "records in a status message");
    for (const TunnelRecord &r : message.records) {
        check(r.id <= quint64(MaxExactInteger), "id beyond 2^53");
        check(r.status >= 0 && r.status <= 999, "status outside 0-999");
        for (const qint64 value : {r.bytesUp, r.bytesDown, r.startMs, r.endMs})
            check(value >= 0 && value <= MaxExactInteger, "a count or time outside 0 to 2^53");
        check(r.engine.isEmpty(), "the parser set the engine name, which only the client may do");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = StatusProtocol::parse(input);
    if (!parsed) {
        const Error &error = parsed.error();
        check(!error.message.isEmpty(), "a refused message has no message");
        check(error.position >= -1 && error.position <= input.size(), "position outside the input");
        check(!error.toString().isEmpty(), "an error that prints as nothing");
        return 0;
    }

    const StatusMessage &message = parsed.value();
    checkValues(message);

    const QByteArray written = write(message);
    const auto again = StatusProtocol::parse(written);
    if (!again) {
        std::fprintf(stderr, "written: %s\nerror: %s\n", written.constData(), qPrintable(again.error().toString()));
        check(false, "an accepted message, written back, does not parse");
    }
    check(again.value().type == message.type, "round trip changed the type");
    check(again.value().engine == message.engine, "round trip changed the engine object");
    if (describe(again.value()) != describe(message)) {
        std::fprintf(stderr, "before: %s\nafter: %s\n", describe(message).constData(), describe(again.value()).constData());
        check(false, "round trip changed the message");
    }
    check(write(again.value()) == written, "writing is not stable");
    return 0;
}
