// libFuzzer target for ChunkedDecoder.
//
// The first input byte chooses the limits and two split points; the rest is a chunked body.
// Checked for every input: fed whole, in three pieces and byte by byte, the decoder gives the
// same status, the same number of body bytes, the same payload size and the same error; and a
// finished body fed again on its own finishes at the same byte.

#include "chunkeddecoder.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_chunked: %s\n", what);
        std::abort();
    }
}

struct Outcome
{
    ChunkedDecoder::Status status = ChunkedDecoder::Status::NeedMore;
    qsizetype consumed = 0;
    qint64 data = 0;
    qint64 body = 0;
    HttpError error;

    bool operator==(const Outcome &o) const
    {
        return status == o.status && consumed == o.consumed && data == o.data && body == o.body
            && error.status == o.error.status && error.offset == o.error.offset && error.reason == o.error.reason;
    }
};

Outcome feed(QByteArrayView input, const QList<qsizetype> &cuts, const ChunkedDecoder::Limits &limits)
{
    ChunkedDecoder decoder(limits);
    Outcome outcome;
    qsizetype position = 0;
    for (qsizetype end : cuts) {
        const ChunkedDecoder::Step step = decoder.feed(input.sliced(position, end - position));
        check(step.consumed >= 0 && step.consumed <= end - position, "consumed outside the piece");
        check(step.status != ChunkedDecoder::Status::NeedMore || step.consumed == end - position,
              "need more without consuming the whole piece");
        outcome.consumed += step.consumed;
        outcome.status = step.status;
        if (step.status != ChunkedDecoder::Status::NeedMore)
            break;
        position = end;
    }
    check(outcome.status == decoder.status(), "status() disagrees with the last step");
    check(decoder.bodyBytes() == outcome.consumed, "bodyBytes() disagrees with the steps");
    outcome.data = decoder.dataBytes();
    outcome.body = decoder.bodyBytes();
    if (outcome.status == ChunkedDecoder::Status::Failed) {
        outcome.error = decoder.error();
        check(outcome.error.offset == outcome.consumed, "the error offset is not where consuming stopped");
        check(outcome.error.status == 400 || outcome.error.status == 431, "unexpected error status");
        check(!outcome.error.reason.isEmpty(), "error without a reason");
    }
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t selector = data[0];
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    ChunkedDecoder::Limits limits;
    if (selector & 0x80) { // small limits, so that short inputs reach them
        limits.maxSizeLineBytes = 1 + (selector & 0x0f);
        limits.maxTrailerBytes = 2 + ((selector >> 4) & 0x07) * 4;
    }
    const qsizetype n = input.size();
    const qsizetype a = n == 0 ? 0 : (qsizetype(selector) * 7) % (n + 1);
    const qsizetype b = n == 0 ? 0 : a + (qsizetype(selector) * 13 + 1) % (n - a + 1);

    const Outcome whole = feed(input, {n}, limits);
    check(feed(input, {a, b, n}, limits) == whole, "three pieces disagree with the whole input");
    QList<qsizetype> everyByte;
    everyByte.reserve(n);
    for (qsizetype k = 1; k <= n; ++k)
        everyByte.append(k);
    check(feed(input, everyByte, limits) == whole, "byte by byte disagrees with the whole input");

    if (whole.status == ChunkedDecoder::Status::Finished) {
        const QByteArrayView body = input.first(whole.consumed);
        check(body.endsWith("\r\n"), "a finished body does not end with CRLF");
        check(feed(body, {body.size()}, limits) == whole, "the body alone does not finish at the same byte");
        check(!(feed(body.chopped(1), {body.size() - 1}, limits).status == ChunkedDecoder::Status::Finished),
              "the body finished before its last byte");
    }
    return 0;
}
