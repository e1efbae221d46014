#include "httpheadscanner.h"

#include <algorithm>
#include <cstring>

using namespace HttpSyntax;

HttpHeadScanner::HttpHeadScanner(QByteArrayView buffer, const HttpHeadLimits &limits, Role role,
                                 HttpHeadProgress progress)
    : m_buffer(buffer)
    , m_limits(limits)
    , m_role(role)
    , m_progress(progress)
{
    m_limits.maxHeadBytes = std::max<qsizetype>(m_limits.maxHeadBytes, 1);
    m_limits.maxStartLineBytes = std::max<qsizetype>(m_limits.maxStartLineBytes, 1);
    // Progress from another (shorter) buffer would point past the end: start over instead.
    if (m_progress.lineStart > buffer.size() || m_progress.searchedTo > buffer.size()
        || m_progress.searchedTo < m_progress.lineStart) {
        m_progress = {};
    }
}

HttpHeadScanner::Event HttpHeadScanner::fail(int status, const QString &reason, qsizetype offset)
{
    m_error = HttpError{status, reason, offset};
    return Event::Error;
}

// A limit error is reported at the first byte that breaks the limit, whether or not the line is
// complete, so that every way of splitting the input gives the same answer.
bool HttpHeadScanner::limitError(qsizetype lineStart, qsizetype lf, bool isFinalEmptyLine)
{
    const qsizetype size = m_buffer.size();
    qsizetype tooLongAt = -1;
    if (!m_progress.startLineSeen) {
        const qsizetype at = lineStart + m_limits.maxStartLineBytes;
        if (lf >= 0 ? lf > at : size > at)
            tooLongAt = at;
    }
    qsizetype tooLargeAt = -1;
    const qsizetype last = m_limits.maxHeadBytes - 1; // where the final LF must be at the latest
    if (lf >= 0 ? (lf > last || (lf == last && !isFinalEmptyLine)) : size > last)
        tooLargeAt = last;

    if (tooLongAt >= 0 && (tooLargeAt < 0 || tooLongAt <= tooLargeAt)) {
        // RFC 9112 §3: a request-line longer than the server will read is answered 414.
        if (m_role == Role::Request) {
            fail(414, tr("request line longer than %1 bytes").arg(m_limits.maxStartLineBytes), tooLongAt);
        } else {
            fail(502, tr("status line longer than %1 bytes").arg(m_limits.maxStartLineBytes), tooLongAt);
        }
        return true;
    }
    if (tooLargeAt >= 0) {
        // RFC 6585 §5: 431 Request Header Fields Too Large.
        fail(m_role == Role::Request ? 431 : 502,
             tr("header section larger than %1 bytes").arg(m_limits.maxHeadBytes), tooLargeAt);
        return true;
    }
    return false;
}

HttpHeadScanner::Event HttpHeadScanner::next()
{
    const char *data = m_buffer.data();
    const qsizetype size = m_buffer.size();
    for (;;) {
        const qsizetype start = m_progress.lineStart;
        const qsizetype from = std::max(m_progress.searchedTo, start);
        const void *found = from < size ? std::memchr(data + from, '\n', size_t(size - from)) : nullptr;
        if (!found) {
            m_progress.searchedTo = size;
            return limitError(start, -1, false) ? Event::Error : Event::NeedMore;
        }
        const qsizetype lf = static_cast<const char *>(found) - data;
        // RFC 9112 §2.2: a recipient MAY take a bare LF as the line terminator, ignoring a CR
        // before it. Accepted here because the engine never forwards a head as received: it
        // serializes it again with CRLF, so the next hop cannot read the lines differently.
        qsizetype end = lf;
        if (end > start && data[end - 1] == '\r')
            --end;
        const QByteArrayView content(data + start, end - start);
        if (limitError(start, lf, m_progress.startLineSeen && content.isEmpty()))
            return Event::Error;
        m_progress.lineStart = lf + 1;
        m_progress.searchedTo = lf + 1;
        m_lineOffset = start;

        // RFC 9112 §2.2: a bare CR is invalid; replacing it by SP would be the other option, but
        // a proxy that rewrites bytes is one more parser that disagrees with the next hop.
        const qsizetype cr = content.indexOf('\r');
        if (cr >= 0)
            return fail(badStatus(), tr("CR without LF"), start + cr);

        if (!m_progress.startLineSeen) {
            // RFC 9112 §2.2: ignore empty lines before the request-line (left over after a body).
            if (content.isEmpty())
                continue;
            m_progress.startLineSeen = true;
            m_line = content;
            return Event::StartLine;
        }
        if (content.isEmpty()) {
            m_headSize = lf + 1;
            m_progress = {};
            return Event::End;
        }
        ++m_progress.fieldCount;
        if (m_progress.fieldCount > m_limits.maxHeaderCount) {
            return fail(m_role == Role::Request ? 431 : 502,
                        tr("more than %1 header fields").arg(m_limits.maxHeaderCount), start);
        }
        return parseField(content, start);
    }
}

HttpHeadScanner::Event HttpHeadScanner::parseField(QByteArrayView content, qsizetype offset)
{
    const int number = m_progress.fieldCount;
    const int status = badStatus();
    if (isWhitespace(uchar(content.front()))) {
        // RFC 9112 §2.2 (whitespace after the start line) and §5.2 (obs-fold): a server must reject
        // or unfold; unfolding would make this proxy disagree with the next hop about the fields.
        if (number == 1)
            return fail(status, tr("header line 1: starts with whitespace"), offset);
        return fail(status, tr("header line %1: obsolete line folding").arg(number), offset);
    }
    const qsizetype colon = content.indexOf(':');
    if (colon < 0)
        return fail(status, tr("header line %1: no colon").arg(number), offset);
    if (colon == 0)
        return fail(status, tr("header line %1: empty name").arg(number), offset);
    const QByteArrayView name = content.first(colon);
    for (qsizetype i = 0; i < name.size(); ++i) {
        const uchar c = uchar(name[i]);
        if (isTchar(c))
            continue;
        // RFC 9112 §5.1: whitespace between the name and the colon MUST be rejected with 400; it
        // was used to smuggle fields past servers that strip it.
        if (isWhitespace(c) && trimmed(name.sliced(i)).isEmpty())
            return fail(status, tr("header line %1: space before colon").arg(number), offset + i);
        return fail(status, tr("header line %1: invalid character in the name").arg(number), offset + i);
    }
    const QByteArrayView value = content.sliced(colon + 1);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const uchar c = uchar(value[i]);
        if (!isFieldChar(c)) {
            // RFC 9110 §5.5: NUL, CR, LF and other controls are invalid in a field value.
            return fail(status, tr("header line %1: control character 0x%2 in the value")
                                    .arg(number).arg(int(c), 2, 16, QLatin1Char('0')),
                        offset + colon + 1 + i);
        }
    }
    m_name = name;
    m_value = trimmed(value);
    return Event::Field;
}
