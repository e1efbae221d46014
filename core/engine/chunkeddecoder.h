#pragma once

#include "httphead.h"

#include <QCoreApplication>

// Finds the end of a chunked body (RFC 9112 §7.1) while the engine streams it through unchanged:
// it does not reassemble the data, it says how many bytes of each piece of input belong to the
// body and when the body, trailer section included, has ended. A state machine over bytes that
// jumps over chunk data, so any split of the input gives the same answer and data costs O(1).
//
//     ChunkedDecoder body;                      // one per message
//     const auto step = body.feed(bytes);       // forward bytes.first(step.consumed) as they are
//     if (step.status == ChunkedDecoder::Status::Finished) … bytes.sliced(step.consumed) is the next message
//     if (step.status == ChunkedDecoder::Status::Failed) … body.error(): 400 (or close, for a response)
//
// Strict where parsers disagree: CRLF only (no bare LF), no whitespace after the size unless a
// chunk extension follows, no controls in extensions or trailers, no obs-fold in trailers.
class ChunkedDecoder
{
    Q_DECLARE_TR_FUNCTIONS(ChunkedDecoder)

public:
    enum class Status { NeedMore, Finished, Failed };

    struct Limits
    {
        qsizetype maxSizeLineBytes = 4 * 1024;  // chunk-size and extensions, up to the CR
        qsizetype maxTrailerBytes = 32 * 1024;  // the whole trailer section → 431
    };

    struct Step
    {
        Status status = Status::NeedMore;
        // Bytes of this input that belong to the body: all of it while NeedMore, up to and
        // including the final LF when Finished, up to the offending byte when Failed.
        qsizetype consumed = 0;
    };

    ChunkedDecoder() = default;
    explicit ChunkedDecoder(const Limits &limits) : m_limits(limits) {}

    // After Finished or Failed, further input consumes nothing and gets the same status.
    Step feed(QByteArrayView input);

    Status status() const;
    // After Failed. The status is 400, or 431 for trailers over the limit; the offset counts from
    // the first byte of the body. For a response body the head has already gone to the client,
    // so the engine can only close both connections.
    const HttpError &error() const { return m_error; }
    qint64 bodyBytes() const { return m_bodyBytes; } // all bytes consumed, framing included
    qint64 dataBytes() const { return m_dataBytes; } // the payload: the sum of the chunk sizes

private:
    enum class State : quint8 {
        SizeStart, Size, SizeSpace, Extension, SizeLf,
        Data, DataCr, DataLf,
        TrailerStart, TrailerName, TrailerValue, TrailerLf, EndLf,
        Finished, Failed,
    };

    bool step(uchar c); // one framing byte; false on error
    bool fail(int status, const QString &reason);

    Limits m_limits;
    State m_state = State::SizeStart;
    qint64 m_chunkSize = 0;   // while reading the size, then what is left of the chunk's data
    qsizetype m_lineBytes = 0;
    qsizetype m_trailerBytes = 0;
    qint64 m_bodyBytes = 0;
    qint64 m_dataBytes = 0;
    HttpError m_error;
};
