#pragma once

#include "httphead.h"

#include <QCoreApplication>

#include <optional>
#include <variant>

// The field lines of one parsed head, in the order and case they were received (a proxy forwards
// them so), with case-insensitive lookup. Names and values are views into the head's own bytes,
// which this object holds (shared with the head, never copied per field).
class HttpHeaderFields
{
    Q_DECLARE_TR_FUNCTIONS(HttpHeaderFields)

public:
    // What the Transfer-Encoding fields say about framing (RFC 9112 §6.1, §6.3).
    enum class TransferCoding { Absent, ChunkedLast, OtherLast };

    qsizetype size() const { return m_fields.size(); }
    bool isEmpty() const { return m_fields.isEmpty(); }
    QByteArrayView nameAt(qsizetype i) const;
    QByteArrayView valueAt(qsizetype i) const; // without leading and trailing whitespace
    qsizetype offsetAt(qsizetype i) const;     // where the line starts in the parsed buffer

    qsizetype indexOf(QByteArrayView name, qsizetype from = 0) const;
    bool contains(QByteArrayView name) const { return indexOf(name) >= 0; }
    qsizetype count(QByteArrayView name) const;
    // The first value of that name; a null view when there is none.
    QByteArrayView value(QByteArrayView name) const;
    // Whether a list-valued field (all its lines taken together, RFC 9110 §5.3) has the element
    // `token`, compared case-insensitively; a ";parameter" or "/version" after it is ignored.
    bool hasToken(QByteArrayView name, QByteArrayView token) const;

    // Hop-by-hop fields are about one connection and are not forwarded (RFC 9110 §7.6.1).
    bool isHopByHop(qsizetype i, const HttpForwardOptions &options) const;
    // The names the line above drops for this head, each once, as they are spelled here.
    QList<QByteArrayView> hopByHopNames(const HttpForwardOptions &options) const;

    // Appends the fields to forward as "Name: value" lines: Host and hop-by-hop fields left out,
    // Content-Length written once with `contentLength` (all of them left out when it is nullopt),
    // then a Connection field with the engine's own options, then options.extraFields.
    void appendForwarded(QByteArray &out, const HttpForwardOptions &options,
                         std::optional<qint64> contentLength) const;

    // Content-Length (RFC 9110 §8.6): -1 when absent. Repeated fields or a list with one value
    // collapse to it; different values, a non-digit or an overflow are an error with errorStatus.
    std::variant<qint64, HttpError> contentLength(int errorStatus) const;
    // Transfer-Encoding: absent, chunked as the final coding, or another final coding. Chunked
    // twice, chunked with parameters, an empty list or a coding that is not a token is an error.
    std::variant<TransferCoding, HttpError> transferCoding(int errorStatus) const;

    // Used by the parsers while they scan a head; offsets count in the parsed buffer, whose first
    // bytes (the whole head) are handed over with setRaw() once the head is complete.
    void reserve(qsizetype n) { m_fields.reserve(n); }
    void append(qsizetype lineOffset, QByteArrayView name, QByteArrayView value, const char *base);
    void setRaw(QByteArray raw) { m_raw = std::move(raw); }
    const QByteArray &raw() const { return m_raw; }

private:
    struct Field
    {
        qsizetype line;
        qsizetype name;
        qsizetype nameSize;
        qsizetype value;
        qsizetype valueSize;
    };

    bool isListedInConnection(QByteArrayView name) const;

    QByteArray m_raw;
    QList<Field> m_fields;
};
