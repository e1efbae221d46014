#pragma once

#include "httphead.h"
#include "httpheaderfields.h"

#include <QCoreApplication>

// Walks the lines of an HTTP/1.1 head (RFC 9112 §2.1: start-line, field lines, empty line) and
// checks what every head shares: line endings, the limits, and the syntax of field lines. The
// request and response parsers give meaning to the start line and the fields.
//
// Every answer depends only on the bytes up to the point where it became certain, so a buffer
// fed whole or in any number of pieces gets the same answer: a limit error is reported at the
// byte that breaks the limit, a line's other errors once the line is complete.
class HttpHeadScanner
{
    Q_DECLARE_TR_FUNCTIONS(HttpHeadScanner)

public:
    enum class Event { StartLine, Field, End, NeedMore, Error };
    enum class Role { Request, Response };

    HttpHeadScanner(QByteArrayView buffer, const HttpHeadLimits &limits, Role role,
                    HttpHeadProgress progress = {});

    Event next();

    // After StartLine: the line without its line ending. After Field: name and value, the value
    // without surrounding whitespace.
    QByteArrayView line() const { return m_line; }
    qsizetype lineOffset() const { return m_lineOffset; }
    QByteArrayView fieldName() const { return m_name; }
    QByteArrayView fieldValue() const { return m_value; }
    int fieldCount() const { return m_progress.fieldCount; }
    // After End: the bytes the head took, its final empty line included.
    qsizetype headSize() const { return m_headSize; }
    // After Error.
    const HttpError &error() const { return m_error; }
    // After NeedMore: where to resume when the buffer has grown.
    HttpHeadProgress progress() const { return m_progress; }

    // The status for a malformed message: 400 for a request, 502 for a response.
    int badStatus() const { return m_role == Role::Request ? 400 : 502; }

    // The parse loop HttpRequestHead and HttpResponseHead share, with the rules of a resumable
    // scan: fields are collected only on a scan from the start; a resumed scan checks the new
    // lines and, once the head is complete, scans it again from its first byte (O(n) once).
    // startLine(head, line, offset) and finish(head, size) give the head its meaning and answer
    // an error or nothing; fields(head) is where the field lines go.
    template<typename Head, typename StartLine, typename Fields, typename Finish>
    static HttpParseResult<Head> parse(QByteArrayView buffer, const HttpHeadLimits &limits, Role role,
                                       HttpHeadProgress *progress, StartLine startLine, Fields fields, Finish finish)
    {
        const HttpHeadProgress resumeAt = progress ? *progress : HttpHeadProgress{};
        const bool collecting = resumeAt.isFresh();
        HttpHeadScanner scanner(buffer, limits, role, resumeAt);
        Head head;
        if (collecting)
            fields(head).reserve(16);
        for (;;) {
            switch (scanner.next()) {
            case Event::StartLine:
                if (auto error = startLine(head, scanner.line(), scanner.lineOffset())) {
                    if (progress)
                        *progress = {};
                    return *error;
                }
                break;
            case Event::Field:
                if (collecting)
                    fields(head).append(scanner.lineOffset(), scanner.fieldName(), scanner.fieldValue(), buffer.data());
                break;
            case Event::NeedMore:
                if (progress)
                    *progress = scanner.progress();
                return HttpParseResult<Head>::needMore();
            case Event::Error:
                if (progress)
                    *progress = {};
                return scanner.error();
            case Event::End:
                if (progress)
                    *progress = {};
                if (!collecting)
                    return parse<Head>(buffer.first(scanner.headSize()), limits, role, nullptr, startLine, fields, finish);
                fields(head).setRaw(buffer.first(scanner.headSize()).toByteArray());
                if (auto error = finish(head, scanner.headSize()))
                    return *error;
                return head;
            }
        }
    }

private:
    Event fail(int status, const QString &reason, qsizetype offset);
    bool limitError(qsizetype lineStart, qsizetype lf, bool isFinalEmptyLine);
    Event parseField(QByteArrayView content, qsizetype offset);

    QByteArrayView m_buffer;
    HttpHeadLimits m_limits;
    Role m_role;
    HttpHeadProgress m_progress;
    QByteArrayView m_line;
    qsizetype m_lineOffset = 0;
    QByteArrayView m_name;
    QByteArrayView m_value;
    qsizetype m_headSize = 0;
    HttpError m_error;
};
