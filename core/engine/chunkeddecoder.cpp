#include "chunkeddecoder.h"

#include <algorithm>

using namespace HttpSyntax;

namespace {

// Sizes at or past 2^62 are refused: far beyond any real body, and far enough from qint64's end
// that adding the sizes up can never overflow.
constexpr qint64 MaxChunkSize = (qint64(1) << 62) - 1;

} // namespace

ChunkedDecoder::Status ChunkedDecoder::status() const
{
    switch (m_state) {
    case State::Finished:
        return Status::Finished;
    case State::Failed:
        return Status::Failed;
    default:
        return Status::NeedMore;
    }
}

ChunkedDecoder::Step ChunkedDecoder::feed(QByteArrayView input)
{
    if (m_state == State::Finished || m_state == State::Failed)
        return Step{status(), 0};
    const qsizetype n = input.size();
    qsizetype i = 0;
    while (i < n) {
        if (m_state == State::Data) {
            const qsizetype take = qsizetype(std::min<qint64>(m_chunkSize, n - i));
            i += take;
            m_chunkSize -= take;
            m_bodyBytes += take;
            m_dataBytes += take;
            if (m_chunkSize == 0)
                m_state = State::DataCr;
            continue;
        }
        if (!step(uchar(input[i])))
            return Step{Status::Failed, i};
        ++i;
        ++m_bodyBytes;
        if (m_state == State::Finished)
            return Step{Status::Finished, i};
    }
    return Step{Status::NeedMore, n};
}

bool ChunkedDecoder::fail(int status, const QString &reason)
{
    m_state = State::Failed;
    m_error = HttpError{status, reason, qsizetype(m_bodyBytes)};
    return false;
}

// RFC 9112 §7.1:
//   chunked-body = *chunk last-chunk trailer-section CRLF
//   chunk        = chunk-size [ chunk-ext ] CRLF chunk-data CRLF
//   chunk-ext    = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] )
// Extensions are not interpreted (§7.1.1 lets a recipient ignore them); it is enough that they
// hold no control byte, so that every parser ends the line at the same CRLF.
bool ChunkedDecoder::step(uchar c)
{
    switch (m_state) {
    case State::SizeStart: {
        const int digit = hexValue(c);
        if (digit < 0)
            return fail(400, c == '\r' || c == '\n' ? tr("missing chunk size") : tr("chunk size is not hexadecimal"));
        m_chunkSize = digit;
        m_lineBytes = 1;
        m_state = State::Size;
        return true;
    }
    case State::Size:
    case State::SizeSpace:
    case State::Extension:
        if (c == '\r') {
            if (m_state == State::SizeSpace)
                return fail(400, tr("whitespace after the chunk size"));
            m_state = State::SizeLf;
            return true;
        }
        if (++m_lineBytes > m_limits.maxSizeLineBytes)
            return fail(400, tr("chunk size line longer than %1 bytes").arg(m_limits.maxSizeLineBytes));
        if (c == '\n') // RFC 9112 §7.1: CRLF; a bare LF here is a known smuggling vector
            return fail(400, tr("LF without CR in the chunked framing"));
        if (m_state == State::Extension) {
            if (!isFieldChar(c))
                return fail(400, tr("control character in a chunk extension"));
            return true;
        }
        if (c == ';') {
            m_state = State::Extension;
            return true;
        }
        if (isWhitespace(c)) { // BWS, only allowed before ';'
            m_state = State::SizeSpace;
            return true;
        }
        if (m_state == State::SizeSpace)
            return fail(400, tr("whitespace after the chunk size"));
        if (const int digit = hexValue(c); digit >= 0) {
            if (m_chunkSize > (MaxChunkSize - digit) / 16)
                return fail(400, tr("chunk size is too large"));
            m_chunkSize = m_chunkSize * 16 + digit;
            return true;
        }
        return fail(400, tr("chunk size is not hexadecimal"));
    case State::SizeLf:
        if (c != '\n')
            return fail(400, tr("CR without LF in the chunked framing"));
        m_state = m_chunkSize == 0 ? State::TrailerStart : State::Data;
        return true;
    case State::DataCr:
        if (c != '\r')
            return fail(400, tr("chunk data not followed by CRLF"));
        m_state = State::DataLf;
        return true;
    case State::DataLf:
        if (c != '\n')
            return fail(400, tr("chunk data not followed by CRLF"));
        m_state = State::SizeStart;
        return true;
    default:
        break;
    }

    // Trailer section (RFC 9112 §7.1.2): field lines as in a head, then the final CRLF.
    if (++m_trailerBytes > m_limits.maxTrailerBytes)
        return fail(431, tr("trailer section larger than %1 bytes").arg(m_limits.maxTrailerBytes));
    switch (m_state) {
    case State::TrailerStart:
        if (c == '\r') {
            m_state = State::EndLf;
            return true;
        }
        if (isTchar(c)) {
            m_state = State::TrailerName;
            return true;
        }
        if (isWhitespace(c))
            return fail(400, tr("obsolete line folding in the trailer section"));
        if (c == '\n')
            return fail(400, tr("LF without CR in the chunked framing"));
        return fail(400, tr("invalid character in a trailer field name"));
    case State::TrailerName:
        if (c == ':') {
            m_state = State::TrailerValue;
            return true;
        }
        if (isTchar(c))
            return true;
        if (isWhitespace(c))
            return fail(400, tr("space before colon in a trailer field"));
        return fail(400, tr("invalid character in a trailer field name"));
    case State::TrailerValue:
        if (c == '\r') {
            m_state = State::TrailerLf;
            return true;
        }
        if (isFieldChar(c))
            return true;
        return fail(400, tr("control character in a trailer field value"));
    case State::TrailerLf:
    case State::EndLf:
        if (c != '\n')
            return fail(400, tr("CR without LF in the chunked framing"));
        m_state = m_state == State::EndLf ? State::Finished : State::TrailerStart;
        return true;
    default:
        Q_UNREACHABLE();
    }
    return false;
}
